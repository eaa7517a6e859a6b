"""MT19937: seeding, outputs, bulk == scalar, state, jumps, errors; exact against numpy 2.4."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyprng.bitgen import mt19937 as mtmod
from pyprng.bitgen._mt19937_jump import JUMP_POLY, derive_jump_polynomial
from pyprng.bitgen.mt19937 import MT19937

from .conftest import assert_states_equal, bits, requires_numpy


@pytest.fixture(autouse=True, scope="module", params=["stdlib", "python"])
def mt_core(request):
    """Every test here runs on both cores: the state in a ``random.Random``
    (CPython's C Mersenne Twister) and pyprng's own twist."""
    if request.param == "stdlib" and mtmod._IS_PYPY:
        pytest.skip("PyPy engines always use the python core")
    saved = mtmod._CORE
    mtmod._CORE = request.param
    yield request.param
    mtmod._CORE = saved


# Matsumoto & Nishimura, mt19937ar.out: genrand_int32() after
# init_by_array({0x123, 0x234, 0x345, 0x456}, 4).
MT19937AR_OUT = [
    1067595299,
    955945823,
    477289528,
    4107218783,
    4228976476,
    3344332714,
    3355579695,
    227628506,
    810200273,
    2591290167,
]


def test_init_by_array_reproduces_mt19937ar_out():
    bg = MT19937(0)
    bg._legacy_seeding([0x123, 0x234, 0x345, 0x456])
    assert bg.uint32s(10) == MT19937AR_OUT


def test_jump_polynomial_is_rederived_from_the_generator():
    # Berlekamp-Massey on MT's own bits, then x**(2**128) mod phi (< 1 s).
    assert derive_jump_polynomial() == JUMP_POLY


def test_swar_and_loop_twists_agree():
    key = mtmod._init_genrand(42)
    words = mtmod._loop_words(key, 1500)
    assert mtmod._raw_words(key, 1500) == words
    packed = mtmod._pack_key(key)
    tempered, new_key = mtmod._advance_blocks(packed, 2)
    assert mtmod._as_list(tempered) == [mtmod._temper(y) for y in words[:1248]]
    assert mtmod._unpack_key(new_key) == words[624:1248]


def test_list_and_bytes_twists_agree_with_the_textbook_recurrence():
    # both backends are plain functions, so each interpreter tests the other's too
    key = mtmod._init_genrand(7)
    words = mtmod._loop_words(key, 3 * 624)
    tempered = [mtmod._temper(y) for y in words]
    out, new_key = mtmod._advance_blocks_list(key, 3)
    assert out == tempered
    assert new_key == words[-624:]
    data, new_packed = mtmod._advance_blocks_bytes(mtmod._words_to_le_bytes(key), 3)
    assert mtmod._le_bytes_to_array(data).tolist() == tempered
    assert mtmod._le_bytes_to_array(new_packed).tolist() == words[-624:]


@pytest.mark.parametrize("counts", [(1, 623, 1, 1250), (700, 5, 1999), (624, 624, 3)])
@pytest.mark.parametrize("kind", ["uint32s", "uint64s", "doubles", "floats", "raws"])
def test_bulk_equals_repeated_scalar(kind, counts):
    scalar = {
        "uint32s": "next_uint32",
        "uint64s": "next_uint64",
        "doubles": "next_double",
        "floats": "next_float",
        "raws": "next_raw",
    }[kind]
    a, b = MT19937(2024), MT19937(2024)
    for n in counts:
        bulk = getattr(a, kind)(n)
        one = [getattr(b, scalar)() for _ in range(n)]
        assert [bits(x) for x in bulk] == [bits(x) for x in one]
        assert a.state == b.state


def test_state_round_trip_and_legacy_tuple():
    a = MT19937(5)
    a.uint32s(100)
    st_ = a.state
    b = MT19937(6)
    b.state = st_
    assert b.uint32s(1000) == a.uint32s(1000)
    c = MT19937(7)
    c.state = ("MT19937", st_["state"]["key"], st_["state"]["pos"], 0, 0.0)
    d = MT19937(7)
    d.state = st_
    assert c.state == d.state


@pytest.mark.parametrize(
    "bad, exc",
    [
        ({"bit_generator": "PCG64", "state": {"key": [0] * 624, "pos": 0}}, ValueError),
        ([1, 2], TypeError),
        (("MT19937", [0] * 624), ValueError),
        ({"bit_generator": "MT19937", "state": {"key": [0] * 623, "pos": 0}}, IndexError),
        ({"bit_generator": "MT19937", "state": {"key": [2**32] * 624, "pos": 0}}, OverflowError),
        ({"bit_generator": "MT19937", "state": {"key": [0.5] * 624, "pos": 0}}, TypeError),
        ({"bit_generator": "MT19937", "state": {"key": [0] * 624}}, KeyError),
    ],
)
def test_bad_state_raises_and_changes_nothing(bad, exc):
    a = MT19937(1)
    before = a.state
    with pytest.raises(exc):
        a.state = bad
    assert a.state == before


@pytest.mark.parametrize(
    "seed, exc",
    [
        (-1, ValueError),
        (2**32, ValueError),
        (1.5, TypeError),
        ("abc", TypeError),
        ([], ValueError),
        ([[1, 2]], ValueError),
        ([1.0], TypeError),
        ([2**63], TypeError),
        ([-1], ValueError),
        ([[1, 2], [3]], ValueError),
    ],
)
def test_legacy_seeding_errors(seed, exc):
    with pytest.raises(exc):
        MT19937(0)._legacy_seeding(seed)


def test_pickle_and_deepcopy_continue_the_stream():
    import copy
    import pickle

    a = MT19937(3)
    a.uint32s(10)
    for b in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a)):
        assert b.state == a.state
        assert b.doubles(700) == copy.deepcopy(a).doubles(700)


# --- live comparison with numpy -------------------------------------------------------
def _oracle(np, bg):
    c = bg.ctypes
    return c, c.state


@requires_numpy
@given(
    seed=st.one_of(st.integers(0, 2**128), st.lists(st.integers(0, 2**64), max_size=5)),
    n=st.integers(0, 40),
)
def test_seedsequence_seeding_matches_numpy(seed, n):
    import numpy as np

    ours, theirs = MT19937(seed), np.random.MT19937(seed)
    assert ours.raws(n) == theirs.random_raw(n).tolist()
    assert_states_equal(ours.state, theirs.state)


@requires_numpy
@given(
    seed=st.one_of(
        st.integers(0, 2**32 - 1), st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=700)
    ),
    n=st.integers(1, 30),
    kind=st.sampled_from(["uint32", "uint64", "double"]),
)
def test_legacy_seeding_and_scalars_match_numpy(seed, n, kind):
    import numpy as np

    ours, theirs = MT19937(0), np.random.MT19937(0)
    ours._legacy_seeding(seed)
    theirs._legacy_seeding(seed)
    c = theirs.ctypes
    f = getattr(c, f"next_{kind}")
    assert [bits(getattr(ours, f"next_{kind}")()) for _ in range(n)] == [
        bits(f(c.state)) for _ in range(n)
    ]
    assert_states_equal(ours.state, theirs.state)


@requires_numpy
@settings(max_examples=min(200, settings().max_examples))  # each example: two ~50 ms jumps
@given(seed=st.integers(0, 2**64), skip=st.integers(0, 1300), jumps=st.integers(1, 3))
def test_jumped_matches_numpy(seed, skip, jumps):
    import numpy as np

    ours, theirs = MT19937(seed), np.random.MT19937(seed)
    ours.uint32s(skip)
    theirs.random_raw(skip)
    oj, tj = ours.jumped(jumps), theirs.jumped(jumps)
    assert_states_equal(oj.state, tj.state)
    assert oj.raws(5) == tj.random_raw(5).tolist()


@pytest.mark.parametrize("pos", [0, 1, 623, 624])
def test_jump_from_every_kind_of_position(np, pos):
    ours, theirs = MT19937(11), np.random.MT19937(11)
    st_ = ours.state
    st_["state"]["pos"] = pos
    ours.state = st_
    theirs.state = st_
    assert_states_equal(ours.jumped().state, theirs.jumped().state)


def test_numpy_array_seeds_follow_numpy(np):
    for seed in (
        np.array([5]),
        np.array([[5]]),
        np.array([5, 6]),
        np.uint64(7),
        np.array([1, 2], dtype=np.int8),
        range(3),
        (1, 2),
        [True, 2],
    ):
        ours, theirs = MT19937(0), np.random.MT19937(0)
        ours._legacy_seeding(seed)
        theirs._legacy_seeding(seed)
        assert_states_equal(ours.state, theirs.state)
    for seed, exc in (
        (np.True_, ValueError),
        (np.array([1.0]), TypeError),
        (np.array([2**63], dtype=np.uint64), ValueError),
    ):
        with pytest.raises(exc):
            MT19937(0)._legacy_seeding(seed)
        with pytest.raises(exc):
            np.random.MT19937(0)._legacy_seeding(seed)


def test_state_setter_accepts_numpy_state(np):
    theirs = np.random.MT19937(9)
    theirs.random_raw(17)
    ours = MT19937(1)
    ours.state = theirs.state
    assert ours.raws(800) == theirs.random_raw(800).tolist()


# --- the two cores --------------------------------------------------------------------
def test_engines_use_the_selected_core(mt_core):
    a = MT19937(1)
    assert (a._rnd is not None) == (mt_core == "stdlib")
    assert ("next_uint32" in vars(a)) == (mt_core == "stdlib")  # C, shadowing the method
    assert a._scalars_in_c == (mt_core == "stdlib")  # (the bulk kernels then need no stream)
    # the class's own methods serve either core (subclasses may call or override them)
    b = MT19937(1)
    for name in ("next_uint32", "next_raw", "next_uint64", "next_double"):
        assert [getattr(MT19937, name)(a) for _ in range(700)] == [
            getattr(b, name)() for _ in range(700)
        ]
    assert a.state == b.state

    class Doubled(MT19937):
        def next_double(self):
            return 2 * super().next_double()

    d, e = Doubled(3), MT19937(3)
    assert "next_double" not in vars(d) and not d._scalars_in_c
    assert [d.next_double() for _ in range(5)] == [2 * e.next_double() for _ in range(5)]
    assert d.uint32s(3) == e.uint32s(3)


def test_state_moves_between_cores(mt_core):
    other = "python" if mt_core == "stdlib" else "stdlib"
    if mtmod._IS_PYPY:
        pytest.skip("PyPy engines always use the python core")
    a = MT19937(77)
    a.uint32s(5)
    a.next_double()
    mtmod._CORE = other
    try:
        b = MT19937(1)
        b.state = a.state  # installed in the other core
        assert (b._rnd is None) == (a._rnd is not None)
        c = MT19937(1)
        c.state = a.state
    finally:
        mtmod._CORE = mt_core
    for draw in ("uint32s", "doubles", "uint64s", "floats"):
        for n in (1, 700, 3):
            assert getattr(a, draw)(n) == getattr(b, draw)(n)
            assert a.state == b.state
    assert [a.next_uint64() for _ in range(3)] == [b.next_uint64() for _ in range(3)]
    assert [a.next_double() for _ in range(3)] == [b.next_double() for _ in range(3)]
    assert a.state == b.state
    c.state = b.state  # c is in the other core until this install, then in mt_core's
    assert (c._rnd is None) == (mt_core == "python")
    assert c.uint32s(1300) == a.uint32s(1300)


def test_environment_variable_selects_the_python_core():
    import os
    import subprocess
    import sys

    code = "from pyprng.bitgen import mt19937 as m; print(m._CORE, m.MT19937(1)._rnd is None)"
    env = dict(os.environ, PYPRNG_MT19937_CORE="python")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["python", "True"], out.stderr
    env.pop("PYPRNG_MT19937_CORE")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    want = ["python", "True"] if mtmod._IS_PYPY else ["stdlib", "False"]
    assert out.stdout.split() == want, out.stderr


@requires_numpy
@settings(max_examples=min(100, settings().max_examples))
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(0, 1500))
def test_random_state_matches_numpy_on_this_core(seed, n):
    """RandomState's bulk and scalar paths on the core under test (the other test
    modules run the default core)."""
    import numpy as np

    from pyprng import RandomState

    ours, theirs = RandomState(seed), np.random.RandomState(seed)
    for name, args in (
        ("random_sample", ()),
        ("randint", (1, 100)),
        ("standard_normal", ()),
        ("gamma", (2.5,)),
        ("bytes", None),
    ):
        if args is None:  # bytes takes a length, not a size
            assert getattr(ours, name)(n) == getattr(theirs, name)(n)
            continue
        got = getattr(ours, name)(*args, size=n)
        want = getattr(theirs, name)(*args, size=n).tolist()
        assert [bits(x) for x in got] == [bits(x) for x in want]
        assert [bits(getattr(ours, name)(*args))] == [bits(getattr(theirs, name)(*args))]
    assert_states_equal(ours.get_state(legacy=False), theirs.get_state(legacy=False))


@pytest.mark.parametrize("n", [1, 999, 5000])
def test_doubles_as_subnormals_and_the_polar_gaussian_on_this_core(mt_core, n):
    """The python core hands the polar Gaussian its doubles as subnormals on a
    little-endian CPython; the stdlib core offers no such form (its C ``random()``
    is faster).  Bulk Gaussians equal the scalar ones either way."""
    import platform
    import sys

    from pyprng.distributions import legacy as L

    a, b = MT19937(8), MT19937(8)
    a.next_uint32()  # odd position: pairs straddle the blocks
    b.next_uint32()
    sub = a.doubles_as_subnormals(n)
    native = sys.byteorder == "little" and platform.python_implementation() == "CPython"
    assert (sub is not None) == (mt_core == "python" and native)
    if sub is not None:
        assert [bits(x * 2.0**1021) for x in sub] == [bits(b.next_double()) for _ in range(n)]
    assert a.state == b.state
    la, lb = L.LegacyState(a), L.LegacyState(b)
    got = L.legacy_gauss_bulk(la, n)
    want = [L.legacy_gauss(lb) for _ in range(n)]
    assert [bits(x) for x in got] == [bits(x) for x in want]
    assert a.state == b.state and (la.has_gauss, la.gauss) == (lb.has_gauss, lb.gauss)


def test_a_random_module_unlike_cpythons_leaves_the_python_core(monkeypatch):
    """The stdlib core is used only if this interpreter's ``random.Random`` passes a
    check against pyprng's own twist; a different word order fails it."""
    import random

    class WordsReversed(random.Random):
        def getrandbits(self, k):
            v = super().getrandbits(k)
            if k <= 32:
                return v
            data = v.to_bytes(k // 8, "little")  # the first word drawn last
            lanes = [data[i : i + 4] for i in range(0, len(data), 4)]
            return int.from_bytes(b"".join(reversed(lanes)), "little")

    assert mtmod._stdlib_agrees()  # this interpreter's passes (PyPy's too, though unused)
    monkeypatch.setattr(mtmod, "_Random", WordsReversed)
    monkeypatch.setattr(mtmod, "_STDLIB_VERDICT", [])
    monkeypatch.setattr(mtmod, "_CORE", "stdlib")
    assert not mtmod._stdlib_agrees()
    a = MT19937(3)
    assert a._rnd is None and "next_uint32" not in vars(a)
    monkeypatch.setattr(mtmod, "_CORE", "python")
    assert a.uint32s(1000) == MT19937(3).uint32s(1000)
