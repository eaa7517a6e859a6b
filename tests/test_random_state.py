"""RandomState reproduces numpy.random.RandomState: values, types and state, call by call."""

from __future__ import annotations

import pickle
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.bitgen import MT19937, PCG64
from pyprng.random_state import RandomState

from .conftest import assert_states_equal, bits, deep_bits, requires_numpy

pytestmark = requires_numpy

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
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=4),
)
dims = st.integers(0, 4)
sizes = st.one_of(
    st.none(),
    st.integers(0, 7),
    st.tuples(dims),
    st.tuples(dims, dims),
    st.tuples(dims, st.integers(0, 3), st.integers(0, 2)),
    st.just(()),
)
finite = st.floats(-1e6, 1e6, allow_nan=False)


def pair(seed):
    """Our RandomState (numpy output) and numpy's, seeded alike."""
    import numpy

    return RandomState(seed, output="numpy"), numpy.random.RandomState(seed)


def same(ours, theirs):
    """Equal values bit for bit, equal types (Python vs numpy scalar, dtype and shape)."""
    import numpy

    assert type(ours) is type(theirs), (type(ours), type(theirs))
    if isinstance(theirs, (numpy.ndarray, numpy.generic)):
        assert ours.dtype == theirs.dtype
        assert numpy.shape(ours) == numpy.shape(theirs)
    assert deep_bits(ours) == deep_bits(theirs)


def state_key(state):
    """A legacy state tuple in a cheaply comparable form (floats as bit patterns)."""
    key = state[1].tolist() if hasattr(state[1], "tolist") else list(state[1])
    return (state[0], key, int(state[2]), int(state[3]), bits(float(state[4])))


def both(ours_rs, np_rs, method, *args, **kwargs):
    """Call ``method`` on both; compare results or exception types, then states.

    When numpy raises, ours must raise the same type and leave its state unchanged.
    """
    before = state_key(ours_rs.get_state())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = getattr(np_rs, method)(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - any numpy error must be mirrored
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(type(exc)):
                getattr(ours_rs, method)(*args, **kwargs)
        assert state_key(ours_rs.get_state()) == before
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours = getattr(ours_rs, method)(*args, **kwargs)
    same(ours, theirs)
    assert state_key(ours_rs.get_state()) == state_key(np_rs.get_state())
    return ours


# --------------------------------------------------------------------------------------
# seeding and state
# --------------------------------------------------------------------------------------
@given(seeds)
def test_seeding_gives_numpys_state(seed):
    ours, theirs = pair(seed)
    assert state_key(ours.get_state()) == state_key(theirs.get_state())
    ours.seed(seed)
    assert state_key(ours.get_state()) == state_key(theirs.get_state())


@given(seeds, seeds)
def test_reseed_resets_cached_gaussian(seed, seed2):
    ours, theirs = pair(seed)
    both(ours, theirs, "standard_normal")  # leaves a cached value
    ours.seed(seed2)
    theirs.seed(seed2)
    assert state_key(ours.get_state()) == state_key(theirs.get_state())
    both(ours, theirs, "standard_normal", 3)


def test_classic_vector_without_numpy_oracle():
    rs = RandomState(101, output="list")
    assert rs.randint(1, 100, 5) == [96, 12, 82, 71, 64]


@given(seeds, st.integers(0, 3))
def test_state_roundtrip_restores_stream(seed, n):
    ours, theirs = pair(seed)
    both(ours, theirs, "standard_normal", n)
    saved = ours.get_state()
    first = ours.random_sample(5).tolist()
    gauss = ours.standard_normal()
    ours.set_state(saved)
    assert ours.random_sample(5).tolist() == first
    assert ours.standard_normal() == gauss
    # numpy accepts our state and we accept numpy's (tuple, dict, and 3-item tuple)
    theirs.set_state(saved)
    ours2 = RandomState(0, output="numpy")
    ours2.set_state(theirs.get_state())
    assert state_key(ours2.get_state()) == state_key(theirs.get_state())
    ours2.set_state(theirs.get_state(legacy=False))
    d1, d2 = ours2.get_state(legacy=False), theirs.get_state(legacy=False)
    assert d1["state"]["key"].tolist() == d2["state"]["key"].tolist()
    assert (d1["state"]["pos"], d1["has_gauss"], bits(d1["gauss"])) == (
        d2["state"]["pos"],
        d2["has_gauss"],
        bits(d2["gauss"]),
    )
    short = theirs.get_state()[:3]
    ours2.set_state(short)
    theirs.set_state(short)
    assert state_key(ours2.get_state()) == state_key(theirs.get_state())


def test_state_layout_matches_numpy(np):
    ours, theirs = pair(7)
    ours.standard_normal()
    theirs.standard_normal()
    a, b = ours.get_state(), theirs.get_state()
    assert [type(v) for v in a] == [type(v) for v in b]
    assert a[1].dtype == b[1].dtype == np.uint32
    d1, d2 = ours.get_state(legacy=False), theirs.get_state(legacy=False)
    assert set(d1) == set(d2)
    assert_states_equal(d1, d2)
    lst = RandomState(7, output="list").get_state()
    assert isinstance(lst[1], list) and all(type(k) is int for k in lst[1])


def test_pickle_and_copy_keep_cached_gaussian():
    import copy

    rs = RandomState(3)
    rs.standard_normal()
    saved = rs.get_state()
    for make in (lambda r: pickle.loads(pickle.dumps(r)), copy.deepcopy):
        clone = make(rs)
        assert clone.standard_normal() == rs.standard_normal()
        assert clone.random_sample() == rs.random_sample()
        rs.set_state(saved)


@pytest.mark.parametrize(
    "bad, exc",
    [
        (-1, ValueError),
        (2**32, ValueError),
        (1.5, TypeError),
        ([], ValueError),
        ([[1, 2], [3, 4]], ValueError),
        ([1, -2], ValueError),
        ([1.5], TypeError),
        ("abc", TypeError),
    ],
)
def test_bad_seeds(np, bad, exc):
    with pytest.raises(exc):
        np.random.RandomState(bad)
    with pytest.raises(exc):
        RandomState(bad)
    rs = RandomState(5)
    before = rs.get_state()
    with pytest.raises(exc):
        rs.seed(bad)
    assert_states_equal(rs.get_state(), before)


def test_bad_states(np):
    rs, theirs = pair(1)
    good = rs.get_state()
    before = rs.get_state()
    cases = [
        (42, TypeError),
        ("MT19937", TypeError),
        (("PCG64", good[1], good[2]), ValueError),
        ({"state": {}}, ValueError),
        ({"bit_generator": "PCG64", "state": {"state": 1, "inc": 1}}, ValueError),
        (("MT19937", good[1][:10], 0), IndexError),
        (("MT19937", good[1], good[2], 0), IndexError),
        (("MT19937", good[1], good[2], 1, "x"), TypeError),
        ((), IndexError),
    ]
    for state, exc in cases:
        with pytest.raises(exc):
            theirs.set_state(state)
        with pytest.raises(exc):
            rs.set_state(state)
        assert_states_equal(rs.get_state(), before)


def test_bitgenerator_instances_are_used_as_is(np):
    ours = RandomState(PCG64(1), output="numpy")
    theirs = np.random.RandomState(np.random.PCG64(1))
    for method, args in [
        ("random_sample", (5,)),
        ("randint", (0, 1000, 7)),
        ("standard_normal", (5,)),
        ("choice", (10, 4, False)),
        ("permutation", (9,)),
        ("randint", (0, 200, 9, "uint8")),
    ]:
        same(getattr(ours, method)(*args), getattr(theirs, method)(*args))
    with pytest.warns(RuntimeWarning):
        st_ours = ours.get_state()
    with pytest.warns(RuntimeWarning):
        st_theirs = theirs.get_state()
    assert_states_equal(st_ours, st_theirs)
    with pytest.raises(TypeError):
        ours.seed(1)
    assert str(ours) == "RandomState(PCG64)"
    mt = MT19937(5)
    ours = RandomState(mt, output="numpy")
    theirs = np.random.RandomState(np.random.MT19937(5))
    same(ours.randn(4), theirs.randn(4))


# --------------------------------------------------------------------------------------
# uniform floats
# --------------------------------------------------------------------------------------
@given(seeds, sizes, st.sampled_from(["random_sample", "random", "ranf", "sample"]))
def test_random_sample(seed, size, method):
    ours, theirs = pair(seed)
    both(ours, theirs, method if method in ("random_sample", "random") else "random_sample", size)
    if method in ("ranf", "sample"):
        same(getattr(ours, method)(size), theirs.random_sample(size))


@given(seeds, st.lists(st.integers(0, 4), max_size=3))
def test_rand_and_randn(seed, args):
    ours, theirs = pair(seed)
    both(ours, theirs, "rand", *args)
    both(ours, theirs, "randn", *args)
    both(ours, theirs, "randn", *args)


@given(
    seeds,
    sizes,
    st.one_of(finite, st.lists(finite, min_size=1, max_size=3)),
    st.one_of(finite, st.lists(st.lists(finite, min_size=1, max_size=3), min_size=1, max_size=2)),
)
def test_uniform(seed, size, low, high):
    ours, theirs = pair(seed)
    both(ours, theirs, "uniform", low, high, size)
    both(ours, theirs, "uniform", low, high)
    both(ours, theirs, "uniform")


def test_uniform_range_overflow(np):
    ours, theirs = pair(1)
    for args in [(-1e308, 1e308), ([0, -1e308], 1e308), (0, float("inf")), (float("nan"), 1)]:
        both(ours, theirs, "uniform", *args)


# --------------------------------------------------------------------------------------
# integers
# --------------------------------------------------------------------------------------
@st.composite
def int_bounds(draw):
    dtype = draw(st.sampled_from(INT_DTYPES))
    lo, hi = LIMITS[dtype]
    kind = draw(st.sampled_from(["any", "small", "edge"]))
    if kind == "small":
        low = draw(st.integers(lo, hi))
        high = min(low + draw(st.integers(1, 5)), hi + 1)
    elif kind == "edge":
        low = draw(st.sampled_from([lo, lo + 1, 0 if lo == 0 else -1]))
        high = draw(st.sampled_from([hi + 1, hi, low + 1, low + 2**32, low + 2**32 + 1]))
        high = min(max(high, low + 1), hi + 1)
    else:
        low = draw(st.integers(lo, hi))
        high = draw(st.integers(low + 1, hi + 1))
    return dtype, low, high


@given(seeds, int_bounds(), sizes)
def test_randint_scalar_bounds(seed, bounds, size):
    dtype, low, high = bounds
    ours, theirs = pair(seed)
    both(ours, theirs, "randint", low, high, size, dtype)
    both(ours, theirs, "randint", low, high, size, dtype)  # a second call: buffers are per call
    if low == 0:
        both(ours, theirs, "randint", high, None, size, dtype)


@given(
    seeds,
    int_bounds(),
    st.lists(st.integers(0, 3), min_size=1, max_size=4),
    st.booleans(),
    st.sampled_from([None, "same", (2, 1)]),
)
def test_randint_array_bounds(seed, bounds, offsets, as_column, size):
    """Array-valued low/high broadcast; the 8/16-bit/bool buffer spans the elements."""
    dtype, low, high = bounds
    lows = [max(min(low + o, high - 1), low) for o in offsets]
    highs = [[high]] if as_column else high
    ours, theirs = pair(seed)
    if size == "same":
        size = (len(lows),)  # numpy even accepts this with a (1, 1) high
    elif size == (2, 1):
        size = (2, len(lows))
    both(ours, theirs, "randint", lows, highs, size, dtype)
    both(ours, theirs, "randint", low, [high] * len(offsets), None, dtype)


@given(seeds, st.sampled_from([int, bool, "l", "i4", "u1", "?", "int64", "uint64"]), sizes)
def test_randint_dtype_spellings(seed, dtype, size):
    import numpy

    ours, theirs = pair(seed)
    hi = 2 if dtype in (bool, "?") else 100
    both(ours, theirs, "randint", hi, None, size, dtype)
    np_type = {"l": numpy.int64, "u1": numpy.uint8, "?": numpy.bool_}.get(dtype)
    if np_type is not None:
        both(ours, theirs, "randint", hi, None, size, np_type)
        both(ours, theirs, "randint", hi, None, size, numpy.dtype(np_type))


@given(seeds, st.integers(-5, 5), st.one_of(st.none(), st.integers(-3, 20)), sizes)
def test_random_integers(seed, low, high, size):
    ours, theirs = pair(seed)
    both(ours, theirs, "random_integers", low, high, size)


def test_random_integers_warns():
    rs = RandomState(1)
    with pytest.warns(DeprecationWarning, match=r"randint\(1, 5 \+ 1\)"):
        rs.random_integers(5)


@given(seeds, sizes)
def test_tomaxint(seed, size):
    ours, theirs = pair(seed)
    both(ours, theirs, "tomaxint", size)


@given(seeds, st.integers(-9, 41))
def test_bytes(seed, length):
    ours, theirs = pair(seed)
    both(ours, theirs, "bytes", length)


@pytest.mark.parametrize(
    "args",
    [
        (5, 2),
        (0,),
        (-3,),
        (0, 0),
        (300, None, None, "int8"),
        (-1, 5, None, "uint8"),
        (0, 2**64 + 1, None, "uint64"),
        (-(2**63) - 1, 0, None, "int64"),
        (0, 3, None, "bool"),
        ([0, 5], [4, 4]),
        ([0, -200], 5, None, "int8"),
        ([0, 0], [2**64, 2**65], None, "uint64"),
        (0, [1, 2, 3], (2, 2)),
        (0, 10, -1),
        (0, 10, 2.5),
        (float("nan"), 5),
        (0, 10, None, "float64"),
        (0, 10, None, float),
        (0, 10, None, "complex128"),
    ],
)
def test_randint_bad_input(np, args):
    ours, theirs = pair(11)
    both(ours, theirs, "randint", *args)


def test_randint_messages():
    rs = RandomState(1)
    cases = [
        ((5, 2), "low >= high"),
        ((0,), "high <= 0"),
        ((300, None, None, "int8"), "high is out of bounds for int8"),
        ((-1, 5, None, "uint16"), "low is out of bounds for uint16"),
        ((0, 10, None, "float32"), "Unsupported dtype dtype('float32') for randint"),
    ]
    for args, msg in cases:
        with pytest.raises((ValueError, TypeError)) as info:
            rs.randint(*args)
        assert str(info.value) == msg


def test_randint_empty_size_skips_checks(np):
    ours, theirs = pair(1)
    both(ours, theirs, "randint", 5, 2, 0)
    both(ours, theirs, "randint", 0, None, (3, 0), "int8")


# --------------------------------------------------------------------------------------
# choice, shuffle, permutation
# --------------------------------------------------------------------------------------
@st.composite
def probabilities(draw, n):
    weights = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    if sum(weights) == 0:
        weights[0] = 1
    total = sum(weights)
    return [w / total for w in weights]


@given(seeds, st.integers(1, 12), st.data())
def test_choice(seed, n, data):
    size = data.draw(
        st.one_of(
            st.none(),
            st.integers(0, n),
            st.tuples(st.integers(0, 2), st.integers(0, 2)),
            st.just(()),
        )
    )
    replace = data.draw(st.booleans())
    use_p = data.draw(st.booleans())
    p = data.draw(probabilities(n)) if use_p else None
    a = data.draw(st.sampled_from(["int", "floats", "strings", "array"]))
    import numpy

    population = {
        "int": n,
        "floats": [i * 0.5 for i in range(n)],
        "strings": [chr(97 + i) for i in range(n)],
        "array": numpy.arange(n, dtype=numpy.int16) * 3,
    }[a]
    ours, theirs = pair(seed)
    both(ours, theirs, "choice", population, size, replace, p)
    both(ours, theirs, "choice", population, size, replace, p)


@pytest.mark.parametrize(
    "args",
    [
        (0,),
        (-1,),
        ([],),
        ([[1, 2], [3, 4]],),
        (2.5,),
        (5, 6, False),
        (5, None, True, [0.5, 0.5]),
        (2, None, True, [0.5, 0.6]),
        (2, None, True, [1.5, -0.5]),
        (2, None, True, [float("nan"), 1.0]),
        (2, None, True, [[0.5, 0.5]]),
        (3, 3, False, [0.5, 0.5, 0.0]),
        (0, 0),
        ([], (2, 0)),
    ],
)
def test_choice_bad_or_empty(np, args):
    ours, theirs = pair(2)
    both(ours, theirs, "choice", *args)


def test_choice_messages():
    rs = RandomState(1)
    cases = [
        ((0,), "a must be greater than 0 unless no samples are taken"),
        (([],), "'a' cannot be empty unless no samples are taken"),
        (([[1]],), "a must be 1-dimensional"),
        ((5, 6, False), "Cannot take a larger sample than population when 'replace=False'"),
        ((2, None, True, [0.5, 0.6]), "probabilities do not sum to 1"),
        ((2, None, True, [1.5, -0.5]), "probabilities are not non-negative"),
        ((2, None, True, [0.5]), "'a' and 'p' must have same size"),
        ((3, 3, False, [0.5, 0.5, 0.0]), "Fewer non-zero entries in p than size"),
    ]
    for args, msg in cases:
        with pytest.raises(ValueError) as info:
            rs.choice(*args)
        assert str(info.value) == msg


def test_choice_float32_p_tolerance(np):
    p = np.array([0.3, 0.3, 0.4001], dtype=np.float32)  # sums to 1 within float32 eps only
    ours, theirs = pair(4)
    both(ours, theirs, "choice", 3, 5, True, p)
    both(ours, theirs, "choice", 3, 5, True, p.astype(np.float64))


@given(seeds, st.integers(0, 20), st.integers(0, 3))
def test_shuffle_and_permutation(seed, n, cols):
    import numpy

    ours, theirs = pair(seed)
    both(ours, theirs, "permutation", n)
    both(ours, theirs, "permutation", list(range(n)))
    arr = numpy.arange(n * max(cols, 1)).reshape(n, max(cols, 1)) if cols else numpy.arange(n) * 1.5
    both(ours, theirs, "permutation", arr)
    x1, x2 = arr.copy(), arr.copy()
    ours.shuffle(x1)
    theirs.shuffle(x2)
    assert x1.tolist() == x2.tolist()
    l1, l2 = list(range(n)), list(range(n))
    ours.shuffle(l1)
    theirs.shuffle(l2)
    assert l1 == l2
    assert state_key(ours.get_state()) == state_key(theirs.get_state())


def test_shuffle_special_cases(np):
    ours, theirs = pair(9)
    for bad in [5, np.array(5)]:
        with pytest.raises(TypeError):
            theirs.shuffle(bad)
        with pytest.raises(TypeError):
            ours.shuffle(bad)
    ro = np.arange(5)
    ro.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        ours.shuffle(ro)
    before = ours.get_state()
    for immutable in ["abc", (1, 2, 3), b"xy"]:
        with pytest.raises(TypeError):
            ours.shuffle(immutable)
        assert_states_equal(ours.get_state(), before)
    for trivial in ["a", (1,), [], np.zeros((0, 3))]:
        ours.shuffle(trivial)
        theirs.shuffle(trivial)
    assert state_key(ours.get_state()) == state_key(theirs.get_state())
    with pytest.raises(IndexError):
        ours.permutation(5.0)
    with pytest.raises(IndexError):
        ours.permutation("abc")
    same(ours.permutation(np.uint64(5)), theirs.permutation(np.uint64(5)))
    same(ours.permutation(np.zeros((3, 0))), theirs.permutation(np.zeros((3, 0))))
    assert state_key(ours.get_state()) == state_key(theirs.get_state())


# --------------------------------------------------------------------------------------
# normal and exponential
# --------------------------------------------------------------------------------------
@given(seeds, st.lists(sizes, min_size=1, max_size=4))
def test_standard_normal_cached_gaussian(seed, size_list):
    """Mixed scalar/array calls: the cached second value carries across calls."""
    ours, theirs = pair(seed)
    for size in size_list:
        both(ours, theirs, "standard_normal", size)


@given(
    seeds,
    sizes,
    st.one_of(finite, st.lists(finite, min_size=1, max_size=3)),
    st.one_of(st.floats(0, 1e3), st.lists(st.floats(0, 1e3), min_size=1, max_size=3)),
)
def test_normal(seed, size, loc, scale):
    ours, theirs = pair(seed)
    both(ours, theirs, "normal", loc, scale, size)
    both(ours, theirs, "normal", loc, scale)
    both(ours, theirs, "normal")


@given(
    seeds, sizes, st.one_of(st.floats(0, 1e3), st.lists(st.floats(0, 1e3), min_size=1, max_size=3))
)
def test_exponentials(seed, size, scale):
    ours, theirs = pair(seed)
    both(ours, theirs, "standard_exponential", size)
    both(ours, theirs, "exponential", scale, size)
    both(ours, theirs, "exponential", scale)
    both(ours, theirs, "exponential")


@pytest.mark.parametrize(
    "method, args",
    [
        ("normal", (0, -1.0)),
        ("normal", (0, -0.0)),
        ("normal", (0, [1.0, -1.0])),
        ("normal", ([0, 1], [1, 2, 3])),
        (
            "normal",
            (
                0,
                1,
                (2, 3),
            ),
        ),
        ("normal", ([0, 1], 1, (3,))),
        ("exponential", (-2.0,)),
        ("exponential", ([1.0, -0.0],)),
        ("standard_normal", (-1,)),
        ("random_sample", ((2, -1),)),
        ("random_sample", (2.0,)),
        ("tomaxint", (-1,)),
        ("bytes", (-7,)),
    ],
)
def test_bad_parameters_leave_state(np, method, args):
    ours, theirs = pair(3)
    both(ours, theirs, method, *args)


# --------------------------------------------------------------------------------------
# list output: the scalar fast paths (size=None, plain Python parameters)
# --------------------------------------------------------------------------------------
_CALLS = [
    ("random_sample", ()),
    ("random", ()),
    ("rand", ()),
    ("standard_normal", ()),
    ("randn", ()),
    ("standard_exponential", ()),
    ("uniform", (-2.0, 3)),
    ("uniform", (1, 2)),
    ("normal", (0.5, 2.0)),
    ("normal", (1, 0)),
    ("exponential", (2.5,)),
    ("randint", (1, 100)),
    ("randint", (-3, 1000)),
    ("randint", (5,)),
]


@given(
    seeds,
    st.lists(
        st.tuples(st.sampled_from(_CALLS), st.one_of(st.none(), st.integers(0, 40))), max_size=12
    ),
)
def test_list_output_scalar_and_bulk_calls_match_numpy(seed, calls):
    """Python scalars from the fast paths, lists from the bulk paths: numpy's values
    (bit patterns) and numpy's state, call after call, cached Gaussian included."""
    import numpy

    ours, theirs = RandomState(seed, output="list"), numpy.random.RandomState(seed)
    for (method, args), size in calls:
        if method in ("rand", "randn"):
            args = () if size is None else (size,)
            got, want = getattr(ours, method)(*args), getattr(theirs, method)(*args)
        else:
            got = getattr(ours, method)(*args, size=size)
            want = getattr(theirs, method)(*args, size=size)
        if size is None:
            assert type(got) is (int if method == "randint" else float)
            assert bits(got) == bits(want.item() if hasattr(want, "item") else want)
        else:
            assert isinstance(got, list)
            assert [bits(v) for v in got] == [bits(v) for v in want.tolist()]
        assert state_key(ours.get_state()) == state_key(theirs.get_state())
