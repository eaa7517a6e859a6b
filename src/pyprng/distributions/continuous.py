"""Continuous distributions for Generator (numpy's ``src/distributions/distributions.c``).

Each kernel is ``kernel(bitgen, *params) -> float`` and names the C function it
mirrors.  The arithmetic follows the C source operation by operation (left to
right, no fused multiply-add), because that order is what makes the last bit
agree.  Where C's libm returns inf or nan (``log(0)``, ``pow`` overflow,
``x / 0``) Python's ``math`` raises; the ``c_*`` helpers below give C's result.

RandomState shares ``random_laplace``, ``random_gumbel``, ``random_logistic``
and ``random_triangular`` with Generator (mtrand calls the same C functions);
its own frozen kernels are in :mod:`pyprng.distributions.legacy_continuous`.
"""

from __future__ import annotations

import math
import struct
from typing import Any, Callable, Dict, Iterator, List

from . import uniform as _uniform
from . import ziggurat as _zig
from ._float32 import HAVE_LIBM_FLOAT, f32, logf
from .streams import doubles_only_fill
from .ziggurat import (
    standard_exponential,
    standard_exponential_f,
    standard_exponential_fill,
    standard_normal,
    standard_normal_f,
    standard_normal_fill,
    word_to_double,
)

_log = math.log
_sqrt = math.sqrt
_pow = math.pow
_exp = math.exp
_expm1 = math.expm1
_cos = math.cos
_fabs = math.fabs
_floor = math.floor
_INF = math.inf
_NAN = math.nan
_PI = math.pi
_INT64_MIN = -(1 << 63)


# --------------------------------------------------------------------------------------
# C semantics for libm and division (Python raises where C returns inf/nan)
# --------------------------------------------------------------------------------------
# On the rare exceptional path the C library's own function gives the exact
# result, including the sign of a nan (glibc returns -nan from log(-1) but
# +nan from acos(2)); without ctypes, the IEEE value with the x86 default nan.
_DEFAULT_NAN = struct.unpack("<d", struct.pack("<Q", 0xFFF8000000000000))[0]


def _load_libm_double() -> Dict[str, Callable[..., float]]:
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("m")
        lib = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        fns: Dict[str, Callable[..., float]] = {}
        for fname, nargs in (
            ("log", 1), ("log1p", 1), ("exp", 1), ("expm1", 1), ("pow", 2),
            ("sqrt", 1), ("acos", 1), ("fmod", 2),
        ):
            fn = getattr(lib, fname)
            fn.restype = ctypes.c_double
            fn.argtypes = (ctypes.c_double,) * nargs
            fns[fname] = fn
        return fns
    except (ImportError, OSError, AttributeError, TypeError):  # pragma: no cover - no libm
        return {}


_LIBM = _load_libm_double()


def _special(name: str, fallback: float, *args: float) -> float:
    fn = _LIBM.get(name)
    return fn(*args) if fn is not None else fallback


def c_log(x: float) -> float:
    """C's ``log``: ``log(±0) = -inf``, ``log(x < 0) = nan``."""
    try:
        return _log(x)
    except ValueError:
        return _special("log", -_INF if x == 0.0 else _DEFAULT_NAN, x)


def c_log1p(x: float) -> float:
    """C's ``log1p``: ``log1p(-1) = -inf``, ``log1p(x < -1) = nan``."""
    try:
        return math.log1p(x)
    except ValueError:
        return _special("log1p", -_INF if x == -1.0 else _DEFAULT_NAN, x)


def c_exp(x: float) -> float:
    """C's ``exp``: overflow gives inf."""
    try:
        return _exp(x)
    except OverflowError:
        return _INF


def c_expm1(x: float) -> float:
    """C's ``expm1``: overflow gives inf."""
    try:
        return _expm1(x)
    except OverflowError:
        return _INF


def _is_odd_integer(y: float) -> bool:
    return math.isfinite(y) and y == _floor(y) and _fabs(y) < 2.0**53 and int(y) % 2 == 1


def c_pow(x: float, y: float) -> float:
    """C's ``pow``: overflow gives ±inf, ``pow(±0, y < 0)`` gives ±inf, bad domain nan."""
    try:
        return _pow(x, y)
    except OverflowError:
        return -_INF if x < 0.0 and _is_odd_integer(y) else _INF
    except ValueError:
        if x == 0.0:  # y < 0: a pole
            return math.copysign(_INF, x) if _is_odd_integer(y) else _INF
        return _special("pow", _DEFAULT_NAN, x, y)  # negative base, non-integer exponent


def c_sqrt(x: float) -> float:
    """C's ``sqrt``: nan for x < 0."""
    try:
        return _sqrt(x)
    except ValueError:
        return _special("sqrt", _DEFAULT_NAN, x)


def c_div(a: float, b: float) -> float:
    """C's ``a / b`` for doubles: x/0 is ±inf, 0/0 the default nan, nan/0 propagates."""
    try:
        return a / b
    except ZeroDivisionError:
        if a != a:
            return a
        if a == 0.0:
            return _DEFAULT_NAN
        return math.copysign(_INF, a) * math.copysign(1.0, b)


def c_acos(x: float) -> float:
    """C's ``acos``: nan outside [-1, 1]."""
    try:
        return math.acos(x)
    except ValueError:
        return _special("acos", _DEFAULT_NAN, x)


def c_fmod(x: float, y: float) -> float:
    """C's ``fmod``: nan for infinite x or zero y."""
    try:
        return math.fmod(x, y)
    except ValueError:
        return _special("fmod", _DEFAULT_NAN, x, y)


def c_int64(x: float) -> int:
    """A C ``(int64_t)`` cast of a double as x86-64 does it: nan and out of range -> INT64_MIN."""
    if x != x or not (-9.223372036854775808e18 <= x < 9.223372036854775808e18):
        return _INT64_MIN
    return int(x)


def wrap_int64(v: int) -> int:
    """Two's-complement wrap-around of a C int64 expression."""
    v &= 0xFFFFFFFFFFFFFFFF
    return v - (1 << 64) if v >> 63 else v


# powf is not in _float32; load it the same way (the C library's own float function).
def _load_powf() -> Callable[[float, float], float]:
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("m")
        lib = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        fn = lib.powf
        fn.restype = ctypes.c_float
        fn.argtypes = (ctypes.c_float, ctypes.c_float)
        return fn  # type: ignore[no-any-return]
    except (ImportError, OSError, AttributeError, TypeError):  # pragma: no cover - no libm
        def powf(x: float, y: float) -> float:  # within one float32 ulp of C's powf
            return f32(c_pow(x, y))

        return powf


powf = _load_powf()
#: True when float32 gamma uses the C library's own logf/powf (bit-exact with numpy).
HAVE_LIBM_POWF = HAVE_LIBM_FLOAT and not hasattr(powf, "__code__")


# --------------------------------------------------------------------------------------
# gamma
# --------------------------------------------------------------------------------------
def marsaglia_tsang_gamma(
    source: Any,
    next_double: Callable[[], float],
    normal: Callable[[Any], float],
    exponential: Callable[[Any], float],
    shape: float,
) -> float:
    """The standard gamma both front-ends use, given their normal and exponential.

    Marsaglia-Tsang for shape > 1 (and nan/inf, which C lets fall through to
    that branch); shape < 1 by rejection from a power/exponential envelope.
    Generator passes its ziggurat kernels, RandomState its polar Gaussian and
    ``-log(1 - U)`` exponential (numpy's ``random_standard_gamma`` and
    ``legacy_standard_gamma`` differ only there).
    """
    if shape == 1.0:
        return exponential(source)
    if shape == 0.0:
        return 0.0
    if shape < 1.0:
        inv = 1.0 / shape
        while True:
            U = next_double()
            V = exponential(source)
            if U <= 1.0 - shape:
                X = c_pow(U, inv)
                if X <= V:
                    return X
            else:
                Y = -c_log((1.0 - U) / shape)
                X = c_pow(1.0 - shape + shape * Y, inv)
                if X <= V + Y:
                    return X
    b = shape - 1.0 / 3.0
    c = 1.0 / _sqrt(9 * b)
    while True:
        while True:
            X = normal(source)
            V = 1.0 + c * X
            if not V <= 0.0:
                break
        V = V * V * V
        U = next_double()
        if U < 1.0 - 0.0331 * (X * X) * (X * X):
            return b * V
        if c_log(U) < 0.5 * X * X + b * (1.0 - V + c_log(V)):
            return b * V


def random_standard_gamma(bitgen: Any, shape: float) -> float:
    """numpy's ``random_standard_gamma``: on the ziggurat normal and exponential."""
    return marsaglia_tsang_gamma(
        bitgen, bitgen.next_double, standard_normal, standard_exponential, shape
    )


def random_standard_gamma_fill(bitgen: Any, n: int, shape: float) -> List[float]:
    """``n`` calls of :func:`random_standard_gamma`, from blocks of engine words.

    For 1 < shape < inf each value takes a ziggurat normal (one word, or more on
    its ~1% slow path) and one uniform, until accepted: at least two words.  So
    a block of min(2 * values still needed, BLOCK) words is never more than
    numpy draws; a value that runs past the block's end goes on with the
    engine's own draws.  The normal's fast path and the uniform are computed
    inline from the words (the engine's ``next_double`` is a known function of
    one word), in exactly the scalar kernels' arithmetic.  Other shapes, and
    engines whose ``next_double`` is unknown, take the scalar loop (shape 1: the
    exponential fill).
    """
    if shape == 1.0:
        return standard_exponential_fill(bitgen, n)
    if shape == 0.0:
        return [0.0] * n
    conv = word_to_double(bitgen)
    if conv is None or not 1.0 < shape < _INF:
        return [random_standard_gamma(bitgen, shape) for _ in range(n)]
    top53 = conv is _zig._double_top53  # PCG64 & co: inline (w >> 11) * 2**-53
    wi, ki, m52 = _zig._WI, _zig._KI, _zig._M52
    normal_slow = _zig._normal_slow
    log = c_log
    next_u64 = bitgen.next_uint64
    next_double = bitgen.next_double
    b = shape - 1.0 / 3.0
    c = 1.0 / _sqrt(9 * b)
    out: List[float] = []
    append = out.append
    while len(out) < n:
        k = min(2 * (n - len(out)), _zig.BLOCK)
        words = bitgen.uint64s(k)
        src = _zig._Words(words, conv, next_double)  # the slow path's uniforms
        p = 0
        while p < k:
            while True:  # one value
                while True:  # X: a normal with 1 + c X > 0
                    if p < k:
                        r = words[p]
                        p += 1
                    else:
                        r = next_u64()
                    idx = r & 0xFF
                    r >>= 8
                    rabs = (r >> 1) & m52
                    X = rabs * wi[idx]
                    if r & 1:
                        X = -X
                    if rabs >= ki[idx]:  # the normal's slow path (reads the next words)
                        src.pos = p
                        slow = normal_slow(idx, X, rabs, src.uniform)
                        p = src.pos  # (at most k: past the block it reads the engine)
                        if slow is None:
                            continue
                        X = slow
                    V = 1.0 + c * X
                    if not V <= 0.0:
                        break
                V = V * V * V
                if p < k:
                    w = words[p]
                    p += 1
                    U = (w >> 11) * _zig._TWO_M53 if top53 else conv(w)
                else:
                    U = next_double()
                if U < 1.0 - 0.0331 * (X * X) * (X * X):
                    append(b * V)
                    break
                if log(U) < 0.5 * X * X + b * (1.0 - V + log(V)):
                    append(b * V)
                    break
    return out


def random_gamma_fill(bitgen: Any, n: int, shape: float, scale: float) -> List[float]:
    return [scale * g for g in random_standard_gamma_fill(bitgen, n, shape)]


def random_chisquare_fill(bitgen: Any, n: int, df: float) -> List[float]:
    return [2.0 * g for g in random_standard_gamma_fill(bitgen, n, df / 2.0)]


_THIRD_F = f32(1.0 / 3.0)
_C0331_F = f32(0.0331)


def random_standard_gamma_f(bitgen: Any, shape: float) -> float:
    """numpy's ``random_standard_gamma_f``: the same algorithm in float32 arithmetic.

    ``shape`` must already be a float32 value.  Every + - * / and sqrt is
    rounded to float32; ``logf``/``powf`` are the C library's float functions.
    """
    if shape == 1.0:
        return standard_exponential_f(bitgen)
    if shape == 0.0:
        return 0.0
    next_float = bitgen.next_float
    if shape < 1.0:
        inv = f32(1.0 / shape)
        one_minus = f32(1.0 - shape)
        while True:
            U = next_float()
            V = standard_exponential_f(bitgen)
            if U <= one_minus:
                X = powf(U, inv)
                if X <= V:
                    return X
            else:
                Y = -logf(f32(f32(1.0 - U) / shape))
                X = powf(f32(one_minus + f32(shape * Y)), inv)
                if X <= f32(V + Y):
                    return X
    b = f32(shape - _THIRD_F)
    c = f32(1.0 / f32(_sqrt(f32(9.0 * b))))
    while True:
        while True:
            X = standard_normal_f(bitgen)
            V = f32(1.0 + f32(c * X))
            if not V <= 0.0:
                break
        V = f32(f32(V * V) * V)
        U = next_float()
        XX = f32(X * X)
        if U < f32(1.0 - f32(f32(_C0331_F * XX) * XX)):
            return f32(b * V)
        if logf(U) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1.0 - V) + logf(V)))):
            return f32(b * V)


def random_gamma(bitgen: Any, shape: float, scale: float) -> float:
    """numpy's ``random_gamma``: ``scale * standard_gamma(shape)``."""
    return scale * random_standard_gamma(bitgen, shape)


# --------------------------------------------------------------------------------------
# gamma family
# --------------------------------------------------------------------------------------
_BETA_TINY_THRESHOLD = 3e-103


def random_beta(bitgen: Any, a: float, b: float) -> float:
    """numpy's ``random_beta``: Johnk's algorithm for a, b <= 1, else a ratio of gammas."""
    if a <= 1.0 and b <= 1.0:
        next_double = bitgen.next_double
        if a < _BETA_TINY_THRESHOLD and b < _BETA_TINY_THRESHOLD:
            # Almost surely 0 or 1: one uniform decides which.
            U = next_double()
            return 1.0 if (a + b) * U < a else 0.0
        # a or b may be 0 here (dirichlet's small-alpha path): C gives inf, not an error.
        inv_a = c_div(1.0, a)
        inv_b = c_div(1.0, b)
        while True:
            U = next_double()
            V = next_double()
            X = c_pow(U, inv_a)
            Y = c_pow(V, inv_b)
            XpY = X + Y
            if XpY <= 1.0 and U + V > 0.0:
                if X > 0 and Y > 0:
                    return X / XpY
                # X or Y underflowed: work with logarithms.
                logX = c_div(c_log(U), a)
                logY = c_div(c_log(V), b)
                delta = logX - logY
                if delta > 0:
                    return c_exp(-math.log1p(c_exp(-delta)))
                return c_exp(delta - math.log1p(c_exp(delta)))
    Ga = random_standard_gamma(bitgen, a)
    Gb = random_standard_gamma(bitgen, b)
    return c_div(Ga, Ga + Gb)


def random_chisquare(bitgen: Any, df: float) -> float:
    """numpy's ``random_chisquare``: ``2 * standard_gamma(df / 2)``."""
    return 2.0 * random_standard_gamma(bitgen, df / 2.0)


def random_f(bitgen: Any, dfnum: float, dfden: float) -> float:
    """numpy's ``random_f`` (2.4: numerator drawn first)."""
    subexpr1 = random_chisquare(bitgen, dfnum) * dfden
    subexpr2 = random_chisquare(bitgen, dfden) * dfnum
    return c_div(subexpr1, subexpr2)


# Poisson, only for the noncentral chi-square's mixing count.  numpy's
# ``random_poisson`` with C's cast semantics: nonc may be huge or inf (the
# constraint is only nonc >= 0), where the floor() cast gives INT64_MIN.
_LOGGAM_A = (
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
    -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
    6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
    -1.39243221690590e00,
)
_LG2PI = 1.8378770664093453e00


def random_loggam(x: float) -> float:
    """numpy's ``random_loggam``: log-gamma (Zhang & Jin's SPECFUN series)."""
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
    gl = gl0 / x0 + 0.5 * _LG2PI + (x0 - 0.5) * c_log(x0) - x0
    if x < 7.0:
        for _ in range(n):
            gl -= c_log(x0 - 1.0)
            x0 -= 1.0
    return gl


def _poisson_mult(bitgen: Any, lam: float) -> int:
    enlam = math.exp(-lam)
    X = 0
    prod = 1.0
    next_double = bitgen.next_double
    while True:
        prod *= next_double()
        if prod > enlam:
            X += 1
        else:
            return X


def _poisson_ptrs(bitgen: Any, lam: float) -> int:
    # Hoermann's transformed rejection (PTRS)
    slam = _sqrt(lam)
    loglam = c_log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + c_div(1.1328, b - 3.4)
    vr = 0.9277 - c_div(3.6224, b - 2)
    next_double = bitgen.next_double
    while True:
        U = next_double() - 0.5
        V = next_double()
        us = 0.5 - _fabs(U)
        t = (c_div(2 * a, us) + b) * U + lam + 0.43
        k = c_int64(_floor(t)) if math.isfinite(t) else _INT64_MIN
        if us >= 0.07 and V <= vr:
            return k
        if k < 0 or (us < 0.013 and V > us):
            continue
        if (c_log(V) + c_log(invalpha) - c_log(c_div(a, us * us) + b)) <= (
            -lam + k * loglam - random_loggam(k + 1.0)
        ):
            return k


def random_poisson(bitgen: Any, lam: float) -> int:
    """numpy's ``random_poisson``: PTRS for lam >= 10, multiplication below."""
    if lam >= 10:
        return _poisson_ptrs(bitgen, lam)
    if lam == 0:
        return 0
    return _poisson_mult(bitgen, lam)


def random_noncentral_chisquare(bitgen: Any, df: float, nonc: float) -> float:
    """numpy's ``random_noncentral_chisquare`` (nan nonc returns nan without drawing)."""
    if nonc != nonc:
        return _NAN
    if nonc == 0:
        return random_chisquare(bitgen, df)
    if 1 < df:
        Chi2 = random_chisquare(bitgen, df - 1)
        n = standard_normal(bitgen) + _sqrt(nonc)
        return Chi2 + n * n
    i = random_poisson(bitgen, nonc / 2.0)
    return random_chisquare(bitgen, df + wrap_int64(2 * i))


def random_noncentral_f(bitgen: Any, dfnum: float, dfden: float, nonc: float) -> float:
    """numpy's ``random_noncentral_f``."""
    t = random_noncentral_chisquare(bitgen, dfnum, nonc) * dfden
    return c_div(t, random_chisquare(bitgen, dfden) * dfnum)


def random_standard_t(bitgen: Any, df: float) -> float:
    """numpy's ``random_standard_t``: normal / sqrt(gamma(df/2)), scaled."""
    num = standard_normal(bitgen)
    denom = random_standard_gamma(bitgen, df / 2)
    return c_div(_sqrt(df / 2) * num, _sqrt(denom))


# --------------------------------------------------------------------------------------
# transforms of one normal / exponential / uniform
# --------------------------------------------------------------------------------------
def random_standard_cauchy(bitgen: Any) -> float:
    """numpy's ``random_standard_cauchy`` (2.4: numerator drawn first)."""
    subexpr1 = standard_normal(bitgen)
    subexpr2 = standard_normal(bitgen)
    return c_div(subexpr1, subexpr2)


def random_standard_cauchy_fill(bitgen: Any, n: int) -> List[float]:
    z = standard_normal_fill(bitgen, 2 * n)
    return [c_div(z[i], z[i + 1]) for i in range(0, 2 * n, 2)]


def random_pareto(bitgen: Any, a: float) -> float:
    """numpy's ``random_pareto``: ``expm1(E / a)``."""
    return c_expm1(standard_exponential(bitgen) / a)


def random_pareto_fill(bitgen: Any, n: int, a: float) -> List[float]:
    return [c_expm1(e / a) for e in standard_exponential_fill(bitgen, n)]


def random_weibull(bitgen: Any, a: float) -> float:
    """numpy's ``random_weibull``: ``E ** (1 / a)`` (0 for a == 0, without drawing)."""
    if a == 0.0:
        return 0.0
    return c_pow(standard_exponential(bitgen), 1.0 / a)


def random_weibull_fill(bitgen: Any, n: int, a: float) -> List[float]:
    if a == 0.0:
        return [0.0] * n
    inv = 1.0 / a
    return [c_pow(e, inv) for e in standard_exponential_fill(bitgen, n)]


def random_power(bitgen: Any, a: float) -> float:
    """numpy's ``random_power``: ``(-expm1(-E)) ** (1 / a)``."""
    return c_pow(-_expm1(-standard_exponential(bitgen)), 1.0 / a)


def random_power_fill(bitgen: Any, n: int, a: float) -> List[float]:
    inv = 1.0 / a
    return [c_pow(-_expm1(-e), inv) for e in standard_exponential_fill(bitgen, n)]


def random_rayleigh(bitgen: Any, mode: float) -> float:
    """numpy's ``random_rayleigh``: ``mode * sqrt(2 E)``."""
    return mode * _sqrt(2.0 * standard_exponential(bitgen))


def random_rayleigh_fill(bitgen: Any, n: int, mode: float) -> List[float]:
    return [mode * _sqrt(2.0 * e) for e in standard_exponential_fill(bitgen, n)]


def random_laplace(bitgen: Any, loc: float, scale: float) -> float:
    """numpy's ``random_laplace`` (U == 0 is rejected and redrawn)."""
    next_double = bitgen.next_double
    while True:
        U = next_double()
        if U >= 0.5:
            return loc - scale * _log(2.0 - U - U)
        if U > 0.0:
            return loc + scale * _log(U + U)


def random_gumbel(bitgen: Any, loc: float, scale: float) -> float:
    """numpy's ``random_gumbel``: ``loc - scale * log(-log(1 - U))`` (U == 0 redrawn)."""
    next_double = bitgen.next_double
    while True:
        U = 1.0 - next_double()
        if U < 1.0:
            return loc - scale * _log(-_log(U))


def random_logistic(bitgen: Any, loc: float, scale: float) -> float:
    """numpy's ``random_logistic``: ``loc + scale * log(U / (1 - U))`` (U == 0 redrawn)."""
    next_double = bitgen.next_double
    while True:
        U = next_double()
        if U > 0.0:
            return loc + scale * _log(U / (1.0 - U))


# The bulk forms of the one-uniform transforms.  Each value takes one double,
# and a rejected U == 0 is simply redrawn, so n values are the transforms of
# the next n doubles that are not rejected: blocks of min(values still needed,
# uniform.BLOCK) doubles never over-draw, and dropping the rejected ones keeps order.
def _nonzero_doubles(bitgen: Any, n: int) -> Iterator[List[float]]:
    """Blocks of the engine's doubles, zeros dropped, ``n`` doubles in all."""
    doubles = bitgen.doubles
    left = n
    while left > 0:
        us = doubles(min(left, _uniform.BLOCK))
        if 0.0 in us:
            us = [u for u in us if u > 0.0]
        left -= len(us)
        yield us


def random_laplace_fill(bitgen: Any, n: int, loc: float, scale: float) -> List[float]:
    log = _log
    out: List[float] = []
    for us in _nonzero_doubles(bitgen, n):
        out += [
            loc - scale * log(2.0 - U - U) if U >= 0.5 else loc + scale * log(U + U) for U in us
        ]
    return out


def random_gumbel_fill(bitgen: Any, n: int, loc: float, scale: float) -> List[float]:
    # U = 1 - d < 1 exactly when d > 0 (d is a multiple of 2**-53)
    log = _log
    out: List[float] = []
    for us in _nonzero_doubles(bitgen, n):
        out += [loc - scale * log(-log(1.0 - d)) for d in us]
    return out


def random_logistic_fill(bitgen: Any, n: int, loc: float, scale: float) -> List[float]:
    log = _log
    out: List[float] = []
    for us in _nonzero_doubles(bitgen, n):
        out += [loc + scale * log(U / (1.0 - U)) for U in us]
    return out


def random_wald(bitgen: Any, mean: float, scale: float) -> float:
    """numpy's ``random_wald`` (the 2.4 formula, ``mean * (1 - 2 / d)``)."""
    Y = standard_normal(bitgen)
    Y = mean * Y * Y
    d = 1 + _sqrt(1 + c_div(4 * scale, Y))
    X = mean * (1 - 2 / d)
    U = bitgen.next_double()
    if U <= c_div(mean, mean + X):
        return X
    return c_div(mean * mean, X)


def random_triangular(bitgen: Any, left: float, mode: float, right: float) -> float:
    """numpy's ``random_triangular``: inversion of the triangular CDF."""
    base = right - left
    leftbase = mode - left
    ratio = c_div(leftbase, base)
    leftprod = leftbase * base
    rightprod = (right - mode) * base
    U = bitgen.next_double()
    if U <= ratio:
        return left + c_sqrt(U * leftprod)
    return right - c_sqrt((1.0 - U) * rightprod)


def random_triangular_fill(
    bitgen: Any, n: int, left: float, mode: float, right: float
) -> List[float]:
    base = right - left
    leftbase = mode - left
    ratio = c_div(leftbase, base)
    leftprod = leftbase * base
    rightprod = (right - mode) * base
    sqrt = c_sqrt
    out: List[float] = []
    doubles = bitgen.doubles
    for k in _uniform.blocks(n):
        out += [
            left + sqrt(U * leftprod) if U <= ratio else right - sqrt((1.0 - U) * rightprod)
            for U in doubles(k)
        ]
    return out


# --------------------------------------------------------------------------------------
# von Mises
# --------------------------------------------------------------------------------------
def vonmises_s(kappa: float) -> float:
    """The rejection envelope's ``s`` for 1e-8 <= kappa (small-kappa Taylor form below 1e-5)."""
    if kappa < 1e-5:
        return 1.0 / kappa + kappa
    r = 1 + _sqrt(1 + 4 * kappa * kappa)
    rho = c_div(r - _sqrt(2 * r), 2 * kappa)
    return c_div(1 + rho * rho, 2 * rho)


def vonmises_core(bitgen: Any, mu: float, kappa: float, s: float) -> float:
    """Best and Fisher's rejection loop and the wrap to [-pi, pi] (shared with legacy)."""
    next_double = bitgen.next_double
    while True:
        U = next_double()
        Z = _cos(_PI * U)
        W = c_div(1 + s * Z, s + Z)
        Y = kappa * (s - W)
        V = next_double()
        # V == 0 is fine: Y >= 0 always accepts and Y < 0 always rejects.
        if Y * (2 - Y) - V >= 0 or c_log(c_div(Y, V)) + 1 - Y >= 0:
            break
    U = next_double()
    result = c_acos(W)
    if U < 0.5:
        result = -result
    result += mu
    neg = result < 0
    mod = _fabs(result)
    mod = c_fmod(mod + _PI, 2 * _PI) - _PI
    if neg:
        mod *= -1.0
    return mod


def random_vonmises(bitgen: Any, mu: float, kappa: float) -> float:
    """numpy's ``random_vonmises`` (2.x: a wrapped normal for kappa > 1e6)."""
    if kappa != kappa:
        return _NAN
    if kappa < 1e-8:
        return _PI * (2 * bitgen.next_double() - 1)
    if kappa > 1e6:
        result = mu + _sqrt(1.0 / kappa) * standard_normal(bitgen)
        if result < -_PI:
            result += 2 * _PI
        if result > _PI:
            result -= 2 * _PI
        return result
    return vonmises_core(bitgen, mu, kappa, vonmises_s(kappa))


def random_vonmises_fill(bitgen: Any, n: int, mu: float, kappa: float) -> List[float]:
    """``n`` calls of :func:`random_vonmises` (from blocks of doubles up to kappa 1e6;
    above, the wrapped normal takes engine words)."""
    if kappa > 1e6:
        return [random_vonmises(bitgen, mu, kappa) for _ in range(n)]
    return doubles_only_fill(random_vonmises, bitgen, n, mu, kappa)


__all__ = [
    "HAVE_LIBM_POWF",
    "c_acos",
    "c_div",
    "c_exp",
    "c_expm1",
    "c_fmod",
    "c_int64",
    "c_log",
    "c_log1p",
    "c_pow",
    "c_sqrt",
    "powf",
    "random_beta",
    "random_chisquare",
    "random_f",
    "random_gamma",
    "random_gumbel",
    "random_gumbel_fill",
    "random_laplace",
    "random_laplace_fill",
    "random_loggam",
    "random_logistic",
    "random_logistic_fill",
    "random_noncentral_chisquare",
    "random_noncentral_f",
    "random_pareto",
    "random_pareto_fill",
    "random_poisson",
    "random_power",
    "random_power_fill",
    "random_rayleigh",
    "random_rayleigh_fill",
    "random_standard_cauchy",
    "random_standard_cauchy_fill",
    "random_standard_gamma",
    "random_standard_gamma_f",
    "random_standard_t",
    "random_triangular",
    "random_triangular_fill",
    "random_vonmises",
    "random_wald",
    "random_weibull",
    "random_weibull_fill",
    "vonmises_core",
    "vonmises_s",
    "wrap_int64",
]
