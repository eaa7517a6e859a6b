"""pyprng.random mirrors the numpy.random module namespace."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pyprng
import pyprng.random as npr
from pyprng.bitgen import MT19937, PCG64

from .conftest import assert_states_equal, deep_bits, requires_numpy

FUNCTIONS = [
    "bytes",
    "choice",
    "exponential",
    "get_bit_generator",
    "get_state",
    "normal",
    "permutation",
    "rand",
    "randint",
    "randn",
    "random",
    "random_integers",
    "random_sample",
    "ranf",
    "sample",
    "seed",
    "set_bit_generator",
    "set_state",
    "shuffle",
    "standard_exponential",
    "standard_normal",
    "uniform",
]


@pytest.fixture(autouse=True)
def _list_output_and_mt():
    """Each test starts from the default engine and list output."""
    old = pyprng.get_output()
    yield
    npr.set_bit_generator(MT19937())
    pyprng.set_output(old)


def test_classic_vector():
    npr.seed(101)
    assert npr.randint(1, 100, 5) == [96, 12, 82, 71, 64]


def test_names_exist():
    for name in FUNCTIONS + ["RandomState", "SeedSequence", "BitGenerator", "MT19937", "PCG64"]:
        assert getattr(npr, name) is not None, name
    assert npr.RandomState is pyprng.RandomState
    assert "tomaxint" not in npr.__all__
    with pytest.raises(AttributeError):
        npr.tomaxint  # noqa: B018 - numpy.random has no module-level tomaxint


@requires_numpy
def test_names_are_numpys(np):
    ours = set(npr.__all__)
    assert ours <= set(dir(np.random))


@requires_numpy
def test_every_numpy_random_function_and_class_is_here(np):
    """The whole public numpy.random namespace, less its submodules and test runner."""
    theirs = {n for n in dir(np.random) if not n.startswith("_")}
    theirs -= {"mtrand", "bit_generator", "test"}
    missing = sorted(n for n in theirs if not hasattr(npr, n))
    assert not missing


@requires_numpy
@pytest.mark.parametrize(
    "name, args",
    [
        ("gamma", (2.0,)),
        ("beta", (0.5, 2.0)),
        ("poisson", (15.0,)),
        ("binomial", (10, 0.3)),
        ("standard_t", (3.0,)),
        ("zipf", (2.5,)),
        ("hypergeometric", (10, 5, 7)),
        ("vonmises", (0.0, 2.0)),
    ],
)
def test_distribution_functions_draw_from_the_global_state(name, args, np):
    npr.seed(11)
    np.random.seed(11)
    ours = getattr(npr, name)(*args, size=4)
    theirs = getattr(np.random, name)(*args, size=4)
    assert deep_bits(ours) == deep_bits(theirs)
    assert_states_equal(npr.get_state(), np.random.get_state())


def test_functions_share_one_generator():
    npr.seed(5)
    a = [npr.random(), npr.rand(), npr.ranf(), npr.sample(), npr.random_sample()]
    rs = pyprng.RandomState(5, output="list")
    b = [rs.random_sample() for _ in range(5)]
    assert a == b
    assert npr.get_bit_generator() is npr.get_bit_generator()


@requires_numpy
@given(
    st.one_of(
        st.integers(0, 2**32 - 1), st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=3)
    )
)
def test_module_functions_match_numpy(seed):
    import numpy

    pyprng.set_output("numpy")
    npr.seed(seed)
    numpy.random.seed(seed)
    calls = [
        ("randint", (0, 50, 3)),
        ("rand", (2,)),
        ("randn", (3,)),
        ("random", ()),
        ("random_sample", ((2, 1),)),
        ("choice", (7, 3, False)),
        ("permutation", (6,)),
        ("bytes", (5,)),
        ("normal", (1.0, 2.0, 2)),
        ("uniform", (-1, 1, 2)),
        ("standard_normal", ()),
        ("standard_exponential", (2,)),
        ("exponential", (3.0,)),
        ("random_integers", (1, 6, 2)),
        ("ranf", ()),
        ("sample", (1,)),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for name, args in calls:
            assert deep_bits(getattr(npr, name)(*args)) == deep_bits(
                getattr(numpy.random, name)(*args)
            ), name
    x, y = list(range(8)), list(range(8))
    npr.shuffle(x)
    numpy.random.shuffle(y)
    assert x == y
    assert_states_equal(npr.get_state(), numpy.random.get_state())
    state = numpy.random.get_state()
    npr.set_state(state)
    assert_states_equal(npr.get_state(legacy=False), numpy.random.get_state(legacy=False))


def test_set_bit_generator_and_seed_other_engines():
    pcg = PCG64(7)
    npr.set_bit_generator(pcg)
    assert npr.get_bit_generator() is pcg
    first = npr.random_sample()
    npr.seed(7)  # a non-MT engine is replaced by a fresh one of the same type
    assert npr.get_bit_generator() is pcg
    assert npr.random_sample() == first


def test_bad_seed_leaves_state():
    npr.seed(1)
    before = npr.get_state()
    for bad in (-1, 2**32, 1.5, []):
        with pytest.raises((TypeError, ValueError)):
            npr.seed(bad)
    assert_states_equal(npr.get_state(), before)
