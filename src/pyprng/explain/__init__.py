"""Step-by-step traces of the bit generators, for people.

Each module here re-runs one algorithm from scratch in the plainest possible
code and records every intermediate value on the way:

``seedsequence``  entropy -> words, the hashmix pool, the mix rounds, generate_state
``mt19937``       init_genrand / init_by_array / the SeedSequence path, twist, tempering
``pcg64``         SeedSequence words -> initstate/initseq -> inc, LCG steps, XSL-RR

``trace_*`` returns the recorded values (dataclasses); ``render_*`` turns a
trace into the text that ``pyprng explain`` prints.  The traces are written
independently of the engines in :mod:`pyprng.bitgen`, and the tests check that
both give the same outputs and the same final state, so an explanation cannot
drift from what the library really does.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List

__all__ = ["EXPLAINERS", "explain"]


def _seedsequence(seed: Any, steps: int, legacy: bool) -> List[str]:
    from .seedsequence import render_seedsequence, trace_seedsequence

    return render_seedsequence(trace_seedsequence(seed, n_words=max(steps, 1)))


def _mt19937(seed: Any, steps: int, legacy: bool) -> List[str]:
    from .mt19937 import render_mt19937, trace_mt19937

    return render_mt19937(trace_mt19937(seed, steps, legacy=legacy))


def _pcg64(seed: Any, steps: int, legacy: bool) -> List[str]:
    from .pcg64 import render_pcg64, trace_pcg64

    return render_pcg64(trace_pcg64(seed, steps))


#: What can be explained, by lower-case name -> ``f(seed, steps, legacy) -> lines``.
EXPLAINERS: Dict[str, Callable[[Any, int, bool], List[str]]] = {
    "mt19937": _mt19937,
    "pcg64": _pcg64,
    "seedsequence": _seedsequence,
}


def explain(name: str, seed: Any, steps: int = 3, legacy: bool = False) -> str:
    """The step-by-step account of generator ``name`` for ``seed``, as text.

    Parameters
    ----------
    name : {'mt19937', 'pcg64', 'seedsequence'}
    seed : int or list of int
        Seeded as numpy's ``MT19937(seed)`` / ``PCG64(seed)`` / ``SeedSequence(seed)``.
    steps : int, optional
        How many outputs (generate_state words for ``seedsequence``) to trace.
    legacy : bool, optional
        MT19937 only: seed as ``RandomState(seed)`` does (``_legacy_seeding``).
    """
    return "\n".join(EXPLAINERS[name.lower()](seed, steps, legacy)) + "\n"
