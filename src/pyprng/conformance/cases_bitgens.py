"""Conformance cases for PCG64DXSM, Philox and SFC64 (appended to ``cases.SPECS``).

The ``api`` of each case is the engine's class name, built as ``Engine(seed)``
in both libraries.  Raw words run across Philox's four-word buffer and long
runs (700 words) exercise the bulk paths; ``advance``/``jumped`` calls are
followed by raw words so a wrong counter or state shows at once.
"""

from __future__ import annotations

import random
from typing import List

from .cases import Call, Spec, _twice


def _raw(r: random.Random) -> List[Call]:
    return _twice(("random_raw", [], {"size": r.choice([None, 1, 3, 5, 7, 700])}))


def _pcg_advance(r: random.Random) -> List[Call]:
    return [
        ("advance", [r.getrandbits(r.choice([8, 64, 128]))], {}),
        ("random_raw", [], {"size": 5}),
    ]


def _philox_advance(r: random.Random) -> List[Call]:
    # partly drained buffer first: advance must empty it
    return [
        ("random_raw", [], {"size": r.randint(0, 3)}),
        ("advance", [r.getrandbits(r.choice([8, 64, 128, 256]))], {}),
        ("random_raw", [], {"size": 6}),
    ]


def _jumped(r: random.Random) -> List[Call]:
    return [("jumped", [r.randint(1, 3)], {}), ("random_raw", [], {"size": 5})]


SPECS: List[Spec] = [
    Spec("PCG64DXSM.random_raw", ("PCG64DXSM",), _raw),
    Spec("PCG64DXSM.advance", ("PCG64DXSM",), _pcg_advance),
    Spec("PCG64DXSM.jumped", ("PCG64DXSM",), _jumped),
    Spec("Philox.random_raw", ("Philox",), _raw),
    Spec("Philox.advance", ("Philox",), _philox_advance),
    Spec("Philox.jumped", ("Philox",), _jumped),
    Spec("SFC64.random_raw", ("SFC64",), _raw),
]
