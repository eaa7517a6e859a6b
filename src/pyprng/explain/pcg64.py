"""PCG64, step by step: seeding, the 128-bit LCG and the XSL-RR output.

Mirrors numpy's ``_pcg64.pyx`` and ``src/pcg64/pcg64.h`` (O'Neill's
``pcg_setseq_128_xsl_rr_64``).  All state arithmetic is mod 2**128.  The tests
hold these traces equal to :class:`pyprng.bitgen.PCG64` (and numpy).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List

from .seedsequence import SeedSequenceTrace, render_pool_summary, trace_seedsequence

MULT = 0x2360ED051FC65DA44385DF649FCCF645
M128 = (1 << 128) - 1
M64 = (1 << 64) - 1


def h64(x: int) -> str:
    return f"0x{x:016x}"


def h128(x: int) -> str:
    return f"0x{x:032x}"


@dataclass
class Step:
    """One LCG step: ``state = state * MULT + inc`` (mod 2**128)."""

    before: int
    product: int  # before * MULT mod 2**128
    after: int  # product + inc mod 2**128


@dataclass
class Output:
    """next_uint64: step, then XSL-RR of the new state."""

    index: int
    step: Step
    hi: int  # state >> 64
    lo: int  # state & (2**64 - 1)
    xored: int  # hi ^ lo
    rot: int  # state >> 122 (the top 6 bits)
    out: int  # rotr64(xored, rot)


@dataclass
class PCG64Trace:
    seed: Any
    seedseq: SeedSequenceTrace
    words: List[int]  # generate_state(4, uint64)
    initstate: int
    initseq: int
    inc: int
    step1: Step  # from state 0
    added: int  # step1.after + initstate
    step2: Step
    outputs: List[Output]
    state: int  # after the outputs


def lcg_step(state: int, inc: int) -> Step:
    product = (state * MULT) & M128
    return Step(state, product, (product + inc) & M128)


def rotr64(x: int, r: int) -> int:
    return ((x >> r) | (x << ((64 - r) & 63))) & M64


def trace_pcg64(seed: Any, steps: int = 3) -> PCG64Trace:
    """Seed PCG64 as ``PCG64(seed)`` and draw ``steps`` outputs, recording every value.

    Parameters
    ----------
    seed : int or list of int
    steps : int, optional
        Number of 64-bit outputs (``next_uint64`` / ``random_raw``) to trace.
    """
    ss = trace_seedsequence(seed, 8)
    v = ss.generate_state(4, 64)
    initstate = (v[0] << 64) | v[1]
    initseq = (v[2] << 64) | v[3]
    inc = ((initseq << 1) | 1) & M128
    step1 = lcg_step(0, inc)
    added = (step1.after + initstate) & M128
    step2 = lcg_step(added, inc)
    state = step2.after
    outputs = []
    for k in range(steps):
        st = lcg_step(state, inc)
        state = st.after
        hi, lo = state >> 64, state & M64
        rot = state >> 122
        outputs.append(Output(k, st, hi, lo, hi ^ lo, rot, rotr64(hi ^ lo, rot)))
    return PCG64Trace(seed, ss, v, initstate, initseq, inc, step1, added, step2, outputs, state)


def render_pcg64(tr: PCG64Trace) -> List[str]:
    """The trace as text lines."""
    out = [
        "PCG64 (numpy src/pcg64/pcg64.h): pcg_setseq_128_xsl_rr_64, 128-bit LCG state,",
        "64-bit outputs.  All state arithmetic is mod 2**128.",
        f"MULT = {h128(MULT)}",
        "",
        f"Seeding: PCG64({tr.seed!r})",
        *render_pool_summary(tr.seedseq, "  "),
        "  v = SeedSequence.generate_state(4, uint64) (each word = two uint32 words, low first):",
        "  " + ", ".join(f"v[{i}] = {h64(w)}" for i, w in enumerate(tr.words)),
        f"  initstate = v[0] << 64 | v[1] = {h128(tr.initstate)}",
        f"  initseq   = v[2] << 64 | v[3] = {h128(tr.initseq)}",
        "  pcg_setseq_128_srandom_r(initstate, initseq):",
        f"    inc = (initseq << 1) | 1          = {h128(tr.inc)}   (odd, fixed from now on)",
        "    state = 0",
        f"    step:  state = 0 * MULT + inc     = {h128(tr.step1.after)}",
        f"    state += initstate                = {h128(tr.added)}",
        f"    step:  state * MULT               = {h128(tr.step2.product)}",
        f"           + inc                      = {h128(tr.step2.after)}",
        f"  state = {h128(tr.step2.after)}, inc = {h128(tr.inc)}",
        "",
        f"Outputs: next_uint64 / random_raw, the first {len(tr.outputs)}",
        "  step: state = state * MULT + inc; then XSL-RR of the NEW state:",
        "  hi = state >> 64, lo = state mod 2**64, rot = state >> 122 (top 6 bits),",
        "  output = rotr64(hi ^ lo, rot)",
    ]
    for o in tr.outputs:
        out += [
            "",
            f"  output[{o.index}]:",
            f"    {'state * MULT':<24}= {h128(o.step.product)}",
            f"    {'+ inc -> state':<24}= {h128(o.step.after)}",
            f"    {'hi = state >> 64':<24}= {h64(o.hi)}",
            f"    {'lo = state mod 2**64':<24}= {h64(o.lo)}",
            f"    {'hi ^ lo':<24}= {h64(o.xored)}",
            f"    {'rot = state >> 122':<24}= {o.rot}",
            f"    {'rotr64(hi ^ lo, %d)' % o.rot:<24}= {h64(o.out)}",
            f"  output[{o.index}] = {h64(o.out)}  ({o.out})",
        ]
    out += [
        "",
        f"After {len(tr.outputs)} output(s): state = {h128(tr.state)}",
        "next_uint32 is buffered: it returns the low half of one output and keeps the high",
        "half for the next call; next_double = (next_uint64 >> 11) * 2**-53.",
    ]
    return out
