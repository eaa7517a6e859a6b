"""Bulk forms of the one-uniform transforms (laplace, gumbel, logistic, triangular).

Each value takes one double and numpy redraws a U == 0, so the bulk forms
transform the next doubles with the zeros dropped.  A scripted engine puts
zeros where the block boundaries fall, and numpy checks both front-ends.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng import Generator, RandomState
from pyprng.bitgen import MT19937, PCG64, SFC64, BitGenerator
from pyprng.distributions import continuous as C

from .conftest import assert_states_equal, bits, deep_bits

KERNELS = [
    (C.random_laplace, C.random_laplace_fill, (0.5, 2.0)),
    (C.random_gumbel, C.random_gumbel_fill, (0.5, 2.0)),
    (C.random_logistic, C.random_logistic_fill, (0.5, 2.0)),
    (C.random_triangular, C.random_triangular_fill, (-1.0, 0.25, 3.0)),
    (C.random_laplace, C.random_laplace_fill, (0.0, 0.0)),
    (C.random_triangular, C.random_triangular_fill, (0.0, 0.0, 1.0)),
]


class Scripted(BitGenerator):
    """An engine whose doubles follow a script (zeros included), then a fixed cycle."""

    def __init__(self, script):
        self.script = list(script)
        self.pos = 0

    def next_double(self):
        self.pos += 1
        if self.pos <= len(self.script):
            return self.script[self.pos - 1]
        return ((self.pos * 0x9E3779B97F4A7C15) >> 11 & (2**53 - 1)) * 2.0**-53


doubles_with_zeros = st.lists(
    st.one_of(
        st.just(0.0),
        st.just(0.5),
        st.integers(0, 2**53 - 1).map(lambda m: m * 2.0**-53),
    ),
    max_size=40,
)


@pytest.mark.parametrize(("kernel", "fill", "args"), KERNELS)
@given(script=doubles_with_zeros, n=st.integers(0, 40), block=st.integers(1, 7))
def test_fill_equals_the_scalar_kernel_with_zeros_redrawn(kernel, fill, args, script, n, block):
    from pyprng.distributions import uniform

    saved = uniform.BLOCK
    uniform.BLOCK = block  # small blocks: zeros at and across block boundaries
    try:
        a, b = Scripted(script), Scripted(script)
        bulk = fill(a, n, *args)
    finally:
        uniform.BLOCK = saved
    assert [bits(x) for x in bulk] == [bits(kernel(b, *args)) for _ in range(n)]
    assert a.pos == b.pos  # the same doubles consumed


CALLS = [
    ("laplace", (0.5, 2.0)),
    ("gumbel", (-1.0, 0.5)),
    ("logistic", (3.0, 1.5)),
    ("triangular", (-1.0, 0.25, 3.0)),
]


@pytest.mark.parametrize(("method", "args"), CALLS)
@pytest.mark.parametrize("size", [1, 17, 9000, (20, 1000)])
def test_both_front_ends_match_numpy(np, method, args, size):
    for ours, theirs in [
        (Generator(PCG64(7)), np.random.Generator(np.random.PCG64(7))),
        (Generator(MT19937(7)), np.random.Generator(np.random.MT19937(7))),
        (RandomState(7), np.random.RandomState(7)),
    ]:
        got = getattr(ours, method)(*args, size=size)
        want = getattr(theirs, method)(*args, size=size)
        assert deep_bits(got) == deep_bits(want)
        assert_states_equal(_state(ours), _state(theirs))


def _state(g):
    if hasattr(g, "get_state"):  # RandomState, with its cached Gaussian
        return g.get_state(legacy=False)
    return g.bit_generator.state


# -- Generator's bulk standard gamma (Marsaglia-Tsang on words drawn in blocks) ----------
GAMMA_SHAPES = [1.0000001, 1.5, 2.5, 30.0, 1e8, 1.0, 0.0, 0.5, float("inf"), float("nan")]


@pytest.mark.parametrize("engine", [PCG64, MT19937, SFC64])
@pytest.mark.parametrize("shape", GAMMA_SHAPES)
@pytest.mark.parametrize("block", [2, 3, 5, 4096])
def test_gamma_fill_equals_the_scalar_kernel(monkeypatch, engine, shape, block):
    """Tiny blocks: values (and the normal's slow path) straddle every block end."""
    from pyprng.distributions import ziggurat as zig

    monkeypatch.setattr(zig, "BLOCK", block)
    slow_calls = []
    original = zig._normal_slow

    def counting(*args):
        slow_calls.append(args[0])
        return original(*args)

    monkeypatch.setattr(zig, "_normal_slow", counting)
    n = 3000 if block == 4096 else 700
    a, b = engine(11), engine(11)
    bulk = C.random_standard_gamma_fill(a, n, shape)
    assert [bits(x) for x in bulk] == [
        bits(C.random_standard_gamma(b, shape)) for _ in range(n)
    ]
    assert a.state == b.state
    if 1.0 < shape < float("inf"):
        assert slow_calls  # the normal's slow path ran inside the fill


@pytest.mark.parametrize("method", ["standard_gamma", "gamma", "chisquare"])
@pytest.mark.parametrize("size", [1, 17, 20000, (50, 40)])
def test_gamma_family_matches_numpy(np, method, size):
    for shape in (1.5, 7.0, 0.5, 1.0):
        args = (shape,) if method != "gamma" else (shape, 3.0)
        for ours, theirs in [
            (Generator(PCG64(5)), np.random.Generator(np.random.PCG64(5))),
            (Generator(MT19937(5)), np.random.Generator(np.random.MT19937(5))),
        ]:
            got = getattr(ours, method)(*args, size=size)
            want = getattr(theirs, method)(*args, size=size)
            assert deep_bits(got) == deep_bits(want)
            assert_states_equal(_state(ours), _state(theirs))


# -- kernels that draw only doubles, run against a DoubleStream --------------------------
@contextmanager
def _stream_blocks(block):
    """Stream blocks of at most ``block`` draws (and the scalar loop below 3 values)."""
    from pyprng.distributions import streams

    saved = streams._BLOCK, streams._FEW
    streams._BLOCK, streams._FEW = block, 2
    try:
        yield streams
    finally:
        streams._BLOCK, streams._FEW = saved


def _mt_python_core(seed):
    """An MT19937 on pyprng's own twist: its scalar draws are Python, so the fills
    stream (the stdlib core's are C calls, which get no stream)."""
    from pyprng.bitgen import mt19937 as mtmod

    saved, mtmod._CORE = mtmod._CORE, "python"
    try:
        return MT19937(seed)
    finally:
        mtmod._CORE = saved


def _pattern_kernel(bitgen, pattern):
    """Draws pattern[i % len] doubles for the i-th value (a counter in the pattern list's
    last slot), and returns their sum: 0, 1 or several doubles per value."""
    count = pattern[-1][0]
    pattern[-1][0] += 1
    k = pattern[count % (len(pattern) - 1)]
    return sum(bitgen.next_double() for _ in range(k))


@pytest.mark.parametrize("engine", [_mt_python_core, PCG64])
@given(
    draws=st.lists(st.integers(0, 3), min_size=1, max_size=6),
    n=st.integers(0, 200),
    block=st.integers(1, 9),
)
def test_doubles_only_fill_equals_scalar_calls(engine, draws, n, block):
    """Any mix of values drawing 0, 1 or more doubles: same values, same state (the
    doubles a block has left over when the values are done are given back)."""
    a, b = engine(3), engine(3)
    with _stream_blocks(block) as streams:
        bulk = streams.doubles_only_fill(_pattern_kernel, a, n, draws + [[0]])
    pattern = draws + [[0]]
    one = [_pattern_kernel(b, pattern) for _ in range(n)]
    assert [bits(x) for x in bulk] == [bits(x) for x in one]
    assert a.state == b.state


DOUBLES_ONLY_CALLS = [
    ("poisson", (4.0,)),
    ("poisson", (0.0,)),
    ("poisson", (30.0,)),
    ("zipf", (1.5,)),
    ("geometric", (0.5,)),
    ("geometric", (0.05,)),
    ("logseries", (0.9,)),
    ("binomial", (10, 0.3)),
    ("binomial", (500, 0.6)),
    ("binomial", (0, 0.3)),
    ("vonmises", (0.5, 2.0)),
    ("vonmises", (0.5, 1e-9)),
    ("vonmises", (0.5, 1e7)),
    ("vonmises", (0.5, float("nan"))),
]


@pytest.mark.parametrize(("method", "args"), DOUBLES_ONLY_CALLS)
@pytest.mark.parametrize("size", [17, 9000])
def test_doubles_only_methods_match_numpy(np, method, args, size):
    for ours, theirs in [
        (Generator(PCG64(9)), np.random.Generator(np.random.PCG64(9))),
        (Generator(MT19937(9)), np.random.Generator(np.random.MT19937(9))),
        (RandomState(9), np.random.RandomState(9)),
    ]:
        got = getattr(ours, method)(*args, size=size)
        want = getattr(theirs, method)(*args, size=size)
        assert deep_bits(got) == deep_bits(want)
        assert_states_equal(_state(ours), _state(theirs))


@pytest.mark.parametrize("args", [(10, 5, 8), (100, 200, 50), (5, 5, 1)])
def test_legacy_hypergeometric_bulk_matches_numpy(np, args):
    ours, theirs = RandomState(4), np.random.RandomState(4)
    assert ours.hypergeometric(*args, size=5000) == theirs.hypergeometric(*args, size=5000).tolist()
    assert_states_equal(_state(ours), _state(theirs))


def _word_pattern_kernel(bitgen, pattern):
    """Like _pattern_kernel, alternating next_uint64 and next_double."""
    count = pattern[-1][0]
    pattern[-1][0] += 1
    k = pattern[count % (len(pattern) - 1)]
    return [bitgen.next_uint64() if j % 2 else bitgen.next_double() for j in range(k)]


@pytest.mark.parametrize("engine", [_mt_python_core, PCG64, SFC64])
@given(
    draws=st.lists(st.integers(0, 3), min_size=1, max_size=6),
    n=st.integers(0, 200),
    block=st.integers(1, 9),
)
def test_words_fill_equals_scalar_calls(engine, draws, n, block):
    """Words and doubles (one word each) from blocks, values drawing 0-3 of them:
    same values, same state, the leftover words given back."""
    a, b = engine(5), engine(5)
    with _stream_blocks(block) as streams:
        bulk = streams.words_only_fill(_word_pattern_kernel, a, n, draws + [[0]])
    pattern = draws + [[0]]
    one = [_word_pattern_kernel(b, pattern) for _ in range(n)]
    assert deep_bits(bulk) == deep_bits(one)
    assert a.state == b.state


WORDS_CALLS = [
    ("beta", (2.0, 3.0)),
    ("beta", (0.5, 0.5)),
    ("standard_t", (5.0,)),
    ("f", (3.0, 4.0)),
    ("noncentral_f", (3.0, 4.0, 2.0)),
    ("noncentral_chisquare", (0.5, 2.0)),
    ("noncentral_chisquare", (3.0, 0.0)),
    ("wald", (1.0, 2.0)),
    ("negative_binomial", (5.0, 0.5)),
]


@pytest.mark.parametrize(("method", "args"), WORDS_CALLS)
def test_word_stream_methods_match_numpy(np, method, args):
    for ours, theirs in [
        (Generator(PCG64(13)), np.random.Generator(np.random.PCG64(13))),
        (Generator(MT19937(13)), np.random.Generator(np.random.MT19937(13))),
    ]:
        for size in (17, 3000):
            got = getattr(ours, method)(*args, size=size)
            want = getattr(theirs, method)(*args, size=size)
            assert deep_bits(got) == deep_bits(want)
            assert_states_equal(_state(ours), _state(theirs))


def _legacy_pattern_kernel(state, pattern):
    return _pattern_kernel(state.bitgen, pattern)


def test_engines_with_c_scalars_get_no_stream(monkeypatch):
    """MT19937's stdlib core draws in C: the fills run the kernel on the engine itself
    (a stream would add a Python call per draw), with the same values and state."""
    from pyprng.distributions import streams
    from pyprng.distributions.legacy import LegacyState

    a, b = MT19937(6), MT19937(6)
    if not a._scalars_in_c:
        pytest.skip("no stdlib core here (PyPy)")

    def no_stream(*args):
        raise AssertionError("a stream for an engine with C scalars")

    for name in ("DoubleStream", "WordStream", "_Top53WordStream"):
        monkeypatch.setattr(streams, name, no_stream)
    pattern, twin = [1, 0, 2, [0]], [1, 0, 2, [0]]
    got = streams.doubles_only_fill(_pattern_kernel, a, 300, pattern)
    assert got == [_pattern_kernel(b, twin) for _ in range(300)]
    pattern, twin = [3, 1, [0]], [3, 1, [0]]
    got = streams.words_only_fill(_word_pattern_kernel, a, 300, pattern)
    assert deep_bits(got) == deep_bits([_word_pattern_kernel(b, twin) for _ in range(300)])
    la, lb = LegacyState(a), LegacyState(b)
    pattern, twin = [2, [0]], [2, [0]]
    got = streams.legacy_doubles_fill(_legacy_pattern_kernel, la, 300, pattern)
    assert got == [_legacy_pattern_kernel(lb, twin) for _ in range(300)]
    assert a.state == b.state
    assert not _mt_python_core(6)._scalars_in_c


@given(
    draws=st.lists(st.integers(0, 3), min_size=1, max_size=6),
    n=st.integers(0, 200),
    block=st.integers(1, 9),
)
def test_legacy_doubles_fill_equals_scalar_calls(draws, n, block):
    from pyprng.distributions.legacy import LegacyState

    a, b = LegacyState(_mt_python_core(8)), LegacyState(_mt_python_core(8))
    with _stream_blocks(block) as streams:
        bulk = streams.legacy_doubles_fill(_legacy_pattern_kernel, a, n, draws + [[0]])
    pattern = draws + [[0]]
    one = [_legacy_pattern_kernel(b, pattern) for _ in range(n)]
    assert [bits(x) for x in bulk] == [bits(x) for x in one]
    assert type(a.bitgen) is MT19937  # the engine is back in place
    assert a.bitgen.state == b.bitgen.state


LEGACY_STATE_CALLS = [
    ("standard_gamma", (2.5,)),
    ("standard_gamma", (0.5,)),
    ("standard_gamma", (0.0,)),
    ("gamma", (2.5, 2.0)),
    ("beta", (2.0, 3.0)),
    ("f", (3.0, 4.0)),
    ("noncentral_f", (3.0, 4.0, 2.0)),
    ("chisquare", (3.0,)),
    ("noncentral_chisquare", (0.5, 2.0)),
    ("standard_cauchy", ()),
    ("standard_t", (5.0,)),
    ("pareto", (3.0,)),
    ("weibull", (0.0,)),
    ("power", (3.0,)),
    ("lognormal", (0.0, 1.0)),
    ("wald", (1.0, 2.0)),
    ("negative_binomial", (5.0, 0.5)),
]


@pytest.mark.parametrize(("method", "args"), LEGACY_STATE_CALLS)
@pytest.mark.parametrize("cached", [False, True])
def test_legacy_state_methods_match_numpy(np, method, args, cached):
    """RandomState's kernels on a stream: values, engine state and the cached Gaussian."""
    ours, theirs = RandomState(21), np.random.RandomState(21)
    if cached:  # a Gaussian waiting in the cache when the bulk call starts
        ours.standard_normal(3)
        theirs.standard_normal(3)
    for size in (17, 3001):
        got = getattr(ours, method)(*args, size=size)
        want = getattr(theirs, method)(*args, size=size)
        assert deep_bits(got) == deep_bits(want)
        assert_states_equal(_state(ours), _state(theirs))


def test_streams_never_draw_ahead_on_a_foreign_engine():
    """An engine from outside pyprng gets no snapshot taken: one draw at a time."""
    from pyprng.distributions import discrete as D
    from pyprng.distributions import streams

    script = [0.3, 0.0, 0.9] * 40
    a, b = Scripted(script), Scripted(script)
    assert streams.doubles_only_fill(D.poisson, a, 60, 3.0) == [
        D.poisson(b, 3.0) for _ in range(60)
    ]
    assert a.pos == b.pos
    stream = streams.DoubleStream(Scripted(script))
    stream.left = 50
    stream.next_double()
    assert stream._end == 1  # a block of one
