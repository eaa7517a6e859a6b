"""SFC64, Chris Doty-Humphrey's Small Fast Chaotic generator, as numpy 2.4 runs it
(``_sfc64.pyx``, ``src/sfc64/``).

The state is four 64-bit words ``a, b, c, d``; ``d`` is a counter that goes up
by one per output, so every cycle is at least ``2**64`` long.  One step::

    out = a + b + d          (then d += 1)
    a   = b ^ (b >> 11)
    b   = c + (c << 3)
    c   = rotl(c, 24) + out

Seeding puts three SeedSequence words in ``a, b, c``, sets ``d = 1`` and
throws the first 12 outputs away.  32-bit draws split a 64-bit output, low
half first, buffering the high half (``has_uint32``/``uinteger``).  SFC64 has
no ``advance`` and no ``jumped``.
"""

from __future__ import annotations

import operator
from typing import Any, Dict, List

from ._base import Uint32Halves, check_c_int, check_uint
from .seedsequence import _words_from

__all__ = ["SFC64"]

_M64 = (1 << 64) - 1


class SFC64(Uint32Halves):
    """SFC64(seed=None)

    BitGenerator for Chris Doty-Humphrey's Small Fast Chaotic PRNG.

    Parameters
    ----------
    seed : {None, int, array_like[ints], SeedSequence}, optional
        Seed material, passed through `SeedSequence` unless it is one.  Three
        words of ``generate_state(3, uint64)`` start the state, the counter
        starts at 1, and 12 outputs are discarded.

    Notes
    -----
    ``next_double`` is ``(next_uint64 >> 11) * 2**-53``.  The state dict is
    ``{'state': {'state': [a, b, c, counter]}, 'has_uint32', 'uinteger'}``;
    pyprng reports the four words as a list where numpy gives a uint64 array.
    """

    name = "SFC64"

    _a: int
    _b: int
    _c: int
    _d: int
    _has_uint32: int
    _uinteger: int

    def _seed_from(self, seed_seq: Any) -> None:
        a, b, c = _words_from(seed_seq, 3, 64)
        self._a, self._b, self._c, self._d = a, b, c, 1
        self.uint64s(12)  # numpy's sfc64_set_seed mixes by discarding 12 outputs
        self._has_uint32 = 0
        self._uinteger = 0

    # -- scalar primitives ------------------------------------------------------------
    def next_uint64(self) -> int:
        b, c = self._b, self._c
        d = self._d
        out = (self._a + b + d) & _M64
        self._d = (d + 1) & _M64
        self._a = b ^ (b >> 11)
        self._b = (c + (c << 3)) & _M64
        self._c = (((c << 24) | (c >> 40)) + out) & _M64
        return out

    next_raw = next_uint64

    # -- bulk forms -------------------------------------------------------------------
    def uint64s(self, n: int) -> List[int]:
        a, b, c, d = self._a, self._b, self._c, self._d
        m64 = _M64
        out: List[int] = []
        append = out.append
        for _ in range(operator.index(n)):
            t = (a + b + d) & m64
            d += 1  # wraps only after 2**64 draws: masked once, below
            a = b ^ (b >> 11)
            b = (c + (c << 3)) & m64
            c = (((c << 24) | (c >> 40)) + t) & m64
            append(t)
        self._a, self._b, self._c, self._d = a, b, c, d & m64
        return out

    raws = uint64s

    # -- state ------------------------------------------------------------------------
    def _get_state(self) -> Dict[str, Any]:
        return {
            "bit_generator": type(self).__name__,
            "state": {"state": [self._a, self._b, self._c, self._d]},
            "has_uint32": self._has_uint32,
            "uinteger": self._uinteger,
        }

    def _set_state(self, value: Any) -> None:
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        if value.get("bit_generator", "") != type(self).__name__:
            # numpy's message lacks the f-prefix; kept verbatim.
            raise ValueError("state must be for a {self.__class__.__name__} RNG")
        words = value["state"]["state"]
        try:
            scalar = operator.index(words)
        except TypeError:
            scalar = None
        if scalar is not None:  # numpy assigns with broadcasting: one int fills all four
            vec = [check_uint(scalar, 64, "state")] * 4
        else:
            vec = [check_uint(w, 64, "state") for w in words]
            if len(vec) != 4:
                raise ValueError(
                    f"could not broadcast input array from shape ({len(vec)},) into shape (4,)"
                )
        has_uint32 = check_c_int(value["has_uint32"], "has_uint32")
        uinteger = check_uint(value["uinteger"], 32, "uinteger")
        self._a, self._b, self._c, self._d = vec
        self._has_uint32, self._uinteger = has_uint32, uinteger

    def __repr__(self) -> str:
        return "SFC64()"
