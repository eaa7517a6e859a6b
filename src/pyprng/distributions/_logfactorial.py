"""log(k!) as numpy's ``src/distributions/logfactorial.c`` computes it.

numpy keeps a table of log(k!) for k < 126 (each the correctly rounded double)
and uses a Stirling series beyond it.  The table is rebuilt here from exact
decimal arithmetic; tests check it against the values printed in numpy's source.
"""

from __future__ import annotations

import math
from decimal import Context
from typing import List

_HALF_LN_2PI = 0.9189385332046728


def _build_table(n: int) -> List[float]:
    # 50 significant digits are far more than enough to round every entry correctly.
    ctx = Context(prec=50)
    acc = ctx.create_decimal(0)
    out = [0.0, 0.0]
    for k in range(2, n):
        acc = ctx.add(acc, ctx.ln(ctx.create_decimal(k)))
        out.append(float(acc))
    return out


_TABLE: List[List[float]] = []


def logfact_table() -> List[float]:
    """numpy's ``logfact`` table (built on first use: decimal is slow to import)."""
    if not _TABLE:
        _TABLE.append(_build_table(126))
    return _TABLE[0]


def logfactorial(k: int) -> float:
    """log(k!) for k >= 0 (numpy's ``logfactorial``)."""
    if k < 126:
        return (_TABLE[0] if _TABLE else logfact_table())[k]
    # Stirling series truncated at the 1/k**3 term, in numpy's order of operations.
    return (
        (k + 0.5) * math.log(k) - k + (_HALF_LN_2PI + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)))
    )
