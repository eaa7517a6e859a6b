"""PCG64DXSM (PCG CM DXSM 128/64), as numpy 2.4 runs it (``_pcg64.pyx``, ``src/pcg64/``).

Like PCG64 it is a 128-bit LCG with an odd increment, but:

* the LCG multiplier is the 64-bit "cheap multiplier" ``0xda942042e4dd58b5``;
* the output is taken from the state *before* the step, not after;
* the output function is DXSM ("double xorshift multiply")::

      hi ^= hi >> 32;  hi *= 0xda942042e4dd58b5;  hi ^= hi >> 48;  hi *= lo | 1

  on the two 64-bit halves, all mod ``2**64``.

Seeding is PCG64's, default 128-bit multiplier included (numpy calls the same
``pcg64_set_seed``).  32-bit draws split a 64-bit output, low half first.
"""

from __future__ import annotations

import operator
import threading
from typing import Any, Dict, List

from ._base import BitGenerator
from .pcg64 import _JUMP_STEP, _MULT, _advance_lcg
from .seedsequence import SeedSequence, _words_from
from .sfc64 import buffered_uint32s, check_c_int, check_uint

__all__ = ["PCG64DXSM"]

_CHEAP = 0xDA942042E4DD58B5
_M128 = (1 << 128) - 1
_M64 = (1 << 64) - 1
_M32 = 0xFFFFFFFF
_TWO_M53 = 1.0 / 9007199254740992.0


class PCG64DXSM(BitGenerator):
    """PCG64DXSM(seed=None)

    BitGenerator for the PCG-64 DXSM pseudo-random number generator.

    Parameters
    ----------
    seed : {None, int, array_like[ints], SeedSequence}, optional
        Seed material, passed through `SeedSequence` unless it is one.  As for
        `PCG64`, ``generate_state(4, uint64)`` gives ``initstate`` and
        ``initseq``, and ``inc = 2 * initseq + 1``.

    Notes
    -----
    ``next_double`` is ``(next_uint64 >> 11) * 2**-53``.  `advance` jumps
    ahead any number of steps and clears the 32-bit buffer; `jumped` advances
    a copy by ``jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`` steps.
    """

    name = "PCG64DXSM"

    _state: int
    _inc: int
    _has_uint32: int
    _uinteger: int

    def _seed_from(self, seed_seq: Any) -> None:
        v = _words_from(seed_seq, 4, 64)
        initstate = (v[0] << 64) | v[1]
        initseq = (v[2] << 64) | v[3]
        # numpy seeds with pcg_setseq_128_srandom_r: PCG64's default multiplier, not the cheap one.
        inc = ((initseq << 1) | 1) & _M128
        self._state = (((inc + initstate) & _M128) * _MULT + inc) & _M128
        self._inc = inc
        self._has_uint32 = 0
        self._uinteger = 0

    # -- scalar primitives ------------------------------------------------------------
    def next_uint64(self) -> int:
        s = self._state
        self._state = (s * _CHEAP + self._inc) & _M128
        hi = s >> 64
        hi = ((hi ^ (hi >> 32)) * _CHEAP) & _M64
        return ((hi ^ (hi >> 48)) * ((s & _M64) | 1)) & _M64

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
    def uint64s(self, n: int) -> List[int]:
        s, inc = self._state, self._inc
        cheap, m128, m64 = _CHEAP, _M128, _M64
        out: List[int] = []
        append = out.append
        for _ in range(operator.index(n)):
            hi = s >> 64
            hi = ((hi ^ (hi >> 32)) * cheap) & m64
            append(((hi ^ (hi >> 48)) * ((s & m64) | 1)) & m64)
            s = (s * cheap + inc) & m128
        self._state = s
        return out

    raws = uint64s

    def doubles(self, n: int) -> List[float]:
        f = _TWO_M53
        return [(x >> 11) * f for x in self.uint64s(n)]

    def uint32s(self, n: int) -> List[int]:
        return buffered_uint32s(self, n, self.uint64s)

    # -- state ------------------------------------------------------------------------
    def _get_state(self) -> Dict[str, Any]:
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
        has_uint32 = check_c_int(value["has_uint32"], "has_uint32")
        uinteger = check_uint(value["uinteger"], 32, "uinteger")
        self._state, self._inc = state, inc
        self._has_uint32, self._uinteger = has_uint32, uinteger

    # -- advance / jump ----------------------------------------------------------------
    def advance(self, delta: int) -> PCG64DXSM:
        """Advance the state as if ``delta`` draws had occurred.

        Parameters
        ----------
        delta : int
            Number of LCG steps, taken modulo 2**128 (so negative values go back).

        Returns
        -------
        self : PCG64DXSM

        Notes
        -----
        Clears the buffered 32-bit half, as numpy does.
        """
        delta = delta & _M128  # numpy's wrap_int(delta, 128)
        with self.lock:
            self._state = _advance_lcg(self._state, delta, _CHEAP, self._inc)
            self._has_uint32 = 0
            self._uinteger = 0
        return self

    def jumped(self, jumps: int = 1) -> PCG64DXSM:
        """Return a new PCG64DXSM advanced ``jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`` steps.

        Parameters
        ----------
        jumps : int, optional

        Returns
        -------
        bit_generator : PCG64DXSM
            A new instance; like numpy's, its ``seed_seq`` is a fresh SeedSequence.
        """
        step = _JUMP_STEP * operator.index(jumps)
        new = type(self).__new__(type(self))
        new.lock = threading.RLock()
        new._seed_seq = SeedSequence()
        new._set_state(self._get_state())
        new.advance(step)
        return new

    def __repr__(self) -> str:
        return "PCG64DXSM()"
