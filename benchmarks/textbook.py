"""A textbook pure-Python port of the numpy.random workloads we benchmark.

This is the baseline pyprng is measured against: the code a tutorial would
write, one small function per step of the algorithm and a plain loop per
element, with no speed tricks.  It gives numpy's exact numbers
(``tests/test_textbook.py`` proves it), so a speed-up over it is honest.

Sources (numpy v2.4.6):

* SeedSequence: ``numpy/random/bit_generator.pyx`` (hashmix, mix, mix_entropy,
  generate_state).
* MT19937: ``src/mt19937/mt19937.c`` / ``mt19937.h`` (Matsumoto & Nishimura's
  reference code: init_genrand, init_by_array, the twist, the tempering) and
  ``_mt19937.pyx`` (seeding from a SeedSequence, legacy seeding).
* PCG64: ``src/pcg64/pcg64.h`` (128-bit LCG step, XSL-RR output) and
  ``_pcg64.pyx`` (seeding); next_uint32 hands out the two halves of a 64-bit
  word, low half first.
* Kernels: ``src/distributions/distributions.c`` (random_interval, masked and
  Lemire bounded integers, the ziggurat normal) and
  ``src/legacy/legacy-distributions.c`` (the polar gaussian).

Nothing here imports numpy.  The ziggurat *tables* are data, so they are taken
from pyprng (``pyprng.distributions._ziggurat_tables``); the algorithm that
uses them is written out below.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF
MASK128 = (1 << 128) - 1


# ---------------------------------------------------------------------------
# SeedSequence (numpy/random/bit_generator.pyx)
# ---------------------------------------------------------------------------

INIT_A = 0x43B0D7E5
MULT_A = 0x931E8875
INIT_B = 0x8B51F9DD
MULT_B = 0x58F38DED
MIX_MULT_L = 0xCA01F9DD
MIX_MULT_R = 0x4973F715
XSHIFT = 16
POOL_SIZE = 4


def int_to_words(value: int) -> list[int]:
    """Split a non-negative integer into little-endian 32-bit words (0 -> [0])."""
    if value < 0:
        raise ValueError("expected a non-negative integer")
    words = []
    while True:
        words.append(value & MASK32)
        value >>= 32
        if value == 0:
            break
    return words


class SeedSequence:
    """numpy's SeedSequence for integer entropy (no spawn keys)."""

    def __init__(self, entropy: int) -> None:
        self.entropy = entropy
        self.pool = [0] * POOL_SIZE
        self.hash_const = INIT_A
        self.mix_entropy(int_to_words(entropy))

    def hashmix(self, value: int) -> int:
        # The multiplier runs on from one call to the next within a pass.
        value = value ^ self.hash_const
        self.hash_const = (self.hash_const * MULT_A) & MASK32
        value = (value * self.hash_const) & MASK32
        value = value ^ (value >> XSHIFT)
        return value

    def mix(self, x: int, y: int) -> int:
        result = (MIX_MULT_L * x - MIX_MULT_R * y) & MASK32
        result = result ^ (result >> XSHIFT)
        return result

    def mix_entropy(self, entropy: list[int]) -> None:
        # Add in the entropy up to the pool size.
        for i in range(POOL_SIZE):
            if i < len(entropy):
                self.pool[i] = self.hashmix(entropy[i])
            else:
                self.pool[i] = self.hashmix(0)
        # Mix all bits together so late bits can affect earlier bits.
        for i_src in range(POOL_SIZE):
            for i_dst in range(POOL_SIZE):
                if i_src != i_dst:
                    hashed = self.hashmix(self.pool[i_src])
                    self.pool[i_dst] = self.mix(self.pool[i_dst], hashed)
        # Add any remaining entropy, mixing each new word with each pool word.
        for i_src in range(POOL_SIZE, len(entropy)):
            for i_dst in range(POOL_SIZE):
                hashed = self.hashmix(entropy[i_src])
                self.pool[i_dst] = self.mix(self.pool[i_dst], hashed)

    def generate_state_uint32(self, n_words: int) -> list[int]:
        hash_const = INIT_B
        state = []
        for i in range(n_words):
            value = self.pool[i % POOL_SIZE]
            value = value ^ hash_const
            hash_const = (hash_const * MULT_B) & MASK32
            value = (value * hash_const) & MASK32
            value = value ^ (value >> XSHIFT)
            state.append(value)
        return state

    def generate_state_uint64(self, n_words: int) -> list[int]:
        words = self.generate_state_uint32(2 * n_words)
        state = []
        for i in range(n_words):
            low = words[2 * i]
            high = words[2 * i + 1]
            state.append((high << 32) | low)
        return state


# ---------------------------------------------------------------------------
# MT19937 (src/mt19937/mt19937.c, mt19937.h)
# ---------------------------------------------------------------------------

N = 624
M = 397
MATRIX_A = 0x9908B0DF
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7FFFFFFF


class MT19937:
    """The Mersenne Twister, the reference way: one word at a time."""

    def __init__(self) -> None:
        self.mt = [0] * N
        self.index = N

    # -- seeding ---------------------------------------------------------------
    def init_genrand(self, seed: int) -> None:
        """Knuth's linear seeding (also numpy's legacy ``seed(int)``)."""
        self.mt[0] = seed & MASK32
        for i in range(1, N):
            previous = self.mt[i - 1]
            self.mt[i] = (1812433253 * (previous ^ (previous >> 30)) + i) & MASK32
        self.index = N

    def init_by_array(self, key: Sequence[int]) -> None:
        self.init_genrand(19650218)
        i = 1
        j = 0
        for _ in range(max(N, len(key))):
            previous = self.mt[i - 1]
            self.mt[i] = (
                (self.mt[i] ^ ((previous ^ (previous >> 30)) * 1664525)) + key[j] + j
            ) & MASK32
            i += 1
            j += 1
            if i >= N:
                self.mt[0] = self.mt[N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(N - 1):
            previous = self.mt[i - 1]
            self.mt[i] = ((self.mt[i] ^ ((previous ^ (previous >> 30)) * 1566083941)) - i) & MASK32
            i += 1
            if i >= N:
                self.mt[0] = self.mt[N - 1]
                i = 1
        self.mt[0] = 0x80000000  # MSB is 1; assures a non-zero initial array
        self.index = N

    def seed_from_seed_sequence(self, seed_seq: SeedSequence) -> None:
        """numpy's MT19937(seed): 624 words from the SeedSequence, first word fixed."""
        words = seed_seq.generate_state_uint32(N)
        self.mt[0] = 0x80000000
        for i in range(1, N):
            self.mt[i] = words[i]
        # numpy leaves pos at 623: the first output is the last key word, untwisted.
        self.index = N - 1

    # -- generation --------------------------------------------------------------
    def twist(self) -> None:
        for i in range(N):
            y = (self.mt[i] & UPPER_MASK) | (self.mt[(i + 1) % N] & LOWER_MASK)
            value = self.mt[(i + M) % N] ^ (y >> 1)
            if y & 1:
                value = value ^ MATRIX_A
            self.mt[i] = value
        self.index = 0

    def temper(self, y: int) -> int:
        y = y ^ (y >> 11)
        y = y ^ ((y << 7) & 0x9D2C5680)
        y = y ^ ((y << 15) & 0xEFC60000)
        y = y ^ (y >> 18)
        return y

    def genrand_int32(self) -> int:
        if self.index >= N:
            self.twist()
        y = self.mt[self.index]
        self.index += 1
        return self.temper(y)

    # -- the bit-generator interface -----------------------------------------------
    def next_uint32(self) -> int:
        return self.genrand_int32()

    def next_uint64(self) -> int:
        high = self.genrand_int32()
        low = self.genrand_int32()
        return (high << 32) | low

    def next_double(self) -> float:
        """53-bit double from two words: 27 high bits of the first, 26 of the second."""
        a = self.genrand_int32() >> 5
        b = self.genrand_int32() >> 6
        return (a * 67108864.0 + b) / 9007199254740992.0

    def random_raw(self, size: int | None = None) -> Any:
        if size is None:
            return self.genrand_int32()
        out = []
        for _ in range(size):
            out.append(self.genrand_int32())
        return out


def mt19937_from_seed(seed: int) -> MT19937:
    """``numpy.random.MT19937(seed)``: seeding through SeedSequence."""
    bitgen = MT19937()
    bitgen.seed_from_seed_sequence(SeedSequence(seed))
    return bitgen


# ---------------------------------------------------------------------------
# PCG64 (src/pcg64/pcg64.h)
# ---------------------------------------------------------------------------

PCG_MULTIPLIER = 0x2360ED051FC65DA44385DF649FCCF645


class PCG64:
    """PCG XSL-RR 128/64: a 128-bit LCG whose state is folded to 64 bits."""

    def __init__(self, seed: int) -> None:
        words = SeedSequence(seed).generate_state_uint64(4)
        initstate = (words[0] << 64) | words[1]
        initseq = (words[2] << 64) | words[3]
        self.state = 0
        self.inc = ((initseq << 1) | 1) & MASK128
        self.step()
        self.state = (self.state + initstate) & MASK128
        self.step()
        # next_uint32 hands out both halves of one 64-bit word.
        self.has_uint32 = False
        self.uinteger = 0

    def step(self) -> None:
        self.state = (self.state * PCG_MULTIPLIER + self.inc) & MASK128

    def rotate_right(self, value: int, rot: int) -> int:
        return ((value >> rot) | (value << ((64 - rot) & 63))) & MASK64

    def output_xsl_rr(self) -> int:
        high = self.state >> 64
        low = self.state & MASK64
        return self.rotate_right(high ^ low, self.state >> 122)

    def next_uint64(self) -> int:
        self.step()
        return self.output_xsl_rr()

    def next_uint32(self) -> int:
        if self.has_uint32:
            self.has_uint32 = False
            return self.uinteger
        word = self.next_uint64()
        self.has_uint32 = True
        self.uinteger = word >> 32
        return word & MASK32

    def next_double(self) -> float:
        return (self.next_uint64() >> 11) * (1.0 / 9007199254740992.0)

    def random_raw(self, size: int | None = None) -> Any:
        if size is None:
            return self.next_uint64()
        out = []
        for _ in range(size):
            out.append(self.next_uint64())
        return out


# ---------------------------------------------------------------------------
# Shared kernels (src/distributions/distributions.c)
# ---------------------------------------------------------------------------


def smallest_mask(max_value: int) -> int:
    """Smallest all-ones bit mask >= max_value."""
    mask = max_value
    mask |= mask >> 1
    mask |= mask >> 2
    mask |= mask >> 4
    mask |= mask >> 8
    mask |= mask >> 16
    mask |= mask >> 32
    return mask


def random_interval(bitgen: Any, max_value: int) -> int:
    """A uniform integer in [0, max_value] by masked rejection."""
    if max_value == 0:
        return 0
    mask = smallest_mask(max_value)
    if max_value <= MASK32:
        value = bitgen.next_uint32() & mask
        while value > max_value:
            value = bitgen.next_uint32() & mask
    else:
        value = bitgen.next_uint64() & mask
        while value > max_value:
            value = bitgen.next_uint64() & mask
    return value


def bounded_masked(bitgen: Any, rng: int) -> int:
    """Integer in [0, rng] by masked rejection; 32-bit draws when rng fits in 32 bits."""
    if rng == 0:
        return 0
    if rng == MASK32:
        return bitgen.next_uint32()
    if rng == MASK64:
        return bitgen.next_uint64()
    mask = smallest_mask(rng)
    if rng < MASK32:
        draw = bitgen.next_uint32
    else:
        draw = bitgen.next_uint64
    value = draw() & mask
    while value > rng:
        value = draw() & mask
    return value


def bounded_lemire(bitgen: Any, rng: int) -> int:
    """Integer in [0, rng] by Lemire's multiply-and-reject (arXiv:1805.10941)."""
    if rng == 0:
        return 0
    if rng == MASK32:
        return bitgen.next_uint32()
    if rng == MASK64:
        return bitgen.next_uint64()
    if rng < MASK32:
        bits, word_mask, draw = 32, MASK32, bitgen.next_uint32
    else:
        bits, word_mask, draw = 64, MASK64, bitgen.next_uint64
    rng_excl = rng + 1
    m = draw() * rng_excl
    leftover = m & word_mask
    if leftover < rng_excl:
        threshold = (word_mask - rng) % rng_excl
        while leftover < threshold:
            m = draw() * rng_excl
            leftover = m & word_mask
    return m >> bits


_ZIGGURAT: dict | None = None


def ziggurat_tables() -> dict:
    """The normal ziggurat tables (data, not algorithm), taken from pyprng."""
    global _ZIGGURAT
    if _ZIGGURAT is None:
        from pyprng.distributions import _ziggurat_tables as tables

        def table(name: str) -> Any:
            # numpy's C names, in either case.
            return getattr(tables, name.upper(), None) or getattr(tables, name)

        _ZIGGURAT = {
            "ki": list(table("ki_double")),
            "wi": list(table("wi_double")),
            "fi": list(table("fi_double")),
            "r": table("ziggurat_nor_r"),
            "inv_r": table("ziggurat_nor_inv_r"),
        }
    return _ZIGGURAT


def ziggurat_normal(bitgen: Any) -> float:
    """Marsaglia & Tsang's ziggurat, numpy's 256-layer double version."""
    z = ziggurat_tables()
    ki, wi, fi = z["ki"], z["wi"], z["fi"]
    while True:
        r = bitgen.next_uint64()
        idx = r & 0xFF
        r >>= 8
        sign = r & 1
        rabs = (r >> 1) & 0x000FFFFFFFFFFFFF
        x = rabs * wi[idx]
        if sign:
            x = -x
        if rabs < ki[idx]:
            return x  # inside the rectangle: the common case
        if idx == 0:
            # The tail beyond r: Marsaglia's exponential-rejection method.
            while True:
                xx = -z["inv_r"] * math.log1p(-bitgen.next_double())
                yy = -math.log1p(-bitgen.next_double())
                if yy + yy > xx * xx:
                    if (rabs >> 8) & 1:
                        return -(z["r"] + xx)
                    return z["r"] + xx
        else:
            # The wedge: compare with the density.
            if (fi[idx - 1] - fi[idx]) * bitgen.next_double() + fi[idx] < math.exp(-0.5 * x * x):
                return x


# ---------------------------------------------------------------------------
# Legacy RandomState on MT19937 (mtrand.pyx, legacy-distributions.c)
# ---------------------------------------------------------------------------


class RandomState:
    """numpy's RandomState for the benchmarked methods, seeded the legacy way."""

    def __init__(self, seed: int) -> None:
        self.bitgen = MT19937()
        self.seed(seed)

    def seed(self, seed: int) -> None:
        self.bitgen.init_genrand(seed)
        self.has_gauss = False
        self.gauss_value = 0.0

    def random_sample(self, size: int | None = None) -> Any:
        if size is None:
            return self.bitgen.next_double()
        out = []
        for _ in range(size):
            out.append(self.bitgen.next_double())
        return out

    def randint(self, low: int, high: int, size: int | None = None) -> Any:
        rng = high - 1 - low
        if size is None:
            return low + bounded_masked(self.bitgen, rng)
        out = []
        for _ in range(size):
            out.append(low + bounded_masked(self.bitgen, rng))
        return out

    def gauss(self) -> float:
        """Marsaglia's polar method; the second value is kept for the next call."""
        if self.has_gauss:
            self.has_gauss = False
            value = self.gauss_value
            self.gauss_value = 0.0
            return value
        while True:
            x1 = 2.0 * self.bitgen.next_double() - 1.0
            x2 = 2.0 * self.bitgen.next_double() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * math.log(r2) / r2)
        self.gauss_value = f * x1
        self.has_gauss = True
        return f * x2

    def standard_normal(self, size: int | None = None) -> Any:
        if size is None:
            return self.gauss()
        out = []
        for _ in range(size):
            out.append(self.gauss())
        return out


# ---------------------------------------------------------------------------
# Generator on PCG64 (_generator.pyx)
# ---------------------------------------------------------------------------


class Generator:
    """numpy's ``default_rng(seed)`` for the benchmarked methods."""

    def __init__(self, seed: int) -> None:
        self.bitgen = PCG64(seed)

    def random(self, size: int | None = None) -> Any:
        if size is None:
            return self.bitgen.next_double()
        out = []
        for _ in range(size):
            out.append(self.bitgen.next_double())
        return out

    def integers(self, low: int, high: int, size: int | None = None) -> Any:
        rng = high - 1 - low
        if size is None:
            return low + bounded_lemire(self.bitgen, rng)
        out = []
        for _ in range(size):
            out.append(low + bounded_lemire(self.bitgen, rng))
        return out

    def standard_normal(self, size: int | None = None) -> Any:
        if size is None:
            return ziggurat_normal(self.bitgen)
        out = []
        for _ in range(size):
            out.append(ziggurat_normal(self.bitgen))
        return out

    def choice(self, a: int, size: int | None = None) -> Any:
        """With replacement and no p, choice(a, size) is integers(0, a, size)."""
        return self.integers(0, a, size)

    def shuffle(self, x: list[Any]) -> None:
        """Fisher-Yates from the end, j drawn by masked rejection."""
        for i in range(len(x) - 1, 0, -1):
            j = random_interval(self.bitgen, i)
            x[i], x[j] = x[j], x[i]
