"""MT19937, the Mersenne Twister, as numpy 2.4 runs it (``_mt19937.pyx``, ``src/mt19937/``).

State: 624 untempered 32-bit words ``key`` and a read position ``pos``.  Output
word = tempered ``key[pos]``; when ``pos`` reaches 624 the whole block is
twisted in place.  Seen as one sequence ``x_0, x_1, ...`` (the block being
``x_0 .. x_623``), the twist is the linear recurrence

    x[k + 624] = x[k + 397] ^ ((upper(x[k]) | lower31(x[k + 1])) >> 1)
                 ^ (0x9908B0DF if x[k + 1] is odd else 0)

Every new word depends only on words at least 227 (= 624 - 397) places back,
so 227 words can be computed at once.  On CPython that is done "SIMD within a
register": 227 words are packed into one Python int (32-bit lanes) and twisted
and tempered with a dozen big-int operations, with masks that keep bits inside
their lane.  On PyPy a plain loop is faster (the JIT compiles it) and is used
instead.  Both give identical words; the scalar primitives read from a
pre-tempered copy of the current block.

CPython's standard library has this very engine in C: ``random.Random`` is
Matsumoto and Nishimura's reference ``mt19937ar.c`` (same twist, same
tempering, same ``genrand_res53`` double as numpy's legacy ``random_sample``),
and its ``getstate``/``setstate`` expose the 624 words and the read position.
So on CPython an engine keeps its state in a ``random.Random`` (the "stdlib"
core) and draws words with ``getrandbits(32 * n)``, whose little-endian 32-bit
lanes are the next ``n`` outputs in order, and doubles with ``random()``.  The
pure-Python twist above (the "python" core) is what PyPy runs; on CPython the
environment variable ``PYPRNG_MT19937_CORE=python`` selects it, and the tests
run both cores against numpy.
"""

from __future__ import annotations

import functools
import operator
import os
import platform
import random
import sys
import threading
from array import array
from itertools import repeat, starmap
from typing import Any, Callable, Sequence

from ._base import (
    BitGenerator,
    doubles_from_m53,
    floats_from_m24,
    shift_out_low_bytes,
    subnormals_from_m53,
    subnormals_honoured,
)
from .seedsequence import SeedSequence, _numpy, _words_from

__all__ = ["MT19937"]

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_M32 = 0xFFFFFFFF
_TWO_M53 = 1.0 / 9007199254740992.0
_TWO_M24 = 1.0 / 16777216.0

_IS_PYPY = platform.python_implementation() == "PyPy"
_BIG_ENDIAN = sys.byteorder == "big"

#: Where engines installed from now on keep their state: "stdlib" (a
#: ``random.Random``, CPython only) or "python" (pyprng's own twist).  PyPy
#: always uses "python": its JIT runs the plain loop faster than its ``random``.
_CORE = (
    "python"
    if _IS_PYPY or os.environ.get("PYPRNG_MT19937_CORE", "").lower() == "python"
    else "stdlib"
)


def _typecode(size: int) -> str:
    for code in ("I", "L", "Q"):
        if array(code).itemsize == size:
            return code
    raise ImportError(f"no {size}-byte unsigned array type")  # pragma: no cover


_U32 = _typecode(4)
_U64 = "Q"


# --------------------------------------------------------------------------------------
# seeding (mt19937.c): Knuth's multiplicative init and Matsumoto's init_by_array
# --------------------------------------------------------------------------------------
def _init_genrand(seed: int) -> list[int]:
    """``init_genrand``/``mt19937_seed``: key from a single 32-bit seed."""
    key = [seed & _M32]
    prev = key[0]
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _M32
        key.append(prev)
    return key


def _init_by_array(init_key: list[int]) -> list[int]:
    """``mt19937_init_by_array``: key from a list of 32-bit words (any length >= 1)."""
    mt = _init_genrand(19650218)
    n = len(init_key)
    i, j = 1, 0
    for _ in range(max(_N, n)):
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + init_key[j] + j) & _M32
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= n:
            j = 0
    for _ in range(_N - 1):
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _M32
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = 0x80000000  # MSB set: the state can never be all zero
    return mt


# --------------------------------------------------------------------------------------
# packing helpers (32-bit lanes, lane 0 = first word, independent of host byte order)
# --------------------------------------------------------------------------------------
def _words_to_le_bytes(words: Any) -> bytes:
    a = array(_U32, words)
    if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
        a.byteswap()
    return a.tobytes()


def _le_bytes_to_array(data: bytes, code: str = _U32) -> array:
    a = array(code)
    a.frombytes(data)
    if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
        a.byteswap()
    return a


def _lanes(word: int, count: int, width: int = 4) -> int:
    """``word`` repeated in ``count`` lanes of ``width`` bytes."""
    return int.from_bytes(word.to_bytes(width, "little") * count, "little")


_CHUNK = _N - _M  # 227 words can be twisted in one step


class _Masks:
    """Lane masks for a chunk of ``c`` words (twist and tempering)."""

    __slots__ = ("full", "lower_even", "one", "t7", "t11", "t15", "t18", "upper")

    def __init__(self, c: int) -> None:
        self.upper = _lanes(_UPPER, c)
        self.lower_even = _lanes(_LOWER & ~1, c)  # bit 0 handled by the MATRIX_A term
        self.one = _lanes(1, c)
        self.full = (1 << (32 * c)) - 1
        self.t11 = _lanes(_M32 >> 11, c)
        self.t7 = _lanes(0x9D2C5680, c)  # low 7 bits are zero: no leak from lane below
        self.t15 = _lanes(0xEFC60000, c)  # low 15 bits are zero
        self.t18 = _lanes(_M32 >> 18, c)


_MASKS: dict[int, _Masks] = {}


def _masks(c: int) -> _Masks:
    m = _MASKS.get(c)
    if m is None:
        m = _MASKS[c] = _Masks(c)
    return m


def _swar_chunks(key: bytes, n: int) -> list[tuple[int, int]]:
    """The next ``n`` untempered words after the block ``key`` (little-endian
    bytes) as packed ``(int, lanes)`` chunks."""
    k = int.from_bytes(key, "little")
    # Three 227-word windows of the sequence ending at the current word; the
    # oldest is padded with 57 zero lanes in front (227 * 3 - 624 = 57) which
    # are shifted out before use.
    p3 = (k & ((1 << (32 * 170)) - 1)) << (32 * 57)
    p2 = (k >> (32 * 170)) & ((1 << (32 * _CHUNK)) - 1)
    p1 = k >> (32 * (170 + _CHUNK))
    chunks = []
    mk = _masks(_CHUNK)
    upper, lower_even, one = mk.upper, mk.lower_even, mk.one
    done = 0
    while done < n:
        c = min(_CHUNK, n - done)
        if c != _CHUNK:
            mk = _masks(c)
            upper, lower_even, one = mk.upper, mk.lower_even, mk.one
        # w: words t-624 .. t-228; lane j of w is x[k], lane j of wb is x[k + 1].
        w = (p3 >> (32 * 57)) | (p2 << (32 * 170))
        wb = w >> 32
        new = p1 ^ (((w & upper) | (wb & lower_even)) >> 1) ^ ((wb & one) * _MATRIX_A)
        if c != _CHUNK:
            new &= mk.full
        chunks.append((new, c))
        p3, p2, p1 = p2, p1, new
        done += c
    return chunks


def _swar_temper(v: int, mk: _Masks) -> int:
    v ^= (v >> 11) & mk.t11
    v ^= (v << 7) & mk.t7
    v ^= (v << 15) & mk.t15
    return v ^ ((v >> 18) & mk.t18)


def _temper(y: int) -> int:
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C5680
    y ^= (y << 15) & 0xEFC60000
    return y ^ (y >> 18)


def _loop_words(key: list[int], n: int) -> list[int]:
    """The textbook recurrence, one word at a time (PyPy's JIT likes this)."""
    x = list(key)
    append = x.append
    for t in range(_N, _N + n):
        y = (x[t - _N] & _UPPER) | (x[t - _N + 1] & _LOWER)
        append(x[t - _CHUNK] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0))
    return x[_N:]


def _raw_words(key: list[int], n: int) -> list[int]:
    """The next ``n`` untempered sequence words after the block ``key``."""
    if _IS_PYPY:
        return _loop_words(key, n)
    chunks = _swar_chunks(_words_to_le_bytes(key), n)
    data = b"".join(v.to_bytes(4 * c, "little") for v, c in chunks)
    return _le_bytes_to_array(data).tolist()


def _advance_blocks_list(
    key: list[int], n_blocks: int, head: Sequence[int] = ()
) -> tuple[list[int], list[int]]:
    """Twist ``n_blocks`` blocks of the list ``key``: all new words tempered (after
    the words of ``head``, in one list), and the new block.

    The textbook in-place twist and tempering loop, which PyPy's JIT compiles
    to tight machine code (no big ints, no arrays).
    """
    mt = list(key)
    # one list at full size, filled by index: appending costs PyPy ~2x at 2e5 words
    out = list(head) + [0] * (_N * n_blocks)
    o = len(head)
    for _ in range(n_blocks):
        for i in range(_CHUNK):
            y = (mt[i] & 0x80000000) | (mt[i + 1] & 0x7FFFFFFF)
            mt[i] = mt[i + _M] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        for i in range(_CHUNK, _N - 1):
            y = (mt[i] & 0x80000000) | (mt[i + 1] & 0x7FFFFFFF)
            mt[i] = mt[i - _CHUNK] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7FFFFFFF)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        for y in mt:
            y ^= y >> 11
            y ^= (y << 7) & 0x9D2C5680
            y ^= (y << 15) & 0xEFC60000
            out[o] = y ^ (y >> 18)
            o += 1
    return out, mt


def _advance_blocks_bytes(key: bytes, n_blocks: int) -> tuple[bytes, bytes]:
    """Twist ``n_blocks`` blocks of the little-endian ``key``: all new words
    tempered, and the new block, both as little-endian bytes (SWAR)."""
    chunks = _swar_chunks(key, _N * n_blocks)
    tempered = b"".join(_swar_temper(v, _masks(c)).to_bytes(4 * c, "little") for v, c in chunks)
    tail: list[bytes] = []
    got = 0
    for v, c in reversed(chunks):  # the last block lies in the last 3 or 4 chunks
        tail.append(v.to_bytes(4 * c, "little"))
        got += c
        if got >= _N:
            break
    return tempered, b"".join(reversed(tail))[-4 * _N :]


# The engine keeps its untempered block in whichever form its twist wants:
# little-endian bytes on CPython (no 624 int objects per block), a list on PyPy.
# ``_advance_blocks`` gives the tempered words of the next blocks in the same
# form (bytes on CPython, a list on PyPy): bulk draws convert once, at the end.
_advance_blocks: Callable[[Any, int], tuple[Any, Any]]
if _IS_PYPY:

    def _pack_key(key: list[int]) -> Any:
        return list(key)

    def _unpack_key(packed: Any) -> list[int]:
        return list(packed)

    _advance_blocks = _advance_blocks_list

    def _temper_block(packed: Any) -> list[int]:
        return [_temper(y) for y in packed]

else:

    def _pack_key(key: list[int]) -> Any:
        return _words_to_le_bytes(key)

    def _unpack_key(packed: Any) -> list[int]:
        return _le_bytes_to_array(packed).tolist()

    _advance_blocks = _advance_blocks_bytes

    def _temper_block(packed: Any) -> list[int]:
        v = _swar_temper(int.from_bytes(packed, "little"), _masks(_N))
        return _le_bytes_to_array(v.to_bytes(4 * _N, "little")).tolist()


if _IS_PYPY:

    def _as_list(words: Any) -> list[int]:
        return words if type(words) is list else list(words)

else:

    def _as_list(words: Any) -> list[int]:
        return _le_bytes_to_array(words).tolist()


_STDLIB_SCALARS = ("next_uint32", "next_raw", "next_uint64", "next_double")
_Random = random.Random  # taken at import: later monkeypatching of random does not reach us
_STDLIB_VERDICT: list[bool] = []  # filled once by _stdlib_agrees


def _stdlib_agrees() -> bool:
    """Whether this interpreter's ``random.Random`` is the engine pyprng relies on:
    the state layout, the order of ``getrandbits(32 n)``'s words and ``random()``'s
    double, checked once against pyprng's own twist (the python core is used if not)."""
    if not _STDLIB_VERDICT:
        key = _init_genrand(5489)
        new = _raw_words(key, _N)  # the next block
        want = [_temper(y) for y in key[620:] + new[:5]]  # 4 old words, then 5 new
        try:
            rnd = _Random(0)
            rnd.setstate((3, (*key, 620), None))
            lanes = rnd.getrandbits(32 * 8).to_bytes(32, "little")
            got = list(_le_bytes_to_array(lanes))
            got.append(rnd.getrandbits(32))
            a, b = _temper(new[5]) >> 5, _temper(new[6]) >> 6
            ok = (
                got == want
                and rnd.random() == (a * 67108864.0 + b) / 9007199254740992.0
                and rnd.getstate()[1] == (*new, 7)
            )
        except Exception:  # pragma: no cover - a random module unlike CPython's
            ok = False
        _STDLIB_VERDICT.append(ok)
    return _STDLIB_VERDICT[0]


def _uint64_from(word: Callable[[], int]) -> Callable[[], int]:
    """``next_uint64`` over the 32-bit draw ``word``: ``(a << 32) | b``, ``a`` first."""

    def next_uint64() -> int:
        return (word() << 32) | word()

    return next_uint64


_PAIRS = 4096  # 64-bit lanes per block in MT19937.doubles
_DOUBLE_MASKS: list[int] = []


def _double_masks() -> list[int]:
    if not _DOUBLE_MASKS:
        _DOUBLE_MASKS[:] = [_lanes(0xFFFFFFE0, _PAIRS, 8), _lanes((1 << 26) - 1, _PAIRS, 8)]
    return _DOUBLE_MASKS


# --------------------------------------------------------------------------------------
# legacy seed coercion (numpy: np.asarray(seed).astype(np.int64, casting='safe'))
# --------------------------------------------------------------------------------------
def _legacy_seed_words(seed: Any) -> list[int]:
    """The int64-array path of ``_legacy_seeding``, with numpy's checks and errors."""
    np = _numpy()
    if np is not None and isinstance(seed, (np.ndarray, np.generic)):
        arr = np.asarray(seed)
        if arr.size == 0:
            raise ValueError("Seed must be non-empty")
        kind = arr.dtype.kind
        if not (kind in "bi" or (kind == "u" and arr.dtype.itemsize < 8)):
            raise TypeError(
                f"Cannot cast array data from {arr.dtype!r} to dtype('int64') "
                "according to the rule 'safe'"
            )
        if arr.ndim != 1:
            raise ValueError("Seed array must be 1-d")
        flat = [int(v) for v in arr.tolist()]
    else:
        flat, ndim = _flatten(seed)
        if not flat:
            raise ValueError("Seed must be non-empty")
        ints = []
        for v in flat:
            if (
                isinstance(v, bool)
                or (np is not None and isinstance(v, np.bool_))
                or isinstance(v, int)
                or (np is not None and isinstance(v, np.integer))
            ):
                ints.append(int(v))
            else:
                raise TypeError(
                    "Cannot cast array data to dtype('int64') according to the rule 'safe'"
                )
        if any(v > 0x7FFFFFFFFFFFFFFF or v < -0x8000000000000000 for v in ints):
            # numpy would make a uint64, object or float64 array: not safely castable
            raise TypeError("Cannot cast array data to dtype('int64') according to the rule 'safe'")
        if ndim != 1:
            raise ValueError("Seed array must be 1-d")
        flat = ints
    if any(v > _M32 or v < 0 for v in flat):
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    return flat


def _flatten(x: Any) -> tuple[list[Any], int]:
    """Elements and number of dimensions of a nested list/tuple/range, as np.asarray sees it."""
    if not isinstance(x, (list, tuple, range)):
        return [x], 0
    if len(x) == 0:
        return [], 1
    parts = [_flatten(v) for v in x]
    dims = {d for _, d in parts}
    lens = {len(p) for p, d in parts}
    if len(dims) != 1 or (dims != {0} and len(lens) != 1):
        raise ValueError(
            "setting an array element with a sequence. The requested array has an "
            "inhomogeneous shape"
        )
    return [v for p, _ in parts for v in p], dims.pop() + 1


# --------------------------------------------------------------------------------------
# the engine
# --------------------------------------------------------------------------------------
class MT19937(BitGenerator):
    """MT19937(seed=None)

    Container for the Mersenne Twister pseudo-random number generator.

    Parameters
    ----------
    seed : {None, int, array_like[ints], SeedSequence}, optional
        Seed material, passed through `SeedSequence` unless it is one.  The
        key is ``generate_state(624, uint32)`` with ``key[0] = 0x80000000``, and
        reading starts at ``pos = 623`` (numpy's loop leaves it there).

    Notes
    -----
    ``next_uint32`` is one tempered word, ``next_uint64`` is ``(a << 32) | b``,
    ``next_double`` is ``((a >> 5) * 2**26 + (b >> 6)) / 2**53``.  `jumped`
    advances ``2**128`` steps per jump.  `_legacy_seeding` is RandomState's
    seeding (``init_genrand`` / ``init_by_array``).
    """

    name = "MT19937"

    # The "python" core: the untempered block packed by _pack_key, the same block
    # tempered (what next_uint32 returns) and the read position.
    _key: Any
    _out: list[int]
    _pos: int
    # The "stdlib" core: a random.Random holding key and pos (None in the python core).
    _rnd: Any = None

    def _seed_from(self, seed_seq: Any) -> None:
        val = _words_from(seed_seq, _N, 32)
        self._install([0x80000000] + val[1:], _N - 1)

    def _install(self, key: list[int], pos: int) -> None:
        """Make ``key`` (624 untempered words) and ``pos`` the state, in the core
        ``_CORE`` names."""
        scalars = vars(self)
        if _CORE == "stdlib" and not _IS_PYPY and _stdlib_agrees():
            rnd = self._rnd or _Random(0)
            rnd.setstate((3, (*key, pos), None))  # version 3: CPython's layout since 3.2
            self._rnd = rnd
            # The scalar primitives go straight to C: instance attributes shadow
            # the class's methods (unless a subclass overrides them).
            word = functools.partial(rnd.getrandbits, 32)
            fast = {
                "next_uint32": word,
                "next_raw": word,
                "next_uint64": _uint64_from(word),
                "next_double": rnd.random,  # genrand_res53: numpy's next_double exactly
            }
            cls = type(self)
            scalars.update(
                (name, f)
                for name, f in fast.items()
                if getattr(cls, name) is getattr(MT19937, name)
            )
            self._scalars_in_c = all(name in scalars for name in fast)
            return
        self._rnd = None
        self._scalars_in_c = False
        for name in _STDLIB_SCALARS:
            scalars.pop(name, None)
        self._key = _pack_key(key)
        self._out = _temper_block(self._key)
        self._pos = pos

    def _key_pos(self) -> tuple[list[int], int]:
        """The state as (624 untempered words, read position), from either core."""
        rnd = self._rnd
        if rnd is not None:
            words = rnd.getstate()[1]
            return list(words[:_N]), words[_N]
        return _unpack_key(self._key), self._pos

    # -- RandomState seeding ---------------------------------------------------------
    def _legacy_seeding(self, seed: Any) -> None:
        """Seed the way ``RandomState.seed`` does (numpy's ``_legacy_seeding``).

        Parameters
        ----------
        seed : {None, int, array_like}
            ``None``: fresh OS entropy through a SeedSequence (``pos`` is left as
            it is, as in numpy).  An integer in ``[0, 2**32)``: ``init_genrand``.
            Anything else: a 1-d array of integers in ``[0, 2**32)`` for
            ``init_by_array``.

        Raises
        ------
        ValueError
            Out-of-range values, empty or non-1-d arrays.
        TypeError
            Values that are not integers (floats, strings, ...).
        """
        with self.lock:
            if seed is None:
                val = SeedSequence().generate_state_list(_N, 32)
                self._install([0x80000000] + val[1:], self._key_pos()[1])
            else:
                try:
                    if hasattr(seed, "squeeze"):
                        seed = seed.squeeze()
                    idx = operator.index(seed)
                    if idx > _M32 or idx < 0:
                        raise ValueError("Seed must be between 0 and 2**32 - 1")
                    self._install(_init_genrand(idx), _N)
                except TypeError:
                    self._install(_init_by_array(_legacy_seed_words(seed)), _N)
        self._seed_seq = None

    # -- scalar primitives ------------------------------------------------------------
    def _refill(self) -> None:
        tempered, self._key = _advance_blocks(self._key, 1)
        self._out = _as_list(tempered)
        self._pos = 0

    def next_uint32(self) -> int:
        if self._rnd is not None:
            return self._rnd.getrandbits(32)
        pos = self._pos
        if pos >= _N:
            self._refill()
            pos = 0
        self._pos = pos + 1
        return self._out[pos]

    next_raw = next_uint32

    def next_uint64(self) -> int:
        if self._rnd is not None:
            return (self._rnd.getrandbits(32) << 32) | self._rnd.getrandbits(32)
        pos = self._pos
        if pos < _N - 1:  # both words in the current block: skip two calls
            self._pos = pos + 2
            out = self._out
            return (out[pos] << 32) | out[pos + 1]
        return (self.next_uint32() << 32) | self.next_uint32()

    def next_double(self) -> float:
        if self._rnd is not None:
            return self._rnd.random()
        pos = self._pos
        if pos < _N - 1:
            self._pos = pos + 2
            out = self._out
            return ((out[pos] >> 5) * 67108864.0 + (out[pos + 1] >> 6)) / 9007199254740992.0
        a = self.next_uint32() >> 5
        b = self.next_uint32() >> 6
        return (a * 67108864.0 + b) / 9007199254740992.0

    # -- bulk forms -----------------------------------------------------------------
    def _draw(self, n: int) -> Any:
        """The next ``n`` tempered words, advancing the state: an ``array`` on
        CPython, a list on PyPy."""
        n = operator.index(n)
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
        rnd = self._rnd
        if rnd is not None:  # the stdlib core: lane i of getrandbits(32 n) is word i
            return _le_bytes_to_array(rnd.getrandbits(32 * n).to_bytes(4 * n, "little"))
        pos = self._pos
        take = min(n, _N - pos) if pos < _N else 0
        head: Any
        if _IS_PYPY:
            head = self._out[pos : pos + take]
        else:
            head = array(_U32, self._out[pos : pos + take])
        rest = n - take
        if rest == 0:
            self._pos = pos + take
            return head
        n_blocks = -(-rest // _N)
        self._pos = rest - _N * (n_blocks - 1)
        if _IS_PYPY:  # the new words straight after the head, in one list
            words, self._key = _advance_blocks_list(self._key, n_blocks, head)
            self._out = words[-_N:]
            del words[take + rest :]
            return words
        tempered, self._key = _advance_blocks_bytes(self._key, n_blocks)
        # Appending straight from a view of the bytes: every extra full-size
        # temporary costs page faults (measured ~10 ns per word at 2e5 words).
        self._out = _as_list(tempered[-4 * _N :])
        if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
            head.extend(_le_bytes_to_array(tempered[: 4 * rest]))
        else:
            head.frombytes(memoryview(tempered)[: 4 * rest])
        return head

    def uint32s(self, n: int) -> list[int]:
        return self._draw(n) if _IS_PYPY else self._draw(n).tolist()

    raws = uint32s

    if _IS_PYPY:

        def floats(self, n: int) -> list[float]:
            return [(x >> 8) * _TWO_M24 for x in self._draw(n)]

        def uint64s(self, n: int) -> list[int]:
            w = self._draw(2 * n)
            return [(w[i] << 32) | w[i + 1] for i in range(0, 2 * n, 2)]

        def uint64_halves(self, n: int) -> list[int]:
            w = self._draw(2 * n)  # word i is (w[2i] << 32) | w[2i + 1]: swap each pair
            out = list(w)
            out[0::2] = w[1::2]
            out[1::2] = w[0::2]
            return out

        def doubles(self, n: int) -> list[float]:
            w = self._draw(2 * n)
            return [
                ((w[i] >> 5) * 67108864.0 + (w[i + 1] >> 6)) * _TWO_M53 for i in range(0, 2 * n, 2)
            ]

    else:

        def floats(self, n: int) -> list[float]:
            words = self._draw(n)
            if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
                return [(x >> 8) * _TWO_M24 for x in words]
            return floats_from_m24(shift_out_low_bytes(words))

        def uint64s(self, n: int) -> list[int]:
            if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
                w = self._draw(2 * n)
                return [(w[i] << 32) | w[i + 1] for i in range(0, 2 * n, 2)]
            return self.uint64_array(n).tolist()

        def uint64_array(self, n: int) -> array:
            if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
                return array(_U64, self.uint64s(n))
            # Swap the words of each pair: then the native 64-bit lanes are (a << 32) | b.
            w = self._draw(2 * operator.index(n))
            swapped = array(_U32, w)
            swapped[0::2] = w[1::2]
            swapped[1::2] = w[0::2]
            return array(_U64, swapped.tobytes())

        def uint32_array(self, n: int) -> array:
            return self._draw(n)

        def doubles(self, n: int) -> list[float]:
            rnd = self._rnd
            if rnd is not None:  # random() is numpy's next_double, two words each
                n = operator.index(n)
                if n < 0:
                    raise ValueError("negative dimensions are not allowed")
                return list(starmap(rnd.random, repeat((), n)))
            if _BIG_ENDIAN:  # pragma: no cover - big-endian hosts
                w = self._draw(2 * n)
                return [
                    ((w[i] >> 5) * 67108864.0 + (w[i + 1] >> 6)) * _TWO_M53
                    for i in range(0, 2 * n, 2)
                ]
            return doubles_from_m53(self._m53(n))

        def doubles_as_subnormals(self, n: int) -> Any:
            if self._rnd is not None:  # C's random() makes the floats faster (36 vs 45 ns)
                return None
            if _BIG_ENDIAN or not subnormals_honoured():  # pragma: no cover
                return None
            return subnormals_from_m53(self._m53(n))

        def _m53(self, n: int) -> array:
            """The 53-bit integers of the next ``n`` doubles, as 64-bit lanes."""
            w = self._draw(2 * n)
            # Per 64-bit lane (a low, b high) form the 53-bit integer (a>>5)<<26 | b>>6;
            # times 2**-53 that is exactly numpy's (a*2**26 + b) / 2**53.  Done in
            # blocks of _PAIRS lanes with cached masks (and big ints that stay in cache).
            data = memoryview(w).cast("B")
            hi, lo26 = _double_masks()
            ints = array(_U64)
            step = 8 * _PAIRS
            for off in range(0, 8 * n, step):
                chunk = data[off : off + step]  # the last one may be short
                lanes = int.from_bytes(chunk, "little")
                v = ((lanes & hi) << 21) | ((lanes >> 38) & lo26)  # stays inside each lane
                ints.frombytes(v.to_bytes(len(chunk), "little"))
            return ints

    # -- state ------------------------------------------------------------------------
    def _get_state(self) -> dict[str, Any]:
        key, pos = self._key_pos()
        return {"bit_generator": type(self).__name__, "state": {"key": key, "pos": pos}}

    def _set_state(self, value: Any) -> None:
        if isinstance(value, tuple):
            if value[0] != "MT19937" or len(value) not in (3, 5):
                raise ValueError("state is not a legacy MT19937 state")
            value = {"bit_generator": "MT19937", "state": {"key": value[1], "pos": value[2]}}
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        if value.get("bit_generator", "") != type(self).__name__:
            raise ValueError(f"state must be for a {type(self).__name__} PRNG")
        key_in = value["state"]["key"]
        key = []
        for i in range(_N):
            k = operator.index(key_in[i])  # IndexError if short, TypeError for floats
            if k < 0 or k > _M32:
                raise OverflowError("key values must fit in uint32")
            key.append(k)
        pos = operator.index(value["state"]["pos"])
        if not 0 <= pos <= _N:
            # numpy stores any C int and then reads outside the key; refuse instead.
            raise ValueError("pos must be between 0 and 624")
        self._install(key, pos)

    # -- jumping ----------------------------------------------------------------------
    def jumped(self, jumps: int = 1) -> MT19937:
        """Return a new MT19937 jumped ``2**(128 * jumps)`` steps ahead.

        Parameters
        ----------
        jumps : int, optional
            Number of jumps (numpy treats values <= 0 as no jump).

        Returns
        -------
        bit_generator : MT19937
            A new instance; like numpy's, its ``seed_seq`` is a fresh SeedSequence.

        Notes
        -----
        numpy applies the precomputed polynomial ``x**(2**128) mod phi(x)`` with
        Horner's rule (Haramoto et al. 2008); see :mod:`._mt19937_jump`.
        """
        from ._mt19937_jump import JUMP_POLY, jump_state

        jumps = operator.index(jumps)
        with self.lock:
            key, pos = self._key_pos()
        for _ in range(jumps):
            key, pos = jump_state(key, pos, JUMP_POLY)
        new = type(self).__new__(type(self))
        new.lock = threading.RLock()
        new._seed_seq = SeedSequence()
        new._install(key, pos)
        return new

    def __repr__(self) -> str:
        return "MT19937()"
