"""The shared layer: size, array-like inputs, broadcasting, dtypes, containers, draw()."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng import _params
from pyprng._dtypes import BY_NAME, resolve_dtype
from pyprng._output import (
    as_flat,
    broadcast_shapes,
    broadcast_to,
    container_for,
    get_output,
    nest,
    normalize_size,
    set_output,
)

from .conftest import requires_numpy

shapes = st.lists(st.integers(0, 4), min_size=0, max_size=4).map(tuple)


@pytest.mark.parametrize("size, shape", [(None, None), (3, (3,)), ((2, 3), (2, 3)), ([4], (4,)), ((), ())])
def test_normalize_size(size, shape):
    assert normalize_size(size) == shape


@pytest.mark.parametrize("size, exc", [(-1, ValueError), ((2, -1), ValueError), (2.0, TypeError), ((2.0,), TypeError), ("ab", TypeError)])
def test_bad_sizes_raise_like_numpy(size, exc, np):
    with pytest.raises(exc):
        normalize_size(size)
    with pytest.raises(exc):
        np.empty(size)


@requires_numpy
@given(shapes)
def test_nest_matches_numpy_tolist(shape):
    import numpy

    n = 1
    for s in shape:
        n *= s
    flat = list(range(n))
    assert nest(flat, shape) == (numpy.arange(n).reshape(shape).tolist() if shape else 0)


@requires_numpy
@given(st.lists(shapes, min_size=1, max_size=3))
def test_broadcast_matches_numpy(shape_list):
    import numpy

    try:
        expected = numpy.broadcast_shapes(*shape_list)
    except ValueError:
        with pytest.raises(ValueError):
            broadcast_shapes(*shape_list)
        return
    assert broadcast_shapes(*shape_list) == expected
    for s in shape_list:
        arr = numpy.arange(int(numpy.prod(s))).reshape(s)
        flat, fshape = as_flat(arr)
        assert fshape == s
        assert broadcast_to(flat, s, expected) == numpy.broadcast_to(arr, expected).ravel().tolist()


def test_as_flat_nested_lists_and_ragged():
    assert as_flat([[1, 2], [3, 4]]) == ([1, 2, 3, 4], (2, 2))
    assert as_flat(2.5) == ([2.5], ())
    assert as_flat([]) == ([], (0,))
    with pytest.raises(ValueError):
        as_flat([[1, 2], [3]])


@pytest.mark.parametrize(
    "given_dtype, name",
    [(int, "int64"), (bool, "bool"), (float, "float64"), ("i1", "int8"), ("u2", "uint16"),
     ("?", "bool"), ("l", "int64"), ("uint64", "uint64"), ("float32", "float32"), ("<i4", "int32")],
)
def test_resolve_dtype_without_numpy_objects(given_dtype, name):
    assert resolve_dtype(given_dtype).name == name


@requires_numpy
@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_resolve_numpy_dtypes(name):
    import numpy

    assert resolve_dtype(numpy.dtype(name)).name == name
    assert resolve_dtype(numpy.dtype(name).type).name == name
    d = resolve_dtype(name)
    if d.is_integer and d.kind != "b":
        info = numpy.iinfo(name)
        assert (d.lo, d.hi) == (info.min, info.max)


def test_resolve_dtype_rejects_nonsense():
    with pytest.raises(TypeError):
        resolve_dtype("not-a-dtype")


def test_set_output_validates_and_switches():
    assert get_output() == "list"
    with pytest.raises(ValueError):
        set_output("arrays")
    assert container_for(None).kind == "list"


@requires_numpy
def test_numpy_container_types():
    import numpy

    set_output("numpy")
    try:
        c = container_for(None)
        assert c.kind == "numpy"
        arr = c.array([1, 2, 3, 4], (2, 2), "uint8")
        assert arr.dtype == numpy.uint8 and arr.shape == (2, 2)
        assert type(c.scalar(3, "int8", numpy_scalar=True)) is numpy.int8
        assert type(c.scalar(3.0, "float64")) is float
    finally:
        set_output("list")
    assert container_for("list").array([True, False], (2,), "bool") == [True, False]


def _const_kernel(state, a, b):
    state.append((a, b))
    return a + b


def test_draw_broadcasts_in_c_order_and_checks_before_drawing():
    calls: list = []
    lock = threading.RLock()
    c = container_for("list")
    out = _params.draw(_const_kernel, calls, lock, None, [([1.0, 2.0], "a", 0, "d"), ([[10.0], [20.0]], "b", 0, "d")], c)
    assert out == [[11.0, 12.0], [21.0, 22.0]]
    assert calls == [(1.0, 10.0), (2.0, 10.0), (1.0, 20.0), (2.0, 20.0)]
    calls.clear()
    with pytest.raises(ValueError, match="scale < 0"):
        _params.draw(_const_kernel, calls, lock, 3, [(1.0, "a", 0, "d"), ([1.0, -1.0], "scale", _params.NON_NEGATIVE, "d")], c)
    assert calls == []  # nothing drawn
    with pytest.raises(ValueError):
        _params.draw(_const_kernel, calls, lock, (3,), [([1.0, 2.0], "a", 0, "d"), (1.0, "b", 0, "d")], c)
    assert _params.draw(_const_kernel, calls, lock, (2, 2), [([1.0, 2.0], "a", 0, "d"), (1.0, "b", 0, "d")], c) == [[2.0, 3.0], [2.0, 3.0]]


def test_draw_scalar_and_sized():
    lock = threading.RLock()
    c = container_for("list")
    assert _params.draw(_const_kernel, [], lock, None, [(1, "a", 0, "d"), (2, "b", 0, "d")], c) == 3.0
    assert _params.draw(_const_kernel, [], lock, (2, 1), [(1, "a", 0, "d"), (2, "b", 0, "d")], c) == [[3.0], [3.0]]


@pytest.mark.parametrize(
    "cons, good, bad",
    [
        (_params.NON_NEGATIVE, [0.0, float("nan"), 3.0], [-0.0, -1.0]),
        (_params.POSITIVE, [1e-300, float("nan")], [0.0, -1.0]),
        (_params.BOUNDED_0_1, [0.0, 1.0], [1.5, float("nan")]),
        (_params.GT_1, [1.5], [1.0, float("nan")]),
    ],
)
def test_constraints(cons, good, bad):
    for v in good:
        _params.check_constraint(v, "x", cons)
        _params.check_array_constraint([v], "x", cons)
    for v in bad:
        with pytest.raises(ValueError):
            _params.check_constraint(v, "x", cons)
        with pytest.raises(ValueError):
            _params.check_array_constraint([v], "x", cons)
