"""RandomState's continuous distributions equal numpy's frozen legacy streams.

Values bit for bit, types, errors (state untouched) and the full state after
every call, including the polar method's cached Gaussian (``has_gauss``,
``gauss``), which gamma, beta, chisquare, standard_t, wald, lognormal, ...
consume and leave behind.  Parameters span each algorithm's branch points
(see ``test_continuous_generator`` for the shared strategies).
"""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from pyprng import RandomState
from pyprng._methods.continuous import LegacyContinuous
from pyprng.bitgen import PCG64

from .conftest import requires_numpy
from .test_continuous_generator import (
    BETA,
    DF,
    LOC,
    MU,
    NONC,
    NONNEG,
    POS,
    SHAPE,
    arguments,
    check_call,
    down,
    special,
    triangles,
    up,
    values,
)

pytestmark = requires_numpy

inf, nan = math.inf, math.nan
RSC = RandomState if issubclass(RandomState, LegacyContinuous) else type(
    "RSC", (LegacyContinuous, RandomState), {}
)

# The legacy von Mises has no wrapped-normal branch: for kappa beyond ~1e15 (and
# inf) its rejection loop never ends, in numpy as here, so the range stops at 1e8.
LEGACY_KAPPA = values(
    special(0.0, 1e-9, down(1e-8), 1e-8, 1e-6, down(1e-5), 1e-5, 1e6, 1e8, nan, -0.0),
    (0, 10), (0, 1e7),
)

rs_seeds = st.one_of(
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=3),
    st.integers(0, 2**64).map(lambda s: ("PCG64", s)),
)
# (seed, k): k picks a cached Gaussian left by a standard_normal() call, and the output mode.
rs_setups = st.tuples(rs_seeds, st.integers(0, 5))


def rs_pair(setup):
    import numpy

    seed, k = setup
    output = "list" if k >= 4 else "numpy"
    if isinstance(seed, tuple):
        ours = RSC(PCG64(seed[1]), output=output)
        theirs = numpy.random.RandomState(numpy.random.PCG64(seed[1]))
    else:
        ours, theirs = RSC(seed, output=output), numpy.random.RandomState(seed)
    if k % 2:  # leave a cached Gaussian (has_gauss = 1) for the method to use first
        ours.standard_normal()
        theirs.standard_normal()
    return ours, theirs


def rs_state(r):
    return r.get_state(legacy=False)


LEGACY_METHODS = {
    "standard_gamma": arguments([SHAPE]),
    "gamma": arguments([SHAPE, NONNEG]),
    "beta": arguments([BETA, BETA]),
    "chisquare": arguments([DF]),
    "noncentral_chisquare": arguments([DF, NONC]),
    "f": arguments([DF, DF]),
    "noncentral_f": arguments([DF, DF, NONC]),
    "standard_cauchy": arguments([]),
    "standard_t": arguments([DF]),
    "vonmises": arguments([MU, LEGACY_KAPPA]),
    "pareto": arguments([POS]),
    "weibull": arguments([NONNEG]),
    "power": arguments([POS]),
    "laplace": arguments([LOC, NONNEG]),
    "gumbel": arguments([LOC, NONNEG]),
    "logistic": arguments([LOC, NONNEG]),
    "lognormal": arguments([values(special(0.0, 700.0, 710.0, -inf, inf, nan), (-5, 5)), NONNEG]),
    "rayleigh": arguments([NONNEG]),
    "wald": arguments([POS, POS]),
    "triangular": triangles(),
}


def _method_test(name, call_strategy):
    @given(setup=rs_setups, call=call_strategy)
    def test(setup, call):
        ours, theirs = rs_pair(setup)
        args, size = call
        for _ in range(2):  # the second call starts from the first one's cached Gaussian
            check_call(ours, theirs, name, args, {"size": size}, rs_state, ours._output == "list")

    test.__name__ = f"test_randomstate_{name}_matches_numpy"
    test.__doc__ = f"RandomState.{name}: values, types, errors and state as numpy's."
    return test


for _name, _strategy in LEGACY_METHODS.items():
    globals()[f"test_randomstate_{_name}_matches_numpy"] = _method_test(_name, _strategy)


def test_wald_large_mean_cancellation_matches_numpy():
    """The 1.16 Wald formula cancels to X == 0 for huge Y: numpy returns it, so do we."""
    ours, theirs = rs_pair((7, 0))
    for mean, scale in [(1e300, 1e-300), (1e10, 1e-10), (up(0.0), 1.0)]:
        check_call(ours, theirs, "wald", [mean, scale], {"size": 20}, rs_state)
