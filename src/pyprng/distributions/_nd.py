"""Pure-Python n-d helpers for Generator's axis arguments (flat C-order lists + shapes)."""

from __future__ import annotations

import operator
from typing import Any, List, Sequence, Tuple

from .._output import numpy_if_loaded, size_count

Shape = Tuple[int, ...]


class AxisError(ValueError, IndexError):
    """numpy's AxisError when numpy is absent: both a ValueError and an IndexError."""

    def __init__(self, axis: int, ndim: int) -> None:
        self.axis = axis
        self.ndim = ndim
        super().__init__(f"axis {axis} is out of bounds for array of dimension {ndim}")


def axis_error(axis: int, ndim: int) -> Exception:
    """numpy.exceptions.AxisError if numpy is loaded, else an equivalent exception."""
    np = numpy_if_loaded()
    if np is not None:
        exc_mod = getattr(np, "exceptions", None)
        cls = getattr(exc_mod, "AxisError", None) or getattr(np, "AxisError", None)
        if cls is not None:
            return cls(axis, ndim)  # type: ignore[no-any-return]
    return AxisError(axis, ndim)


def normalize_axis_index(axis: Any, ndim: int) -> int:
    """numpy's ``normalize_axis_index``: -ndim <= axis < ndim, else AxisError."""
    ax = operator.index(axis)
    if not -ndim <= ax < ndim:
        raise axis_error(ax, ndim)
    return ax + ndim if ax < 0 else ax


def _split(shape: Shape, axis: int) -> Tuple[int, int, int]:
    """(outer, length, inner) element counts around ``axis``."""
    return size_count(shape[:axis]), shape[axis], size_count(shape[axis + 1 :])


def take(flat: List[Any], shape: Shape, indices: Sequence[int], axis: int) -> List[Any]:
    """``a.take(indices, axis)`` on a flat C-order list (indices already in range)."""
    outer, n, inner = _split(shape, axis)
    if inner == 1:
        return [flat[o * n + k] for o in range(outer) for k in indices]
    return [
        flat[(o * n + k) * inner + i] for o in range(outer) for k in indices for i in range(inner)
    ]


def lanes(shape: Shape, axis: int) -> List[List[int]]:
    """Flat positions of every 1-d lane along ``axis``, the other axes in C order."""
    outer, n, inner = _split(shape, axis)
    return [[(o * n + k) * inner + i for k in range(n)] for o in range(outer) for i in range(inner)]


__all__ = ["axis_error", "lanes", "normalize_axis_index", "take"]
