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
from typing import List

from .pcg64 import _PCG128

__all__ = ["PCG64DXSM"]

_CHEAP = 0xDA942042E4DD58B5
_M128 = (1 << 128) - 1
_M64 = (1 << 64) - 1


class PCG64DXSM(_PCG128):
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

    _advance_mult = _CHEAP  # the cheap multiplier steps the LCG; seeding uses PCG64's

    # -- scalar primitives ------------------------------------------------------------
    def next_uint64(self) -> int:
        s = self._state
        self._state = (s * _CHEAP + self._inc) & _M128
        hi = s >> 64
        hi = ((hi ^ (hi >> 32)) * _CHEAP) & _M64
        return ((hi ^ (hi >> 48)) * ((s & _M64) | 1)) & _M64

    next_raw = next_uint64

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

    def __repr__(self) -> str:
        return "PCG64DXSM()"
