"""The ``pyprng`` command: verify, vectors (and the other subcommands in this package).

Each subcommand is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Usage errors exit 2 with a message on stderr (argparse's convention), mismatches
exit 1, success 0.  User mistakes never show a traceback.
"""

from __future__ import annotations

import argparse
import importlib
from typing import List, Optional

# Subcommand modules, in the order ``--help`` lists them.
COMMANDS = ["verify", "vectors", "stream", "explain"]


class UsageError(Exception):
    """A mistake in the command line: printed on stderr, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="pyprng",
        description="numpy.random, bit for bit, in pure Python: conformance tools.",
    )
    parser.add_argument("--version", action="version", version=f"pyprng {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ImportError:
            continue  # a subcommand not present in this build
        module.add_parser(sub)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except UsageError as exc:
        parser.exit(2, f"pyprng {args.command}: error: {exc}\n")
    except KeyboardInterrupt:
        return 130
    return 0
