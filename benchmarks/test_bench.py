"""pytest-benchmark suite: every workload x size x {pyprng, numpy, textbook}.

Not part of the default test run (``testpaths = ["tests"]``).  Run it with::

    python -m pytest benchmarks/ --benchmark-group-by=group --benchmark-sort=name

Each table is one workload at one size, so the three implementations sit side
by side; size 1 is the scalar call (``size=None``).  numpy's rows are skipped
when numpy is absent (PyPy).  Speed is reported here, never asserted; the
targets are checked by ``report.py``.

``test_memory`` reports the tracemalloc peak of a bulk pyprng call against the
footprint of the list it returns (``workloads.list_footprint``) in the
benchmark's ``extra_info`` (see ``--benchmark-json``) and on stdout (``-s``).
"""

from __future__ import annotations

import platform

import pytest
from workloads import IMPLS, MEMORY_WORKLOADS, SIZES, WORKLOADS, as_size, numpy, traced_peak


def _rounds(impl: str, size: int) -> int:
    # A 2e5 textbook call takes a good fraction of a second: a few rounds suffice.
    if size >= 100000:
        return 3 if impl == "textbook" else 5
    return 0  # let pytest-benchmark calibrate


@pytest.mark.parametrize("impl", IMPLS)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("workload", WORKLOADS, ids=lambda w: w.name)
def test_speed(benchmark, workload, size, impl):
    if impl == "numpy" and numpy is None:
        pytest.skip("numpy is not installed (compare with a CPython run)")
    draw = workload.prepare(impl)
    arg = as_size(size)
    benchmark.group = f"{workload.name} size={size}"
    benchmark.extra_info.update(workload=workload.name, size=size, impl=impl)
    rounds = _rounds(impl, size)
    if rounds:
        draw(arg)  # warm up (PyPy's JIT, first-call imports)
        benchmark.pedantic(draw, args=(arg,), rounds=rounds, iterations=1)
    else:
        benchmark(draw, arg)


@pytest.mark.skipif(
    platform.python_implementation() != "CPython", reason="tracemalloc needs CPython"
)
@pytest.mark.parametrize("workload", MEMORY_WORKLOADS, ids=lambda w: w.name)
def test_memory(benchmark, workload):
    size = max(SIZES)
    draw = workload.prepare("pyprng")
    draw(1000)  # first-call imports and caches are not the bulk call's memory
    peak, footprint = traced_peak(draw, size)
    benchmark.group = "memory: tracemalloc peak of a bulk pyprng call"
    benchmark.extra_info.update(
        workload=workload.name,
        size=size,
        peak_bytes=peak,
        list_bytes=footprint,
        peak_over_list=round(peak / footprint, 2),
        target="<= 3",
    )
    print(
        f"\n{workload.name}: peak {peak / 1e6:.2f} MB, list {footprint / 1e6:.2f} MB, "
        f"peak/list {peak / footprint:.2f} (target <= 3)"
    )
    benchmark.pedantic(draw, args=(size,), rounds=1, iterations=1)
