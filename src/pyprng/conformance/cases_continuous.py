"""Conformance specs for the continuous distributions (Generator and RandomState).

Parameters are drawn around each algorithm's branch points: gamma's shape
< 1 / == 1 / > 1, beta's Johnk and tiny-parameter paths, the noncentral
chi-square's Poisson count (PTRS from nonc / 2 >= 10), vonmises' kappa
thresholds (1e-8, 1e-5, and 1e6 for Generator's wrapped normal), and
occasionally inf/nan where numpy's constraints let them through.
"""

from __future__ import annotations

import math
import random
from typing import Any, Dict, List, Sequence, Tuple

from .cases import GEN, Call, Spec, _errors, _size, _twice

# (branch points and edge values, uniform range)
Param = Tuple[Sequence[float], float, float]

SHAPE: Param = ([0.0, 1.0, 1e-300, 0.5, math.nextafter(1.0, 2.0), 1e6], 0.0, 20.0)
SCALE: Param = ([0.0, 1.0, 1e300], 0.0, 10.0)
BETA: Param = ([1e-200, 2.9e-103, 1e-100, 1.0, 2.0, 1e5], 1e-3, 5.0)
DF: Param = ([1e-3, 0.5, 1.0, math.nextafter(1.0, 2.0), 2.0, 1e8], 1e-3, 30.0)
NONC: Param = ([0.0, 1e-10, 19.9, 20.0, 100.0, 1e30, math.inf, math.nan], 0.0, 50.0)
POS: Param = ([1e-300, 1e-3, 1.0, 1e300, math.inf], 1e-3, 10.0)
NONNEG: Param = ([0.0, 1e-300, 1.0, 1e300, math.inf], 0.0, 10.0)
LOC: Param = ([0.0, -1e300, math.inf], -100.0, 100.0)
MU: Param = ([0.0, math.pi, -math.pi, 10.0], -5.0, 5.0)
KAPPA: Param = ([0.0, 1e-9, 1e-8, 1e-6, 1e-5, 1e6, 2e6, 1e12, math.inf], 0.0, 20.0)
LEGACY_KAPPA: Param = ([0.0, 1e-9, 1e-8, 1e-6, 1e-5, 1e6], 0.0, 20.0)  # legacy loops near 1e15+
MEAN: Param = ([0.0, 700.0, 720.0], -3.0, 3.0)


def _value(r: random.Random, p: Param) -> float:
    specials, lo, hi = p
    if r.random() < 0.35:
        return r.choice(list(specials))
    return r.uniform(lo, hi)


def _cont(name: str, *params: Param, **extra: Any) -> Any:
    """Two calls of ``name``: scalar parameters with any size, or broadcast lists."""

    def make(r: random.Random) -> List[Call]:
        n = r.choice([0, 0, 1, 2, 3])
        args: List[Any] = []
        for p in params:
            if n and r.random() < 0.7:
                args.append([_value(r, p) for _ in range(n)])
            else:
                args.append(_value(r, p))
        if any(isinstance(a, list) for a in args):
            size: Any = r.choice([None, [2, n]])
        else:
            size = _size(r)
        kwargs: Dict[str, Any] = {"size": size}
        for key, choices in extra.items():
            kwargs[key] = r.choice(choices)
        return _twice((name, args, kwargs))

    return make


def _triangular(r: random.Random) -> List[Call]:
    vals = sorted(r.uniform(-5, 5) for _ in range(3))
    if r.random() < 0.2:
        vals[1] = r.choice([vals[0], vals[2]])  # mode at an end
    if r.random() < 0.3:
        mode: Any = [r.uniform(vals[0], vals[2]) for _ in range(3)]
        return _twice(("triangular", [vals[0], mode, vals[2]], {"size": r.choice([None, [2, 3]])}))
    return _twice(("triangular", vals, {"size": _size(r)}))


def _common(kappa: Param) -> List[Tuple[str, Any]]:
    return [
        ("gamma", _cont("gamma", SHAPE, SCALE)),
        ("beta", _cont("beta", BETA, BETA)),
        ("chisquare", _cont("chisquare", DF)),
        ("noncentral_chisquare", _cont("noncentral_chisquare", DF, NONC)),
        ("f", _cont("f", DF, DF)),
        ("noncentral_f", _cont("noncentral_f", DF, DF, NONC)),
        ("standard_cauchy", _cont("standard_cauchy")),
        ("standard_t", _cont("standard_t", DF)),
        ("vonmises", _cont("vonmises", MU, kappa)),
        ("pareto", _cont("pareto", POS)),
        ("weibull", _cont("weibull", NONNEG)),
        ("power", _cont("power", POS)),
        ("laplace", _cont("laplace", LOC, NONNEG)),
        ("gumbel", _cont("gumbel", LOC, NONNEG)),
        ("logistic", _cont("logistic", LOC, NONNEG)),
        ("rayleigh", _cont("rayleigh", NONNEG)),
        ("wald", _cont("wald", POS, POS)),
        ("triangular", _triangular),
    ]


_BAD: List[Call] = [
    ("standard_gamma", [-1.0], {}),
    ("gamma", [1.0, -0.0], {}),
    ("gamma", [[1.0, -2.0]], {}),
    ("beta", [0.0, 1.0], {}),
    ("beta", [1.0, [1.0, -1.0]], {}),
    ("f", [1.0, 0.0], {}),
    ("noncentral_f", [1.0, 1.0, -1.0], {}),
    ("chisquare", [-0.5], {}),
    ("noncentral_chisquare", [1.0, -1.0], {}),
    ("standard_t", [0.0], {}),
    ("vonmises", [0.0, -1.0], {}),
    ("pareto", [0.0], {}),
    ("weibull", [-1.0], {}),
    ("power", [-0.0], {}),
    ("laplace", [0.0, -1.0], {}),
    ("gumbel", [0.0, [1.0, -1.0]], {}),
    ("logistic", [0.0, -1e-300], {}),
    ("rayleigh", [-1.0], {}),
    ("wald", [0.0, 1.0], {}),
    ("wald", [1.0, -1.0], {}),
    ("triangular", [1.0, 0.0, 2.0], {}),
    ("triangular", [0.0, 3.0, 2.0], {}),
    ("triangular", [1.0, 1.0, 1.0], {}),
    ("triangular", [[0.0, 1.0], 1.0, [2.0, 1.0]], {}),
    ("gamma", [[1.0, 2.0]], {"size": 3}),
]


def _specs() -> List[Spec]:
    rs = ("RandomState",)
    specs = [
        Spec(
            "Generator.standard_gamma",
            GEN,
            _cont("standard_gamma", SHAPE, dtype=["float64", "float32"]),
        ),
        Spec("RandomState.standard_gamma", rs, _cont("standard_gamma", SHAPE)),
        Spec("RandomState.lognormal", rs, _cont("lognormal", MEAN, SCALE)),
    ]
    specs += [Spec(f"Generator.{name}", GEN, make) for name, make in _common(KAPPA)]
    specs += [Spec(f"RandomState.{name}", rs, make) for name, make in _common(LEGACY_KAPPA)]
    specs += [
        Spec("Generator.continuous_bad_input", GEN, _errors(_BAD, ("gamma", [2.0], {"size": 2}))),
        Spec(
            "RandomState.continuous_bad_input",
            rs,
            _errors(_BAD + [("lognormal", [0.0, -1.0], {})], ("gamma", [2.0], {"size": 2})),
        ),
    ]
    return specs


SPECS: List[Spec] = _specs()

__all__ = ["SPECS"]
