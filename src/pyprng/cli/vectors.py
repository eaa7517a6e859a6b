"""``pyprng vectors``: write golden test vectors recorded from the installed numpy."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from typing import Any

from . import UsageError


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "vectors",
        help="write golden test vectors (JSON) recorded from numpy",
        description=(
            "Record numpy's outputs for the conformance cases as JSON: generator, seeding, "
            "method, arguments (dtype included), values, the state after every call, and the "
            "numpy version. An implementation in any language can test itself against them. "
            "Needs numpy."
        ),
    )
    p.add_argument("--seeds", type=int, default=5, metavar="N", help="cases per method (default 5)")
    p.add_argument(
        "--only",
        action="append",
        metavar="PATTERN",
        help="only methods whose name contains PATTERN",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help="file to write (.gz compresses); default stdout",
    )
    p.add_argument(
        "--state-digests",
        action="store_true",
        help="store sha256 digests of states instead of states",
    )
    p.add_argument("--list", action="store_true", help="list the method names and exit")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .. import conformance

    if args.list:
        print("\n".join(conformance.spec_names()))
        return 0
    if args.seeds < 1:
        raise UsageError("--seeds must be a positive integer")
    try:
        import numpy  # noqa: F401
    except ImportError:
        raise UsageError("vectors are recorded from numpy, which is not installed") from None
    data = conformance.make_vectors(args.seeds, args.only, state_digests=args.state_digests)
    if not data["cases"]:
        raise UsageError(f"no method matches {args.only}")
    text = json.dumps(data, separators=(",", ":"))
    if args.output == "-":
        sys.stdout.write(text + "\n")
    elif args.output.endswith(".gz"):
        with gzip.GzipFile(args.output, "wb", mtime=0) as fh:
            fh.write(text.encode())
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    if args.output != "-":
        print(
            f"wrote {len(data['cases'])} cases from numpy {data['numpy_version']} to {args.output}",
            file=sys.stderr,
        )
    return 0
