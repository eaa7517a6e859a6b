"""PCG64 (PCG XSL RR 128/64), as numpy 2.4 runs it (``_pcg64.pyx``, ``src/pcg64/``).

A 128-bit LCG ``s = s * MULT + inc (mod 2**128)``; each 64-bit output is the
*new* state folded and rotated: ``rotr64(hi ^ lo, s >> 122)``.  32-bit draws
split one 64-bit output, low half first, keeping the high half in
``uinteger`` (``has_uint32`` = 1).  Python ints do the 128-bit arithmetic.

Bulk draws avoid the one-step-at-a-time loop.  On CPython a block of K states
comes from one big-int multiplication, ``s_k = A_k * s_0 + C_k`` with the
jump-ahead coefficients ``A_k = MULT**k`` and ``C_k = inc * (1 + MULT + ... +
MULT**(k-1))`` packed in 256-bit lanes; the lanes' halves are pulled apart as
bytes, and the variable rotation is done on all K words at once "SIMD within a
register": six conditional rotations (by 1, 2, 4, ..., 32), each selected per
64-bit lane by one bit of the rotation count.  On PyPy, whose JIT makes a plain
loop fast but whose big ints are slow, the loop keeps the state in 26-bit limbs
and the output in 32-bit halves, so no integer ever exceeds 63 bits.
"""

from __future__ import annotations

import operator
import platform
import struct
import sys
import threading
from array import array
from typing import Any, TypeVar

from ._base import (
    U32,
    Uint32Halves,
    check_c_int,
    check_uint,
    doubles_from_m53,
    floats_from_m24,
    shift_out_low_bytes,
    subnormals_from_m53,
    subnormals_honoured,
)
from .seedsequence import SeedSequence, _words_from

__all__ = ["PCG64"]

_P = TypeVar("_P", bound="_PCG128")

_MULT = 0x2360ED051FC65DA44385DF649FCCF645
_M128 = (1 << 128) - 1
_M64 = (1 << 64) - 1
_TWICE = (1 << 64) + 1  # x * _TWICE is x twice over: (x << 64) | x
_TWO_M53 = 1.0 / 9007199254740992.0
_TWO_M24 = 2.0**-24
#: jumped() advances by this (about 2**127 times the golden ratio) per jump.
_JUMP_STEP = 0x9E3779B97F4A7C15F39CC0605CEDC835


def _advance_lcg(state: int, delta: int, mult: int, plus: int) -> int:
    """``pcg_advance_lcg_128``: ``delta`` LCG steps in O(log delta) (Brown 1994)."""
    acc_mult, acc_plus = 1, 0
    while delta > 0:
        if delta & 1:
            acc_mult = (acc_mult * mult) & _M128
            acc_plus = (acc_plus * mult + plus) & _M128
        plus = ((mult + 1) * plus) & _M128
        mult = (mult * mult) & _M128
        delta >>= 1
    return (acc_mult * state + acc_plus) & _M128


# --------------------------------------------------------------------------------------
# bulk on CPython: blocks of states from packed jump-ahead coefficients
# --------------------------------------------------------------------------------------
_BIG_ENDIAN = sys.byteorder == "big"
#: "swar" (CPython, little-endian) or "limbs" (PyPy, and any big-endian host).
_BULK = "limbs" if platform.python_implementation() == "PyPy" or _BIG_ENDIAN else "swar"
_BLOCK = 1024  # states per block (cache friendly, amortises the per-block work)
_SCALAR_BELOW = 16  # shorter tails take the plain loop (the block costs more below ~16)
_U64 = "Q"


def _lanes(value: int, count: int, width: int) -> int:
    """``value`` repeated in ``count`` lanes of ``width`` bytes (lane 0 lowest)."""
    return int.from_bytes(value.to_bytes(width, "little") * count, "little")


class _Pack:
    """Everything a block of K states needs that depends only on K."""

    __slots__ = ("a", "g", "m128", "m53", "one", "stages")

    def __init__(self, k: int) -> None:
        a_k, g_k = 1, 0
        a_parts, g_parts = [], []
        for _ in range(k):  # s_k = A_k s_0 + G_k inc
            g_k = (g_k * _MULT + 1) & _M128
            a_k = (a_k * _MULT) & _M128
            a_parts.append(a_k.to_bytes(32, "little"))
            g_parts.append(g_k.to_bytes(32, "little"))
        # (2**128 - 1)**2 + 2**128 - 1 < 2**256: A_k s_0 + C_k never leaves its lane.
        self.a = int.from_bytes(b"".join(a_parts), "little")
        self.g = int.from_bytes(b"".join(g_parts), "little")
        self.m128 = _lanes(_M128, k, 32)
        self.one = _lanes(1, k, 8)
        self.m53 = _lanes((1 << 53) - 1, k, 8)
        # stage for rotation bit b: (shift of hi bringing bit 58 + b to bit 0, d, masks)
        self.stages = [
            (
                58 + b,
                1 << b,
                _lanes(_M64 >> (1 << b), k, 8),
                _lanes((_M64 << (64 - (1 << b))) & _M64, k, 8),
            )
            for b in range(6)
        ]


_PACKS: dict[int, _Pack] = {}
_CPACKS: dict[tuple[int, int], int] = {}


def _swar_block(s: int, inc: int, k: int, drop: int = 0) -> tuple[int, bytes]:
    """The state after ``k`` steps from ``s``, and the ``k`` outputs, each shifted
    right by ``drop`` (0, or 11 for the 53 bits of a double), as little-endian
    64-bit lanes."""
    size = _BLOCK if k == _BLOCK else 1 << (k - 1).bit_length()
    pack = _PACKS.get(size)
    if pack is None:
        pack = _PACKS[size] = _Pack(size)
    c = _CPACKS.get((inc, size))
    if c is None:
        if len(_CPACKS) >= 64:
            _CPACKS.clear()
        c = _CPACKS[inc, size] = (pack.g * inc) & pack.m128
    q = array(_U64)
    q.frombytes((pack.a * s + c).to_bytes(32 * size, "little"))
    lo = q[0 : 4 * k : 4]
    hi = q[1 : 4 * k : 4]
    s = (hi[-1] << 64) | lo[-1]
    h = int.from_bytes(hi.tobytes(), "little")
    v = int.from_bytes(lo.tobytes(), "little") ^ h
    one = pack.one
    for shift, d, low, high in pack.stages:  # rotate right by d where bit (shift - 58) is set
        sel = (h >> shift) & one
        sel = (sel << 64) - sel
        v ^= (v ^ (((v >> d) & low) | ((v << (64 - d)) & high))) & sel
    if drop:  # (a size-lane mask also serves a block of k < size lanes)
        v = (v >> 11) & pack.m53
    return s, v.to_bytes(8 * k, "little")


# --------------------------------------------------------------------------------------
# bulk on PyPy: 26-bit limbs
# --------------------------------------------------------------------------------------
def _limbs(x: int) -> tuple[int, int, int, int, int]:
    """``x < 2**128`` as five 26-bit limbs (the last 24 bits), lowest first.

    Taken through ``struct`` so that on PyPy the limbs are machine ints: a
    small value computed from a big int stays a (slow) big-int object there,
    which would drag every step of the loop onto the slow path.
    """
    w0, w1, w2, w3 = _unpack_4u32(x.to_bytes(16, "little"))
    return (
        w0 & 0x3FFFFFF,
        (w0 >> 26) | ((w1 & 0xFFFFF) << 6),
        (w1 >> 20) | ((w2 & 0x3FFF) << 12),
        (w2 >> 14) | ((w3 & 0xFF) << 18),
        w3 >> 8,
    )


_unpack_4u32 = struct.Struct("<4I").unpack
_MULT_LIMBS = _limbs(_MULT)


def _limb_words(s: int, inc: int, n: int) -> tuple[int, list[int]]:
    """The state after ``n`` steps from ``s``, and the ``n`` outputs as a flat
    list of 32-bit halves, low first: ``[lo0, hi0, lo1, hi1, ...]``.

    The state is kept in 26-bit limbs and the output in 32-bit halves, so that
    no step builds an integer of more than 63 bits (PyPy's machine ints).
    """
    x0, x1, x2, x3, x4 = _limbs(s)
    c0, c1, c2, c3, c4 = _limbs(inc)
    m0, m1, m2, m3, m4 = _MULT_LIMBS
    out = [0] * (2 * n)
    for i in range(0, 2 * n, 2):
        t0 = x0 * m0 + c0
        t1 = x0 * m1 + x1 * m0 + c1 + (t0 >> 26)
        t2 = x0 * m2 + x1 * m1 + x2 * m0 + c2 + (t1 >> 26)
        t3 = x0 * m3 + x1 * m2 + x2 * m1 + x3 * m0 + c3 + (t2 >> 26)
        t4 = x0 * m4 + x1 * m3 + x2 * m2 + x3 * m1 + x4 * m0 + c4 + (t3 >> 26)
        x0 = t0 & 0x3FFFFFF
        x1 = t1 & 0x3FFFFFF
        x2 = t2 & 0x3FFFFFF
        x3 = t3 & 0x3FFFFFF
        x4 = t4 & 0xFFFFFF
        # hi ^ lo as two 32-bit halves, then rotate right by the top 6 bits
        lo = (x0 | ((x1 & 0x3F) << 26)) ^ ((x2 >> 12) | ((x3 & 0x3FFFF) << 14))
        hi = ((x1 >> 6) | ((x2 & 0xFFF) << 20)) ^ ((x3 >> 18) | (x4 << 8))
        r = x4 >> 18
        if r >= 32:
            lo, hi = hi, lo
            r -= 32
        if r:
            lo, hi = (
                (lo >> r) | ((hi << (32 - r)) & 0xFFFFFFFF),
                (hi >> r) | ((lo << (32 - r)) & 0xFFFFFFFF),
            )
        out[i] = lo
        out[i + 1] = hi
    return x0 | (x1 << 26) | (x2 << 52) | (x3 << 78) | (x4 << 104), out


class _PCG128(Uint32Halves):
    """What PCG64 and PCG64DXSM share: a 128-bit LCG state with an odd increment,
    numpy's ``pcg64_set_seed`` seeding, the state dict, `advance` and `jumped`.

    A subclass names its LCG multiplier (``_advance_mult``) and implements the
    output function.  (numpy's PCG64DXSM is not a PCG64, so neither is ours.)
    """

    #: the multiplier of the LCG that `advance` steps
    _advance_mult: int

    _state: int
    _inc: int

    def _seed_from(self, seed_seq: Any) -> None:
        v = _words_from(seed_seq, 4, 64)
        initstate = (v[0] << 64) | v[1]
        initseq = (v[2] << 64) | v[3]
        # pcg_setseq_128_srandom_r: step from 0, add initstate, step again, always with
        # PCG64's multiplier (numpy seeds PCG64DXSM the same way).
        inc = ((initseq << 1) | 1) & _M128
        s = inc  # 0 * MULT + inc
        s = (s + initstate) & _M128
        self._state = (s * _MULT + inc) & _M128
        self._inc = inc
        self._has_uint32 = 0
        self._uinteger = 0

    # -- state ------------------------------------------------------------------------
    def _get_state(self) -> dict[str, Any]:
        return {
            "bit_generator": type(self).__name__,
            "state": {"state": self._state, "inc": self._inc},
            "has_uint32": self._has_uint32,
            "uinteger": self._uinteger,
        }

    def _set_state(self, value: Any) -> None:
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        if value.get("bit_generator", "") != type(self).__name__:
            raise ValueError(f"state must be for a {type(self).__name__} RNG")
        state = check_uint(value["state"]["state"], 128, "state")
        inc = check_uint(value["state"]["inc"], 128, "inc")  # numpy stores even ones as given
        has_uint32 = check_c_int(value["has_uint32"], "has_uint32")  # stored as given
        uinteger = check_uint(value["uinteger"], 32, "uinteger")
        self._state, self._inc = state, inc
        self._has_uint32, self._uinteger = has_uint32, uinteger

    # -- advance / jump ----------------------------------------------------------------
    def advance(self: _P, delta: int) -> _P:
        """Advance the state as if ``delta`` draws had occurred.

        Parameters
        ----------
        delta : int
            Number of LCG steps, taken modulo 2**128 (so negative values go back).

        Returns
        -------
        self : PCG64 or PCG64DXSM
            This bit generator.

        Notes
        -----
        Clears the buffered 32-bit half, as numpy does.
        """
        delta = delta & _M128  # numpy's wrap_int(delta, 128)
        with self.lock:
            self._state = _advance_lcg(self._state, delta, self._advance_mult, self._inc)
            self._has_uint32 = 0
            self._uinteger = 0
        return self

    def jumped(self: _P, jumps: int = 1) -> _P:
        """Return a copy advanced ``jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`` steps.

        Parameters
        ----------
        jumps : int, optional

        Returns
        -------
        bit_generator : PCG64 or PCG64DXSM
            A new instance of the same type; like numpy's, its ``seed_seq`` is a
            fresh SeedSequence.
        """
        step = _JUMP_STEP * int(jumps)  # numpy reads jumps with int(): 1.5 is 1
        new = type(self).__new__(type(self))
        new.lock = threading.RLock()
        new._seed_seq = SeedSequence()
        new._set_state(self._get_state())
        new.advance(step)
        return new


class PCG64(_PCG128):
    """PCG64(seed=None)

    BitGenerator for the PCG-64 (XSL RR 128/64) pseudo-random number generator.

    Parameters
    ----------
    seed : {None, int, array_like[ints], SeedSequence}, optional
        Seed material, passed through `SeedSequence` unless it is one.  The
        four words of ``generate_state(4, uint64)`` give ``initstate`` and
        ``initseq``; ``inc = 2 * initseq + 1``.

    Notes
    -----
    ``next_double`` is ``(next_uint64 >> 11) * 2**-53``.  `advance` jumps
    ahead any number of steps and clears the 32-bit buffer; `jumped` advances
    a copy by ``jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`` steps.
    """

    name = "PCG64"
    _advance_mult = _MULT

    # -- scalar primitives ------------------------------------------------------------
    def next_uint64(self) -> int:
        s = (self._state * _MULT + self._inc) & _M128
        self._state = s
        # rotr64(x, r) as the low 64 bits of (x:x) >> r: three operations, not five
        return ((((s >> 64) ^ s) & _M64) * _TWICE >> (s >> 122)) & _M64

    next_raw = next_uint64

    # -- bulk forms -------------------------------------------------------------------
    # All bulk forms go through _words(n), the next n 64-bit outputs as an array
    # (CPython), or _halves(n), their 32-bit halves in a flat list, low first (PyPy).
    if _BULK == "swar":

        def _words(self, n: int, drop: int = 0) -> array:
            # Appended block by block straight into one array: every extra
            # full-size temporary costs page faults.  drop=11 gives the
            # 53-bit integers of next_double instead of the words.
            out = array(_U64)
            s, inc = self._state, self._inc
            while n >= _SCALAR_BELOW:
                k = min(n, _BLOCK)
                s, data = _swar_block(s, inc, k, drop)
                out.frombytes(data)
                n -= k
            for _ in range(n):  # a short tail: the plain loop
                s = (s * _MULT + inc) & _M128
                x = ((((s >> 64) ^ s) & _M64) * _TWICE >> (s >> 122)) & _M64
                out.append(x >> drop)
            self._state = s
            return out

        def uint64s(self, n: int) -> list[int]:
            n = operator.index(n)
            if n < _SCALAR_BELOW:  # no array round trip for a few words
                f = self.next_uint64
                return [f() for _ in range(n)]
            return self._words(n).tolist()

        def doubles(self, n: int) -> list[float]:
            n = operator.index(n)
            if n < _SCALAR_BELOW:
                f = self.next_double
                return [f() for _ in range(n)]
            return doubles_from_m53(self._words(n, 11))

        def doubles_as_subnormals(self, n: int) -> Any:
            if not subnormals_honoured():  # pragma: no cover - DAZ mode
                return None
            return subnormals_from_m53(self._words(operator.index(n), 11))

        def _put_pairs(self, out: Any, pairs: int) -> None:
            # little-endian words are their halves, low first, as 32-bit items
            out.frombytes(memoryview(self._words(pairs)).cast("B"))

        def uint32s(self, n: int) -> list[int]:
            return self._uint32s_into(array(U32), operator.index(n)).tolist()

        def uint32_array(self, n: int) -> array:
            return self._uint32s_into(array(U32), operator.index(n))

        def uint64_array(self, n: int) -> array:
            return self._words(operator.index(n))

        def floats(self, n: int) -> list[float]:
            a = self._uint32s_into(array(U32), operator.index(n))
            if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
                return [(x >> 8) * _TWO_M24 for x in a]
            return floats_from_m24(shift_out_low_bytes(a))

    else:

        def _halves(self, n: int) -> list[int]:
            self._state, halves = _limb_words(self._state, self._inc, n)
            return halves

        def uint64_halves(self, n: int) -> list[int]:
            return self._halves(operator.index(n))

        def uint64s(self, n: int) -> list[int]:
            w = self._halves(operator.index(n))
            return [(w[i + 1] << 32) | w[i] for i in range(0, len(w), 2)]

        def doubles(self, n: int) -> list[float]:
            w = self._halves(operator.index(n))
            return [(w[i + 1] * 2097152 + (w[i] >> 11)) * _TWO_M53 for i in range(0, len(w), 2)]

        def _put_pairs(self, out: Any, pairs: int) -> None:
            out.extend(self._halves(pairs))

    raws = uint64s

    def __repr__(self) -> str:
        return "PCG64()"
