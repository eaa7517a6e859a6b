"""Fisher-Yates shuffles, shared by RandomState and Generator.

numpy's ``_shuffle_raw``: for ``i`` from ``n - 1`` down to ``first``, draw
``j = random_interval(i)`` (masked rejection; uint32 draws while
``i <= 0xFFFFFFFF``, ``i == 0`` draws nothing) and swap items ``i`` and ``j``.
Generator's ``_shuffle_int`` (choice's tail shuffle and Floyd's reorder) does the
same with Lemire's ``random_bounded_uint64(0, i)`` instead (``masked=False``).

The swap sequence depends only on ``n``, so it is computed once and applied to
lists, 1-d arrays or the rows of n-d arrays alike.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, List

from .._output import numpy_if_loaded
from .bounded import random_interval

_M32 = 0xFFFFFFFF
_BLOCK = 4096  # words per engine call: bounds the temporaries, never over-draws
_FEW = 16  # below this many swaps left, scalar draws beat another bulk call


def swap_sequence(bitgen: Any, n: int, first: int = 1, masked: bool = True) -> List[int]:
    """The ``j`` of each swap, for ``i = n - 1, n - 2, ..., first``.

    Words are drawn in blocks of at most the number of swaps still to do (each
    needs at least one word), so exactly numpy's words are consumed.
    """
    js: List[int] = []
    i = n - 1
    stop = max(first, 1)
    while i >= stop and i > _M32:  # 64-bit draws: only for astronomically long inputs
        if masked:
            js.append(random_interval(bitgen, i))
        else:
            from .bounded import SplitBuffer, bounded_one

            js.append(bounded_one(bitgen, i, 64, False, SplitBuffer()))
        i -= 1
    append = js.append
    if masked:
        mask = (1 << i.bit_length()) - 1 if i > 0 else 0
        half = mask >> 1
        while i >= stop:
            for w in bitgen.uint32s(min(i - stop + 1, _BLOCK)):
                v = w & mask
                if v <= i:
                    append(v)
                    i -= 1
                    if i <= half:
                        mask = half
                        half >>= 1
    else:
        while i >= stop:
            for w in bitgen.uint32s(min(i - stop + 1, _BLOCK)):
                if i == _M32:  # Lemire's 32-bit form cannot take rng = 2**32 - 1
                    append(w)
                    i -= 1
                    continue
                rng_excl = i + 1
                m = w * rng_excl
                # Accept unless the low word falls below 2**32 mod (i + 1).
                if (m & _M32) >= (_M32 - i) % rng_excl:
                    append(m >> 32)
                    i -= 1
    if first <= 0 < n:
        append(0)  # random_interval(0): no draw
    return js


def shuffle_list(bitgen: Any, x: List[Any], first: int = 1, masked: bool = True) -> None:
    """Apply :func:`swap_sequence`'s swaps to the list ``x`` in place.

    The masked form (legacy and Generator ``shuffle``/``permutation``) swaps as
    it draws: no list of ``j`` and no permutation to gather through.
    """
    n = len(x)
    i = n - 1
    if not masked or i > _M32:
        for k, j in zip(range(i, -1, -1), swap_sequence(bitgen, n, first, masked)):
            x[k], x[j] = x[j], x[k]
        return
    stop = max(first, 1)  # i == 0 (first <= 0) swaps x[0] with itself: nothing to do
    mask = (1 << i.bit_length()) - 1 if i > 0 else 0
    half = mask >> 1
    while i - stop >= _FEW:
        for w in bitgen.uint32s(min(i - stop + 1, _BLOCK)):
            v = w & mask
            if v <= i:
                x[i], x[v] = x[v], x[i]
                i -= 1
                if i <= half:
                    mask = half
                    half >>= 1
    while i >= stop:  # the last few: a bulk call costs more than scalar draws
        j = random_interval(bitgen, i)
        x[i], x[j] = x[j], x[i]
        i -= 1


def permutation_indices(bitgen: Any, n: int, first: int = 1, masked: bool = True) -> List[int]:
    """``list(range(n))`` shuffled in place by :func:`swap_sequence`."""
    perm = list(range(n))
    shuffle_list(bitgen, perm, first, masked)
    return perm


def shuffle_in_place(bitgen: Any, x: Any, lock: Any = None) -> None:
    """Shuffle a mutable sequence or a numpy array along axis 0, as legacy shuffle does.

    Parameters
    ----------
    bitgen : BitGenerator
    x : list, mutable sequence or numpy.ndarray
        Arrays are shuffled along their first axis (rows of n-d arrays).
    lock : context manager, optional
        Held while drawing.

    Raises
    ------
    ValueError
        ``x`` is a read-only array.
    TypeError
        ``x`` has no length or does not support item assignment (checked before
        any draw, unlike numpy, so the generator is untouched).
    """
    np = numpy_if_loaded()
    is_array = np is not None and isinstance(x, np.ndarray)
    if is_array and not x.flags.writeable:
        raise ValueError("array is read-only")
    n = len(x)
    if is_array:
        if x.size == 0:
            return
        if type(x) is not np.ndarray and x.ndim == 1 and x.dtype.type is np.object_:
            warnings.warn(
                "Shuffling a one dimensional array subclass containing objects gives "
                "incorrect results for most array subclasses.  Please use the new random "
                "number API instead: https://numpy.org/doc/stable/reference/random/index.html\n"
                "The new API fixes this issue. This version will not be fixed due to "
                "stability guarantees of the API.",
                UserWarning,
                stacklevel=3,
            )
    else:
        if not isinstance(x, Sequence):
            warnings.warn(
                f"you are shuffling a '{type(x).__name__}' object which is not a subclass "
                "of 'Sequence'; `shuffle` is not guaranteed to behave correctly. E.g., "
                "non-numpy array/tensor objects with view semantics may contain duplicates "
                "after shuffling.",
                UserWarning,
                stacklevel=3,
            )
        if n > 1 and not hasattr(type(x), "__setitem__"):
            raise TypeError(f"'{type(x).__name__}' object does not support item assignment")
    if n < 2:
        return
    if isinstance(x, list):  # swap as we draw
        if lock is None:
            shuffle_list(bitgen, x)
        else:
            with lock:
                shuffle_list(bitgen, x)
        return
    if lock is None:
        js = swap_sequence(bitgen, n)
    else:
        with lock:
            js = swap_sequence(bitgen, n)
    if is_array:
        perm = list(range(n))
        for i, j in zip(range(n - 1, 0, -1), js):
            perm[i], perm[j] = perm[j], perm[i]
        x[...] = x[perm]
        return
    # Any other mutable sequence: swap item by item, as numpy's untyped path does.
    for i, j in zip(range(n - 1, 0, -1), js):
        x[i], x[j] = x[j], x[i]


__all__ = ["permutation_indices", "shuffle_in_place", "shuffle_list", "swap_sequence"]
