"""PCG64DXSM: seeding, DXSM output, buffering, advance, jumped, state; exact against numpy 2.4."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.bitgen import SeedSequence
from pyprng.bitgen.pcg64dxsm import PCG64DXSM

from .conftest import assert_states_equal, bits, requires_numpy

_M64 = (1 << 64) - 1
_M128 = (1 << 128) - 1
_CHEAP = 0xDA942042E4DD58B5

SEEDS = st.one_of(
    st.integers(0, 2**200),
    st.lists(st.integers(0, 2**64), max_size=5),
    st.tuples(st.integers(0, 2**128), st.integers(0, 5)),  # SeedSequence(entropy, spawn_key)
)


# --- numpy-free --------------------------------------------------------------------------
def test_known_answers():
    # numpy 2.4.6: PCG64DXSM(1).state, .random_raw(3); PCG64DXSM(2**100) after advance(-5);
    # PCG64DXSM(1).jumped(3).state
    a = PCG64DXSM(1)
    assert a.state == {
        "bit_generator": "PCG64DXSM",
        "state": {
            "state": 207833532711051698738587646355624148094,
            "inc": 194290289479364712180083596243593368443,
        },
        "has_uint32": 0,
        "uinteger": 0,
    }
    assert a.raws(3) == [5001773312344742047, 5153105853343410367, 9971774173010308333]
    b = PCG64DXSM(2**100)
    assert b.raws(3) == [4727152850053073864, 7294690870976390075, 911176577567543876]
    assert b.advance(-5).raws(2) == [11248485903507609606, 56469776871021824]
    assert PCG64DXSM(1).jumped(3).state["state"]["state"] == (
        211480706101513418645967049033958899831
    )


def _textbook(state, inc):
    """O'Neill's pcg_cm_random_r: DXSM of the current state, then the cheap-multiplier step."""
    hi, lo = state >> 64, (state & _M64) | 1
    hi ^= hi >> 32
    hi = (hi * _CHEAP) & _M64
    hi ^= hi >> 48
    return (hi * lo) & _M64, (state * _CHEAP + inc) & _M128


@given(state=st.integers(0, _M128), inc=st.integers(0, _M128).map(lambda v: v | 1))
def test_outputs_follow_the_textbook_dxsm(state, inc):
    a = PCG64DXSM(0)
    a.state = {"bit_generator": "PCG64DXSM", "state": {"state": state, "inc": inc},
               "has_uint32": 0, "uinteger": 0}  # fmt: skip
    for got in a.raws(3):
        want, state = _textbook(state, inc)
        assert got == want
    assert a.state["state"]["state"] == state


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
    a, b = PCG64DXSM(77), PCG64DXSM(77)
    for n in counts:
        assert [bits(x) for x in getattr(a, kind)(n)] == [
            bits(getattr(b, scalar)()) for _ in range(n)
        ]
        assert a.state == b.state


def test_uint32_halves_low_first_then_buffered_and_raw_bypasses():
    a, b = PCG64DXSM(1), PCG64DXSM(1)
    v = b.next_uint64()
    assert a.next_uint32() == v & 0xFFFFFFFF
    assert a.state["has_uint32"] == 1 and a.state["uinteger"] == v >> 32
    a.next_raw()
    assert a.state["has_uint32"] == 1
    assert a.next_uint32() == v >> 32
    assert a.state["has_uint32"] == 0 and a.state["uinteger"] == v >> 32  # stale, as numpy


def test_advance_clears_buffer_matches_stepping_and_goes_back():
    a, b = PCG64DXSM(2), PCG64DXSM(2)
    a.next_uint32()
    assert a.advance(1000) is a
    b.uint64s(1001)
    assert a.state == b.state
    a.advance(-1001)
    assert a.state == PCG64DXSM(2).state


def test_jumped_is_a_fresh_copy_advanced_by_the_golden_step():
    a = PCG64DXSM(4)
    j = a.jumped(2)
    assert a.state == PCG64DXSM(4).state
    assert j.state == PCG64DXSM(4).advance(2 * 0x9E3779B97F4A7C15F39CC0605CEDC835).state
    assert j.seed_seq is not a.seed_seq
    # numpy reads jumps with int(): 1.5 jumps once, None is a TypeError.
    assert a.jumped(1.5).state == a.jumped(1).state
    with pytest.raises(TypeError):
        a.jumped(None)


def test_pickle_copy_spawn():
    a = PCG64DXSM(9)
    a.next_uint32()
    for b in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a)):
        assert b.state == a.state
        assert b.uint32s(5) == copy.deepcopy(a).uint32s(5)
    kids = PCG64DXSM(9).spawn(2)
    assert [k.raws(2) for k in kids] == [PCG64DXSM(s).raws(2) for s in SeedSequence(9).spawn(2)]


def _st(state=1, inc=1, has=0, u=0):
    return {
        "bit_generator": "PCG64DXSM",
        "state": {"state": state, "inc": inc},
        "has_uint32": has,
        "uinteger": u,
    }


@pytest.mark.parametrize(
    "bad, exc",
    [
        ([1], TypeError),
        ({"bit_generator": "PCG64"}, ValueError),
        (_st(state=-1), OverflowError),
        (_st(state=2**128), OverflowError),
        (_st(inc=2**128), OverflowError),
        (_st(has=2**31), OverflowError),
        (_st(u=2**32), OverflowError),
        (_st(u=-1), OverflowError),
        ({"bit_generator": "PCG64DXSM", "state": {"state": 1}, "has_uint32": 0}, KeyError),
    ],
)
def test_bad_state_raises_numpys_type_and_changes_nothing(bad, exc):
    a = PCG64DXSM(5)
    a.next_uint32()
    before = a.state
    with pytest.raises(exc):
        a.state = bad
    assert a.state == before


# --- live comparison with numpy -------------------------------------------------------
def _pair(np, seed):
    if isinstance(seed, tuple):  # each library's own SeedSequence
        ent, key = seed
        return PCG64DXSM(SeedSequence(ent, spawn_key=(key,))), np.random.PCG64DXSM(
            np.random.SeedSequence(ent, spawn_key=(key,))
        )
    return PCG64DXSM(seed), np.random.PCG64DXSM(seed)


@requires_numpy
@given(
    seed=SEEDS,
    ops=st.lists(st.sampled_from(["uint32", "uint64", "double"]), max_size=12),
    n=st.integers(0, 40),
)
def test_seeding_scalars_raw_and_state_match_numpy(seed, ops, n):
    import numpy as np

    ours, theirs = _pair(np, seed)
    c = theirs.ctypes
    assert ours.state == theirs.state
    for op in ops:
        assert bits(getattr(ours, f"next_{op}")()) == bits(getattr(c, f"next_{op}")(c.state))
    assert ours.state == theirs.state
    assert ours.raws(n) == theirs.random_raw(n).tolist()
    assert ours.state == theirs.state


@requires_numpy
@given(
    seed=st.integers(0, 2**64),
    n32=st.integers(0, 3),
    delta=st.integers(-(2**130), 2**130),
    jumps=st.integers(-2, 4),
    n=st.integers(0, 20),
)
def test_advance_jumped_random_raw_match_numpy(seed, n32, delta, jumps, n):
    import numpy as np

    ours, theirs = PCG64DXSM(seed), np.random.PCG64DXSM(seed)
    c = theirs.ctypes
    assert ours.uint32s(n32) == [c.next_uint32(c.state) for _ in range(n32)]
    ours.advance(delta)
    theirs.advance(delta)
    assert ours.state == theirs.state
    oj, tj = ours.jumped(jumps), theirs.jumped(jumps)
    assert oj.state == tj.state
    assert oj.raws(n) == tj.random_raw(n).tolist()
    assert oj.state == tj.state


@requires_numpy
@given(
    state=st.integers(0, _M128),
    inc=st.integers(0, _M128),
    has=st.integers(0, 2),
    u=st.integers(0, 2**32 - 1),
    n=st.integers(0, 9),
)
def test_any_state_round_trips_and_continues_like_numpy(state, inc, has, u, n):
    import numpy as np

    value = _st(state, inc, has, u)
    ours, theirs = PCG64DXSM(0), np.random.PCG64DXSM(0)
    ours.state = value
    theirs.state = value
    assert_states_equal(ours.state, theirs.state)
    c = theirs.ctypes
    assert ours.uint32s(n) == [c.next_uint32(c.state) for _ in range(n)]
    assert ours.state == theirs.state
