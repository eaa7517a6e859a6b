"""The conformance cases: what ``pyprng verify`` runs and ``pyprng vectors`` writes.

pyprng mirrors numpy's API, so a case is plain data that both libraries can
execute the same way: which object to build (class and seed), then a list of
method calls.  Each case records every call's result and the generator's state
after each call, so a mismatch says *where* a stream went wrong.

A case (JSON-able)::

    {"spec": "RandomState.randint", "api": "RandomState", "seed": 101,
     "calls": [["randint", [1, 100], {"size": 5}], ...]}

``api`` is one of ``RandomState``, ``Generator[PCG64]``, ``Generator[MT19937]``,
``MT19937``, ``MT19937-legacy`` (seeded as ``RandomState(seed)`` seeds it),
``PCG64``, ``PCG64DXSM``, ``Philox``, ``SFC64``, ``SeedSequence``.
Parameters are drawn from a ``random.Random``
seeded by the case number, so the same ``--seeds N`` always gives the same cases.
"""

from __future__ import annotations

import random
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple

Call = Tuple[str, List[Any], Dict[str, Any]]

INT_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
_DTYPE_RANGE = {
    "bool": (0, 1),
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint8": (0, 2**8 - 1),
    "uint16": (0, 2**16 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
}


class Spec(NamedTuple):
    """One method under test: how to build its object and draw its arguments."""

    name: str  # e.g. "Generator.integers"
    apis: Tuple[str, ...]  # which objects it runs on (one is picked per case)
    make_calls: Callable[[random.Random], List[Call]]


# -- argument helpers ---------------------------------------------------------------------
def _size(r: random.Random, allow_none: bool = True) -> Any:
    choices: List[Any] = [1, 2, 5, 17, [2, 3], [3, 1, 2], 0, [0, 2]]
    if allow_none:
        choices += [None, None, None]
    return r.choice(choices)


def _bounds(r: random.Random, dtype: str, endpoint: bool = False) -> Tuple[int, int]:
    lo, hi = _DTYPE_RANGE[dtype]
    top = hi if endpoint else hi + 1
    kind = r.random()
    if kind < 0.3:  # small ranges (the buffered and 32-bit paths)
        a = r.randint(lo, max(lo, top - 1))
        b = min(top, a + r.randint(1, 20))
    elif kind < 0.5:  # the full range
        a, b = lo, top
    elif kind < 0.6:  # a range of one value (draws nothing)
        a = r.randint(lo, max(lo, top - 1))
        b = a + (0 if endpoint else 1)
    else:
        a = r.randint(lo, max(lo, top - 1))
        b = r.randint(a + (0 if endpoint else 1), top)
    return a, b


def _floats(r: random.Random, lo: float, hi: float) -> Any:
    if r.random() < 0.7:
        return r.uniform(lo, hi)
    return [r.uniform(lo, hi) for _ in range(r.choice([1, 2, 3]))]


def _twice(call: Call) -> List[Call]:
    """Two calls in a row catch state carried between calls (buffers, cached gaussians)."""
    return [call, call]


# -- RandomState ----------------------------------------------------------------------------
def _rs_randint(r: random.Random) -> List[Call]:
    dtype = r.choice(INT_DTYPES + ["int64", "int"])
    d = "int64" if dtype == "int" else dtype
    lo, hi = _bounds(r, d)
    kwargs: Dict[str, Any] = {"size": _size(r), "dtype": dtype}
    if r.random() < 0.2 and hi - lo > 3:  # broadcast array bounds
        highs = [r.randint(lo + 1, hi) for _ in range(3)]
        kwargs["size"] = r.choice([None, 3, [2, 3]])
        return _twice(("randint", [lo, highs], kwargs))
    return _twice(("randint", [lo, hi], kwargs))


def _rs_choice(r: random.Random) -> List[Call]:
    n = r.choice([1, 3, 10, 50])
    a: Any = n if r.random() < 0.5 else [r.randint(-50, 50) for _ in range(n)]
    replace = r.random() < 0.5
    size: Any = r.choice([None, 1, 3, [2, 2]])
    if not replace and size is not None:
        need = size if isinstance(size, int) else 4
        if need > n:
            size = None
    p = None
    if r.random() < 0.5:
        w = [r.random() for _ in range(n)]
        s = sum(w)
        p = [x / s for x in w]
    return _twice(("choice", [a], {"size": size, "replace": replace, "p": p}))


def _rs_specs() -> List[Spec]:
    rs = ("RandomState",)
    return [
        Spec(
            "RandomState.random_sample",
            rs,
            lambda r: _twice(("random_sample", [], {"size": _size(r)})),
        ),
        Spec(
            "RandomState.rand",
            rs,
            lambda r: _twice(("rand", [r.randint(0, 4), r.randint(1, 3)], {})),
        ),
        Spec("RandomState.randn", rs, lambda r: _twice(("randn", [r.randint(0, 5)], {}))),
        Spec("RandomState.randint", rs, _rs_randint),
        Spec(
            "RandomState.random_integers",
            rs,
            lambda r: _twice(
                (
                    "random_integers",
                    [r.randint(-100, 100), r.randint(100, 10**6)],
                    {"size": _size(r)},
                )
            ),
        ),
        Spec("RandomState.tomaxint", rs, lambda r: _twice(("tomaxint", [], {"size": _size(r)}))),
        Spec("RandomState.bytes", rs, lambda r: _twice(("bytes", [r.randint(0, 13)], {}))),
        Spec("RandomState.choice", rs, _rs_choice),
        Spec(
            "RandomState.shuffle", rs, lambda r: [("shuffle", [list(range(r.randint(0, 30)))], {})]
        ),
        Spec(
            "RandomState.permutation",
            rs,
            lambda r: _twice(
                ("permutation", [r.choice([r.randint(0, 30), list(range(r.randint(0, 9)))])], {})
            ),
        ),
        Spec(
            "RandomState.standard_normal",
            rs,
            lambda r: _twice(("standard_normal", [], {"size": _size(r)})),
        ),
        Spec(
            "RandomState.normal",
            rs,
            lambda r: _twice(
                ("normal", [_floats(r, -5, 5), _floats(r, 0, 3)], {"size": r.choice([None, 3])})
            ),
        ),
        Spec(
            "RandomState.uniform",
            rs,
            lambda r: _twice(
                ("uniform", [_floats(r, -5, 5), _floats(r, -5, 10)], {"size": r.choice([None, 3])})
            ),
        ),
        Spec(
            "RandomState.standard_exponential",
            rs,
            lambda r: _twice(("standard_exponential", [], {"size": _size(r)})),
        ),
        Spec(
            "RandomState.exponential",
            rs,
            lambda r: _twice(("exponential", [_floats(r, 0, 4)], {"size": r.choice([None, 3])})),
        ),
    ]


# -- Generator -------------------------------------------------------------------------------
GEN = ("Generator[PCG64]", "Generator[PCG64]", "Generator[PCG64]", "Generator[MT19937]")


def _gen_integers(r: random.Random) -> List[Call]:
    dtype = r.choice(INT_DTYPES + ["int64"])
    endpoint = r.random() < 0.3
    lo, hi = _bounds(r, dtype, endpoint)
    kwargs: Dict[str, Any] = {"size": _size(r), "dtype": dtype, "endpoint": endpoint}
    if r.random() < 0.2 and hi - lo > 3:
        highs = [r.randint(lo + 1, hi) for _ in range(3)]
        kwargs["size"] = r.choice([None, 3, [2, 3]])
        return _twice(("integers", [lo, highs], kwargs))
    return _twice(("integers", [lo, hi], kwargs))


def _gen_choice(r: random.Random) -> List[Call]:
    n = r.choice([1, 3, 10, 50, 20000])
    a: Any = n if (r.random() < 0.6 or n > 100) else [r.randint(-50, 50) for _ in range(n)]
    replace = r.random() < 0.5
    size: Any = r.choice([None, 1, 3, [2, 2], 500])
    if not replace and size is not None:
        need = size if isinstance(size, int) else 4
        if need > n:
            size = None
    p = None
    if r.random() < 0.4 and n <= 100:
        w = [r.random() for _ in range(n)]
        s = sum(w)
        p = [x / s for x in w]
    return _twice(
        ("choice", [a], {"size": size, "replace": replace, "p": p, "shuffle": r.random() < 0.7})
    )


def _gen_specs() -> List[Spec]:
    fdt = lambda r: r.choice(["float64", "float32"])  # noqa: E731
    return [
        Spec(
            "Generator.random",
            GEN,
            lambda r: _twice(("random", [], {"size": _size(r), "dtype": fdt(r)})),
        ),
        Spec("Generator.integers", GEN, _gen_integers),
        Spec(
            "Generator.standard_normal",
            GEN,
            lambda r: _twice(("standard_normal", [], {"size": _size(r), "dtype": fdt(r)})),
        ),
        Spec(
            "Generator.normal",
            GEN,
            lambda r: _twice(
                ("normal", [_floats(r, -5, 5), _floats(r, 0, 3)], {"size": r.choice([None, 3])})
            ),
        ),
        Spec(
            "Generator.lognormal",
            GEN,
            lambda r: _twice(
                ("lognormal", [_floats(r, -2, 2), _floats(r, 0, 2)], {"size": r.choice([None, 3])})
            ),
        ),
        Spec(
            "Generator.standard_exponential",
            GEN,
            lambda r: _twice(
                (
                    "standard_exponential",
                    [],
                    {"size": _size(r), "dtype": fdt(r), "method": r.choice(["zig", "inv"])},
                )
            ),
        ),
        Spec(
            "Generator.exponential",
            GEN,
            lambda r: _twice(("exponential", [_floats(r, 0, 4)], {"size": r.choice([None, 3])})),
        ),
        Spec(
            "Generator.uniform",
            GEN,
            lambda r: _twice(
                ("uniform", [_floats(r, -5, 0), _floats(r, 0, 10)], {"size": r.choice([None, 3])})
            ),
        ),
        Spec("Generator.choice", GEN, _gen_choice),
        Spec(
            "Generator.shuffle", GEN, lambda r: [("shuffle", [list(range(r.randint(0, 30)))], {})]
        ),
        Spec(
            "Generator.permutation",
            GEN,
            lambda r: _twice(
                ("permutation", [r.choice([r.randint(0, 30), list(range(r.randint(0, 9)))])], {})
            ),
        ),
        Spec("Generator.bytes", GEN, lambda r: _twice(("bytes", [r.randint(0, 13)], {}))),
    ]


# -- bit generators and SeedSequence ---------------------------------------------------------
def _engine_specs() -> List[Spec]:
    def raw(r: random.Random) -> List[Call]:
        return _twice(("random_raw", [], {"size": r.choice([None, 1, 7, 700])}))

    def pcg_advance(r: random.Random) -> List[Call]:
        return [
            ("advance", [r.getrandbits(r.choice([8, 64, 128]))], {}),
            ("random_raw", [], {"size": 5}),
        ]

    def jumped(r: random.Random) -> List[Call]:
        return [("jumped", [r.randint(1, 3)], {}), ("random_raw", [], {"size": 5})]

    def gen_state(r: random.Random) -> List[Call]:
        return [("generate_state", [r.randint(1, 12)], {"dtype": r.choice(["uint32", "uint64"])})]

    return [
        Spec("MT19937.random_raw", ("MT19937", "MT19937-legacy"), raw),
        Spec("MT19937.jumped", ("MT19937",), jumped),
        Spec("PCG64.random_raw", ("PCG64",), raw),
        Spec("PCG64.advance", ("PCG64",), pcg_advance),
        Spec("PCG64.jumped", ("PCG64",), jumped),
        Spec("SeedSequence.generate_state", ("SeedSequence",), gen_state),
    ]


# -- bad input: numpy's exception type, and no state change (a good call follows) ------------
_RS_ERRORS: List[Call] = [
    ("randint", [5, 5], {}),
    ("randint", [-1, 5], {"dtype": "uint8"}),
    ("randint", [0, 300], {"dtype": "int8"}),
    ("randint", [0, 5], {"dtype": "float64"}),
    ("randint", [0, 5], {"size": -1}),
    ("random_sample", [], {"size": 2.5}),
    ("choice", [[]], {"size": 1}),
    ("choice", [5], {"p": [0.5, 0.5]}),
    ("choice", [3], {"p": [0.5, 0.6, -0.1]}),
    ("choice", [3], {"size": 4, "replace": False}),
    ("choice", [0], {}),
    ("normal", [0.0, -1.0], {}),
    ("exponential", [[1.0, -1.0]], {}),
    ("uniform", [0.0, 1.0], {"size": [2, -1]}),
    ("permutation", [-3], {}),
    ("seed", [-1], {}),
    ("seed", [2**32], {}),
    ("seed", [1.5], {}),
    ("seed", [[[1, 2]]], {}),
]
_GEN_ERRORS: List[Call] = [
    ("integers", [5, 5], {}),
    ("integers", [-1, 5], {"dtype": "uint8"}),
    ("integers", [0, 256], {"dtype": "uint8"}),
    ("integers", [0, 5], {"dtype": "float32"}),
    ("integers", [0, [5, 0]], {}),
    ("random", [], {"dtype": "int64"}),
    ("random", [], {"size": -2}),
    ("standard_normal", [], {"dtype": "float16"}),
    ("standard_exponential", [], {"method": "bogus"}),
    ("choice", [[]], {"size": 1}),
    ("choice", [5], {"p": [0.5, 0.5]}),
    ("choice", [3], {"size": 4, "replace": False}),
    ("choice", [[[1, 2], [3, 4]]], {"axis": 2}),
    ("normal", [0.0, -1.0], {}),
    ("exponential", [-1.0], {}),
    ("permutation", [[[1, 2]]], {"axis": 3}),
]


def _errors(calls: List[Call], good: Call) -> Callable[[random.Random], List[Call]]:
    def make(r: random.Random) -> List[Call]:
        picked = r.sample(calls, 3)
        return [picked[0], good, picked[1], picked[2], good]

    return make


SPECS: List[Spec] = (
    _rs_specs()
    + _gen_specs()
    + _engine_specs()
    + [
        Spec(
            "RandomState.bad_input",
            ("RandomState",),
            _errors(_RS_ERRORS, ("random_sample", [], {"size": 2})),
        ),
        Spec("Generator.bad_input", GEN, _errors(_GEN_ERRORS, ("random", [], {"size": 2}))),
    ]
)


def _seed_for(api: str, r: random.Random) -> Any:
    """A seed of the kind numpy accepts for ``api``: ints of many sizes and sequences."""
    legacy = api in ("RandomState", "MT19937-legacy")
    kind = r.random()
    if kind < 0.5:
        return (
            r.randrange(2**32)
            if legacy
            else r.choice([r.randrange(2**32), r.getrandbits(128), r.randrange(100)])
        )
    if kind < 0.8 or legacy:
        return [r.randrange(2**32) for _ in range(r.randint(1, 6))]
    return [r.getrandbits(64) for _ in range(r.randint(1, 4))]


def make_cases(n_seeds: int, only: Optional[Sequence[str]] = None) -> List[Dict[str, Any]]:
    """``n_seeds`` cases for each spec whose name contains one of ``only`` (all if None)."""
    cases = []
    for spec in SPECS:
        if only and not any(pat.lower() in spec.name.lower() for pat in only):
            continue
        for i in range(n_seeds):
            r = random.Random(f"{spec.name}/{i}")
            api = spec.apis[i % len(spec.apis)]
            seed = _seed_for(api, r)
            calls = [list(c) for c in spec.make_calls(r)]
            cases.append({"spec": spec.name, "api": api, "seed": seed, "calls": calls})
    return cases


def _more_specs() -> List[Spec]:
    """Specs kept beside their subject (other engines, distribution families)."""
    import importlib

    specs: List[Spec] = []
    for name in ("cases_bitgens", "cases_continuous", "cases_discrete"):
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ImportError:
            continue
        specs.extend(module.SPECS)
    return specs


SPECS += _more_specs()
