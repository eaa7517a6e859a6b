"""Bulk draws for kernels that take nothing but doubles from the engine.

Poisson, binomial, zipf, logseries, the geometric search, von Mises and the
legacy hypergeometric only ever call ``next_double``.  A scalar engine call is
a large part of their cost (a PCG64 step is ~0.5 us in pure Python), so their
bulk forms run the unchanged scalar kernel against a :class:`DoubleStream`,
which hands out the engine's doubles from blocks drawn with one bulk call.

The stream never draws ahead of numpy.  It fetches a block only when a value
asks for a double, and the block holds at most as many doubles as values still
to be made, the asking one included.  That bound holds when every value takes
at least one double.  Some parameters make values that draw nothing (a von Mises
with ``kappa`` nan, for one).  When the values are done with doubles left in
the last block, those are given back: the engine's state from before that
block is put back, and exactly the doubles that were used are drawn again.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Sequence

_BLOCK = 8192
_FEW = 16  # fewer values: the scalar kernel on the engine itself


class DoubleStream:
    """Stands in for an engine whose kernel calls nothing but ``next_double``.

    ``left`` is the number of values still to be made, the current one
    included; the fill keeps it up to date.
    """

    __slots__ = ("_before", "_bitgen", "_doubles", "_end", "left", "pos")

    def __init__(self, bitgen: Any) -> None:
        self._bitgen = bitgen
        self._doubles: Sequence[float] = ()
        self._end = 0
        self._before: Optional[Any] = None
        self.pos = 0
        self.left = 1

    def next_double(self) -> float:
        p = self.pos
        if p >= self._end:
            self._refill()
            p = 0
        self.pos = p + 1
        return self._doubles[p]

    def _refill(self) -> None:
        bitgen = self._bitgen
        k = self.left if self.left < _BLOCK else _BLOCK
        try:
            self._before = bitgen._get_state()
        except NotImplementedError:  # no way to give doubles back: one at a time
            self._before, k = None, 1
        self._doubles = bitgen.doubles(max(k, 1))
        self._end = len(self._doubles)
        self.pos = 0

    def give_back(self) -> None:
        """Undraw the doubles of the last block that no value used."""
        if self.pos < self._end and self._before is not None:
            self._bitgen._set_state(self._before)
            self._bitgen.doubles(self.pos)
        self._end = self.pos = 0


def doubles_only_fill(kernel: Callable[..., Any], bitgen: Any, n: int, *args: Any) -> List[Any]:
    """``n`` calls of ``kernel(bitgen, *args)``, for a kernel that draws only doubles."""
    if n <= _FEW:
        return [kernel(bitgen, *args) for _ in range(n)]
    stream = DoubleStream(bitgen)
    out = [kernel(stream, *args) for stream.left in range(n, 0, -1)]
    stream.give_back()
    return out


def doubles_only(kernel: Callable[..., Any]) -> Callable[..., List[Any]]:
    """The bulk form ``bulk(bitgen, n, *args)`` of a kernel that draws only doubles."""

    def bulk(bitgen: Any, n: int, *args: Any) -> List[Any]:
        return doubles_only_fill(kernel, bitgen, n, *args)

    bulk.__name__ = f"{getattr(kernel, '__name__', 'kernel')}_bulk"
    bulk.__doc__ = f"``n`` calls of ``{bulk.__name__[:-5]}`` from blocks of doubles."
    return bulk


__all__ = ["DoubleStream", "doubles_only", "doubles_only_fill"]
