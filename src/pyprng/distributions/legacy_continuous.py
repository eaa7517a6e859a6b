"""RandomState's continuous kernels (numpy's ``src/legacy/legacy-distributions.c``).

These are frozen copies of the NumPy 1.16 algorithms, kept so RandomState's
streams never change.  Most draw from a :class:`~pyprng.distributions.legacy.LegacyState`
(the engine plus the cached polar Gaussian); ``legacy_vonmises`` and
``legacy_rayleigh`` take the engine itself, as in C.  RandomState also uses
the shared kernels of :mod:`pyprng.distributions.continuous` (laplace, gumbel,
logistic, triangular and the Poisson draw inside noncentral_chisquare).
"""

from __future__ import annotations

import math
from .continuous import c_log, c_pow
from .legacy import LegacyState, legacy_gauss, legacy_standard_exponential

_sqrt = math.sqrt


def legacy_standard_gamma(state: LegacyState, shape: float) -> float:
    """``legacy_standard_gamma``: Marsaglia-Tsang on the polar Gaussian; -log(1-U) exponentials."""
    if shape == 1.0:
        return legacy_standard_exponential(state)
    if shape == 0.0:
        return 0.0
    next_double = state.bitgen.next_double
    if shape < 1.0:
        inv = 1.0 / shape
        while True:
            U = next_double()
            V = legacy_standard_exponential(state)
            if U <= 1.0 - shape:
                X = c_pow(U, inv)
                if X <= V:
                    return X
            else:
                Y = -c_log((1.0 - U) / shape)
                X = c_pow(1.0 - shape + shape * Y, inv)
                if X <= V + Y:
                    return X
    b = shape - 1.0 / 3.0
    c = 1.0 / _sqrt(9 * b)
    while True:
        while True:
            X = legacy_gauss(state)
            V = 1.0 + c * X
            if not V <= 0.0:
                break
        V = V * V * V
        U = next_double()
        if U < 1.0 - 0.0331 * (X * X) * (X * X):
            return b * V
        if c_log(U) < 0.5 * X * X + b * (1.0 - V + c_log(V)):
            return b * V


def legacy_gamma(state: LegacyState, shape: float, scale: float) -> float:
    """``legacy_gamma``: ``scale * legacy_standard_gamma(shape)``."""
    return scale * legacy_standard_gamma(state, shape)

