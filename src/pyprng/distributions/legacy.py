"""Kernels only RandomState uses (numpy's ``src/legacy/legacy-distributions.c``).

They draw from a :class:`LegacyState` (numpy's ``aug_bitgen_t``): the engine
plus the cached second value of the polar Gaussian, which is part of
RandomState's state (``has_gauss``, ``gauss``).
"""

from __future__ import annotations

import math
from typing import Any, Iterator, List

from .uniform import BLOCK, blocks

_log = math.log
_sqrt = math.sqrt
_PAIRS = BLOCK // 2  # pairs of doubles per engine call in the bulk gaussian
_FEW = 8  # below this many pairs an engine bulk call costs more than scalar draws
_TWICE_SUBNORMAL = 2.0**1022  # 2 * u for u given as u * 2**-1021 (doubles_as_subnormals)


class LegacyState:
    """An engine and the cached Gaussian (numpy's ``aug_bitgen_t``)."""

    __slots__ = ("bitgen", "has_gauss", "gauss")

    def __init__(self, bitgen: Any) -> None:
        self.bitgen = bitgen
        self.has_gauss = 0
        self.gauss = 0.0

    def reset(self) -> None:
        self.has_gauss = 0
        self.gauss = 0.0


def legacy_gauss(state: LegacyState) -> float:
    """A standard normal by the polar method, caching the pair's second value."""
    if state.has_gauss:
        value = state.gauss
        state.has_gauss = 0
        state.gauss = 0.0
        return value
    draw = state.bitgen.next_double
    while True:
        x1 = 2.0 * draw() - 1.0
        x2 = 2.0 * draw() - 1.0
        r2 = x1 * x1 + x2 * x2
        if r2 < 1.0 and r2 != 0.0:
            break
    f = _sqrt(-2.0 * _log(r2) / r2)
    state.gauss = f * x1
    state.has_gauss = 1
    return f * x2


def legacy_gauss_bulk(state: LegacyState, n: int) -> List[float]:
    """``n`` calls of :func:`legacy_gauss` at once.

    Each accepted pair of doubles gives two values (``f*x2`` then ``f*x1``);
    doubles are drawn two per value still missing, which a pair needs at least,
    so no double is drawn that numpy would not draw.  (A plain loop: on CPython
    3.11 it beats map/compress pipelines here, and PyPy's JIT likes it.)
    """
    out: List[float] = []
    if n <= 0:
        return out
    if state.has_gauss:
        out.append(state.gauss)
        state.has_gauss = 0
        state.gauss = 0.0
    bitgen = state.bitgen
    doubles = bitgen.doubles
    subnormals = bitgen.doubles_as_subnormals
    append = out.append
    log = _log
    sqrt = _sqrt
    while len(out) < n:
        pairs = (n - len(out) + 1) // 2
        twice = 2.0  # 2 * u - 1, with u as the engine gives it ...
        if pairs <= _FEW:  # the tail of the rejection rounds: one pair at a time
            draw = bitgen.next_double
            it: Iterator[float] = iter([draw(), draw()])
        else:
            k = 2 * pairs if pairs < _PAIRS else 2 * _PAIRS
            sub = subnormals(k)
            if sub is None:
                it = iter(doubles(k))
            else:  # ... or with u * 2**-1021: then 2 * u is u * 2**1022, as exactly
                it = iter(sub)
                twice = _TWICE_SUBNORMAL
        for a, b in zip(it, it):
            x1 = twice * a - 1.0
            x2 = twice * b - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                f = sqrt(-2.0 * log(r2) / r2)
                append(f * x2)
                append(f * x1)
    if len(out) > n:  # the last pair's second value waits for the next call
        state.gauss = out.pop()
        state.has_gauss = 1
    return out


def legacy_normal(state: LegacyState, loc: float, scale: float) -> float:
    """``loc + scale * gauss`` (``legacy_normal``)."""
    return loc + scale * legacy_gauss(state)


def legacy_normal_bulk(state: LegacyState, n: int, loc: float, scale: float) -> List[float]:
    out = legacy_gauss_bulk(state, n)
    out[:] = [loc + scale * g for g in out]  # the gaussians die as soon as replaced
    return out


def legacy_standard_exponential(state: LegacyState) -> float:
    """``-log(1 - U)`` (U in [0, 1), so the argument is never 0)."""
    return -_log(1.0 - state.bitgen.next_double())


def legacy_standard_exponential_bulk(state: LegacyState, n: int) -> List[float]:
    log = _log
    doubles = state.bitgen.doubles
    out: List[float] = []
    for k in blocks(n):
        out += [-log(1.0 - u) for u in doubles(k)]
    return out


def legacy_exponential(state: LegacyState, scale: float) -> float:
    """``scale * standard_exponential`` (``legacy_exponential``)."""
    return scale * -_log(1.0 - state.bitgen.next_double())


def legacy_exponential_bulk(state: LegacyState, n: int, scale: float) -> List[float]:
    log = _log
    doubles = state.bitgen.doubles
    out: List[float] = []
    for k in blocks(n):
        out += [scale * -log(1.0 - u) for u in doubles(k)]
    return out


__all__ = [
    "LegacyState",
    "legacy_exponential",
    "legacy_exponential_bulk",
    "legacy_gauss",
    "legacy_gauss_bulk",
    "legacy_normal",
    "legacy_normal_bulk",
    "legacy_standard_exponential",
    "legacy_standard_exponential_bulk",
]
