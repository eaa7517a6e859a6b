"""Profile one pyprng workload with cProfile (where does the time of one call go?).

Usage (from the repository root)::

    python3 benchmarks/profile_workload.py gen_standard_normal --size 200000
    python3 benchmarks/profile_workload.py gen_integers --size 1 --calls 20000
    python3 benchmarks/profile_workload.py --list

``--size 1`` profiles the scalar call (size=None) repeated ``--calls`` times,
which shows the per-call overhead (argument handling, locks, dispatch).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys

from workloads import BY_NAME, as_size


def main(argv: list | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workload", nargs="?", choices=sorted(BY_NAME))
    parser.add_argument("--size", type=int, default=200000)
    parser.add_argument("--calls", type=int, default=0, help="calls (default: ~2e5 elements)")
    parser.add_argument("--impl", default="pyprng", choices=["pyprng", "textbook", "numpy"])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    if args.list or not args.workload:
        print("\n".join(f"{name:24} {w.label}" for name, w in BY_NAME.items()))
        return 0
    draw = BY_NAME[args.workload].prepare(args.impl)
    arg = as_size(args.size)
    calls = args.calls or max(1, 200000 // args.size)
    draw(arg)  # warm-up: imports and caches are not the call's cost
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(calls):
        draw(arg)
    prof.disable()
    print(f"{args.workload} ({args.impl}), size={args.size}, {calls} call(s)")
    pstats.Stats(prof, stream=sys.stdout).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
