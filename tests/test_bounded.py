"""Bounded integers and shuffles: both rejection methods, buffers, bulk == scalar."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng._dtypes import BY_NAME
from pyprng._output import container_for
from pyprng.bitgen import MT19937, PCG64
from pyprng.distributions import bounded
from pyprng.distributions.bounded import (
    SplitBuffer,
    bounded_fill,
    bounded_integers,
    bounded_one,
    gen_mask,
    random_interval,
)
from pyprng.distributions.permute import permutation_indices, swap_sequence

from .conftest import requires_numpy

INT_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
BITS = {name: (1 if name == "bool" else BY_NAME[name].bits) for name in INT_DTYPES}
LOCK = threading.RLock()


@st.composite
def bounds(draw, endpoint):
    name = draw(st.sampled_from(INT_DTYPES))
    d = BY_NAME[name]
    top = d.hi if endpoint else d.hi + 1
    low = draw(st.integers(d.lo, d.hi if endpoint else d.hi))
    kind = draw(st.sampled_from(["any", "near", "full"]))
    if kind == "full":
        low, high = d.lo, top
    elif kind == "near":
        high = min(low + draw(st.integers(0 if endpoint else 1, 4)), top)
    else:
        high = draw(st.integers(low if endpoint else low + 1, top))
    return d, low, high


def numpy_generator_like(bitgen):
    """A numpy Generator on an MT19937 holding our engine's exact state."""
    import numpy

    g = numpy.random.Generator(numpy.random.MT19937())
    g.bit_generator.state = bitgen.state
    return g


def test_gen_mask():
    assert [gen_mask(r) for r in (0, 1, 2, 3, 4, 255, 256, 2**64 - 1)] == [
        0,
        1,
        3,
        3,
        7,
        255,
        511,
        2**64 - 1,
    ]


@requires_numpy
@given(st.integers(0, 2**32 - 1), bounds(False), st.sampled_from([None, 0, 1, 5, 33, (2, 3)]))
def test_masked_matches_legacy_randint(seed, b, size):
    import numpy

    d, low, high = b
    ours = MT19937(0)
    ours._legacy_seeding(seed)
    theirs = numpy.random.RandomState(seed)
    want = theirs.randint(low, high, size, dtype=d.name)
    got = bounded_integers(ours, LOCK, low, high, size, d, True, False, container_for("numpy"))
    assert numpy.asarray(got).tolist() == numpy.asarray(want).tolist()
    assert ours.state["state"]["pos"] == theirs.get_state()[2]


@requires_numpy
@given(
    st.integers(0, 2**32 - 1),
    st.booleans(),
    st.data(),
    st.sampled_from([None, 0, 1, 5, 33, (2, 3)]),
)
def test_lemire_matches_generator_integers(seed, endpoint, data, size):
    import numpy

    d, low, high = data.draw(bounds(endpoint))
    ours = MT19937(seed)
    g = numpy_generator_like(ours)
    want = g.integers(low, high, size, dtype=d.name, endpoint=endpoint)
    got = bounded_integers(ours, LOCK, low, high, size, d, False, endpoint, container_for("numpy"))
    assert type(got) is type(want)
    assert numpy.asarray(got).tolist() == numpy.asarray(want).tolist()
    assert ours.state == {
        "bit_generator": "MT19937",
        "state": {
            "key": g.bit_generator.state["state"]["key"].tolist(),
            "pos": g.bit_generator.state["state"]["pos"],
        },
    }


@requires_numpy
@given(st.integers(0, 2**32 - 1), st.booleans(), st.booleans(), st.data())
def test_broadcast_path_carries_buffer(seed, endpoint, masked, data):
    """Array bounds: one element at a time, the 8/16-bit/bool buffer shared by all."""
    import numpy

    d, low, high = data.draw(bounds(endpoint))
    n = data.draw(st.integers(1, 9))
    lows = [min(low + data.draw(st.integers(0, 2)), high) for _ in range(n)]
    if not endpoint:
        lows = [min(v, high - 1) for v in lows]
    ours = MT19937(seed)
    if masked:
        ours._legacy_seeding(seed)
        rs = numpy.random.RandomState(seed)
        if endpoint:
            return  # legacy randint has no endpoint
        want = rs.randint(lows, high, dtype=d.name)
        pos = lambda: rs.get_state()[2]  # noqa: E731
    else:
        g = numpy_generator_like(ours)
        want = g.integers(lows, high, dtype=d.name, endpoint=endpoint)
        pos = lambda: g.bit_generator.state["state"]["pos"]  # noqa: E731
    got = bounded_integers(
        ours, LOCK, lows, high, None, d, masked, endpoint, container_for("numpy")
    )
    assert got.dtype == want.dtype
    assert got.tolist() == want.tolist()
    assert ours.state["state"]["pos"] == pos()


@given(
    st.integers(0, 2**32 - 1),
    st.sampled_from(INT_DTYPES),
    st.booleans(),
    st.integers(0, 2**64 - 1),
    st.integers(0, 40),
)
def test_bulk_fill_equals_scalar_loop(seed, name, masked, r, cnt):
    """bounded_fill (block draws) == cnt calls of bounded_one with a per-call buffer."""
    bits = BITS[name]
    rng = r % (1 << bits) if bits > 1 else r % 2
    a, b = MT19937(seed), MT19937(seed)
    bulk = bounded_fill(a, rng, cnt, bits, masked)
    buf = SplitBuffer()
    one = [bounded_one(b, rng, bits, masked, buf) for _ in range(cnt)]
    assert bulk == one
    assert a.state == b.state
    assert all(0 <= v <= rng for v in bulk)


@given(st.integers(0, 2**32 - 1), st.integers(0, 2**64 - 1))
def test_random_interval_in_range(seed, m):
    bg = MT19937(seed)
    v = random_interval(bg, m % (1 << 40) if m & 1 else m % 1000)
    assert 0 <= v


@given(st.integers(0, 2**32 - 1), st.integers(0, 300), st.integers(0, 3), st.booleans())
def test_swap_sequence_equals_scalar_draws(seed, n, first, masked):
    a, b = MT19937(seed), MT19937(seed)
    js = swap_sequence(a, n, first, masked)
    want = []
    for i in range(n - 1, first - 1, -1):
        if masked:
            want.append(random_interval(b, i))
        else:
            want.append(bounded_one(b, i, 64, False, SplitBuffer()))
    assert js == want
    assert a.state == b.state


@requires_numpy
@given(st.integers(0, 2**32 - 1), st.integers(0, 60))
def test_permutation_indices_match_numpy(seed, n):
    import numpy

    ours = MT19937(0)
    ours._legacy_seeding(seed)
    rs = numpy.random.RandomState(seed)
    assert permutation_indices(ours, n) == rs.permutation(n).tolist()
    assert ours.state["state"]["pos"] == rs.get_state()[2]


@pytest.mark.parametrize("endpoint", [False, True])
def test_bounds_messages(endpoint):
    d = BY_NAME["int8"]
    c = container_for("list")
    top = 127 if endpoint else 128
    cases = [
        ((5, 2), f"low {'>' if endpoint else '>='} high"),
        ((0, -1), f"high {'<' if endpoint else '<='} 0"),
        ((0, top + 1), "high is out of bounds for int8"),
        ((-129, 0), "low is out of bounds for int8"),
        (([0, 5], [4, 4]), f"low {'>' if endpoint else '>='} high"),
        (([0, 0], [-1, 2]), f"high {'<' if endpoint else '<='} 0"),
        (([0, -200], 5), "low is out of bounds for int8"),
        ((0, [top + 1]), "high is out of bounds for int8"),
    ]
    bg = MT19937(1)
    before = bg.state
    for (low, high), msg in cases:
        with pytest.raises(ValueError) as info:
            bounded_integers(bg, LOCK, low, high, None, d, True, endpoint, c)
        assert str(info.value) == msg
        assert bg.state == before
    d64 = BY_NAME["uint64"]
    for (low, high), msg in [
        ((0, 2**64 + 1), "high is out of bounds for uint64"),
        (([-1], 5), "low is out of bounds for uint64"),
        (([0], [2**65]), "high is out of bounds for uint64"),
    ]:
        with pytest.raises(ValueError, match=msg):
            bounded_integers(bg, LOCK, low, high, None, d64, False, endpoint, c)
    assert bg.state == before


def test_zero_range_draws_nothing():
    bg = MT19937(3)
    before = bg.state
    c = container_for("list")
    for name in INT_DTYPES:
        d = BY_NAME[name]
        assert bounded_integers(bg, LOCK, 0, 1, 5, d, True, False, c) == [0] * 5
        assert bounded_integers(bg, LOCK, [0, 0], 0, None, d, False, True, c) == [0, 0]
    assert bg.state == before



@requires_numpy
@pytest.mark.parametrize("endpoint", [False, True])
@pytest.mark.parametrize(
    "low, high, dtype",
    [
        (0, [5, 0], "int64"),
        ([0, 3], [5, 3], "int64"),
        ([[0], [3]], [5, 2], "int16"),
        (2, [[3], [1]], "uint8"),
        # int64- and uint64-sized values in one list: numpy makes that list float64
        ([5, 2**63], [2**63 + 9, 2**64 - 1], "uint64"),
        (2972615153970053681, [3459793535713860640, 11125740763202659385], "uint64"),
    ],
)
def test_array_bounds_checked_after_broadcasting_together(low, high, dtype, endpoint, np):
    """Every broadcast (low, high) pair is checked, and list bounds are discovered as numpy does."""
    import pyprng

    for masked in (False, True):
        if masked:
            ours = lambda: pyprng.RandomState(3).randint(low, high, dtype=dtype)  # noqa: E731
            theirs = lambda: np.random.RandomState(3).randint(low, high, dtype=dtype)  # noqa: E731
            if endpoint:
                continue
        else:
            ours = lambda: pyprng.default_rng(3).integers(low, high, dtype=dtype, endpoint=endpoint)  # noqa: E731
            theirs = lambda: np.random.default_rng(3).integers(  # noqa: E731
                low, high, dtype=dtype, endpoint=endpoint
            )
        try:
            expected = theirs().tolist()
        except ValueError as exc:
            with pytest.raises(ValueError, match=str(exc)):
                ours()
        else:
            assert ours() == expected


# --------------------------------------------------------------------------------------
# the block machinery of the bulk fills (small blocks force many rounds)
# --------------------------------------------------------------------------------------
@contextmanager
def small_blocks(block, few):
    """Blocks of a few words and a short scalar tail, so a short fill runs many rounds."""
    saved = bounded._BLOCK, bounded._FEW
    bounded._BLOCK, bounded._FEW = block, few
    try:
        yield
    finally:
        bounded._BLOCK, bounded._FEW = saved


@given(
    st.integers(0, 2**32 - 1),
    st.sampled_from(INT_DTYPES),
    st.booleans(),
    st.one_of(st.integers(0, 300), st.integers(0, 2**64 - 1)),
    st.integers(0, 400),
    st.integers(1, 9),
    st.integers(0, 20),
    st.sampled_from([MT19937, PCG64]),
    st.booleans(),
)
def test_bulk_fill_in_blocks_equals_scalar_loop(
    seed, name, masked, r, cnt, block, few, engine, pending
):
    """Any block size and tail length: bounded_fill == cnt calls of bounded_one
    (PCG64: with or without a buffered 32-bit half to start with)."""
    bits = BITS[name]
    rng = r % (1 << bits) if bits > 1 else r % 2
    a, b = engine(seed), engine(seed)
    if pending:
        assert a.next_uint32() == b.next_uint32()
    with small_blocks(block, few):
        bulk = bounded_fill(a, rng, cnt, bits, masked)
    buf = SplitBuffer()
    assert bulk == [bounded_one(b, rng, bits, masked, buf) for _ in range(cnt)]
    assert a.state == b.state


@given(
    st.integers(0, 2**32 - 1),
    st.booleans(),
    st.booleans(),
    st.data(),
    st.integers(0, 300),
    st.integers(1, 9),
    st.integers(0, 20),
)
def test_scalar_bounds_bulk_equals_broadcast_path(seed, endpoint, masked, data, cnt, block, few):
    """Scalar bounds (bulk fill, offset folded in, byte tricks) give what array bounds
    (one element at a time, one shared buffer) give, value for value and state."""
    d, low, high = data.draw(bounds(endpoint))
    if data.draw(st.booleans()):  # small ranges exercise the byte-translate paths
        top = d.hi if endpoint else d.hi + 1
        high = min(low + data.draw(st.integers(0 if endpoint else 1, 256)), top)
    c = container_for("list")
    a, b = MT19937(seed), MT19937(seed)
    with small_blocks(block, few):
        bulk = bounded_integers(a, LOCK, low, high, cnt, d, masked, endpoint, c)
    one = bounded_integers(b, LOCK, [low] * cnt, high, None, d, masked, endpoint, c)
    assert bulk == one
    assert a.state == b.state
    if cnt:
        assert all(low <= v <= (high if endpoint else high - 1) for v in bulk)


@pytest.mark.parametrize("name", [n for n in INT_DTYPES if n != "bool"])
@pytest.mark.parametrize(
    "low, span",
    [(0, 1), (0, 100), (1, 99), (7, 249), (0, 256), (-100, 100), (-128, 255), (-5, 3), (200, 50),
     (-300, 20), (1000, 200), (-1, 255), (0, 1000), (-40000, 1000), (12345, 65536)],
)
@pytest.mark.parametrize("masked", [True, False])
def test_byte_paths_and_offsets(name, low, span, masked):
    """Every offset/range shape of the small-range paths (unsigned byte, signed byte,
    offset added after) against the element-by-element broadcast path."""
    d = BY_NAME[name]
    low = max(d.lo, min(low, d.hi))
    high = min(low + span, d.hi + 1)
    if high <= low:
        return
    c = container_for("list")
    for seed in range(3):
        a, b = MT19937(seed), MT19937(seed)
        bulk = bounded_integers(a, LOCK, low, high, 500, d, masked, False, c)
        one = bounded_integers(b, LOCK, [low] * 500, high, None, d, masked, False, c)
        assert bulk == one
        assert a.state == b.state


@given(
    st.integers(0, 2**32 - 1),
    st.integers(0, 300),
    st.integers(0, 3),
    st.booleans(),
    st.integers(1, 9),
    st.integers(0, 20),
)
def test_shuffle_list_applies_swap_sequence(seed, n, first, masked, block, few):
    """Swapping while drawing (any block size and tail) == applying swap_sequence's swaps."""
    from pyprng.distributions import permute

    a, b = MT19937(seed), MT19937(seed)
    x = [str(k) for k in range(n)]
    saved = permute._BLOCK, permute._FEW
    permute._BLOCK, permute._FEW = block, few
    try:
        permute.shuffle_list(a, x, first, masked)
        js = swap_sequence(b, n, first, masked)
    finally:
        permute._BLOCK, permute._FEW = saved
    want = [str(k) for k in range(n)]
    for i, j in zip(range(n - 1, -1, -1), js):
        want[i], want[j] = want[j], want[i]
    assert x == want
    assert a.state == b.state


_M32 = 0xFFFFFFFF


@st.composite
def lemire_blocks(draw):
    """A block of 32-bit words for one rng, with words landing on the threshold."""
    rng_excl = draw(st.one_of(st.integers(1, 300), st.integers(1, 2**32 - 1)))
    threshold = (2**32 - rng_excl) % rng_excl
    edges = [0, 1, 2**31, _M32]
    if rng_excl & 1:  # x * rng_excl == threshold + d (mod 2**32) for small d
        inv = pow(rng_excl, -1, 2**32)
        edges += [((threshold + d) * inv) & _M32 for d in (-1, 0, 1)]
    words = draw(st.lists(st.one_of(st.integers(0, _M32), st.sampled_from(edges)), max_size=70))
    lo = draw(st.one_of(st.just(0), st.integers(-(2**40), 2**40), st.integers(0, 2**32)))
    return words, rng_excl, threshold, lo


@given(lemire_blocks())
def test_swar_lemire_step_equals_the_textbook_step(block):
    from array import array

    words, rng_excl, threshold, lo = block
    if not bounded._SWAR_OK:
        pytest.skip("the SWAR step runs on little-endian CPython only")
    expected = [lo + (m >> 32) for x in words if ((m := x * rng_excl) & _M32) >= threshold]
    assert bounded._lemire32(array("I", words), rng_excl, threshold, lo) == expected
