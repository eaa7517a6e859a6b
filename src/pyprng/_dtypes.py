"""The dtypes numpy.random understands, without needing numpy.

A dtype may be given the way numpy users give it: a string ('int8', 'u2',
'?', 'float32'), a Python type (``int``, ``bool``, ``float``), or a numpy
type/dtype when the user has numpy.  :func:`resolve_dtype` turns any of these
into one of the :class:`DType` records below.
"""

from __future__ import annotations

import sys
from typing import Any, Dict, NamedTuple


class DType(NamedTuple):
    """One of numpy's fixed-size numeric dtypes."""

    name: str  # numpy's canonical name: 'int8', 'uint64', 'bool', 'float32', ...
    kind: str  # 'b' bool, 'i' signed, 'u' unsigned, 'f' float
    bits: int
    lo: int  # smallest value (integers; 0 for floats)
    hi: int  # largest value (integers; 0 for floats)

    @property
    def is_integer(self) -> bool:
        return self.kind in "biu"


def _int(name: str, bits: int, signed: bool) -> DType:
    if signed:
        return DType(name, "i", bits, -(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    return DType(name, "u", bits, 0, (1 << bits) - 1)


BOOL = DType("bool", "b", 1, 0, 1)
INT8 = _int("int8", 8, True)
INT16 = _int("int16", 16, True)
INT32 = _int("int32", 32, True)
INT64 = _int("int64", 64, True)
UINT8 = _int("uint8", 8, False)
UINT16 = _int("uint16", 16, False)
UINT32 = _int("uint32", 32, False)
UINT64 = _int("uint64", 64, False)
FLOAT32 = DType("float32", "f", 32, 0, 0)
FLOAT64 = DType("float64", "f", 64, 0, 0)

BY_NAME: Dict[str, DType] = {
    d.name: d
    for d in (BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT32, FLOAT64)
}

# numpy's string aliases on a 64-bit Linux/macOS platform (long is 64 bits).
_ALIASES = {
    "?": "bool",
    "b1": "bool",
    "bool_": "bool",
    "bool8": "bool",
    "b": "int8",
    "i1": "int8",
    "byte": "int8",
    "h": "int16",
    "i2": "int16",
    "short": "int16",
    "i": "int32",
    "i4": "int32",
    "intc": "int32",
    "l": "int64",
    "q": "int64",
    "i8": "int64",
    "p": "int64",
    "long": "int64",
    "longlong": "int64",
    "int": "int64",
    "int_": "int64",
    "intp": "int64",
    "B": "uint8",
    "u1": "uint8",
    "ubyte": "uint8",
    "H": "uint16",
    "u2": "uint16",
    "ushort": "uint16",
    "I": "uint32",
    "u4": "uint32",
    "uintc": "uint32",
    "L": "uint64",
    "Q": "uint64",
    "u8": "uint64",
    "P": "uint64",
    "ulong": "uint64",
    "ulonglong": "uint64",
    "uint": "uint64",
    "uintp": "uint64",
    "f": "float32",
    "f4": "float32",
    "single": "float32",
    "d": "float64",
    "f8": "float64",
    "double": "float64",
    "float": "float64",
    "float_": "float64",
}


def resolve_dtype(dtype: Any) -> DType:
    """Map anything numpy accepts as one of these dtypes to its :class:`DType`.

    Raises
    ------
    TypeError
        When ``dtype`` is not a dtype numpy would understand, or is a dtype
        (complex, str, ...) that has no DType here.  Callers turn an
        unsupported-but-valid dtype into their method's own message.
    """
    if isinstance(dtype, DType):
        return dtype
    if dtype is int:
        return INT64
    if dtype is bool:
        return BOOL
    if dtype is float:
        return FLOAT64
    if isinstance(dtype, str):
        key = dtype
        if key[:1] in "<=|" and len(key) > 1:  # native byte order markers
            key = key[1:]
        name = _ALIASES.get(key, key)
        if name in BY_NAME:
            return BY_NAME[name]
    np = sys.modules.get("numpy")
    if np is not None and not isinstance(dtype, DType):
        # A numpy type or dtype (or a string only numpy knows): let numpy name it.
        try:
            name = np.dtype(dtype).name
        except TypeError:
            raise TypeError(f"data type {dtype!r} not understood") from None
        if name in BY_NAME:
            return BY_NAME[name]
        raise TypeError(f"Unsupported dtype {np.dtype(dtype)!r}")
    raise TypeError(f"data type {dtype!r} not understood")


def dtype_repr(d: DType) -> str:
    """How numpy prints the dtype in error messages: ``dtype('int8')``."""
    return f"dtype('{d.name}')"
