"""Discrete and multivariate methods of ``Generator`` and ``RandomState`` (mixins).

The mixins rely only on what both front-ends have: ``self._bit_generator``,
``self.lock``, ``self._output`` and, for RandomState, ``self._legacy`` (the
engine plus the cached polar Gaussian).  Parameters are checked as numpy's
``_generator.pyx`` / ``mtrand.pyx`` check them, in the same order, before
anything is drawn.
"""

from __future__ import annotations

import math
from functools import partial
from typing import Any, List

from .._output import broadcast_shapes, broadcast_to, container_for
from .._params import (
    BOUNDED_0_1,
    BOUNDED_GT_0_1,
    BOUNDED_LT_0_1,
    GT_1,
    GTE_1,
    LEGACY_NON_NEGATIVE_INBOUNDS_LONG,
    LEGACY_POISSON,
    NON_NEGATIVE,
    NONE,
    POISSON,
    POISSON_LAM_MAX,
    POSITIVE,
    POSITIVE_NOT_NAN,
    convert_params,
    draw,
)
from ..distributions import discrete as D
from ..distributions import legacy_discrete as LD
from ..distributions import multivariate as MV
from ..distributions.streams import doubles_only, legacy_doubles_only, words_only

_HYPERGEOM_MAX = 10**9


def _reject_strings(value: Any) -> None:
    if isinstance(value, (str, bytes)):
        raise TypeError("an integer is required")


def _max_lam_check(n: Any, p: Any, method: str) -> None:
    """numpy's guard that (1 - p) / p * (n + 10 sqrt(n)) stays below POISSON_LAM_MAX."""
    (nflat, pflat), (nshape, pshape), _ = convert_params([(n, "n", NONE, "d"), (p, "p", NONE, "d")])
    try:
        shape = broadcast_shapes(pshape, nshape)
    except ValueError:

        def fmt(s: Any) -> str:
            return "(" + ",".join(str(d) for d in s) + ("," if len(s) == 1 else "") + ")"

        raise ValueError(
            f"operands could not be broadcast together with shapes {fmt(pshape)} {fmt(nshape)} "
        ) from None
    for nv, pv in zip(broadcast_to(nflat, nshape, shape), broadcast_to(pflat, pshape, shape)):
        lam = (1 - pv) / pv * (nv + 10 * math.sqrt(nv))
        if lam > POISSON_LAM_MAX:
            raise ValueError(f"n too large or p too small, see {method} Notes")


def _hypergeometric_checks(ngood: Any, nbad: Any, nsample: Any, limit: bool) -> None:
    """The checks numpy makes before ``disc``: the 10**9 cap (Generator), then the sum."""
    for v in (ngood, nbad, nsample):
        _reject_strings(v)
    flats, shapes, _ = convert_params(
        [(ngood, "ngood", NONE, "l"), (nbad, "nbad", NONE, "l"), (nsample, "nsample", NONE, "l")]
    )
    if limit and (
        any(g >= _HYPERGEOM_MAX for g in flats[0]) or any(b >= _HYPERGEOM_MAX for b in flats[1])
    ):
        raise ValueError(f"both ngood and nbad must be less than {_HYPERGEOM_MAX}")
    shape = broadcast_shapes(*shapes)
    cols = [broadcast_to(f, s, shape) for f, s in zip(flats, shapes)]
    for g, b, s in zip(*cols):
        if D.wrap64(g + b) < s:
            raise ValueError("ngood + nbad < nsample")


class GeneratorDiscrete:
    """Generator's discrete and multivariate distributions."""

    _bit_generator: Any
    lock: Any
    _output: Any

    def binomial(self, n: Any, p: Any, size: Any = None) -> Any:
        """Draw samples from a binomial distribution.

        Parameters
        ----------
        n : int or array_like of ints
            Number of trials, >= 0 (floats are truncated).
        p : float or array_like of floats
            Probability of success, in [0, 1].
        size : int or tuple of ints, optional

        Returns
        -------
        int or list/ndarray of int64
            Inversion when ``n * min(p, 1-p) <= 30``, else BTPE; nothing is
            drawn when ``n == 0`` or ``p == 0``.
        """
        _reject_strings(n)
        return draw(
            D.binomial,
            self._bit_generator,
            self.lock,
            size,
            [(p, "p", BOUNDED_0_1, "d"), (n, "n", NON_NEGATIVE, "l")],
            container_for(self._output),
            "int64",
            bulk=D.binomial_bulk,
        )

    def negative_binomial(self, n: Any, p: Any, size: Any = None) -> Any:
        """Draw samples from a negative binomial distribution.

        Parameters
        ----------
        n : float or array_like of floats
            Number of successes, > 0 (not NaN).
        p : float or array_like of floats
            Probability of success, in (0, 1].
        size : int or tuple of ints, optional

        Notes
        -----
        A Poisson draw with a gamma-distributed mean; numpy refuses parameters
        for which ``(1 - p) / p * (n + 10 sqrt(n))`` exceeds the Poisson limit.
        """
        from ..distributions.continuous import random_standard_gamma

        convert_params([(n, "n", POSITIVE_NOT_NAN, "d"), (p, "p", BOUNDED_GT_0_1, "d")])
        _max_lam_check(n, p, "Generator.negative_binomial")
        kernel = partial(D.negative_binomial, standard_gamma=random_standard_gamma)
        return draw(
            kernel,
            self._bit_generator,
            self.lock,
            size,
            [(n, "n", NONE, "d"), (p, "p", NONE, "d")],
            container_for(self._output),
            "int64",
            bulk=words_only(kernel),
        )

    def poisson(self, lam: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Poisson distribution.

        Parameters
        ----------
        lam : float or array_like of floats
            Expected number of events, >= 0 and below ~9.2e18.
        size : int or tuple of ints, optional
        """
        return draw(
            D.poisson,
            self._bit_generator,
            self.lock,
            size,
            [(lam, "lam", POISSON, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(D.poisson),
        )

    def zipf(self, a: Any, size: Any = None) -> Any:
        """Draw samples from a Zipf distribution.

        Parameters
        ----------
        a : float or array_like of floats
            Distribution parameter, > 1.
        size : int or tuple of ints, optional
        """
        return draw(
            D.zipf,
            self._bit_generator,
            self.lock,
            size,
            [(a, "a", GT_1, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(D.zipf),
        )

    def geometric(self, p: Any, size: Any = None) -> Any:
        """Draw samples from the geometric distribution (trials to the first success).

        Parameters
        ----------
        p : float or array_like of floats
            Probability of success, in (0, 1].
        size : int or tuple of ints, optional
        """
        return draw(
            D.geometric,
            self._bit_generator,
            self.lock,
            size,
            [(p, "p", BOUNDED_GT_0_1, "d")],
            container_for(self._output),
            "int64",
            bulk=D.geometric_fill,
        )

    def hypergeometric(self, ngood: Any, nbad: Any, nsample: Any, size: Any = None) -> Any:
        """Draw samples from a hypergeometric distribution.

        Parameters
        ----------
        ngood, nbad : int or array_like of ints
            Numbers of good and bad items, >= 0 and < 10**9.
        nsample : int or array_like of ints
            Items drawn, 0 <= nsample <= ngood + nbad.
        size : int or tuple of ints, optional
        """
        _hypergeometric_checks(ngood, nbad, nsample, limit=True)
        return draw(
            D.hypergeometric,
            self._bit_generator,
            self.lock,
            size,
            [
                (ngood, "ngood", NON_NEGATIVE, "l"),
                (nbad, "nbad", NON_NEGATIVE, "l"),
                (nsample, "nsample", NON_NEGATIVE, "l"),
            ],
            container_for(self._output),
            "int64",
        )

    def logseries(self, p: Any, size: Any = None) -> Any:
        """Draw samples from a logarithmic series distribution.

        Parameters
        ----------
        p : float or array_like of floats
            Shape parameter, in [0, 1).
        size : int or tuple of ints, optional
        """
        return draw(
            D.logseries,
            self._bit_generator,
            self.lock,
            size,
            [(p, "p", BOUNDED_LT_0_1, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(D.logseries),
        )

    def multinomial(self, n: Any, pvals: Any, size: Any = None) -> Any:
        """Draw samples from a multinomial distribution.

        Parameters
        ----------
        n : int or array_like of ints
            Number of experiments, >= 0.
        pvals : array_like of floats
            Probabilities; the last axis holds one distribution (its last entry
            is implied: whatever ``sum(pvals[:-1])`` leaves).
        size : int or tuple of ints, optional

        Returns
        -------
        list or ndarray of int64
            Shape ``size + (len(pvals),)`` or the broadcast shape of ``n`` and
            ``pvals[..., 0]`` plus the last axis.
        """
        flat, shape = MV.multinomial(self._bit_generator, self.lock, n, pvals, size, legacy=False)
        return container_for(self._output).array(flat, shape, "int64")

    def multivariate_hypergeometric(
        self, colors: Any, nsample: Any, size: Any = None, method: str = "marginals"
    ) -> Any:
        """Draw samples from a multivariate hypergeometric distribution.

        Parameters
        ----------
        colors : sequence of ints
            Number of items of each color, >= 0.
        nsample : int
            Items drawn, <= sum(colors).
        size : int or tuple of ints, optional
        method : {'marginals', 'count'}
            'marginals' draws one hypergeometric per color (sum(colors) < 10**9);
            'count' shuffles a list of all items.
        """
        flat, shape = MV.multivariate_hypergeometric(
            self._bit_generator, self.lock, colors, nsample, size, method
        )
        return container_for(self._output).array(flat, shape, "int64")

    def dirichlet(self, alpha: Any, size: Any = None) -> Any:
        """Draw samples from the Dirichlet distribution.

        Parameters
        ----------
        alpha : sequence of floats
            Concentration parameters, >= 0.  When ``max(alpha) < 0.1`` numpy
            uses stick-breaking with beta variates, else normalised gammas.
        size : int or tuple of ints, optional
        """
        flat, shape = MV.dirichlet(self._bit_generator, self.lock, alpha, size)
        return container_for(self._output).array(flat, shape, "float64")

    def multivariate_normal(
        self,
        mean: Any,
        cov: Any,
        size: Any = None,
        check_valid: str = "warn",
        tol: float = 1e-8,
        *,
        method: str = "svd",
    ) -> Any:
        """Draw samples from a multivariate normal distribution.

        Parameters
        ----------
        mean : 1-D array_like, of length N
        cov : 2-D array_like, of shape (N, N)
            Symmetric positive-semidefinite covariance.
        size : int or tuple of ints, optional
        check_valid : {'warn', 'raise', 'ignore'}
            What to do when ``cov`` is not positive-semidefinite.
        tol : float
            Tolerance of that check.
        method : {'svd', 'eigh', 'cholesky'}

        Notes
        -----
        Not bit-exact in general: numpy factors ``cov`` with LAPACK, pyprng
        with its own Jacobi SVD / eigendecomposition and Cholesky.  The
        standard normals drawn (and so the generator's state afterwards) are
        exactly numpy's; the samples agree to about 1e-12 relative to the
        scale of ``cov`` for well-conditioned covariances, and exactly for
        diagonal ones with ``method='cholesky'`` (see
        ``docs/status-notes-discrete.md``).
        """
        from ..distributions.ziggurat import standard_normal

        flat, shape = MV.multivariate_normal(
            lambda: standard_normal(self._bit_generator),
            self.lock,
            mean,
            cov,
            size,
            check_valid,
            tol,
            method,
            generator=True,
        )
        return container_for(self._output).array(flat, shape, "float64")


class LegacyDiscrete:
    """RandomState's discrete and multivariate distributions (numpy's frozen kernels)."""

    _bit_generator: Any
    _legacy: Any
    lock: Any
    _output: Any

    def binomial(self, n: Any, p: Any, size: Any = None) -> Any:
        """Draw samples from a binomial distribution.

        Parameters
        ----------
        n : int or array_like of ints
            Number of trials, >= 0 (floats are truncated).
        p : float or array_like of floats
            Probability of success, in [0, 1].
        size : int or tuple of ints, optional

        Notes
        -----
        The legacy sampler draws one double even when ``n == 0`` or ``p == 0``.
        """
        _reject_strings(n)
        return draw(
            LD.legacy_binomial,
            self._bit_generator,
            self.lock,
            size,
            [(p, "p", BOUNDED_0_1, "d"), (n, "n", LEGACY_NON_NEGATIVE_INBOUNDS_LONG, "l")],
            container_for(self._output),
            "int64",
            bulk=LD.legacy_binomial_bulk,
        )

    def negative_binomial(self, n: Any, p: Any, size: Any = None) -> Any:
        """Draw samples from a negative binomial distribution.

        Parameters
        ----------
        n : float or array_like of floats
            Number of successes, > 0.
        p : float or array_like of floats
            Probability of success, in [0, 1].
        size : int or tuple of ints, optional
        """
        from ..distributions.legacy_continuous import legacy_standard_gamma

        kernel = partial(LD.legacy_negative_binomial, standard_gamma=legacy_standard_gamma)
        return draw(
            kernel,
            self._legacy,
            self.lock,
            size,
            [(n, "n", POSITIVE, "d"), (p, "p", BOUNDED_0_1, "d")],
            container_for(self._output),
            "int64",
            bulk=legacy_doubles_only(kernel),
        )

    def poisson(self, lam: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Poisson distribution.

        Parameters
        ----------
        lam : float or array_like of floats
            Expected number of events, >= 0 and below ~9.2e18.
        size : int or tuple of ints, optional
        """
        return draw(
            LD.legacy_poisson,
            self._bit_generator,
            self.lock,
            size,
            [(lam, "lam", LEGACY_POISSON, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(LD.legacy_poisson),
        )

    def zipf(self, a: Any, size: Any = None) -> Any:
        """Draw samples from a Zipf distribution.

        Parameters
        ----------
        a : float or array_like of floats
            Distribution parameter, > 1.
        size : int or tuple of ints, optional
        """
        return draw(
            LD.legacy_zipf,
            self._bit_generator,
            self.lock,
            size,
            [(a, "a", GT_1, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(LD.legacy_zipf),
        )

    def geometric(self, p: Any, size: Any = None) -> Any:
        """Draw samples from the geometric distribution.

        Parameters
        ----------
        p : float or array_like of floats
            Probability of success, in (0, 1].
        size : int or tuple of ints, optional

        Notes
        -----
        As numpy's legacy kernel, a result beyond the int64 range (tiny ``p``)
        comes back as -2**63 (C's cast).
        """
        return draw(
            LD.legacy_geometric,
            self._bit_generator,
            self.lock,
            size,
            [(p, "p", BOUNDED_GT_0_1, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(LD.legacy_geometric),
        )

    def hypergeometric(self, ngood: Any, nbad: Any, nsample: Any, size: Any = None) -> Any:
        """Draw samples from a hypergeometric distribution.

        Parameters
        ----------
        ngood, nbad : int or array_like of ints
            Numbers of good and bad items, >= 0.
        nsample : int or array_like of ints
            Items drawn, 1 <= nsample <= ngood + nbad.
        size : int or tuple of ints, optional
        """
        _hypergeometric_checks(ngood, nbad, nsample, limit=False)
        return draw(
            LD.legacy_hypergeometric,
            self._bit_generator,
            self.lock,
            size,
            [
                (ngood, "ngood", LEGACY_NON_NEGATIVE_INBOUNDS_LONG, "l"),
                (nbad, "nbad", NON_NEGATIVE, "l"),
                (nsample, "nsample", GTE_1, "l"),
            ],
            container_for(self._output),
            "int64",
            bulk=doubles_only(LD.legacy_hypergeometric),
        )

    def logseries(self, p: Any, size: Any = None) -> Any:
        """Draw samples from a logarithmic series distribution.

        Parameters
        ----------
        p : float or array_like of floats
            Shape parameter, in [0, 1).
        size : int or tuple of ints, optional
        """
        return draw(
            LD.legacy_logseries,
            self._bit_generator,
            self.lock,
            size,
            [(p, "p", BOUNDED_LT_0_1, "d")],
            container_for(self._output),
            "int64",
            bulk=doubles_only(LD.legacy_logseries),
        )

    def multinomial(self, n: Any, pvals: Any, size: Any = None) -> Any:
        """Draw samples from a multinomial distribution.

        Parameters
        ----------
        n : int
            Number of experiments, >= 0.
        pvals : sequence of floats
            1-D probabilities (the last is implied by the others).
        size : int or tuple of ints, optional
        """
        flat, shape = MV.multinomial(self._bit_generator, self.lock, n, pvals, size, legacy=True)
        return container_for(self._output).array(flat, shape, "int64")

    def dirichlet(self, alpha: Any, size: Any = None) -> Any:
        """Draw samples from the Dirichlet distribution (normalised legacy gammas).

        Parameters
        ----------
        alpha : sequence of floats
            Concentration parameters, > 0.
        size : int or tuple of ints, optional
        """
        flat, shape = MV.legacy_dirichlet(self._legacy, self.lock, alpha, size)
        return container_for(self._output).array(flat, shape, "float64")

    def multivariate_normal(
        self, mean: Any, cov: Any, size: Any = None, check_valid: str = "warn", tol: float = 1e-8
    ) -> Any:
        """Draw samples from a multivariate normal distribution (SVD factor, as numpy).

        Parameters
        ----------
        mean : 1-D array_like, of length N
        cov : 2-D array_like, of shape (N, N)
        size : int or tuple of ints, optional
        check_valid : {'warn', 'raise', 'ignore'}
        tol : float

        Notes
        -----
        Not bit-exact in general: numpy uses LAPACK's SVD, pyprng its own
        one-sided Jacobi SVD.  The polar Gaussians consumed, and so the state
        (cached Gaussian included), are exactly numpy's; samples agree to about
        1e-12 relative to the scale of ``cov`` for well-conditioned covariances
        (see ``docs/status-notes-discrete.md``).
        """
        from ..distributions.legacy import legacy_gauss

        flat, shape = MV.multivariate_normal(
            lambda: legacy_gauss(self._legacy),
            self.lock,
            mean,
            cov,
            size,
            check_valid,
            tol,
            "svd",
            generator=False,
        )
        return container_for(self._output).array(flat, shape, "float64")


__all__: List[str] = ["GeneratorDiscrete", "LegacyDiscrete"]
