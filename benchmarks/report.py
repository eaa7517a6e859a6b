"""One run, one table: pyprng against numpy and the textbook port.

Usage (from the repository root)::

    python3 benchmarks/report.py            # CPython: measures pyprng, numpy, textbook
    pypy3   benchmarks/report.py            # PyPy: numpy's column from results/cpython.json
    python3 benchmarks/report.py --plot     # also sizes 10/100/1e4, and docs/performance.png
    python3 benchmarks/report.py --plot-only  # redraw the plot from saved results

Timing is ``timeit``-style best of N: each measurement runs the call enough
times to last at least ``--min-time`` seconds (a 2e5 call runs once), and the
best of a few measurements is kept (fewer for 2e5 elements).  The generator is
built outside the timed region; garbage collection stays on, as for users.

Results go to ``benchmarks/results/<implementation>.json`` and ``.md``; the
markdown table is printed.  Targets (from the performance issue) are checked
on the measured numbers and shown in the last column.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from workloads import BY_NAME, MEMORY_WORKLOADS, SIZES, WORKLOADS, as_size, numpy, traced_peak

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DOCS = HERE.parent / "docs"
PLOT_SIZES = (1, 10, 100, 1000, 10000, 200000)

# Targets of the performance issue (CPython, 2e5 elements unless stated).
MT_RAW_NS = 40.0  # MT19937 raw words: ns per word
TEXTBOOK_SPEEDUP = 10.0  # every workload >= 10x faster than the textbook port
SCALAR_RATIO = 5.0  # size=None calls: <= 5x numpy's time for the same call
PYPY_RATIO = 5.0  # on PyPy: within 5x of numpy's CPython time
MEMORY_RATIO = 3.0  # tracemalloc peak <= 3x the returned list


def implementation() -> str:
    return platform.python_implementation().lower()  # "cpython" or "pypy"


# -- timing ------------------------------------------------------------------------


def best_ns_per_element(
    draw: Any, size: int, min_time: float, repeats: int, warmup: float = 0.0
) -> dict:
    arg = as_size(size)
    clock = time.perf_counter
    # Warm-up: first-call imports and caches; on PyPy, ``warmup`` seconds of calls
    # so that the JIT has compiled the loops (and their bridges) before timing.
    until = clock() + warmup
    draw(arg)
    while clock() < until:
        draw(arg)

    def run(number: int) -> float:
        t0 = clock()
        for _ in range(number):
            draw(arg)
        return clock() - t0

    number = 1
    elapsed = run(number)
    while elapsed < min_time:
        number = max(number * 2, int(number * min_time / max(elapsed, 1e-9) * 1.2))
        elapsed = run(number)
    times = [elapsed] + [run(number) for _ in range(repeats - 1)]
    best = min(times)
    return {"ns_per_element": best / number / size * 1e9, "number": number, "repeats": repeats}


def repeats_for(size: int, impl: str, args: argparse.Namespace) -> int:
    """Best of this many measurements; a 2e5 call (a textbook one above all) runs fewer."""
    n = 3 if args.quick else args.repeats
    if size >= 100000:
        return max(2, n // 3) if impl == "textbook" else max(2, (n + 1) // 2)
    return n


def measure(args: argparse.Namespace, sizes: tuple) -> dict:
    impls = ["pyprng", "textbook"] + (["numpy"] if numpy is not None else [])
    results: dict = {}
    missing: dict = {}
    for w in selected_workloads(args):
        for size in sizes:
            for impl in impls:
                key = f"{w.name}|{size}|{impl}"
                if impl == "pyprng" and w.name in missing:
                    continue
                try:
                    draw = w.prepare(impl)
                    res = best_ns_per_element(
                        draw, size, args.min_time, repeats_for(size, impl, args), args.warmup
                    )
                except Exception as exc:
                    if impl != "pyprng":
                        raise
                    missing[w.name] = f"{type(exc).__name__}: {exc}"
                    if args.verbose:
                        traceback.print_exc()
                    continue
                results[key] = res
                if args.verbose:
                    print(f"{key}: {res['ns_per_element']:.1f} ns/element", file=sys.stderr)
    return {"timings": results, "not_implemented": missing}


def measure_memory(args: argparse.Namespace) -> dict:
    if implementation() != "cpython":
        return {}
    out = {}
    size = max(SIZES)
    for w in MEMORY_WORKLOADS:
        if w not in selected_workloads(args):
            continue
        try:
            draw = w.prepare("pyprng")
            draw(1000)
            peak, footprint = traced_peak(draw, size)
        except Exception as exc:  # noqa: BLE001 - a part of pyprng that has not landed yet
            out[w.name] = {"error": f"{type(exc).__name__}: {exc}"}
        else:
            out[w.name] = {"size": size, "peak_bytes": peak, "list_bytes": footprint}
    return out


def selected_workloads(args: argparse.Namespace) -> list:
    if not args.workloads:
        return WORKLOADS
    return [BY_NAME[name] for name in args.workloads]


# -- the table ---------------------------------------------------------------------


def fmt_ns(x: float | None) -> str:
    if x is None:
        return "—"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def fmt_x(x: float | None) -> str:
    return "—" if x is None else (f"{x:.0f}x" if x >= 100 else f"{x:.1f}x")


def check(ok: bool, text: str) -> str:
    return f"{text} {'yes' if ok else '**NO**'}"


def targets_for(w: Any, size: int, impl_name: str, py: Any, np_: Any, tb: Any) -> list:
    """The issue's targets that apply to this row, each with its verdict."""
    out = []
    if py is None:
        return out
    if impl_name == "pypy":
        if np_ is not None:
            out.append(check(py / np_ <= PYPY_RATIO, f"<= {PYPY_RATIO:g}x CPython numpy"))
        return out
    if size == 1 and np_ is not None:
        out.append(check(py / np_ <= SCALAR_RATIO, f"scalar <= {SCALAR_RATIO:g}x numpy"))
    if size == max(SIZES):
        if w.name == "mt19937_raw":
            out.append(check(py <= MT_RAW_NS, f"<= {MT_RAW_NS:g} ns/word"))
        if w.max_ratio is not None and np_ is not None:
            out.append(check(py / np_ <= w.max_ratio, f"<= {w.max_ratio:g}x numpy"))
        if tb is not None:
            out.append(check(tb / py >= TEXTBOOK_SPEEDUP, f">= {TEXTBOOK_SPEEDUP:g}x textbook"))
    return out


def ns_of(timings: dict, name: str, size: int, impl: str) -> float | None:
    r = timings.get(f"{name}|{size}|{impl}")
    return None if r is None else r["ns_per_element"]


def table(data: dict, numpy_data: dict | None, numpy_source: str) -> str:
    impl_name = data["meta"]["implementation"]
    t = data["timings"]
    nt = numpy_data["timings"] if numpy_data else t
    lines = [
        f"{data['meta']['python']} on {data['meta']['machine']}; numpy column: {numpy_source}.",
        "ns per element (size 1 = the scalar call, size=None); best of several runs"
        + (
            f", each after {data['meta']['warmup']:g} s of warm-up calls."
            if data["meta"].get("warmup")
            else "."
        ),
        "",
        (
            "| workload | size | pyprng | numpy | textbook "
            "| pyprng/numpy | textbook/pyprng | targets |"
        ),
        "|---|--:|--:|--:|--:|--:|--:|---|",
    ]
    for w in WORKLOADS:
        if f"{w.name}|{SIZES[0]}|textbook" not in t:
            continue
        for size in SIZES:
            py = ns_of(t, w.name, size, "pyprng")
            np_ = ns_of(nt, w.name, size, "numpy")
            tb = ns_of(t, w.name, size, "textbook")
            ratio = py / np_ if (py and np_) else None
            speedup = tb / py if (py and tb) else None
            marks = targets_for(w, size, impl_name, py, np_, tb)
            if py is None and w.name in data.get("not_implemented", {}):
                marks = ["pyprng: not yet implemented"]
            lines.append(
                f"| {w.name} | {size:,} | {fmt_ns(py)} | {fmt_ns(np_)} | {fmt_ns(tb)} "
                f"| {fmt_x(ratio)} | {fmt_x(speedup)} | {'; '.join(marks)} |"
            )
    mem = data.get("memory") or {}
    if mem:
        lines += [
            "",
            (
                "Memory of a bulk pyprng call (2e5 elements): tracemalloc peak during the call"
                " vs the returned list (list object + each distinct element object)."
            ),
            "",
            "| workload | peak MB | list MB | peak/list | target <= 3 |",
            "|---|--:|--:|--:|---|",
        ]
        for name, m in mem.items():
            if "error" in m:
                lines.append(f"| {name} | — | — | — | not yet implemented |")
                continue
            r = m["peak_bytes"] / m["list_bytes"]
            lines.append(
                f"| {name} | {m['peak_bytes'] / 1e6:.2f} | {m['list_bytes'] / 1e6:.2f} "
                f"| {r:.2f} | {'yes' if r <= MEMORY_RATIO else '**NO**'} |"
            )
    missing = data.get("not_implemented") or {}
    if missing:
        lines += ["", "Not measured (pyprng raised):", ""]
        lines += [f"- {name}: `{err}`" for name, err in missing.items()]
    return "\n".join(lines)


# -- metadata, files ---------------------------------------------------------------------


def meta() -> dict:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "implementation": implementation(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "machine": f"{platform.machine()} {platform.processor() or platform.system()}",
        "numpy": getattr(numpy, "__version__", None),
        "pyprng_commit": commit,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())


# -- the plot -------------------------------------------------------------------------

SERIES = [  # (label, results file, impl, colour, dashed)
    ("pyprng (CPython)", "cpython", "pyprng", "#1f77b4", False),
    ("pyprng (PyPy)", "pypy", "pyprng", "#2ca02c", False),
    ("numpy (CPython)", "cpython", "numpy", "#ff7f0e", False),
    ("textbook (CPython)", "cpython", "textbook", "#d62728", True),
    ("textbook (PyPy)", "pypy", "textbook", "#9467bd", True),
]


def plot_series(files: dict) -> dict:
    """{workload: [(label, colour, dashed, [(size, seconds per call)])]}"""
    out: dict = {}
    for w in WORKLOADS:
        rows = []
        for label, src, impl, colour, dashed in SERIES:
            data = files.get(src)
            if not data:
                continue
            pts = []
            for key, r in data["timings"].items():
                name, size, who = key.split("|")
                if name == w.name and who == impl:
                    n = int(size)
                    pts.append((n, r["ns_per_element"] * n * 1e-9))
            if pts:
                rows.append((label, colour, dashed, sorted(pts)))
        if rows:
            out[w.name] = rows
    return out


def plot(files: dict, path_png: Path) -> Path:
    series = plot_series(files)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return plot_svg(series, path_png.with_suffix(".svg"))
    names = list(series)
    cols = 5
    rows_n = math.ceil(len(names) / cols)
    fig, axes = plt.subplots(rows_n, cols, figsize=(3.2 * cols, 2.9 * rows_n), squeeze=False)
    for ax, name in zip(axes.flat, names):
        for label, colour, dashed, pts in series[name]:
            xs, ys = zip(*pts)
            ax.loglog(xs, ys, "--" if dashed else "-", marker="o", ms=3, color=colour, label=label)
        ax.set_title(name, fontsize=9)
        ax.grid(True, which="major", alpha=0.3)
        ax.tick_params(labelsize=7)
        ax.set_xlabel("size (1 = scalar call)", fontsize=7)
        ax.set_ylabel("seconds per call", fontsize=7)
    for ax in list(axes.flat)[len(names) :]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=8)
    fig.suptitle("Time per call against size (log-log; lower is faster)", fontsize=11)
    fig.tight_layout(rect=(0, 0.05, 1, 0.96))
    fig.savefig(path_png, dpi=110)
    return path_png


def plot_svg(series: dict, path: Path) -> Path:
    """The same small multiples, written as SVG by hand (no matplotlib)."""
    w_cell, h_cell, pad = 260, 200, 40
    cols = 5
    names = list(series)
    rows_n = math.ceil(len(names) / cols)
    width, height = cols * w_cell, rows_n * h_cell + 40
    all_y = [y for rows in series.values() for *_, pts in rows for _, y in pts]
    y_lo = math.floor(math.log10(min(all_y)))
    y_hi = math.ceil(math.log10(max(all_y)))
    x_hi = math.log10(max(PLOT_SIZES))
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            'font-family="sans-serif" font-size="10">'
        ),
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for i, name in enumerate(names):
        ox, oy = (i % cols) * w_cell + pad, (i // cols) * h_cell + 20
        pw, ph = w_cell - pad - 10, h_cell - 60

        def px(x: float, ox: float = ox, pw: float = pw) -> float:
            return ox + math.log10(x) / x_hi * pw

        def py(y: float, oy: float = oy, ph: float = ph) -> float:
            return oy + ph - (math.log10(y) - y_lo) / (y_hi - y_lo) * ph

        out.append(f'<text x="{ox + pw / 2}" y="{oy - 5}" text-anchor="middle">{name}</text>')
        out.append(
            f'<rect x="{ox}" y="{oy}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>'
        )
        for e in range(y_lo, y_hi + 1, 2):
            out.append(f'<text x="{ox - 3}" y="{py(10.0**e) + 3}" text-anchor="end">1e{e}</text>')
        for e in range(0, int(x_hi) + 1, 2):
            out.append(
                f'<text x="{px(10.0**e)}" y="{oy + ph + 12}" text-anchor="middle">1e{e}</text>'
            )
        for _label, colour, dashed, pts in series[name]:
            d = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
            dash = ' stroke-dasharray="4,3"' if dashed else ""
            out.append(f'<polyline points="{d}" fill="none" stroke="{colour}"{dash}/>')
    lx = 10
    for label, _src, _impl, colour, _dashed in SERIES:
        out.append(f'<rect x="{lx}" y="{height - 20}" width="12" height="4" fill="{colour}"/>')
        out.append(f'<text x="{lx + 16}" y="{height - 15}">{label}</text>')
        lx += 150
    out.append(
        f'<text x="{width - 10}" y="{height - 15}" text-anchor="end">'
        "seconds per call vs size, log-log</text></svg>"
    )
    path.write_text("\n".join(out))
    return path


# -- main ------------------------------------------------------------------------------


def main(argv: list | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plot", action="store_true", help="measure more sizes and plot")
    parser.add_argument("--plot-only", action="store_true", help="plot from saved results")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    parser.add_argument("--min-time", type=float, default=0.05, help="seconds per measurement")
    parser.add_argument(
        "--warmup",
        type=float,
        default=1.0 if implementation() == "pypy" else 0.0,
        help="seconds of untimed calls before each measurement (PyPy: 1, for the JIT; "
        "CPython: 0, one call)",
    )
    parser.add_argument(
        "--repeats", type=int, default=5, help="best of N (a busy machine wants more)"
    )
    parser.add_argument("--workloads", nargs="*", choices=sorted(BY_NAME), help="a subset")
    parser.add_argument("--no-save", action="store_true", help="do not write results/")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    name = implementation()
    RESULTS.mkdir(exist_ok=True)

    if not args.plot_only:
        sizes = PLOT_SIZES if args.plot else SIZES
        data = {
            "meta": {**meta(), "warmup": args.warmup},
            **measure(args, sizes),
            "memory": measure_memory(args),
        }
        if numpy is not None:
            numpy_data, numpy_source = None, f"numpy {numpy.__version__}, same run"
        else:
            numpy_data = load("cpython")
            numpy_source = (
                "CPython figures read from benchmarks/results/cpython.json "
                f"({numpy_data['meta']['python']}, numpy {numpy_data['meta']['numpy']}, "
                f"{numpy_data['meta']['date']})"
                if numpy_data
                else "absent (no saved CPython run)"
            )
        text = table(data, numpy_data, numpy_source)
        print(text)
        if not args.no_save:
            (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n")
            (RESULTS / f"{name}.md").write_text(text + "\n")
    if args.plot or args.plot_only:
        files = {src: load(src) for src in ("cpython", "pypy")}
        path = plot({k: v for k, v in files.items() if v}, DOCS / "performance.png")
        print(f"\nplot written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
