"""The benchmarks' textbook port gives numpy's exact numbers, so it cannot flatter anyone.

``benchmarks/textbook.py`` is the slow-but-obvious baseline pyprng's speed is
measured against.  A baseline that computed something else (or less) would make
the speed-up meaningless, so every benchmarked workload is checked here against
live numpy: integers exactly, floats by bit pattern.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from .conftest import deep_bits  # noqa: E402

_ROOT = Path(__file__).resolve().parent.parent
for _extra in (_ROOT / "benchmarks", _ROOT / "src"):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import textbook  # noqa: E402

seeds = st.integers(min_value=0, max_value=2**32 - 1)
big_seeds = st.integers(min_value=0, max_value=2**200)
few = settings(max_examples=25, deadline=None)


def needs_ziggurat_tables():
    pytest.importorskip("pyprng.distributions._ziggurat_tables")


# -- engines -----------------------------------------------------------------------


@few
@given(seed=big_seeds, n_words=st.integers(0, 20))
def test_seed_sequence_generate_state_matches_numpy(seed, n_words):
    ours = textbook.SeedSequence(seed)
    theirs = np.random.SeedSequence(seed)
    assert ours.generate_state_uint32(n_words) == theirs.generate_state(n_words).tolist()
    assert ours.generate_state_uint64(n_words) == theirs.generate_state(n_words, np.uint64).tolist()


@few
@given(seed=big_seeds)
def test_mt19937_random_raw_matches_numpy_across_a_twist(seed):
    # 1300 words: the untwisted first word (pos = 623), then two full twists.
    ours = textbook.mt19937_from_seed(seed)
    theirs = np.random.MT19937(seed)
    assert ours.random_raw() == int(theirs.random_raw())
    assert ours.random_raw(1300) == theirs.random_raw(1300).tolist()


@few
@given(key=st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=700))
def test_mt19937_init_by_array_matches_numpy(key):
    ours = textbook.MT19937()
    ours.init_by_array(key)
    state = np.random.RandomState(key).get_state(legacy=False)["state"]
    assert ours.mt == state["key"].tolist()
    assert ours.index == state["pos"]


@few
@given(seed=seeds)
def test_mt19937_init_genrand_matches_numpy_legacy_seeding(seed):
    ours = textbook.MT19937()
    ours.init_genrand(seed)
    state = np.random.RandomState(seed).get_state(legacy=False)["state"]
    assert ours.mt == state["key"].tolist()
    assert ours.index == state["pos"]


@few
@given(seed=big_seeds)
def test_pcg64_random_raw_matches_numpy(seed):
    ours = textbook.PCG64(seed)
    theirs = np.random.PCG64(seed)
    assert ours.random_raw() == int(theirs.random_raw())
    assert ours.random_raw(500) == theirs.random_raw(500).tolist()


# -- legacy RandomState --------------------------------------------------------------


@few
@given(seed=seeds)
def test_legacy_random_sample_matches_numpy(seed):
    ours = textbook.RandomState(seed)
    theirs = np.random.RandomState(seed)
    assert deep_bits(ours.random_sample()) == deep_bits(theirs.random_sample())
    assert deep_bits(ours.random_sample(700)) == deep_bits(theirs.random_sample(700))


@few
@given(
    seed=seeds,
    bounds=st.sampled_from(
        # 32-bit masked path, the rng == 2**32 - 1 shortcut, 64-bit masked path, no draw
        [(1, 100), (-7, 9), (0, 2**32), (0, 2**32 + 1), (-(2**40), 2**41), (5, 6)]
    ),
)
def test_legacy_randint_matches_numpy(seed, bounds):
    low, high = bounds
    ours = textbook.RandomState(seed)
    theirs = np.random.RandomState(seed)
    assert ours.randint(low, high) == int(theirs.randint(low, high))
    assert ours.randint(low, high, 300) == theirs.randint(low, high, size=300).tolist()
    assert ours.randint(low, high) == int(theirs.randint(low, high))


@few
@given(seed=seeds, first=st.integers(0, 3))
def test_legacy_standard_normal_matches_numpy_including_the_cached_value(seed, first):
    # An odd number of scalar draws leaves a cached gaussian for the bulk call.
    ours = textbook.RandomState(seed)
    theirs = np.random.RandomState(seed)
    for _ in range(first):
        assert deep_bits(ours.standard_normal()) == deep_bits(theirs.standard_normal())
    assert deep_bits(ours.standard_normal(301)) == deep_bits(theirs.standard_normal(301))


# -- Generator (PCG64) ---------------------------------------------------------------


@few
@given(seed=seeds)
def test_generator_random_matches_numpy(seed):
    ours = textbook.Generator(seed)
    theirs = np.random.default_rng(seed)
    assert deep_bits(ours.random()) == deep_bits(theirs.random())
    assert deep_bits(ours.random(700)) == deep_bits(theirs.random(700))


@few
@given(
    seed=seeds,
    bounds=st.sampled_from(
        # 32-bit Lemire, rng == 2**32 - 1 shortcut, 64-bit Lemire, no draw
        [(0, 100), (-3, 1000), (0, 2**32), (0, 2**32 + 1), (-(2**50), 2**61), (9, 10)]
    ),
    first=st.integers(0, 3),
)
def test_generator_integers_matches_numpy_including_the_half_word_buffer(seed, bounds, first):
    # 32-bit draws use both halves of a PCG64 word; the spare half outlives the call.
    low, high = bounds
    ours = textbook.Generator(seed)
    theirs = np.random.default_rng(seed)
    for _ in range(first):
        assert ours.integers(low, high) == int(theirs.integers(low, high))
    assert ours.integers(low, high, 301) == theirs.integers(low, high, size=301).tolist()
    assert ours.integers(low, high) == int(theirs.integers(low, high))


@few
@given(seed=seeds)
def test_generator_standard_normal_matches_numpy(seed):
    needs_ziggurat_tables()
    ours = textbook.Generator(seed)
    theirs = np.random.default_rng(seed)
    assert deep_bits(ours.standard_normal()) == deep_bits(theirs.standard_normal())
    assert deep_bits(ours.standard_normal(500)) == deep_bits(theirs.standard_normal(500))


def test_generator_standard_normal_matches_numpy_in_the_tail():
    # About 1 draw in 4000 comes from the tail beyond r = 3.654; 40000 draws hit it.
    needs_ziggurat_tables()
    ours = textbook.Generator(2024).standard_normal(40000)
    theirs = np.random.default_rng(2024).standard_normal(40000)
    assert deep_bits(ours) == deep_bits(theirs)
    assert any(abs(x) > textbook.ziggurat_tables()["r"] for x in ours)


@few
@given(seed=seeds, a=st.sampled_from([1, 2, 100, 1000, 2**33]))
def test_generator_choice_with_replacement_matches_numpy(seed, a):
    ours = textbook.Generator(seed)
    theirs = np.random.default_rng(seed)
    assert ours.choice(a) == int(theirs.choice(a))
    assert ours.choice(a, 300) == theirs.choice(a, 300).tolist()


@few
@given(seed=seeds, n=st.sampled_from([0, 1, 2, 3, 50, 1000]))
def test_generator_shuffle_of_a_list_matches_numpy(seed, n):
    ours = list(range(n))
    theirs = list(range(n))
    textbook.Generator(seed).shuffle(ours)
    np.random.default_rng(seed).shuffle(theirs)
    assert ours == theirs
