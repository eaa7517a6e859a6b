"""Shared test fixtures: the numpy oracle (optional) and hypothesis profiles.

Tests that compare with live numpy use ``requires_numpy`` (or the ``np``
fixture) and skip cleanly when numpy is absent; golden-vector tests run
everywhere.  Floats are compared as bit patterns (see ``bits``).
"""

from __future__ import annotations

import os
import struct

import pytest

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    settings = None

try:
    import numpy
except ImportError:
    numpy = None

requires_numpy = pytest.mark.skipif(numpy is None, reason="numpy (the oracle) is not installed")

if settings is not None:
    # PYPRNG_EXAMPLES scales every property test; the default meets the
    # ">= 1000 seeds per method" bar of the conformance issues.
    _examples = int(os.environ.get("PYPRNG_EXAMPLES", "1000"))
    settings.register_profile(
        "default",
        max_examples=_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.register_profile(
        "quick",
        max_examples=50,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.load_profile(os.environ.get("PYPRNG_PROFILE", "default"))


@pytest.fixture
def np():
    """The numpy module, or skip the test."""
    if numpy is None:
        pytest.skip("numpy (the oracle) is not installed")
    return numpy


def bits(x):
    """A float's exact bit pattern (ints pass through), for exact comparisons."""
    if isinstance(x, float):
        return struct.unpack("<Q", struct.pack("<d", x))[0]
    return x


def deep_bits(x):
    """Map ``bits`` over nested lists / numpy arrays / scalars into nested lists."""
    if numpy is not None and isinstance(x, numpy.ndarray):
        x = x.tolist()
    elif numpy is not None and isinstance(x, numpy.generic):
        x = x.item()
    if isinstance(x, (list, tuple)):
        return [deep_bits(v) for v in x]
    if isinstance(x, float):
        return ("f", bits(x))
    return x


def assert_states_equal(ours, theirs):
    """Compare two states (dicts/tuples/arrays) exactly, arrays as lists."""
    assert _plain(ours) == _plain(theirs)


def _plain(x):
    if numpy is not None and isinstance(x, numpy.ndarray):
        return _plain(x.tolist())
    if numpy is not None and isinstance(x, numpy.generic):
        return _plain(x.item())
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, float):
        return ("f", bits(x))
    return x
