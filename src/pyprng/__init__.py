"""pyprng: numpy.random, bit for bit, in pure Python.

>>> import pyprng.random as npr        # mirrors numpy.random
>>> npr.seed(101); npr.randint(1, 100, 5)
[96, 12, 82, 71, 64]

The classes are exported here too (``pyprng.RandomState``, ``pyprng.Generator``,
``pyprng.default_rng``, ``pyprng.MT19937``, ...).  They are imported on first
use, so ``import pyprng`` stays cheap.
"""

from __future__ import annotations

from typing import Any

from ._output import get_output, set_output

__version__ = "0.1.0"

#: numpy version whose streams pyprng reproduces.
NUMPY_VERSION = "2.4"

_LAZY = {
    "BitGenerator": "pyprng.bitgen",
    "SeedSequence": "pyprng.bitgen",
    "MT19937": "pyprng.bitgen",
    "PCG64": "pyprng.bitgen",
    "PCG64DXSM": "pyprng.bitgen",
    "Philox": "pyprng.bitgen",
    "SFC64": "pyprng.bitgen",
    "RandomState": "pyprng.random_state",
    "Generator": "pyprng.generator",
    "default_rng": "pyprng.generator",
    "random": "pyprng.random",
}

__all__ = ["__version__", "get_output", "set_output", *_LAZY]


def __getattr__(name: str) -> Any:  # PEP 562: import submodules on first use
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pyprng' has no attribute {name!r}")
    import importlib

    mod = importlib.import_module(module)
    value = mod if module == f"pyprng.{name}" else getattr(mod, name)
    globals()[name] = value
    return value
