"""float32 arithmetic and float32 libm functions, for the float32 kernels.

A float32 value is carried as a Python float that is exactly representable in
float32.  Rounding the exact double result of ``a + b``, ``a - b``, ``a * b``,
``a / b`` or ``sqrt(a)`` of two float32 values once to float32 gives the
correctly rounded float32 result (double has >= 2*24 + 2 bits, so the double
rounding is innocuous), which is what C's float arithmetic produces.

``logf``/``expf``/``log1pf`` are different functions from their double
counterparts (a rounded ``log1p`` differs from ``log1pf`` in the last bit now
and then), so they are called from the C library through ctypes when it can
be loaded.  Without a C math library (or where ctypes is unavailable) they
fall back to the rounded double function: correct to within one float32 ulp,
but then not guaranteed bit-identical to numpy in those rare cases.
"""

from __future__ import annotations

import math
import struct
from array import array
from typing import Callable, List

_PACK = struct.Struct("f")


def f32(x: float) -> float:
    """Round a double to the nearest float32 (ties to even), as a Python float."""
    try:
        return _PACK.unpack(_PACK.pack(x))[0]
    except OverflowError:  # struct refuses values beyond FLT_MAX; C rounds to inf
        return math.copysign(math.inf, x) if not math.isnan(x) else x


def f32_list(values: List[float]) -> List[float]:
    """Round many doubles to float32 at C speed."""
    try:
        return array("f", values).tolist()
    except OverflowError:
        return [f32(v) for v in values]


def _load_libm() -> object:
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("m")
        lib = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        fns = []
        for fname in ("logf", "expf", "log1pf"):
            fn = getattr(lib, fname)
            fn.restype = ctypes.c_float
            fn.argtypes = (ctypes.c_float,)
            fns.append(fn)
        return fns
    except (ImportError, OSError, AttributeError, TypeError):  # pragma: no cover - no libm
        return None


_LIBM = _load_libm()

#: True when logf/expf/log1pf are the C library's own float functions.
HAVE_LIBM_FLOAT = _LIBM is not None


def _fallback(fn: Callable[[float], float]) -> Callable[[float], float]:
    def wrapped(x: float) -> float:
        try:
            return f32(fn(x))
        except (ValueError, OverflowError):
            # C semantics: log(0) = -inf, log of negative = nan, exp overflow = inf.
            if fn is math.exp:
                return math.inf
            return -math.inf if x == (0.0 if fn is math.log else -1.0) else math.nan

    return wrapped


if _LIBM is not None:
    logf, expf, log1pf = _LIBM  # type: ignore[misc]
else:  # pragma: no cover
    logf = _fallback(math.log)
    expf = _fallback(math.exp)
    log1pf = _fallback(math.log1p)

__all__ = ["HAVE_LIBM_FLOAT", "expf", "f32", "f32_list", "log1pf", "logf"]
