"""Discrete kernels of ``RandomState`` (numpy's ``src/legacy/legacy-distributions.c``).

These are frozen: they keep the algorithms numpy's Generator has since
changed (``log(q)`` in the binomial inversion, ``random_loggam`` in HRUA, the
old hypergeometric and zipf samplers, the C-cast geometric).  Shared, unchanged
pieces (BTPE, Poisson, the geometric search) come from :mod:`.discrete`.
"""

from __future__ import annotations

import math
from typing import Any, List

from .discrete import (
    INT64_MAX,
    binomial_btpe,
    binomial_inversion,
    btpe_setup,
    c_ceil,
    c_div,
    c_floor,
    c_int64,
    c_log,
    c_pow,
    geometric_search,
    inversion_setup,
    loggam,
    poisson,
)
from .streams import doubles_only_fill

_floor = math.floor
_sqrt = math.sqrt


def legacy_binomial(bg: Any, p: float, n: int) -> int:
    """``legacy_random_binomial``: no shortcut, so n == 0 or p == 0 still draws one double."""
    if p <= 0.5:
        if p * n <= 30.0:
            return binomial_inversion(bg, n, p, inversion_setup(n, p, legacy=True))
        return binomial_btpe(bg, n, p, btpe_setup(n, p))
    q = 1.0 - p
    if q * n <= 30.0:
        return n - binomial_inversion(bg, n, q, inversion_setup(n, q, legacy=True))
    return n - binomial_btpe(bg, n, q, btpe_setup(n, q))


def legacy_binomial_bulk(bg: Any, count: int, p: float, n: int) -> List[int]:
    """``count`` calls of :func:`legacy_binomial` with the setup computed once."""
    pp, flip = (p, False) if p <= 0.5 else (1.0 - p, True)
    if pp * n <= 30.0:
        setup = inversion_setup(n, pp, legacy=True)
        out = doubles_only_fill(binomial_inversion, bg, count, n, pp, setup)
    else:
        out = doubles_only_fill(binomial_btpe, bg, count, n, pp, btpe_setup(n, pp))
    return [n - v for v in out] if flip else out


def legacy_poisson(bg: Any, lam: float) -> int:
    """``legacy_random_poisson`` (the same PTRS / multiplication sampler)."""
    return poisson(bg, lam)


def legacy_negative_binomial(state: Any, n: float, p: float, standard_gamma: Any) -> int:
    """``legacy_negative_binomial``: Poisson of ``legacy_gamma(n, (1-p)/p)``."""
    y = c_div(1 - p, p) * standard_gamma(state, n)
    return poisson(state.bitgen, y)


def legacy_geometric(bg: Any, p: float) -> int:
    """``legacy_random_geometric``: ``(long)ceil(log1p(-U) / log(1 - p))`` below 1/3.

    The cast is C's: a quotient beyond the int64 range (or nan, when
    ``log(1 - p)`` rounds to 0 for tiny p) gives INT64_MIN, as numpy does.
    """
    if p >= 0.333333333333333333333333:
        return geometric_search(bg, p)
    return c_int64(c_ceil(c_div(math.log1p(-bg.next_double()), c_log(1 - p))))


def legacy_logseries(bg: Any, p: float) -> int:
    """``legacy_logseries``: Kemp's algorithm with ``log(1 - p)`` and ``1 - exp``."""
    r = c_log(1.0 - p)
    draw = bg.next_double
    while True:
        v = draw()
        if v >= p:
            return 1
        u = draw()
        q = 1.0 - math.exp(r * u)
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


def legacy_zipf(bg: Any, a: float) -> int:
    """``legacy_random_zipf``: the pre-2.2 rejection sampler (no Umin, no a >= 1025 shortcut)."""
    am1 = a - 1.0
    b = c_pow(2.0, am1)
    draw = bg.next_double
    while True:
        u = 1.0 - draw()
        v = draw()
        x = c_floor(c_pow(u, -1.0 / am1))
        if x > _INT64_MAX_D or x < 1.0:
            continue
        t = c_pow(1.0 + 1.0 / x, am1)
        if c_div(v * x * (t - 1.0), b - 1.0) <= c_div(t, b):
            return int(x)


# -- hypergeometric ------------------------------------------------------------------------
def _hypergeometric_hyp(bg: Any, good: int, bad: int, sample: int) -> int:
    """``random_hypergeometric_hyp``: sequential draws, sample <= 10."""
    d1 = bad + good - sample
    d2 = float(min(bad, good))
    y = d2
    k = sample
    draw = bg.next_double
    while y > 0.0:
        u = draw()
        y -= int(_floor(u + y / (d1 + k)))
        k -= 1
        if k == 0:
            break
    z = int(d2 - y)
    if good > bad:
        z = sample - z
    return z


_D1 = 1.7155277699214135
_D2 = 0.8989161620588988


def _hypergeometric_hrua(bg: Any, good: int, bad: int, sample: int) -> int:
    """``random_hypergeometric_hrua`` of the legacy source (``random_loggam``, sample > 10)."""
    mingb = min(good, bad)
    popsize = good + bad
    maxgb = max(good, bad)
    m = min(sample, popsize - sample)
    d4 = mingb / float(popsize)
    d5 = 1.0 - d4
    d6 = m * d4 + 0.5
    d7 = _sqrt(float(popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5)
    d8 = _D1 * d7 + _D2
    d9 = int(_floor(float(m + 1) * (mingb + 1) / (popsize + 2)))
    d10 = (
        loggam(float(d9 + 1))
        + loggam(float(mingb - d9 + 1))
        + loggam(float(m - d9 + 1))
        + loggam(float(maxgb - m + d9 + 1))
    )
    top1 = min(m, mingb) + 1.0
    top2 = c_floor(d6 + 16 * d7)
    d11 = top1 if top1 < top2 else top2
    draw = bg.next_double
    while True:
        x = draw()
        y = draw()
        if x == 0.0:  # W is +-inf (rejected) or nan (undefined in numpy)
            continue
        w = d6 + d8 * (y - 0.5) / x
        if w < 0.0 or w >= d11:
            continue
        z = int(_floor(w))
        t = d10 - (
            loggam(float(z + 1))
            + loggam(float(mingb - z + 1))
            + loggam(float(m - z + 1))
            + loggam(float(maxgb - m + z + 1))
        )
        if x * (4.0 - x) - 3.0 <= t:
            break
        if x * (x - t) >= 1:
            continue
        if 2.0 * math.log(x) <= t:
            break
    if good > bad:
        z = m - z
    if m < sample:
        z = good - z
    return z


def legacy_hypergeometric(bg: Any, good: int, bad: int, sample: int) -> int:
    """``random_hypergeometric_original``: HRUA for sample > 10, else sequential."""
    if sample > 10:
        return _hypergeometric_hrua(bg, good, bad, sample)
    if sample > 0:
        return _hypergeometric_hyp(bg, good, bad, sample)
    return 0
