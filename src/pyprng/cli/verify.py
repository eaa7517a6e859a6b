"""``pyprng verify``: pyprng against numpy (live, or the shipped golden vectors)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, List

from . import UsageError
from ._progress import Progress


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "verify",
        help="check pyprng against numpy, bit for bit",
        description=(
            "Run pyprng and numpy on the same seeds and calls and compare every value "
            "(floats by bit pattern) and the generator state after every call. Without "
            "numpy, check the golden vectors shipped with pyprng (recorded from numpy 2.4)."
        ),
    )
    p.add_argument(
        "--seeds", type=int, default=50, metavar="N", help="cases per method (default 50)"
    )
    p.add_argument(
        "--only",
        action="append",
        metavar="PATTERN",
        help="only methods whose name contains PATTERN (repeatable)",
    )
    p.add_argument(
        "--golden", action="store_true", help="use the golden vectors even if numpy is installed"
    )
    p.add_argument(
        "--vectors", metavar="FILE", help="check against this golden-vector file instead"
    )
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(run=run)


def _numpy_version() -> Any:
    try:
        import numpy
    except ImportError:
        return None
    return numpy.__version__


def render(rows: List[Any]) -> str:
    head = ("method", "cases", "exact", "result")
    lines = [head]
    for r in rows:
        if r.missing:
            status = "not implemented"
        elif r.matches == r.cases:
            status = "ok"
        else:
            status = "MISMATCH: " + (r.first_mismatch or "")
        lines.append((r.spec, str(r.cases), "-" if r.missing else str(r.matches), status))
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    out = []
    for i, line in enumerate(lines):
        out.append(
            f"{line[0]:<{widths[0]}}  {line[1]:>{widths[1]}}  {line[2]:>{widths[2]}}  {line[3]}"
        )
        if i == 0:
            out.append("-" * (sum(widths) + 6 + 20))
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from .. import conformance

    if args.seeds < 1:
        raise UsageError("--seeds must be a positive integer")
    progress = Progress(enabled=not args.quiet)
    version = _numpy_version()
    if args.vectors or args.golden or version is None:
        path = args.vectors or conformance.GOLDEN_PATH
        try:
            data_version = conformance.load_golden(path).get("numpy_version")
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read golden vectors {path}: {exc}") from None
        why = "as asked" if (args.vectors or args.golden) else "numpy is not installed"
        print(f"pyprng verify: checking golden vectors recorded from numpy {data_version} ({why})")
        rows = conformance.verify_golden(args.only, path, progress=progress.update)
    else:
        print(f"pyprng verify: comparing with numpy {version}, {args.seeds} cases per method")
        rows = conformance.verify_live(args.seeds, args.only, progress=progress.update)
    if not rows:
        raise UsageError(f"no method matches {args.only}")
    print(render(rows))
    bad = [r for r in rows if not r.missing and r.matches != r.cases]
    total = sum(r.cases for r in rows if not r.missing)
    exact = sum(r.matches for r in rows if not r.missing)
    missing = [r.spec for r in rows if r.missing]
    print(f"\n{exact} of {total} cases exact across {len(rows) - len(missing)} methods", end="")
    print(f"; {len(missing)} not implemented" if missing else "")
    if bad:
        print(f"FAILED: {len(bad)} method(s) differ from numpy", file=sys.stderr)
        return 1
    return 0
