"""RandomState's two output modes: numpy's exact types, or plain Python values."""

from __future__ import annotations

import warnings

import pytest

import pyprng
from pyprng.random_state import RandomState

from .conftest import deep_bits, requires_numpy

pytestmark = requires_numpy

CALLS = [
    ("random_sample", ()),
    ("random_sample", (3,)),
    ("random_sample", ((2, 2),)),
    ("random_sample", ((),)),
    ("random", ()),
    ("rand", ()),
    ("rand", (2, 3)),
    ("randn", ()),
    ("randn", (3,)),
    ("standard_normal", ((0,),)),
    ("normal", ()),
    ("normal", (0.0, [1.0, 2.0])),
    ("normal", (1.0, 2.0, ())),
    ("uniform", ()),
    ("uniform", ([0, 1], 2)),
    ("standard_exponential", (2,)),
    ("exponential", ()),
    ("exponential", ([1.0, 2.0],)),
    ("randint", (5,)),
    ("randint", (5, None, None, "int64")),
    ("randint", (5, None, None, "uint8")),
    ("randint", (2, None, None, bool)),
    ("randint", (2, None, None, "bool")),
    ("randint", (5, None, 3)),
    ("randint", (5, None, (2, 2), "int16")),
    ("randint", ([3, 4], None, None, "uint32")),
    ("randint", ([3, 4],)),
    ("randint", (5, None, ())),
    ("randint", (5, 2, 0)),
    ("random_integers", (5,)),
    ("random_integers", (1, 5, 2)),
    ("tomaxint", ()),
    ("tomaxint", (2,)),
    ("bytes", (7,)),
    ("choice", (5,)),
    ("choice", (5, 3)),
    ("choice", (5, ())),
    ("choice", ([1.5, 2.5],)),
    ("choice", (["a", "b", "c"], 2)),
    ("choice", ([1, 2, 3], (2, 1), False)),
    ("choice", (3, None, True, [0.2, 0.3, 0.5])),
    ("choice", ([True, False], ())),
    ("permutation", (4,)),
    ("permutation", ([1.5, 2.5, 3.5],)),
    ("permutation", ([[1, 2], [3, 4], [5, 6]],)),
    ("permutation", (0,)),
]


def call(rs, name, args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return getattr(rs, name)(*args)


@pytest.mark.parametrize("name, args", CALLS)
def test_numpy_mode_is_numpys(np, name, args):
    ours = call(RandomState(12, output="numpy"), name, args)
    theirs = call(np.random.RandomState(12), name, args)
    assert type(ours) is type(theirs)
    if isinstance(theirs, (np.ndarray, np.generic)):
        assert ours.dtype == theirs.dtype
        assert np.shape(ours) == np.shape(theirs)
    assert deep_bits(ours) == deep_bits(theirs)


def _python_type(theirs, np):
    if isinstance(theirs, np.bool_):
        return bool
    if isinstance(theirs, np.integer):
        return int
    if isinstance(theirs, np.floating):
        return float
    if isinstance(theirs, np.str_):
        return str
    return type(theirs)


@pytest.mark.parametrize("name, args", CALLS)
def test_list_mode_is_plain_python(np, name, args):
    ours = call(RandomState(12, output="list"), name, args)
    theirs = call(np.random.RandomState(12), name, args)
    if isinstance(theirs, np.ndarray) and theirs.ndim > 0:
        assert isinstance(ours, list)
        assert deep_bits(ours) == deep_bits(theirs.tolist())
        flat = ours
        while flat and isinstance(flat[0], list):
            flat = [v for row in flat for v in row]
        assert all(type(v) is _python_type(theirs.dtype.type(0), np) for v in flat)
    else:
        want = theirs.item() if isinstance(theirs, (np.ndarray, np.generic)) else theirs
        assert type(ours) is _python_type(
            theirs.flat[0] if isinstance(theirs, np.ndarray) else theirs, np
        )
        assert deep_bits(ours) == deep_bits(want)


def test_process_default_is_followed(np):
    rs = RandomState(1)  # output=None follows set_output at each call
    old = pyprng.get_output()
    try:
        pyprng.set_output("list")
        assert isinstance(rs.random_sample(2), list)
        assert isinstance(rs.get_state()[1], list)
        pyprng.set_output("numpy")
        assert isinstance(rs.random_sample(2), np.ndarray)
        assert isinstance(rs.get_state()[1], np.ndarray)
    finally:
        pyprng.set_output(old)
    with pytest.raises(ValueError):
        RandomState(1, output="pandas")


def test_list_mode_shuffles_numpy_arrays_in_place(np):
    x = np.arange(10)
    y = x.copy()
    RandomState(3, output="list").shuffle(x)
    np.random.RandomState(3).shuffle(y)
    assert x.tolist() == y.tolist()
