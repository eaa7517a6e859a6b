"""PCG64: seeding, 32-bit buffering, advance, jumped, state; exact against numpy 2.4."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.bitgen import pcg64 as pcgmod
from pyprng.bitgen.pcg64 import PCG64

from .conftest import bits, requires_numpy


@pytest.mark.parametrize("counts", [(1, 2, 3, 10), (7, 1, 1), (0, 5)])
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
    a, b = PCG64(77), PCG64(77)
    for n in counts:
        assert [bits(x) for x in getattr(a, kind)(n)] == [
            bits(getattr(b, scalar)()) for _ in range(n)
        ]
        assert a.state == b.state


def test_uint32_halves_low_first_then_buffered():
    a, b = PCG64(1), PCG64(1)
    v = b.next_uint64()
    assert a.next_uint32() == v & 0xFFFFFFFF
    assert a.state["has_uint32"] == 1 and a.state["uinteger"] == v >> 32
    assert a.next_uint32() == v >> 32
    assert a.state["has_uint32"] == 0


def test_raw_bypasses_the_buffer():
    a = PCG64(4)
    a.next_uint32()
    st_ = a.state
    a.next_raw()
    assert a.state["has_uint32"] == 1 and a.state["uinteger"] == st_["uinteger"]


def test_advance_clears_buffer_and_matches_stepping():
    a, b = PCG64(2), PCG64(2)
    a.next_uint32()
    a.advance(1000)
    b.uint64s(1001)
    assert a.state == b.state
    a.advance(-1000)
    assert a.advance(0) is a


@pytest.mark.parametrize(
    "bad, exc",
    [
        ([1], TypeError),
        ({"bit_generator": "MT19937"}, ValueError),
        (
            {
                "bit_generator": "PCG64",
                "state": {"state": 2**128, "inc": 1},
                "has_uint32": 0,
                "uinteger": 0,
            },
            OverflowError,
        ),
        (
            {
                "bit_generator": "PCG64",
                "state": {"state": -1, "inc": 1},
                "has_uint32": 0,
                "uinteger": 0,
            },
            OverflowError,
        ),
        (
            {
                "bit_generator": "PCG64",
                "state": {"state": 1, "inc": 1},
                "has_uint32": 0,
                "uinteger": 2**32,
            },
            OverflowError,
        ),
        ({"bit_generator": "PCG64", "state": {"state": 1, "inc": 1}, "has_uint32": 0}, KeyError),
    ],
)
def test_bad_state_raises_and_changes_nothing(bad, exc):
    a = PCG64(1)
    before = a.state
    with pytest.raises(exc):
        a.state = bad
    assert a.state == before


# --- live comparison with numpy -------------------------------------------------------
@requires_numpy
@given(
    seed=st.one_of(st.integers(0, 2**128), st.lists(st.integers(0, 2**64), max_size=4)),
    ops=st.lists(st.sampled_from(["uint32", "uint64", "double"]), max_size=20),
)
def test_scalars_and_state_match_numpy(seed, ops):
    import numpy as np

    ours, theirs = PCG64(seed), np.random.PCG64(seed)
    c = theirs.ctypes
    assert ours.state == theirs.state
    for op in ops:
        assert bits(getattr(ours, f"next_{op}")()) == bits(getattr(c, f"next_{op}")(c.state))
    assert ours.state == theirs.state


@requires_numpy
@given(
    seed=st.integers(0, 2**64),
    n32=st.integers(0, 3),
    delta=st.integers(-(2**130), 2**130),
    jumps=st.integers(0, 4),
    n=st.integers(0, 20),
)
def test_advance_jumped_random_raw_match_numpy(seed, n32, delta, jumps, n):
    import numpy as np

    ours, theirs = PCG64(seed), np.random.PCG64(seed)
    c = theirs.ctypes
    ours.uint32s(n32)
    for _ in range(n32):
        c.next_uint32(c.state)
    ours.advance(delta)
    theirs.advance(delta)
    assert ours.state == theirs.state
    oj, tj = ours.jumped(jumps), theirs.jumped(jumps)
    assert oj.state == tj.state
    assert oj.raws(n) == tj.random_raw(n).tolist()
    assert oj.state == tj.state


def test_state_from_numpy_is_accepted(np):
    theirs = np.random.PCG64(8)
    theirs.ctypes.next_uint32(theirs.ctypes.state)
    ours = PCG64()
    ours.state = theirs.state
    assert ours.next_uint32() == theirs.ctypes.next_uint32(theirs.ctypes.state)


@pytest.mark.parametrize("counts", [(15, 16, 17, 1023), (1, 1024, 1025, 2049), (3000,)])
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
def test_bulk_equals_repeated_scalar_across_block_sizes(kind, scalar, counts):
    # counts straddle the short-tail loop, partial blocks and whole 1024-state blocks
    a, b = PCG64(2024), PCG64(2024)
    for n in counts:
        a.next_uint32()  # leave a buffered half behind
        b.next_uint32()
        assert [bits(x) for x in getattr(a, kind)(n)] == [
            bits(getattr(b, scalar)()) for _ in range(n)
        ]
        assert a.state == b.state


def _scalar_stream(seed, n):
    g = PCG64(seed)
    start = (g._state, g._inc)
    return start, [g.next_uint64() for _ in range(n)], g._state


@pytest.mark.parametrize("n", [0, 1, 2, 31, 1024, 1500])
def test_limb_loop_equals_the_scalar_stream(n):
    (s, inc), words, end = _scalar_stream(n + 3, n)
    state, halves = pcgmod._limb_words(s, inc, n)
    assert [(halves[2 * i + 1] << 32) | halves[2 * i] for i in range(n)] == words
    assert state == end


@pytest.mark.skipif(sys.byteorder != "little", reason="the SWAR block reads little-endian lanes")
@pytest.mark.parametrize("k", [1, 16, 17, 100, 512, 1024])
def test_swar_block_equals_the_scalar_stream(k):
    (s, inc), words, end = _scalar_stream(k + 5, k)
    state, data = pcgmod._swar_block(s, inc, k)
    assert [int.from_bytes(data[8 * i : 8 * i + 8], "little") for i in range(k)] == words
    assert state == end
