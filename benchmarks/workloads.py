"""The benchmarked workloads, one registry shared by test_bench.py and report.py.

Each workload names the same draw three ways: through pyprng's public API (the
way users call it), through numpy, and through the textbook port in
``textbook.py``.  ``prepare(impl, seed)`` builds the generator (not timed) and
returns ``draw(size)``, the call that is timed; ``size=None`` is the scalar
call (reported as size 1).

Targets are those of the performance issue, for CPython at 2e5 elements:
``max_ratio`` bounds pyprng's time over numpy's (None: no bound stated).
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))
if importlib.util.find_spec("pyprng") is None:  # not installed: use this checkout's src/
    sys.path.insert(0, str(_HERE.parent / "src"))

import textbook  # noqa: E402 - found through the path set up above

try:
    import numpy
except ImportError:  # PyPy, slim hosts: numpy's column comes from a saved CPython run
    numpy = None

SEED = 12345
SIZES = (1, 1000, 200000)  # 1 means the scalar call, size=None
IMPLS = ("pyprng", "numpy", "textbook")

Draw = Callable[[Any], Any]


@dataclass(frozen=True)
class Workload:
    name: str
    label: str  # the call, as a user writes it
    kind: str  # "raw", "uniform", "integer", "normal", "permutation"
    max_ratio: float | None
    pyprng: Callable[[int], Draw]
    numpy: Callable[[int], Draw]
    textbook: Callable[[int], Draw]

    def prepare(self, impl: str, seed: int = SEED) -> Draw:
        return getattr(self, impl)(seed)


# -- pyprng, the way users call it ---------------------------------------------------


def _pyprng() -> Any:
    import pyprng

    return pyprng


def _py_mt_raw(seed: int) -> Draw:
    return _pyprng().MT19937(seed).random_raw


def _py_pcg_raw(seed: int) -> Draw:
    return _pyprng().PCG64(seed).random_raw


def _py_legacy_random_sample(seed: int) -> Draw:
    random = _pyprng().random
    random.seed(seed)
    return random.random_sample


def _py_legacy_randint(seed: int) -> Draw:
    rs = _pyprng().RandomState(seed)
    return lambda size: rs.randint(1, 100, size=size)


def _py_legacy_standard_normal(seed: int) -> Draw:
    return _pyprng().RandomState(seed).standard_normal


def _py_gen_random(seed: int) -> Draw:
    return _pyprng().default_rng(seed).random


def _py_gen_integers(seed: int) -> Draw:
    rng = _pyprng().default_rng(seed)
    return lambda size: rng.integers(0, 100, size=size)


def _py_gen_standard_normal(seed: int) -> Draw:
    return _pyprng().default_rng(seed).standard_normal


def _py_gen_choice(seed: int) -> Draw:
    rng = _pyprng().default_rng(seed)
    return lambda size: rng.choice(100, size)


def _shuffler(shuffle: Callable[[Any], Any], make: Callable[[int], Any]) -> Draw:
    # The container is built once per size, outside the timed call; shuffling an
    # already shuffled sequence costs the same.  size=None shuffles one element
    # (no draw at all), the honest "scalar" shuffle.
    cache: dict = {}

    def draw(size: Any) -> Any:
        n = 1 if size is None else size
        x = cache.get(n)
        if x is None:
            x = cache[n] = make(n)
        shuffle(x)
        return x

    return draw


def _py_gen_shuffle(seed: int) -> Draw:
    rng = _pyprng().default_rng(seed)
    return _shuffler(rng.shuffle, lambda n: list(range(n)))


# -- numpy -------------------------------------------------------------------------------


def _np_mt_raw(seed: int) -> Draw:
    return numpy.random.MT19937(seed).random_raw


def _np_pcg_raw(seed: int) -> Draw:
    return numpy.random.PCG64(seed).random_raw


def _np_legacy_random_sample(seed: int) -> Draw:
    numpy.random.seed(seed)
    return numpy.random.random_sample


def _np_legacy_randint(seed: int) -> Draw:
    rs = numpy.random.RandomState(seed)
    return lambda size: rs.randint(1, 100, size=size)


def _np_legacy_standard_normal(seed: int) -> Draw:
    return numpy.random.RandomState(seed).standard_normal


def _np_gen_random(seed: int) -> Draw:
    return numpy.random.default_rng(seed).random


def _np_gen_integers(seed: int) -> Draw:
    rng = numpy.random.default_rng(seed)
    return lambda size: rng.integers(0, 100, size=size)


def _np_gen_standard_normal(seed: int) -> Draw:
    return numpy.random.default_rng(seed).standard_normal


def _np_gen_choice(seed: int) -> Draw:
    rng = numpy.random.default_rng(seed)
    return lambda size: rng.choice(100, size)


def _np_gen_shuffle(seed: int) -> Draw:
    # numpy users shuffle arrays; an int64 array is numpy's fast path (a Python
    # list would take numpy's slower generic path and flatter pyprng).
    rng = numpy.random.default_rng(seed)
    return _shuffler(rng.shuffle, lambda n: numpy.arange(n))


# -- textbook --------------------------------------------------------------------------


def _tb_mt_raw(seed: int) -> Draw:
    return textbook.mt19937_from_seed(seed).random_raw


def _tb_pcg_raw(seed: int) -> Draw:
    return textbook.PCG64(seed).random_raw


def _tb_legacy_random_sample(seed: int) -> Draw:
    return textbook.RandomState(seed).random_sample


def _tb_legacy_randint(seed: int) -> Draw:
    rs = textbook.RandomState(seed)
    return lambda size: rs.randint(1, 100, size)


def _tb_legacy_standard_normal(seed: int) -> Draw:
    return textbook.RandomState(seed).standard_normal


def _tb_gen_random(seed: int) -> Draw:
    return textbook.Generator(seed).random


def _tb_gen_integers(seed: int) -> Draw:
    rng = textbook.Generator(seed)
    return lambda size: rng.integers(0, 100, size)


def _tb_gen_standard_normal(seed: int) -> Draw:
    return textbook.Generator(seed).standard_normal


def _tb_gen_choice(seed: int) -> Draw:
    rng = textbook.Generator(seed)
    return lambda size: rng.choice(100, size)


def _tb_gen_shuffle(seed: int) -> Draw:
    rng = textbook.Generator(seed)
    return _shuffler(rng.shuffle, lambda n: list(range(n)))


WORKLOADS = [
    Workload("mt19937_raw", "MT19937(s).random_raw(n)", "raw", None,
             _py_mt_raw, _np_mt_raw, _tb_mt_raw),
    Workload("pcg64_raw", "PCG64(s).random_raw(n)", "raw", None,
             _py_pcg_raw, _np_pcg_raw, _tb_pcg_raw),
    Workload("legacy_random_sample", "random.seed(s); random.random_sample(n)", "uniform", 40,
             _py_legacy_random_sample, _np_legacy_random_sample, _tb_legacy_random_sample),
    Workload("legacy_randint", "RandomState(s).randint(1, 100, size=n)", "integer", 60,
             _py_legacy_randint, _np_legacy_randint, _tb_legacy_randint),
    Workload("legacy_standard_normal", "RandomState(s).standard_normal(n)", "normal", 60,
             _py_legacy_standard_normal, _np_legacy_standard_normal,
             _tb_legacy_standard_normal),
    Workload("gen_random", "default_rng(s).random(n)", "uniform", 40,
             _py_gen_random, _np_gen_random, _tb_gen_random),
    Workload("gen_integers", "default_rng(s).integers(0, 100, size=n)", "integer", 60,
             _py_gen_integers, _np_gen_integers, _tb_gen_integers),
    Workload("gen_standard_normal", "default_rng(s).standard_normal(n)", "normal", 60,
             _py_gen_standard_normal, _np_gen_standard_normal, _tb_gen_standard_normal),
    Workload("gen_choice", "default_rng(s).choice(100, n)", "integer", 60,
             _py_gen_choice, _np_gen_choice, _tb_gen_choice),
    Workload("gen_shuffle", "default_rng(s).shuffle(x), len(x) = n", "permutation", None,
             _py_gen_shuffle, _np_gen_shuffle, _tb_gen_shuffle),
]  # fmt: skip

BY_NAME = {w.name: w for w in WORKLOADS}

# Bulk calls whose peak memory is checked against the list they return.
MEMORY_WORKLOADS = [w for w in WORKLOADS if w.kind != "permutation"]


def as_size(n: int) -> int | None:
    """Benchmark size -> the ``size`` argument (1 is the scalar call)."""
    return None if n == 1 else n


def list_footprint(result: list) -> int:
    """Bytes a returned list holds: the list object plus each distinct element object.

    Elements are counted once per object (``id``), so CPython's cached small
    ints (-5..256) cost nothing beyond the list's pointer slots, while every
    float or large int counts its own ``sys.getsizeof``.
    """
    seen = set()
    total = sys.getsizeof(result)
    for x in result:
        if id(x) not in seen:
            seen.add(id(x))
            total += sys.getsizeof(x)
    return total


def traced_peak(draw: Draw, size: int) -> tuple[int, int]:
    """(tracemalloc peak during ``draw(size)``, footprint of the list it returns)."""
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = draw(size)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    if not isinstance(result, list):
        result = list(result)
    return peak, list_footprint(result)
