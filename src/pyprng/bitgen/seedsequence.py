"""SeedSequence: numpy's entropy mixer, reimplemented bit for bit.

Mirrors ``numpy/random/bit_generator.pyx`` (numpy 2.4), which follows Melissa
O'Neill's ``seed_seq`` alternative (https://www.pcg-random.org/posts/
developing-a-seed_seq-alternative.html).  Everything is 32-bit unsigned
arithmetic, emulated here with ``& 0xFFFFFFFF``.

Entropy (ints of any size, nested sequences of ints or int-strings, numpy
integers and arrays) becomes a list of 32-bit words, lowest word first.  Those
words are hashed into a small pool (``pool_size`` words) by ``_mix_entropy``;
``generate_state`` then stretches the pool into as many output words as asked.
"""

from __future__ import annotations

import abc
import operator
import re
import sys
from collections.abc import Sequence
from itertools import cycle
from secrets import randbits
from typing import Any

__all__ = [
    "ISeedSequence",
    "ISpawnableSeedSequence",
    "SeedSequence",
    "SeedlessSeedSequence",
]

DEFAULT_POOL_SIZE = 4
_INIT_A = 0x43B0D7E5
_MULT_A = 0x931E8875
_INIT_B = 0x8B51F9DD
_MULT_B = 0x58F38DED
_MIX_MULT_L = 0xCA01F9DD
_MIX_MULT_R = 0x4973F715
_XSHIFT = 16  # half the word size
_M32 = 0xFFFFFFFF

_DECIMAL_RE = re.compile(r"[0-9]+")


def _numpy() -> Any:
    """numpy if already imported: a caller can only hand us numpy objects then."""
    return sys.modules.get("numpy")


# --------------------------------------------------------------------------------------
# entropy -> 32-bit words
# --------------------------------------------------------------------------------------
def _int_to_words(n: Any) -> list[int]:
    """A non-negative integer as little-endian 32-bit words (0 -> [0])."""
    if n < 0:
        raise ValueError("expected non-negative integer")
    n = int(n)
    if n == 0:
        return [0]
    words = []
    while n:
        words.append(n & _M32)
        n >>= 32
    return words


def _coerce_to_words(x: Any) -> list[int]:
    """numpy's ``_coerce_to_uint32_array`` returning a list of Python ints.

    Integers split into 32-bit words, lowest first; strings are decimal or
    ``0x`` hex integers; sequences are coerced element by element and
    concatenated (so nesting is allowed).  Floats raise TypeError.
    """
    np = _numpy()
    if np is not None and isinstance(x, np.ndarray) and x.dtype == np.dtype(np.uint32):
        # numpy passes uint32 arrays through unchanged; a non-1-D one then fails
        # when numpy concatenates it with the spawn key.
        if x.ndim == 0:
            raise ValueError("zero-dimensional arrays cannot be concatenated")
        if x.ndim != 1:
            raise ValueError("all the input arrays must have same number of dimensions")
        return x.tolist()
    if isinstance(x, str):
        if x.startswith("0x"):
            x = int(x, base=16)
        elif _DECIMAL_RE.match(x):
            x = int(x)
        else:
            raise ValueError("unrecognized seed string")
    if isinstance(x, int) or (np is not None and isinstance(x, np.integer)):
        return _int_to_words(x)
    if isinstance(x, float) or (np is not None and isinstance(x, np.inexact)):
        raise TypeError("seed must be integer")
    if len(x) == 0:
        return []
    words: list[int] = []
    for v in x:
        words.extend(_coerce_to_words(v))
    return words


# --------------------------------------------------------------------------------------
# the hash functions (all mod 2**32)
# --------------------------------------------------------------------------------------
def _mix(x: int, y: int) -> int:
    r = (_MIX_MULT_L * x - _MIX_MULT_R * y) & _M32
    return r ^ (r >> _XSHIFT)


def _mix_entropy(pool_size: int, entropy: Sequence[int]) -> list[int]:
    """Hash ``entropy`` into a fresh pool of ``pool_size`` words.

    ``hashmix`` keeps a running multiplier ``hc`` that advances on every call
    throughout the whole pass, so it is inlined here as a closure-free loop.
    """
    hc = _INIT_A

    def hashmix(value: int) -> int:
        nonlocal hc
        value ^= hc
        hc = (hc * _MULT_A) & _M32
        value = (value * hc) & _M32
        return value ^ (value >> _XSHIFT)

    n_ent = len(entropy)
    # Fill the pool from the entropy, hashing zeros if the entropy is short.
    pool = [hashmix(entropy[i] if i < n_ent else 0) for i in range(pool_size)]
    # Mix all words together so late words affect earlier ones.
    for i_src in range(pool_size):
        for i_dst in range(pool_size):
            if i_src != i_dst:
                pool[i_dst] = _mix(pool[i_dst], hashmix(pool[i_src]))
    # Fold in any entropy beyond the pool size, each word into every pool word.
    for i_src in range(pool_size, n_ent):
        for i_dst in range(pool_size):
            pool[i_dst] = _mix(pool[i_dst], hashmix(entropy[i_src]))
    return pool


# generate_state's running multiplier does not depend on the data: word i is
# hashed with xor constant _B_CONSTS[i] and multiplier _B_CONSTS[i + 1].  Keep
# the sequence cached so a 624-word MT19937 seeding is one comprehension.
_B_CONSTS: list[int] = [_INIT_B]


def _b_consts(n: int) -> list[int]:
    c = _B_CONSTS
    while len(c) <= n:
        c.append((c[-1] * _MULT_B) & _M32)
    return c


def _dtype_bits(dtype: Any) -> int:
    """32 or 64 for a uint32/uint64 dtype spec, numpy's errors otherwise."""
    if isinstance(dtype, str):
        if dtype in ("uint32", "u4", "=u4"):
            return 32
        if dtype in ("uint64", "u8", "=u8"):
            return 64
    np = _numpy()
    if np is not None:
        dt = np.dtype(dtype)  # TypeError for nonsense, like numpy
        if dt == np.dtype(np.uint32):
            return 32
        if dt == np.dtype(np.uint64):
            return 64
        raise ValueError("only support uint32 or uint64")
    if dtype in ("<u4", "<u8") and sys.byteorder == "little":
        return 32 if dtype == "<u4" else 64
    if dtype in (">u4", ">u8") and sys.byteorder == "big":
        return 32 if dtype == ">u4" else 64
    raise ValueError("only support uint32 or uint64")


# --------------------------------------------------------------------------------------
# interfaces (numpy.random.bit_generator.ISeedSequence and friends)
# --------------------------------------------------------------------------------------
class ISeedSequence(abc.ABC):
    """Abstract base class for seed sequences.

    Engines treat any object with this interface as a seed sequence.
    """

    @abc.abstractmethod
    def generate_state(self, n_words: int, dtype: Any = "uint32") -> Any:
        """Return ``n_words`` words of seeding material (uint32 or uint64)."""


class ISpawnableSeedSequence(ISeedSequence):
    """Abstract base class for seed sequences that can spawn."""

    @abc.abstractmethod
    def spawn(self, n_children: int) -> list[Any]:
        """Spawn ``n_children`` child seed sequences."""


class SeedlessSeedSequence(ISpawnableSeedSequence):
    """A seed sequence for engines that need no seed state."""

    def generate_state(self, n_words: int, dtype: Any = "uint32") -> Any:
        raise NotImplementedError("seedless SeedSequences cannot generate state")

    def spawn(self, n_children: int) -> list[Any]:
        return [self] * n_children


def _is_seed_sequence(x: Any) -> bool:
    """True for our SeedSequence and anything that quacks like one.

    numpy checks ``isinstance(seed, ISeedSequence)``; numpy's own SeedSequence
    (and user classes) are accepted here by having ``generate_state`` and ``spawn``.
    """
    if isinstance(x, ISeedSequence):
        return True
    if isinstance(x, (int, str, list, tuple, range)) or x is None:
        return False
    return callable(getattr(x, "generate_state", None)) and callable(getattr(x, "spawn", None))


def _words_from(seed_seq: Any, n_words: int, bits: int) -> list[int]:
    """``n_words`` seeding words as Python ints from any seed sequence object."""
    fast = getattr(seed_seq, "generate_state_list", None)
    if fast is not None:
        return fast(n_words, bits)
    state = seed_seq.generate_state(n_words, "uint32" if bits == 32 else "uint64")
    return [int(v) for v in state]


class SeedSequence(ISpawnableSeedSequence):
    """SeedSequence(entropy=None, *, spawn_key=(), pool_size=4, n_children_spawned=0)

    Mixes sources of entropy in a reproducible way to seed independent, very
    probably non-overlapping bit generators (``numpy.random.SeedSequence``).

    Parameters
    ----------
    entropy : {None, int, sequence[int]}, optional
        The entropy.  All integers must be non-negative.  ``None`` draws
        ``32 * pool_size`` fresh bits from the OS (``secrets.randbits``).
    spawn_key : {(), sequence[int]}, optional
        Position of this SeedSequence in the spawn tree; set by `spawn`.
    pool_size : int, optional
        Size of the entropy pool in 32-bit words (at least 4).
    n_children_spawned : int, optional
        Number of children already spawned (for reconstructing a serialized one).

    Raises
    ------
    ValueError
        If ``pool_size < 4`` or an entropy integer is negative.
    TypeError
        If the entropy is not an int or a sequence of ints (floats included).
    """

    entropy: Any
    spawn_key: tuple[Any, ...]
    pool_size: int
    n_children_spawned: int
    pool: list[int]

    def __init__(
        self,
        entropy: Any = None,
        *,
        spawn_key: Sequence[Any] = (),
        pool_size: int = DEFAULT_POOL_SIZE,
        n_children_spawned: int = 0,
    ) -> None:
        if pool_size < DEFAULT_POOL_SIZE:
            raise ValueError(f"The size of the entropy pool should be at least {DEFAULT_POOL_SIZE}")
        if entropy is None:
            entropy = randbits(pool_size * 32)
        elif not isinstance(entropy, (int, list, tuple, range)):
            np = _numpy()
            if np is None or not isinstance(entropy, (np.integer, np.ndarray)):
                raise TypeError(
                    f"SeedSequence expects int or sequence of ints for entropy not {entropy}"
                )
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = n_children_spawned
        # numpy sizes the pool with np.zeros(pool_size): non-integers raise TypeError.
        size = operator.index(pool_size)
        self.pool = _mix_entropy(size, self._assembled_entropy())

    def _assembled_entropy(self) -> list[int]:
        run_entropy = _coerce_to_words(self.entropy)
        spawn_entropy = _coerce_to_words(self.spawn_key)
        if spawn_entropy and len(run_entropy) < self.pool_size:
            # numpy >= 1.19 (gh-16539): pad short entropy with zeros when there is
            # a spawn key, so keys cannot collide with entropy words.
            run_entropy = run_entropy + [0] * (self.pool_size - len(run_entropy))
        return run_entropy + spawn_entropy

    def __repr__(self) -> str:
        lines = [f"{type(self).__name__}(", f"    entropy={self.entropy!r},"]
        if self.spawn_key:
            lines.append(f"    spawn_key={self.spawn_key!r},")
        if self.pool_size != DEFAULT_POOL_SIZE:
            lines.append(f"    pool_size={self.pool_size!r},")
        if self.n_children_spawned != 0:
            lines.append(f"    n_children_spawned={self.n_children_spawned!r},")
        lines.append(")")
        return "\n".join(lines)

    @property
    def state(self) -> dict:
        """The constructor arguments that reproduce this SeedSequence."""
        return {
            k: getattr(self, k)
            for k in ["entropy", "spawn_key", "pool_size", "n_children_spawned"]
            if getattr(self, k) is not None
        }

    def generate_state_list(self, n_words: int, bits: int = 32) -> list[int]:
        """``generate_state`` as a list of Python ints (``bits`` is 32 or 64).

        This is what the engines call; it never touches numpy.
        """
        n32 = operator.index(n_words)
        if bits == 64:
            n32 *= 2
        elif bits != 32:
            raise ValueError("only support uint32 or uint64")
        if n32 < 0:
            raise ValueError("negative dimensions are not allowed")
        c = _b_consts(n32)
        out = _stretch(self.pool, c, n32)
        if bits == 64:
            # numpy views the uint32 words as little-endian uint64: low word first.
            it = iter(out)
            return [lo | (hi << 32) for lo, hi in zip(it, it)]
        return out

    def generate_state(self, n_words: int, dtype: Any = "uint32") -> Any:
        """Return the requested number of words for PRNG seeding.

        Parameters
        ----------
        n_words : int
            Number of words.
        dtype : {'uint32', 'uint64'} or numpy.uint32 / numpy.uint64, optional
            Word size.  ``uint64`` draws twice as many 32-bit words and pairs
            them low word first.

        Returns
        -------
        state : list of int or numpy.ndarray
            ``n_words`` words; a numpy array when the process-wide output mode
            is ``"numpy"`` (see :mod:`pyprng._output`), else a list.
        """
        bits = _dtype_bits(dtype)
        words = self.generate_state_list(n_words, bits)
        try:
            from .._output import container_for
        except ImportError:  # pragma: no cover - the output layer is optional here
            return words
        return container_for(None).array(words, (len(words),), f"uint{bits}")

    def spawn(self, n_children: int) -> list[SeedSequence]:
        """Spawn ``n_children`` child SeedSequences by extending the spawn key.

        Parameters
        ----------
        n_children : int

        Returns
        -------
        seqs : list of SeedSequence
        """
        start = self.n_children_spawned
        seqs = [
            type(self)(self.entropy, spawn_key=self.spawn_key + (i,), pool_size=self.pool_size)
            for i in range(start, start + n_children)
        ]
        self.n_children_spawned += n_children
        return seqs


def _stretch(pool: list[int], consts: list[int], n: int) -> list[int]:
    """generate_state's core: hash the cycled pool into ``n`` words.

    Word i is ``((pool[i % len] ^ c[i]) * c[i+1]) mod 2**32`` then xorshifted,
    where ``c`` is the data-independent multiplier sequence.
    """
    mixed = [((p ^ x) * m) & _M32 for p, x, m in zip(cycle(pool), consts[:n], consts[1 : n + 1])]
    return [v ^ (v >> _XSHIFT) for v in mixed]
