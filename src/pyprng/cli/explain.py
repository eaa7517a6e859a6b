"""``pyprng explain``: how a bit generator turns a seed into its first outputs, step by step."""

from __future__ import annotations

import argparse
import sys
from typing import Any, List

from . import UsageError
from .stream import make_bitgen, parse_seed

#: Longest trace we print: each step is several lines.
MAX_STEPS = 100_000


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "explain",
        help="show a bit generator's seeding and first outputs step by step",
        description=(
            "Print a step-by-step account of BITGEN's internals for SEED, with every "
            "intermediate value in hex: for mt19937 the seeding (SeedSequence, or "
            "init_genrand / init_by_array with --legacy-seed), the twist and the tempering of "
            "the first outputs; for pcg64 the seeding, the LCG steps and the XSL-RR output; "
            "for seedsequence the hashmix pool, the mix rounds and generate_state. "
            "The trace is checked against pyprng's engine (and numpy's, when installed) "
            "before it is printed."
        ),
    )
    p.add_argument("bitgen", metavar="BITGEN", help="mt19937, pcg64 or seedsequence")
    p.add_argument(
        "--seed", required=True, metavar="SEED", help="an integer, or a comma-separated list"
    )
    p.add_argument(
        "--steps",
        type=int,
        default=3,
        metavar="K",
        help="outputs to trace (generate_state words for seedsequence); default 3",
    )
    p.add_argument(
        "--legacy-seed",
        action="store_true",
        help="mt19937 only: seed as RandomState(SEED) does (init_genrand / init_by_array)",
    )
    p.set_defaults(run=run)


def _engine_values(name: str, seed: Any, steps: int, legacy: bool, numpy: Any = None) -> Any:
    """(outputs, final state) from pyprng's engine, or numpy's when ``numpy`` is given."""
    if name == "seedsequence":
        ss = (numpy.random.SeedSequence if numpy else _pyprng("SeedSequence"))(seed)
        return [int(v) for v in ss.generate_state(steps)], [int(v) for v in ss.pool]
    cls = getattr(numpy.random, name.upper()) if numpy else _pyprng(name.upper())
    if legacy:
        bg = cls()
        bg._legacy_seeding(seed)
    else:
        bg = cls(seed)
    outs = [int(v) for v in bg.random_raw(steps)]
    st = bg.state["state"]
    if name == "mt19937":
        return outs, ([int(v) for v in st["key"]], int(st["pos"]))
    return outs, (int(st["state"]), int(st["inc"]))


def _pyprng(name: str) -> Any:
    from .. import bitgen

    return getattr(bitgen, name)


def _traced_values(name: str, seed: Any, steps: int, legacy: bool) -> Any:
    if name == "seedsequence":
        from ..explain.seedsequence import trace_seedsequence

        tr = trace_seedsequence(seed, steps)
        return [w.out for w in tr.state], tr.pool
    if name == "mt19937":
        from ..explain.mt19937 import trace_mt19937

        mt = trace_mt19937(seed, steps, legacy=legacy)
        return [o.temper.out for o in mt.outputs], (mt.key, mt.pos)
    from ..explain.pcg64 import trace_pcg64

    pc = trace_pcg64(seed, steps)
    return [o.out for o in pc.outputs], (pc.state, pc.inc)


def cross_check(name: str, seed: Any, steps: int, legacy: bool) -> List[str]:
    """Lines saying which engines the trace was checked against; raises if one differs."""
    traced = _traced_values(name, seed, steps, legacy)
    lines = []
    what = "generate_state words and pool" if name == "seedsequence" else "outputs and final state"
    for label, np in [("pyprng.bitgen", None), ("numpy", sys.modules.get("numpy") or _try_numpy())]:
        if label == "numpy" and np is None:
            continue
        if _engine_values(name, seed, steps, legacy, np) != traced:
            raise AssertionError(
                f"the explain trace of {name} differs from {label}: please report this"
            )
        version = f" {np.__version__}" if np is not None else ""
        lines.append(f"Checked: {label}{version} gives the same {what} for this seed.")
    return lines


def _try_numpy() -> Any:
    try:
        import numpy
    except ImportError:
        return None
    return numpy


def run(args: argparse.Namespace) -> int:
    from ..explain import EXPLAINERS, explain

    name = args.bitgen.lower()
    if name not in EXPLAINERS:
        raise UsageError(f"cannot explain {args.bitgen!r} (choose from {', '.join(EXPLAINERS)})")
    if not 0 <= args.steps <= MAX_STEPS:
        raise UsageError(f"invalid --steps {args.steps}: expected 0..{MAX_STEPS}")
    if args.legacy_seed and name != "mt19937":
        raise UsageError("--legacy-seed is RandomState's seeding, only for mt19937")
    seed = parse_seed(args.seed)
    # Let the real engine judge the seed first, so bad seeds get numpy's message.
    if name == "seedsequence":
        try:
            _pyprng("SeedSequence")(seed)
        except (ValueError, TypeError) as exc:
            raise UsageError(f"invalid --seed {args.seed!r}: {exc}") from None
    else:
        make_bitgen(_pyprng(name.upper()), seed, args.legacy_seed, args.seed)
    text = explain(name, seed, args.steps, args.legacy_seed)
    checks = cross_check(name, seed, args.steps, args.legacy_seed)
    sys.stdout.write(text + "\n" + "\n".join(checks) + "\n")
    return 0
