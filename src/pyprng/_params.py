"""Parameter checks and the one broadcasting loop every distribution method shares.

This mirrors numpy's ``_common.pyx`` (``cont``/``disc``): parameters are
converted (to float64, or int64 for count-like parameters), their constraints
are checked on *every* value before anything is drawn (so a call that raises
leaves the generator untouched), and then the kernel is called once per
output element in C order.  A method therefore costs one kernel plus one call
of :func:`draw`.
"""

from __future__ import annotations

import math
from typing import Any, Callable, List, Optional, Sequence, Tuple

from ._output import as_flat, broadcast_shapes, broadcast_to, normalize_size, size_count

# Constraint kinds (numpy's ``constraint_type``).
NONE = 0
NON_NEGATIVE = 1
POSITIVE = 2
POSITIVE_NOT_NAN = 3
BOUNDED_0_1 = 4
BOUNDED_GT_0_1 = 5
BOUNDED_LT_0_1 = 6
GT_1 = 7
GTE_1 = 8
POISSON = 9
LEGACY_POISSON = 10
LEGACY_NON_NEGATIVE_INBOUNDS_LONG = 11

INT64_MAX = (1 << 63) - 1
LONG_MAX = INT64_MAX
# numpy: <double>iinfo(int64).max - sqrt(iinfo(int64).max) * 10
POISSON_LAM_MAX = float(INT64_MAX) - math.sqrt(INT64_MAX) * 10
LEGACY_POISSON_LAM_MAX = POISSON_LAM_MAX


def _signbit(x: float) -> bool:
    return math.copysign(1.0, x) < 0


def check_constraint(val: float, name: str, cons: int) -> None:
    """Check one scalar parameter; messages as numpy's ``check_constraint``."""
    if cons == NONE:
        return
    if cons == NON_NEGATIVE:
        if not math.isnan(val) and _signbit(val):
            raise ValueError(f"{name} < 0")
    elif cons == POSITIVE or cons == POSITIVE_NOT_NAN:
        if cons == POSITIVE_NOT_NAN and math.isnan(val):
            raise ValueError(f"{name} must not be NaN")
        if val <= 0:
            raise ValueError(f"{name} <= 0")
    elif cons == BOUNDED_0_1:
        if not (val >= 0) or not (val <= 1):
            raise ValueError(f"{name} < 0, {name} > 1 or {name} is NaN")
    elif cons == BOUNDED_GT_0_1:
        if not (val > 0) or not (val <= 1):
            raise ValueError(f"{name} <= 0, {name} > 1 or {name} contains NaNs")
    elif cons == BOUNDED_LT_0_1:
        if not (val >= 0) or not (val < 1):
            raise ValueError(f"{name} < 0, {name} >= 1 or {name} is NaN")
    elif cons == GT_1:
        if not (val > 1):
            raise ValueError(f"{name} <= 1 or {name} is NaN")
    elif cons == GTE_1:
        if not (val >= 1):
            raise ValueError(f"{name} < 1 or {name} is NaN")
    elif cons == POISSON or cons == LEGACY_POISSON:
        if not (val >= 0):
            raise ValueError(f"{name} < 0 or {name} is NaN")
        if not (val <= POISSON_LAM_MAX):
            raise ValueError(f"{name} value too large")
    elif cons == LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
        if val < 0:
            raise ValueError(f"{name} < 0")
        if val > LONG_MAX:
            raise ValueError(
                f"{name} is out of bounds for long, consider using "
                "the new generator API for 64bit integers."
            )


def check_array_constraint(vals: Sequence[float], name: str, cons: int) -> None:
    """Check every value of an array parameter; messages as numpy's array checks."""
    if cons == NONE:
        return
    if cons == NON_NEGATIVE:
        if any(not math.isnan(v) and _signbit(v) for v in vals):
            raise ValueError(f"{name} < 0")
    elif cons == POSITIVE or cons == POSITIVE_NOT_NAN:
        if cons == POSITIVE_NOT_NAN and any(math.isnan(v) for v in vals):
            raise ValueError(f"{name} must not be NaN")
        if any(v <= 0 for v in vals):
            raise ValueError(f"{name} <= 0")
    elif cons == BOUNDED_0_1:
        if not all(0 <= v <= 1 for v in vals):
            raise ValueError(f"{name} < 0, {name} > 1 or {name} contains NaNs")
    elif cons == BOUNDED_GT_0_1:
        if not all(0 < v <= 1 for v in vals):
            raise ValueError(f"{name} <= 0, {name} > 1 or {name} contains NaNs")
    elif cons == BOUNDED_LT_0_1:
        if not all(0 <= v < 1 for v in vals):
            raise ValueError(f"{name} < 0, {name} >= 1 or {name} contains NaNs")
    elif cons == GT_1:
        if not all(v > 1 for v in vals):
            raise ValueError(f"{name} <= 1 or {name} contains NaNs")
    elif cons == GTE_1:
        if not all(v >= 1 for v in vals):
            raise ValueError(f"{name} < 1 or {name} contains NaNs")
    elif cons == POISSON or cons == LEGACY_POISSON:
        if not all(v <= POISSON_LAM_MAX for v in vals):
            raise ValueError(f"{name} value too large")
        if not all(v >= 0.0 for v in vals):
            raise ValueError(f"{name} < 0 or {name} contains NaNs")
    elif cons == LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
        if not all(v >= 0 for v in vals):
            raise ValueError(f"{name} < 0")
        if not all(v <= LONG_MAX for v in vals):
            raise ValueError(
                f"{name} is out of bounds for long, consider using "
                "the new generator API for 64bit integers."
            )


def to_double(v: Any) -> float:
    """Convert like numpy's cast to float64 (bools and ints accepted, strings refused)."""
    if isinstance(v, float):
        return v
    if isinstance(v, (str, bytes)):
        raise ValueError(f"could not convert string to float: {v!r}")
    if isinstance(v, complex):
        raise TypeError("can't convert complex to float")
    return float(v)


def to_int64(v: Any) -> int:
    """Convert like numpy's cast to int64 (floats truncated toward zero)."""
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise ValueError("cannot convert float NaN to integer")
        v = int(v)
    else:
        v = int(v)
    if not -(1 << 63) <= v <= INT64_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return v


# (value, name, constraint, kind) with kind 'd' (float64) or 'l' (int64)
Param = Tuple[Any, str, int, str]


def convert_params(params: Sequence[Param]) -> Tuple[List[List[Any]], List[Tuple[int, ...]], bool]:
    """Convert and check all parameters; return (flat values, shapes, all-scalar)."""
    flats: List[List[Any]] = []
    shapes: List[Tuple[int, ...]] = []
    for value, _name, _cons, kind in params:
        conv = to_double if kind == "d" else to_int64
        t = type(value)
        if t is float or t is int:  # the common scalar: no array machinery
            flats.append([conv(value)])
            shapes.append(())
            continue
        flat, shape = as_flat(value)
        flats.append([conv(v) for v in flat])
        shapes.append(shape)
    is_scalar = all(not s for s in shapes)
    for flat, (_value, name, cons, _kind) in zip(flats, params):
        if cons != NONE:
            if is_scalar:
                check_constraint(flat[0], name, cons)
            else:
                check_array_constraint(flat, name, cons)
    return flats, shapes, is_scalar


def _plain_args(params: Sequence[Param]) -> Optional[List[Any]]:
    """Converted and checked values when every parameter is a plain Python float
    or int (the common case, without the array machinery), else None."""
    args: List[Any] = []
    for value, _name, _cons, kind in params:
        t = type(value)
        if t is not float and t is not int:
            return None
        if kind == "d":
            args.append(value if t is float else to_double(value))
        else:
            args.append(to_int64(value))
    # As convert_params: all conversions first, then the constraints.
    for v, (_value, name, cons, _kind) in zip(args, params):
        if cons != NONE:
            check_constraint(v, name, cons)
    return args


def output_shape(
    size_shape: Optional[Tuple[int, ...]], param_shapes: Sequence[Tuple[int, ...]]
) -> Tuple[int, ...]:
    """The result shape: ``size`` if given (params must broadcast into it), else theirs."""
    if size_shape is None:
        return broadcast_shapes(*param_shapes)
    # numpy broadcasts the output array (argument 0) with the parameters in one go.
    joined = broadcast_shapes(size_shape, *param_shapes)
    if joined != size_shape:
        raise ValueError(
            f"Output size {size_shape} is not compatible with broadcast dimensions "
            f"of inputs {joined}."
        )
    return size_shape


def draw(
    kernel: Callable[..., Any],
    state: Any,
    lock: Any,
    size: Any,
    params: Sequence[Param],
    container: Any,
    dtype: str = "float64",
    numpy_scalar: bool = False,
    bulk: Optional[Callable[..., List[Any]]] = None,
) -> Any:
    """Draw from ``kernel(state, *params)`` with numpy's size/broadcast rules.

    Parameters
    ----------
    kernel : callable
        ``kernel(state, *param_values) -> value``: one draw.
    state : object
        What the kernel draws from (a bit generator, or RandomState's legacy state).
    lock : context manager
        Held while drawing.
    size : None, int or tuple of ints
    params : sequence of (value, name, constraint, kind)
    container : output container (see ``_output``)
    dtype : str
        The result dtype name.
    numpy_scalar : bool
        Whether a size=None result is a numpy scalar (True) or a Python one in numpy mode.
    bulk : callable, optional
        ``bulk(state, n, *param_values) -> list``: n draws at once for scalar
        parameters; must equal ``n`` calls of the kernel exactly.
    """
    shape = None if size is None else normalize_size(size)
    # Fast path: plain Python numbers skip the array machinery (no params: no args).
    args: Optional[Sequence[Any]] = _plain_args(params) if params else ()
    if args is None:
        flats, shapes, is_scalar = convert_params(params)
        if not is_scalar:
            target = output_shape(shape, shapes)
            columns = [broadcast_to(f, s, target) for f, s in zip(flats, shapes)]
            with lock:
                out = [kernel(state, *row) for row in zip(*columns)]
            return container.array(out, target, dtype)
        args = [f[0] for f in flats]
    if shape is None:
        with lock:
            value = kernel(state, *args)
        return container.scalar(value, dtype, numpy_scalar)
    n = size_count(shape)
    with lock:
        if bulk is not None:
            out = bulk(state, n, *args)
        else:
            out = [kernel(state, *args) for _ in range(n)]
    return container.array(out, shape, dtype)
