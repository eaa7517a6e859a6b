"""Generator reproduces numpy.random.Generator: values, types, errors, engine state."""

from __future__ import annotations

import pickle
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng import Generator
from pyprng.bitgen import MT19937, PCG64
from pyprng.distributions import choice as choice_mod
from pyprng.distributions import ziggurat as zig

from .conftest import assert_states_equal, deep_bits, requires_numpy

pytestmark = requires_numpy

ENGINES = ["PCG64", "MT19937"]
INT_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
LIMITS = {
    "bool": (0, 1),
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint8": (0, 2**8 - 1),
    "uint16": (0, 2**16 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
}

seeds = st.one_of(
    st.integers(0, 2**128 - 1),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=3),
)
engines = st.sampled_from(ENGINES)
warmups = st.integers(0, 3)  # leading 32-bit draws: exercise PCG64's half-word buffer
dims = st.integers(0, 4)
sizes = st.one_of(
    st.none(),
    st.integers(0, 12),
    st.tuples(dims),
    st.tuples(dims, dims),
    st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 2)),
    st.just(()),
)
float_dtypes = st.sampled_from(["float64", "float32"])
finite = st.floats(-1e6, 1e6, allow_nan=False)
nonneg = st.floats(0, 1e3, allow_nan=False)


def pair(seed, engine="PCG64", warm=0, output="numpy"):
    """Our Generator and numpy's on the same engine and seed, after ``warm`` uint32 draws."""
    import numpy

    ours_bg = {"PCG64": PCG64, "MT19937": MT19937}[engine](seed)
    theirs_bg = {"PCG64": numpy.random.PCG64, "MT19937": numpy.random.MT19937}[engine](seed)
    ours, theirs = Generator(ours_bg, output=output), numpy.random.Generator(theirs_bg)
    if warm:
        ours.integers(0, 2**32, size=warm, dtype="uint32")
        theirs.integers(0, 2**32, size=warm, dtype=numpy.uint32)
    return ours, theirs


def same(ours, theirs):
    """Equal values bit for bit, equal types (Python vs numpy scalar, dtype and shape)."""
    import numpy

    assert type(ours) is type(theirs), (type(ours), type(theirs))
    if isinstance(theirs, (numpy.ndarray, numpy.generic)):
        assert ours.dtype == theirs.dtype
        assert ours.shape == theirs.shape
    assert deep_bits(ours) == deep_bits(theirs)


def _plain(state):
    """A state dict with numpy arrays as lists (states hold only ints and strings)."""
    return {
        k: _plain(v) if isinstance(v, dict) else (v.tolist() if hasattr(v, "tolist") else v)
        for k, v in state.items()
    }


def states(ours, theirs):
    assert _plain(ours.bit_generator.state) == _plain(theirs.bit_generator.state)


def call_both(ours, theirs, method, *args, **kwargs):
    """Call ``method`` on both: equal results and states, or equal errors and no draw."""
    before = ours.bit_generator.state
    try:
        expected = getattr(theirs, method)(*args, **kwargs)
    except Exception as exc:  # numpy refused: we must refuse the same way, drawing nothing
        with pytest.raises(type(exc)) as info:
            getattr(ours, method)(*args, **kwargs)
        assert str(info.value) == str(exc)
        assert _plain(ours.bit_generator.state) == _plain(before)
        return None
    got = getattr(ours, method)(*args, **kwargs)
    same(got, expected)
    states(ours, theirs)
    return got


def param(draw, elements):
    """A scalar or a small array (as a nested list) for a broadcast parameter."""
    shape = draw(st.sampled_from([(), (), (1,), (3,), (2, 1), (2, 3)]))
    if not shape:
        return draw(elements)
    n = 1
    for s in shape:
        n *= s
    flat = draw(st.lists(elements, min_size=n, max_size=n))
    if len(shape) == 1:
        return flat
    return [flat[i : i + shape[1]] for i in range(0, n, shape[1])]


# --------------------------------------------------------------------------------------
# headline
# --------------------------------------------------------------------------------------
def test_default_rng_42_random_matches_numpy():
    import numpy

    import pyprng

    assert pyprng.default_rng(42).random() == numpy.random.default_rng(42).random()


# --------------------------------------------------------------------------------------
# fills with dtype (and out=)
# --------------------------------------------------------------------------------------
@given(seeds, engines, warmups, sizes, float_dtypes)
def test_random(seed, engine, warm, size, dtype):
    ours, theirs = pair(seed, engine, warm)
    call_both(ours, theirs, "random", size, dtype)


@given(seeds, engines, warmups, sizes, float_dtypes)
def test_standard_normal(seed, engine, warm, size, dtype):
    ours, theirs = pair(seed, engine, warm)
    call_both(ours, theirs, "standard_normal", size, dtype)
    call_both(ours, theirs, "standard_normal", 40, dtype)  # long enough to meet slow paths


@given(seeds, engines, warmups, sizes, float_dtypes, st.sampled_from(["zig", "inv"]))
def test_standard_exponential(seed, engine, warm, size, dtype, method):
    ours, theirs = pair(seed, engine, warm)
    call_both(ours, theirs, "standard_exponential", size, dtype, method)
    call_both(ours, theirs, "standard_exponential", 40, dtype, method)


@pytest.mark.parametrize("method", ["random", "standard_normal", "standard_exponential"])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("order", ["C", "F"])
@pytest.mark.parametrize("output", ["list", "numpy"])
def test_out_is_filled_in_memory_order_and_returned(method, dtype, order, output):
    import numpy

    ours, theirs = pair(7, "PCG64", 1, output)
    out_ours = numpy.zeros((3, 5), dtype=dtype, order=order)
    out_theirs = numpy.zeros((3, 5), dtype=dtype, order=order)
    got = getattr(ours, method)(dtype=dtype, out=out_ours)
    expected = getattr(theirs, method)(dtype=dtype, out=out_theirs)
    assert got is out_ours and expected is out_theirs
    same(got, expected)
    got = getattr(ours, method)(size=(3, 5), dtype=dtype, out=out_ours)
    getattr(theirs, method)(size=(3, 5), dtype=dtype, out=out_theirs)
    same(got, out_theirs)
    states(ours, theirs)


# --------------------------------------------------------------------------------------
# broadcasting distributions
# --------------------------------------------------------------------------------------
@given(st.data(), seeds, engines, warmups, sizes)
def test_normal(data, seed, engine, warm, size):
    ours, theirs = pair(seed, engine, warm)
    loc = param(data.draw, finite)
    scale = param(data.draw, nonneg)
    call_both(ours, theirs, "normal", loc, scale, size)


@given(st.data(), seeds, engines, warmups, sizes)
def test_lognormal(data, seed, engine, warm, size):
    ours, theirs = pair(seed, engine, warm)
    mean = param(data.draw, st.floats(-5, 5))
    sigma = param(data.draw, st.floats(0, 3))
    call_both(ours, theirs, "lognormal", mean, sigma, size)


@given(st.data(), seeds, engines, warmups, sizes)
def test_exponential(data, seed, engine, warm, size):
    ours, theirs = pair(seed, engine, warm)
    call_both(ours, theirs, "exponential", param(data.draw, nonneg), size)


@given(st.data(), seeds, engines, warmups, sizes)
def test_uniform(data, seed, engine, warm, size):
    ours, theirs = pair(seed, engine, warm)
    low = param(data.draw, finite)
    high = param(data.draw, finite)  # high < low sometimes: numpy's "high - low < 0"
    call_both(ours, theirs, "uniform", low, high, size)


# --------------------------------------------------------------------------------------
# integers
# --------------------------------------------------------------------------------------
@given(st.data(), seeds, engines, warmups, sizes, st.sampled_from(INT_DTYPES), st.booleans())
def test_integers_scalar_bounds(data, seed, engine, warm, size, dtype, endpoint):
    """Every width of range, valid or not (numpy's bound errors), every dtype."""
    ours, theirs = pair(seed, engine, warm)
    lo, hi = LIMITS[dtype]
    top = hi if endpoint else hi + 1
    bound = st.one_of(
        st.integers(lo, top),
        st.integers(max(lo, -3), min(top, 3)),
        st.sampled_from([lo, top, lo - 1, top + 1]),
    )
    low, high = data.draw(bound), data.draw(bound)
    if data.draw(st.booleans()):
        call_both(ours, theirs, "integers", high, None, size, dtype, endpoint)
    else:
        call_both(ours, theirs, "integers", low, high, size, dtype, endpoint)


@given(st.data(), seeds, engines, warmups, st.sampled_from(INT_DTYPES), st.booleans())
def test_integers_broadcast_bounds(data, seed, engine, warm, dtype, endpoint):
    """Array bounds (valid everywhere), broadcast together and into ``size``; buffers carried."""
    ours, theirs = pair(seed, engine, warm)
    lo, hi = LIMITS[dtype]
    top = hi if endpoint else hi + 1
    shape = data.draw(st.sampled_from([(1,), (3,), (2, 1), (2, 3)]))
    n = 1
    for s in shape:
        n *= s
    pairs = data.draw(
        st.lists(st.tuples(st.integers(lo, top), st.integers(lo, top)), min_size=n, max_size=n)
    )
    lows = [min(a, b) for a, b in pairs]
    highs = [max(a, b) + (0 if endpoint or max(a, b) > min(a, b) else 1) for a, b in pairs]
    highs = [min(h, top) for h in highs]
    lows = [lo_ if lo_ < h or endpoint else h - 1 for lo_, h in zip(lows, highs)]
    nest_ = (
        (lambda f: f)
        if len(shape) == 1
        else (lambda f: [f[i : i + shape[1]] for i in range(0, n, shape[1])])
    )
    low, high = nest_(lows), nest_(highs)
    which = data.draw(st.sampled_from(["both", "low", "high"]))
    if which == "low":
        high = top if endpoint else top  # scalar high above every low
    elif which == "high":
        low = lo
    size = data.draw(st.sampled_from([None, shape, (2,) + shape]))
    call_both(ours, theirs, "integers", low, high, size, dtype, endpoint)


@pytest.mark.parametrize(
    ("low", "high"), [(0, [1, 0, 0]), ([1, 0, 0], 1), ([0, 5], [[3, 6], [1, 0]])]
)
def test_integers_array_bounds_are_compared_after_broadcasting(low, high):
    ours, theirs = pair(0)
    call_both(ours, theirs, "integers", low, high)


@pytest.mark.parametrize("dtype", [int, bool, "int64", "int8", "bool"])
@pytest.mark.parametrize("output", ["list", "numpy"])
def test_integers_scalar_types(dtype, output):
    import numpy

    ours, theirs = pair(3, output=output)
    np_dtype = {"int64": numpy.int64, "int8": numpy.int8, "bool": numpy.bool_}.get(dtype, dtype)
    got = ours.integers(0, 2, dtype=dtype)
    expected = theirs.integers(0, 2, dtype=np_dtype)
    if output == "numpy":
        same(got, expected)
    else:
        assert type(got) is (bool if dtype in (bool, "bool") else int)
        assert got == expected


# --------------------------------------------------------------------------------------
# choice
# --------------------------------------------------------------------------------------
@given(st.data(), seeds, engines, warmups)
def test_choice(data, seed, engine, warm):
    ours, theirs = pair(seed, engine, warm)
    kind = data.draw(st.sampled_from(["int", "list", "2d"]))
    axis = 0
    if kind == "int":
        a = data.draw(st.integers(0, 30))
        pop = a
    elif kind == "list":
        a = data.draw(st.lists(st.integers(-100, 100), min_size=0, max_size=12))
        pop = len(a)
    else:
        rows, cols = data.draw(st.integers(1, 4)), data.draw(st.integers(1, 5))
        a = [[r * 10 + c for c in range(cols)] for r in range(rows)]
        axis = data.draw(st.sampled_from([0, 1, -1, -2]))
        pop = (rows, cols)[axis]
    size = data.draw(st.one_of(st.none(), st.integers(0, 6), st.tuples(st.integers(0, 3), dims)))
    replace = data.draw(st.booleans())
    p = None
    if data.draw(st.booleans()) and pop:
        weights = data.draw(st.lists(st.integers(0, 5), min_size=pop, max_size=pop))
        total = sum(weights)
        p = [w / total for w in weights] if total else None
    shuffle = data.draw(st.booleans())
    call_both(ours, theirs, "choice", a, size, replace, p, axis, shuffle)


@given(seeds, st.integers(10001, 30000), st.booleans(), st.integers(0, 3))
def test_choice_large_population_paths(seed, pop, shuffle, which):
    """Floyd below the cut-off, numpy's tail shuffle above it (n // 50, or n // 20 unshuffled)."""
    ours, theirs = pair(seed)
    cutoff = 50 if shuffle else 20
    size = [pop // cutoff, pop // cutoff + 1, 3, pop // 7][which]
    call_both(ours, theirs, "choice", pop, size, False, None, 0, shuffle)


def test_choice_tail_shuffle_whole_population():
    ours, theirs = pair(11)
    call_both(ours, theirs, "choice", 12000, 12000, False)
    call_both(ours, theirs, "choice", 12000, (3, 4000), False, None, 0, False)


def test_choice_scalar_results_and_zero_d():
    for output in ("numpy",):
        ours, theirs = pair(5, output=output)
        for args in [
            (5,),
            ([1.5, 2.5],),
            (["x", "y", "z"],),
            ([[1, 2], [3, 4]],),
            (5, ()),
            ([7, 8], ()),
        ]:
            call_both(ours, theirs, "choice", *args)
    ours = Generator(PCG64(5), output="list")
    assert isinstance(ours.choice(5), int)
    assert ours.choice(["x", "y"], size=()) in ("x", "y")
    assert isinstance(ours.choice([[1, 2], [3, 4]]), list)


# --------------------------------------------------------------------------------------
# permutations
# --------------------------------------------------------------------------------------
shapes = st.one_of(
    st.tuples(st.integers(0, 8)), st.tuples(dims, dims), st.tuples(dims, dims, st.integers(1, 3))
)


def _arange(shape):
    import numpy

    n = 1
    for s in shape:
        n *= s
    return numpy.arange(n).reshape(shape)


@given(seeds, engines, warmups, shapes, st.integers(-3, 3))
def test_shuffle_arrays(seed, engine, warm, shape, axis):
    ours, theirs = pair(seed, engine, warm)
    x_ours, x_theirs = _arange(shape), _arange(shape)
    try:
        theirs.shuffle(x_theirs, axis)
    except Exception as exc:
        with pytest.raises(type(exc), match=_re_escape(str(exc))):
            ours.shuffle(x_ours, axis)
        return
    assert ours.shuffle(x_ours, axis) is None
    assert x_ours.tolist() == x_theirs.tolist()
    states(ours, theirs)


@given(seeds, engines, st.lists(st.integers(), max_size=20))
def test_shuffle_lists(seed, engine, items):
    ours, theirs = pair(seed, engine)
    x_ours, x_theirs = list(items), list(items)
    ours.shuffle(x_ours)
    theirs.shuffle(x_theirs)
    assert x_ours == x_theirs
    states(ours, theirs)


@given(seeds, engines, warmups, st.integers(2, 3000))
def test_shuffle_long_lists_match_numpy(seed, engine, warm, n):
    """Long lists take the swap-while-drawing path: numpy's order and stream."""
    ours, theirs = pair(seed, engine, warm)
    x_ours, x_theirs = list(range(n)), list(range(n))
    ours.shuffle(x_ours)
    theirs.shuffle(x_theirs)
    assert x_ours == x_theirs
    states(ours, theirs)
    assert ours.random() == theirs.random()  # the stream goes on alike


@given(seeds, engines, warmups, st.one_of(st.integers(-2, 20), shapes), st.integers(-3, 3))
def test_permutation(seed, engine, warm, x, axis):
    ours, theirs = pair(seed, engine, warm)
    if isinstance(x, int):
        call_both(ours, theirs, "permutation", x)
    else:
        call_both(ours, theirs, "permutation", _arange(x).tolist(), axis)


@given(seeds, engines, warmups, shapes, st.one_of(st.none(), st.integers(-3, 3)), st.booleans())
def test_permuted(seed, engine, warm, shape, axis, fortran):
    import numpy

    ours, theirs = pair(seed, engine, warm)
    x = _arange(shape)
    if fortran:
        x = numpy.asfortranarray(x)
    call_both(ours, theirs, "permuted", x, axis=axis)
    out_ours, out_theirs = numpy.empty_like(x), numpy.empty_like(x)
    try:
        expected = theirs.permuted(x, axis=axis, out=out_theirs)
    except Exception as exc:
        with pytest.raises(type(exc), match=_re_escape(str(exc))):
            ours.permuted(x, axis=axis, out=out_ours)
        return
    assert ours.permuted(x, axis=axis, out=out_ours) is out_ours
    same(out_ours, expected)
    states(ours, theirs)


@pytest.mark.parametrize("output", ["list", "numpy"])
def test_permutations_in_list_mode_give_lists(output):
    ours, theirs = pair(2, output=output)
    x = [[1, 2, 3], [4, 5, 6]]
    got = ours.permuted(x, axis=1)
    expected = theirs.permuted(x, axis=1)
    assert (got if output == "list" else got.tolist()) == expected.tolist()
    got = ours.permutation(x, axis=1)
    expected = theirs.permutation(x, axis=1)
    assert (got if output == "list" else got.tolist()) == expected.tolist()
    states(ours, theirs)


# --------------------------------------------------------------------------------------
# bytes, spawn, pickling
# --------------------------------------------------------------------------------------
@given(seeds, engines, warmups, st.integers(-12, 40))
def test_bytes(seed, engine, warm, length):
    ours, theirs = pair(seed, engine, warm)
    call_both(ours, theirs, "bytes", length)


@given(seeds, st.integers(0, 4))
def test_spawn(seed, n):
    ours, theirs = pair(seed)
    kids_ours, kids_theirs = ours.spawn(n), theirs.spawn(n)
    assert len(kids_ours) == n
    for a, b in zip(kids_ours, kids_theirs):
        assert isinstance(a, Generator)
        assert a.random() == b.random()
    # and the parent keeps spawning where numpy does
    assert ours.spawn(1)[0].random() == theirs.spawn(1)[0].random()


def test_pickle_and_repr_keep_the_stream():
    ours, theirs = pair(9, "MT19937")
    call_both(ours, theirs, "standard_normal", 5)
    clone = pickle.loads(pickle.dumps(ours))
    assert clone.standard_normal(7).tolist() == theirs.standard_normal(7).tolist()
    assert str(ours) == "Generator(MT19937)"
    assert repr(ours).startswith("Generator(MT19937) at 0x")
    assert ours.bit_generator is ours.bit_generator


# --------------------------------------------------------------------------------------
# the default calls' fast paths agree with the general path
# --------------------------------------------------------------------------------------
@given(
    seeds, engines, warmups, st.lists(st.sampled_from(["random", "standard_normal"]), max_size=8)
)
def test_default_scalar_calls_equal_the_general_path(seed, engine, warm, calls):
    """``random()``/``standard_normal()`` skip dtype and size handling: same values, same state."""
    import numpy

    fast, _ = pair(seed, engine, warm, output="list")
    general, theirs = pair(seed, engine, warm, output="list")
    for method in calls:
        a = getattr(fast, method)()
        b = getattr(general, method)(dtype=numpy.float64)  # resolved, then _fill
        c = getattr(theirs, method)()
        assert type(a) is type(b) is float
        assert deep_bits(a) == deep_bits(b) == deep_bits(c)
    assert_states_equal(fast.bit_generator.state, general.bit_generator.state)
    states(fast, theirs)


@pytest.mark.parametrize("method", ["random", "standard_normal", "standard_exponential"])
def test_cached_dtype_resolution_still_refuses_bad_dtypes(method):
    """A dtype accepted once stays accepted; refused ones are refused every time."""
    import numpy

    ours, theirs = pair(3)
    for _ in range(2):
        for dtype in ["float32", "<f8", numpy.float64, numpy.dtype("float32"), None]:
            same(getattr(ours, method)(2, dtype=dtype), getattr(theirs, method)(2, dtype=dtype))
        for dtype in [">f8", "int64", numpy.int32, "complex128"]:
            with pytest.raises((TypeError, ValueError)) as expected:
                getattr(theirs, method)(2, dtype=dtype)
            with pytest.raises(type(expected.value)) as got:
                getattr(ours, method)(2, dtype=dtype)
            assert str(got.value) == str(expected.value)
    states(ours, theirs)


# --------------------------------------------------------------------------------------
# bulk and scalar paths agree (values and final state)
# --------------------------------------------------------------------------------------
FILLS = [
    (zig.standard_normal, zig.standard_normal_fill),
    (zig.standard_normal_f, zig.standard_normal_f_fill),
    (zig.standard_exponential, zig.standard_exponential_fill),
    (zig.standard_exponential_f, zig.standard_exponential_f_fill),
    (zig.standard_exponential_inv, zig.standard_exponential_inv_fill),
    (zig.standard_exponential_inv_f, zig.standard_exponential_inv_f_fill),
]


@given(seeds, engines, warmups, st.integers(0, 300), st.sampled_from(range(len(FILLS))))
def test_bulk_equals_scalar(seed, engine, warm, n, which):
    scalar, bulk = FILLS[which]
    cls = {"PCG64": PCG64, "MT19937": MT19937}[engine]
    a, b = cls(seed), cls(seed)
    for bg in (a, b):
        bg.uint32s(warm)
    assert deep_bits(bulk(a, n)) == deep_bits([scalar(b) for _ in range(n)])
    assert_states_equal(a.state, b.state)


@given(seeds, engines, st.integers(1, 200))
def test_bulk_without_known_double_conversion_uses_the_scalar_loop(seed, engine, n):
    """An engine whose next_double is unknown still gets numpy's values (scalar loop)."""
    cls = {"PCG64": PCG64, "MT19937": MT19937}[engine]

    class Custom(cls):  # defined outside pyprng: word_to_double() does not know it
        pass

    Custom.__module__ = "user_code"
    assert zig.word_to_double(Custom(seed)) is None
    a, b = Custom(seed), cls(seed)
    assert deep_bits(zig.standard_normal_fill(a, n)) == deep_bits(zig.standard_normal_fill(b, n))
    assert_states_equal(a.state["state"], b.state["state"])


def test_kahan_sum_is_compensated():
    values = [1.0, 1e-16, 1e-16, 1e-16, 1e-16]
    assert choice_mod.kahan_sum(values) == 1.0000000000000004
    assert sum(values) == 1.0  # plain summation loses them


@given(seeds, st.integers(1, 60), st.integers(1, 60), st.booleans())
def test_choice_floyd_matches_a_literal_hash_set(seed, pop_extra, size, shuffle):
    """Floyd with a Python set equals numpy's open-addressing table, in numpy's order."""
    pop = size + pop_extra
    ours, theirs = pair(seed)
    got = ours.choice(pop, size, replace=False, shuffle=shuffle)
    expected = theirs.choice(pop, size, replace=False, shuffle=shuffle)
    assert got.tolist() == expected.tolist()
    assert len(set(got.tolist())) == size


# --------------------------------------------------------------------------------------
# bad input: numpy's exception and message, state unchanged
# --------------------------------------------------------------------------------------
BAD_CALLS = [
    ("integers", (5, 5), {}),
    ("integers", (0,), {}),
    ("integers", (-1, 5), {"dtype": "uint8"}),
    ("integers", (0, 300), {"dtype": "int8"}),
    ("integers", (0, 2), {"dtype": "float64"}),
    ("integers", ([1, 5], [0, 6]), {}),
    ("integers", (0, 5), {"size": -1}),
    ("integers", (0, 5), {"size": 1.5}),
    ("integers", (0, [2, 3]), {"size": (3,)}),
    ("integers", ([1, 2], [3, 4, 5]), {}),
    ("integers", ([[1, 2]], [[3], [4], [5]]), {"size": 3}),
    ("random", (), {"dtype": "int64"}),
    ("random", (), {"dtype": "float16"}),
    ("random", (-2,), {}),
    ("random", (2.5,), {}),
    ("standard_normal", (), {"dtype": "int32"}),
    ("standard_exponential", (), {"dtype": "complex128"}),
    ("normal", (0, -1.0), {}),
    ("normal", (0, [1.0, -0.0]), {}),
    ("normal", ([0, 1], 1.0), {"size": (3,)}),
    ("lognormal", (0, -1.0), {}),
    ("exponential", (-1.0,), {}),
    ("uniform", (1.0, 0.0), {}),
    ("uniform", (0.0, float("inf")), {}),
    ("uniform", ([0.0, 1.0], [float("inf"), 2.0]), {}),
    ("uniform", ([1.0, 1.0], [0.0, 2.0]), {}),
    ("choice", (0,), {}),
    ("choice", ([],), {}),
    ("choice", (3.5,), {}),
    ("choice", (5,), {"p": [0.2] * 4}),
    ("choice", (5,), {"p": [[0.2] * 5]}),
    ("choice", (5,), {"p": 0.2}),
    ("choice", (3,), {"p": [0.5, 0.6, -0.1]}),
    ("choice", (3,), {"p": [0.5, 0.5, 0.5]}),
    ("choice", (3,), {"p": [0.5, float("nan"), 0.5]}),
    ("choice", (3, 4), {"replace": False}),
    ("choice", (3, 2), {"replace": False, "p": [1.0, 0.0, 0.0]}),
    ("choice", (5,), {"size": -1}),
    ("choice", ([[1, 2], [3, 4]],), {"axis": 2}),
    ("permutation", (3.5,), {}),
    ("permutation", ([[1, 2]],), {"axis": 2}),
    ("permuted", (3,), {}),
    ("permuted", ([[1, 2]],), {"axis": -3}),
    ("shuffle", (3,), {}),
    ("shuffle", ([1, 2, 3],), {"axis": 1}),
    ("bytes", (-9,), {}),
    ("bytes", ("3",), {}),
]


@pytest.mark.parametrize(("method", "args", "kwargs"), BAD_CALLS)
def test_bad_input_raises_like_numpy_and_draws_nothing(method, args, kwargs):
    import numpy

    ours, theirs = pair(1, warm=1)
    with pytest.raises(Exception) as expected:
        getattr(theirs, method)(*args, **kwargs)
    before = ours.bit_generator.state
    with pytest.raises(type(expected.value)) as got:
        getattr(ours, method)(*args, **kwargs)
    assert str(got.value) == str(expected.value)
    assert_states_equal(ours.bit_generator.state, before)
    if isinstance(expected.value, numpy.exceptions.AxisError):
        assert isinstance(got.value, (ValueError, IndexError))


def test_out_errors_match_numpy():
    import numpy

    ours, theirs = pair(1)
    cases = [
        ({"out": numpy.empty(3), "size": 4}, "random"),
        ({"out": numpy.empty(3, dtype="f4")}, "random"),
        ({"out": numpy.empty((4, 4))[:, ::2]}, "standard_normal"),
        ({"out": [0.0, 0.0]}, "standard_exponential"),
    ]
    for kwargs, method in cases:
        with pytest.raises(Exception) as expected:
            getattr(theirs, method)(**kwargs)
        with pytest.raises(type(expected.value), match="^" + _re_escape(str(expected.value)) + "$"):
            getattr(ours, method)(**kwargs)
    states(ours, theirs)


def _re_escape(s):
    import re

    return re.escape(s)


def test_read_only_array_shuffle_and_permuted_out():
    import numpy

    ours, theirs = pair(1)
    x = numpy.arange(5)
    x.flags.writeable = False
    with pytest.raises(ValueError, match="array is read-only"):
        ours.shuffle(x)
    with pytest.raises(TypeError, match="out must be a numpy array"):
        ours.permuted([1, 2], out=[0, 0])
    with pytest.raises(ValueError, match="out must have the same shape as x"):
        ours.permuted([1, 2], out=numpy.empty(3, dtype=int))
    with pytest.raises(TypeError):
        ours.permuted([1.5, 2.5], out=numpy.empty(2, dtype=int))  # unsafe cast, as numpy
    states(ours, theirs)


def test_shuffle_warns_for_non_sequences():
    ours, _ = pair(1)

    class Bag:
        def __init__(self):
            self.items = [1, 2, 3]

        def __len__(self):
            return 3

        def __getitem__(self, i):
            return self.items[i]

        def __setitem__(self, i, v):
            self.items[i] = v

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bag = Bag()
        ours.shuffle(bag)
    assert any("not a subclass of 'Sequence'" in str(w.message) for w in caught)
    assert sorted(bag.items) == [1, 2, 3]


def test_generator_needs_an_engine_instance():
    with pytest.raises(ValueError, match="must be instantiated"):
        Generator(PCG64)
    with pytest.raises(AttributeError):
        Generator(5)
    with pytest.raises(ValueError, match="output must be"):
        Generator(PCG64(1), output="pandas")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "bad",
    [
        {"bit_generator": "Nope"},
        "not a dict",
    ],
)
def test_bad_state_is_refused_and_the_stream_goes_on(engine, bad):
    ours, theirs = pair(4, engine)
    with pytest.raises(Exception) as expected:
        theirs.bit_generator.state = bad
    with pytest.raises(type(expected.value)):
        ours.bit_generator.state = bad
    call_both(ours, theirs, "standard_normal", 5)
