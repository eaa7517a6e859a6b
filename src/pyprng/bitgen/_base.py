"""The one bit-generator protocol every engine implements.

numpy's engines each fill a ``bitgen_t`` struct of four function pointers
(next_uint64, next_uint32, next_double, next_raw).  Here an engine is a
subclass of :class:`BitGenerator` that implements the same four scalar
primitives, plus bulk forms that return many values at once.  Distributions
only ever talk to this protocol, so they never know which engine they run on.

Scalar primitives (override all four):

``next_uint64() -> int``   64 random bits, 0 <= x < 2**64
``next_uint32() -> int``   32 random bits (may be buffered, e.g. PCG64 halves)
``next_double() -> float`` a double in [0, 1) with 53 random bits
``next_raw() -> int``      the engine's native output word, bypassing buffers

Bulk forms (the defaults loop over the scalars; engines override them with
faster whole-block code that must give exactly the same values and leave the
same state):

``uint64s(n)``, ``uint32s(n)``, ``doubles(n)``, ``floats(n)``, ``raws(n)``
each return a ``list`` of ``n`` Python numbers.

Engine state is read and written through ``_get_state()`` / ``_set_state()``
(numpy's dict layout).  The public ``state`` property validates before it
writes, so a bad state changes nothing.
"""

from __future__ import annotations

import copy
import operator
import sys
import threading
from array import array
from itertools import repeat
from typing import Any, Dict, List, MutableSequence, Optional, TypeVar

# _output imports nothing from bitgen, so importing it here makes no cycle.
from .._output import container_for, get_output, normalize_size, size_count

_TWO_M24 = 1.0 / 16777216.0  # 2**-24
_TWO_M53 = 1.0 / 9007199254740992.0  # 2**-53
_M32 = 0xFFFFFFFF
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1
_Out = TypeVar("_Out", bound="MutableSequence[int]")
# map(operator.mul, xs, repeat(c)) is ~15 ns a value faster than map(c.__mul__, xs):
# a C function called through vectorcall rather than a method-wrapper.
_mul = operator.mul


# -- bulk integers to floats without a Python int per value -------------------------------
# An IEEE double whose bit pattern is the integer m < 2**53 has the value m * 2**-1074
# exactly (the subnormals and the lowest normal binade are one evenly spaced range), and
# likewise a float32 with pattern m < 2**24 is m * 2**-149.  So packed m's read as
# doubles (or floats), times one power of two, give numpy's m * 2**-53 (m * 2**-24)
# exactly, with no integer object made on the way: about twice as fast as converting
# a list of ints.  A process running with denormals-are-zero (set by some libraries
# built with -ffast-math) would read those patterns as 0, so every call first checks
# that the smallest subnormal still scales correctly, and otherwise converts ints.
_TO_UNIT53 = 2.0**1021  # 2**-1074 * 2**1021 == 2**-53
_TO_UNIT24 = 2.0**125  # 2**-149 * 2**125 == 2**-24
_SMALLEST_SUBNORMAL = 5e-324  # 2**-1074
_NATIVE_BIG_ENDIAN = sys.byteorder == "big"
#: the array typecode of a 4-byte unsigned int
U32 = next(c for c in ("I", "L") if array(c).itemsize == 4)


def subnormals_honoured() -> bool:
    """False in a denormals-are-zero process (checked at each use: it can change)."""
    return _SMALLEST_SUBNORMAL * _TO_UNIT53 == _TWO_M53


def subnormals_from_m53(data: Any) -> "array[float]":
    """The little-endian 64-bit lanes ``m < 2**53`` read as doubles ``m * 2**-1074``."""
    d = array("d")
    d.frombytes(memoryview(data).cast("B"))
    if _NATIVE_BIG_ENDIAN:  # pragma: no cover - big-endian hosts
        d.byteswap()
    return d


def doubles_from_m53(data: Any) -> List[float]:
    """``[m * 2**-53 for m in lanes]`` for little-endian 64-bit lanes ``m < 2**53``."""
    if not subnormals_honoured():  # pragma: no cover - DAZ mode
        q = array("Q")
        q.frombytes(memoryview(data).cast("B"))
        if _NATIVE_BIG_ENDIAN:
            q.byteswap()
        return list(map(_mul, q.tolist(), repeat(_TWO_M53, len(q))))
    d = subnormals_from_m53(data)
    return list(map(_mul, d, repeat(_TO_UNIT53, len(d))))


def shift_out_low_bytes(words: Any) -> Any:
    """The little-endian 32-bit ``words`` (an array) each shifted right by 8 bits, as a
    bytearray (little-endian hosts)."""
    if not words:
        return bytearray()
    data = bytearray(memoryview(words).cast("B")[1:])  # every byte one place down
    data.append(0)
    data[3::4] = bytes(len(words))  # the top byte of each lane came from the next lane
    return data


def floats_from_m24(data: Any) -> List[float]:
    """``[m * 2**-24 for m in lanes]`` for little-endian 32-bit lanes ``m < 2**24``."""
    if not subnormals_honoured():  # pragma: no cover - DAZ mode
        q = array(U32)
        q.frombytes(memoryview(data).cast("B"))
        if _NATIVE_BIG_ENDIAN:
            q.byteswap()
        return list(map(_mul, q.tolist(), repeat(_TWO_M24, len(q))))
    f = array("f")
    f.frombytes(memoryview(data).cast("B"))
    if _NATIVE_BIG_ENDIAN:  # pragma: no cover - big-endian hosts
        f.byteswap()
    return list(map(_mul, f, repeat(_TO_UNIT24, len(f))))


# -- state checks: the errors numpy's Cython conversions raise ---------------------------
def check_c_int(value: Any, what: str) -> int:
    """A value numpy stores in a C ``int``: any int in [-2**31, 2**31)."""
    v = operator.index(value)
    if not _INT_MIN <= v <= _INT_MAX:
        raise OverflowError(f"{what}: value too large to convert to int")
    return v


def check_uint(value: Any, bits: int, what: str) -> int:
    """A value numpy stores in an unsigned C integer of ``bits`` bits."""
    v = operator.index(value)  # floats: TypeError (numpy would truncate them)
    if v < 0:
        raise OverflowError(f"{what}: can't convert negative value to uint{bits}")
    if v >> bits:
        raise OverflowError(f"{what}: value too large to convert to uint{bits}")
    return v


def check_words(value: Any, count: int, what: str) -> List[int]:
    """``count`` uint64 words from a sequence indexed 0..count-1 (extra items are ignored)."""
    return [check_uint(value[i], 64, what) for i in range(count)]


class BitGenerator:
    """Base class of all engines (mirrors ``numpy.random.BitGenerator``).

    Parameters
    ----------
    seed : None, int, array_like[ints], SeedSequence, optional
        Anything that is not a SeedSequence is wrapped in ``SeedSequence(seed)``.
    """

    #: The name numpy uses in the state dict ('MT19937', 'PCG64', ...).
    name: str = "BitGenerator"
    #: True when the scalar primitives are C calls (MT19937's stdlib core): kernels
    #: then draw from the engine itself, where a stand-in serving bulk-drawn blocks
    #: (``distributions/streams.py``) would only add a Python call to every draw.
    _scalars_in_c: bool = False

    _seed_seq: Any
    lock: Any

    def __init__(self, seed: Any = None) -> None:
        if type(self) is BitGenerator:
            raise NotImplementedError("BitGenerator is a base class and cannot be instantized")
        self.lock = threading.RLock()
        from .seedsequence import SeedSequence, _is_seed_sequence

        if _is_seed_sequence(seed):
            self._seed_seq = seed
        else:
            self._seed_seq = SeedSequence(seed)
        self._seed_from(self._seed_seq)

    # -- what an engine implements -------------------------------------------------
    def _seed_from(self, seed_seq: Any) -> None:
        """Initialise the engine from a SeedSequence (engine specific)."""
        raise NotImplementedError

    def _get_state(self) -> Dict[str, Any]:
        raise NotImplementedError("Not implemented in base BitGenerator")

    def _set_state(self, value: Dict[str, Any]) -> None:
        """Validate ``value`` completely, then install it (or raise, changing nothing)."""
        raise NotImplementedError("Not implemented in base BitGenerator")

    def next_uint64(self) -> int:
        raise NotImplementedError

    def next_uint32(self) -> int:
        raise NotImplementedError

    def next_double(self) -> float:
        raise NotImplementedError

    def next_raw(self) -> int:
        raise NotImplementedError

    # -- shared derived primitive -----------------------------------------------
    def next_float(self) -> float:
        """A float32 in [0, 1): ``(next_uint32() >> 8) * 2**-24`` (exact as a double)."""
        return (self.next_uint32() >> 8) * _TWO_M24

    # -- bulk forms: engines override these with faster, identical code ---------------
    def uint64s(self, n: int) -> List[int]:
        f = self.next_uint64
        return [f() for _ in range(n)]

    def uint32s(self, n: int) -> List[int]:
        f = self.next_uint32
        return [f() for _ in range(n)]

    def uint32_array(self, n: int) -> "array[int]":
        """``uint32s(n)`` as an ``array`` of 4-byte unsigned items (native order)."""
        return array(U32, self.uint32s(n))

    def uint64_array(self, n: int) -> "array[int]":
        """``uint64s(n)`` as an ``array('Q')`` (native order).

        For kernels that work on the words' bytes (SWAR): engines that make
        their words in an array hand it over instead of a list of ints, which
        would only be converted back.
        """
        return array("Q", self.uint64s(n))

    def uint64_halves(self, n: int) -> List[int]:
        """The words of ``uint64s(n)`` as one flat list of 32-bit halves, low half
        first: ``[lo0, hi0, lo1, hi1, ...]``.  Same draws, same state afterwards.

        For kernels that would only cut the words up again: PyPy keeps integers
        below 2**63 as machine ints but a 64-bit word above that as a slow big
        int, so engines that make their words from halves there hand those over.
        """
        m32 = _M32
        out: List[int] = []
        for v in self.uint64s(n):
            out.append(v & m32)
            out.append(v >> 32)
        return out

    def doubles(self, n: int) -> List[float]:
        f = self.next_double
        return [f() for _ in range(n)]

    def floats(self, n: int) -> List[float]:
        return [(x >> 8) * _TWO_M24 for x in self.uint32s(n)]

    def doubles_as_subnormals(self, n: int) -> "Optional[array[float]]":
        """The next ``n`` doubles, each times ``2**-1021``: ``m * 2**-1074`` for the
        53-bit integer ``m`` of ``next_double() == m * 2**-53``, as an ``array('d')``.

        A kernel whose first step is a power-of-two multiple of the double (the
        polar Gaussian's ``2 * u - 1``) folds the rescaling into that step and
        skips making a float per double.  ``None`` (nothing drawn) when the
        engine has no such form or the process flushes subnormals to zero.
        """
        return None

    def raws(self, n: int) -> List[int]:
        f = self.next_raw
        return [f() for _ in range(n)]

    # -- public API mirroring numpy ----------------------------------------------
    @property
    def state(self) -> Dict[str, Any]:
        """The engine's state as a dict in numpy's layout (get and set)."""
        return self._get_state()

    @state.setter
    def state(self, value: Dict[str, Any]) -> None:
        self._set_state(value)

    @property
    def seed_seq(self) -> Any:
        """The SeedSequence this engine was seeded from."""
        return self._seed_seq

    def spawn(self, n_children: int) -> List["BitGenerator"]:
        """Create ``n_children`` independent engines of the same type (via the SeedSequence)."""
        from .seedsequence import SeedSequence

        if not isinstance(self._seed_seq, SeedSequence) and not hasattr(self._seed_seq, "spawn"):
            raise TypeError(
                "The underlying SeedSequence does not implement spawning. "
                "You must ensure a custom SeedSequence used for initializing "
                "the random state implements spawning (and registers it)."
            )
        return [type(self)(seed=s) for s in self._seed_seq.spawn(n_children)]

    def random_raw(self, size: Any = None, output: bool = True) -> Any:
        """Raw engine words (``next_raw``), bypassing the 32-bit half buffer.

        Parameters
        ----------
        size : int or tuple of ints, optional
            Output shape; ``None`` returns a single value.
        output : bool, optional
            ``False`` draws the words and returns ``None`` (for advancing quickly).
        """
        if size is None:  # the scalar call: no shape work
            with self.lock:
                value = self.next_raw()
            if not output:
                return None
            if get_output() == "list":  # a Python int, as ListContainer.scalar gives
                return value
            return container_for(None).scalar(value, "uint64", numpy_scalar=False)
        shape = normalize_size(size)
        assert shape is not None  # size is not None
        with self.lock:
            flat = self.raws(size_count(shape))
        if not output:
            return None
        return container_for(None).array(flat, shape, "uint64")

    # -- copying and pickling (the lock is not copied) -----------------------------------
    def __getstate__(self) -> Any:
        return self._get_state(), self._seed_seq

    def __setstate__(self, state_seed_seq: Any) -> None:
        self.lock = threading.RLock()
        if isinstance(state_seed_seq, dict):
            self._seed_seq = None
            self._set_state(state_seed_seq)
        else:
            self._seed_seq = state_seed_seq[1]
            self._set_state(state_seed_seq[0])

    def __reduce__(self) -> Any:
        return (_bit_generator_ctor, (type(self),), self.__getstate__())

    def __deepcopy__(self, memo: Dict[int, Any]) -> "BitGenerator":
        new = type(self).__new__(type(self))
        state = copy.deepcopy(self._get_state(), memo)
        new.__setstate__((state, copy.deepcopy(self._seed_seq, memo)))
        return new

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Uint32Halves(BitGenerator):
    """An engine of 64-bit words whose 32-bit draws split them, low half first.

    numpy's PCG64, PCG64DXSM, Philox and SFC64 return a word's low half and
    keep its high half (``has_uint32 = 1``, ``uinteger = hi``); the next call
    returns that half and clears ``has_uint32`` but leaves ``uinteger`` stale.
    A subclass implements ``next_uint64`` and ``uint64s`` and keeps the buffer
    in ``_has_uint32`` / ``_uinteger``; ``_put_pairs`` may be overridden with a
    faster way to write whole words as halves.
    """

    _has_uint32: int
    _uinteger: int

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

    def doubles(self, n: int) -> List[float]:
        f = _TWO_M53
        return [(x >> 11) * f for x in self.uint64s(n)]

    def uint32s(self, n: int) -> List[int]:
        return self._uint32s_into([], operator.index(n))

    def _uint32s_into(self, out: _Out, n: int) -> _Out:
        """Append ``n`` calls of ``next_uint32`` to ``out``: the pending half first,
        then whole words split low/high, then one more scalar call if ``n`` is odd."""
        if n <= 0:
            return out
        if self._has_uint32:
            self._has_uint32 = 0
            out.append(self._uinteger)
            n -= 1
        pairs, odd = divmod(n, 2)
        if pairs:
            self._put_pairs(out, pairs)
            self._uinteger = out[-1]  # as if each word went through the buffer
        if odd:
            out.append(self.next_uint32())
        return out

    def _put_pairs(self, out: Any, pairs: int) -> None:
        """Append the next ``pairs`` words to ``out`` as 32-bit halves, low first."""
        m32 = _M32
        for v in self.uint64s(pairs):
            out.append(v & m32)
            out.append(v >> 32)


def _bit_generator_ctor(cls: Any) -> BitGenerator:
    """Unpickling helper: an unseeded instance to be filled by ``__setstate__``."""
    obj = cls.__new__(cls)
    obj.lock = threading.RLock()
    obj._seed_seq = None
    return obj
