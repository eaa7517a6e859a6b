"""The engine protocol: seeding forms, spawn, copy, pickle, next_float; the shared 32-bit halves."""

from __future__ import annotations

import copy
import pickle
import platform
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.bitgen import MT19937, PCG64, BitGenerator, SeedSequence
from pyprng.bitgen.pcg64dxsm import PCG64DXSM
from pyprng.bitgen.philox import Philox
from pyprng.bitgen.sfc64 import SFC64

from .conftest import bits

ENGINES = [MT19937, PCG64]


def test_base_class_cannot_be_instantiated():
    with pytest.raises(NotImplementedError):
        BitGenerator()


@pytest.mark.parametrize("cls", ENGINES)
def test_seed_forms_agree_with_seedsequence(cls):
    assert cls(42).state == cls(SeedSequence(42)).state
    assert cls([1, 2]).state == cls(SeedSequence([1, 2])).state
    assert cls().state != cls().state  # fresh OS entropy


@pytest.mark.parametrize("cls", ENGINES)
def test_pickle_and_deepcopy_round_trip(cls):
    a = cls(5)
    a.next_uint32()
    for b in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a)):
        assert type(b) is cls and b.state == a.state
        assert b.seed_seq.entropy == a.seed_seq.entropy
        assert b.uint32s(9) == copy.deepcopy(a).uint32s(9)


@pytest.mark.parametrize("cls", ENGINES)
def test_spawn_uses_the_seed_sequence(cls):
    a = cls(SeedSequence(3))
    kids = a.spawn(2)
    expected = SeedSequence(3).spawn(2)
    assert [k.state for k in kids] == [cls(s).state for s in expected]


@pytest.mark.parametrize("cls", ENGINES)
def test_next_float_is_top_24_bits(cls):
    a, b = cls(8), cls(8)
    assert a.next_float() == (b.next_uint32() >> 8) * 2.0**-24


@pytest.mark.parametrize("cls", ENGINES)
def test_numpy_seedsequence_is_accepted(np, cls):
    ss = np.random.SeedSequence(77)
    assert cls(ss).state == cls(77).state
    theirs = getattr(np.random, cls.__name__)(ss)
    assert cls(ss).raws(10) == theirs.random_raw(10).tolist()


@pytest.mark.parametrize("cls", ENGINES)
def test_state_dict_layout_matches_numpy(np, cls):
    ours, theirs = cls(1).state, getattr(np.random, cls.__name__)(1).state
    assert ours.keys() == theirs.keys()
    assert ours["state"].keys() == theirs["state"].keys()


# -- the engines whose 32-bit draws split 64-bit words (bitgen._base.Uint32Halves) ----------
HALVES = [PCG64, PCG64DXSM, Philox, SFC64]


@pytest.mark.parametrize("cls", HALVES)
@given(seed=st.integers(0, 2**64), pending=st.booleans(), n=st.integers(0, 70))
def test_bulk_halves_equal_scalar_draws_and_leave_the_same_state(cls, seed, pending, n):
    bulk, scalar = cls(seed), cls(seed)
    if pending:  # start with a buffered high half
        bulk.next_uint32()
        scalar.next_uint32()
    assert bulk.uint32s(n) == [scalar.next_uint32() for _ in range(n)]
    assert bulk.state == scalar.state
    assert bulk.floats(n) == [scalar.next_float() for _ in range(n)]
    assert bulk.doubles(n) == [scalar.next_double() for _ in range(n)]
    assert bulk.state == scalar.state


def test_pcg64dxsm_shares_pcg64s_code_but_is_not_a_pcg64():
    a = PCG64DXSM(3)
    assert not isinstance(a, PCG64) and not isinstance(PCG64(3), PCG64DXSM)
    assert a.jumped().state["bit_generator"] == "PCG64DXSM"
    assert type(a.advance(5)) is PCG64DXSM
    with pytest.raises(ValueError, match="PCG64DXSM"):
        a.state = PCG64(3).state
    # the same seeding, but advance steps each engine's own LCG multiplier
    assert PCG64DXSM(3).state["state"] == PCG64(3).state["state"]
    assert PCG64DXSM(3).advance(9).state["state"] != PCG64(3).advance(9).state["state"]


# -- the bulk int-to-float helpers (bit patterns read as subnormal floats) ---------------
_M53_EDGES = [0, 1, 2, 3, 2**52 - 1, 2**52, 2**52 + 1, 2**53 - 1, 0x123456789ABCD]
_M24_EDGES = [0, 1, 2, 2**23 - 1, 2**23, 2**24 - 1, 0xABCDE]


@pytest.mark.parametrize("subnormals_honoured", [True, False])
def test_doubles_and_floats_from_packed_integers(monkeypatch, subnormals_honoured):
    from array import array

    from pyprng.bitgen import _base

    if not subnormals_honoured:  # what a denormals-are-zero process would see
        monkeypatch.setattr(_base, "_SMALLEST_SUBNORMAL", 0.0)
    m53 = array("Q", _M53_EDGES)
    got = _base.doubles_from_m53(m53.tobytes())
    assert [bits(x) for x in got] == [bits(m * 2.0**-53) for m in _M53_EDGES]
    u32 = next(c for c in "IL" if array(c).itemsize == 4)
    m24 = array(u32, _M24_EDGES)
    got = _base.floats_from_m24(m24.tobytes())
    assert [bits(x) for x in got] == [bits(m * 2.0**-24) for m in _M24_EDGES]


def test_shift_out_low_bytes_is_a_right_shift_by_8_of_each_word():
    import sys
    from array import array

    from pyprng.bitgen import _base

    if sys.byteorder != "little":
        pytest.skip("little-endian helper")
    u32 = next(c for c in "IL" if array(c).itemsize == 4)
    words = array(u32, [0, 0xFFFFFFFF, 0x12345678, 0xFF, 0x100, 0xDEADBEEF])
    got = array(u32)
    got.frombytes(_base.shift_out_low_bytes(words))
    assert got.tolist() == [w >> 8 for w in words]
    assert _base.shift_out_low_bytes(array(u32)) == bytearray()


ALL_ENGINES = [MT19937, PCG64, PCG64DXSM, Philox, SFC64]


@pytest.mark.parametrize("cls", ALL_ENGINES)
@pytest.mark.parametrize("counts", [(0, 1, 5), (700, 3), (1500,)])
def test_uint64_halves_split_the_words_of_uint64s(cls, counts):
    a, b = cls(31), cls(31)
    a.next_uint32()  # a pending half: the words come after it (and it stays pending)
    b.next_uint32()
    for n in counts:
        halves = a.uint64_halves(n)
        words = b.uint64s(n)
        assert halves == [h for w in words for h in (w & 0xFFFFFFFF, w >> 32)]
        assert a.state == b.state


@pytest.mark.parametrize("cls", ALL_ENGINES)
@pytest.mark.parametrize("counts", [(0, 1, 17), (1000, 3), (5000,)])
def test_doubles_as_subnormals_are_the_doubles_scaled(cls, counts):
    a, b = cls(32), cls(32)
    for n in counts:
        before = a.state
        sub = a.doubles_as_subnormals(n)
        if sub is None:  # no such form: nothing drawn
            native = sys.byteorder == "little" and platform.python_implementation() == "CPython"
            # (MT19937's stdlib core has none: C's random() makes the floats faster)
            assert cls not in (MT19937, PCG64) or not native or getattr(a, "_rnd", None)
            assert a.state == before
            continue
        assert [bits(x * 2.0**1021) for x in sub] == [bits(b.next_double()) for _ in range(n)]
        assert a.state == b.state


@pytest.mark.parametrize("subnormals", [True, False])
def test_bulk_gaussian_is_the_scalar_stream_with_either_form_of_doubles(monkeypatch, subnormals):
    """legacy_gauss_bulk reads the engine's doubles as subnormals when it can (and as
    doubles in a denormals-are-zero process): the same values and state either way."""
    from pyprng.bitgen import _base
    from pyprng.distributions import legacy as L

    if not subnormals:
        monkeypatch.setattr(_base, "_SMALLEST_SUBNORMAL", 0.0)
    for engine in (MT19937, PCG64):
        a, b = L.LegacyState(engine(5)), L.LegacyState(engine(5))
        for n in (1, 17, 5000, 3, 2 * 4096 + 11):
            assert [bits(x) for x in L.legacy_gauss_bulk(a, n)] == [
                bits(L.legacy_gauss(b)) for _ in range(n)
            ]
            assert a.bitgen.state == b.bitgen.state
            assert (a.has_gauss, bits(a.gauss)) == (b.has_gauss, bits(b.gauss))
