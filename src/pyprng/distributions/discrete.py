"""Discrete kernels of ``Generator`` (numpy's ``src/distributions/distributions.c``
and ``random_hypergeometric.c``).

Each kernel takes the engine first and numpy's parameters in numpy's order
(``binomial(bg, p, n)`` as ``random_binomial``).  The arithmetic follows the C
expression by expression; where C quietly yields inf/nan or an out-of-range
integer cast (x86-64's ``cvttsd2si`` gives INT64_MIN), the helpers below do the
same instead of raising.
"""

from __future__ import annotations

import math
from typing import Any, List, Tuple

from ._logfactorial import logfactorial
from .bounded import random_interval
from .streams import doubles_only_fill
from .ziggurat import standard_exponential, standard_exponential_fill

INT64_MAX = (1 << 63) - 1
INT64_MIN = -(1 << 63)
_TWO63 = 9.223372036854775808e18  # 2**63, the first double above INT64_MAX

_floor = math.floor
_sqrt = math.sqrt
_log1p = math.log1p
_expm1 = math.expm1
_exp = math.exp
_fabs = math.fabs


# -- C semantics -------------------------------------------------------------------------
def c_log(x: float) -> float:
    """C's log: -inf at 0, nan below 0."""
    if x > 0.0:
        return math.log(x)
    if x == 0.0:
        return -math.inf
    return math.nan


def c_div(a: float, b: float) -> float:
    """C's double division: x/0 is +-inf (by the signs), 0/0 and nan/0 are nan."""
    if b != 0.0:
        return a / b
    if a != a or a == 0.0:
        return math.nan
    neg = (a < 0.0) != (math.copysign(1.0, b) < 0.0)
    return -math.inf if neg else math.inf


def c_pow(x: float, y: float) -> float:
    """C's pow for the positive bases used here: inf on overflow."""
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf
    except ValueError:
        return math.nan


def c_exp(x: float) -> float:
    """C's exp: inf on overflow."""
    try:
        return _exp(x)
    except OverflowError:
        return math.inf


def c_floor(x: float) -> Any:
    """C's floor: an exact integer for finite x, inf/nan passed through."""
    return _floor(x) if x - x == 0.0 else x


def c_ceil(x: float) -> Any:
    """C's ceil: an exact integer for finite x, inf/nan passed through."""
    return math.ceil(x) if x - x == 0.0 else x


def c_int64(x: Any) -> int:
    """``(int64_t)x`` as x86-64 does it: truncation; INT64_MIN when out of range or nan."""
    if x != x or not (-_TWO63 <= x < _TWO63):
        return INT64_MIN
    return int(x)


def wrap64(v: int) -> int:
    """int64 wrap-around."""
    return ((v + (1 << 63)) & 0xFFFFFFFFFFFFFFFF) - (1 << 63)


# -- log-gamma (random_loggam) -----------------------------------------------------------
_LOGGAM_A = (
    8.333333333333333e-02,
    -2.777777777777778e-03,
    7.936507936507937e-04,
    -5.952380952380952e-04,
    8.417508417508418e-04,
    -1.917526917526918e-03,
    6.410256410256410e-03,
    -2.955065359477124e-02,
    1.796443723688307e-01,
    -1.39243221690590e00,
)
_LG2PI = 1.8378770664093453


def loggam(x: float) -> float:
    """log(Gamma(x)) for x > 0 (numpy's ``random_loggam``, SPECFUN's series)."""
    if x == 1.0 or x == 2.0:
        return 0.0
    n = int(7 - x) if x < 7.0 else 0
    x0 = x + n
    x2 = (1.0 / x0) * (1.0 / x0)
    a = _LOGGAM_A
    gl0 = a[9]
    for k in range(8, -1, -1):
        gl0 *= x2
        gl0 += a[k]
    gl = gl0 / x0 + 0.5 * _LG2PI + (x0 - 0.5) * math.log(x0) - x0
    if x < 7.0:
        for _ in range(n):
            gl -= math.log(x0 - 1.0)
            x0 -= 1.0
    return gl


# -- Poisson -------------------------------------------------------------------------------
def _poisson_mult(bg: Any, lam: float) -> int:
    """Multiplication of uniforms until below exp(-lam) (``random_poisson_mult``)."""
    enlam = _exp(-lam)
    x = 0
    prod = 1.0
    draw = bg.next_double
    while True:
        prod *= draw()
        if prod > enlam:
            x += 1
        else:
            return x


def _poisson_ptrs(bg: Any, lam: float) -> int:
    """Hoermann's transformed rejection PTRS, lam >= 10 (``random_poisson_ptrs``)."""
    slam = _sqrt(lam)
    loglam = math.log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + 1.1328 / (b - 3.4)
    vr = 0.9277 - 3.6224 / (b - 2)
    log_invalpha = math.log(invalpha)
    draw = bg.next_double
    while True:
        u = draw() - 0.5
        v = draw()
        us = 0.5 - _fabs(u)
        if us == 0.0:  # 2a/us is infinite: the cast gives INT64_MIN, rejected below
            continue
        k = c_int64(c_floor((2 * a / us + b) * u + lam + 0.43))
        if us >= 0.07 and v <= vr:
            return k
        if k < 0 or (us < 0.013 and v > us):
            continue
        if (c_log(v) + log_invalpha - math.log(a / (us * us) + b)) <= (
            -lam + k * loglam - loggam(k + 1.0)
        ):
            return k


def poisson(bg: Any, lam: float) -> int:
    """``random_poisson``: PTRS for lam >= 10, else multiplication; lam == 0 draws nothing."""
    if lam >= 10:
        return _poisson_ptrs(bg, lam)
    if lam == 0:
        return 0
    return _poisson_mult(bg, lam)


# -- binomial ------------------------------------------------------------------------------
BtpeSetup = Tuple[
    float, float, float, int, float, float, float, float, float, float, float, float, float, float
]


def btpe_setup(n: int, p: float) -> BtpeSetup:
    """The constants of BTPE for (n, p), p <= 0.5 (numpy caches them in ``binomial_t``)."""
    r = min(p, 1.0 - p)
    q = 1.0 - r
    fm = n * r + r
    m = c_int64(_floor(fm))
    p1 = _floor(2.195 * _sqrt(n * r * q) - 4.6 * q) + 0.5
    xm = m + 0.5
    xl = xm - p1
    xr = xm + p1
    c = 0.134 + 20.5 / (15.3 + m)
    a = (fm - xl) / (fm - xl * r)
    laml = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    lamr = a * (1.0 + a / 2.0)
    p2 = p1 * (1.0 + 2.0 * c)
    p3 = p2 + c / laml
    p4 = p3 + c / lamr
    return (r, q, fm, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4)


def _stirling_tail(f: float, f2: float) -> float:
    return (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / f2) / f2) / f2) / f2) / f / 166320.0


def binomial_btpe(bg: Any, n: int, p: float, setup: BtpeSetup) -> int:
    """Kachitvichyanukul & Schmeiser's BTPE (``random_binomial_btpe``), n*p > 30."""
    r, q, _fm, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 = setup
    draw = bg.next_double
    while True:  # Step10
        nrq = n * r * q
        u = draw() * p4
        v = draw()
        if u <= p1:
            y = c_int64(_floor(xm - p1 * v + u))
            break  # Step60
        if u <= p2:  # Step20
            x = xl + (u - p1) / c
            v = v * c + 1.0 - _fabs(m - x + 0.5) / p1
            if v > 1.0:
                continue
            y = c_int64(_floor(x))
        elif u <= p3:  # Step30
            if v == 0.0:  # numpy rejects: log(0) made the cast undefined
                continue
            y = c_int64(_floor(xl + math.log(v) / laml))
            if y < 0:
                continue
            v = v * (u - p2) * laml
        else:  # Step40
            if v == 0.0:
                continue
            y = c_int64(_floor(xr - math.log(v) / lamr))
            if y > n:
                continue
            v = v * (u - p3) * lamr
        # Step50
        k = abs(y - m)
        if not (k > 20 and float(k) < nrq / 2.0 - 1):
            s = r / q
            a = s * (n + 1)
            f = 1.0
            if m < y:
                for i in range(m + 1, y + 1):
                    f *= a / i - s
            elif m > y:
                for i in range(y + 1, m + 1):
                    f /= a / i - s
            if v > f:
                continue
            break
        # Step52
        rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
        t = wrap64(-k * k) / (2 * nrq)
        big_a = c_log(v)
        if big_a < t - rho:
            break
        if big_a > t + rho:
            continue
        x1 = y + 1.0
        f1 = m + 1.0
        z = float(n) + 1 - float(m)
        w = float(n) - float(y) + 1
        x2 = x1 * x1
        f2 = f1 * f1
        z2 = z * z
        w2 = w * w
        bound = (
            xm * math.log(f1 / x1)
            + (n - m + 0.5) * math.log(z / w)
            + (y - m) * math.log(w * r / (x1 * q))
            + _stirling_tail(f1, f2)
            + _stirling_tail(z, z2)
            + _stirling_tail(x1, x2)
            + _stirling_tail(w, w2)
        )
        if big_a > bound:
            continue
        break
    # Step60
    if p > 0.5:
        y = n - y
    return y


InvSetup = Tuple[float, float, int]


def inversion_setup(n: int, p: float, legacy: bool = False) -> InvSetup:
    """(q, q**n, bound) of the inversion sampler; numpy 2.4 uses log1p, legacy log(q)."""
    q = 1.0 - p
    qn = _exp(n * (math.log(q) if legacy else _log1p(-p)))
    np_ = n * p
    top = np_ + 10.0 * _sqrt(np_ * q + 1)
    nd = float(n)
    bound = int(nd if nd < top else top)  # C's MIN of int64 and double is a double
    return (q, qn, bound)


def binomial_inversion(bg: Any, n: int, p: float, setup: InvSetup) -> int:
    """Sequential search of the binomial CDF (``random_binomial_inversion``), n*p <= 30."""
    q, qn, bound = setup
    draw = bg.next_double
    x = 0
    px = qn
    u = draw()
    while u > px:
        x += 1
        if x > bound:
            x = 0
            px = qn
            u = draw()
        else:
            u -= px
            px = ((n - x + 1) * p * px) / (x * q)
    return x


def binomial(bg: Any, p: float, n: int) -> int:
    """``random_binomial``: nothing drawn for n == 0 or p == 0."""
    if n == 0 or p == 0.0:
        return 0
    if p <= 0.5:
        if p * n <= 30.0:
            return binomial_inversion(bg, n, p, inversion_setup(n, p))
        return binomial_btpe(bg, n, p, btpe_setup(n, p))
    q = 1.0 - p
    if q * n <= 30.0:
        return n - binomial_inversion(bg, n, q, inversion_setup(n, q))
    return n - binomial_btpe(bg, n, q, btpe_setup(n, q))


def binomial_bulk(bg: Any, count: int, p: float, n: int) -> List[int]:
    """``count`` calls of :func:`binomial` with the setup computed once."""
    if n == 0 or p == 0.0:
        return [0] * count
    pp, flip = (p, False) if p <= 0.5 else (1.0 - p, True)
    if pp * n <= 30.0:
        out = doubles_only_fill(binomial_inversion, bg, count, n, pp, inversion_setup(n, pp))
    else:
        out = doubles_only_fill(binomial_btpe, bg, count, n, pp, btpe_setup(n, pp))
    return [n - v for v in out] if flip else out


def negative_binomial(bg: Any, n: float, p: float, standard_gamma: Any) -> int:
    """``random_negative_binomial``: Poisson with a gamma-distributed mean."""
    y = c_div(1 - p, p) * standard_gamma(bg, n)
    return poisson(bg, y)


# -- geometric, logseries, zipf ------------------------------------------------------------
def geometric_search(bg: Any, p: float) -> int:
    """Search of the CDF (``random_geometric_search``), p >= 1/3; shared with legacy."""
    x = 1
    total = prod = p
    q = 1.0 - p
    u = bg.next_double()
    while u > total:
        prod *= q
        total += prod
        x += 1
    return x


def geometric(bg: Any, p: float) -> int:
    """``random_geometric``: inversion of a ziggurat exponential below 1/3, capped at INT64_MAX."""
    if p >= 0.333333333333333333333333:
        return geometric_search(bg, p)
    z = c_ceil(-standard_exponential(bg) / _log1p(-p))
    if z >= 9.223372036854776e18:
        return INT64_MAX
    return int(z)


def geometric_fill(bg: Any, count: int, p: float) -> List[int]:
    """``count`` calls of :func:`geometric`: the search from blocks of doubles, the
    inversion from the exponential fill."""
    if p >= 0.333333333333333333333333:
        return doubles_only_fill(geometric_search, bg, count, p)
    out: List[int] = []
    for e in standard_exponential_fill(bg, count):
        z = c_ceil(-e / _log1p(-p))
        out.append(INT64_MAX if z >= 9.223372036854776e18 else int(z))
    return out


def logseries(bg: Any, p: float) -> int:
    """Kemp's algorithm (``random_logseries``), 0 <= p < 1."""
    r = _log1p(-p)
    draw = bg.next_double
    while True:
        v = draw()
        if v >= p:
            return 1
        u = draw()
        q = -_expm1(r * u)
        if v <= q * q:
            if v == 0.0:
                continue
            result = c_int64(c_floor(1 + c_div(math.log(v), c_log(q))))
            if result < 1:
                continue
            return result
        if v >= q:
            return 1
        return 2


_INT64_MAX_D = float(INT64_MAX)


def zipf(bg: Any, a: float) -> int:
    """Rejection from a Pareto envelope (``random_zipf``, numpy >= 2.2), truncated at INT64_MAX."""
    if a >= 1025:
        return 1  # numpy: P(X > 1) < 3e-309, and b would overflow
    am1 = a - 1.0
    b = c_pow(2.0, am1)
    umin = c_pow(_INT64_MAX_D, -am1)
    draw = bg.next_double
    while True:
        u01 = draw()
        u = u01 * umin + (1 - u01)
        v = draw()
        x = c_floor(c_pow(u, -1.0 / am1)) if u != 0.0 else math.inf
        if x > _INT64_MAX_D or x < 1.0:
            continue
        t = c_pow(1.0 + 1.0 / x, am1)
        if c_div(v * x * (t - 1.0), b - 1.0) <= t / b:
            return int(x)


# -- hypergeometric ------------------------------------------------------------------------
def _hypergeometric_sample(bg: Any, good: int, bad: int, sample: int) -> int:
    """Draw ``sample`` items one at a time (numpy's ``hypergeometric_sample``)."""
    total = good + bad
    flip = sample > total // 2
    computed = total - sample if flip else sample
    remaining_total = total
    remaining_good = good
    while computed > 0 and remaining_good > 0 and remaining_total > remaining_good:
        remaining_total -= 1
        if random_interval(bg, remaining_total) < remaining_good:
            remaining_good -= 1
        computed -= 1
    if remaining_total == remaining_good:
        remaining_good -= computed
    return remaining_good if flip else good - remaining_good


_D1 = 1.7155277699214135  # 2*sqrt(2/e)
_D2 = 0.8989161620588988  # 3 - 2*sqrt(3/e)


def _hypergeometric_hrua(bg: Any, good: int, bad: int, sample: int) -> int:
    """Stadlober's ratio-of-uniforms HRUA with ``logfactorial`` (``hypergeometric_hrua``)."""
    popsize = good + bad
    computed = min(sample, popsize - sample)
    mingb = min(good, bad)
    maxgb = max(good, bad)
    p = mingb / float(popsize)
    q = maxgb / float(popsize)
    mu = computed * p
    a = mu + 0.5
    var = float(popsize - computed) * computed * p * q / (popsize - 1)
    c = _sqrt(var + 0.5)
    h = _D1 * c + _D2
    m = c_int64(_floor(float(computed + 1) * (mingb + 1) / (popsize + 2)))
    g = (
        logfactorial(m)
        + logfactorial(mingb - m)
        + logfactorial(computed - m)
        + logfactorial(maxgb - computed + m)
    )
    top1 = float(min(computed, mingb) + 1)
    top2 = _floor(a + 16 * c)
    b = top1 if top1 < top2 else top2
    draw = bg.next_double
    while True:
        u = draw()
        v = draw()
        if u == 0.0:  # X is +-inf (rejected) or nan (undefined in numpy)
            continue
        x = a + h * (v - 0.5) / u
        if x < 0.0 or x >= b:
            continue
        k = int(_floor(x))
        gp = (
            logfactorial(k)
            + logfactorial(mingb - k)
            + logfactorial(computed - k)
            + logfactorial(maxgb - computed + k)
        )
        t = g - gp
        if u * (4.0 - u) - 3.0 <= t:
            break
        if u * (u - t) >= 1:
            continue
        if 2.0 * math.log(u) <= t:
            break
    if good > bad:
        k = computed - k
    if computed < sample:
        k = good - k
    return k


def hypergeometric(bg: Any, good: int, bad: int, sample: int) -> int:
    """``random_hypergeometric``: HRUA when 10 <= sample <= total - 10, else sequential."""
    if sample >= 10 and sample <= good + bad - 10:
        return _hypergeometric_hrua(bg, good, bad, sample)
    return _hypergeometric_sample(bg, good, bad, sample)
