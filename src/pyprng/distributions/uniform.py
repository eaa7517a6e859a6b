"""Uniform floats: numpy's ``random_standard_uniform[_f]`` and ``random_uniform``.

Shared by RandomState and Generator.  Each scalar kernel has a bulk twin that
returns exactly the same values from one engine call.
"""

from __future__ import annotations

from typing import Any, List


def standard_uniform(bitgen: Any) -> float:
    """A double in [0, 1) (``random_standard_uniform``: ``next_double``)."""
    return bitgen.next_double()


def standard_uniform_bulk(bitgen: Any, n: int) -> List[float]:
    return bitgen.doubles(n)


def standard_uniform_f(bitgen: Any) -> float:
    """A float32 in [0, 1) as a Python float (``random_standard_uniform_f``)."""
    return bitgen.next_float()


def standard_uniform_f_bulk(bitgen: Any, n: int) -> List[float]:
    return bitgen.floats(n)


def uniform(bitgen: Any, low: float, span: float) -> float:
    """``low + span * U`` (``random_uniform(bitgen, lower, range)``)."""
    return low + span * bitgen.next_double()


def uniform_bulk(bitgen: Any, n: int, low: float, span: float) -> List[float]:
    return [low + span * u for u in bitgen.doubles(n)]


__all__ = [
    "standard_uniform",
    "standard_uniform_bulk",
    "standard_uniform_f",
    "standard_uniform_f_bulk",
    "uniform",
    "uniform_bulk",
]
