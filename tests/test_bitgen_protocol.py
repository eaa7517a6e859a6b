"""The engine protocol for MT19937 and PCG64: seeding forms, spawn, copy, pickle, next_float."""

from __future__ import annotations

import copy
import pickle

import pytest

from pyprng.bitgen import MT19937, PCG64, BitGenerator, SeedSequence

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
