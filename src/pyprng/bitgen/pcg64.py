"""PCG64 (PCG XSL RR 128/64), as numpy 2.4 runs it (``_pcg64.pyx``, ``src/pcg64/``).

A 128-bit LCG ``s = s * MULT + inc (mod 2**128)``; each 64-bit output is the
*new* state folded and rotated: ``rotr64(hi ^ lo, s >> 122)``.  32-bit draws
split one 64-bit output, low half first, keeping the high half in
``uinteger`` (``has_uint32`` = 1).  Python ints do the 128-bit arithmetic.
"""

from __future__ import annotations

import operator
import threading
from typing import Any

from ._base import BitGenerator
from .seedsequence import SeedSequence, _words_from

__all__ = ["PCG64"]

_MULT = 0x2360ED051FC65DA44385DF649FCCF645
_M128 = (1 << 128) - 1
_M64 = (1 << 64) - 1
_M32 = 0xFFFFFFFF
_TWO_M53 = 1.0 / 9007199254740992.0
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


def _as_uint(value: Any, bits: int, what: str) -> int:
    v = operator.index(value)
    if v < 0 or v >> bits:
        raise OverflowError(f"{what} must be in [0, 2**{bits})")
    return v


class PCG64(BitGenerator):
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

    _state: int
    _inc: int
    _has_uint32: int
    _uinteger: int

    def _seed_from(self, seed_seq: Any) -> None:
        v = _words_from(seed_seq, 4, 64)
        initstate = (v[0] << 64) | v[1]
        initseq = (v[2] << 64) | v[3]
        # pcg_setseq_128_srandom_r: step from 0, add initstate, step again.
        inc = ((initseq << 1) | 1) & _M128
        s = inc  # 0 * MULT + inc
        s = (s + initstate) & _M128
        self._state = (s * _MULT + inc) & _M128
        self._inc = inc
        self._has_uint32 = 0
        self._uinteger = 0

    # -- scalar primitives ------------------------------------------------------------
    def next_uint64(self) -> int:
        s = (self._state * _MULT + self._inc) & _M128
        self._state = s
        x = ((s >> 64) ^ s) & _M64
        r = s >> 122
        return ((x >> r) | (x << (64 - r))) & _M64

    next_raw = next_uint64

    def next_uint32(self) -> int:
        if self._has_uint32:
            self._has_uint32 = 0
            return self._uinteger
        v = self.next_uint64()
        self._has_uint32 = 1
        self._uinteger = v >> 32
        return v & _M32

    def next_double(self) -> float:
        return (self.next_uint64() >> 11) * _TWO_M53

    # -- bulk forms -------------------------------------------------------------------
    def uint64s(self, n: int) -> list[int]:
        s, inc = self._state, self._inc
        mult, m128, m64 = _MULT, _M128, _M64
        out = []
        append = out.append
        for _ in range(operator.index(n)):
            s = (s * mult + inc) & m128
            x = ((s >> 64) ^ s) & m64
            r = s >> 122
            append(((x >> r) | (x << (64 - r))) & m64)
        self._state = s
        return out

    raws = uint64s

    def doubles(self, n: int) -> list[float]:
        return [(x >> 11) * _TWO_M53 for x in self.uint64s(n)]

    def uint32s(self, n: int) -> list[int]:
        n = operator.index(n)
        out: list[int] = []
        if n <= 0:
            return out
        if self._has_uint32:  # the buffered high half comes first
            self._has_uint32 = 0
            out.append(self._uinteger)
            n -= 1
        pairs, odd = divmod(n, 2)
        words = self.uint64s(pairs)
        for v in words:
            out.append(v & _M32)
            out.append(v >> 32)
        if words:  # as if each pair went through the buffer: numpy leaves uinteger stale
            self._uinteger = words[-1] >> 32
        if odd:
            out.append(self.next_uint32())
        return out

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
        state = _as_uint(value["state"]["state"], 128, "state")
        inc = _as_uint(value["state"]["inc"], 128, "inc")
        has_uint32 = operator.index(value["has_uint32"])  # a C int, stored as given
        if not -(2**31) <= has_uint32 < 2**31:
            raise OverflowError("has_uint32 must fit in a C int")
        uinteger = _as_uint(value["uinteger"], 32, "uinteger")
        self._state, self._inc = state, inc
        self._has_uint32, self._uinteger = has_uint32, uinteger

    # -- advance / jump ----------------------------------------------------------------
    def advance(self, delta: int) -> PCG64:
        """Advance the state as if ``delta`` draws had occurred.

        Parameters
        ----------
        delta : int
            Number of LCG steps, taken modulo 2**128 (so negative values go back).

        Returns
        -------
        self : PCG64

        Notes
        -----
        Clears the buffered 32-bit half, as numpy does.
        """
        delta = delta & _M128  # numpy's wrap_int(delta, 128)
        with self.lock:
            self._state = _advance_lcg(self._state, delta, _MULT, self._inc)
            self._has_uint32 = 0
            self._uinteger = 0
        return self

    def jumped(self, jumps: int = 1) -> PCG64:
        """Return a new PCG64 advanced ``jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`` steps.

        Parameters
        ----------
        jumps : int, optional

        Returns
        -------
        bit_generator : PCG64
            A new instance; like numpy's, its ``seed_seq`` is a fresh SeedSequence.
        """
        new = type(self).__new__(type(self))
        new.lock = threading.RLock()
        new._seed_seq = SeedSequence()
        new._set_state(self._get_state())
        new.advance(_JUMP_STEP * int(jumps))
        return new

    def __repr__(self) -> str:
        return "PCG64()"
