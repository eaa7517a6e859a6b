"""The shared layer: ``size``, array-like inputs, broadcasting and output containers.

Every front-end method works on *flat* Python lists in C order plus a shape
tuple.  This module is the only place that knows how a user's input looks
(Python scalars, nested lists, numpy arrays) and how a result should look:

``output="list"`` (the default)
    scalars are Python ``int``/``float``/``bool``; arrays are nested lists.
``output="numpy"``
    numpy arrays and scalars with exactly numpy's dtype, shape and
    Python-vs-numpy scalar type.  numpy is imported only here, only then.

``set_output`` sets the process-wide default, which objects created without
``output=`` follow (the way scikit-learn's ``set_config`` works).
"""

from __future__ import annotations

import operator
import sys
from typing import Any, List, Optional, Tuple

Shape = Tuple[int, ...]

_VALID = ("list", "numpy")
_default_output = ["list"]


def set_output(kind: str) -> None:
    """Set the process-wide default output container: ``"list"`` or ``"numpy"``.

    Objects created without ``output=`` follow this default at each call.
    """
    check_output_kind(kind)
    if kind == "numpy":
        _import_numpy()  # fail now, clearly, rather than at the first draw
    _default_output[0] = kind


def get_output() -> str:
    """The process-wide default output container."""
    return _default_output[0]


def check_output_kind(kind: Optional[str]) -> Optional[str]:
    if kind is not None and kind not in _VALID:
        raise ValueError(f"output must be 'list' or 'numpy', got {kind!r}")
    return kind


def _import_numpy() -> Any:
    try:
        import numpy
    except ImportError:
        raise ImportError(
            "output='numpy' needs numpy, which is not installed; "
            "use output='list' (the default) or install numpy"
        ) from None
    return numpy


def numpy_if_loaded() -> Any:
    """numpy if the process has already imported it (so inputs may be arrays), else None."""
    return sys.modules.get("numpy")


# --------------------------------------------------------------------------------------
# size
# --------------------------------------------------------------------------------------
def normalize_size(size: Any) -> Optional[Shape]:
    """``size`` as numpy reads it: None, an int, or a sequence of ints -> a shape tuple.

    Raises TypeError for non-integers (as ``operator.index``) and ValueError for
    negative dimensions, like ``numpy.empty(size)``.
    """
    if size is None:
        return None
    try:
        shape: Shape = (operator.index(size),)
    except TypeError:
        if not hasattr(size, "__iter__"):
            raise TypeError(
                f"expected a sequence of integers or a single integer, got '{size!r}'"
            ) from None
        shape = tuple(operator.index(s) for s in size)
    for s in shape:
        if s < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def size_count(shape: Shape) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


# --------------------------------------------------------------------------------------
# array-like inputs
# --------------------------------------------------------------------------------------
def as_flat(x: Any) -> Tuple[List[Any], Shape]:
    """A scalar, nested sequence or numpy array -> (flat values in C order, shape).

    Python scalars and 0-d arrays have shape ``()``.  Ragged nesting raises
    ValueError as numpy does.
    """
    np = numpy_if_loaded()
    if np is not None and isinstance(x, (np.ndarray, np.generic)):
        arr = np.asarray(x)
        return arr.ravel().tolist(), tuple(arr.shape)
    if not isinstance(x, (list, tuple)):
        if hasattr(x, "__array__") and np is not None:
            arr = np.asarray(x)
            return arr.ravel().tolist(), tuple(arr.shape)
        return [x], ()
    shape = _nested_shape(x)
    flat: List[Any] = list(x)
    for _ in range(len(shape) - 1):
        flat = [v for row in flat for v in row]
    if len(shape) >= 1:
        flat = _discover([_item(v) for v in flat])
    return flat, shape


_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1


def _discover(flat: List[Any]) -> List[Any]:
    """Apply numpy's dtype discovery for a list of Python numbers to the values.

    ``np.asarray`` gives each int the smallest of int64/uint64/object that holds
    it and promotes across the list: int64 with uint64 becomes *float64*, so
    ``[5, 2**63]`` is an array of two rounded floats.  Consumers of integer
    parameters (bounds) see those rounded values in numpy, so they must here.
    """
    has_float = has_big = has_small = has_int = False
    for v in flat:
        t = type(v)
        if t is float:
            has_float = True
        elif t is int:
            has_int = True
            if v > _INT64_MAX:
                has_big = True
                if v > _UINT64_MAX:
                    return flat  # object array: values stay as they are
            else:
                has_small = True
        elif t is bool:
            has_small = True
    if has_float or (has_big and has_small):
        return [float(v) for v in flat]
    if has_int:
        return [int(v) if type(v) is bool else v for v in flat]
    return flat


def _item(v: Any) -> Any:
    # numpy scalars inside a list become Python numbers.
    item = getattr(v, "item", None)
    return item() if item is not None and not isinstance(v, (int, float, bool)) else v


def _nested_shape(x: Any) -> Shape:
    shape: List[int] = []
    level: List[Any] = [x]
    while True:
        first = level[0] if level else None
        if level and isinstance(first, (list, tuple)):
            n = len(first)
            for v in level:
                if not isinstance(v, (list, tuple)) or len(v) != n:
                    raise ValueError(
                        "setting an array element with a sequence. The requested array has "
                        "an inhomogeneous shape after "
                        f"{len(shape)} dimensions."
                    )
            shape.append(n)
            level = [v for row in level for v in row]
        else:
            for v in level:
                if isinstance(v, (list, tuple)):
                    raise ValueError(
                        "setting an array element with a sequence. The requested array has "
                        f"an inhomogeneous shape after {len(shape)} dimensions."
                    )
            return tuple(shape)


def broadcast_shapes(*shapes: Shape) -> Shape:
    """numpy's broadcasting rule for shapes (ValueError on mismatch).

    Dimension by dimension, left to right, as numpy's multi-iterator
    (``PyArray_Broadcast``) does, so the error names the same pair of arguments:
    the one that set the dimension and the first one that clashes with it.
    """
    ndim = max((len(s) for s in shapes), default=0)
    result = []
    for i in range(ndim):
        dim, src = 1, 0
        for j, s in enumerate(shapes):
            k = i + len(s) - ndim
            if k < 0 or s[k] == 1:
                continue
            if dim == 1:
                dim, src = s[k], j
            elif s[k] != dim:
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single shape.  "
                    f"Mismatch is between arg {src} with shape {shapes[src]} and arg {j} "
                    f"with shape {s}."
                )
        result.append(dim)
    return tuple(result)


def broadcast_to(flat: List[Any], shape: Shape, target: Shape) -> List[Any]:
    """Repeat ``flat`` (of ``shape``) out to ``target`` in C order."""
    if shape == target:
        return flat
    if not shape or len(flat) == 1:
        return flat[:1] * size_count(target)
    pad = (1,) * (len(target) - len(shape)) + tuple(shape)
    strides = []
    acc = 1
    for dim in reversed(pad):
        strides.append(acc if dim != 1 else 0)
        acc *= dim
    strides.reverse()
    # Build the flat index list one axis at a time (stays in C loops for big arrays).
    index = [0]
    for dim, stride in zip(target, strides):
        steps = [k * stride for k in range(dim)]
        index = [i + s for i in index for s in steps]
    return [flat[i] for i in index]


# --------------------------------------------------------------------------------------
# output containers
# --------------------------------------------------------------------------------------
def nest(flat: List[Any], shape: Shape) -> Any:
    """Flat C-order values -> nested lists of ``shape`` (a 0-d shape gives the value)."""
    if not shape:
        return flat[0]
    if 0 in shape:
        return _nest_empty(shape)
    rows = flat
    for dim in reversed(shape[1:]):
        rows = [rows[i : i + dim] for i in range(0, len(rows), dim)]
    return rows


def _nest_empty(shape: Shape) -> Any:
    if not shape or shape[0] == 0:
        return []
    return [_nest_empty(shape[1:]) for _ in range(shape[0])]


class ListContainer:
    """Python scalars and nested lists."""

    kind = "list"

    @staticmethod
    def scalar(value: Any, dtype: str, numpy_scalar: bool = False) -> Any:
        if dtype == "bool":
            return bool(value)
        return value

    @staticmethod
    def array(flat: List[Any], shape: Shape, dtype: str) -> Any:
        if dtype == "bool":
            flat = list(map(bool, flat))
        return nest(flat, shape)


class NumpyContainer:
    """numpy arrays and scalars of numpy's exact dtype."""

    kind = "numpy"

    def __init__(self) -> None:
        self.np = _import_numpy()

    def scalar(self, value: Any, dtype: str, numpy_scalar: bool = False) -> Any:
        if numpy_scalar:
            return self.np.dtype(dtype).type(value)
        if dtype == "bool":
            return bool(value)
        return value

    def array(self, flat: List[Any], shape: Shape, dtype: str) -> Any:
        np = self.np
        return np.array(flat, dtype=dtype).reshape(shape)


_LIST = ListContainer()
_NUMPY: List[Any] = []


def container_for(output: Optional[str]) -> Any:
    """The container for an object's ``output`` setting (None -> the process default)."""
    kind = output or _default_output[0]
    if kind == "list":
        return _LIST
    if not _NUMPY:
        _NUMPY.append(NumpyContainer())
    return _NUMPY[0]


__all__ = [
    "as_flat",
    "broadcast_shapes",
    "broadcast_to",
    "container_for",
    "get_output",
    "nest",
    "normalize_size",
    "set_output",
    "size_count",
]
