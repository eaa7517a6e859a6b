"""The index-drawing core of ``Generator.choice`` (numpy's ``_generator.pyx``).

Four modes, each drawing exactly what numpy draws:

* with replacement, no ``p``: ``integers(0, n, size)`` (Lemire, int64);
* with replacement and ``p``: ``cdf = cumsum(p) / cdf[-1]``, one double per
  sample, ``searchsorted(cdf, u, side='right')``;
* without replacement and ``p``: rounds of ``random(k)`` for the ``k`` samples
  still missing, the probabilities of found items zeroed, new values kept in
  first-seen order;
* without replacement, no ``p``: Floyd's algorithm (``j`` from ``n - size`` to
  ``n - 1``: draw ``v`` in ``[0, j]``, keep ``v`` unless already taken, then
  ``j``), followed by a Fisher-Yates shuffle of the result when ``shuffle``;
  or, when ``n > 10000`` and ``size > n // 50`` (``n // 20`` with
  ``shuffle=False``), a partial Fisher-Yates shuffle of ``arange(n)`` whose
  last ``size`` entries are the sample.  Both use Lemire's
  ``random_bounded_uint64(0, j)``.

numpy keeps Floyd's taken set in an open-addressing hash table; only
membership is ever asked of it, so a Python ``set`` gives the same output.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Any, List, Optional, Sequence

from .._output import as_flat, numpy_if_loaded
from .._params import to_double
from .bounded import SplitBuffer, bounded_fill, bounded_one
from .permute import swap_sequence

_M32 = 0xFFFFFFFF
#: numpy's default ``atol`` for sum(p) == 1: sqrt(finfo(float64).eps).
P_ATOL = math.sqrt(2.220446049250313e-16)


def kahan_sum(values: Sequence[float]) -> float:
    """numpy's ``kahan_sum`` (compensated summation, in C's order of operations)."""
    if not values:
        return 0.0
    total = values[0]
    c = 0.0
    for v in values[1:]:
        y = v - c
        t = total + y
        c = (t - total) - y
        total = t
    return total


def check_p(p: Any, pop_size: int) -> List[float]:
    """Validate ``p`` as numpy's ``choice`` does; return it as a list of doubles.

    Raises
    ------
    TypeError
        ``p`` has no length.
    ValueError
        ``p`` is not 1-d, has the wrong size, contains NaN or negative values,
        or does not sum to 1 within ``atol``.
    """
    d = len(p)
    atol = P_ATOL
    np = numpy_if_loaded()
    if np is not None and isinstance(p, np.ndarray) and np.issubdtype(p.dtype, np.floating):
        atol = max(atol, float(np.sqrt(np.finfo(p.dtype).eps)))
    flat, shape = as_flat(p)
    values = [to_double(v) for v in flat]
    if len(shape) != 1:
        raise ValueError("p must be 1-dimensional")
    if d != pop_size:
        raise ValueError("a and p must have same size")
    p_sum = kahan_sum(values)
    if math.isnan(p_sum):
        raise ValueError("Probabilities contain NaN")
    if any(v < 0 for v in values):
        raise ValueError("Probabilities are not non-negative")
    if abs(p_sum - 1.0) > atol:
        raise ValueError(
            "Probabilities do not sum to 1. See Notes section of docstring for more information."
        )
    return values


def _cdf(p: Sequence[float]) -> List[float]:
    """``cdf = p.cumsum(); cdf /= cdf[-1]`` (sequential sums, C division)."""
    cdf: List[float] = []
    acc = 0.0
    for v in p:
        acc += v
        cdf.append(acc)
    last = cdf[-1]
    if last == 0.0:  # 0/0 and x/0 as C computes them (numpy warns and goes on)
        return [math.nan if v == 0.0 or math.isnan(v) else math.copysign(math.inf, v) for v in cdf]
    return [v / last for v in cdf]


def weighted_with_replacement(bitgen: Any, p: Sequence[float], cnt: int) -> List[int]:
    cdf = _cdf(p)
    return [bisect_right(cdf, u) for u in bitgen.doubles(cnt)]


def weighted_without_replacement(bitgen: Any, p: Sequence[float], cnt: int) -> List[int]:
    p = list(p)
    found: List[int] = []
    while len(found) < cnt:
        x = bitgen.doubles(cnt - len(found))
        for k in found:  # numpy zeroes them after drawing x
            p[k] = 0.0
        cdf = _cdf(p)
        # np.unique(new, return_index=True), indices sorted: first-seen order within
        # this round (found items have zero probability, so they do not recur).
        seen = set()
        for v in (bisect_right(cdf, u) for u in x):
            if v not in seen:
                seen.add(v)
                found.append(v)
    return found


def _bounded_increasing(bitgen: Any, lo: int, hi: int) -> List[int]:
    """``[random_bounded_uint64(0, j) for j in range(lo, hi)]`` (Lemire), in blocks."""
    out: List[int] = []
    j = lo
    if j == 0 and hi > 0:
        out.append(0)  # rng == 0 draws nothing
        j = 1
    if hi - 1 >= _M32:  # 64-bit draws: only for astronomically large populations
        buf = SplitBuffer()
        out.extend(bounded_one(bitgen, k, 64, False, buf) for k in range(j, hi))
        return out
    append = out.append
    while j < hi:
        # Every remaining j needs at least one word: never draws a word numpy would not.
        for w in bitgen.uint32s(hi - j):
            rng_excl = j + 1
            m = w * rng_excl
            low = m & _M32
            if low >= rng_excl or low >= (_M32 - j) % rng_excl:
                append(m >> 32)
                j += 1
    return out


def floyd(bitgen: Any, pop_size: int, size: int, shuffle: bool) -> List[int]:
    """Floyd's sample of ``size`` distinct values of ``range(pop_size)``, numpy's order."""
    draws = _bounded_increasing(bitgen, pop_size - size, pop_size)
    taken = set()
    out: List[int] = []
    for j, val in zip(range(pop_size - size, pop_size), draws):
        if val in taken:
            val = j  # j is never taken yet: every earlier value is < j
        taken.add(val)
        out.append(val)
    if shuffle and size > 1:
        js = swap_sequence(bitgen, size, 1, masked=False)
        for i, k in zip(range(size - 1, 0, -1), js):
            out[i], out[k] = out[k], out[i]
    return out


def tail_shuffle(bitgen: Any, pop_size: int, size: int) -> List[int]:
    """The last ``size`` entries of ``arange(pop_size)`` after numpy's partial shuffle."""
    first = max(pop_size - size, 1)
    idx = list(range(pop_size))
    js = swap_sequence(bitgen, pop_size, first, masked=False)
    for i, k in zip(range(pop_size - 1, first - 1, -1), js):
        idx[i], idx[k] = idx[k], idx[i]
    return idx[pop_size - size :]


def choice_indices(
    bitgen: Any,
    pop_size: int,
    cnt: int,
    replace: bool,
    p: Optional[Sequence[float]],
    shuffle: bool,
) -> List[int]:
    """``cnt`` indices into ``range(pop_size)`` as numpy's ``choice`` draws them.

    Arguments are already validated (``p`` by :func:`check_p`, ``cnt <= pop_size``
    without replacement).  Call with the engine's lock held.
    """
    if replace:
        if p is not None:
            return weighted_with_replacement(bitgen, p, cnt)
        if cnt == 0:
            return []
        return bounded_fill(bitgen, pop_size - 1, cnt, 64, False)
    if p is not None:
        return weighted_without_replacement(bitgen, p, cnt)
    cutoff = 50 if shuffle else 20
    if pop_size > 10000 and cnt > pop_size // cutoff:
        return tail_shuffle(bitgen, pop_size, cnt)
    return floyd(bitgen, pop_size, cnt, shuffle)


__all__ = [
    "check_p",
    "choice_indices",
    "floyd",
    "kahan_sum",
    "tail_shuffle",
    "weighted_with_replacement",
    "weighted_without_replacement",
]
