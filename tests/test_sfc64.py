"""SFC64: seeding (12 discarded outputs), 32-bit buffering, state; exact against numpy 2.4."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.bitgen import SeedSequence
from pyprng.bitgen.sfc64 import SFC64

from .conftest import assert_states_equal, bits, requires_numpy

_M64 = (1 << 64) - 1

SEEDS = st.one_of(
    st.integers(0, 2**200),
    st.lists(st.integers(0, 2**64), max_size=5),
    st.tuples(st.integers(0, 2**128), st.integers(0, 5)),  # SeedSequence(entropy, spawn_key)
)
OPS = st.lists(st.sampled_from(["uint32", "uint64", "double"]), max_size=12)


# --- numpy-free --------------------------------------------------------------------------
def test_known_answers():
    # numpy 2.4.6: SFC64(1).state and SFC64(1).random_raw(3), SFC64(2**100).random_raw(2)
    a = SFC64(1)
    assert a.state == {
        "bit_generator": "SFC64",
        "state": {"state": [7540063102531384633, 10825885173448199426, 15957370789230877238, 13]},
        "has_uint32": 0,
        "uinteger": 0,
    }
    assert a.raws(3) == [18365948275979584072, 6864396556639111295, 7917024265190753706]


def _textbook_step(s):
    out = (s[0] + s[1] + s[3]) & _M64
    s[3] = (s[3] + 1) & _M64
    s[0] = s[1] ^ (s[1] >> 11)
    s[1] = (s[2] + (s[2] << 3)) & _M64
    s[2] = ((((s[2] << 24) | (s[2] >> 40)) & _M64) + out) & _M64
    return out


def test_seeding_discards_twelve_outputs_from_counter_one():
    words = SeedSequence(5).generate_state(3, "uint64")
    s = [int(w) for w in words] + [1]
    for _ in range(12):
        _textbook_step(s)
    a = SFC64(5)
    assert a.state["state"]["state"] == s
    assert a.raws(5) == [_textbook_step(s) for _ in range(5)]


def test_counter_wraps_at_2_64():
    a = SFC64(3)
    st_ = a.state
    st_["state"]["state"][3] = _M64 - 1
    a.state = st_
    s = list(st_["state"]["state"])
    assert a.raws(4) == [_textbook_step(s) for _ in range(4)]
    assert a.state["state"]["state"] == s and s[3] == 2


@pytest.mark.parametrize("counts", [(1, 2, 3, 10), (7, 1, 1), (0, 5), (3, 301)])
@pytest.mark.parametrize(
    "kind, scalar",
    [
        ("uint32s", "next_uint32"),
        ("uint64s", "next_uint64"),
        ("doubles", "next_double"),
        ("floats", "next_float"),
        ("raws", "next_raw"),
    ],
)
def test_bulk_equals_repeated_scalar(kind, scalar, counts):
    a, b = SFC64(77), SFC64(77)
    for n in counts:
        assert [bits(x) for x in getattr(a, kind)(n)] == [
            bits(getattr(b, scalar)()) for _ in range(n)
        ]
        assert a.state == b.state


def test_uint32_halves_low_first_then_buffered_and_raw_bypasses():
    a, b = SFC64(1), SFC64(1)
    v = b.next_uint64()
    assert a.next_uint32() == v & 0xFFFFFFFF
    assert a.state["has_uint32"] == 1 and a.state["uinteger"] == v >> 32
    a.next_raw()
    assert a.state["has_uint32"] == 1
    assert a.next_uint32() == v >> 32
    assert a.state["has_uint32"] == 0 and a.state["uinteger"] == v >> 32  # stale, as numpy


def test_has_no_advance_or_jumped():
    assert not hasattr(SFC64(), "advance") and not hasattr(SFC64(), "jumped")


def test_pickle_copy_spawn():
    a = SFC64(9)
    a.next_uint32()
    for b in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a)):
        assert b.state == a.state
        assert b.uint32s(5) == copy.deepcopy(a).uint32s(5)
        assert b.seed_seq.entropy == 9
    kids = SFC64(9).spawn(2)
    assert [k.raws(2) for k in kids] == [SFC64(s).raws(2) for s in SeedSequence(9).spawn(2)]


_GOOD = {"bit_generator": "SFC64", "state": {"state": [1, 2, 3, 4]}, "has_uint32": 0, "uinteger": 0}


def _bad(**changes):
    d = copy.deepcopy(_GOOD)
    for k, v in changes.items():
        if k == "words":
            d["state"]["state"] = v
        else:
            d[k] = v
    return d


@pytest.mark.parametrize(
    "bad, exc",
    [
        ([1], TypeError),
        ({"bit_generator": "PCG64"}, ValueError),
        (_bad(words=[1, 2, 3, -1]), OverflowError),
        (_bad(words=[1, 2, 3, 2**64]), OverflowError),
        (_bad(words=[1, 2, 3]), ValueError),
        (_bad(words=[1, 2, 3, 4, 5]), ValueError),
        (_bad(has_uint32=2**31), OverflowError),
        (_bad(uinteger=-1), OverflowError),
        (_bad(uinteger=2**32), OverflowError),
        ({"bit_generator": "SFC64", "state": {}, "has_uint32": 0, "uinteger": 0}, KeyError),
    ],
)
def test_bad_state_raises_numpys_type_and_changes_nothing(bad, exc):
    a = SFC64(5)
    a.next_uint32()
    before = a.state
    with pytest.raises(exc):
        a.state = bad
    assert a.state == before


def test_state_accepts_one_int_for_all_words_as_numpy_broadcasts():
    a = SFC64()
    a.state = _bad(words=7)
    assert a.state["state"]["state"] == [7, 7, 7, 7]


# --- live comparison with numpy -------------------------------------------------------
def _pair(np, seed):
    if isinstance(seed, tuple):  # each library's own SeedSequence
        ent, key = seed
        return SFC64(SeedSequence(ent, spawn_key=(key,))), np.random.SFC64(
            np.random.SeedSequence(ent, spawn_key=(key,))
        )
    return SFC64(seed), np.random.SFC64(seed)


@requires_numpy
@given(seed=SEEDS, ops=OPS, n=st.integers(0, 40))
def test_seeding_scalars_raw_and_state_match_numpy(seed, ops, n):
    import numpy as np

    ours, theirs = _pair(np, seed)
    c = theirs.ctypes
    assert_states_equal(ours.state, theirs.state)
    for op in ops:
        assert bits(getattr(ours, f"next_{op}")()) == bits(getattr(c, f"next_{op}")(c.state))
    assert_states_equal(ours.state, theirs.state)
    assert ours.raws(n) == theirs.random_raw(n).tolist()
    assert_states_equal(ours.state, theirs.state)


@requires_numpy
@given(
    words=st.lists(st.integers(0, 2**64 - 1), min_size=4, max_size=4),
    has=st.integers(0, 3),
    u=st.integers(0, 2**32 - 1),
    n=st.integers(0, 9),
)
def test_any_state_round_trips_and_continues_like_numpy(words, has, u, n):
    import numpy as np

    value = {"bit_generator": "SFC64", "state": {"state": words}, "has_uint32": has, "uinteger": u}
    ours, theirs = SFC64(0), np.random.SFC64(0)
    ours.state = value
    theirs.state = value
    c = theirs.ctypes
    assert ours.uint32s(n) == [c.next_uint32(c.state) for _ in range(n)]
    assert_states_equal(ours.state, theirs.state)
    ours2 = SFC64()
    ours2.state = theirs.state  # numpy's uint64 arrays are accepted
    assert ours2.state == ours.state
