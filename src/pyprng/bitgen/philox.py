"""Philox 4x64-10, as numpy 2.4 runs it (``_philox.pyx``, ``src/philox/``).

A counter-based generator (Salmon et al., "Parallel Random Numbers: As Easy as
1, 2, 3", SC11): the output block for a 256-bit counter ``(c0, c1, c2, c3)`` and
a 128-bit key ``(k0, k1)`` is ten rounds of::

    hi0:lo0 = 0xD2E7470EE14C6C93 * c0        (64 x 64 -> 128 bits)
    hi1:lo1 = 0xCA5A826395121157 * c2
    (c0, c1, c2, c3) = (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0)

with the key bumped by the Weyl constants ``(0x9E3779B97F4A7C15,
0xBB67AE8584CAA73B)`` between rounds.  numpy increments the counter (with carry
across its four words) *before* each block and hands out the block's four
words one at a time from ``buffer``; ``buffer_pos == 4`` means "empty".

Bulk draws run many blocks at once: a 64-bit word times a 64-bit constant
fits in a 128-bit lane, so one big-int multiply does the round's
multiplications for every block (see :func:`_blocks_swar`).  Short runs use
the plain per-block loop.
"""

from __future__ import annotations

import operator
import sys
import threading
from array import array
from typing import Any, Dict, List, Sequence, Tuple

from .._output import as_flat
from ._base import Uint32Halves, check_c_int, check_uint, check_words
from .seedsequence import SeedSequence, _words_from

__all__ = ["Philox"]

_M64 = (1 << 64) - 1
_M256 = (1 << 256) - 1
_MUL0 = 0xD2E7470EE14C6C93
_MUL1 = 0xCA5A826395121157
_BUMP0 = 0x9E3779B97F4A7C15
_BUMP1 = 0xBB67AE8584CAA73B
_ROUNDS = 10
_BUFFER_SIZE = 4
_SWAR = array("Q").itemsize == 8
# Below this many blocks the per-block loop is as fast (measured: CPython ~8, PyPy ~25).
_SWAR_MIN_BLOCKS = 8 if sys.implementation.name == "cpython" else 24


def _round_keys(k0: int, k1: int) -> Tuple[Tuple[int, int], ...]:
    """The key of each of the ten rounds (the first round uses the key itself)."""
    return tuple(((k0 + i * _BUMP0) & _M64, (k1 + i * _BUMP1) & _M64) for i in range(_ROUNDS))


def philox4x64(ctr: Sequence[int], key: Sequence[int], rounds: int = _ROUNDS) -> List[int]:
    """One Philox-4x64 block: ``rounds`` rounds on counter words ``ctr`` under ``key``.

    The textbook form (Random123's ``philox4x64_R``), kept for reference and tests.
    """
    c0, c1, c2, c3 = ctr
    k0, k1 = key
    for r in range(rounds):
        if r:
            k0 = (k0 + _BUMP0) & _M64
            k1 = (k1 + _BUMP1) & _M64
        p0 = _MUL0 * c0
        p1 = _MUL1 * c2
        c0, c1, c2, c3 = (p1 >> 64) ^ c1 ^ k0, p1 & _M64, (p0 >> 64) ^ c3 ^ k1, p0 & _M64
    return [c0, c1, c2, c3]


def _blocks_loop(ctr: List[int], rkeys: Tuple[Tuple[int, int], ...], n_blocks: int) -> List[int]:
    """Words of the next ``n_blocks`` blocks (counter incremented before each); updates ``ctr``."""
    c0, c1, c2, c3 = ctr
    m64, mul0, mul1 = _M64, _MUL0, _MUL1
    out: List[int] = []
    extend = out.extend
    for _ in range(n_blocks):
        c0 += 1
        if c0 > m64:  # carry into the higher words (rare)
            c0, c1, c2, c3 = _carry(c1, c2, c3)
        x0, x1, x2, x3 = c0, c1, c2, c3
        for k0, k1 in rkeys:
            p0 = mul0 * x0
            p1 = mul1 * x2
            x0, x1, x2, x3 = (p1 >> 64) ^ x1 ^ k0, p1 & m64, (p0 >> 64) ^ x3 ^ k1, p0 & m64
        extend((x0, x1, x2, x3))
    ctr[:] = [c0, c1, c2, c3]
    return out


def _carry(c1: int, c2: int, c3: int) -> Tuple[int, int, int, int]:
    """The counter after word 0 wrapped to zero: carry through words 1..3 (mod 2**256)."""
    c1 = (c1 + 1) & _M64
    if c1 == 0:
        c2 = (c2 + 1) & _M64
        if c2 == 0:
            c3 = (c3 + 1) & _M64
    return 0, c1, c2, c3


# -- bulk: all blocks at once, one 128-bit lane per block -------------------------
def _pack(words: List[int]) -> int:
    """Words as one int, 128-bit lanes, word i in lane i (the upper 64 bits of each lane zero)."""
    a = array("Q", bytes(16 * len(words)))
    a[::2] = array("Q", words)
    if sys.byteorder != "little":
        a.byteswap()
    return int.from_bytes(a.tobytes(), "little")


def _unpack(x: int, n: int) -> array:
    """The low 64 bits of each of ``n`` 128-bit lanes of ``x``."""
    a = array("Q", x.to_bytes(16 * n, "little"))
    if sys.byteorder != "little":
        a.byteswap()
    return a[::2]


def _blocks_swar(ctr: List[int], rkeys: Tuple[Tuple[int, int], ...], n_blocks: int) -> List[int]:
    """``_blocks_loop`` for many blocks: the same words, computed lane-parallel.

    In each 128-bit lane the product of a 64-bit word and a 64-bit multiplier
    fits exactly, so ``P = X * mul`` multiplies every block at once with no
    carry between lanes; ``P >> 64`` (masked) and ``P & lo`` are the hi and lo
    halves.  XOR never crosses lanes.  Keys are broadcast with ``ones * k``.
    """
    c0, c1, c2, c3 = ctr
    if c0 + n_blocks > _M64:  # the counter would carry inside the run: do it block by block
        return _blocks_loop(ctr, rkeys, n_blocks)
    n = n_blocks
    ones = int.from_bytes((b"\x01" + bytes(15)) * n, "little")
    lo = ones * _M64
    x0 = _pack(list(range(c0 + 1, c0 + n + 1)))
    x1, x2, x3 = ones * c1, ones * c2, ones * c3
    for k0, k1 in rkeys:
        p0 = x0 * _MUL0
        p1 = x2 * _MUL1
        x0, x1, x2, x3 = (
            ((p1 >> 64) & lo) ^ x1 ^ (ones * k0),
            p1 & lo,
            ((p0 >> 64) & lo) ^ x3 ^ (ones * k1),
            p0 & lo,
        )
    out = [0] * (4 * n)
    out[0::4] = _unpack(x0, n).tolist()
    out[1::4] = _unpack(x1, n).tolist()
    out[2::4] = _unpack(x2, n).tolist()
    out[3::4] = _unpack(x3, n).tolist()
    ctr[0] = c0 + n
    return out


def _int_to_words(value: Any, name: str, bits: int) -> List[int]:
    """numpy's ``int_to_array``: an int in [0, 2**bits) or ``bits // 64`` uint64 words.

    A scalar goes through ``int()`` (so floats truncate and strings parse) and
    is split into 64-bit words, least significant first; out of range raises
    ``ValueError``.  The array form is cast to uint64 as numpy's ``astype``
    casts it, after numpy's dtype discovery (``[5, 2**63]`` becomes two rounded
    floats; negative ints wrap), and must have exactly ``bits // 64`` elements.
    """
    n = bits // 64
    flat, shape = as_flat(value)
    if shape == ():
        v = int(flat[0])
        if v < 0 or v >> bits:
            raise ValueError(f"{name} must be positive and less than 2**{bits}.")
        return [(v >> (64 * i)) & _M64 for i in range(n)]
    if shape != (n,):
        raise ValueError(f"{name} must have {n} elements when using array form")
    return [_cast_uint64(v) for v in flat]


def _cast_uint64(v: Any) -> int:
    """One element of ``np.asarray(...).astype(np.uint64)``."""
    if isinstance(v, int) and not -(2**63) <= v <= _M64:
        raise OverflowError("Python int too large to convert to C long")
    return int(v) & _M64  # floats truncate toward zero, then wrap like a C cast on x86-64


class Philox(Uint32Halves):
    """Philox(seed=None, counter=None, key=None)

    Container for the Philox (4x64) pseudo-random number generator.

    Parameters
    ----------
    seed : {None, int, array_like[ints], SeedSequence}, optional
        Seed material, passed through `SeedSequence` unless it is one; the key
        is ``generate_state(2, uint64)``.
    counter : {None, int, array_like}, optional
        The counter: an int in [0, 2**256) or 4 uint64 words, least
        significant first.  Defaults to 0.
    key : {None, int, array_like}, optional
        The key, set directly: an int in [0, 2**128) or 2 uint64 words.
        ``seed`` and ``key`` cannot both be given; with ``key`` the
        generator has no ``seed_seq`` (so it cannot `spawn`).

    Notes
    -----
    ``next_double`` is ``(next_uint64 >> 11) * 2**-53``.  `advance` adds to the
    256-bit counter (each step is one block of four words); `jumped` advances
    a copy by ``jumps * 2**128``.  Both empty the buffers.  The state dict is
    numpy's; pyprng reports the ``counter``, ``key`` and ``buffer`` arrays as lists.
    """

    name = "Philox"

    _ctr: List[int]
    _key: Tuple[int, int]
    _rkeys: Tuple[Tuple[int, int], ...]
    _buffer: List[int]
    _buffer_pos: int
    _has_uint32: int
    _uinteger: int

    def __init__(self, seed: Any = None, counter: Any = None, key: Any = None) -> None:
        if seed is not None and key is not None:
            raise ValueError("seed and key cannot be both used")
        super().__init__(seed)
        if key is not None:
            k0, k1 = _int_to_words(key, "key", 128)
            self._set_key(k0, k1)
            self._seed_seq = None  # as numpy: the seed sequence does not describe this key
        self._ctr = _int_to_words(0 if counter is None else counter, "counter", 256)

    def _seed_from(self, seed_seq: Any) -> None:
        k0, k1 = _words_from(seed_seq, 2, 64)
        self._set_key(k0, k1)
        self._ctr = [0, 0, 0, 0]
        self._reset_buffers()

    def _set_key(self, k0: int, k1: int) -> None:
        self._key = (k0, k1)
        self._rkeys = _round_keys(k0, k1)

    def _reset_buffers(self) -> None:
        self._buffer = [0, 0, 0, 0]
        self._buffer_pos = _BUFFER_SIZE
        self._has_uint32 = 0
        self._uinteger = 0

    # -- scalar primitives ------------------------------------------------------------
    def next_uint64(self) -> int:
        pos = self._buffer_pos
        if pos < _BUFFER_SIZE:
            self._buffer_pos = pos + 1
            return self._buffer[pos]
        buf = _blocks_loop(self._ctr, self._rkeys, 1)
        self._buffer = buf
        self._buffer_pos = 1
        return buf[0]

    next_raw = next_uint64

    # -- bulk forms -------------------------------------------------------------------
    def uint64s(self, n: int) -> List[int]:
        n = operator.index(n)
        if n <= 0:
            return []
        pos = self._buffer_pos
        out: List[int] = []
        if pos < _BUFFER_SIZE:  # what is left of the current block comes first
            take = min(_BUFFER_SIZE - pos, n)
            out = self._buffer[pos : pos + take]
            self._buffer_pos = pos + take
            n -= take
            if not n:
                return out
        n_blocks = -(-n // _BUFFER_SIZE)
        if _SWAR and n_blocks >= _SWAR_MIN_BLOCKS:
            words = _blocks_swar(self._ctr, self._rkeys, n_blocks)
        else:
            words = _blocks_loop(self._ctr, self._rkeys, n_blocks)
        self._buffer = words[-_BUFFER_SIZE:]
        self._buffer_pos = n - _BUFFER_SIZE * (n_blocks - 1)
        if len(words) != n:
            del words[n:]
        if out:
            out.extend(words)
            return out
        return words

    raws = uint64s

    # -- state ------------------------------------------------------------------------
    def _get_state(self) -> Dict[str, Any]:
        return {
            "bit_generator": type(self).__name__,
            "state": {"counter": list(self._ctr), "key": list(self._key)},
            "buffer": list(self._buffer),
            "buffer_pos": self._buffer_pos,
            "has_uint32": self._has_uint32,
            "uinteger": self._uinteger,
        }

    def _set_state(self, value: Any) -> None:
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        if value.get("bit_generator", "") != type(self).__name__:
            raise ValueError(f"state must be for a {type(self).__name__} PRNG")
        inner = value["state"]
        ctr_in, key_in = inner["counter"], inner["key"]
        # numpy's order: counter[0], key[0], counter[1], key[1], counter[2], counter[3]
        ctr, key = [], []
        for i in range(4):
            ctr.append(check_uint(ctr_in[i], 64, "counter"))
            if i < 2:
                key.append(check_uint(key_in[i], 64, "key"))
        buffer = check_words(value["buffer"], _BUFFER_SIZE, "buffer")
        has_uint32 = check_c_int(value["has_uint32"], "has_uint32")
        uinteger = check_uint(value["uinteger"], 32, "uinteger")
        buffer_pos = check_c_int(value["buffer_pos"], "buffer_pos")
        if buffer_pos < 0:
            # numpy stores it and then reads before its buffer; refuse instead.
            raise ValueError("buffer_pos must not be negative")
        self._ctr = ctr
        self._set_key(key[0], key[1])
        self._buffer = buffer
        self._buffer_pos = buffer_pos
        self._has_uint32, self._uinteger = has_uint32, uinteger

    # -- advance / jump ----------------------------------------------------------------
    def advance(self, delta: int) -> Philox:
        """Advance the counter as if ``delta`` blocks (of four 64-bit words) had been drawn.

        Parameters
        ----------
        delta : int
            Added to the 256-bit counter, modulo 2**256 (negative values go back).

        Returns
        -------
        self : Philox

        Notes
        -----
        Empties the word buffer and the 32-bit buffer, as numpy does.
        """
        delta = delta & _M256  # numpy's wrap_int(delta, 256)
        with self.lock:
            c0, c1, c2, c3 = self._ctr
            c = (((((c3 << 64) | c2) << 64 | c1) << 64 | c0) + delta) & _M256
            self._ctr = [(c >> (64 * i)) & _M64 for i in range(4)]
            self._reset_buffers()
        return self

    def jumped(self, jumps: int = 1) -> Philox:
        """Return a new Philox advanced as if ``2**128 * jumps`` blocks had been drawn.

        Parameters
        ----------
        jumps : int, optional

        Returns
        -------
        bit_generator : Philox
            A new instance; like numpy's, its ``seed_seq`` is a fresh SeedSequence.
        """
        step = operator.index(jumps) << 128
        new = type(self).__new__(type(self))
        new.lock = threading.RLock()
        new._seed_seq = SeedSequence()
        new._set_state(self._get_state())
        new.advance(step)
        return new

    def __repr__(self) -> str:
        return "Philox()"
