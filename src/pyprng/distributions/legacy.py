"""Kernels only RandomState uses (numpy's ``src/legacy/legacy-distributions.c``).

They draw from a :class:`LegacyState` (numpy's ``aug_bitgen_t``): the engine
plus the cached second value of the polar Gaussian, which is part of
RandomState's state (``has_gauss``, ``gauss``).
"""

from __future__ import annotations

import math
from typing import Any, List

_log = math.log
_sqrt = math.sqrt


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
    so no double is drawn that numpy would not draw.
    """
    out: List[float] = []
    if n <= 0:
        return out
    if state.has_gauss:
        out.append(state.gauss)
        state.has_gauss = 0
        state.gauss = 0.0
    bitgen = state.bitgen
    while len(out) < n:
        pairs = (n - len(out) + 1) // 2
        us = bitgen.doubles(2 * pairs)
        it = iter([2.0 * u - 1.0 for u in us])
        for x1, x2 in zip(it, it):
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                f = _sqrt(-2.0 * _log(r2) / r2)
                out.append(f * x2)
                out.append(f * x1)
    if len(out) > n:  # the last pair's second value waits for the next call
        state.gauss = out.pop()
        state.has_gauss = 1
    return out


def legacy_normal(state: LegacyState, loc: float, scale: float) -> float:
    """``loc + scale * gauss`` (``legacy_normal``)."""
    return loc + scale * legacy_gauss(state)


def legacy_normal_bulk(state: LegacyState, n: int, loc: float, scale: float) -> List[float]:
    return [loc + scale * g for g in legacy_gauss_bulk(state, n)]


def legacy_standard_exponential(state: LegacyState) -> float:
    """``-log(1 - U)`` (U in [0, 1), so the argument is never 0)."""
    return -_log(1.0 - state.bitgen.next_double())


def legacy_standard_exponential_bulk(state: LegacyState, n: int) -> List[float]:
    log = _log
    return [-log(1.0 - u) for u in state.bitgen.doubles(n)]


def legacy_exponential(state: LegacyState, scale: float) -> float:
    """``scale * standard_exponential`` (``legacy_exponential``)."""
    return scale * -_log(1.0 - state.bitgen.next_double())


def legacy_exponential_bulk(state: LegacyState, n: int, scale: float) -> List[float]:
    log = _log
    return [scale * -log(1.0 - u) for u in state.bitgen.doubles(n)]


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
