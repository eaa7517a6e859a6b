"""SeedSequence, step by step: entropy words, hashmix, the mix rounds, generate_state.

The algorithm is numpy's ``SeedSequence`` (``numpy/random/bit_generator.pyx``),
Melissa O'Neill's ``seed_seq`` alternative.  All arithmetic is mod 2**32.
This module runs it again with every intermediate value kept; the tests hold
it equal to :class:`pyprng.bitgen.SeedSequence` (and to numpy's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List

M32 = 0xFFFFFFFF
INIT_A = 0x43B0D7E5
MULT_A = 0x931E8875
INIT_B = 0x8B51F9DD
MULT_B = 0x58F38DED
MIX_MULT_L = 0xCA01F9DD
MIX_MULT_R = 0x4973F715
XSHIFT = 16
POOL_SIZE = 4


def h32(x: int) -> str:
    """A 32-bit word as fixed-width hex."""
    return f"0x{x:08x}"


@dataclass
class Hashmix:
    """One hashmix(value) call: ``v ^= hc; hc *= MULT_A; v *= hc; v ^= v >> 16``."""

    value: int
    hc: int  # the running multiplier before the call (the xor constant)
    xored: int  # value ^ hc
    hc_next: int  # hc * MULT_A, kept for the next call
    product: int  # xored * hc_next
    out: int  # product ^ (product >> 16)


@dataclass
class Mix:
    """``pool[dst] = mix(pool[dst], hashmix(word))`` with ``mix(x, y) = xs16(L*x - R*y)``."""

    src: int  # pool index (mix rounds) or entropy index (fold-in)
    dst: int
    x: int  # pool[dst] before
    hashmix: Hashmix
    diff: int  # MIX_MULT_L * x - MIX_MULT_R * y  (mod 2**32)
    out: int  # diff ^ (diff >> 16): the new pool[dst]


@dataclass
class Word:
    """generate_state word i: ``xs16((pool[i % n] ^ c[i]) * c[i+1])``."""

    index: int
    pool_word: int
    xor_const: int  # c[i], with c[0] = INIT_B, c[k+1] = c[k] * MULT_B
    xored: int
    mult: int  # c[i+1]
    product: int
    out: int


@dataclass
class SeedSequenceTrace:
    entropy: Any
    words: List[int]  # the entropy as 32-bit words, lowest first
    fill: List[Hashmix] = field(default_factory=list)
    mixes: List[Mix] = field(default_factory=list)
    folds: List[Mix] = field(default_factory=list)
    pool: List[int] = field(default_factory=list)
    state: List[Word] = field(default_factory=list)  # generate_state(n, uint32), word by word

    def generate_state(self, n_words: int, bits: int = 32) -> List[int]:
        """The traced words as numpy's generate_state(n_words, uint32 / uint64) returns them."""
        n32 = n_words * (2 if bits == 64 else 1)
        words = [w.out for w in self.state[:n32]]
        if len(words) < n32:
            raise ValueError(f"only {len(self.state)} words were traced")
        if bits == 64:  # numpy views the uint32 words as little-endian uint64
            return [words[2 * k] | (words[2 * k + 1] << 32) for k in range(n_words)]
        return words


def entropy_words(entropy: Any) -> List[int]:
    """An int (any size) or a list of ints as little-endian 32-bit words (0 -> [0])."""
    if isinstance(entropy, (list, tuple)):
        return [w for x in entropy for w in entropy_words(x)]
    n = int(entropy)
    if n < 0:
        raise ValueError("expected non-negative integer")
    words = [n & M32]
    n >>= 32
    while n:
        words.append(n & M32)
        n >>= 32
    return words


def _xs16(x: int) -> int:
    return x ^ (x >> XSHIFT)


def trace_seedsequence(entropy: Any, n_words: int = 4) -> SeedSequenceTrace:
    """Run ``SeedSequence(entropy).generate_state(n_words)`` recording every value.

    Parameters
    ----------
    entropy : int or list of int
        Non-negative integers of any size.
    n_words : int, optional
        Number of uint32 words of ``generate_state`` to compute.
    """
    words = entropy_words(entropy)
    tr = SeedSequenceTrace(entropy=entropy, words=words)
    hc = INIT_A

    def hashmix(value: int) -> Hashmix:
        nonlocal hc
        xored = value ^ hc
        hc_next = (hc * MULT_A) & M32
        product = (xored * hc_next) & M32
        step = Hashmix(value, hc, xored, hc_next, product, _xs16(product))
        hc = hc_next
        return step

    def mix(src: int, dst: int, x: int, word: int) -> Mix:
        hm = hashmix(word)
        diff = (MIX_MULT_L * x - MIX_MULT_R * hm.out) & M32
        return Mix(src, dst, x, hm, diff, _xs16(diff))

    pool = []
    for i in range(POOL_SIZE):
        step = hashmix(words[i] if i < len(words) else 0)
        tr.fill.append(step)
        pool.append(step.out)
    for src in range(POOL_SIZE):
        for dst in range(POOL_SIZE):
            if src != dst:
                m = mix(src, dst, pool[dst], pool[src])
                tr.mixes.append(m)
                pool[dst] = m.out
    for src in range(POOL_SIZE, len(words)):
        for dst in range(POOL_SIZE):
            m = mix(src, dst, pool[dst], words[src])
            tr.folds.append(m)
            pool[dst] = m.out
    tr.pool = pool

    c = INIT_B
    for i in range(n_words):
        p = pool[i % POOL_SIZE]
        xored = p ^ c
        mult = (c * MULT_B) & M32
        product = (xored * mult) & M32
        tr.state.append(Word(i, p, c, xored, mult, product, _xs16(product)))
        c = mult
    return tr


# --------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------
def _hashmix_line(h: Hashmix) -> str:
    return (
        f"hashmix({h32(h.value)}): {h32(h.value)} ^ hc {h32(h.hc)} = {h32(h.xored)}; "
        f"hc *= MULT_A -> {h32(h.hc_next)}; * hc = {h32(h.product)}; "
        f"^ >> 16 = {h32(h.out)}"
    )


def _mix_line(m: Mix, what: str) -> str:
    return (
        f"{what} -> pool[{m.dst}]: hashmix({h32(m.hashmix.value)}) = {h32(m.hashmix.out)} "
        f"(hc {h32(m.hashmix.hc_next)}); L*{h32(m.x)} - R*{h32(m.hashmix.out)} = {h32(m.diff)}; "
        f"^ >> 16 = {h32(m.out)}"
    )


def render_pool_summary(tr: SeedSequenceTrace, indent: str = "") -> List[str]:
    """Two lines: entropy words and final pool (for the engines' pages)."""
    words = ", ".join(h32(w) for w in tr.words)
    return [
        f"{indent}SeedSequence({tr.entropy!r}): entropy words [{words}]",
        f"{indent}  pool = [{', '.join(h32(p) for p in tr.pool)}]"
        f"   (run `pyprng explain seedsequence` for the mixing)",
    ]


def render_seedsequence(tr: SeedSequenceTrace) -> List[str]:
    """The trace as text lines."""
    out = [
        f"SeedSequence({tr.entropy!r})",
        "numpy.random.SeedSequence (bit_generator.pyx): O'Neill's seed_seq alternative.",
        "All arithmetic is on 32-bit words, mod 2**32.",
        "",
        "1. Entropy -> 32-bit words, lowest word first (0 -> [0])",
        f"   words = [{', '.join(h32(w) for w in tr.words)}]",
        "",
        f"2. Fill the pool (pool_size = {POOL_SIZE}): pool[i] = hashmix(words[i] or 0)",
        f"   hashmix(v): v ^= hc; hc *= MULT_A ({h32(MULT_A)}); v *= hc; v ^= v >> 16",
        f"   hc starts at INIT_A = {h32(INIT_A)} and runs on across all the hashmix calls below.",
    ]
    for i, h in enumerate(tr.fill):
        out.append(f"   pool[{i}] = {_hashmix_line(h)}")
    out += [
        "",
        "3. Mix every pool word into every other one: for src, for dst != src:",
        "   pool[dst] = mix(pool[dst], hashmix(pool[src]))",
        f"   mix(x, y): r = L*x - R*y, L = {h32(MIX_MULT_L)}, R = {h32(MIX_MULT_R)};",
        "   result r ^ (r >> 16)",
    ]
    for m in tr.mixes:
        out.append("   " + _mix_line(m, f"pool[{m.src}]"))
    if tr.folds:
        out += [
            "",
            f"4. Fold in the {len(tr.words) - POOL_SIZE} entropy word(s) beyond the pool, each",
            "   into every pool word: pool[dst] = mix(pool[dst], hashmix(words[src]))",
        ]
        for m in tr.folds:
            out.append("   " + _mix_line(m, f"words[{m.src}]"))
    out += [
        "",
        f"   pool = [{', '.join(h32(p) for p in tr.pool)}]",
        "",
        f"{5 if tr.folds else 4}. generate_state: "
        f"word[i] = xs16((pool[i % {POOL_SIZE}] ^ c[i]) * c[i+1]), xs16(v) = v ^ (v >> 16),",
        f"   c[0] = INIT_B = {h32(INIT_B)}, c[i+1] = c[i] * MULT_B ({h32(MULT_B)})",
    ]
    for w in tr.state:
        out.append(
            f"   word[{w.index}] = xs16(({h32(w.pool_word)} ^ {h32(w.xor_const)} = {h32(w.xored)}) "
            f"* {h32(w.mult)} = {h32(w.product)}) = {h32(w.out)}"
        )
    out.append(
        f"   generate_state({len(tr.state)}, uint32) = [{', '.join(h32(w.out) for w in tr.state)}]"
    )
    if len(tr.state) >= 2:
        n64 = len(tr.state) // 2
        out.append(
            f"   generate_state({n64}, uint64) pairs them low word first: "
            f"[{', '.join(f'0x{v:016x}' for v in tr.generate_state(n64, 64))}]"
        )
    return out
