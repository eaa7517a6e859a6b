"""Continuous distributions as mixins for ``Generator`` and ``RandomState``.

numpy's ``_generator.pyx`` and ``mtrand.pyx`` call ``cont`` (``_common.pyx``)
with a kernel and each parameter's name and constraint; here each method does
the same with :func:`pyprng._params.draw`.  The mixins rely only on what both
front-ends have: ``_bit_generator``, ``lock``, ``_output`` and, for
RandomState, ``_legacy`` (the engine plus the cached Gaussian).
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Sequence

from .._output import as_flat, broadcast_shapes, broadcast_to, container_for, nest, numpy_if_loaded
from .._params import NON_NEGATIVE, NONE, POSITIVE, Param, draw, to_double
from ..distributions import continuous as C
from ..distributions import legacy_continuous as L
from ..distributions._float32 import f32
from ..distributions.streams import doubles_only, legacy_doubles_only, words_only


class _FlatContainer:
    """A container that hands back the flat C-order values (to fill ``out=`` arrays)."""

    kind = "flat"

    @staticmethod
    def scalar(value: Any, dtype: str, numpy_scalar: bool = False) -> List[Any]:
        return [value]

    @staticmethod
    def array(flat: List[Any], shape: Any, dtype: str) -> List[Any]:
        return flat


_FLAT = _FlatContainer()


def _check_out_c(out: Any, dtype_name: str, size: Any) -> None:
    """numpy's ``check_output(out, dtype, size, require_c_array=True)``."""
    np = numpy_if_loaded()
    if np is None or not isinstance(out, np.ndarray):
        raise ValueError(
            "Supplied output array must be C-contiguous, writable, aligned, and in "
            "machine byte-order."
        )
    flags = out.flags
    if not (flags.c_contiguous and flags.aligned and flags.writeable and out.dtype.isnative):
        raise ValueError(
            "Supplied output array must be C-contiguous, writable, aligned, and in "
            "machine byte-order."
        )
    if out.dtype != np.dtype(dtype_name):
        raise TypeError(
            "Supplied output array has the wrong type. "
            f"Expected {np.dtype(dtype_name)}, got {out.dtype}"
        )
    if size is not None:
        try:
            tup = tuple(size)
        except TypeError:
            tup = (size,)
        if tup != out.shape:
            raise ValueError("size must match out.shape when used together")


def _shape_str(shape: Any) -> str:
    return "(" + ",".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _triangular_params(left: Any, mode: Any, right: Any) -> List[Param]:
    """numpy's triangular checks: ``left > mode``, ``mode > right``, ``left == right``."""
    flats, shapes = [], []
    for v in (left, mode, right):
        flat, shape = as_flat(v)
        flats.append([to_double(x) for x in flat])
        shapes.append(shape)
    if not any(shapes):
        fleft, fmode, fright = (f[0] for f in flats)
        if fleft > fmode:
            raise ValueError("left > mode")
        if fmode > fright:
            raise ValueError("mode > right")
        if fleft == fright:
            raise ValueError("left == right")
        return [(fleft, "", NONE, "d"), (fmode, "", NONE, "d"), (fright, "", NONE, "d")]
    # numpy compares the arrays pairwise (np.greater / np.equal broadcast each pair)
    for (i, j, test, msg) in (
        (0, 1, lambda a, b: a > b, "left > mode"),
        (1, 2, lambda a, b: a > b, "mode > right"),
        (0, 2, lambda a, b: a == b, "left == right"),
    ):
        try:
            shape = broadcast_shapes(shapes[i], shapes[j])
        except ValueError:  # the ufunc's message
            raise ValueError(
                "operands could not be broadcast together with shapes "
                f"{_shape_str(shapes[i])} {_shape_str(shapes[j])} "
            ) from None
        xs = broadcast_to(flats[i], shapes[i], shape)
        ys = broadcast_to(flats[j], shapes[j], shape)
        if any(test(a, b) for a, b in zip(xs, ys)):
            raise ValueError(msg)
    return [(nest(f, s), "", NONE, "d") for f, s in zip(flats, shapes)]


class GeneratorContinuous:
    """Generator's continuous distributions (numpy's ``_generator.pyx``)."""

    _bit_generator: Any
    lock: Any
    _output: Optional[str]

    def _cont(
        self,
        kernel: Callable[..., float],
        size: Any,
        params: Sequence[Param],
        bulk: Optional[Callable[..., List[float]]] = None,
    ) -> Any:
        return draw(
            kernel, self._bit_generator, self.lock, size, params,
            container_for(self._output), bulk=bulk,
        )

    def standard_gamma(
        self, shape: Any, size: Any = None, dtype: Any = "float64", out: Any = None
    ) -> Any:
        """Draw samples from a standard Gamma distribution (scale 1).

        Parameters
        ----------
        shape : float or array_like of floats
            Shape of the distribution; must be non-negative.
        size : int or tuple of ints, optional
            Output shape; None gives one value (or the broadcast shape of ``shape``).
        dtype : {float64, float32}, optional
            float32 draws use float32 arithmetic and the float32 ziggurats, as numpy.
        out : numpy.ndarray, optional
            A C-contiguous array of ``dtype``, filled in place and returned.

        Returns
        -------
        float or array of floats

        Raises
        ------
        ValueError
            ``shape < 0``; a bad ``out``.
        TypeError
            ``dtype`` not float64/float32; ``out`` of another dtype.
        """
        from ..generator import _resolve  # late: generator.py imports this module

        d = _resolve(dtype, "standard_gamma", "f")
        if out is not None:
            _check_out_c(out, d.name, size)
        if d.name == "float64":
            kernel: Callable[..., float] = C.random_standard_gamma
            params: List[Param] = [(shape, "shape", NON_NEGATIVE, "d")]
        else:
            # numpy casts shape to float32 before checking and drawing
            flat, shp = as_flat(shape)
            vals = [f32(to_double(v)) for v in flat]
            kernel = C.random_standard_gamma_f
            params = [(nest(vals, shp) if shp else vals[0], "shape", NON_NEGATIVE, "d")]
        if out is not None:
            values = draw(
                kernel, self._bit_generator, self.lock, tuple(out.shape), params, _FLAT, d.name
            )
            out.reshape(-1)[...] = values
            return out
        return draw(
            kernel, self._bit_generator, self.lock, size, params,
            container_for(self._output), d.name,
            bulk=C.random_standard_gamma_fill if d.name == "float64" else None,
        )

    def gamma(self, shape: Any, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Gamma distribution: ``scale * standard_gamma(shape)``.

        Parameters
        ----------
        shape : float or array_like of floats
            Non-negative.
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``shape < 0`` or ``scale < 0``.
        """
        return self._cont(
            C.random_gamma, size,
            [(shape, "shape", NON_NEGATIVE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_gamma_fill,
        )

    def beta(self, a: Any, b: Any, size: Any = None) -> Any:
        """Draw samples from a Beta distribution.

        Parameters
        ----------
        a, b : float or array_like of floats
            Positive shape parameters.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a <= 0`` or ``b <= 0``.
        """
        return self._cont(
            C.random_beta, size, [(a, "a", POSITIVE, "d"), (b, "b", POSITIVE, "d")],
            bulk=words_only(C.random_beta),
        )

    def f(self, dfnum: Any, dfden: Any, size: Any = None) -> Any:
        """Draw samples from an F distribution.

        Parameters
        ----------
        dfnum, dfden : float or array_like of floats
            Degrees of freedom of numerator and denominator; positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``dfnum <= 0`` or ``dfden <= 0``.
        """
        return self._cont(
            C.random_f, size,
            [(dfnum, "dfnum", POSITIVE, "d"), (dfden, "dfden", POSITIVE, "d")],
            bulk=words_only(C.random_f),
        )

    def noncentral_f(self, dfnum: Any, dfden: Any, nonc: Any, size: Any = None) -> Any:
        """Draw samples from the noncentral F distribution.

        Parameters
        ----------
        dfnum, dfden : float or array_like of floats
            Positive degrees of freedom.
        nonc : float or array_like of floats
            Non-centrality, non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``dfnum <= 0``, ``dfden <= 0`` or ``nonc < 0``.
        """
        return self._cont(
            C.random_noncentral_f, size,
            [
                (dfnum, "dfnum", POSITIVE, "d"),
                (dfden, "dfden", POSITIVE, "d"),
                (nonc, "nonc", NON_NEGATIVE, "d"),
            ],
            bulk=words_only(C.random_noncentral_f),
        )

    def chisquare(self, df: Any, size: Any = None) -> Any:
        """Draw samples from a chi-square distribution: ``2 * standard_gamma(df / 2)``.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom; positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``df <= 0``.
        """
        return self._cont(
            C.random_chisquare, size, [(df, "df", POSITIVE, "d")], bulk=C.random_chisquare_fill
        )

    def noncentral_chisquare(self, df: Any, nonc: Any, size: Any = None) -> Any:
        """Draw samples from a noncentral chi-square distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom; positive.
        nonc : float or array_like of floats
            Non-centrality, non-negative (nan gives nan without drawing).
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``df <= 0`` or ``nonc < 0``.
        """
        return self._cont(
            C.random_noncentral_chisquare, size,
            [(df, "df", POSITIVE, "d"), (nonc, "nonc", NON_NEGATIVE, "d")],
            bulk=words_only(C.random_noncentral_chisquare),
        )

    def standard_cauchy(self, size: Any = None) -> Any:
        """Draw samples from a standard Cauchy distribution (a ratio of two normals).

        Parameters
        ----------
        size : int or tuple of ints, optional
        """
        return self._cont(
            C.random_standard_cauchy, size, (), bulk=C.random_standard_cauchy_fill
        )

    def standard_t(self, df: Any, size: Any = None) -> Any:
        """Draw samples from a standard Student's t distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom; positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``df <= 0``.
        """
        return self._cont(
            C.random_standard_t, size, [(df, "df", POSITIVE, "d")],
            bulk=words_only(C.random_standard_t),
        )

    def vonmises(self, mu: Any, kappa: Any, size: Any = None) -> Any:
        """Draw samples from a von Mises distribution on [-pi, pi].

        Parameters
        ----------
        mu : float or array_like of floats
            Mode (centre) of the distribution.
        kappa : float or array_like of floats
            Concentration, non-negative; above 1e6 a wrapped normal is drawn.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``kappa < 0``.
        """
        return self._cont(
            C.random_vonmises, size,
            [(mu, "mu", NONE, "d"), (kappa, "kappa", NON_NEGATIVE, "d")],
            bulk=C.random_vonmises_fill,
        )

    def pareto(self, a: Any, size: Any = None) -> Any:
        """Draw samples from a Pareto II (Lomax) distribution: ``expm1(E / a)``.

        Parameters
        ----------
        a : float or array_like of floats
            Shape; positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a <= 0``.
        """
        return self._cont(
            C.random_pareto, size, [(a, "a", POSITIVE, "d")], bulk=C.random_pareto_fill
        )

    def weibull(self, a: Any, size: Any = None) -> Any:
        """Draw samples from a Weibull distribution: ``E ** (1 / a)``.

        Parameters
        ----------
        a : float or array_like of floats
            Shape; non-negative (``a == 0`` gives 0 without drawing).
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a < 0``.
        """
        return self._cont(
            C.random_weibull, size, [(a, "a", NON_NEGATIVE, "d")], bulk=C.random_weibull_fill
        )

    def power(self, a: Any, size: Any = None) -> Any:
        """Draw samples in [0, 1] from a power distribution with exponent ``a - 1``.

        Parameters
        ----------
        a : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a <= 0``.
        """
        return self._cont(
            C.random_power, size, [(a, "a", POSITIVE, "d")], bulk=C.random_power_fill
        )

    def laplace(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from the Laplace (double exponential) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_laplace, size,
            [(loc, "loc", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_laplace_fill,
        )

    def gumbel(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Gumbel distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_gumbel, size,
            [(loc, "loc", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_gumbel_fill,
        )

    def logistic(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a logistic distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_logistic, size,
            [(loc, "loc", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_logistic_fill,
        )

    def rayleigh(self, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Rayleigh distribution: ``scale * sqrt(2 E)``.

        Parameters
        ----------
        scale : float or array_like of floats, optional
            Mode; non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_rayleigh, size, [(scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_rayleigh_fill,
        )

    def wald(self, mean: Any, scale: Any, size: Any = None) -> Any:
        """Draw samples from a Wald (inverse Gaussian) distribution.

        Parameters
        ----------
        mean : float or array_like of floats
            Positive.
        scale : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``mean <= 0`` or ``scale <= 0``.
        """
        return self._cont(
            C.random_wald, size,
            [(mean, "mean", POSITIVE, "d"), (scale, "scale", POSITIVE, "d")],
            bulk=words_only(C.random_wald),
        )

    def triangular(self, left: Any, mode: Any, right: Any, size: Any = None) -> Any:
        """Draw samples from the triangular distribution over [left, right].

        Parameters
        ----------
        left, mode, right : float or array_like of floats
            ``left <= mode <= right`` and ``left < right``.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``left > mode``, ``mode > right`` or ``left == right``.
        """
        return self._cont(
            C.random_triangular, size, _triangular_params(left, mode, right),
            bulk=C.random_triangular_fill,
        )


class LegacyContinuous:
    """RandomState's continuous distributions (numpy's ``mtrand.pyx``, frozen streams)."""

    _bit_generator: Any
    _legacy: Any
    lock: Any
    _output: Optional[str]

    def _cont(
        self,
        kernel: Callable[..., float],
        state: Any,
        size: Any,
        params: Sequence[Param],
        bulk: Optional[Callable[..., List[float]]] = None,
    ) -> Any:
        if bulk is None and state is self._legacy:  # every LegacyState kernel draws doubles
            bulk = legacy_doubles_only(kernel)
        return draw(
            kernel, state, self.lock, size, params, container_for(self._output), bulk=bulk
        )

    def standard_gamma(self, shape: Any, size: Any = None) -> Any:
        """Draw samples from a standard Gamma distribution (scale 1).

        Parameters
        ----------
        shape : float or array_like of floats
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``shape < 0``.
        """
        return self._cont(
            L.legacy_standard_gamma, self._legacy, size, [(shape, "shape", NON_NEGATIVE, "d")]
        )

    def gamma(self, shape: Any, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Gamma distribution: ``scale * standard_gamma(shape)``.

        Parameters
        ----------
        shape, scale : float or array_like of floats
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``shape < 0`` or ``scale < 0``.
        """
        return self._cont(
            L.legacy_gamma, self._legacy, size,
            [(shape, "shape", NON_NEGATIVE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
        )

    def beta(self, a: Any, b: Any, size: Any = None) -> Any:
        """Draw samples from a Beta distribution.

        Parameters
        ----------
        a, b : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a <= 0`` or ``b <= 0``.
        """
        return self._cont(
            L.legacy_beta, self._legacy, size, [(a, "a", POSITIVE, "d"), (b, "b", POSITIVE, "d")]
        )

    def f(self, dfnum: Any, dfden: Any, size: Any = None) -> Any:
        """Draw samples from an F distribution.

        Parameters
        ----------
        dfnum, dfden : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``dfnum <= 0`` or ``dfden <= 0``.
        """
        return self._cont(
            L.legacy_f, self._legacy, size,
            [(dfnum, "dfnum", POSITIVE, "d"), (dfden, "dfden", POSITIVE, "d")],
        )

    def noncentral_f(self, dfnum: Any, dfden: Any, nonc: Any, size: Any = None) -> Any:
        """Draw samples from the noncentral F distribution.

        Parameters
        ----------
        dfnum, dfden : float or array_like of floats
            Positive.
        nonc : float or array_like of floats
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``dfnum <= 0``, ``dfden <= 0`` or ``nonc < 0``.
        """
        return self._cont(
            L.legacy_noncentral_f, self._legacy, size,
            [
                (dfnum, "dfnum", POSITIVE, "d"),
                (dfden, "dfden", POSITIVE, "d"),
                (nonc, "nonc", NON_NEGATIVE, "d"),
            ],
        )

    def chisquare(self, df: Any, size: Any = None) -> Any:
        """Draw samples from a chi-square distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``df <= 0``.
        """
        return self._cont(L.legacy_chisquare, self._legacy, size, [(df, "df", POSITIVE, "d")])

    def noncentral_chisquare(self, df: Any, nonc: Any, size: Any = None) -> Any:
        """Draw samples from a noncentral chi-square distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Positive.
        nonc : float or array_like of floats
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``df <= 0`` or ``nonc < 0``.
        """
        return self._cont(
            L.legacy_noncentral_chisquare, self._legacy, size,
            [(df, "df", POSITIVE, "d"), (nonc, "nonc", NON_NEGATIVE, "d")],
        )

    def standard_cauchy(self, size: Any = None) -> Any:
        """Draw samples from a standard Cauchy distribution (a ratio of two Gaussians).

        Parameters
        ----------
        size : int or tuple of ints, optional
        """
        return self._cont(L.legacy_standard_cauchy, self._legacy, size, ())

    def standard_t(self, df: Any, size: Any = None) -> Any:
        """Draw samples from a standard Student's t distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``df <= 0``.
        """
        return self._cont(L.legacy_standard_t, self._legacy, size, [(df, "df", POSITIVE, "d")])

    def vonmises(self, mu: Any, kappa: Any, size: Any = None) -> Any:
        """Draw samples from a von Mises distribution on [-pi, pi].

        Parameters
        ----------
        mu : float or array_like of floats
        kappa : float or array_like of floats
            Non-negative.  As in numpy's legacy kernel, very large kappa
            (about 1e15 and up) makes the rejection loop practically endless.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``kappa < 0``.
        """
        return self._cont(
            L.legacy_vonmises, self._bit_generator, size,
            [(mu, "mu", NONE, "d"), (kappa, "kappa", NON_NEGATIVE, "d")],
            bulk=doubles_only(L.legacy_vonmises),
        )

    def pareto(self, a: Any, size: Any = None) -> Any:
        """Draw samples from a Pareto II (Lomax) distribution: ``exp(E / a) - 1``.

        Parameters
        ----------
        a : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a <= 0``.
        """
        return self._cont(L.legacy_pareto, self._legacy, size, [(a, "a", POSITIVE, "d")])

    def weibull(self, a: Any, size: Any = None) -> Any:
        """Draw samples from a Weibull distribution.

        Parameters
        ----------
        a : float or array_like of floats
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a < 0``.
        """
        return self._cont(L.legacy_weibull, self._legacy, size, [(a, "a", NON_NEGATIVE, "d")])

    def power(self, a: Any, size: Any = None) -> Any:
        """Draw samples in [0, 1] from a power distribution with exponent ``a - 1``.

        Parameters
        ----------
        a : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``a <= 0``.
        """
        return self._cont(L.legacy_power, self._legacy, size, [(a, "a", POSITIVE, "d")])

    def laplace(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from the Laplace (double exponential) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_laplace, self._bit_generator, size,
            [(loc, "loc", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_laplace_fill,
        )

    def gumbel(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Gumbel distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_gumbel, self._bit_generator, size,
            [(loc, "loc", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_gumbel_fill,
        )

    def logistic(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a logistic distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            C.random_logistic, self._bit_generator, size,
            [(loc, "loc", NONE, "d"), (scale, "scale", NON_NEGATIVE, "d")],
            bulk=C.random_logistic_fill,
        )

    def lognormal(self, mean: Any = 0.0, sigma: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a log-normal distribution: ``exp(normal(mean, sigma))``.

        Parameters
        ----------
        mean : float or array_like of floats, optional
        sigma : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``sigma < 0``.
        """
        return self._cont(
            L.legacy_lognormal, self._legacy, size,
            [(mean, "mean", NONE, "d"), (sigma, "sigma", NON_NEGATIVE, "d")],
        )

    def rayleigh(self, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw samples from a Rayleigh distribution: ``scale * sqrt(-2 log(1 - U))``.

        Parameters
        ----------
        scale : float or array_like of floats, optional
            Non-negative.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``scale < 0``.
        """
        return self._cont(
            L.legacy_rayleigh, self._bit_generator, size, [(scale, "scale", NON_NEGATIVE, "d")]
        )

    def wald(self, mean: Any, scale: Any, size: Any = None) -> Any:
        """Draw samples from a Wald (inverse Gaussian) distribution (the 1.16 formula).

        Parameters
        ----------
        mean, scale : float or array_like of floats
            Positive.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``mean <= 0`` or ``scale <= 0``.
        """
        return self._cont(
            L.legacy_wald, self._legacy, size,
            [(mean, "mean", POSITIVE, "d"), (scale, "scale", POSITIVE, "d")],
        )

    def triangular(self, left: Any, mode: Any, right: Any, size: Any = None) -> Any:
        """Draw samples from the triangular distribution over [left, right].

        Parameters
        ----------
        left, mode, right : float or array_like of floats
            ``left <= mode <= right`` and ``left < right``.
        size : int or tuple of ints, optional

        Raises
        ------
        ValueError
            ``left > mode``, ``mode > right`` or ``left == right``.
        """
        return self._cont(
            C.random_triangular, self._bit_generator, size,
            _triangular_params(left, mode, right),
            bulk=C.random_triangular_fill,
        )


__all__ = ["GeneratorContinuous", "LegacyContinuous"]
