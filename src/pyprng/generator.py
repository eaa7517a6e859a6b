"""``Generator`` and ``default_rng``: numpy's new-style API, stream for stream.

The class is a thin front-end over ``numpy/random/_generator.pyx``: each
method validates its arguments the way numpy does (same exception types and
messages, all before anything is drawn, so a call that raises leaves the
engine untouched), picks a kernel from :mod:`pyprng.distributions` and hands
it to the shared broadcasting layer.

Output follows the generator's ``output`` setting (``"list"``: Python
scalars and nested lists; ``"numpy"``: numpy's arrays and exactly numpy's
scalar types).  ``out=`` arguments are numpy arrays filled in place and
returned, whatever the setting (passing one means numpy is present).
"""

from __future__ import annotations

import math
import operator
import struct
import warnings
from collections.abc import Sequence as _SequenceABC
from typing import Any, Callable, Dict, List, Optional, Tuple

from ._dtypes import FLOAT64, DType, dtype_repr, resolve_dtype
from ._methods.continuous import GeneratorContinuous
from ._methods.discrete import GeneratorDiscrete
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
from ._params import NON_NEGATIVE, NONE, draw, to_double
from .bitgen import PCG64, BitGenerator
from .distributions import bounded as _bounded
from .distributions import choice as _choice
from .distributions import uniform as _uniform
from .distributions import ziggurat as _zig
from .distributions._nd import lanes, normalize_axis_index, take
from .distributions.permute import permutation_indices, shuffle_list, swap_sequence

_Fill = Tuple[Callable[[Any], float], Callable[[Any, int], List[float]]]

# (scalar kernel, bulk kernel) per float dtype, for the methods with dtype= and out=.
_RANDOM: Dict[str, _Fill] = {
    "float64": (_uniform.standard_uniform, _uniform.standard_uniform_bulk),
    "float32": (_uniform.standard_uniform_f, _uniform.standard_uniform_f_bulk),
}
_NORMAL: Dict[str, _Fill] = {
    "float64": (_zig.standard_normal, _zig.standard_normal_fill),
    "float32": (_zig.standard_normal_f, _zig.standard_normal_f_fill),
}
_EXP_ZIG: Dict[str, _Fill] = {
    "float64": (_zig.standard_exponential, _zig.standard_exponential_fill),
    "float32": (_zig.standard_exponential_f, _zig.standard_exponential_f_fill),
}
_EXP_INV: Dict[str, _Fill] = {
    "float64": (_zig.standard_exponential_inv, _zig.standard_exponential_inv_fill),
    "float32": (_zig.standard_exponential_inv_f, _zig.standard_exponential_inv_f_fill),
}


def _numpy_dtype_repr(dtype: Any) -> Optional[str]:
    np = numpy_if_loaded()
    if np is None:
        return None
    try:
        return repr(np.dtype(dtype))
    except TypeError:
        return None


def _is_non_native(dtype: Any) -> bool:
    np = numpy_if_loaded()
    if np is None or isinstance(dtype, DType):
        return False
    try:
        return not np.dtype(dtype).isnative
    except TypeError:
        return False


# Resolved dtypes per (type, dtype, method, kinds, numpy loaded?): resolution asks
# numpy (np.dtype(...).isnative) up to three times, a large part of a scalar call.
_RESOLVED: Dict[Tuple[Any, ...], DType] = {}
_RESOLVED_MAX = 512  # only ever a handful in practice; never grow without bound


def _resolve(dtype: Any, method: str, kinds: str) -> DType:
    """The DType for ``dtype`` if its kind is in ``kinds``, else numpy's TypeError."""
    key = (type(dtype), dtype, method, kinds, numpy_if_loaded() is None)
    try:
        return _RESOLVED[key]
    except (KeyError, TypeError):  # TypeError: an unhashable dtype argument
        pass
    d = _resolve_uncached(dtype, method, kinds)
    if len(_RESOLVED) < _RESOLVED_MAX:
        try:
            _RESOLVED[key] = d
        except TypeError:
            pass
    return d


def _resolve_uncached(dtype: Any, method: str, kinds: str) -> DType:
    if dtype is None:  # np.dtype(None) is float64
        d: DType = FLOAT64
    else:
        try:
            d = resolve_dtype(dtype)
        except TypeError:
            shown = _numpy_dtype_repr(dtype)
            if shown is None:
                raise
            raise TypeError(f"Unsupported dtype {shown} for {method}") from None
    if kinds == "f" and _is_non_native(dtype):
        raise TypeError(f"Unsupported dtype {_numpy_dtype_repr(dtype)} for {method}")
    if d.kind not in kinds:
        if _is_non_native(dtype):
            raise ValueError(
                "Providing a dtype with a non-native byteorder is not supported. If you "
                "require platform-independent byteorder, call byteswap when required."
            )
        raise TypeError(f"Unsupported dtype {dtype_repr(d)} for {method}")
    if _is_non_native(dtype):
        raise ValueError(
            "Providing a dtype with a non-native byteorder is not supported. If you "
            "require platform-independent byteorder, call byteswap when required."
        )
    return d


def _check_out(out: Any, dtype_name: str, size: Any) -> Any:
    """numpy's ``check_output``: a contiguous, writable, aligned, native ndarray."""
    np = numpy_if_loaded()
    if np is None or not isinstance(out, np.ndarray):
        raise ValueError(
            "Supplied output array must be contiguous, writable, aligned, and in "
            "machine byte-order."
        )
    flags = out.flags
    if not (
        (flags.c_contiguous or flags.f_contiguous)
        and flags.writeable
        and flags.aligned
        and out.dtype.isnative
    ):
        raise ValueError(
            "Supplied output array must be contiguous, writable, aligned, and in "
            "machine byte-order."
        )
    if out.dtype != np.dtype(dtype_name):
        raise TypeError(
            f"Supplied output array has the wrong type. Expected {dtype_name}, got {out.dtype}"
        )
    if size is not None:
        try:
            tup = tuple(size)
        except TypeError:
            tup = (size,)
        if tup != out.shape:
            raise ValueError("size must match out.shape when used together")
    return out


def _memory_view(out: Any) -> Any:
    """A 1-d view of a contiguous array in memory order (numpy fills memory order)."""
    if out.flags.c_contiguous:
        return out.reshape(-1)
    return out.T.reshape(-1)


def _c_integer(value: Any) -> int:
    """A Cython ``int``/``npy_intp`` argument: floats are truncated, as numpy accepts them."""
    if isinstance(value, float):
        return int(value)
    try:
        return operator.index(value)
    except TypeError:
        raise TypeError("an integer is required") from None


def _c_trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


class Generator(GeneratorContinuous, GeneratorDiscrete):
    """Container for a bit generator, drawing numpy's ``Generator`` streams.

    The other distributions come from mixins: gamma, beta, ... from
    :class:`pyprng._methods.continuous.GeneratorContinuous`; binomial, poisson,
    multinomial, ... from :class:`pyprng._methods.discrete.GeneratorDiscrete`.

    Parameters
    ----------
    bit_generator : BitGenerator
        The engine to draw from (``PCG64``, ``MT19937``, ...).  It is shared,
        not copied, and its lock is used.
    output : {None, "list", "numpy"}, optional
        Result containers; None follows the process default (``pyprng.set_output``).

    See Also
    --------
    default_rng : the recommended constructor.

    Examples
    --------
    >>> from pyprng import Generator, PCG64
    >>> rng = Generator(PCG64(42))
    >>> rng.random() == 0.7739560485559633
    True
    """

    def __init__(self, bit_generator: Any, *, output: Optional[str] = None) -> None:
        if not isinstance(bit_generator, BitGenerator):
            if isinstance(bit_generator, type) and issubclass(bit_generator, BitGenerator):
                raise ValueError(  # noqa: TRY004 - numpy's exception type
                    "Invalid bit generator. The bit generator must be instantiated."
                )
            # numpy reads ``bit_generator.capsule`` and fails with AttributeError.
            raise AttributeError(  # noqa: TRY004 - numpy's exception type
                f"'{type(bit_generator).__name__}' object has no attribute 'capsule' "
                "(Generator needs a pyprng BitGenerator instance)"
            )
        self._bit_generator = bit_generator
        self._output = check_output_kind(output)
        self.lock = bit_generator.lock

    # -- plumbing --------------------------------------------------------------------
    @property
    def _out(self) -> Any:
        return container_for(self._output)

    def __repr__(self) -> str:
        return f"{self} at 0x{id(self):X}"

    def __str__(self) -> str:
        return f"{type(self).__name__}({type(self._bit_generator).__name__})"

    def __reduce__(self) -> Any:
        return (_generator_ctor, (self._bit_generator, self._output))

    @property
    def bit_generator(self) -> Any:
        """The bit generator instance used by the generator."""
        return self._bit_generator

    def spawn(self, n_children: int) -> List[Generator]:
        """Create new independent child generators (via the engine's SeedSequence).

        Parameters
        ----------
        n_children : int

        Returns
        -------
        list of Generator
            Children with the same engine type and ``output`` setting.
        """
        n = _c_integer(n_children)
        return [type(self)(g, output=self._output) for g in self._bit_generator.spawn(n)]

    def _fill(self, table: Dict[str, _Fill], d: DType, size: Any, out: Any) -> Any:
        """numpy's ``double_fill``/``float_fill``: one value, a new array, or ``out``."""
        scalar, bulk = table[d.name]
        bg = self._bit_generator
        if out is not None:
            _check_out(out, d.name, size)
            with self.lock:
                values = bulk(bg, out.size)
            _memory_view(out)[...] = values
            return out
        shape = normalize_size(size)
        if shape is None:
            with self.lock:
                value = scalar(bg)
            return value  # numpy returns a Python float, float32 included
        with self.lock:
            values = bulk(bg, size_count(shape))
        return self._out.array(values, shape, d.name)

    # -- uniform floats and integers -----------------------------------------------------
    def random(self, size: Any = None, dtype: Any = "float64", out: Any = None) -> Any:
        """Floats in the half-open interval [0.0, 1.0).

        Parameters
        ----------
        size : int or tuple of ints, optional
            Output shape; None returns one Python float.
        dtype : {float64, float32}, optional
            float32 values come from 24-bit draws (``next_float``).
        out : numpy.ndarray, optional
            Filled in place (in memory order) and returned.

        Returns
        -------
        float or array of floats
        """
        if size is None and out is None and type(dtype) is str and dtype == "float64":
            with self.lock:  # the default call: no dtype or size machinery
                return self._bit_generator.next_double()
        return self._fill(_RANDOM, _resolve(dtype, "random", "f"), size, out)

    def integers(
        self,
        low: Any,
        high: Any = None,
        size: Any = None,
        dtype: Any = "int64",
        endpoint: bool = False,
    ) -> Any:
        """Random integers from [low, high), or [low, high] with ``endpoint=True``.

        Parameters
        ----------
        low, high : int or array_like of ints
            With ``high=None`` the range is [0, low).  Arrays broadcast.
        size : int or tuple of ints, optional
        dtype : dtype, optional
            Any integer dtype or bool (default int64).
        endpoint : bool, optional

        Returns
        -------
        int or array of ints
            A numpy scalar of ``dtype`` in numpy mode, except a Python
            ``int``/``bool`` when ``dtype`` is the Python type ``int``/``bool``.

        Raises
        ------
        ValueError
            ``low >= high``, a bound out of the dtype's range.
        TypeError
            A non-integer dtype.
        """
        if high is None:
            high = low
            low = 0
        d = _resolve(dtype, "integers", "biu")
        numpy_scalar = not (dtype is bool or dtype is int)
        return _bounded.bounded_integers(
            self._bit_generator,
            self.lock,
            low,
            high,
            size,
            d,
            False,
            endpoint,
            self._out,
            numpy_scalar,
        )

    def bytes(self, length: int) -> bytes:
        """Random bytes: ``integers(0, 2**32, uint32)`` words, little-endian, truncated.

        Parameters
        ----------
        length : int
        """
        length = _c_integer(length)
        n = _c_trunc_div(length - 1, 4) + 1  # Cython cdivision: C truncation
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
        with self.lock:
            words = _bounded.bounded_fill(self._bit_generator, 0xFFFFFFFF, n, 32, False)
        return struct.pack(f"<{n}I", *words)[:length]

    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> Any:
        """Samples from [low, high): ``low + (high - low) * random()``.

        Raises
        ------
        ValueError
            ``high - low < 0``.
        OverflowError
            ``high - low`` is not finite.
        """
        low_flat, low_shape = as_flat(low)
        high_flat, high_shape = as_flat(high)
        lows = [to_double(v) for v in low_flat]
        highs = [to_double(v) for v in high_flat]
        if not low_shape and not high_shape:
            span = highs[0] - lows[0]
            if not math.isfinite(span):
                raise OverflowError("high - low range exceeds valid bounds")
            params = [(lows[0], "", NONE, "d"), (span, "high - low", NON_NEGATIVE, "d")]
        else:
            shape = broadcast_shapes(high_shape, low_shape)
            spans = [
                h - lo
                for h, lo in zip(
                    broadcast_to(highs, high_shape, shape), broadcast_to(lows, low_shape, shape)
                )
            ]
            if not all(map(math.isfinite, spans)):
                raise OverflowError("Range exceeds valid bounds")
            params = [
                (nest(lows, low_shape), "", NONE, "d"),
                (nest(spans, shape), "high - low", NON_NEGATIVE, "d"),
            ]
        return draw(
            _uniform.uniform,
            self._bit_generator,
            self.lock,
            size,
            params,
            self._out,
            bulk=_uniform.uniform_bulk,
        )

    # -- normal and exponential (ziggurat) -------------------------------------------------
    def standard_normal(self, size: Any = None, dtype: Any = "float64", out: Any = None) -> Any:
        """Standard normal samples (numpy's 256-layer ziggurat).

        Parameters
        ----------
        size : int or tuple of ints, optional
        dtype : {float64, float32}, optional
        out : numpy.ndarray, optional
            Filled in place and returned.
        """
        if size is None and out is None and type(dtype) is str and dtype == "float64":
            with self.lock:  # the default call: no dtype or size machinery
                return _zig.standard_normal(self._bit_generator)
        return self._fill(_NORMAL, _resolve(dtype, "standard_normal", "f"), size, out)

    def normal(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Normal samples: ``loc + scale * standard_normal()``.

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return draw(
            _zig.normal,
            self._bit_generator,
            self.lock,
            size,
            [(loc, "", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            self._out,
            bulk=_zig.normal_fill,
        )

    def lognormal(self, mean: Any = 0.0, sigma: Any = 1.0, size: Any = None) -> Any:
        """Log-normal samples: ``exp(normal(mean, sigma))``.

        Raises
        ------
        ValueError
            ``sigma < 0``.
        """
        return draw(
            _zig.lognormal,
            self._bit_generator,
            self.lock,
            size,
            [(mean, "mean", NONE, "d"), (sigma, "sigma", NON_NEGATIVE, "d")],
            self._out,
            bulk=_zig.lognormal_fill,
        )

    def standard_exponential(
        self, size: Any = None, dtype: Any = "float64", method: str = "zig", out: Any = None
    ) -> Any:
        """Standard exponential samples.

        Parameters
        ----------
        size : int or tuple of ints, optional
        dtype : {float64, float32}, optional
        method : {'zig', 'inv'}, optional
            Ziggurat (default) or inversion ``-log1p(-U)``; as in numpy, anything
            other than ``'zig'`` means inversion.
        out : numpy.ndarray, optional
        """
        d = _resolve(dtype, "standard_exponential", "f")
        return self._fill(_EXP_ZIG if method == "zig" else _EXP_INV, d, size, out)

    def exponential(self, scale: Any = 1.0, size: Any = None) -> Any:
        """Exponential samples: ``scale * standard_exponential()``.

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return draw(
            _zig.exponential,
            self._bit_generator,
            self.lock,
            size,
            [(scale, "scale", NON_NEGATIVE, "d")],
            self._out,
            bulk=_zig.exponential_fill,
        )

    # -- choice --------------------------------------------------------------------------
    def choice(
        self,
        a: Any,
        size: Any = None,
        replace: bool = True,
        p: Any = None,
        axis: int = 0,
        shuffle: bool = True,
    ) -> Any:
        """A random sample from ``a`` (an int n means ``range(n)``).

        Parameters
        ----------
        a : int or array_like
            Sample from ``range(a)``, or from the entries of ``a`` along ``axis``.
        size : int or tuple of ints, optional
        replace : bool, optional
        p : array_like of floats, optional
            Probabilities (1-d, same length as the population, summing to 1).
        axis : int, optional
            The axis of ``a`` to sample along.
        shuffle : bool, optional
            Without replacement: whether the sample's order is shuffled.

        Raises
        ------
        ValueError
            Empty population, bad ``p``, ``size`` larger than the population
            without replacement, a non-integer scalar ``a``.
        """
        np = numpy_if_loaded()
        is_array = np is not None and isinstance(a, (np.ndarray, np.generic))
        if is_array:
            a_shape: Tuple[int, ...] = tuple(np.shape(a))
        elif isinstance(a, (list, tuple)):
            a_flat, a_shape = as_flat(a)
        elif hasattr(a, "__array__") and np is not None:
            a = np.asarray(a)
            is_array = True
            a_shape = tuple(a.shape)
        else:
            a_shape = ()
        size_nonzero = _prod_nonzero(size)
        if not a_shape:
            item = a.item() if hasattr(a, "item") and not isinstance(a, (int, float)) else a
            try:
                pop_size = operator.index(item)
            except TypeError:
                raise ValueError(f"a must be a sequence or an integer, not {type(a)}") from None
            if pop_size <= 0 and size_nonzero:
                raise ValueError("a must be a positive integer unless no samples are taken")
        else:
            pop_size = a_shape[axis]
            if pop_size == 0 and size_nonzero:
                raise ValueError("a cannot be empty unless no samples are taken")
        probs = _choice.check_p(p, pop_size) if p is not None else None
        shape = normalize_size(size)
        is_scalar = shape is None
        cnt = 1 if shape is None else size_count(shape)
        if not replace:
            if cnt > pop_size:
                raise ValueError(
                    "Cannot take a larger sample than population when replace is False"
                )
            if probs is not None and sum(1 for v in probs if v > 0) < cnt:
                raise ValueError("Fewer non-zero entries in p than size")
        with self.lock:
            idx = _choice.choice_indices(
                self._bit_generator, pop_size, cnt, replace, probs, bool(shuffle)
            )
        out = self._out
        idx_shape: Tuple[int, ...] = () if shape is None else shape
        if not a_shape:
            if is_scalar:
                return idx[0]  # numpy: idx.item(0), a Python int
            return out.array(idx, idx_shape, "int64")
        if out.kind == "numpy":
            arr = np.asarray(a) if not is_array else a
            if is_scalar:
                return arr.take(idx[0], axis=axis)
            if idx_shape == () and arr.ndim == 1:
                res = np.empty((), dtype=arr.dtype)
                res[()] = arr[idx[0]]
                return res
            return arr.take(np.asarray(idx, dtype=np.intp).reshape(idx_shape), axis=axis)
        # list mode: pure-Python take along the axis
        if is_array:
            a_flat = np.asarray(a).ravel().tolist()
        ax = axis % len(a_shape)
        flat = take(a_flat, a_shape, idx, ax)
        res_shape = a_shape[:ax] + idx_shape + a_shape[ax + 1 :]
        return nest(flat, res_shape)

    # -- permutations ----------------------------------------------------------------------
    def shuffle(self, x: Any, axis: int = 0) -> None:
        """Shuffle ``x`` in place along ``axis`` (lists: only axis 0).

        Raises
        ------
        ValueError
            ``x`` is a read-only array.
        AxisError
            ``axis`` out of range for an array.
        NotImplementedError
            ``axis != 0`` for a non-array.
        """
        np = numpy_if_loaded()
        n = len(x)
        bg = self._bit_generator
        if np is not None and isinstance(x, np.ndarray):
            if not x.flags.writeable:
                raise ValueError("array is read-only")
            ax = normalize_axis_index(axis, x.ndim)
            if x.size == 0:
                return
            view = np.swapaxes(x, 0, ax)
            with self.lock:
                perm = permutation_indices(bg, len(view))
            view[...] = view[perm]
            return
        if not isinstance(x, _SequenceABC):
            warnings.warn(
                f"you are shuffling a '{type(x).__name__}' object which is not a subclass "
                "of 'Sequence'; `shuffle` is not guaranteed to behave correctly. E.g., "
                "non-numpy array/tensor objects with view semantics may contain duplicates "
                "after shuffling.",
                UserWarning,
                stacklevel=2,
            )
        if axis != 0:
            raise NotImplementedError("Axis argument is only supported on ndarray objects")
        if n < 2:
            return
        if isinstance(x, list):
            with self.lock:
                shuffle_list(bg, x)  # swaps as it draws
            return
        with self.lock:
            js = swap_sequence(bg, n)
        for i, j in zip(range(n - 1, 0, -1), js):
            x[i], x[j] = x[j], x[i]

    def permutation(self, x: Any, axis: int = 0) -> Any:
        """A permuted copy of ``x`` along ``axis``, or of ``range(x)`` for an int.

        Raises
        ------
        AxisError
            ``axis`` out of range (a scalar non-integer ``x`` has no axis 0).
        """
        np = numpy_if_loaded()
        out = self._out
        bg = self._bit_generator
        if isinstance(x, int) or (np is not None and isinstance(x, np.integer)):
            n = max(int(x), 0)
            with self.lock:
                perm = permutation_indices(bg, n)
            return out.array(perm, (n,), "int64")
        if out.kind == "numpy" or (np is not None and isinstance(x, np.ndarray)):
            arr = np.asarray(x)
            ax = normalize_axis_index(axis, arr.ndim)
            with self.lock:
                perm = permutation_indices(bg, arr.shape[ax])
            result = arr.take(np.asarray(perm, dtype=np.intp), axis=ax)
            return result if out.kind == "numpy" else result.tolist()
        flat, shape = as_flat(x)
        ax = normalize_axis_index(axis, len(shape))
        with self.lock:
            perm = permutation_indices(bg, shape[ax])
        return nest(take(flat, shape, perm, ax), shape)

    def permuted(self, x: Any, *, axis: Optional[int] = None, out: Any = None) -> Any:
        """``x`` with each 1-d slice along ``axis`` shuffled independently.

        Parameters
        ----------
        x : array_like
        axis : int, optional
            None shuffles the flattened array.
        out : numpy.ndarray, optional
            Same shape as ``x``; filled and returned.

        Raises
        ------
        TypeError
            ``out`` is not a numpy array, or ``x`` cannot be cast to it safely.
        ValueError
            ``out`` has another shape.
        AxisError
            ``axis`` out of range.
        """
        np = numpy_if_loaded()
        bg = self._bit_generator
        container = self._out
        if (
            out is not None
            or container.kind == "numpy"
            or (np is not None and isinstance(x, np.ndarray))
        ):
            if np is None:
                raise TypeError("out must be a numpy array")
            res = self._permuted_numpy(np, np.asarray(x), axis, out)
            return res if (out is not None or container.kind == "numpy") else res.tolist()
        flat, shape = as_flat(x)
        flat = list(flat)
        if axis is None:
            if not shape:
                raise TypeError("len() of unsized object")
            with self.lock:
                perm = permutation_indices(bg, len(flat))
            return nest([flat[k] for k in perm], shape)
        ax = normalize_axis_index(axis, len(shape))
        result = list(flat)
        with self.lock:
            for lane in lanes(shape, ax):
                perm = permutation_indices(bg, len(lane), first=0)
                for pos, k in zip(lane, perm):
                    result[pos] = flat[lane[k]]
        return nest(result, shape)

    def _permuted_numpy(self, np: Any, x: Any, axis: Optional[int], out: Any) -> Any:
        if out is None:
            out = x.copy(order="K")
        else:
            if type(out) is not np.ndarray:
                raise TypeError("out must be a numpy array")
            if not out.flags.writeable:
                raise ValueError("out is read-only")
            if out.shape != x.shape:
                raise ValueError("out must have the same shape as x")
            np.copyto(out, x, casting="safe")
        bg = self._bit_generator
        if axis is None:
            if out.ndim == 0:
                raise TypeError("len() of unsized object")
            # numpy shuffles the buffer in memory order when out is contiguous.
            order = (
                "F"
                if (out.ndim > 1 and out.flags.f_contiguous and not out.flags.c_contiguous)
                else "C"
            )
            with self.lock:
                perm = permutation_indices(bg, out.size)
            flat = out.ravel(order=order)
            out[...] = flat[np.asarray(perm, dtype=np.intp)].reshape(out.shape, order=order)
            return out
        ax = normalize_axis_index(axis, out.ndim)
        moved = np.moveaxis(out, ax, -1)
        n = out.shape[ax]
        with self.lock:
            for index in np.ndindex(*moved.shape[:-1]):
                lane = moved[index]
                perm = permutation_indices(bg, n, first=0)
                lane[...] = lane[np.asarray(perm, dtype=np.intp)]
        return out


def _prod_nonzero(size: Any) -> bool:
    """``np.prod(size) != 0`` as choice tests it (None counts as non-zero)."""
    if size is None:
        return True
    try:
        dims = list(size)
    except TypeError:
        dims = [size]
    total = 1
    for d in dims:
        try:
            total *= d
        except TypeError:
            return True
    return total != 0


def _generator_ctor(bit_generator: Any, output: Optional[str] = None) -> Generator:
    """Unpickling helper."""
    return Generator(bit_generator, output=output)


def default_rng(seed: Any = None, *, output: Optional[str] = None) -> Generator:
    """A :class:`Generator` on a ``PCG64`` engine (numpy's ``default_rng``).

    Parameters
    ----------
    seed : None, int, array_like of ints, SeedSequence, BitGenerator, Generator, RandomState
        None draws fresh OS entropy.  A BitGenerator is wrapped (not copied); a
        Generator is returned unchanged (``output`` is then ignored); a
        RandomState contributes its bit generator, shared.
    output : {None, "list", "numpy"}, optional

    Returns
    -------
    Generator
    """
    if isinstance(seed, BitGenerator):
        return Generator(seed, output=output)
    if isinstance(seed, Generator):
        return seed
    rs_cls = _random_state_class()
    if rs_cls is not None and isinstance(seed, rs_cls):
        return Generator(seed._bit_generator, output=output)
    return Generator(PCG64(seed), output=output)


def _random_state_class() -> Any:
    try:
        from .random_state import RandomState
    except ImportError:  # pragma: no cover - RandomState not built
        return None
    return RandomState


__all__ = ["Generator", "default_rng"]
