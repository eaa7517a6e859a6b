"""Bit generators (engines) and SeedSequence, mirroring ``numpy.random.bit_generator``."""

from __future__ import annotations

from ._base import BitGenerator
from .mt19937 import MT19937
from .pcg64 import PCG64
from .pcg64dxsm import PCG64DXSM
from .philox import Philox
from .seedsequence import (
    ISeedSequence,
    ISpawnableSeedSequence,
    SeedlessSeedSequence,
    SeedSequence,
)
from .sfc64 import SFC64

__all__ = [
    "MT19937",
    "PCG64",
    "PCG64DXSM",
    "Philox",
    "SFC64",
    "BitGenerator",
    "ISeedSequence",
    "ISpawnableSeedSequence",
    "SeedSequence",
    "SeedlessSeedSequence",
]
