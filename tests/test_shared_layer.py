"""The shared layer: size, array-like inputs, broadcasting, dtypes, containers, draw()."""

from __future__ import annotations

import threading
from contextlib import contextmanager

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


@pytest.mark.parametrize(
    "size, shape", [(None, None), (3, (3,)), ((2, 3), (2, 3)), ([4], (4,)), ((), ())]
)
def test_normalize_size(size, shape):
    assert normalize_size(size) == shape


@pytest.mark.parametrize(
    "size, exc",
    [
        (-1, ValueError),
        ((2, -1), ValueError),
        (2.0, TypeError),
        ((2.0,), TypeError),
        ("ab", TypeError),
    ],
)
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
    [
        (int, "int64"),
        (bool, "bool"),
        (float, "float64"),
        ("i1", "int8"),
        ("u2", "uint16"),
        ("?", "bool"),
        ("l", "int64"),
        ("uint64", "uint64"),
        ("float32", "float32"),
        ("<i4", "int32"),
    ],
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
    out = _params.draw(
        _const_kernel,
        calls,
        lock,
        None,
        [([1.0, 2.0], "a", 0, "d"), ([[10.0], [20.0]], "b", 0, "d")],
        c,
    )
    assert out == [[11.0, 12.0], [21.0, 22.0]]
    assert calls == [(1.0, 10.0), (2.0, 10.0), (1.0, 20.0), (2.0, 20.0)]
    calls.clear()
    with pytest.raises(ValueError, match="scale < 0"):
        _params.draw(
            _const_kernel,
            calls,
            lock,
            3,
            [(1.0, "a", 0, "d"), ([1.0, -1.0], "scale", _params.NON_NEGATIVE, "d")],
            c,
        )
    assert calls == []  # nothing drawn
    with pytest.raises(ValueError):
        _params.draw(
            _const_kernel, calls, lock, (3,), [([1.0, 2.0], "a", 0, "d"), (1.0, "b", 0, "d")], c
        )
    assert _params.draw(
        _const_kernel, calls, lock, (2, 2), [([1.0, 2.0], "a", 0, "d"), (1.0, "b", 0, "d")], c
    ) == [[2.0, 3.0], [2.0, 3.0]]


def test_draw_scalar_and_sized():
    lock = threading.RLock()
    c = container_for("list")
    assert (
        _params.draw(_const_kernel, [], lock, None, [(1, "a", 0, "d"), (2, "b", 0, "d")], c) == 3.0
    )
    assert _params.draw(
        _const_kernel, [], lock, (2, 1), [(1, "a", 0, "d"), (2, "b", 0, "d")], c
    ) == [[3.0], [3.0]]


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


# --------------------------------------------------------------------------------------
# bulk kernels in blocks == scalar kernels (no numpy needed)
# --------------------------------------------------------------------------------------
@contextmanager
def patched(module, **values):
    """Module constants (block sizes) set for a block of code, then restored."""
    saved = {k: getattr(module, k) for k in values}
    for k, v in values.items():
        setattr(module, k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(module, k, v)


@given(
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(0, 300), min_size=1, max_size=4),
    st.integers(1, 40),
    st.integers(0, 10),
)
def test_legacy_gauss_bulk_in_blocks_equals_scalar(seed, counts, pairs, few):
    """Any block size: legacy_gauss_bulk == n calls of legacy_gauss, cached value included."""
    from pyprng.bitgen import MT19937
    from pyprng.distributions import legacy

    a = legacy.LegacyState(MT19937(seed))
    b = legacy.LegacyState(MT19937(seed))
    for n in counts:
        with patched(legacy, _PAIRS=pairs, _FEW=few):
            bulk = legacy.legacy_gauss_bulk(a, n)
        one = [legacy.legacy_gauss(b) for _ in range(n)]
        assert [x.hex() for x in bulk] == [x.hex() for x in one]
        assert (a.has_gauss, a.gauss.hex()) == (b.has_gauss, b.gauss.hex())
        assert a.bitgen.state == b.bitgen.state


@given(st.integers(0, 2**32 - 1), st.integers(0, 100), st.integers(1, 9))
def test_uniform_bulks_in_blocks_equal_scalar(seed, n, block):
    from pyprng.bitgen import MT19937, PCG64
    from pyprng.distributions import legacy, uniform

    for engine in (MT19937, PCG64):
        cases = [
            (uniform.standard_uniform_bulk, uniform.standard_uniform, (), False),
            (uniform.standard_uniform_f_bulk, uniform.standard_uniform_f, (), False),
            (uniform.uniform_bulk, uniform.uniform, (-2.5, 7.25), False),
            (legacy.legacy_standard_exponential_bulk, legacy.legacy_standard_exponential, (), True),
            (legacy.legacy_exponential_bulk, legacy.legacy_exponential, (3.5,), True),
        ]
        for bulk, one, args, is_legacy in cases:
            a, b = engine(seed), engine(seed)
            sa = legacy.LegacyState(a) if is_legacy else a
            sb = legacy.LegacyState(b) if is_legacy else b
            with patched(uniform, BLOCK=block):
                got = bulk(sa, n, *args)
            want = [one(sb, *args) for _ in range(n)]
            assert [x.hex() for x in got] == [x.hex() for x in want]
            assert a.state == b.state


def test_draw_plain_scalars_convert_then_check():
    """Plain float/int parameters take a fast path with the same conversions, the same
    constraint messages and the same order (all conversions before any check)."""
    lock = threading.RLock()
    c = container_for("list")
    kernel = lambda state, a, b: (a, b)  # noqa: E731
    got = _params.draw(kernel, None, lock, None, [(1, "a", 0, "d"), (2.9, "b", 0, "l")], c)
    assert got == (1.0, 2) and type(got[0]) is float
    with pytest.raises(ValueError, match="a < 0"):
        _params.draw(
            kernel, None, lock, None, [(-1.0, "a", _params.NON_NEGATIVE, "d"), (1, "b", 0, "d")], c
        )
    with pytest.raises(ValueError, match="cannot convert float NaN"):
        _params.draw(
            kernel,
            None,
            lock,
            None,
            [(-1.0, "a", _params.NON_NEGATIVE, "d"), (float("nan"), "b", 0, "l")],
            c,
        )
    with pytest.raises(OverflowError):
        _params.draw(kernel, None, lock, None, [(2**63, "a", 0, "l"), (0, "b", 0, "d")], c)
    # Plain and list-wrapped scalars give the same result.
    assert _params.draw(kernel, None, lock, 2, [(0.5, "a", 0, "d"), (3, "b", 0, "l")], c) == [
        (0.5, 3),
        (0.5, 3),
    ]
