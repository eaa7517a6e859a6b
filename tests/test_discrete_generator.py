"""Generator's discrete distributions equal numpy's, value for value and state for state.

Every call is made on both libraries; results must be equal (same exception
type and message, and nothing drawn, for bad input) and the engine state
must be equal afterwards.  Parameters are drawn to hit each algorithm's
branch points: binomial inversion vs BTPE (n*min(p,1-p) <= 30), n == 0 and
p in {0, 1}; Poisson multiplication vs PTRS (lam >= 10); geometric search vs
inversion (p >= 1/3) and its INT64_MAX cap; hypergeometric sequential vs HRUA
(10 <= nsample <= total - 10) and the logfactorial table edge (k = 126); zipf's
a >= 1025 shortcut.
"""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng import Generator
from pyprng._methods.discrete import GeneratorDiscrete
from pyprng.bitgen import MT19937, PCG64

from .conftest import assert_states_equal, deep_bits, requires_numpy

pytestmark = requires_numpy

GenD = (
    Generator
    if issubclass(Generator, GeneratorDiscrete)
    else type("GenD", (GeneratorDiscrete, Generator), {})
)

THIRD = 0.333333333333333333333333
LAM_MAX = float(2**63 - 1) - math.sqrt(2**63 - 1) * 10


def down(x):
    return math.nextafter(x, -math.inf)


def up(x):
    return math.nextafter(x, math.inf)


def values(special, lo, hi):
    """Either a special (branch-point) value or a uniform float in [lo, hi]."""
    return st.one_of(st.sampled_from(special), st.floats(lo, hi, allow_nan=False))


seeds = st.one_of(
    st.integers(0, 2**128 - 1),
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=3),
)
setups = st.tuples(seeds, st.integers(0, 26))
sizes = st.sampled_from([None, None, None, 0, 1, 3, (2, 2), (1, 3)])


def same(ours, theirs, list_mode=False):
    """Equal values (floats as bit patterns), and numpy's types in numpy mode."""
    import numpy

    assert deep_bits(ours) == deep_bits(theirs)
    if list_mode:
        assert not isinstance(ours, (numpy.ndarray, numpy.generic))
    elif isinstance(theirs, numpy.ndarray):
        assert isinstance(ours, numpy.ndarray)
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    else:
        assert type(ours) is type(theirs)


def check_call(ours, theirs, name, args, kwargs, state_of, list_mode=False):
    """One call on both: same value (or same exception, nothing drawn), same state after."""
    import numpy

    with numpy.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = getattr(theirs, name)(*args, **kwargs)
            error = None
        except Exception as exc:  # noqa: BLE001 - whatever numpy raises, we must raise
            error = exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if error is not None:
            with pytest.raises(type(error)) as info:
                getattr(ours, name)(*args, **kwargs)
            assert str(info.value) == str(error)
        else:
            same(getattr(ours, name)(*args, **kwargs), expected, list_mode)
    assert_states_equal(state_of(ours), state_of(theirs))


def gen_pair(setup):
    """Our Generator and numpy's on one engine and seed, after 0-2 uint32 draws."""
    import numpy

    seed, k = setup
    engine = ("PCG64", "PCG64", "MT19937")[k % 3]
    warm = (k // 3) % 3
    output = "list" if k >= 18 else "numpy"
    ours = GenD({"PCG64": PCG64, "MT19937": MT19937}[engine](seed), output=output)
    theirs = numpy.random.Generator(getattr(numpy.random, engine)(seed))
    if warm:
        ours.integers(0, 2**32, size=warm, dtype="uint32")
        theirs.integers(0, 2**32, size=warm, dtype=numpy.uint32)
    return ours, theirs


def gen_check(setup, name, args, kwargs):
    ours, theirs = gen_pair(setup)
    list_mode = ours._output == "list"
    for _ in range(2):  # twice: state carried between calls
        check_call(ours, theirs, name, args, kwargs, lambda g: g.bit_generator.state, list_mode)


def arguments(*strategies):
    """Scalars, or (sometimes) short lists to exercise broadcasting."""
    return st.tuples(*[st.one_of(s, st.lists(s, min_size=1, max_size=3)) for s in strategies])


# -- parameter strategies (shared with the legacy tests) -------------------------------------
TRIALS = st.one_of(
    st.sampled_from([0, 1, 2, 10, 29, 30, 31, 60, 61, 100, 1000, 10**6, 10**12, 2**53 + 1, 2**62]),
    st.integers(0, 300),
)
PROB = values(
    [0.0, 1.0, 0.5, down(0.5), up(0.5), 5e-324, 1e-300, 1e-12, 0.03, 0.3, 0.7, 1 - 1e-12], 0.0, 1.0
)
LAM = values(
    [0.0, 5e-324, 1e-10, 0.5, 1.0, down(10.0), 10.0, up(10.0), 50.0, 1e6, 1e15, 1e18, LAM_MAX],
    0.0,
    1e3,
)
GEO_P = values(
    [1.0, 0.5, THIRD, down(THIRD), up(THIRD), 0.1, 1e-5, 1e-17, 1e-300, 5e-324], 1e-12, 1.0
)
LOG_P = values([0.0, 5e-324, 1e-10, 0.1, 0.5, 0.9, 0.999999, down(1.0)], 0.0, down(1.0))
ZIPF_A = values(
    [1.05, 1.1, 1.5, 2.0, 3.0, 10.0, 100.0, 1000.0, down(1025.0), 1025.0, 5000.0, math.inf],
    1.05,
    50.0,
)
NB_N = values([1e-3, 0.5, 1.0, 1.5, 10.0, 1e3, 1e6], 1e-3, 100.0)
NB_P = values([1e-3, 0.1, 0.5, 0.9, 1.0], 1e-3, 1.0)
COUNTS = st.one_of(
    st.sampled_from([0, 1, 5, 9, 10, 11, 20, 63, 64, 125, 126, 127, 1000, 10**4, 10**8, 10**9 - 1]),
    st.integers(0, 60),
)


@st.composite
def hyper_args(draw, legacy=False):
    """(ngood, nbad, nsample) valid, with nsample near 10 and near total - 10 often."""
    good = draw(COUNTS)
    bad = draw(COUNTS)
    total = good + bad
    low = 1 if legacy else 0
    if total < low:
        bad = total = 1
    picks = [
        low,
        total,
        min(total, 9),
        min(total, 10),
        min(total, 11),
        max(low, total - 10),
        max(low, total - 9),
        max(low, total - 11),
    ]
    sample = draw(st.one_of(st.sampled_from(picks), st.integers(low, total)))
    return good, bad, sample


# -- tests -----------------------------------------------------------------------------------
@given(setups, arguments(TRIALS, PROB), sizes)
def test_binomial(setup, args, size):
    gen_check(setup, "binomial", args, {"size": size})


@given(setups, arguments(LAM), sizes)
def test_poisson(setup, args, size):
    gen_check(setup, "poisson", args, {"size": size})


@given(setups, arguments(GEO_P), sizes)
def test_geometric(setup, args, size):
    gen_check(setup, "geometric", args, {"size": size})


@given(setups, arguments(LOG_P), sizes)
def test_logseries(setup, args, size):
    gen_check(setup, "logseries", args, {"size": size})


@given(setups, arguments(ZIPF_A), sizes)
def test_zipf(setup, args, size):
    gen_check(setup, "zipf", args, {"size": size})


@given(setups, arguments(NB_N, NB_P), sizes)
def test_negative_binomial(setup, args, size):
    gen_check(setup, "negative_binomial", args, {"size": size})


@given(setups, hyper_args(), sizes, st.booleans())
def test_hypergeometric(setup, args, size, as_lists):
    if as_lists:  # the broadcast path (numpy's discrete_broadcast_iii)
        args = tuple([v] for v in args)
    gen_check(setup, "hypergeometric", args, {"size": size})


BAD = [
    ("binomial", (-1, 0.5)),
    ("binomial", (5, 1.5)),
    ("binomial", (5, math.nan)),
    ("binomial", ([5, -1], 0.5)),
    ("binomial", (5, [0.5, -0.1])),
    ("binomial", (-1, 2.0)),
    ("binomial", (2**63, 0.5)),
    ("binomial", ("3", 0.5)),
    ("poisson", (-1.0,)),
    ("poisson", (math.nan,)),
    ("poisson", (1e19,)),
    ("poisson", ([1.0, -1.0],)),
    ("poisson", ([1.0, 1e19],)),
    ("poisson", (up(LAM_MAX),)),
    ("geometric", (0.0,)),
    ("geometric", (1.5,)),
    ("geometric", (math.nan,)),
    ("geometric", ([0.5, 0.0],)),
    ("logseries", (1.0,)),
    ("logseries", (-0.1,)),
    ("logseries", (math.nan,)),
    ("logseries", ([0.5, 1.0],)),
    ("zipf", (1.0,)),
    ("zipf", (0.5,)),
    ("zipf", (math.nan,)),
    ("zipf", ([2.0, 1.0],)),
    ("negative_binomial", (0.0, 0.5)),
    ("negative_binomial", (math.nan, 0.5)),
    ("negative_binomial", (5.0, 0.0)),
    ("negative_binomial", (5.0, 1.5)),
    ("negative_binomial", (1e18, 1e-3)),
    ("negative_binomial", ([5.0, 1e18], 1e-3)),
    ("negative_binomial", ([5.0, -1.0], 0.5)),
    ("hypergeometric", (-1, 5, 3)),
    ("hypergeometric", (5, -1, 3)),
    ("hypergeometric", (5, 5, -1)),
    ("hypergeometric", (5, 5, 11)),
    ("hypergeometric", (10**9, 5, 3)),
    ("hypergeometric", (5, 10**9, 3)),
    ("hypergeometric", ([5, 10**9], 5, 3)),
    ("hypergeometric", ([5, 5], 5, [3, 11])),
    ("hypergeometric", ([5, -1], 5, 3)),
]


@pytest.mark.parametrize("name,args", BAD)
def test_bad_input_raises_like_numpy_and_draws_nothing(name, args):
    gen_check((12345, 0), name, args, {})
    gen_check((12345, 0), name, args, {"size": 3})


@given(setups, st.sampled_from([(2, 2), 4, (3,)]))
def test_broadcast_mismatch_raises(setup, size):
    gen_check(setup, "binomial", ([5, 6, 7], [0.1, 0.2, 0.3]), {"size": size})
    gen_check(setup, "poisson", ([[1.0], [2.0]],), {"size": size})


def test_binomial_draws_nothing_for_n0_or_p0():
    for n, p in [(0, 0.5), (7, 0.0), (0, 0.0)]:
        ours, theirs = gen_pair((3, 0))
        before = ours.bit_generator.state
        assert ours.binomial(n, p, size=4).tolist() == [0, 0, 0, 0]
        assert ours.bit_generator.state == before
        assert theirs.binomial(n, p, size=4).tolist() == [0, 0, 0, 0]
    # p == 1 draws one double each (inversion with q = 0), as numpy.
    ours, theirs = gen_pair((3, 0))
    assert ours.binomial(7, 1.0) == theirs.binomial(7, 1.0) == 7
    assert_states_equal(ours.bit_generator.state, theirs.bit_generator.state)


def test_logfactorial_table_is_numpys():
    """The rebuilt table equals the values printed in numpy's logfactorial.c."""
    from pyprng.distributions._logfactorial import logfact_table, logfactorial

    table = logfact_table()
    assert len(table) == 126
    # A few entries exactly as numpy's source prints them (round-trip decimal strings).
    assert table[2] == 0.69314718055994529
    assert table[3] == 1.791759469228055
    assert table[30] == 74.658236348830158
    assert table[125] == 481.87297922988796
    assert logfactorial(126) == (126 + 0.5) * math.log(126) - 126 + (
        0.9189385332046728 + (1.0 / 126) * (1 / 12.0 - 1 / (360.0 * 126 * 126))
    )


def test_binomial_bulk_equals_scalar_kernel():
    from pyprng.distributions import discrete as D

    for n, p in [(10, 0.3), (1000, 0.3), (1000, 0.8), (5, 0.9), (0, 0.4), (9, 0.0)]:
        a, b = PCG64(7), PCG64(7)
        assert D.binomial_bulk(a, 40, p, n) == [D.binomial(b, p, n) for _ in range(40)]
        assert a.state == b.state
