"""Conformance specs for the discrete and multivariate distributions.

Parameters straddle each algorithm's branch points: binomial inversion vs
BTPE (n * min(p, 1-p) = 30) and p in {0, 1}; Poisson's PTRS from lam = 10;
geometric's search above p = 1/3; hypergeometric's HRUA window (nsample 10 and
total - 10; legacy: nsample > 10); zipf's a >= 1025 shortcut (Generator only:
the legacy sampler never returns there); Dirichlet's stick-breaking below
max(alpha) = 0.1.  multivariate_normal is left out: it is exact only in the
normals it draws (see docs/status-notes-discrete.md).
"""

from __future__ import annotations

import math
import random
from typing import Any, List, Sequence

from .cases import GEN, Call, Spec, _size, _twice

RS = ("RandomState",)
THIRD = 0.333333333333333333333333


def _pick(r: random.Random, specials: Sequence[Any], lo: float, hi: float) -> Any:
    return r.choice(list(specials)) if r.random() < 0.4 else r.uniform(lo, hi)


def _maybe_list(r: random.Random, make: Any) -> Any:
    return make() if r.random() < 0.75 else [make() for _ in range(r.choice([1, 2, 3]))]


def _sz(r: random.Random) -> Any:
    return r.choice([None, None, 1, 3, [2, 2], 0])


def _binomial(r: random.Random) -> List[Call]:
    n = _maybe_list(
        r, lambda: r.choice([0, 1, 10, 29, 30, 31, 60, 100, 1000, 10**6, 10**12, r.randint(0, 300)])
    )
    p = _maybe_list(r, lambda: _pick(r, [0.0, 1.0, 0.5, 0.03, 0.3, 0.7, 1e-12], 0.0, 1.0))
    if isinstance(n, list) and isinstance(p, list):
        p = p[:1]
    return _twice(
        (
            "binomial",
            [n, p],
            {"size": None if isinstance(n, list) or isinstance(p, list) else _sz(r)},
        )
    )


def _one(name: str, specials: Sequence[float], lo: float, hi: float) -> Any:
    def make(r: random.Random) -> List[Call]:
        v = _maybe_list(r, lambda: _pick(r, specials, lo, hi))
        return _twice((name, [v], {"size": None if isinstance(v, list) else _sz(r)}))

    return make


def _negative_binomial(r: random.Random, legacy: bool) -> List[Call]:
    n = _pick(r, [1e-3, 0.5, 1.0, 10.0, 1e3], 1e-3, 50.0)
    p = _pick(r, ([0.0] if legacy else []) + [1e-3, 0.1, 0.5, 1.0], 1e-3, 1.0)
    return _twice(("negative_binomial", [n, p], {"size": _sz(r)}))


def _hypergeometric(r: random.Random, legacy: bool) -> List[Call]:
    good = r.choice([0, 1, 5, 10, 11, 20, 126, 1000, 10**6, r.randint(0, 60)])
    bad = r.choice([0, 1, 5, 10, 11, 20, 126, 1000, 10**6, r.randint(0, 60)])
    total = good + bad
    low = 1 if legacy else 0
    if total < low:
        bad = total = 1
    sample = r.choice(
        [low, total, min(total, 10), min(total, 11), max(low, total - 10), r.randint(low, total)]
    )
    return _twice(("hypergeometric", [good, bad, sample], {"size": _sz(r)}))


def _pvals(r: random.Random) -> List[float]:
    k = r.randint(1, 5)
    w = [r.random() for _ in range(k)]
    s = sum(w)
    return [x / s for x in w]


def _multinomial(r: random.Random, legacy: bool) -> List[Call]:
    n = r.choice([0, 1, 10, 100, 10**4, r.randint(0, 60)])
    if not legacy and r.random() < 0.3:
        return _twice(("multinomial", [[n, n + 7], [_pvals(r)[:1] + [0.0]] * 2], {}))
    return _twice(("multinomial", [n, _pvals(r)], {"size": _sz(r)}))


def _mvhg(r: random.Random) -> List[Call]:
    colors = [r.choice([0, 1, 5, 20, 1000]) for _ in range(r.randint(1, 4))]
    total = sum(colors)
    method = "count" if total <= 2000 and r.random() < 0.5 else "marginals"
    return _twice(
        (
            "multivariate_hypergeometric",
            [colors, r.randint(0, total)],
            {"size": _sz(r), "method": method},
        )
    )


def _dirichlet(r: random.Random, legacy: bool) -> List[Call]:
    k = r.randint(1, 4)
    small = not legacy and r.random() < 0.4
    alpha = [
        r.uniform(1e-3, 0.099) if small else _pick(r, [0.5, 1.0, 2.5], 1e-3, 10.0) for _ in range(k)
    ]
    return _twice(("dirichlet", [alpha], {"size": _sz(r)}))


SPECS: List[Spec] = []
for _api, _legacy in ((GEN, False), (RS, True)):
    _prefix = "RandomState." if _legacy else "Generator."
    SPECS += [
        Spec(_prefix + "binomial", _api, _binomial),
        Spec(
            _prefix + "poisson",
            _api,
            _one("poisson", [0.0, 0.5, math.nextafter(10.0, 0), 10.0, 50.0, 1e6, 1e15], 0.0, 100.0),
        ),
        Spec(
            _prefix + "geometric",
            _api,
            _one("geometric", [1.0, 0.5, THIRD, math.nextafter(THIRD, 0), 1e-5, 1e-300], 1e-6, 1.0),
        ),
        Spec(_prefix + "logseries", _api, _one("logseries", [0.0, 0.5, 0.9, 0.999999], 0.0, 0.99)),
        Spec(
            _prefix + "zipf",
            _api,
            _one(
                "zipf",
                [1.1, 1.5, 2.0, 10.0, 1000.0] + ([] if _legacy else [1025.0, 5000.0]),
                1.05,
                20.0,
            ),
        ),
        Spec(
            _prefix + "negative_binomial",
            _api,
            (lambda lg: lambda r: _negative_binomial(r, lg))(_legacy),
        ),
        Spec(
            _prefix + "hypergeometric", _api, (lambda lg: lambda r: _hypergeometric(r, lg))(_legacy)
        ),
        Spec(_prefix + "multinomial", _api, (lambda lg: lambda r: _multinomial(r, lg))(_legacy)),
        Spec(_prefix + "dirichlet", _api, (lambda lg: lambda r: _dirichlet(r, lg))(_legacy)),
    ]
SPECS.append(Spec("Generator.multivariate_hypergeometric", GEN, _mvhg))

_ = _size
