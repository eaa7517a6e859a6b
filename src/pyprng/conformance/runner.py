"""Run conformance cases on pyprng or on numpy, and compare the outcomes exactly.

An outcome is plain JSON-able data: for each call, its result (floats kept as
floats, bytes as hex) or the name of the exception it raised, and the state
afterwards.  Two outcomes match when they are equal with every float compared
by its bit pattern.
"""

from __future__ import annotations

import math
import struct
import warnings
from typing import Any, Dict, List, Optional, Tuple


def _library(name: str) -> Any:
    """The module whose classes a case builds: numpy.random, or pyprng itself."""
    import importlib

    return importlib.import_module("numpy.random" if name == "numpy" else "pyprng")


def _build(lib: Any, api: str, seed: Any, is_numpy: bool) -> Any:
    kw: Dict[str, Any] = {} if is_numpy else {"output": "list"}
    if api == "RandomState":
        return lib.RandomState(seed, **kw)
    if api.startswith("Generator["):
        bitgen = getattr(lib, api[len("Generator[") : -1])(seed)
        return lib.Generator(bitgen, **kw)
    if api == "MT19937-legacy":
        mt = lib.MT19937()
        mt._legacy_seeding(seed)
        return mt
    return getattr(lib, api)(seed)


def plain(x: Any) -> Any:
    """numpy arrays/scalars, tuples, bytes -> lists, Python numbers, hex strings."""
    tolist = getattr(x, "tolist", None)
    if tolist is not None and not isinstance(x, (list, tuple, dict, str, bytes)):
        return plain(tolist())
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if isinstance(x, bytes):
        return {"bytes": x.hex()}
    if isinstance(x, float) and not math.isfinite(x):
        # JSON has no inf/nan, and a nan's sign bit is part of numpy's answer.
        return {"float64": struct.pack(">d", x).hex()}
    return x


def _error_name(exc: BaseException) -> str:
    """The exception's type, by its builtin base where numpy uses its own subclass.

    numpy raises ``numpy.exceptions.AxisError`` (a ValueError and IndexError);
    pyprng raises its own class of the same bases, so both are named by bases.
    """
    name = type(exc).__name__
    if name == "AxisError":
        return "AxisError(ValueError, IndexError)"
    return name


def _state(obj: Any, api: str) -> Any:
    if api == "RandomState":
        return plain(obj.get_state(legacy=False))
    if api.startswith("Generator["):
        return plain(obj.bit_generator.state)
    if api == "SeedSequence":
        return None
    return plain(obj.state)


def run_case(case: Dict[str, Any], lib_name: str = "pyprng") -> Dict[str, Any]:
    """Execute ``case`` on ``lib_name`` ('pyprng' or 'numpy'); return its outcome."""
    lib = _library(lib_name)
    api = case["api"]
    is_numpy = lib_name == "numpy"
    results: List[Any] = []
    states: List[Any] = []
    try:
        obj = _build(lib, api, case["seed"], is_numpy)
    except Exception as exc:  # noqa: BLE001 - the exception type is the outcome
        return {"error": _error_name(exc)}
    for method, args, kwargs in case["calls"]:
        kwargs = {
            k: (tuple(v) if k == "size" and isinstance(v, list) else v) for k, v in kwargs.items()
        }
        args = [
            list(a) if isinstance(a, list) else a for a in args
        ]  # fresh copies (shuffle mutates)
        try:
            with warnings.catch_warnings():
                # e.g. random_integers' DeprecationWarning: both libraries warn alike.
                warnings.simplefilter("ignore")
                value = getattr(obj, method)(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            results.append({"error": _error_name(exc)})
            states.append(_state(obj, api))
            continue
        if method == "shuffle":
            value = args[0]
        elif method == "jumped":
            obj, value = value, None
        elif method == "advance":
            value = None
        results.append(plain(value))
        states.append(_state(obj, api))
    return {"results": results, "states": states}


def _canon(x: Any) -> Any:
    if isinstance(x, float):
        return ("f", struct.unpack("<Q", struct.pack("<d", x))[0])
    if isinstance(x, dict):
        return {k: _canon(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_canon(v) for v in x]
    if isinstance(x, bool):
        return ("b", x)
    return x


def first_difference(ours: Any, theirs: Any, path: str = "") -> Optional[Tuple[str, Any, Any]]:
    """None if equal bit for bit, else (where, ours, theirs) of the first difference."""
    a, b = _canon(ours), _canon(theirs)
    if a == b:
        return None
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for k in sorted(set(ours) | set(theirs)):
            d = first_difference(ours.get(k), theirs.get(k), f"{path}.{k}" if path else k)
            if d:
                return d
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            return (f"{path} (length)", len(ours), len(theirs))
        for i, (u, v) in enumerate(zip(ours, theirs)):
            d = first_difference(u, v, f"{path}[{i}]")
            if d:
                return d
    return (path or "value", _short(ours), _short(theirs))


def _short(x: Any) -> Any:
    s = repr(x)
    return s if len(s) < 80 else s[:77] + "..."
