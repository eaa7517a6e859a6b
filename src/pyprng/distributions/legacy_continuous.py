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
from typing import Any

from .continuous import (
    c_div,
    c_exp,
    c_log,
    c_pow,
    marsaglia_tsang_gamma,
    random_poisson,
    vonmises_core,
    vonmises_s,
    wrap_int64,
)
from .legacy import LegacyState, legacy_gauss, legacy_standard_exponential

_sqrt = math.sqrt


def legacy_standard_gamma(state: LegacyState, shape: float) -> float:
    """``legacy_standard_gamma``: on the polar Gaussian and ``-log(1 - U)`` exponentials."""
    return marsaglia_tsang_gamma(
        state, state.bitgen.next_double, legacy_gauss, legacy_standard_exponential, shape
    )


def legacy_gamma(state: LegacyState, shape: float, scale: float) -> float:
    """``legacy_gamma``: ``scale * legacy_standard_gamma(shape)``."""
    return scale * legacy_standard_gamma(state, shape)


def legacy_chisquare(state: LegacyState, df: float) -> float:
    """``legacy_chisquare``: ``2 * legacy_standard_gamma(df / 2)``."""
    return 2.0 * legacy_standard_gamma(state, df / 2.0)


def legacy_beta(state: LegacyState, a: float, b: float) -> float:
    """``legacy_beta``: Johnk's algorithm for a, b <= 1 (1.16's log fallback), else gammas."""
    if a <= 1.0 and b <= 1.0:
        next_double = state.bitgen.next_double
        inv_a = 1.0 / a
        inv_b = 1.0 / b
        while True:
            U = next_double()
            V = next_double()
            X = c_pow(U, inv_a)
            Y = c_pow(V, inv_b)
            if X + Y <= 1.0:
                if X + Y > 0:
                    return X / (X + Y)
                logX = c_log(U) / a
                logY = c_log(V) / b
                logM = logX if logX > logY else logY
                logX -= logM
                logY -= logM
                return c_exp(logX - c_log(c_exp(logX) + c_exp(logY)))
    Ga = legacy_standard_gamma(state, a)
    Gb = legacy_standard_gamma(state, b)
    return c_div(Ga, Ga + Gb)


def legacy_f(state: LegacyState, dfnum: float, dfden: float) -> float:
    """``legacy_f``: the numerator's chi-square is drawn first."""
    num = legacy_chisquare(state, dfnum) * dfden
    return c_div(num, legacy_chisquare(state, dfden) * dfnum)


def legacy_noncentral_chisquare(state: LegacyState, df: float, nonc: float) -> float:
    """``legacy_noncentral_chisquare``: nan nonc still draws (the guard comes last)."""
    if nonc == 0:
        return legacy_chisquare(state, df)
    if 1 < df:
        Chi2 = legacy_chisquare(state, df - 1)
        n = legacy_gauss(state) + _sqrt(nonc)
        return Chi2 + n * n
    i = random_poisson(state.bitgen, nonc / 2.0)
    out = legacy_chisquare(state, df + wrap_int64(2 * i))
    if nonc != nonc:
        return math.nan
    return out


def legacy_noncentral_f(state: LegacyState, dfnum: float, dfden: float, nonc: float) -> float:
    """``legacy_noncentral_f``."""
    t = legacy_noncentral_chisquare(state, dfnum, nonc) * dfden
    return c_div(t, legacy_chisquare(state, dfden) * dfnum)


def legacy_standard_t(state: LegacyState, df: float) -> float:
    """``legacy_standard_t``: polar Gaussian over sqrt(legacy gamma(df/2))."""
    num = legacy_gauss(state)
    denom = legacy_standard_gamma(state, df / 2)
    return c_div(_sqrt(df / 2) * num, _sqrt(denom))


def legacy_standard_cauchy(state: LegacyState) -> float:
    """``legacy_standard_cauchy``: a ratio of two polar Gaussians, numerator first."""
    num = legacy_gauss(state)
    return c_div(num, legacy_gauss(state))


def legacy_pareto(state: LegacyState, a: float) -> float:
    """``legacy_pareto``: ``exp(E / a) - 1``."""
    return c_exp(legacy_standard_exponential(state) / a) - 1


def legacy_weibull(state: LegacyState, a: float) -> float:
    """``legacy_weibull``: ``E ** (1 / a)`` (0 for a == 0, without drawing)."""
    if a == 0.0:
        return 0.0
    return c_pow(legacy_standard_exponential(state), 1.0 / a)


def legacy_power(state: LegacyState, a: float) -> float:
    """``legacy_power``: ``(1 - exp(-E)) ** (1 / a)``."""
    return c_pow(1 - math.exp(-legacy_standard_exponential(state)), 1.0 / a)


def legacy_rayleigh(bitgen: Any, mode: float) -> float:
    """``legacy_rayleigh`` (takes the engine): ``mode * sqrt(-2 log1p(-U))``."""
    return mode * _sqrt(-2.0 * math.log1p(-bitgen.next_double()))


def legacy_wald(state: LegacyState, mean: float, scale: float) -> float:
    """``legacy_wald``: the 1.16 formula ``mean + mu/(2 scale) (Y - sqrt(4 scale Y + Y^2))``."""
    mu_2l = mean / (2 * scale)
    Y = legacy_gauss(state)
    Y = mean * Y * Y
    X = mean + mu_2l * (Y - _sqrt(4 * scale * Y + Y * Y))
    U = state.bitgen.next_double()
    if U <= c_div(mean, mean + X):
        return X
    return c_div(mean * mean, X)


def legacy_lognormal(state: LegacyState, mean: float, sigma: float) -> float:
    """``legacy_lognormal``: ``exp(mean + sigma * gauss)``."""
    return c_exp(mean + sigma * legacy_gauss(state))


def legacy_vonmises(bitgen: Any, mu: float, kappa: float) -> float:
    """``legacy_vonmises`` (takes the engine); no wrapped-normal branch for large kappa.

    As in numpy, kappa beyond about 1e15 makes the rejection loop (practically)
    endless: the envelope degenerates to ``s == 1``.
    """
    if kappa != kappa:
        return math.nan
    if kappa < 1e-8:
        return math.pi * (2 * bitgen.next_double() - 1)
    return vonmises_core(bitgen, mu, kappa, vonmises_s(kappa))


__all__ = [
    "legacy_beta",
    "legacy_chisquare",
    "legacy_f",
    "legacy_gamma",
    "legacy_lognormal",
    "legacy_noncentral_chisquare",
    "legacy_noncentral_f",
    "legacy_pareto",
    "legacy_power",
    "legacy_rayleigh",
    "legacy_standard_cauchy",
    "legacy_standard_gamma",
    "legacy_standard_t",
    "legacy_vonmises",
    "legacy_wald",
    "legacy_weibull",
]
