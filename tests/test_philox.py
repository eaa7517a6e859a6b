"""Philox 4x64-10: block function, counter/key/buffer, advance, jumped, state; exact vs numpy."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pyprng.bitgen.philox as philox_mod
from pyprng.bitgen import SeedSequence
from pyprng.bitgen.philox import Philox, philox4x64

from .conftest import assert_states_equal, bits, requires_numpy

_M64 = (1 << 64) - 1
_M256 = (1 << 256) - 1

# Random123's kat_vectors (Salmon et al., SC11) for philox4x64 with 10 rounds:
# (counter words, key words) -> output block.  Checked against numpy 2.4.6 too.
_PI = [0x243F6A8885A308D3, 0x13198A2E03707344, 0xA4093822299F31D0, 0x082EFA98EC4E6C89]
KAT = [
    ([0] * 4, [0, 0],
     [0x16554D9ECA36314C, 0xDB20FE9D672D0FDC, 0xD7E772CEE186176B, 0x7E68B68AEC7BA23B]),
    ([_M64] * 4, [_M64] * 2,
     [0x87B092C3013FE90B, 0x438C3C67BE8D0224, 0x9CC7D7C69CD777B6, 0xA09CAEBF594F0BA0]),
    (_PI, [0x452821E638D01377, 0xBE5466CF34E90C6C],
     [0xA528F45403E61D95, 0x38C72DBD566E9788, 0xA5A1610E72FD18B5, 0x57BD43B5E52B7FE6]),
]  # fmt: skip


def _as_int(words):
    return sum(w << (64 * i) for i, w in enumerate(words))


# --- numpy-free --------------------------------------------------------------------------
@pytest.mark.parametrize("ctr, key, out", KAT)
def test_random123_known_answers(ctr, key, out):
    assert philox4x64(ctr, key) == out
    # numpy increments the counter before each block, so start one below.
    assert Philox(counter=(_as_int(ctr) - 1) & _M256, key=_as_int(key)).raws(4) == out


def test_known_answers():
    # numpy 2.4.6: Philox(1).state, three next_uint32 calls and the state after them,
    # and Philox(key=2**100 + 7, counter=2**200 + 3).random_raw(5)
    a = Philox(1)
    assert a.state == {
        "bit_generator": "Philox",
        "state": {"counter": [0, 0, 0, 0], "key": [7434755675892716031, 10007452063617845036]},
        "buffer": [0, 0, 0, 0],
        "buffer_pos": 4,
        "has_uint32": 0,
        "uinteger": 0,
    }
    assert a.uint32s(3) == [1807797818, 286912445, 746180478]
    assert a.state["state"]["counter"] == [1, 0, 0, 0]
    assert a.state["buffer"] == [
        1232279569898196538, 1457532264001425278, 106569017797417483, 14878344917644725055,
    ]  # fmt: skip
    assert (a.state["buffer_pos"], a.state["has_uint32"], a.state["uinteger"]) == (2, 1, 339358175)
    assert Philox(key=2**100 + 7, counter=2**200 + 3).raws(5) == [
        8692743247610604156, 7240915963561671038, 13259128306014262319,
        173374352238382244, 4535675776827885222,
    ]  # fmt: skip


@pytest.mark.parametrize("counts", [(1, 2, 3, 10), (7, 1, 1), (0, 5), (3, 301), (4, 4, 33, 1)])
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
    a, b = Philox(77), Philox(77)
    for n in counts:
        assert [bits(x) for x in getattr(a, kind)(n)] == [
            bits(getattr(b, scalar)()) for _ in range(n)
        ]
        assert a.state == b.state


@given(
    ctr=st.integers(0, _M256),
    key=st.integers(0, 2**128 - 1),
    n_blocks=st.integers(0, 40),
)
def test_lane_parallel_blocks_equal_the_block_loop(ctr, key, n_blocks):
    a = Philox(key=key, counter=ctr)
    rk, c1, c2 = a._rkeys, list(a._ctr), list(a._ctr)
    assert philox_mod._blocks_swar(c1, rk, n_blocks) == philox_mod._blocks_loop(c2, rk, n_blocks)
    assert c1 == c2


def test_counter_carries_across_all_four_words_and_wraps():
    a = Philox(key=3, counter=_M256 - 1)
    b = Philox(key=3, counter=_M256 - 1)
    words = a.raws(4 * 40)  # crosses 2**256 -> 0 inside a bulk run
    assert words == [b.next_raw() for _ in range(160)]
    assert a.state["state"]["counter"] == [38, 0, 0, 0]
    assert words[4:8] == philox4x64([0, 0, 0, 0], [3, 0])


def test_uint32_halves_and_raw_bypasses_the_half_buffer():
    a, b = Philox(1), Philox(1)
    v = b.next_uint64()
    assert a.next_uint32() == v & 0xFFFFFFFF
    a.next_raw()
    assert a.state["has_uint32"] == 1
    assert a.next_uint32() == v >> 32
    assert a.state["has_uint32"] == 0 and a.state["uinteger"] == v >> 32


def test_advance_adds_blocks_to_the_counter_and_empties_the_buffers():
    a, b = Philox(2), Philox(2)
    a.next_uint32()
    assert a.advance(1000) is a
    assert a.state["state"]["counter"] == [1001, 0, 0, 0]
    assert (a.state["buffer"], a.state["buffer_pos"], a.state["has_uint32"]) == ([0] * 4, 4, 0)
    b.raws(4 * 1001)
    assert a.raws(9) == b.raws(9)
    assert Philox(2).advance(-1).state["state"]["counter"] == [_M64] * 4
    assert Philox(2).advance(2**256 + 5).state["state"]["counter"] == [5, 0, 0, 0]


def test_jumped_adds_2_128_per_jump_to_a_fresh_copy():
    a = Philox(4)
    a.next_uint32()
    j = a.jumped(3)
    assert a.state["state"]["counter"] == [1, 0, 0, 0]
    assert j.state["state"]["counter"] == [1, 0, 3, 0]
    assert j.state["buffer_pos"] == 4 and j.seed_seq is not a.seed_seq


def test_constructor_forms_and_errors():
    assert Philox(key=5, counter=[1, 2, 3, 4]).state["state"] == {
        "counter": [1, 2, 3, 4],
        "key": [5, 0],
    }
    assert Philox(key=(2**64 + 9)).state["state"]["key"] == [9, 1]
    assert Philox(key=5).seed_seq is None
    with pytest.raises(ValueError, match="seed and key cannot be both used"):
        Philox(1, key=2)
    for bad in (-1, 2**128):
        with pytest.raises(ValueError, match="positive and less than 2"):
            Philox(key=bad)
    with pytest.raises(ValueError, match="must have 4 elements"):
        Philox(counter=[1, 2, 3])
    with pytest.raises(OverflowError):
        Philox(key=[1, 2**64])
    with pytest.raises(TypeError):
        Philox(key=5).spawn(1)


def test_pickle_copy_spawn():
    a = Philox(9)
    a.uint32s(3)
    for b in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a)):
        assert b.state == a.state
        assert b.uint32s(9) == copy.deepcopy(a).uint32s(9)
    keyed = Philox(key=11, counter=12)
    assert pickle.loads(pickle.dumps(keyed)).state == keyed.state
    kids = Philox(9).spawn(2)
    assert [k.raws(2) for k in kids] == [Philox(s).raws(2) for s in SeedSequence(9).spawn(2)]


def _st(counter=(0, 0, 0, 0), key=(1, 2), buffer=(0, 0, 0, 0), pos=4, has=0, u=0):
    return {
        "bit_generator": "Philox",
        "state": {"counter": list(counter), "key": list(key)},
        "buffer": list(buffer),
        "buffer_pos": pos,
        "has_uint32": has,
        "uinteger": u,
    }


@pytest.mark.parametrize(
    "bad, exc",
    [
        ([1], TypeError),
        ({"bit_generator": "PCG64"}, ValueError),
        (_st(counter=(1, 2, 3)), IndexError),
        (_st(counter=(1, 2, 3, -1)), OverflowError),
        (_st(counter=(1, 2, 3, 2**64)), OverflowError),
        (_st(key=(1,)), IndexError),
        (_st(buffer=(1, 2, 3)), IndexError),
        (_st(pos=2**31), OverflowError),
        (_st(pos=-1), ValueError),  # numpy stores it and reads before its buffer
        (_st(has=2**31), OverflowError),
        (_st(u=2**32), OverflowError),
    ],
)
def test_bad_state_raises_and_changes_nothing(bad, exc):
    a = Philox(5)
    a.uint32s(3)
    before = a.state
    with pytest.raises(exc):
        a.state = bad
    assert a.state == before


# --- live comparison with numpy -------------------------------------------------------
SEEDS = st.one_of(
    st.integers(0, 2**200),
    st.lists(st.integers(0, 2**64), max_size=5),
    st.tuples(st.integers(0, 2**128), st.integers(0, 5)),  # SeedSequence(entropy, spawn_key)
)


def _pair(np, seed):
    if isinstance(seed, tuple):  # each library's own SeedSequence
        ent, key = seed
        return Philox(SeedSequence(ent, spawn_key=(key,))), np.random.Philox(
            np.random.SeedSequence(ent, spawn_key=(key,))
        )
    return Philox(seed), np.random.Philox(seed)


@requires_numpy
@given(
    seed=SEEDS,
    ops=st.lists(st.sampled_from(["uint32", "uint64", "double"]), max_size=12),
    n=st.integers(0, 60),
)
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
    # array forms below 2**63: numpy discovers [5, 2**63] as float64 (rounded, maybe UB casts)
    key=st.one_of(
        st.integers(0, 2**128 - 1), st.lists(st.integers(0, 2**63 - 1), min_size=2, max_size=2)
    ),
    counter=st.one_of(
        st.integers(0, _M256), st.lists(st.integers(0, 2**63 - 1), min_size=4, max_size=4)
    ),
    n32=st.integers(0, 5),
    delta=st.integers(-(2**258), 2**258),
    jumps=st.integers(-2, 4),
    n=st.integers(0, 20),
)
def test_key_counter_advance_jumped_match_numpy(key, counter, n32, delta, jumps, n):
    import numpy as np

    ours, theirs = Philox(key=key, counter=counter), np.random.Philox(key=key, counter=counter)
    assert_states_equal(ours.state, theirs.state)
    c = theirs.ctypes
    assert ours.uint32s(n32) == [c.next_uint32(c.state) for _ in range(n32)]
    ours.advance(delta)
    theirs.advance(delta)
    assert_states_equal(ours.state, theirs.state)
    oj, tj = ours.jumped(jumps), theirs.jumped(jumps)
    assert_states_equal(oj.state, tj.state)
    assert oj.raws(n) == tj.random_raw(n).tolist()
    assert_states_equal(oj.state, tj.state)


@requires_numpy
@given(
    counter=st.lists(st.integers(0, _M64), min_size=4, max_size=4),
    buffer=st.lists(st.integers(0, _M64), min_size=4, max_size=4),
    pos=st.integers(0, 6),
    has=st.integers(0, 2),
    u=st.integers(0, 2**32 - 1),
    n=st.integers(0, 11),
)
def test_any_state_round_trips_and_continues_like_numpy(counter, buffer, pos, has, u, n):
    import numpy as np

    value = _st(counter, (5, 6), buffer, pos, has, u)
    ours, theirs = Philox(0), np.random.Philox(0)
    ours.state = value
    theirs.state = value
    c = theirs.ctypes
    assert ours.uint32s(n) == [c.next_uint32(c.state) for _ in range(n)]
    assert_states_equal(ours.state, theirs.state)
    ours2 = Philox()
    ours2.state = theirs.state  # numpy's uint64 arrays are accepted
    assert ours2.state == ours.state
