"""Standard normal and standard exponential by numpy's ziggurat (float64 and float32).

Mirrors ``random_standard_normal``, ``random_standard_exponential`` and their
``_f`` (float32) variants in numpy's ``distributions.c``; docs/ziggurat.md
explains the method.  Every scalar kernel has a bulk form (``*_fill``) that
gives exactly the same values and consumes exactly the same engine words.

Bulk strategy: each attempt starts from one fresh engine word, and the fast
path (about 99% of attempts) depends on that word alone.  So the fill draws a
block of words (never more than the outputs still needed, so nothing is
over-drawn), computes every word's fast-path value and the positions where
the fast path rejects, and then walks the block, copying runs of accepted
values by slicing.  A rejected word is followed, in the engine's
stream, by the uniforms its tail or wedge test consumes; for the float64
kernels those uniforms are the following words of the block, converted to
doubles exactly as the engine's ``next_double`` would (so this is used only
for engines whose ``next_double`` is a known function of one ``next_uint64``
word; others take the scalar loop).  A wedge rejection is a fresh attempt, so
the walk simply goes on with the next word.

Blocks are at most ``BLOCK`` words (bounded temporaries: the memory peak stays
near the size of the result).  On CPython the float64 normal's fast path, the
workload that matters most, runs on the whole block at C speed
(:func:`_normal_block_lanes`): the block as one big integer gives every word's
``rabs`` and sign in 64-bit lanes, laid out as a subnormal double
``rabs * 2**-1074``, so one multiplication by ``wi[idx] * 2**1074`` per word
(a power-of-two rescaling, exact) gives C's ``rabs * wi[idx]`` bit for bit; the
acceptance test runs coarsely (the top 8 bits of ``rabs`` against those of
``ki[idx]``) as a carry test in the same lanes, and only the few words it
flags (about 1%) are tested exactly in Python.
"""

from __future__ import annotations

import math
import platform
import sys
from array import array
from operator import mul
from typing import Any, Callable, List, Optional, Sequence, Tuple

from ..bitgen._base import subnormals_honoured
from . import _ziggurat_tables as _t
from ._float32 import expf, f32, f32_list, log1pf

_KI = _t.KI_DOUBLE
_WI = _t.WI_DOUBLE
_FI = _t.FI_DOUBLE
_KE = _t.KE_DOUBLE
_WE = _t.WE_DOUBLE
_FE = _t.FE_DOUBLE
_KI_F = _t.KI_FLOAT
_WI_F = _t.WI_FLOAT
_FI_F = _t.FI_FLOAT
_KE_F = _t.KE_FLOAT
_WE_F = _t.WE_FLOAT
_FE_F = _t.FE_FLOAT
_NOR_R = _t.ZIGGURAT_NOR_R
_NOR_INV_R = _t.ZIGGURAT_NOR_INV_R
_EXP_R = _t.ZIGGURAT_EXP_R
_NOR_R_F = _t.ZIGGURAT_NOR_R_F
_NOR_INV_R_F = _t.ZIGGURAT_NOR_INV_R_F
_EXP_R_F = _t.ZIGGURAT_EXP_R_F

# The wedge tests use fi[idx - 1] - fi[idx]; C evaluates it each time, with the
# same result as this precomputed difference (float32: rounded to float32).
_FI_DIFF = (0.0,) + tuple(_FI[i - 1] - _FI[i] for i in range(1, 256))
_FE_DIFF = (0.0,) + tuple(_FE[i - 1] - _FE[i] for i in range(1, 256))
_FI_F_DIFF = (0.0,) + tuple(f32(_FI_F[i - 1] - _FI_F[i]) for i in range(1, 256))
_FE_F_DIFF = (0.0,) + tuple(f32(_FE_F[i - 1] - _FE_F[i]) for i in range(1, 256))

_M52 = 0x000FFFFFFFFFFFFF
_TWO_M53 = 1.0 / 9007199254740992.0
_TWO_M24 = 1.0 / 16777216.0
_log1p = math.log1p
_exp = math.exp


# --------------------------------------------------------------------------------------
# how an engine's next_double is made from one next_uint64 word
# --------------------------------------------------------------------------------------
def _double_top53(u: int) -> float:
    # PCG64, PCG64DXSM, SFC64, Philox: (next_uint64 >> 11) * 2**-53
    return (u >> 11) * _TWO_M53


def _double_mt19937(u: int) -> float:
    # MT19937: next_uint64 = (a << 32) | b and next_double = ((a >> 5) * 2**26 + (b >> 6)) / 2**53
    return ((u >> 37) * 67108864.0 + ((u & 0xFFFFFFFF) >> 6)) / 9007199254740992.0


_KNOWN_DOUBLE = {
    "PCG64": _double_top53,
    "PCG64DXSM": _double_top53,
    "SFC64": _double_top53,
    "Philox": _double_top53,
    "MT19937": _double_mt19937,
}


def word_to_double(bg: Any) -> Optional[Callable[[int], float]]:
    """How ``bg.next_double()`` derives from the next ``next_uint64()`` word, if known.

    An engine may declare it with a ``double_from_uint64`` static method;
    pyprng's own engines are known by name.  ``None`` means unknown.
    """
    cls = type(bg)
    conv = getattr(cls, "double_from_uint64", None)
    if conv is not None:
        return conv  # type: ignore[no-any-return]
    if cls.__module__.startswith("pyprng."):
        return _KNOWN_DOUBLE.get(cls.__name__)
    return None


class _Words:
    """A block of engine words followed by the engine itself, read as uniforms."""

    __slots__ = ("conv", "fresh", "pos", "words")

    def __init__(
        self, words: Sequence[int], conv: Callable[[int], float], fresh: Callable[[], float]
    ) -> None:
        self.words = words
        self.pos = 0
        self.conv = conv
        self.fresh = fresh  # the engine's own uniform, once the block is used up

    def uniform(self) -> float:
        p = self.pos
        if p < len(self.words):
            self.pos = p + 1
            return self.conv(self.words[p])
        return self.fresh()


class _HalvesWords(Sequence[int]):
    """Read-only words ``(hi << 32) | lo`` over a flat list of halves ``[lo0, hi0, ...]``,
    for the walk's few slow paths (the fast path reads the halves themselves)."""

    __slots__ = ("halves",)

    def __init__(self, halves: List[int]) -> None:
        self.halves = halves

    def __len__(self) -> int:
        return len(self.halves) >> 1

    def __getitem__(self, j: int) -> int:  # type: ignore[override]  # ints only
        h = self.halves
        return (h[2 * j + 1] << 32) | h[2 * j]


#: PyPy: the fills read engine words as 32-bit halves (machine ints, not big ints).
_HALVES = platform.python_implementation() == "PyPy"


def _float_of_word(u: int) -> float:
    return (u >> 8) * _TWO_M24


# --------------------------------------------------------------------------------------
# The rejected attempts.  Each ``*_slow`` takes a rejected attempt (layer ``idx``,
# candidate ``x``) and a source of uniforms, and returns the value, or None when
# the wedge test fails and numpy starts again from a fresh word.  Scalar and bulk
# paths share them (and tests wrap them to see which layers were exercised).
# --------------------------------------------------------------------------------------
def _normal_slow(idx: int, x: float, rabs: int, uniform: Callable[[], float]) -> Optional[float]:
    if idx == 0:
        # Marsaglia's tail beyond r; 1 - U avoids log(0) (numpy GH 13361).
        while True:
            xx = -_NOR_INV_R * _log1p(-uniform())
            yy = -_log1p(-uniform())
            if yy + yy > xx * xx:
                return -(_NOR_R + xx) if (rabs >> 8) & 1 else _NOR_R + xx
    if _FI_DIFF[idx] * uniform() + _FI[idx] < _exp(-0.5 * x * x):
        return x
    return None


def _normal_f_slow(idx: int, x: float, rabs: int, uniform: Callable[[], float]) -> Optional[float]:
    if idx == 0:
        while True:
            xx = f32(-_NOR_INV_R_F * log1pf(-uniform()))
            yy = -log1pf(-uniform())
            if f32(yy + yy) > f32(xx * xx):
                v = f32(_NOR_R_F + xx)
                return -v if (rabs >> 8) & 1 else v
    # float arithmetic on the left, compared with a double exp(-0.5 * x * x).
    if f32(f32(_FI_F_DIFF[idx] * uniform()) + _FI_F[idx]) < _exp(-0.5 * x * x):
        return x
    return None


def _exp_slow(idx: int, x: float, uniform: Callable[[], float]) -> Optional[float]:
    if idx == 0:
        return _EXP_R - _log1p(-uniform())
    if _FE_DIFF[idx] * uniform() + _FE[idx] < _exp(-x):
        return x
    return None  # numpy recurses; the caller's loop draws the same words


def _exp_f_slow(idx: int, x: float, uniform: Callable[[], float]) -> Optional[float]:
    if idx == 0:
        return f32(_EXP_R_F - log1pf(-uniform()))
    if f32(f32(_FE_F_DIFF[idx] * uniform()) + _FE_F[idx]) < expf(-x):
        return x
    return None


def _walk(
    out: List[float],
    xs: List[float],
    rejects: List[int],
    src: _Words,
    slow: Callable[[int, Callable[[], float]], Optional[float]],
) -> None:
    """Append the outputs of a block: runs of fast values, slow paths in between.

    ``xs`` holds every word's fast-path value and ``rejects`` the positions
    (ascending) where the fast path rejects.  A slow path reads the words after
    its own as uniforms; those are skipped, rejected or not.
    """
    p = 0
    for j in rejects:
        if j < p:
            continue  # consumed as a uniform by the slow path before
        out += xs[p:j]
        src.pos = j + 1
        v = slow(j, src.uniform)
        if v is not None:
            out.append(v)
        # After a failed wedge numpy starts again from the next word: so does the walk.
        p = src.pos
    out += xs[p:] if p else xs


#: Words per engine call in the fills (never more than the outputs still needed).
BLOCK = 4096


# --------------------------------------------------------------------------------------
# float64 standard normal
# --------------------------------------------------------------------------------------
def standard_normal(bg: Any) -> float:
    """One standard normal (numpy's ``random_standard_normal``)."""
    next_u64 = bg.next_uint64
    while True:
        r = next_u64()
        idx = r & 0xFF
        r >>= 8
        rabs = (r >> 1) & _M52
        x = rabs * _WI[idx]
        if r & 1:
            x = -x
        if rabs < _KI[idx]:
            return x  # about 99.3% of attempts
        v = _normal_slow(idx, x, rabs, bg.next_double)
        if v is not None:
            return v


def _normal_block_plain(words: Sequence[int]) -> Tuple[List[float], List[int]]:
    """Every word's fast-path value, and the positions the fast path rejects."""
    wi = _WI
    ki = _KI
    xs = [0.0] * len(words)
    rejects: List[int] = []
    j = 0
    for r in words:
        # Bits 61..63 are unused: dropping them first keeps PyPy on machine ints.
        r &= 0x1FFFFFFFFFFFFFFF
        idx = r & 0xFF
        rabs = r >> 9
        x = rabs * wi[idx]
        xs[j] = -x if r & 0x100 else x
        if rabs >= ki[idx]:
            rejects.append(j)
        j += 1
    return xs, rejects


def _normal_block_halves(h: List[int]) -> Tuple[List[float], List[int]]:
    """:func:`_normal_block_plain` for words given as halves ``[lo0, hi0, ...]`` (PyPy)."""
    wi = _WI
    ki = _KI
    k = len(h) >> 1
    xs = [0.0] * k
    rejects: List[int] = []
    for j in range(k):
        lo = h[2 * j]
        idx = lo & 0xFF
        rabs = ((h[2 * j + 1] & 0x1FFFFFFF) << 23) | (lo >> 9)  # bits 9..60 of the word
        x = rabs * wi[idx]
        xs[j] = -x if lo & 0x100 else x
        if rabs >= ki[idx]:
            rejects.append(j)
    return xs, rejects


def _lanes(value: int, count: int) -> int:
    """``count`` 64-bit lanes of ``value`` in one integer (lane 0 lowest)."""
    return int.from_bytes(value.to_bytes(8, "little") * count, "little")


# The lane form needs a little-endian host (array bytes in lane order) and IEEE
# subnormal arithmetic; under PyPy the plain loop is faster (and JIT-compiled).
_LANES_OK = sys.byteorder == "little" and platform.python_implementation() == "CPython"
_LANES_MIN = 64  # shorter blocks: the big-integer setup costs more than it saves
# wi[idx] * 2**1074: times the subnormal rabs * 2**-1074 it is the exact product
# rabs * wi[idx] rounded once, as C computes it (ldexp raises rather than overflow).
_W_SUB = [math.ldexp(w, 1074) for w in _WI]


# The coarse acceptance test: a word is flagged when the top 8 bits of its rabs
# reach those of ki[idx].  That takes in every rejection (rabs >= ki) and ~0.4%
# of accepted words, all then tested exactly.  256 - top8(ki) takes 9 bits
# (ki[1] == 0): its low byte and its bit 8 go to bytes 0 and 1 of a lane.
_NEG_TOP_LO = bytes((256 - (k >> 44)) & 0xFF for k in _KI)
_NEG_TOP_HI = bytes((256 - (k >> 44)) >> 8 for k in _KI)
_FULL = (
    _lanes(_M52, BLOCK),  # rabs
    _lanes(1 << 63, BLOCK),  # the sign bit of a double
    _lanes(0xFF, BLOCK),
    _lanes(0x100, BLOCK),
)


# False when denormals-are-zero is set (a library built with -ffast-math): the
# engines' check, under the name the lane forms (and their tests) use.
_subnormals_exact = subnormals_honoured


def _coarse_marks(top8: int, idx: bytes, neg_lo: bytes, neg_hi: bytes, bit8: int) -> bytes:
    """One byte per lane, 1 where the lane's ``top8`` (the top 8 bits of its candidate,
    in 64-bit lanes) reaches the top 8 bits of the layer's bound.  ``neg_lo`` and
    ``neg_hi`` map a layer to the low byte and bit 8 of ``256 - top8(bound)``; the sum
    ``top8 + 256 - top8(bound)`` carries into bit 8 exactly then."""
    k = len(idx)
    neg = bytearray(8 * k)
    neg[0::8] = idx.translate(neg_lo)
    neg[1::8] = idx.translate(neg_hi)
    carry = (top8 + int.from_bytes(neg, "little")) & bit8
    return carry.to_bytes(8 * k, "little")[1::8]


def _normal_block_lanes(words: Sequence[int]) -> Tuple[List[float], List[int]]:
    """:func:`_normal_block_plain` at C speed, for blocks of up to ``BLOCK`` words."""
    k = len(words)
    a = words if type(words) is array else array("Q", words)
    idx = memoryview(a).cast("B")[0::8].tobytes()  # byte 0 of each word: the layer
    b = int.from_bytes(a, "little")
    if k == BLOCK:
        m52, m63, m8, bit8 = _FULL
    else:
        keep = (1 << (64 * k)) - 1
        m52, m63, m8, bit8 = (m & keep for m in _FULL)
    rabs = (b >> 9) & m52  # bits 9..60 of each word
    # rabs in the mantissa, bit 8 of the word in the sign: (-1)**s * rabs * 2**-1074
    sub = array("d")
    sub.frombytes((rabs | ((b << 55) & m63)).to_bytes(8 * k, "little"))
    xs = list(map(mul, sub, map(_W_SUB.__getitem__, idx)))
    marks = _coarse_marks((rabs >> 44) & m8, idx, _NEG_TOP_LO, _NEG_TOP_HI, bit8)
    rejects: List[int] = []
    ki = _KI
    j = marks.find(1)
    while j >= 0:
        r = words[j]
        if (r >> 9) & _M52 >= ki[r & 0xFF]:
            rejects.append(j)
        j = marks.find(1, j + 1)
    return xs, rejects


# The exponential's lane form: ri = word >> 11 (53 bits) as the subnormal ri * 2**-1074,
# times we[idx] * 2**1074.  That factor overflows for layer 0 alone (we[0] is the
# widest), so layer 0 is always flagged and its value recomputed in Python.  The
# coarse test compares the top 8 of ri's 53 bits with those of ke[idx] (< 2**53).
_WE_SUB = [0.0] + [math.ldexp(w, 1074) for w in _WE[1:]]
_NEG_TOP_E = [256 if i == 0 else 256 - (k >> 45) for i, k in enumerate(_KE)]
_NEG_TOP_E_LO = bytes(v & 0xFF for v in _NEG_TOP_E)
_NEG_TOP_E_HI = bytes(v >> 8 for v in _NEG_TOP_E)
_FULL_E = (_lanes((1 << 53) - 1, BLOCK), _lanes(0xFF, BLOCK), _lanes(0x100, BLOCK))


def _exp_block_plain(words: Sequence[int]) -> Tuple[List[float], List[int]]:
    """Every word's fast-path exponential, and the positions the fast path rejects."""
    we = _WE
    ke = _KE
    xs = [(r >> 11) * we[(r >> 3) & 0xFF] for r in words]
    rejects = [j for j, r in enumerate(words) if (r >> 11) >= ke[(r >> 3) & 0xFF]]
    return xs, rejects


def _exp_block_lanes(words: Sequence[int]) -> Tuple[List[float], List[int]]:
    """:func:`_exp_block_plain` at C speed, for blocks of up to ``BLOCK`` words."""
    k = len(words)
    a = words if type(words) is array else array("Q", words)
    b = int.from_bytes(a, "little")
    if k == BLOCK:
        m53, m8, bit8 = _FULL_E
    else:
        keep = (1 << (64 * k)) - 1
        m53, m8, bit8 = (m & keep for m in _FULL_E)
    ri = (b >> 11) & m53  # bits 11..63 of each word
    idx = ((b >> 3) & m8).to_bytes(8 * k, "little")[0::8]  # bits 3..10: the layer
    sub = array("d")
    sub.frombytes(ri.to_bytes(8 * k, "little"))
    xs = list(map(mul, sub, map(_WE_SUB.__getitem__, idx)))
    marks = _coarse_marks((ri >> 45) & m8, idx, _NEG_TOP_E_LO, _NEG_TOP_E_HI, bit8)
    rejects: List[int] = []
    we = _WE
    ke = _KE
    j = marks.find(1)
    while j >= 0:
        r = words[j]
        layer = (r >> 3) & 0xFF
        if layer == 0:
            xs[j] = (r >> 11) * we[0]
        if r >> 11 >= ke[layer]:
            rejects.append(j)
        j = marks.find(1, j + 1)
    return xs, rejects


def _exp_block(words: Sequence[int]) -> Tuple[List[float], List[int]]:
    if _LANES_OK and len(words) >= _LANES_MIN and _subnormals_exact():
        return _exp_block_lanes(words)
    return _exp_block_plain(words)


def _normal_block(words: Sequence[int]) -> Tuple[List[float], List[int]]:
    if _LANES_OK and len(words) >= _LANES_MIN and _subnormals_exact():
        return _normal_block_lanes(words)
    return _normal_block_plain(words)


def _fill64(
    bg: Any,
    n: int,
    scalar: Callable[[Any], float],
    halves_block: Callable[[List[int]], Tuple[List[float], List[int]]],
    words_block: Callable[[Sequence[int]], Tuple[List[float], List[int]]],
    slow: Callable[[int, float, Callable[[], float]], Optional[float]],
) -> List[float]:
    """The float64 fills: blocks of words, every word's fast-path value, then the
    walk.  ``slow(word, x, uniform)`` finishes a rejected attempt."""
    conv = word_to_double(bg)
    if conv is None:
        return [scalar(bg) for _ in range(n)]
    out: List[float] = []
    while len(out) < n:
        k = min(n - len(out), BLOCK)
        words: Sequence[int]
        if _HALVES:
            halves = bg.uint64_halves(k)
            words = _HalvesWords(halves)
            xs, rejects = halves_block(halves)
        else:
            words = bg.uint64_array(k) if _LANES_OK else bg.uint64s(k)
            xs, rejects = words_block(words)

        def at(
            j: int,
            uniform: Callable[[], float],
            words: Sequence[int] = words,
            xs: List[float] = xs,
        ) -> Optional[float]:
            return slow(words[j], xs[j], uniform)

        _walk(out, xs, rejects, _Words(words, conv, bg.next_double), at)
    return out


def standard_normal_fill(bg: Any, n: int) -> List[float]:
    """``n`` standard normals; equal to ``n`` calls of :func:`standard_normal`."""
    return _fill64(
        bg, n, standard_normal, _normal_block_halves, _normal_block,
        lambda r, x, uniform: _normal_slow(r & 0xFF, x, (r >> 9) & _M52, uniform),
    )


# --------------------------------------------------------------------------------------
# float32 standard normal
# --------------------------------------------------------------------------------------
def standard_normal_f(bg: Any) -> float:
    """One float32 standard normal (numpy's ``random_standard_normal_f``)."""
    next_u32 = bg.next_uint32
    while True:
        r = next_u32()
        idx = r & 0xFF
        rabs = (r >> 9) & 0x7FFFFF
        x = f32(rabs * _WI_F[idx])
        if (r >> 8) & 1:
            x = -x
        if rabs < _KI_F[idx]:
            return x
        v = _normal_f_slow(idx, x, rabs, bg.next_float)
        if v is not None:
            return v


def standard_normal_f_fill(bg: Any, n: int) -> List[float]:
    """``n`` float32 standard normals; equal to ``n`` calls of :func:`standard_normal_f`."""
    wi = _WI_F
    ki = _KI_F
    out: List[float] = []
    while len(out) < n:
        words = bg.uint32s(min(n - len(out), BLOCK))
        # rabs * wi is exact in double (23 x 24 bits): one rounding gives C's float product.
        mags = f32_list([(r >> 9) * wi[r & 0xFF] for r in words])
        xs = [-x if r & 0x100 else x for r, x in zip(words, mags)]
        rejects = [j for j, r in enumerate(words) if (r >> 9) >= ki[r & 0xFF]]

        def slow(
            j: int, uniform: Callable[[], float], words: List[int] = words, xs: List[float] = xs
        ) -> Optional[float]:
            r = words[j]
            return _normal_f_slow(r & 0xFF, xs[j], r >> 9, uniform)

        _walk(out, xs, rejects, _Words(words, _float_of_word, bg.next_float), slow)
    return out


# --------------------------------------------------------------------------------------
# float64 standard exponential
# --------------------------------------------------------------------------------------
def standard_exponential(bg: Any) -> float:
    """One standard exponential (numpy's ``random_standard_exponential``)."""
    next_u64 = bg.next_uint64
    while True:
        ri = next_u64() >> 3
        idx = ri & 0xFF
        ri >>= 8
        x = ri * _WE[idx]
        if ri < _KE[idx]:
            return x  # about 98.9% of attempts
        v = _exp_slow(idx, x, bg.next_double)
        if v is not None:
            return v


def _exp_block_halves(h: List[int]) -> Tuple[List[float], List[int]]:
    """Every word's fast-path exponential, and the rejected positions, for words
    given as halves ``[lo0, hi0, ...]`` (PyPy)."""
    we = _WE
    ke = _KE
    k = len(h) >> 1
    xs = [0.0] * k
    rejects: List[int] = []
    for j in range(k):
        lo = h[2 * j]
        idx = (lo >> 3) & 0xFF
        ri = (h[2 * j + 1] << 21) | (lo >> 11)  # the word >> 11
        xs[j] = ri * we[idx]
        if ri >= ke[idx]:
            rejects.append(j)
    return xs, rejects


def standard_exponential_fill(bg: Any, n: int) -> List[float]:
    """``n`` standard exponentials; equal to ``n`` calls of :func:`standard_exponential`."""
    return _fill64(
        bg, n, standard_exponential, _exp_block_halves, _exp_block,
        lambda r, x, uniform: _exp_slow((r >> 3) & 0xFF, x, uniform),
    )


# --------------------------------------------------------------------------------------
# float32 standard exponential
# --------------------------------------------------------------------------------------
def standard_exponential_f(bg: Any) -> float:
    """One float32 standard exponential (numpy's ``random_standard_exponential_f``)."""
    next_u32 = bg.next_uint32
    while True:
        ri = next_u32() >> 1
        idx = ri & 0xFF
        ri >>= 8
        x = f32(ri * _WE_F[idx])
        if ri < _KE_F[idx]:
            return x
        v = _exp_f_slow(idx, x, bg.next_float)
        if v is not None:
            return v


def standard_exponential_f_fill(bg: Any, n: int) -> List[float]:
    """``n`` float32 standard exponentials; equal to ``n`` calls of the scalar kernel."""
    we = _WE_F
    ke = _KE_F
    out: List[float] = []
    while len(out) < n:
        words = bg.uint32s(min(n - len(out), BLOCK))
        xs = f32_list([(r >> 9) * we[(r >> 1) & 0xFF] for r in words])
        rejects = [j for j, r in enumerate(words) if (r >> 9) >= ke[(r >> 1) & 0xFF]]

        def slow(
            j: int, uniform: Callable[[], float], words: List[int] = words, xs: List[float] = xs
        ) -> Optional[float]:
            return _exp_f_slow((words[j] >> 1) & 0xFF, xs[j], uniform)

        _walk(out, xs, rejects, _Words(words, _float_of_word, bg.next_float), slow)
    return out


# --------------------------------------------------------------------------------------
# inversion ('inv' method) and the scaled forms Generator uses
# --------------------------------------------------------------------------------------
def standard_exponential_inv(bg: Any) -> float:
    """numpy's ``random_standard_exponential_inv_fill`` for one value: -log1p(-U)."""
    return -_log1p(-bg.next_double())


def standard_exponential_inv_fill(bg: Any, n: int) -> List[float]:
    return [-_log1p(-u) for u in bg.doubles(n)]


def standard_exponential_inv_f(bg: Any) -> float:
    # numpy computes this one in double (npy_log1p of the float) and stores a float.
    return f32(-_log1p(-bg.next_float()))


def standard_exponential_inv_f_fill(bg: Any, n: int) -> List[float]:
    return f32_list([-_log1p(-u) for u in bg.floats(n)])


def normal(bg: Any, loc: float, scale: float) -> float:
    """numpy's ``random_normal``: loc + scale * standard_normal."""
    return loc + scale * standard_normal(bg)


def normal_fill(bg: Any, n: int, loc: float, scale: float) -> List[float]:
    return [loc + scale * z for z in standard_normal_fill(bg, n)]


def _c_exp(x: float) -> float:
    try:
        return _exp(x)
    except OverflowError:  # C's exp overflows to inf
        return math.inf


def lognormal(bg: Any, mean: float, sigma: float) -> float:
    """numpy's ``random_lognormal``: exp(normal(mean, sigma))."""
    return _c_exp(mean + sigma * standard_normal(bg))


def lognormal_fill(bg: Any, n: int, mean: float, sigma: float) -> List[float]:
    return [_c_exp(mean + sigma * z) for z in standard_normal_fill(bg, n)]


def exponential(bg: Any, scale: float) -> float:
    """numpy's ``random_exponential``: scale * standard_exponential."""
    return scale * standard_exponential(bg)


def exponential_fill(bg: Any, n: int, scale: float) -> List[float]:
    return [scale * e for e in standard_exponential_fill(bg, n)]


__all__ = [
    "exponential",
    "exponential_fill",
    "lognormal",
    "lognormal_fill",
    "normal",
    "normal_fill",
    "standard_exponential",
    "standard_exponential_f",
    "standard_exponential_f_fill",
    "standard_exponential_fill",
    "standard_exponential_inv",
    "standard_exponential_inv_f",
    "standard_exponential_inv_f_fill",
    "standard_exponential_inv_fill",
    "standard_normal",
    "standard_normal_f",
    "standard_normal_f_fill",
    "standard_normal_fill",
    "word_to_double",
]
