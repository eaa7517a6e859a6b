"""Generator's continuous distributions equal numpy 2.4's: values bit for bit, types, errors, state.

Every method is driven by hypothesis across its whole parameter range,
including each algorithm's branch points (gamma shape < 1 / == 1 / > 1,
beta's tiny-parameter and Johnk branches, vonmises' kappa thresholds, the
Poisson mixing count of the noncentral chi-square at lam >= 10, ...), inf/nan
where the constraints let them through, invalid values (numpy's exception and
message, engine untouched), broadcast array parameters and sizes.  The test
classes are built from the mixin until the front-ends include it.
"""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pyprng
from pyprng import Generator
from pyprng._methods.continuous import GeneratorContinuous
from pyprng.bitgen import MT19937, PCG64
from pyprng.distributions import continuous as C

from .conftest import bits, deep_bits, requires_numpy

pytestmark = requires_numpy

inf, nan = math.inf, math.nan
GenC = Generator if issubclass(Generator, GeneratorContinuous) else type(
    "GenC", (GeneratorContinuous, Generator), {}
)


# -- harness shared with test_continuous_legacy ------------------------------------------
def special(*values: float) -> tuple:
    return values


_FRACTION = 2**52


def values(specials, *ranges):
    """Branch points and edge values half the time, uniform in the ranges otherwise.

    One integer draw per value (cheaper for hypothesis than one_of/floats, which
    keeps 1000 examples per method affordable); it shrinks to ``specials[0]``.
    """
    m = len(specials)

    def pick(v: int) -> float:
        sel, frac = v % (2 * m), (v // (2 * m)) / _FRACTION
        if sel < m:
            return specials[sel]
        lo, hi = ranges[(sel - m) % len(ranges)]
        return lo + (hi - lo) * frac

    return st.integers(0, 2 * m * _FRACTION).map(pick)


def up(x: float) -> float:
    return math.nextafter(x, inf)


def down(x: float) -> float:
    return math.nextafter(x, -inf)


# Constraint-shaped strategies; the invalid values make numpy raise (and we must too).
NONNEG = values(special(0.0, 1.0, inf, nan, 1e300, 5e-324, -0.0, -1.0), (0, 10))
POS = values(special(5e-324, 1e-300, 1e-3, 1.0, 2.0, 1e300, inf, nan, 0.0, -1.0, -0.0), (1e-3, 50))
LOC = values(special(0.0, -inf, inf, nan, 1e300, -1e300), (-1e6, 1e6))
SHAPE = values(
    special(0.0, 1.0, down(1.0), up(1.0), 1e-300, 5e-324, 1 / 3, inf, nan, -0.0, -2.0),
    (0, 1), (1, 30), (0, 1e6),
)
BETA = values(
    special(1e-200, 2.9e-103, 3e-103, 1e-100, 1.0, up(1.0), down(1.0), inf, nan, 0.0, -1.0),
    (1e-3, 1), (1, 20),
)
DF = values(
    special(1e-300, 1e-3, 1.0, down(1.0), up(1.0), 2.0, 1e8, inf, nan, 0.0, -1.0), (1e-3, 30)
)
NONC = values(
    special(0.0, 1e-10, 19.999999, 20.0, 20.000001, 1e30, inf, nan, -0.0, -1.0),
    (0, 50), (0, 1e6),
)
KAPPA = values(
    special(0.0, 1e-9, down(1e-8), 1e-8, 1e-6, down(1e-5), 1e-5, 1e6, up(1e6), 1e12, inf, nan,
            -0.0),
    (0, 10), (0, 1e7),
)
MU = values(special(0.0, math.pi, -math.pi, 3.0, inf, nan), (-10, 10))

seeds = st.one_of(
    st.integers(0, 2**32 - 1),
    st.integers(0, 2**128 - 1),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=3),
)
SCALAR_SIZES = [None, None, None, 0, 1, 3, 6, (2,), (3,), (2, 2), (3, 1), (2, 0, 2), ()]


@st.composite
def arguments(draw, strategies):
    """Parameters: all scalars with any size, or broadcast arrays (lists or numpy arrays).

    One integer decides the layout: scalar or array, the length n, each
    parameter's form (scalar, row of n, column of 2), lists or numpy arrays, and
    the size (None, the broadcast shape, a bigger one, or an incompatible one).
    """
    import numpy

    k = len(strategies)
    layout = draw(st.integers(0, 2 * 3**k * 3 * 2 * 5 * len(SCALAR_SIZES) - 1))
    layout, is_array = divmod(layout, 2)
    if not strategies or not is_array:
        return [draw(s) for s in strategies], SCALAR_SIZES[layout % len(SCALAR_SIZES)]
    layout, n = divmod(layout, 3)
    n += 1
    layout, as_numpy = divmod(layout, 2)
    layout, size_kind = divmod(layout, 5)
    args: list = []
    shapes = []
    for s in strategies:
        layout, form = divmod(layout, 3)
        if form == 0:
            args.append(draw(s))
            shapes.append(())
        elif form == 1:
            args.append([draw(s) for _ in range(n)])
            shapes.append((n,))
        else:
            args.append([[draw(s)], [draw(s)]])
            shapes.append((2, 1))
    if as_numpy:
        args = [numpy.asarray(a) if isinstance(a, list) else a for a in args]
    shape = numpy.broadcast_shapes(*shapes)
    size = [None, shape, (2,) + shape, (n + 1,), ()][size_kind]
    return args, size


def same(ours, theirs, list_mode):
    import numpy

    if list_mode:
        if isinstance(theirs, numpy.ndarray):  # 0-d arrays are plain scalars in list mode
            assert isinstance(ours, list) or theirs.ndim == 0
            theirs = theirs.tolist()
        else:
            assert type(ours) is type(theirs), (type(ours), type(theirs))
    else:
        assert type(ours) is type(theirs), (type(ours), type(theirs))
        if isinstance(theirs, numpy.ndarray):
            assert (ours.dtype, ours.shape) == (theirs.dtype, theirs.shape)
    assert deep_bits(ours) == deep_bits(theirs)


def plain_state(x):
    """A state as comparable plain data; int lists (MT19937's key) are compared whole."""
    if isinstance(x, dict):
        return {k: plain_state(v) for k, v in x.items()}
    if hasattr(x, "tolist"):  # numpy arrays and scalars
        x = x.tolist()
    if isinstance(x, tuple):
        return [plain_state(v) for v in x]
    if isinstance(x, float):
        return ("f", bits(x))
    return x


def assert_states_equal(ours, theirs):
    assert plain_state(ours) == plain_state(theirs)


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
    if error is not None:
        with pytest.raises(type(error)) as info:
            getattr(ours, name)(*args, **kwargs)
        assert str(info.value) == str(error)
    else:
        same(getattr(ours, name)(*args, **kwargs), expected, list_mode)
    assert_states_equal(state_of(ours), state_of(theirs))


# -- Generator -------------------------------------------------------------------------------
# One draw picks engine, warm-up and output mode (fewer hypothesis draws per example).
setups = st.tuples(seeds, st.integers(0, 26))


def gen_pair(setup):
    """Our Generator and numpy's on one engine and seed, after 0-2 uint32 draws (PCG64's buffer)."""
    import numpy

    seed, k = setup
    engine = ("PCG64", "PCG64", "MT19937")[k % 3]
    warm = (k // 3) % 3
    output = "list" if k >= 18 else "numpy"
    ours = GenC({"PCG64": PCG64, "MT19937": MT19937}[engine](seed), output=output)
    theirs = numpy.random.Generator(getattr(numpy.random, engine)(seed))
    if warm:
        ours.integers(0, 2**32, size=warm, dtype="uint32")
        theirs.integers(0, 2**32, size=warm, dtype=numpy.uint32)
    return ours, theirs


def gen_state(g):
    return g.bit_generator.state


TRI = values(special(0.0, 1.0, -1.0, inf, -inf, nan, 1e300), (-5, 5))


@st.composite
def triangles(draw):
    """Mostly valid (sorted) triangles; the raw draw a quarter of the time, for the errors."""
    import numpy

    args, size = draw(arguments([TRI, TRI, TRI]))
    if draw(st.integers(0, 3)):
        arrays = numpy.broadcast_arrays(*[numpy.asarray(a, dtype=float) for a in args])
        stacked = numpy.sort(numpy.stack(arrays), axis=0)
        args = [a.item() if a.ndim == 0 else a.tolist() for a in stacked]
    return args, size


GEN_METHODS = {
    "standard_gamma": arguments([SHAPE]),
    "gamma": arguments([SHAPE, NONNEG]),
    "beta": arguments([BETA, BETA]),
    "chisquare": arguments([DF]),
    "noncentral_chisquare": arguments([DF, NONC]),
    "f": arguments([DF, DF]),
    "noncentral_f": arguments([DF, DF, NONC]),
    "standard_cauchy": arguments([]),
    "standard_t": arguments([DF]),
    "vonmises": arguments([MU, KAPPA]),
    "pareto": arguments([POS]),
    "weibull": arguments([NONNEG]),
    "power": arguments([POS]),
    "laplace": arguments([LOC, NONNEG]),
    "gumbel": arguments([LOC, NONNEG]),
    "logistic": arguments([LOC, NONNEG]),
    "rayleigh": arguments([NONNEG]),
    "wald": arguments([POS, POS]),
    "triangular": triangles(),
}


def _method_test(name, call_strategy):
    @given(setup=setups, call=call_strategy)
    def test(setup, call):
        ours, theirs = gen_pair(setup)
        args, size = call
        for _ in range(2):  # a second call sees what the first left behind
            check_call(ours, theirs, name, args, {"size": size}, gen_state, ours._output == "list")

    test.__name__ = f"test_generator_{name}_matches_numpy"
    test.__doc__ = f"Generator.{name}: values, types, errors and state as numpy's."
    return test


for _name, _strategy in GEN_METHODS.items():
    globals()[f"test_generator_{_name}_matches_numpy"] = _method_test(_name, _strategy)


dtypes = st.sampled_from(["float64", "float32"])


out_specs = st.one_of(
    st.none(),
    st.tuples(
        st.sampled_from([(3,), (2, 3), (0,), (), (2, 1)]),  # out's shape
        st.sampled_from([None, None, "float64", "float32"]),  # out's dtype (None: dtype's)
        st.sampled_from(["C", "C", "F"]),
        st.booleans(),  # size given too
    ),
)


@given(setup=setups, call=arguments([SHAPE]), dtype=dtypes, out_spec=out_specs)
def test_standard_gamma_dtype_and_out_match_numpy(setup, call, dtype, out_spec):
    import numpy

    ours, theirs = gen_pair((setup[0], setup[1] % 18))  # numpy output
    args, size = call
    if out_spec is None:
        for _ in range(2):
            kwargs = {"size": size, "dtype": dtype}
            check_call(ours, theirs, "standard_gamma", args, kwargs, gen_state)
        return
    # an out array: right or wrong dtype, shape or layout
    shape, out_dtype, order, with_size = out_spec
    ours_out = numpy.zeros(shape, dtype=out_dtype or dtype, order=order)
    theirs_out = numpy.zeros(shape, dtype=out_dtype or dtype, order=order)
    kwargs = {"dtype": dtype, "size": shape if with_size else None}
    with numpy.errstate(all="ignore"):
        try:
            expected = theirs.standard_gamma(*args, out=theirs_out, **kwargs)
            error = None
        except Exception as exc:  # noqa: BLE001
            error = exc
    if error is not None:
        with pytest.raises(type(error)) as info:
            ours.standard_gamma(*args, out=ours_out, **kwargs)
        assert str(info.value) == str(error)
    else:
        got = ours.standard_gamma(*args, out=ours_out, **kwargs)
        assert got is ours_out and expected is theirs_out
        assert deep_bits(ours_out) == deep_bits(theirs_out)
    assert_states_equal(gen_state(ours), gen_state(theirs))


@pytest.mark.parametrize("dtype", ["int64", "float16", ">f8", "uint8", "complex128", "f4", "d"])
def test_standard_gamma_dtypes_as_numpy(dtype):
    ours, theirs = gen_pair((12345, 0))
    check_call(ours, theirs, "standard_gamma", [1.5], {"dtype": dtype, "size": 3}, gen_state)


@pytest.mark.parametrize(
    "args",
    [
        ([0, 0.1], [1, 1, 1], [2, 2]),
        ([0, 0.1], 1, [[2, 2, 2]]),
        (0, [[1, 1, 1], [1, 1, 1]], [2, 3]),
        ([[0.0], [0.1]], [0.5, 0.6, 0.7], [[[2.0]], [[3.0]]]),
    ],
)
def test_triangular_broadcast_errors_as_numpy(args):
    ours, theirs = gen_pair((5, 0))
    check_call(ours, theirs, "triangular", list(args), {}, gen_state)
    check_call(ours, theirs, "triangular", list(args), {"size": (2, 3)}, gen_state)


# -- bulk forms equal the scalar kernels ---------------------------------------------------
def _valid_pos(v):
    return not v <= 0


def _valid_nonneg(v):
    return not (v < 0 or (v == 0 and math.copysign(1, v) < 0))


FILLS = [
    (C.random_pareto, C.random_pareto_fill, POS.filter(_valid_pos)),
    (C.random_weibull, C.random_weibull_fill, NONNEG.filter(_valid_nonneg)),
    (C.random_power, C.random_power_fill, POS.filter(_valid_pos)),
    (C.random_rayleigh, C.random_rayleigh_fill, NONNEG.filter(_valid_nonneg)),
]


@pytest.mark.parametrize("kernel,fill,param", FILLS, ids=lambda x: getattr(x, "__name__", ""))
@settings(max_examples=max(1, settings.default.max_examples // 5))
@given(seed=seeds, n=st.integers(0, 40), data=st.data())
def test_bulk_forms_equal_scalar_kernels(kernel, fill, param, seed, n, data):
    a = data.draw(param)
    one, many = PCG64(seed), PCG64(seed)
    expected = [kernel(one, a) for _ in range(n)]
    assert deep_bits(fill(many, n, a)) == deep_bits(expected)
    assert one.state == many.state


@settings(max_examples=max(1, settings.default.max_examples // 5))
@given(seed=seeds, n=st.integers(0, 40))
def test_cauchy_bulk_equals_scalar_kernel(seed, n):
    one, many = PCG64(seed), PCG64(seed)
    expected = [C.random_standard_cauchy(one) for _ in range(n)]
    assert deep_bits(C.random_standard_cauchy_fill(many, n)) == deep_bits(expected)
    assert one.state == many.state


# -- the C-semantics helpers -------------------------------------------------------------
@pytest.mark.skipif(not C._LIBM, reason="no C math library through ctypes")
def test_c_helpers_follow_the_c_library():
    """Python's math raises where libm returns inf/nan; the helpers return libm's value.

    (numpy's ufuncs are no oracle here: np.log and np.power use their own code paths.)
    """
    libm = C._LIBM
    xs = [0.0, -0.0, -1.0, 2.0, 0.5, 1000.0, -1000.0, inf, -inf, nan]
    for x in xs:
        for ours, name in [(C.c_log, "log"), (C.c_log1p, "log1p"), (C.c_sqrt, "sqrt"),
                           (C.c_acos, "acos"), (C.c_exp, "exp"), (C.c_expm1, "expm1")]:
            assert deep_bits(ours(x)) == deep_bits(libm[name](x)), (name, x)
        for y in xs + [-3.0, 3.0, 1e300]:
            assert deep_bits(C.c_pow(x, y)) == deep_bits(libm["pow"](x, y)), ("pow", x, y)
            assert deep_bits(C.c_fmod(x, y)) == deep_bits(libm["fmod"](x, y)), ("fmod", x, y)
    assert C.c_pow(10.0, 400.0) == inf and C.c_pow(-10.0, 401.0) == -inf


def test_c_division_and_casts(np):
    with np.errstate(all="ignore"):
        for x in [0.0, -0.0, -1.0, 2.0, inf, -inf, nan]:
            for y in [0.0, -0.0, 2.0, -3.0, inf, nan]:
                assert deep_bits(C.c_div(x, y)) == deep_bits(float(np.float64(x) / np.float64(y)))
    assert C.c_int64(nan) == C.c_int64(1e300) == C.c_int64(-inf) == -(2**63)
    assert C.c_int64(-3.0) == -3
    assert C.wrap_int64(2 * -(2**63)) == 0


@requires_numpy
@pytest.mark.parametrize("alpha", [[0.0, 0.001], [0.0, 0.05, 0.01], [0.001, 0.0]])
def test_beta_with_a_zero_parameter_follows_c(alpha, np):
    """dirichlet's small-alpha path calls random_beta(0, b): C's 1/0 is inf, not an error."""
    for seed in range(20):
        ours = pyprng.default_rng(seed).dirichlet(alpha, size=3)
        theirs = np.random.default_rng(seed).dirichlet(alpha, size=3)
        assert deep_bits(ours) == deep_bits(theirs)
