"""Uniform floats: numpy's ``random_standard_uniform[_f]`` and ``random_uniform``.

Shared by RandomState and Generator.  Each scalar kernel has a bulk twin that
returns exactly the same values.  Bulk twins ask the engine for at most
``BLOCK`` values at a time: the engine's temporaries stay small (the memory
peak stays near the size of the result) and mid-sized engine calls are also the
fastest.
"""

from __future__ import annotations

from typing import Any, Iterator, List

BLOCK = 8192


def blocks(n: int) -> Iterator[int]:
    """The sizes of the engine calls that make ``n`` draws (``BLOCK`` at most)."""
    while n > 0:
        k = BLOCK if n > BLOCK else n
        yield k
        n -= k


def standard_uniform(bitgen: Any) -> float:
    """A double in [0, 1) (``random_standard_uniform``: ``next_double``)."""
    return bitgen.next_double()


def _filled(draw: Any, n: int) -> List[float]:
    """``n`` values from ``draw(k)`` calls of at most ``BLOCK``, written into one list
    made at its full size (growing a list by ``+=`` costs PyPy ~15 ns a value at 2e5)."""
    if n <= BLOCK:
        return draw(n)  # type: ignore[no-any-return]
    out = [0.0] * n
    i = 0
    for k in blocks(n):
        out[i : i + k] = draw(k)
        i += k
    return out


def standard_uniform_bulk(bitgen: Any, n: int) -> List[float]:
    return _filled(bitgen.doubles, n)


def standard_uniform_f(bitgen: Any) -> float:
    """A float32 in [0, 1) as a Python float (``random_standard_uniform_f``)."""
    return bitgen.next_float()


def standard_uniform_f_bulk(bitgen: Any, n: int) -> List[float]:
    return _filled(bitgen.floats, n)


def uniform(bitgen: Any, low: float, span: float) -> float:
    """``low + span * U`` (``random_uniform(bitgen, lower, range)``)."""
    return low + span * bitgen.next_double()


def uniform_bulk(bitgen: Any, n: int, low: float, span: float) -> List[float]:
    out: List[float] = []
    doubles = bitgen.doubles
    for k in blocks(n):
        out += [low + span * u for u in doubles(k)]
    return out


__all__ = [
    "BLOCK",
    "blocks",
    "standard_uniform",
    "standard_uniform_bulk",
    "standard_uniform_f",
    "standard_uniform_f_bulk",
    "uniform",
    "uniform_bulk",
]
