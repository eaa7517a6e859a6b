"""A drop-in for the ``numpy.random`` module namespace.

The module-level functions (``seed``, ``randint``, ``rand``, ``choice``, ...)
are bound methods of one global :class:`~pyprng.RandomState`, created on first
use with fresh OS entropy exactly as numpy creates its own at import::

    >>> import pyprng.random as npr
    >>> npr.seed(101); npr.randint(1, 100, 5)
    [96, 12, 82, 71, 64]

Only methods pyprng implements are exported; the names match numpy.random's.
Classes (``RandomState``, ``Generator``, ``default_rng``, ``SeedSequence``,
``BitGenerator``, ``MT19937``, ``PCG64``, ``PCG64DXSM``, ``Philox``, ``SFC64``)
are re-exported and imported lazily.
"""

from __future__ import annotations

import importlib
from typing import Any, List

# numpy.random's functions that are bound methods of the global RandomState.
_METHODS = (
    "beta",
    "binomial",
    "bytes",
    "chisquare",
    "choice",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
    "get_state",
    "gumbel",
    "hypergeometric",
    "laplace",
    "logistic",
    "lognormal",
    "logseries",
    "multinomial",
    "multivariate_normal",
    "negative_binomial",
    "noncentral_chisquare",
    "noncentral_f",
    "normal",
    "pareto",
    "permutation",
    "poisson",
    "power",
    "rand",
    "randint",
    "randn",
    "random",
    "random_integers",
    "random_sample",
    "rayleigh",
    "set_state",
    "shuffle",
    "standard_cauchy",
    "standard_exponential",
    "standard_gamma",
    "standard_normal",
    "standard_t",
    "triangular",
    "uniform",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
)

_CLASSES = {
    "RandomState": "pyprng.random_state",
    "Generator": "pyprng.generator",
    "default_rng": "pyprng.generator",
    "SeedSequence": "pyprng.bitgen",
    "BitGenerator": "pyprng.bitgen",
    "MT19937": "pyprng.bitgen",
    "PCG64": "pyprng.bitgen",
    "PCG64DXSM": "pyprng.bitgen",
    "Philox": "pyprng.bitgen",
    "SFC64": "pyprng.bitgen",
}

_rand: List[Any] = []  # the global RandomState, created on first use


def _global() -> Any:
    if not _rand:
        from ..random_state import RandomState

        _rand.append(RandomState())
    return _rand[0]


def seed(seed: Any = None) -> None:
    """Seed the global generator (``numpy.random.seed``).

    With the default MT19937 engine this is ``RandomState.seed`` (legacy
    seeding, cached Gaussian reset); with another engine installed by
    `set_bit_generator`, the engine's state is replaced by that of a new
    engine of the same type built from ``seed``.
    """
    from ..bitgen.mt19937 import MT19937

    rs = _global()
    if isinstance(rs._bit_generator, MT19937):
        rs.seed(seed)
    else:
        bg = rs._bit_generator
        bg.state = type(bg)(seed).state


def get_bit_generator() -> Any:
    """Return the bit generator the global RandomState draws from."""
    return _global()._bit_generator


def set_bit_generator(bitgen: Any) -> None:
    """Make the global RandomState draw from ``bitgen`` (cached Gaussian reset)."""
    _global()._initialize_bit_generator(bitgen)


def sample(*args: Any, **kwargs: Any) -> Any:
    """An old alias of `random_sample`."""
    return _global().random_sample(*args, **kwargs)


def ranf(*args: Any, **kwargs: Any) -> Any:
    """An old alias of `random_sample`."""
    return _global().random_sample(*args, **kwargs)


def __getattr__(name: str) -> Any:  # PEP 562: bind methods / import classes on first use
    if name in _METHODS:
        value = getattr(_global(), name)
    elif name in _CLASSES:
        value = getattr(importlib.import_module(_CLASSES[name]), name)
    else:
        raise AttributeError(f"module 'pyprng.random' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    *_METHODS,
    *_CLASSES,
    "get_bit_generator",
    "ranf",
    "sample",
    "seed",
    "set_bit_generator",
]
