"""default_rng accepts what numpy's accepts and starts the same stream."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pyprng
from pyprng import Generator, default_rng, get_output, set_output
from pyprng.bitgen import MT19937, PCG64, SeedSequence

from .conftest import assert_states_equal, requires_numpy

int_seeds = st.integers(0, 2**256)
seq_seeds = st.lists(st.integers(0, 2**64), min_size=1, max_size=5)


@requires_numpy
@given(st.one_of(int_seeds, seq_seeds))
def test_int_and_sequence_seeds_match_numpy(seed):
    import numpy

    ours, theirs = default_rng(seed, output="numpy"), numpy.random.default_rng(seed)
    assert type(ours.bit_generator) is PCG64
    assert ours.random() == theirs.random()
    assert_states_equal(ours.bit_generator.state, theirs.bit_generator.state)


@requires_numpy
@given(int_seeds, st.lists(st.integers(0, 2**32 - 1), max_size=3))
def test_seed_sequence_seeds_match_numpy(entropy, spawn_key):
    import numpy

    ours = default_rng(SeedSequence(entropy, spawn_key=tuple(spawn_key)))
    theirs = numpy.random.default_rng(
        numpy.random.SeedSequence(entropy, spawn_key=tuple(spawn_key))
    )
    assert ours.random() == theirs.random()
    assert_states_equal(ours.bit_generator.state, theirs.bit_generator.state)


def test_bit_generator_is_wrapped_not_copied():
    bg = MT19937(5)
    rng = default_rng(bg)
    assert rng.bit_generator is bg
    assert rng.lock is bg.lock


@requires_numpy
def test_mt19937_stream_through_default_rng():
    import numpy

    ours = default_rng(MT19937(5), output="numpy")
    theirs = numpy.random.default_rng(numpy.random.MT19937(5))
    assert ours.standard_normal(10).tolist() == theirs.standard_normal(10).tolist()


def test_generator_is_returned_as_is():
    rng = default_rng(1)
    assert default_rng(rng) is rng


@requires_numpy
def test_random_state_lends_its_bit_generator():
    import numpy

    from pyprng.random_state import RandomState

    rs = RandomState(7)
    ours = default_rng(rs)
    assert ours.bit_generator is rs._bit_generator
    theirs_rs = numpy.random.RandomState(7)
    theirs = numpy.random.default_rng(theirs_rs)
    assert ours.random() == theirs.random()
    # the generator and the RandomState now share one stream
    assert rs.random_sample() == theirs_rs.random_sample()


def test_none_draws_fresh_entropy():
    a, b = default_rng(), default_rng(None)
    assert isinstance(a, Generator)
    assert a.bit_generator.state != b.bit_generator.state


@requires_numpy
@pytest.mark.parametrize("seed", [-1, 1.5, "abc", [1, -2], [1.0], b"xy"])
def test_bad_seeds_raise_like_numpy(seed):
    import numpy

    with pytest.raises(Exception) as expected:
        numpy.random.default_rng(seed)
    with pytest.raises(type(expected.value)):
        default_rng(seed)


def test_headline_value():
    # numpy.random.default_rng(42).random(), recorded: runs without numpy too.
    assert default_rng(42).random() == 0.7739560485559633
    assert default_rng(42).integers(0, 10, size=3, dtype="int64") == [0, 7, 6]


def test_output_follows_the_process_default_unless_given():
    before = get_output()
    try:
        rng = default_rng(3)
        assert isinstance(rng.random(2), list)
        pytest.importorskip("numpy")
        set_output("numpy")
        assert type(rng.random(2)).__name__ == "ndarray"  # follows the default at each call
        assert isinstance(default_rng(3, output="list").random(2), list)
    finally:
        set_output(before)


def test_pickle_keeps_output_and_stream():
    rng = default_rng(11, output="list")
    rng.random(3)
    clone = pickle.loads(pickle.dumps(rng))
    assert clone.random(4) == rng.random(4)
    assert clone._output == "list"


def test_spawned_children_keep_output_setting():
    kids = default_rng(1, output="list").spawn(2)
    assert all(k._output == "list" for k in kids)
    assert kids[0].random() != kids[1].random()


def test_exported_from_the_package():
    assert pyprng.default_rng is default_rng
    assert pyprng.Generator is Generator
