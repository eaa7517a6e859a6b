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
import platform
import sys
from array import array
from functools import lru_cache
from itertools import compress
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
# bulk fills: cnt values lo + [0, rng]
# --------------------------------------------------------------------------------------
# Words are drawn at most _BLOCK at a time: the temporaries stay small (memory peak
# near the size of the result) and, since every value needs at least one word (or
# piece), a block of min(values still needed, _BLOCK) words never over-draws.
_BLOCK = 4096
# Rejection rounds shrink geometrically; below _FEW values still needed, a round
# costs more than drawing them one by one, so the fills stop there and
# :func:`_fill` finishes with :func:`bounded_one` (rounds end on a word boundary,
# so a fresh split buffer continues the stream exactly).
_FEW = 16
_LITTLE = sys.byteorder == "little"
# The byte tricks below need 4-byte 'I' and 2-byte 'H' items (true on every
# mainstream platform); otherwise the plain comprehensions are used.
_BYTES_OK = array("I").itemsize == 4 and array("H").itemsize == 2
# SWAR on 64-bit lanes of a big int: little-endian hosts with 8-byte 'Q' items, and
# CPython only (PyPy's big ints are slow; its JIT runs the plain loops faster).
_SWAR_OK = (
    _BYTES_OK
    and _LITTLE
    and array("Q").itemsize == 8
    and platform.python_implementation() != "PyPy"
)


def _le_bytes(words: List[int]) -> bytes:
    """The 32-bit words as little-endian bytes (numpy's piece order: low bits first)."""
    a = array("I", words)
    if not _LITTLE:
        a.byteswap()
    return a.tobytes()


@lru_cache(maxsize=64)
def _byte_tables(rng: int, off: int) -> Tuple[bytes, bytes]:
    """``bytes.translate`` tables doing masked rejection on one byte per candidate:
    delete candidates whose masked value exceeds ``rng``, map the rest to
    ``(value + off) & 0xFF``."""
    mask = gen_mask(rng)
    table = bytes([((b & mask) + off) & 0xFF for b in range(256)])
    delete = bytes([b for b in range(256) if b & mask > rng])
    return table, delete


def _fill_bytes(draw32: Any, rng: int, cnt: int, stride: int, lo: int) -> List[int]:
    """Masked rejection for ``rng < 256`` with C-level byte operations.

    A candidate's masked value depends only on its lowest byte: every
    ``stride``-th little-endian byte of the words is a candidate's lowest byte
    (stride 4: one candidate per 32-bit word; 2: 16-bit pieces; 1: 8-bit pieces).
    One ``translate`` masks, rejects and adds the offset when the values fit a byte.
    """
    if 0 <= lo and lo + rng <= 0xFF:
        off, conv = lo, "B"  # lo + v fits an unsigned byte
    elif -0x80 <= lo and lo + rng <= 0x7F:
        off, conv = lo & 0xFF, "b"  # fits a signed byte
    else:
        off, conv = 0, ""
    table, delete = _byte_tables(rng, off)
    per_word = 4 // stride
    out = bytearray()
    need = cnt
    while need > _FEW:
        data = _le_bytes(draw32(min(-(-need // per_word), _BLOCK)))
        if stride != 1:
            data = data[::stride]
        # Pieces left in the last word are dropped, as numpy drops its buffer.
        out += data.translate(table, delete)[:need]
        need = cnt - len(out)
    if conv == "B":
        return list(out)
    if conv == "b":
        return array("b", out).tolist()
    return [lo + v for v in out]


def _fill_words(
    draw: Any,
    rng: int,
    cnt: int,
    width: int,
    masked: bool,
    lo: int = 0,
    draw_array: Any = None,
) -> List[int]:
    """cnt values lo + [0, rng] from whole ``width``-bit words (rng < 2**width - 1);
    ``draw_array``, the same words as an array, serves the SWAR Lemire step.

    Fewer than cnt values come back when the rejection rounds end with at most
    ``_FEW`` still needed.  The values go into one list made at full size
    (growing a list block by block costs PyPy ~30 ns a value at 2e5 values).
    """
    out: List[int] = [0] * cnt
    got = 0
    if masked:
        mask = gen_mask(rng)
        # (SWAR, as Lemire's below, loses here: rejections are frequent and the
        # kept values need int objects anyway; the comprehension is faster.)
        while cnt - got > _FEW:
            words = draw(min(cnt - got, _BLOCK))
            if mask == rng:  # nothing is ever rejected
                vals = [lo + (x & mask) for x in words] if lo else [x & mask for x in words]
            elif lo:
                vals = [lo + v for x in words if (v := x & mask) <= rng]
            else:
                vals = [v for x in words if (v := x & mask) <= rng]
            out[got : got + len(vals)] = vals
            got += len(vals)
        del out[got:]
        return out
    rng_excl = rng + 1
    full = (1 << width) - 1
    threshold = (full - rng) % rng_excl
    swar = width == 32 and _SWAR_OK and draw_array is not None
    while cnt - got > _FEW:
        if swar:
            vals = _lemire32(draw_array(min(cnt - got, _BLOCK)), rng_excl, threshold, lo)
        else:
            words = draw(min(cnt - got, _BLOCK))
            if not threshold:
                vals = [lo + (x * rng_excl >> width) for x in words]
            elif lo:
                vals = [
                    lo + (m >> width) for x in words if ((m := x * rng_excl) & full) >= threshold
                ]
            else:
                vals = [m >> width for x in words if ((m := x * rng_excl) & full) >= threshold]
        out[got : got + len(vals)] = vals
        got += len(vals)
    del out[got:]
    return out


@lru_cache(maxsize=8)
def _lane_consts(lanes: int) -> Tuple[int, int]:
    """``lanes`` 64-bit lanes each holding 1, and each holding 2**32 - 1."""
    ones = int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00" * lanes, "little")
    return ones, ones * _M32


def _lemire32(words: Any, rng_excl: int, threshold: int, lo: int) -> List[int]:
    """Lemire's 32-bit step for a block of words (an ``array`` of 4-byte items), SWAR.

    Read as one big int, the words sit two to a 64-bit lane, the earlier one in
    the low half.  The low halves and the high halves each go into their own
    lanes, where one multiplication gives every product ``m = x * rng_excl``
    (< 2**64: lanes never carry into each other).  The products' high halves are
    the values: put back two to a lane they come out in draw order.  ``low +
    2**32 - threshold`` carries into bit 32 exactly where a product's low half is
    >= threshold (accepted), and the two carry bits of a lane, moved to bits 32
    and 40, read as bytes in draw order too.
    """
    k = len(words)
    data = memoryview(words).cast("B")
    if k & 1:  # a zero word completes the last lane (and is dropped below)
        data = memoryview(data.tobytes() + bytes(4))
    lanes = (k + 1) >> 1
    ones, m32 = _lane_consts(lanes)
    x = int.from_bytes(data, "little")
    prod_lo = (x & m32) * rng_excl
    prod_hi = ((x >> 32) & m32) * rng_excl
    values = ((prod_lo >> 32) & m32) | (prod_hi & (m32 << 32))
    if 0 < lo and lo + rng_excl <= 1 << 32:  # lo + value fits in 32 bits
        values += ones * (lo | (lo << 32))
        lo = 0
    high = array("I")
    high.frombytes(values.to_bytes(8 * lanes, "little"))
    if k & 1:
        del high[k:]
    if threshold:
        add = ones * ((1 << 32) - threshold)
        bit32 = ones << 32
        carries = (((prod_lo & m32) + add) & bit32) | ((((prod_hi & m32) + add) & bit32) << 8)
        # bytes 4 and 5 of each lane: the carries of the low and the high word
        accept = memoryview(carries.to_bytes(8 * lanes, "little")).cast("H")[2::4].tobytes()
        if k & 1:
            accept = accept[:k]
        if 0 in accept:
            out = list(compress(high, accept))
            return [lo + v for v in out] if lo else out
    out = high.tolist()
    return [lo + v for v in out] if lo else out


def _fill_split(
    draw32: Any, rng: int, cnt: int, width: int, masked: bool, lo: int = 0
) -> List[int]:
    """cnt values lo + [0, rng] from ``width``-bit (8/16) pieces of 32-bit draws."""
    per_word = 32 // width
    shifts = range(0, 32, width)
    piece = (1 << width) - 1
    out: List[int] = []
    need = cnt
    mask = gen_mask(rng)
    rng_excl = rng + 1
    threshold = (piece - rng) % rng_excl
    while need > _FEW:
        words = draw32(min(-(-need // per_word), _BLOCK))
        if width == 16 and _BYTES_OK and _LITTLE:
            cands: Any = array("H", _le_bytes(words))
        else:
            cands = [(w >> s) & piece for w in words for s in shifts]
        if rng == piece:  # full range: every piece is used as is
            vals = [lo + c for c in cands] if lo else list(cands)
        elif masked:
            vals = [lo + v for c in cands if (v := c & mask) <= rng]
        else:
            vals = [
                lo + (m >> width) for c in cands if ((m := c * rng_excl) & piece) >= threshold
            ]
        # Pieces left in the last word are dropped, as numpy drops its buffer.
        out += vals[:need]
        need = cnt - len(out)
    return out


_BITS = bytes.maketrans(b"01", b"\x00\x01")


def _fill_bool(draw32: Any, cnt: int) -> List[int]:
    """One bit per value, lowest bit of each 32-bit draw first."""
    out = bytearray()
    need = cnt
    while need:
        k = min(-(-need // 32), _BLOCK)
        x = int.from_bytes(_le_bytes(draw32(k)), "little")
        # bin() gives the bits highest first; reversed, bit i of the block is char i.
        bits = bin(x)[:1:-1].ljust(32 * k, "0")
        out += bits[:need].encode("ascii")
        need = cnt - len(out)
    return list(out.translate(_BITS))


def _fill(bitgen: Any, rng: int, cnt: int, bits: int, masked: bool, lo: int) -> List[int]:
    """``cnt`` integers ``lo + [0, rng]`` for a dtype of ``bits`` bits (1 = bool)."""
    if rng == 0 or cnt == 0:
        return [lo] * cnt
    if cnt <= _FEW:
        vals: List[int] = []
    elif bits == 1:
        vals = _fill_bool(bitgen.uint32s, cnt)
        return [lo + v for v in vals] if lo else vals
    elif bits <= 16:
        if masked and _BYTES_OK and rng <= 0xFF:
            vals = _fill_bytes(bitgen.uint32s, rng, cnt, bits // 8, lo)
        else:
            vals = _fill_split(bitgen.uint32s, rng, cnt, bits, masked, lo)
    elif rng <= _M32:
        if rng == _M32:
            return _fill_raw(bitgen.uint32s, cnt, lo)
        if masked and _BYTES_OK and rng <= 0xFF:
            vals = _fill_bytes(bitgen.uint32s, rng, cnt, 4, lo)
        else:
            vals = _fill_words(bitgen.uint32s, rng, cnt, 32, masked, lo, bitgen.uint32_array)
    elif rng == _M64:
        return _fill_raw(bitgen.uint64s, cnt, lo)
    else:
        vals = _fill_words(bitgen.uint64s, rng, cnt, 64, masked, lo)
    if len(vals) < cnt:  # the last few, one at a time
        buf = SplitBuffer()
        vals += [lo + bounded_one(bitgen, rng, bits, masked, buf) for _ in range(cnt - len(vals))]
    return vals


def _fill_raw(draw: Any, cnt: int, lo: int) -> List[int]:
    """Full-range words, no rejection."""
    if not lo:
        return draw(cnt)
    out: List[int] = []
    need = cnt
    while need:
        k = min(need, _BLOCK)
        out += [lo + x for x in draw(k)]
        need -= k
    return out


def bounded_fill(bitgen: Any, rng: int, cnt: int, bits: int, masked: bool) -> List[int]:
    """``cnt`` integers in ``[0, rng]`` for a dtype of ``bits`` bits (1 = bool).

    numpy's ``random_bounded_<type>_fill`` without the offset: the caller adds
    ``low``.  ``rng`` must fit the dtype (``0 <= rng < 2**bits``).
    """
    return _fill(bitgen, rng, cnt, bits, masked, 0)


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


def _fmt(shape: Tuple[int, ...]) -> str:
    """A shape as numpy prints it in broadcast errors: ``(2,)``, ``(2,3)``."""
    return "(" + ",".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


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
    low_shape: Tuple[int, ...]
    high_shape: Tuple[int, ...]
    if type(low) is int and type(high) is int:  # the common call: no array machinery
        low_flat, low_shape, high_flat, high_shape = [low], (), [high], ()
    else:
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
        if shape is None:
            with lock:
                value = lo + bounded_one(bitgen, rng, bits, masked, SplitBuffer())
            return container.scalar(value, name, numpy_scalar)
        with lock:
            vals = _fill(bitgen, rng, size_count(shape), bits, masked, lo)
        return container.array(vals, shape, name)

    # low and high are compared element by element after broadcasting them together.
    try:
        pair_shape = broadcast_shapes(low_shape, high_shape)
    except ValueError:
        # numpy's np.greater(low, high) is the first to see the mismatch.
        raise ValueError(
            "operands could not be broadcast together with shapes "
            f"{_fmt(low_shape)} {_fmt(high_shape)} "
        ) from None
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
        joint = broadcast_shapes(low_shape, high_shape, shape)  # numpy's (low, high, out) iterator
    cnt = size_count(target)
    lows = broadcast_to(lows, pair_shape, joint)[:cnt]
    highs = broadcast_to(highs, pair_shape, joint)[:cnt]
    buf = SplitBuffer()
    out: List[int] = []
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
