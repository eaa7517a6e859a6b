"""``RandomState``: numpy's legacy front-end (``numpy/random/mtrand.pyx``).

A thin layer: each method validates its arguments the way numpy does, then
calls a kernel from :mod:`pyprng.distributions` through the shared
broadcasting/output layer.  Streams are frozen in numpy, so these match every
numpy version since 1.17 as well as 2.4.
"""

from __future__ import annotations

import math
import operator
import struct
import sys
import warnings
from array import array
from bisect import bisect_right
from typing import Any, Dict, List, Optional, Tuple, Union

from . import _params as P
from ._dtypes import INT64, UINT32, resolve_dtype
from ._methods.continuous import LegacyContinuous
from ._methods.discrete import LegacyDiscrete
from ._output import (
    as_flat,
    broadcast_shapes,
    broadcast_to,
    check_output_kind,
    container_for,
    nest,
    normalize_size,
    numpy_if_loaded,
    size_count,
)
from ._params import draw
from .bitgen._base import BitGenerator
from .bitgen.mt19937 import MT19937
from .distributions import legacy as L
from .distributions import uniform as U
from .distributions.bounded import bounded_fill, bounded_integers, positive_ints
from .distributions.permute import permutation_indices, shuffle_in_place

_SQRT_EPS = math.sqrt(2.220446049250313e-16)  # np.sqrt(np.finfo(np.float64).eps)
_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1


def _kahan_sum(values: List[float]) -> float:
    """numpy's ``kahan_sum`` (compensated, left to right), used to check ``p``."""
    if not values:
        return 0.0
    total = values[0]
    c = 0.0
    for v in values[1:]:
        y = v - c
        t = total + y
        c = (t - total) - y
        total = t
    return total


def _cumsum(values: List[float]) -> List[float]:
    out = []
    acc = 0.0
    for v in values:
        acc += v
        out.append(acc)
    return out


def _loose_prod(size: Any) -> Any:
    """``np.prod(size)`` for choice's early checks (None stays None)."""
    if size is None:
        return None
    try:
        return operator.index(size)
    except TypeError:
        pass
    try:
        n = 1
        for s in size:
            n *= operator.index(s)
        return n
    except TypeError:
        return None


class RandomState(LegacyContinuous, LegacyDiscrete):
    """RandomState(seed=None, *, output=None)

    Container for the Mersenne Twister pseudo-random number generator,
    reproducing ``numpy.random.RandomState`` bit for bit.

    Parameters
    ----------
    seed : {None, int, array_like, BitGenerator}, optional
        An integer in ``[0, 2**32)`` or a 1-d sequence of them seeds MT19937
        with numpy's legacy seeding; ``None`` seeds it from fresh OS entropy; a
        BitGenerator instance (e.g. ``PCG64(1)``) is used as is.
    output : {None, 'list', 'numpy'}, optional
        Result container; ``None`` follows :func:`pyprng.set_output`.

    Notes
    -----
    The state is the engine's state plus the cached Gaussian of the polar
    method (``has_gauss``, ``gauss``), as in numpy.
    """

    _bit_generator: BitGenerator
    _legacy: L.LegacyState
    lock: Any

    def __init__(self, seed: Any = None, *, output: Optional[str] = None) -> None:
        self._output = check_output_kind(output)
        if isinstance(seed, BitGenerator):
            bit_generator = seed
        else:
            bit_generator = MT19937()
            if seed is not None:
                bit_generator._legacy_seeding(seed)
        self._initialize_bit_generator(bit_generator)

    def _initialize_bit_generator(self, bit_generator: BitGenerator) -> None:
        if not isinstance(bit_generator, BitGenerator):
            raise ValueError("Invalid bit generator. The bit generator must be instantized.")
        self._bit_generator = bit_generator
        self._legacy = L.LegacyState(bit_generator)
        self.lock = bit_generator.lock

    def _out(self) -> Any:
        return container_for(self._output)

    def __repr__(self) -> str:
        return f"{self} at 0x{id(self):X}"

    def __str__(self) -> str:
        return f"{type(self).__name__}({type(self._bit_generator).__name__})"

    # -- pickling: the engine plus the cached Gaussian -------------------------------
    def __getstate__(self) -> Dict[str, Any]:
        return self._plain_state()

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.set_state(state)

    def __reduce__(self) -> Any:
        return (_randomstate_ctor, (self._bit_generator, self._output), self._plain_state())

    # -- seeding and state ------------------------------------------------------------
    def seed(self, seed: Any = None) -> None:
        """Reseed the MT19937 engine with numpy's legacy seeding.

        Parameters
        ----------
        seed : int or 1-d array_like, optional
            An integer in ``[0, 2**32)``, a non-empty 1-d sequence of such
            integers, or None for fresh OS entropy.  Resets the cached Gaussian.

        Raises
        ------
        ValueError
            Out-of-range, empty or non-1-d seeds.
        TypeError
            Non-integer seeds, or an engine other than MT19937.
        """
        if not isinstance(self._bit_generator, MT19937):
            raise TypeError("can only re-seed a MT19937 BitGenerator")
        with self.lock:
            self._bit_generator._legacy_seeding(seed)
            self._legacy.reset()

    def _plain_state(self) -> Dict[str, Any]:
        with self.lock:
            st = self._bit_generator.state
            st["has_gauss"] = self._legacy.has_gauss
            st["gauss"] = self._legacy.gauss
        return st

    def get_state(self, legacy: bool = True) -> Union[Tuple[Any, ...], Dict[str, Any]]:
        """Return the generator's internal state.

        Parameters
        ----------
        legacy : bool, optional
            True (default): numpy's tuple ``('MT19937', key, pos, has_gauss,
            cached_gaussian)``; False: the engine's state dict with ``has_gauss``
            and ``gauss`` added.  Engines other than MT19937 always give the dict
            (with a RuntimeWarning when ``legacy`` is True).

        Returns
        -------
        out : tuple or dict
            ``key`` is a uint32 numpy array in numpy output mode, else a list.
        """
        st = self._plain_state()
        if st["bit_generator"] != "MT19937" and legacy:
            warnings.warn(
                "get_state and legacy can only be used with the MT19937 BitGenerator. "
                "To silence this warning, set `legacy` to False.",
                RuntimeWarning,
                stacklevel=2,
            )
            legacy = False
        if st["bit_generator"] == "MT19937" and self._out().kind == "numpy":
            np = self._out().np
            st["state"]["key"] = np.asarray(st["state"]["key"], dtype=np.uint32)
        if legacy:
            return ("MT19937", st["state"]["key"], st["state"]["pos"], st["has_gauss"], st["gauss"])
        return st

    def set_state(self, state: Union[Tuple[Any, ...], Dict[str, Any]]) -> None:
        """Set the generator's internal state.

        Parameters
        ----------
        state : tuple or dict
            ``('MT19937', key, pos[, has_gauss, cached_gaussian])`` with ``key``
            624 uint32 values (list or array), or a dict as returned by
            ``get_state(legacy=False)``.  Everything is validated before
            anything changes.

        Raises
        ------
        TypeError, ValueError, IndexError
            A malformed state, as numpy raises them.
        """
        if isinstance(state, dict):
            if "bit_generator" not in state or "state" not in state:
                raise ValueError("state dictionary is not valid.")
            st = state
        else:
            if not isinstance(state, (tuple, list)):
                raise TypeError("state must be a dict or a tuple.")
            if state[0] != "MT19937":
                raise ValueError("set_state can only be used with legacy MT19937 state instances.")
            st = {"bit_generator": state[0], "state": {"key": state[1], "pos": state[2]}}
            if len(state) > 3:
                st["has_gauss"] = state[3]
                st["gauss"] = state[4]
        gauss = st.get("gauss", 0.0)
        if isinstance(gauss, (str, bytes)) or not hasattr(gauss, "__float__"):
            raise TypeError(f"must be real number, not {type(gauss).__name__}")
        gauss = float(gauss)
        has_gauss = operator.index(st.get("has_gauss", 0))
        if not _INT_MIN <= has_gauss <= _INT_MAX:
            raise OverflowError("value too large to convert to int")
        with self.lock:
            # The engine validates completely before installing; then the Gaussian.
            self._bit_generator.state = st
            self._legacy.has_gauss = has_gauss
            self._legacy.gauss = gauss

    # -- uniform floats ---------------------------------------------------------------
    def random_sample(self, size: Any = None) -> Any:
        """Return random floats in the half-open interval [0.0, 1.0).

        Parameters
        ----------
        size : int or tuple of ints, optional
            Output shape; None gives a single Python float.

        Returns
        -------
        out : float or array of float64
        """
        if size is None and self._output != "numpy":
            # The scalar call is the common one: the engine's next_double under the
            # lock (a float64 scalar is a Python float in every container).
            with self.lock:
                return self._bit_generator.next_double()
        return draw(
            U.standard_uniform, self._bit_generator, self.lock, size, (), self._out(),
            bulk=U.standard_uniform_bulk,
        )

    def random(self, size: Any = None) -> Any:
        """Return random floats in [0.0, 1.0); an alias of `random_sample`."""
        return self.random_sample(size=size)

    def rand(self, *args: int) -> Any:
        """Random values in [0, 1) of shape ``args`` (``rand(d0, d1, ...)``)."""
        if not args:
            return self.random_sample()
        return self.random_sample(size=args)

    # numpy.random's old module-level aliases, also handy on an instance.
    ranf = random_sample
    sample = random_sample

    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a uniform distribution over ``[low, high)``.

        Parameters
        ----------
        low, high : float or array_like of floats
        size : int or tuple of ints, optional

        Raises
        ------
        OverflowError
            If ``high - low`` is not finite.
        """
        tl, th = type(low), type(high)
        if (tl is float or tl is int) and (th is float or th is int):  # plain scalars
            lo = P.to_double(low)
            span = P.to_double(high) - lo
            if not math.isfinite(span):
                raise OverflowError("Range exceeds valid bounds")
            if size is None and self._output != "numpy":
                with self.lock:
                    return U.uniform(self._bit_generator, lo, span)
            return draw(
                U.uniform, self._bit_generator, self.lock, size,
                [(lo, "", P.NONE, "d"), (span, "", P.NONE, "d")], self._out(),
                bulk=U.uniform_bulk,
            )
        low_flat, low_shape = as_flat(low)
        high_flat, high_shape = as_flat(high)
        lows = [P.to_double(v) for v in low_flat]
        highs = [P.to_double(v) for v in high_flat]
        if not low_shape and not high_shape:
            span = highs[0] - lows[0]
            if not math.isfinite(span):
                raise OverflowError("Range exceeds valid bounds")
            params: List[P.Param] = [(lows[0], "", P.NONE, "d"), (span, "", P.NONE, "d")]
        else:
            shape = broadcast_shapes(low_shape, high_shape)
            lo_b = broadcast_to(lows, low_shape, shape)
            spans = [h - lo for h, lo in zip(broadcast_to(highs, high_shape, shape), lo_b)]
            if not all(math.isfinite(s) for s in spans):
                raise OverflowError("Range exceeds valid bounds")
            params = [(nest(lo_b, shape), "", P.NONE, "d"), (nest(spans, shape), "", P.NONE, "d")]
        return draw(
            U.uniform, self._bit_generator, self.lock, size, params, self._out(),
            bulk=U.uniform_bulk,
        )

    # -- integers ---------------------------------------------------------------------
    def randint(self, low: Any, high: Any = None, size: Any = None, dtype: Any = int) -> Any:
        """Return random integers from ``low`` (inclusive) to ``high`` (exclusive).

        Parameters
        ----------
        low : int or array_like of ints
            Lowest value, or one above the highest if ``high`` is None (then
            ``low`` is 0).
        high : int or array_like of ints, optional
        size : int or tuple of ints, optional
        dtype : dtype, optional
            bool, int8 ... int64, uint8 ... uint64 (names, Python types or numpy
            dtypes).  The default ``int`` is numpy's ``long`` (int64) and, like
            ``bool``, returns a Python scalar when a single value is drawn.

        Raises
        ------
        ValueError
            ``low >= high`` (``high <= 0`` when ``low`` is 0) or a bound out of
            the dtype's range.
        TypeError
            A dtype randint does not support.
        """
        if high is None:
            high = low
            low = 0
        d = INT64 if dtype is int else self._int_dtype(dtype, "randint")
        return bounded_integers(
            self._bit_generator, self.lock, low, high, size, d, True, False, self._out(),
            numpy_scalar=not (dtype is int or dtype is bool),
        )

    @staticmethod
    def _int_dtype(dtype: Any, method: str) -> Any:
        try:
            d = resolve_dtype(dtype)
        except TypeError as exc:
            if str(exc).startswith("Unsupported dtype"):
                raise TypeError(f"{exc} for {method}") from None
            raise
        if not d.is_integer:
            raise TypeError(f"Unsupported dtype dtype('{d.name}') for {method}")
        return d

    def random_integers(self, low: Any, high: Any = None, size: Any = None) -> Any:
        """Random integers of type ``long`` between ``low`` and ``high``, inclusive.

        Deprecated in numpy (emits its DeprecationWarning); equals
        ``randint(low, high + 1, size, dtype='l')``, or ``randint(1, low + 1)``
        when ``high`` is None.
        """
        if high is None:
            warnings.warn(
                f"This function is deprecated. Please call randint(1, {low} + 1) instead",
                DeprecationWarning,
                stacklevel=2,
            )
            high = low
            low = 1
        else:
            warnings.warn(
                f"This function is deprecated. Please call randint({low}, {high} + 1) instead",
                DeprecationWarning,
                stacklevel=2,
            )
        return self.randint(low, int(high) + 1, size=size, dtype="l")

    def tomaxint(self, size: Any = None) -> Any:
        """Random integers in ``[0, 2**63 - 1]`` (``next_uint64() >> 1``).

        Parameters
        ----------
        size : int or tuple of ints, optional
            None gives a Python int; otherwise an int64 array.
        """
        shape = normalize_size(size)
        with self.lock:
            if shape is None:
                return positive_ints(self._bit_generator, None)
            vals = positive_ints(self._bit_generator, size_count(shape))
        return self._out().array(vals, shape, "int64")

    def bytes(self, length: int) -> bytes:
        """Return ``length`` random bytes (little-endian uint32 draws, truncated).

        Parameters
        ----------
        length : int
        """
        length = operator.index(length)
        # numpy computes (length - 1) // 4 + 1 with C division (truncating):
        # bytes(0) still draws one word.
        m = length - 1
        n = (m // 4 if m >= 0 else -(-m // 4)) + 1
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
        with self.lock:
            words = bounded_fill(self._bit_generator, UINT32.hi, n, 32, True)
        data = array("I", words)
        if data.itemsize != 4:  # pragma: no cover - exotic platforms
            return struct.pack(f"<{n}I", *words)[:length]
        if sys.byteorder == "big":  # pragma: no cover - big-endian hosts
            data.byteswap()
        return data.tobytes()[:length]

    # -- choice ------------------------------------------------------------------------
    def choice(self, a: Any, size: Any = None, replace: bool = True, p: Any = None) -> Any:
        """Generate a random sample from a 1-d array (or ``range(a)`` for an int).

        Parameters
        ----------
        a : 1-d array_like or int
        size : int or tuple of ints, optional
        replace : bool, optional
        p : 1-d array_like of floats, optional
            Probabilities of the entries of ``a``; must sum to 1 within
            ``sqrt(eps)``.

        Raises
        ------
        ValueError
            ``a`` empty, not 1-d or not positive; ``p`` of the wrong shape,
            negative, NaN or not summing to 1; a sample without replacement
            larger than the population (or than the non-zero entries of ``p``).
        """
        out = self._out()
        np = numpy_if_loaded()
        a_flat, a_shape = as_flat(a)
        prod = _loose_prod(size)
        if not a_shape:
            try:
                pop_size = operator.index(a_flat[0])
            except TypeError:
                raise ValueError("a must be 1-dimensional or an integer") from None
            if pop_size <= 0 and prod != 0:
                raise ValueError("a must be greater than 0 unless no samples are taken")
        elif len(a_shape) != 1:
            raise ValueError("a must be 1-dimensional")
        else:
            pop_size = a_shape[0]
            if pop_size == 0 and prod != 0:
                raise ValueError("'a' cannot be empty unless no samples are taken")

        probs: Optional[List[float]] = None
        if p is not None:
            d = len(p)
            atol: Any = _SQRT_EPS
            if np is not None and isinstance(p, np.ndarray) and np.issubdtype(p.dtype, np.floating):
                atol = max(atol, np.sqrt(np.finfo(p.dtype).eps))
            p_flat, p_shape = as_flat(p)
            probs = [P.to_double(v) for v in p_flat]
            if len(p_shape) != 1:
                raise ValueError("'p' must be 1-dimensional")
            if len(probs) != pop_size:
                raise ValueError("'a' and 'p' must have same size")
            p_sum = _kahan_sum(probs[:d])
            if math.isnan(p_sum):
                raise ValueError("probabilities contain NaN")
            if any(v < 0 for v in probs):
                raise ValueError("probabilities are not non-negative")
            if abs(p_sum - 1.0) > atol:
                raise ValueError("probabilities do not sum to 1")

        is_scalar = size is None
        if is_scalar:
            shape: Tuple[int, ...] = ()
            count = 1
        else:
            shape = normalize_size(size)  # type: ignore[assignment]
            count = size_count(shape)

        bitgen = self._bit_generator
        if replace:
            if probs is not None:
                cdf = _cumsum(probs)
                last = cdf[-1]
                cdf = [c / last for c in cdf]
                with self.lock:
                    us = bitgen.doubles(count)
                idx = [bisect_right(cdf, u) for u in us]
            else:
                with self.lock:
                    idx = bounded_fill(bitgen, pop_size - 1, count, 64, True) if count else []
        else:
            if count > pop_size:
                raise ValueError(
                    "Cannot take a larger sample than population when 'replace=False'"
                )
            if probs is not None:
                if sum(1 for v in probs if v > 0) < count:
                    raise ValueError("Fewer non-zero entries in p than size")
                idx = self._choice_weighted_unique(probs, count)
            else:
                with self.lock:
                    idx = permutation_indices(bitgen, pop_size)[:count]

        if not a_shape:  # sampling from range(a): the indices are the result
            if is_scalar:
                return idx[0]
            return out.array(idx, shape, "int64")
        if out.kind == "numpy":
            npm = out.np
            arr = npm.asarray(a)
            if is_scalar:
                return arr[idx[0]]
            if not shape:
                res = npm.empty((), dtype=arr.dtype)
                res[()] = arr[idx[0]]
                return res
            return arr[npm.asarray(idx, dtype=npm.int64).reshape(shape)]
        if is_scalar:
            return a_flat[idx[0]]
        return nest([a_flat[i] for i in idx], shape)

    def _choice_weighted_unique(self, probs: List[float], count: int) -> List[int]:
        """numpy's loop for ``replace=False`` with ``p``: redraw ``rand(k)`` for the
        missing k, zeroing found entries, keeping new indices in first-seen order."""
        p = list(probs)
        found: List[int] = []
        bitgen = self._bit_generator
        while len(found) < count:
            with self.lock:
                xs = bitgen.doubles(count - len(found))
            for i in found:
                p[i] = 0.0
            cdf = _cumsum(p)
            last = cdf[-1]
            cdf = [c / last for c in cdf]
            seen = set(found)
            for u in xs:
                k = bisect_right(cdf, u)
                if k not in seen:
                    seen.add(k)
                    found.append(k)
        return found

    # -- shuffling ------------------------------------------------------------------------
    def shuffle(self, x: Any) -> None:
        """Modify a sequence in place by shuffling its contents (axis 0 of arrays).

        Parameters
        ----------
        x : list, mutable sequence or numpy.ndarray

        Raises
        ------
        TypeError
            ``x`` has no length or is immutable.
        ValueError
            ``x`` is a read-only array.
        """
        shuffle_in_place(self._bit_generator, x, self.lock)

    def permutation(self, x: Any) -> Any:
        """Randomly permute a sequence, or return a permuted ``range(x)``.

        Parameters
        ----------
        x : int or array_like
            An int gives a permutation of ``range(x)``; an array is copied and
            shuffled along its first axis.

        Raises
        ------
        IndexError
            ``x`` is neither an integer nor at least 1-dimensional.
        """
        out = self._out()
        np = numpy_if_loaded()
        if isinstance(x, int) or (np is not None and isinstance(x, np.integer)):
            n = max(int(x), 0)
            with self.lock:
                perm = permutation_indices(self._bit_generator, n)
            is_u64 = np is not None and isinstance(x, np.uint64)
            return out.array(perm, (n,), "float64" if is_u64 else "int64")
        if out.kind == "numpy":
            arr = out.np.asarray(x)
            if arr.ndim < 1:
                raise IndexError("x must be an integer or at least 1-dimensional")
            with self.lock:
                perm = permutation_indices(self._bit_generator, arr.shape[0])
            return arr[perm] if perm else arr.copy()
        flat, shape = as_flat(x)
        if not shape:
            raise IndexError("x must be an integer or at least 1-dimensional")
        n = shape[0]
        with self.lock:
            perm = permutation_indices(self._bit_generator, n)
        row = size_count(shape[1:])
        rows = [flat[k * row : (k + 1) * row] for k in perm]
        return nest([v for r in rows for v in r], shape)

    # -- normal and exponential (legacy kernels) --------------------------------------
    def standard_normal(self, size: Any = None) -> Any:
        """Draw samples from a standard Normal distribution (polar method).

        Parameters
        ----------
        size : int or tuple of ints, optional
        """
        if size is None and self._output != "numpy":
            with self.lock:
                return L.legacy_gauss(self._legacy)
        return draw(
            L.legacy_gauss, self._legacy, self.lock, size, (), self._out(),
            bulk=L.legacy_gauss_bulk,
        )

    def randn(self, *args: int) -> Any:
        """Standard normal samples of shape ``args`` (``randn(d0, d1, ...)``)."""
        if not args:
            return self.standard_normal()
        return self.standard_normal(size=args)

    def normal(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw random samples from a normal (Gaussian) distribution.

        Parameters
        ----------
        loc : float or array_like of floats
        scale : float or array_like of floats
            Non-negative (``-0.0`` is rejected, as numpy's signbit test does).
        size : int or tuple of ints, optional
        """
        params = [(loc, "", P.NONE, "d"), (scale, "scale", P.NON_NEGATIVE, "d")]
        return draw(
            L.legacy_normal, self._legacy, self.lock, size, params, self._out(),
            bulk=L.legacy_normal_bulk,
        )

    def standard_exponential(self, size: Any = None) -> Any:
        """Draw samples from the standard exponential distribution (``-log(1 - U)``)."""
        if size is None and self._output != "numpy":
            with self.lock:
                return L.legacy_standard_exponential(self._legacy)
        return draw(
            L.legacy_standard_exponential, self._legacy, self.lock, size, (), self._out(),
            bulk=L.legacy_standard_exponential_bulk,
        )

    def exponential(self, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from an exponential distribution.

        Parameters
        ----------
        scale : float or array_like of floats
            Non-negative.
        size : int or tuple of ints, optional
        """
        params = [(scale, "scale", P.NON_NEGATIVE, "d")]
        return draw(
            L.legacy_exponential, self._legacy, self.lock, size, params, self._out(),
            bulk=L.legacy_exponential_bulk,
        )


def _randomstate_ctor(bit_generator: BitGenerator, output: Optional[str] = None) -> RandomState:
    """Unpickling helper (the Gaussian cache is restored by ``__setstate__``)."""
    return RandomState(bit_generator, output=output)


__all__ = ["RandomState"]
