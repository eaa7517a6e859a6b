"""SeedSequence: entropy coercion, pool mixing and generate_state, exactly as numpy 2.4."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.bitgen.seedsequence import SeedSequence, _is_seed_sequence

from .conftest import requires_numpy

# Golden vectors: computed once with numpy 2.4.6's SeedSequence.generate_state.
GOLDEN = [
    (
        (12345,),
        {},
        8,
        "uint32",
        [
            2688385916,
            3048105090,
            4196366895,
            3152189807,
            924159892,
            1692637855,
            2685664627,
            1052446614,
        ],
    ),
    (
        ([1, 2, 3],),
        {"spawn_key": (7,), "pool_size": 8},
        4,
        "uint64",
        [14208257751710703585, 3330008584647667138, 12002024936714173476, 17501545786167726654],
    ),
    ((2**130 + 5,), {}, 5, "uint32", [3860361780, 2045784467, 3828541135, 2045165508, 4115922575]),
]


@pytest.mark.parametrize("args, kwargs, n, dtype, expected", GOLDEN)
def test_generate_state_matches_golden_vectors(args, kwargs, n, dtype, expected):
    assert (
        SeedSequence(*args, **kwargs).generate_state_list(n, 32 if dtype == "uint32" else 64)
        == expected
    )


def test_uint64_words_pair_low_word_first():
    ss = SeedSequence(99)
    w32 = ss.generate_state_list(6, 32)
    assert ss.generate_state_list(3, 64) == [w32[i] | (w32[i + 1] << 32) for i in (0, 2, 4)]


def test_none_entropy_draws_pool_size_words_and_is_logged():
    ss = SeedSequence(pool_size=8)
    assert 0 <= ss.entropy < 2**256
    assert SeedSequence(ss.entropy, pool_size=8).generate_state_list(4) == ss.generate_state_list(4)


def test_repr_and_state_omit_defaults():
    assert repr(SeedSequence(5)) == "SeedSequence(\n    entropy=5,\n)"
    ss = SeedSequence(5, spawn_key=(1, 2), pool_size=8, n_children_spawned=3)
    assert repr(ss) == (
        "SeedSequence(\n    entropy=5,\n    spawn_key=(1, 2),\n    pool_size=8,\n"
        "    n_children_spawned=3,\n)"
    )
    assert ss.state == {"entropy": 5, "spawn_key": (1, 2), "pool_size": 8, "n_children_spawned": 3}


@pytest.mark.parametrize(
    "kwargs, exc",
    [
        ({"entropy": -1}, ValueError),
        ({"entropy": [1, -1]}, ValueError),
        ({"entropy": 1.5}, TypeError),
        ({"entropy": [1, 2.0]}, TypeError),
        ({"entropy": "12"}, TypeError),
        ({"entropy": ["zz"]}, ValueError),
        ({"entropy": 1, "pool_size": 3}, ValueError),
    ],
)
def test_bad_entropy_raises_like_numpy(kwargs, exc):
    with pytest.raises(exc):
        SeedSequence(**kwargs)


def test_generate_state_rejects_other_dtypes_and_negative_counts():
    ss = SeedSequence(1)
    with pytest.raises(ValueError):
        ss.generate_state(2, "int32")
    with pytest.raises(ValueError):
        ss.generate_state_list(-1)
    with pytest.raises(TypeError):
        ss.generate_state_list(1.5)


def test_spawn_extends_key_and_counts_children():
    ss = SeedSequence(7)
    kids = ss.spawn(2) + ss.spawn(1)
    assert [k.spawn_key for k in kids] == [(0,), (1,), (2,)]
    assert ss.n_children_spawned == 3
    assert kids[2].generate_state_list(2) == SeedSequence(7, spawn_key=(2,)).generate_state_list(2)


def test_is_seed_sequence_duck_types():
    class Quack:
        def generate_state(self, n, dtype="uint32"):
            return [1] * n

        def spawn(self, n):
            return [self] * n

    assert _is_seed_sequence(SeedSequence(1)) and _is_seed_sequence(Quack())
    assert (
        not _is_seed_sequence(5) and not _is_seed_sequence([1, 2]) and not _is_seed_sequence(None)
    )


# --- live comparison with numpy -------------------------------------------------------
_word = st.one_of(st.integers(0, 2**32 - 1), st.integers(0, 2**200))
entropies = st.one_of(
    _word,
    st.lists(_word, max_size=10),
    st.lists(st.one_of(_word, st.lists(_word, max_size=3)), max_size=4),
    st.lists(_word, max_size=3).map(tuple),
    st.integers(0, 2**64).map(lambda v: [str(v), hex(v)]),
)


@requires_numpy
@given(
    entropy=entropies,
    spawn_key=st.lists(st.integers(0, 2**40), max_size=3).map(tuple),
    pool_size=st.integers(4, 10),
    n=st.integers(0, 40),
    wide=st.booleans(),
)
def test_generate_state_matches_numpy(entropy, spawn_key, pool_size, n, wide):
    import numpy as np

    dtype = np.uint64 if wide else np.uint32
    ours = SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size)
    theirs = np.random.SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size)
    assert ours.pool == theirs.pool.tolist()
    assert list(ours.generate_state(n, dtype)) == theirs.generate_state(n, dtype).tolist()


@requires_numpy
@given(entropy=st.integers(0, 2**128), n=st.integers(0, 4), m=st.integers(0, 4))
def test_spawn_matches_numpy(entropy, n, m):
    import numpy as np

    ours, theirs = SeedSequence(entropy), np.random.SeedSequence(entropy)
    for k in (n, m):
        a, b = ours.spawn(k), theirs.spawn(k)
        assert [c.spawn_key for c in a] == [c.spawn_key for c in b]
        assert [c.generate_state_list(3) for c in a] == [c.generate_state(3).tolist() for c in b]
    assert ours.n_children_spawned == theirs.n_children_spawned


def test_numpy_inputs_are_accepted(np):
    arr = np.array([5, 2**40], dtype=np.uint64)
    for entropy in (np.int64(7), arr, np.array([1, 2], dtype=np.uint32)):
        assert SeedSequence(entropy).generate_state_list(4) == (
            np.random.SeedSequence(entropy).generate_state(4).tolist()
        )
    for dtype in (np.uint64, np.dtype("uint64"), "uint64", "u8"):
        assert list(SeedSequence(3).generate_state(2, dtype)) == (
            np.random.SeedSequence(3).generate_state(2, np.uint64).tolist()
        )
    with pytest.raises(TypeError):
        SeedSequence(np.array([1.5]))
