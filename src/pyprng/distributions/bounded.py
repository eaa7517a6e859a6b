"""Bounded random integers, as numpy draws them for ``randint`` and ``integers``.

Mirrors ``distributions.c`` (``random_bounded_uint64_fill``,
``random_buffered_bounded_*``, ``random_interval``) and the argument handling of
``_bounded_integers.pyx.in`` (``_rand_<type>`` and ``_rand_<type>_broadcast``).

Two rejection methods produce a value in the closed range ``[0, rng]``:

* masked (legacy ``RandomState.randint``): draw ``x & mask`` where ``mask`` is
  the smallest all-ones value >= rng, redraw while it exceeds ``rng``;
* Lemire's (``Generator.integers``): ``m = x * (rng + 1)``, reject while the
  low word of ``m`` is below ``2**w % (rng + 1)``, return ``m >> w``.

Word sizes follow numpy exactly: 64-bit dtypes use 32-bit draws when
``rng <= 0xFFFFFFFF``; 8- and 16-bit dtypes split one 32-bit draw into 4 / 2
candidates, lowest bits first; bool takes one bit per candidate, 32 per draw;
``rng == 0`` draws nothing.  The split-word buffer lives for one call (and is
carried across elements in the broadcast path).

The bulk fills draw words in blocks without ever drawing a word numpy would not:
a block holds at most as many words as values still needed (each value needs at
least one word), so the engine's state afterwards equals numpy's.
"""

from __future__ import annotations

import math
from typing import Any, List, Optional, Tuple

from .._dtypes import DType
from .._output import as_flat, broadcast_shapes, broadcast_to, normalize_size, size_count

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def gen_mask(rng: int) -> int:
    """Smallest bit mask >= ``rng`` (numpy's ``gen_mask``)."""
    return (1 << rng.bit_length()) - 1


def random_interval(bitgen: Any, max_value: int) -> int:
    """A masked-rejection integer in ``[0, max_value]`` (numpy's ``random_interval``)."""
    if max_value == 0:
        return 0
    mask = gen_mask(max_value)
    if max_value <= _M32:
        draw = bitgen.next_uint32
    else:
        draw = bitgen.next_uint64
    while True:
        value = draw() & mask
        if value <= max_value:
            return value


# --------------------------------------------------------------------------------------
# bulk fills: cnt values in [0, rng] (offset added by the caller)
# --------------------------------------------------------------------------------------
def _fill_words(draw: Any, rng: int, cnt: int, width: int, masked: bool) -> List[int]:
    """cnt values in [0, rng] from whole ``width``-bit words (rng < 2**width - 1)."""
    out: List[int] = []
    need = cnt
    if masked:
        mask = gen_mask(rng)
        while need:
            if mask == rng:  # nothing is ever rejected
                out += [x & mask for x in draw(need)]
            else:
                out += [v for v in [x & mask for x in draw(need)] if v <= rng]
            need = cnt - len(out)
        return out
    rng_excl = rng + 1
    full = (1 << width) - 1
    threshold = (full - rng) % rng_excl
    while need:
        ms = [x * rng_excl for x in draw(need)]
        if threshold:
            out += [m >> width for m in ms if (m & full) >= threshold]
        else:
            out += [m >> width for m in ms]
        need = cnt - len(out)
    return out


def _fill_split(draw32: Any, rng: int, cnt: int, width: int, masked: bool) -> List[int]:
    """cnt values in [0, rng] from ``width``-bit (8/16) pieces of 32-bit draws."""
    per_word = 32 // width
    shifts = range(0, 32, width)
    piece = (1 << width) - 1
    out: List[int] = []
    need = cnt
    if masked:
        mask = gen_mask(rng)
    else:
        rng_excl = rng + 1
        threshold = (piece - rng) % rng_excl
    while need:
        words = draw32(-(-need // per_word))
        cands = [(w >> s) & piece for w in words for s in shifts]
        if rng == piece:  # full range: every piece is used as is
            vals = cands
        elif masked:
            vals = [v for v in [c & mask for c in cands] if v <= rng]
        else:
            vals = [m >> width for m in [c * rng_excl for c in cands] if (m & piece) >= threshold]
        # Pieces left in the last word are dropped, as numpy drops its buffer.
        out += vals[:need]
        need = cnt - len(out)
    return out


def _fill_bool(draw32: Any, cnt: int) -> List[int]:
    words = draw32(-(-cnt // 32))
    return [(w >> s) & 1 for w in words for s in range(32)][:cnt]


def bounded_fill(bitgen: Any, rng: int, cnt: int, bits: int, masked: bool) -> List[int]:
    """``cnt`` integers in ``[0, rng]`` for a dtype of ``bits`` bits (1 = bool).

    numpy's ``random_bounded_<type>_fill`` without the offset: the caller adds
    ``low``.  ``rng`` must fit the dtype (``0 <= rng < 2**bits``).
    """
    if rng == 0 or cnt == 0:
        return [0] * cnt
    if bits == 1:
        return _fill_bool(bitgen.uint32s, cnt)
    if bits <= 16:
        return _fill_split(bitgen.uint32s, rng, cnt, bits, masked)
    if rng <= _M32:
        if rng == _M32:
            return bitgen.uint32s(cnt)
        return _fill_words(bitgen.uint32s, rng, cnt, 32, masked)
    if rng == _M64:
        return bitgen.uint64s(cnt)
    return _fill_words(bitgen.uint64s, rng, cnt, 64, masked)


# --------------------------------------------------------------------------------------
# one value at a time, with the split-word buffer carried between elements
# --------------------------------------------------------------------------------------
class SplitBuffer:
    """numpy's ``(bcnt, buf)`` pair: pieces left in the last 32-bit draw."""

    __slots__ = ("count", "word")

    def __init__(self) -> None:
        self.count = 0
        self.word = 0

    def next_piece(self, bitgen: Any, width: int) -> int:
        # buffered_uint8/16 (and the bool variant): a fresh draw when empty,
        # else shift the held word down by one piece.
        if self.count == 0:
            self.word = bitgen.next_uint32()
            self.count = 32 // width - 1
        else:
            self.word >>= width
            self.count -= 1
        return self.word & ((1 << width) - 1)


def bounded_one(bitgen: Any, rng: int, bits: int, masked: bool, buf: SplitBuffer) -> int:
    """One integer in ``[0, rng]``: numpy's ``random_buffered_bounded_<type>`` /
    ``random_bounded_uint64`` (for 64-bit dtypes), for the broadcast path."""
    if rng == 0:
        return 0
    if bits <= 16:
        width = bits
        piece_max = (1 << width) - 1
        if rng == piece_max:
            return buf.next_piece(bitgen, width)
        if masked:
            mask = gen_mask(rng)
            while True:
                v = buf.next_piece(bitgen, width) & mask
                if v <= rng:
                    return v
        rng_excl = rng + 1
        threshold = (piece_max - rng) % rng_excl
        while True:
            m = buf.next_piece(bitgen, width) * rng_excl
            if (m & piece_max) >= threshold:
                return m >> width
    if rng <= _M32:
        if rng == _M32:
            return bitgen.next_uint32()
        draw, width, full = bitgen.next_uint32, 32, _M32
    elif rng == _M64:
        return bitgen.next_uint64()
    else:
        draw, width, full = bitgen.next_uint64, 64, _M64
    if masked:
        mask = gen_mask(rng)
        while True:
            v = draw() & mask
            if v <= rng:
                return v
    rng_excl = rng + 1
    threshold = (full - rng) % rng_excl
    while True:
        m = draw() * rng_excl
        if (m & full) >= threshold:
            return m >> width


# --------------------------------------------------------------------------------------
# argument handling: numpy's _rand_<type> and _rand_<type>_broadcast
# --------------------------------------------------------------------------------------
def _bounds_error(closed: bool, low_is_zero: bool) -> ValueError:
    # format_bounds_error: low == 0 (the one-argument form) gets a clearer message.
    if low_is_zero:
        return ValueError(f"high {'<' if closed else '<='} 0")
    return ValueError(f"low {'>' if closed else '>='} high")


def _to_int(v: Any) -> int:
    """``int(np.asarray(v))``: truncates floats, raises for NaN/inf as numpy does."""
    return int(v)


def _small_cast(v: Any) -> int:
    """A C cast of a checked small-dtype bound to its wider type (floats truncate).

    NaN passes numpy's comparisons and the x86-64 cast leaves 0 in the low bits
    that matter (all arithmetic below is modulo the dtype width).
    """
    if isinstance(v, float):
        if math.isnan(v):
            return 0
        return int(v)
    return int(v)


def _check_broadcast(
    lows: List[Any], highs: List[Any], dtype: DType, closed: bool
) -> Tuple[List[int], List[int]]:
    """Validate array bounds (all before any draw) -> integer lows and closed highs."""
    lb, ub = dtype.lo, dtype.hi
    if dtype.bits < 64:
        # Comparisons on the values as given (floats too), then a truncating cast.
        if any(v < lb for v in lows):
            raise ValueError(f"low is out of bounds for {dtype.name}")
        if closed:
            if any(v > ub for v in highs):
                raise ValueError(f"high is out of bounds for {dtype.name}")
            if any(a > b for a, b in zip(lows, highs)):
                raise _bounds_error(closed, not any(lows))
        else:
            if any(v > ub + 1 for v in highs):
                raise ValueError(f"high is out of bounds for {dtype.name}")
            if any(a >= b for a, b in zip(lows, highs)):
                raise _bounds_error(closed, not any(lows))
        is_open = 0 if closed else 1
        return [_small_cast(v) for v in lows], [_small_cast(v) - is_open for v in highs]
    # 64-bit: values go through Python int() (truncation) and are checked one by one.
    ilows = []
    for v in lows:
        iv = _to_int(v)
        if iv < lb or iv > ub:
            raise ValueError(f"low is out of bounds for {dtype.name}")
        ilows.append(iv)
    ihighs = []
    is_open = 0 if closed else 1
    for v in highs:
        iv = _to_int(v) - is_open
        if iv > ub:
            raise ValueError(f"high is out of bounds for {dtype.name}")
        if iv < lb:
            raise _bounds_error(closed, not any(ilows))
        ihighs.append(iv)
    if any(a > b for a, b in zip(ilows, ihighs)):
        raise _bounds_error(closed, not any(ilows))
    return ilows, ihighs


def _signed(values: List[int], dtype: DType) -> List[int]:
    if dtype.kind != "i":
        return values
    half = 1 << (dtype.bits - 1)
    full = 1 << dtype.bits
    return [v - full if v >= half else v for v in values]


def bounded_integers(
    bitgen: Any,
    lock: Any,
    low: Any,
    high: Any,
    size: Any,
    dtype: DType,
    masked: bool,
    endpoint: bool,
    container: Any,
    numpy_scalar: bool = True,
) -> Any:
    """Random integers from ``[low, high)`` (``[low, high]`` if ``endpoint``).

    The shared core of ``RandomState.randint`` (``masked=True``) and
    ``Generator.integers`` (``masked=False``): numpy's ``_rand_<dtype>``.

    Parameters
    ----------
    bitgen : BitGenerator
        The engine to draw from.
    lock : context manager
        Held while drawing.
    low, high : int or array_like of ints
        Bounds (already swapped by the caller when ``high`` was None).
    size : None, int or tuple of ints
    dtype : DType
        An integer or bool dtype (``resolve_dtype`` output).
    masked : bool
        Masked rejection (legacy) or Lemire's method.
    endpoint : bool
        Whether ``high`` is included.
    container : output container
    numpy_scalar : bool
        For a single value in numpy mode: numpy scalar (True) or Python scalar.

    Raises
    ------
    ValueError
        ``low >= high`` / ``high <= 0`` (``>``/``<`` with ``endpoint``), or a
        bound out of the dtype's range.  Nothing is drawn when it raises.
    """
    shape = normalize_size(size)
    name = dtype.name
    if shape is not None and size_count(shape) == 0:
        # numpy returns the empty array before looking at low and high.
        return container.array([], shape, name)
    bits = 1 if dtype.kind == "b" else dtype.bits
    width = 8 if bits == 1 else bits  # numpy's unsigned C type for the dtype
    umask = (1 << width) - 1
    low_flat, low_shape = as_flat(low)
    high_flat, high_shape = as_flat(high)
    if not low_shape and not high_shape:
        lo = _to_int(low_flat[0])
        hi = _to_int(high_flat[0])
        if not endpoint:
            hi -= 1
        if lo < dtype.lo:
            raise ValueError(f"low is out of bounds for {name}")
        if hi > dtype.hi:
            raise ValueError(f"high is out of bounds for {name}")
        if lo > hi:
            raise _bounds_error(endpoint, lo == 0)
        rng = hi - lo
        cnt = 1 if shape is None else size_count(shape)
        with lock:
            vals = bounded_fill(bitgen, rng, cnt, bits, masked)
        if lo:
            vals = [lo + v for v in vals]
        if shape is None:
            return container.scalar(vals[0], name, numpy_scalar)
        return container.array(vals, shape, name)

    # low and high are compared element by element after broadcasting them together.
    pair_shape = broadcast_shapes(low_shape, high_shape)
    lows, highs = _check_broadcast(
        broadcast_to(low_flat, low_shape, pair_shape),
        broadcast_to(high_flat, high_shape, pair_shape),
        dtype,
        endpoint,
    )
    if shape is None:
        target = joint = pair_shape
    else:
        # numpy iterates low, high and the output together and stops after
        # size-many elements: the joint broadcast shape may exceed ``size``.
        target = shape
        joint = broadcast_shapes(shape, pair_shape)
    cnt = size_count(target)
    lows = broadcast_to(lows, pair_shape, joint)[:cnt]
    highs = broadcast_to(highs, pair_shape, joint)[:cnt]
    buf = SplitBuffer()
    out = []
    append = out.append
    with lock:
        if bits == 1:
            # buffered_bounded_bool: ``low`` when rng == 0, else one buffered bit.
            for lo, hi in zip(lows, highs):
                rng = (hi - lo) & umask
                append(bounded_one(bitgen, 1, 1, masked, buf) if rng else lo & umask)
        else:
            for lo, hi in zip(lows, highs):
                # C arithmetic in the dtype's unsigned type (wraps like numpy's casts).
                rng = (hi - lo) & umask
                append(((lo & umask) + bounded_one(bitgen, rng, bits, masked, buf)) & umask)
    return container.array(_signed(out, dtype), target, name)


# --------------------------------------------------------------------------------------
# helpers for shuffles and choice
# --------------------------------------------------------------------------------------
def bounded_indices(bitgen: Any, n: int, cnt: int, masked: bool) -> List[int]:
    """``cnt`` integers in ``[0, n)`` as int64 ``randint(0, n, cnt)`` / ``integers`` draw them."""
    if n <= 0:
        raise ValueError("high <= 0")
    return bounded_fill(bitgen, n - 1, cnt, 64, masked)


def positive_ints(bitgen: Any, cnt: Optional[int]) -> Any:
    """numpy's ``random_positive_int``: ``next_uint64() >> 1`` (``tomaxint``)."""
    if cnt is None:
        return bitgen.next_uint64() >> 1
    return [x >> 1 for x in bitgen.uint64s(cnt)]


__all__ = [
    "SplitBuffer",
    "bounded_fill",
    "bounded_indices",
    "bounded_integers",
    "bounded_one",
    "gen_mask",
    "positive_ints",
    "random_interval",
]
