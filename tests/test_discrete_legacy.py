"""RandomState's discrete distributions equal numpy's frozen legacy streams.

Values, types, errors (state untouched) and the full state after every call,
the cached polar Gaussian included (negative_binomial's gamma consumes and
leaves it).  The legacy kernels differ from Generator's: binomial draws even
for n == 0 or p == 0 and uses log(q); hypergeometric uses the old sequential
sampler up to nsample 10 and HRUA with random_loggam above; geometric's C cast
gives -2**63 for tiny p; zipf has no shortcut for large a (numpy never returns
for a >= ~1025, so the range stops at 1000).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng import RandomState
from pyprng._methods.discrete import LegacyDiscrete

from .conftest import assert_states_equal, requires_numpy
from .test_discrete_generator import (
    GEO_P,
    LAM,
    LOG_P,
    NB_N,
    PROB,
    TRIALS,
    arguments,
    check_call,
    hyper_args,
    sizes,
    values,
)

pytestmark = requires_numpy

RSD = (
    RandomState
    if issubclass(RandomState, LegacyDiscrete)
    else type("RSD", (LegacyDiscrete, RandomState), {})
)

rs_seeds = st.one_of(
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=3),
)
setups = st.tuples(rs_seeds, st.integers(0, 5))
LEGACY_ZIPF_A = values([1.05, 1.1, 1.5, 2.0, 3.0, 10.0, 100.0, 1000.0], 1.05, 50.0)
LEGACY_NB_P = values([0.0, 1e-3, 0.1, 0.5, 0.9, 1.0], 1e-3, 1.0)


def rs_pair(setup):
    """Our RandomState and numpy's; k >= 3: list output; odd k: a gaussian cached first."""
    import numpy

    seed, k = setup
    ours = RSD(seed, output="list" if k >= 3 else "numpy")
    theirs = numpy.random.RandomState(seed)
    if k % 2:
        ours.standard_normal()
        theirs.standard_normal()
    return ours, theirs


def rs_check(setup, name, args, kwargs):
    ours, theirs = rs_pair(setup)
    list_mode = ours._output == "list"
    for _ in range(2):
        check_call(ours, theirs, name, args, kwargs, lambda r: r.get_state(), list_mode)


@given(setups, arguments(TRIALS, PROB), sizes)
def test_binomial(setup, args, size):
    rs_check(setup, "binomial", args, {"size": size})


@given(setups, arguments(LAM), sizes)
def test_poisson(setup, args, size):
    rs_check(setup, "poisson", args, {"size": size})


@given(setups, arguments(GEO_P), sizes)
def test_geometric(setup, args, size):
    rs_check(setup, "geometric", args, {"size": size})


@given(setups, arguments(LOG_P), sizes)
def test_logseries(setup, args, size):
    rs_check(setup, "logseries", args, {"size": size})


@given(setups, arguments(LEGACY_ZIPF_A), sizes)
def test_zipf(setup, args, size):
    rs_check(setup, "zipf", args, {"size": size})


@given(setups, arguments(NB_N, LEGACY_NB_P), sizes)
def test_negative_binomial(setup, args, size):
    rs_check(setup, "negative_binomial", args, {"size": size})


@given(setups, hyper_args(legacy=True), sizes, st.booleans())
def test_hypergeometric(setup, args, size, as_lists):
    if as_lists:
        args = tuple([v] for v in args)
    rs_check(setup, "hypergeometric", args, {"size": size})


BAD = [
    ("binomial", (-1, 0.5)),
    ("binomial", (5, 1.5)),
    ("binomial", (5, math.nan)),
    ("binomial", ([5, -1], 0.5)),
    ("binomial", (2**63, 0.5)),
    ("binomial", ("3", 0.5)),
    ("poisson", (-1.0,)),
    ("poisson", (math.nan,)),
    ("poisson", (1e19,)),
    ("poisson", ([1.0, -1.0],)),
    ("geometric", (0.0,)),
    ("geometric", (1.5,)),
    ("geometric", ([0.5, 0.0],)),
    ("logseries", (1.0,)),
    ("logseries", (-0.1,)),
    ("logseries", (math.nan,)),
    ("zipf", (1.0,)),
    ("zipf", (math.nan,)),
    ("zipf", ([2.0, 1.0],)),
    ("negative_binomial", (0.0, 0.5)),
    ("negative_binomial", (5.0, 1.5)),
    ("negative_binomial", (-1.0, 0.5)),
    ("negative_binomial", ([5.0, 0.0], 0.5)),
    ("hypergeometric", (-1, 5, 3)),
    ("hypergeometric", (5, -1, 3)),
    ("hypergeometric", (5, 5, 0)),
    ("hypergeometric", (5, 5, 11)),
    ("hypergeometric", ([5, 5], 5, [3, 11])),
    ("hypergeometric", ([5, -1], 5, 3)),
    ("hypergeometric", ([5, 5], 5, [3, 0])),
]


@pytest.mark.parametrize("name,args", BAD)
def test_bad_input_raises_like_numpy_and_draws_nothing(name, args):
    rs_check((12345, 1), name, args, {})
    rs_check((12345, 1), name, args, {"size": 3})


def test_binomial_draws_for_n0_and_p0():
    """Unlike Generator, the legacy sampler consumes one double even when the answer is 0."""
    for n, p in [(0, 0.5), (7, 0.0), (7, 1.0)]:
        ours, theirs = rs_pair((9, 0))
        ours.random_sample()
        theirs.random_sample()
        before = ours.get_state(legacy=False)["state"]["pos"]
        assert ours.binomial(n, p) == theirs.binomial(n, p)
        assert ours.get_state(legacy=False)["state"]["pos"] == before + 2  # one double: two words
        assert_states_equal(ours.get_state(), theirs.get_state())


def test_tiny_p_geometric_gives_int64_min():
    ours, theirs = rs_pair((9, 0))
    assert (
        ours.geometric(1e-300, size=3).tolist()
        == theirs.geometric(1e-300, size=3).tolist()
        == [-(2**63)] * 3
    )


def test_legacy_binomial_bulk_equals_scalar_kernel():
    from pyprng.bitgen import MT19937
    from pyprng.distributions import legacy_discrete as LD

    for n, p in [(10, 0.3), (1000, 0.3), (1000, 0.8), (5, 0.9), (0, 0.4), (9, 0.0)]:
        a, b = MT19937(7), MT19937(7)
        assert LD.legacy_binomial_bulk(a, 40, p, n) == [
            LD.legacy_binomial(b, p, n) for _ in range(40)
        ]
        assert_states_equal(a.state, b.state)
