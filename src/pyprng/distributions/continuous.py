"""Continuous distributions for Generator (numpy's ``src/distributions/distributions.c``).

Each kernel is ``kernel(bitgen, *params) -> float`` and names the C function it
mirrors.  The arithmetic follows the C source operation by operation (left to
right, no fused multiply-add), because that order is what makes the last bit
agree.  Where C's libm returns inf or nan (``log(0)``, ``pow`` overflow,
``x / 0``) Python's ``math`` raises; the ``c_*`` helpers below give C's result.

RandomState shares ``random_laplace``, ``random_gumbel``, ``random_logistic``
and ``random_triangular`` with Generator (mtrand calls the same C functions);
its own frozen kernels are in :mod:`pyprng.distributions.legacy_continuous`.
"""

from __future__ import annotations

import math
from typing import Any, Callable, List

from ._float32 import HAVE_LIBM_FLOAT, f32, logf
from .ziggurat import (
    standard_exponential,
    standard_exponential_f,
    standard_exponential_fill,
    standard_normal,
    standard_normal_f,
    standard_normal_fill,
)

_log = math.log
_sqrt = math.sqrt
_pow = math.pow
_exp = math.exp
_expm1 = math.expm1
_cos = math.cos
_fabs = math.fabs
_floor = math.floor
_INF = math.inf
_NAN = math.nan
_PI = math.pi
_INT64_MIN = -(1 << 63)


# --------------------------------------------------------------------------------------
# C semantics for libm and division (Python raises where C returns inf/nan)
# --------------------------------------------------------------------------------------
def c_log(x: float) -> float:
    """C's ``log``: ``log(±0) = -inf``, ``log(x < 0) = nan``."""
    try:
        return _log(x)
    except ValueError:
        return -_INF if x == 0.0 else _NAN


def c_log1p(x: float) -> float:
    """C's ``log1p``: ``log1p(-1) = -inf``, ``log1p(x < -1) = nan``."""
    try:
        return math.log1p(x)
    except ValueError:
        return -_INF if x == -1.0 else _NAN


def c_exp(x: float) -> float:
    """C's ``exp``: overflow gives inf."""
    try:
        return _exp(x)
    except OverflowError:
        return _INF


def c_expm1(x: float) -> float:
    """C's ``expm1``: overflow gives inf."""
    try:
        return _expm1(x)
    except OverflowError:
        return _INF


def _is_odd_integer(y: float) -> bool:
    return math.isfinite(y) and y == _floor(y) and _fabs(y) < 2.0**53 and int(y) % 2 == 1


def c_pow(x: float, y: float) -> float:
    """C's ``pow``: overflow gives ±inf, ``pow(±0, y < 0)`` gives ±inf, bad domain nan."""
    try:
        return _pow(x, y)
    except OverflowError:
        return -_INF if x < 0.0 and _is_odd_integer(y) else _INF
    except ValueError:
        if x == 0.0:  # y < 0: a pole
            return math.copysign(_INF, x) if _is_odd_integer(y) else _INF
        return _NAN  # negative base, non-integer exponent


def c_sqrt(x: float) -> float:
    """C's ``sqrt``: nan for x < 0."""
    try:
        return _sqrt(x)
    except ValueError:
        return _NAN


def c_div(a: float, b: float) -> float:
    """C's ``a / b`` for doubles: division by ±0 gives ±inf or nan."""
    try:
        return a / b
    except ZeroDivisionError:
        if a == 0.0 or a != a:
            return _NAN
        return math.copysign(_INF, a) * math.copysign(1.0, b)


def c_acos(x: float) -> float:
    try:
        return math.acos(x)
    except ValueError:
        return _NAN


def c_fmod(x: float, y: float) -> float:
    try:
        return math.fmod(x, y)
    except ValueError:
        return _NAN


def c_int64(x: float) -> int:
    """A C ``(int64_t)`` cast of a double as x86-64 does it: nan and out of range -> INT64_MIN."""
    if x != x or not (-9.223372036854775808e18 <= x < 9.223372036854775808e18):
        return _INT64_MIN
    return int(x)


def wrap_int64(v: int) -> int:
    """Two's-complement wrap-around of a C int64 expression."""
    v &= 0xFFFFFFFFFFFFFFFF
    return v - (1 << 64) if v >> 63 else v


# powf is not in _float32; load it the same way (the C library's own float function).
def _load_powf() -> Callable[[float, float], float]:
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("m")
        lib = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        fn = lib.powf
        fn.restype = ctypes.c_float
        fn.argtypes = (ctypes.c_float, ctypes.c_float)
        return fn  # type: ignore[no-any-return]
    except (ImportError, OSError, AttributeError, TypeError):  # pragma: no cover - no libm
        def powf(x: float, y: float) -> float:  # within one float32 ulp of C's powf
            return f32(c_pow(x, y))

        return powf


powf = _load_powf()
#: True when float32 gamma uses the C library's own logf/powf (bit-exact with numpy).
HAVE_LIBM_POWF = HAVE_LIBM_FLOAT and not hasattr(powf, "__code__")


# --------------------------------------------------------------------------------------
# gamma
# --------------------------------------------------------------------------------------
def random_standard_gamma(bitgen: Any, shape: float) -> float:
    """numpy's ``random_standard_gamma``: Marsaglia-Tsang; shape < 1 by rejection (Johnk-like)."""
    if shape == 1.0:
        return standard_exponential(bitgen)
    if shape == 0.0:
        return 0.0
    next_double = bitgen.next_double
    if shape < 1.0:
        inv = 1.0 / shape
        while True:
            U = next_double()
            V = standard_exponential(bitgen)
            if U <= 1.0 - shape:
                X = c_pow(U, inv)
                if X <= V:
                    return X
            else:
                Y = -c_log((1.0 - U) / shape)
                X = c_pow(1.0 - shape + shape * Y, inv)
                if X <= V + Y:
                    return X
    # shape > 1, and also nan / inf (C falls through to this branch too)
    b = shape - 1.0 / 3.0
    c = 1.0 / _sqrt(9 * b)
    while True:
        while True:
            X = standard_normal(bitgen)
            V = 1.0 + c * X
            if not V <= 0.0:
                break
        V = V * V * V
        U = next_double()
        if U < 1.0 - 0.0331 * (X * X) * (X * X):
            return b * V
        if c_log(U) < 0.5 * X * X + b * (1.0 - V + c_log(V)):
            return b * V


_THIRD_F = f32(1.0 / 3.0)
_C0331_F = f32(0.0331)


def random_standard_gamma_f(bitgen: Any, shape: float) -> float:
    """numpy's ``random_standard_gamma_f``: the same algorithm in float32 arithmetic.

    ``shape`` must already be a float32 value.  Every + - * / and sqrt is
    rounded to float32; ``logf``/``powf`` are the C library's float functions.
    """
    if shape == 1.0:
        return standard_exponential_f(bitgen)
    if shape == 0.0:
        return 0.0
    next_float = bitgen.next_float
    if shape < 1.0:
        inv = f32(1.0 / shape)
        one_minus = f32(1.0 - shape)
        while True:
            U = next_float()
            V = standard_exponential_f(bitgen)
            if U <= one_minus:
                X = powf(U, inv)
                if X <= V:
                    return X
            else:
                Y = -logf(f32(f32(1.0 - U) / shape))
                X = powf(f32(one_minus + f32(shape * Y)), inv)
                if X <= f32(V + Y):
                    return X
    b = f32(shape - _THIRD_F)
    c = f32(1.0 / f32(_sqrt(f32(9.0 * b))))
    while True:
        while True:
            X = standard_normal_f(bitgen)
            V = f32(1.0 + f32(c * X))
            if not V <= 0.0:
                break
        V = f32(f32(V * V) * V)
        U = next_float()
        XX = f32(X * X)
        if U < f32(1.0 - f32(f32(_C0331_F * XX) * XX)):
            return f32(b * V)
        if logf(U) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1.0 - V) + logf(V)))):
            return f32(b * V)


def random_gamma(bitgen: Any, shape: float, scale: float) -> float:
    """numpy's ``random_gamma``: ``scale * standard_gamma(shape)``."""
    return scale * random_standard_gamma(bitgen, shape)
