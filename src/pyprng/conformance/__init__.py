"""Conformance checking against numpy: live (numpy installed) or from golden vectors.

``verify_live`` runs every case on pyprng and on numpy and compares outcomes
bit for bit.  ``make_vectors`` records numpy's outcomes as golden vectors (JSON)
and ``verify_golden`` checks pyprng against such a file, which is how the
suite stays meaningful where numpy cannot be installed (PyPy, slim hosts).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence

from .cases import SPECS, make_cases
from .runner import first_difference, run_case

GOLDEN_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "golden.json.gz")


class Row(NamedTuple):
    """One line of the verify table."""

    spec: str
    cases: int
    matches: int
    first_mismatch: Optional[str]  # "seed=..., call 1, results[3]: ours 5 != numpy 7"
    missing: bool = False  # the method is not implemented in pyprng


def state_digest(state: Any) -> str:
    """sha256 of a state's canonical JSON (how the shipped vectors store states compactly)."""
    text = json.dumps(state, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _digest_states(outcome: Dict[str, Any]) -> Dict[str, Any]:
    if "states" not in outcome:
        return outcome
    out = dict(outcome)
    out["states"] = [state_digest(s) for s in outcome["states"]]
    return out


def _implemented(case: Dict[str, Any]) -> bool:
    import pyprng

    api = case["api"]
    cls_name = "Generator" if api.startswith("Generator[") else api.replace("-legacy", "")
    try:
        cls = getattr(pyprng, cls_name)
    except (AttributeError, ImportError):
        return False
    if api.startswith("Generator["):
        try:
            getattr(pyprng, api[len("Generator[") : -1])
        except (AttributeError, ImportError):
            return False
    return all(hasattr(cls, method) for method, _a, _k in case["calls"])


def _describe(case: Dict[str, Any], diff: Any) -> str:
    where, ours, theirs = diff
    return f"seed={case['seed']!r} {case['api']} {where}: pyprng {ours} != numpy {theirs}"


def _check(
    cases: Sequence[Dict[str, Any]],
    expected: Callable[[Dict[str, Any]], Dict[str, Any]],
    digest: bool,
    progress: Optional[Callable[[int, int, str], None]] = None,
) -> List[Row]:
    by_spec: Dict[str, List[Dict[str, Any]]] = {}
    for case in cases:
        by_spec.setdefault(case["spec"], []).append(case)
    rows = []
    done = 0
    for spec, group in by_spec.items():
        if not _implemented(group[0]):
            rows.append(Row(spec, len(group), 0, None, missing=True))
            done += len(group)
            if progress:
                progress(done, len(cases), spec)
            continue
        matches = 0
        first: Optional[str] = None
        for case in group:
            ours = run_case(case, "pyprng")
            if digest:
                ours = _digest_states(ours)
            diff = first_difference(ours, expected(case))
            if diff is None:
                matches += 1
            elif first is None:
                first = _describe(case, diff)
            done += 1
            if progress:
                progress(done, len(cases), spec)
        rows.append(Row(spec, len(group), matches, first))
    return rows


def verify_live(
    n_seeds: int, only: Optional[Sequence[str]] = None, progress: Any = None
) -> List[Row]:
    """Compare pyprng with the installed numpy over ``n_seeds`` cases per method."""
    cases = make_cases(n_seeds, only)
    return _check(cases, lambda c: run_case(c, "numpy"), digest=False, progress=progress)


def load_golden(path: str = GOLDEN_PATH) -> Dict[str, Any]:
    opener: Any = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def verify_golden(
    only: Optional[Sequence[str]] = None, path: str = GOLDEN_PATH, progress: Any = None
) -> List[Row]:
    """Compare pyprng with golden vectors recorded from numpy."""
    data = load_golden(path)
    cases = [
        c for c in data["cases"] if not only or any(p.lower() in c["spec"].lower() for p in only)
    ]
    digest = bool(data.get("state_digests"))
    return _check(cases, lambda c: c["outcome"], digest=digest, progress=progress)


def make_vectors(
    n_seeds: int, only: Optional[Sequence[str]] = None, state_digests: bool = False
) -> Dict[str, Any]:
    """Golden vectors: every case with numpy's outcome (results and states), as JSON data."""
    import numpy

    cases = make_cases(n_seeds, only)
    for case in cases:
        outcome = run_case(case, "numpy")
        case["outcome"] = _digest_states(outcome) if state_digests else outcome
    return {
        "format": "pyprng-golden-vectors/1",
        "numpy_version": numpy.__version__,
        "state_digests": state_digests,
        "about": (
            "Each case builds numpy.random.<api>(seed) (Generator[X] = Generator(X(seed)), "
            "MT19937-legacy = MT19937 seeded as RandomState(seed)), makes the calls in order "
            "and records each call's result (or the exception type) and the state after it "
            "(bit_generator.state, or RandomState.get_state(legacy=False)). Floats are JSON "
            'numbers except inf and nan, written {"float64": <16 hex digits, big-endian bits>}; '
            'bytes are {"bytes": <hex>}; an exception is {"error": <type name>}. '
            + (
                "States are sha256 digests of their JSON with sorted keys and no spaces."
                if state_digests
                else ""
            )
        ),
        "cases": cases,
    }


def spec_names() -> Iterable[str]:
    return [s.name for s in SPECS]
