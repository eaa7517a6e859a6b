"""Bulk draws for scalar kernels, through stand-in engines fed in blocks.

Many kernels spend much of their time in scalar engine calls (a PCG64 step is
~0.5 us in pure Python).  Their bulk forms run the unchanged kernel against a
stand-in that hands out the engine's draws from blocks drawn with one bulk call:
:class:`DoubleStream` for kernels that call only ``next_double`` (Poisson,
binomial, zipf, logseries, the geometric search, von Mises, and every kernel
RandomState runs on its ``LegacyState``), :class:`WordStream` for kernels that
also take ``next_uint64`` words (the ziggurat), on engines whose double is a
known function of one word.

A stream never draws ahead of numpy.  It fetches a block only when a value
asks for a draw, and the block holds at most as many draws as values still
to be made, the asking one included.  That bound holds when every value takes
at least one draw.  Some parameters make values that draw nothing (a von Mises
with ``kappa`` nan, for one).  When the values are done with draws left in the
last block, those are given back: the engine's state from before that block
is put back, and exactly the draws that were used are drawn again.  That needs a
trustworthy snapshot of the state, which pyprng's own engines give; on anyone
else's engine a stream draws one value at a time.  An engine whose scalar draws
are C calls already (``_scalars_in_c``: MT19937's stdlib core) gets no stream:
the kernels draw from it directly.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Sequence

from .ziggurat import _TWO_M53, _double_top53, word_to_double

_BLOCK = 8192
_FEW = 16  # fewer values: the scalar kernel on the engine itself


def _streams_pay(bitgen: Any, n: int) -> bool:
    """Whether ``n`` values are better drawn through a stream than from ``bitgen``."""
    return n > _FEW and not getattr(bitgen, "_scalars_in_c", False)


class DoubleStream:
    """Stands in for an engine whose kernel calls nothing but ``next_double``.

    ``left`` is the number of values still to be made, the current one
    included; the fill keeps it up to date.
    """

    __slots__ = ("_before", "_bitgen", "_block", "_end", "left", "pos")

    def __init__(self, bitgen: Any) -> None:
        self._bitgen = bitgen
        self._block: Sequence[float] = ()
        self._end = 0
        self._before: Optional[Any] = None
        self.pos = 0
        self.left = 1

    # Each next_* repeats the same five lines rather than calling a shared helper:
    # a method call would cost as much as the rest of the draw.
    def next_double(self) -> float:
        p = self.pos
        if p >= self._end:
            self._refill()
            p = 0
        self.pos = p + 1
        return self._block[p]

    def _refill(self) -> None:
        bitgen = self._bitgen
        k = self.left if self.left < _BLOCK else _BLOCK
        if type(bitgen).__module__.startswith("pyprng."):
            self._before = bitgen._get_state()  # a fresh snapshot (pyprng's engines)
        else:  # someone else's engine: no snapshot to trust, so never draw ahead
            self._before, k = None, 1
        self._block = self._draw(max(k, 1))
        self._end = len(self._block)
        self.pos = 0

    def _draw(self, k: int) -> Any:
        return self._bitgen.doubles(k)

    def give_back(self) -> None:
        """Undraw the values of the last block that no value used."""
        if self.pos < self._end and self._before is not None:
            self._bitgen._set_state(self._before)
            self._draw(self.pos)
        self._end = self.pos = 0


def doubles_only_fill(kernel: Callable[..., Any], bitgen: Any, n: int, *args: Any) -> List[Any]:
    """``n`` calls of ``kernel(bitgen, *args)``, for a kernel that draws only doubles."""
    if not _streams_pay(bitgen, n):
        return [kernel(bitgen, *args) for _ in range(n)]
    stream = DoubleStream(bitgen)
    out = [kernel(stream, *args) for stream.left in range(n, 0, -1)]
    stream.give_back()
    return out


def _bulk_form(
    fill: Callable[..., List[Any]], kernel: Callable[..., Any], what: str
) -> Callable[..., List[Any]]:
    def bulk(state: Any, n: int, *args: Any) -> List[Any]:
        return fill(kernel, state, n, *args)

    bulk.__name__ = f"{getattr(kernel, '__name__', 'kernel')}_bulk"
    bulk.__doc__ = f"``n`` calls of ``{bulk.__name__[:-5]}`` from blocks of {what}."
    return bulk


def doubles_only(kernel: Callable[..., Any]) -> Callable[..., List[Any]]:
    """The bulk form ``bulk(bitgen, n, *args)`` of a kernel that draws only doubles."""
    return _bulk_form(doubles_only_fill, kernel, "doubles")


class WordStream(DoubleStream):
    """Stands in for an engine whose kernel calls only ``next_uint64`` and
    ``next_double``, for an engine whose ``next_double`` is a known function of
    one ``next_uint64`` word (``conv``): both take the next word of a block."""

    __slots__ = ("_conv",)

    def __init__(self, bitgen: Any, conv: Callable[[int], float]) -> None:
        super().__init__(bitgen)
        self._conv = conv

    def next_uint64(self) -> int:
        p = self.pos
        if p >= self._end:
            self._refill()
            p = 0
        self.pos = p + 1
        return self._block[p]  # type: ignore[return-value]  # words, here

    def next_double(self) -> float:
        p = self.pos
        if p >= self._end:
            self._refill()
            p = 0
        self.pos = p + 1
        return self._conv(self._block[p])  # type: ignore[arg-type]

    def _draw(self, k: int) -> Any:
        return self._bitgen.uint64s(k)


class _Top53WordStream(WordStream):
    """A WordStream for engines whose double is ``(word >> 11) * 2**-53`` (inlined)."""

    __slots__ = ()

    def next_double(self) -> float:
        p = self.pos
        if p >= self._end:
            self._refill()
            p = 0
        self.pos = p + 1
        return (self._block[p] >> 11) * _TWO_M53  # type: ignore[operator]


def words_only_fill(kernel: Callable[..., Any], bitgen: Any, n: int, *args: Any) -> List[Any]:
    """``n`` calls of ``kernel(bitgen, *args)``, for a kernel that draws only
    ``next_uint64`` and ``next_double`` (ziggurat normals and exponentials, doubles);
    the scalar loop for an engine whose ``next_double`` is not known from its words."""
    conv = word_to_double(bitgen)
    if not _streams_pay(bitgen, n) or conv is None:
        return [kernel(bitgen, *args) for _ in range(n)]
    stream = (
        _Top53WordStream(bitgen, conv) if conv is _double_top53 else WordStream(bitgen, conv)
    )
    out = [kernel(stream, *args) for stream.left in range(n, 0, -1)]
    stream.give_back()
    return out


def words_only(kernel: Callable[..., Any]) -> Callable[..., List[Any]]:
    """The bulk form ``bulk(bitgen, n, *args)`` of a kernel that draws only words and
    doubles (see :func:`words_only_fill`)."""
    return _bulk_form(words_only_fill, kernel, "words")


def legacy_doubles_fill(kernel: Callable[..., Any], state: Any, n: int, *args: Any) -> List[Any]:
    """``n`` calls of ``kernel(state, *args)`` for a RandomState kernel, whose ``state``
    (a ``LegacyState``: engine and cached Gaussian) draws only ``state.bitgen``'s
    doubles: the engine is swapped for a stream for the duration."""
    if not _streams_pay(state.bitgen, n):
        return [kernel(state, *args) for _ in range(n)]
    bitgen = state.bitgen
    stream = DoubleStream(bitgen)
    state.bitgen = stream
    try:
        out = [kernel(state, *args) for stream.left in range(n, 0, -1)]
    finally:
        state.bitgen = bitgen
        stream.give_back()
    return out


def legacy_doubles_only(kernel: Callable[..., Any]) -> Callable[..., List[Any]]:
    """The bulk form ``bulk(state, n, *args)`` of a RandomState kernel on its
    ``LegacyState`` (see :func:`legacy_doubles_fill`)."""
    return _bulk_form(legacy_doubles_fill, kernel, "doubles")


__all__ = [
    "DoubleStream",
    "WordStream",
    "doubles_only",
    "doubles_only_fill",
    "legacy_doubles_fill",
    "legacy_doubles_only",
    "words_only_fill",
    "words_only",
]
