"""MT19937, step by step: seeding, the twist and the tempering.

Mirrors numpy's ``src/mt19937/mt19937.c`` / ``mt19937.h`` and ``_mt19937.pyx``
(Matsumoto & Nishimura's MT19937 with numpy's seeding).  Three ways in:

* ``MT19937(seed)``: ``SeedSequence(seed).generate_state(624, uint32)``,
  ``key[0] = 0x80000000``, and ``pos = 623`` (not 624), so the first output
  is the tempered ``key[623]`` *before* any twist;
* ``RandomState(int)`` (``_legacy_seeding``): ``mt19937_seed`` = the reference
  ``init_genrand`` (Knuth's multiplier 1812433253), ``pos = 624``;
* ``RandomState([ints])``: the reference ``init_by_array``, ``pos = 624``.

The tests hold these traces equal to :class:`pyprng.bitgen.MT19937` (and numpy).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Optional

from .seedsequence import SeedSequenceTrace, h32, render_pool_summary, trace_seedsequence

N = 624
M = 397
MATRIX_A = 0x9908B0DF
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7FFFFFFF
M32 = 0xFFFFFFFF
TEMPER_B = 0x9D2C5680
TEMPER_C = 0xEFC60000


@dataclass
class GenrandStep:
    """``key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >> 30)) + i``."""

    i: int
    prev: int
    xored: int  # prev ^ (prev >> 30)
    out: int


@dataclass
class ArrayStep:
    """One step of init_by_array's first (``j`` set) or second (``j`` None) loop."""

    i: int
    j: Optional[int]
    before: int  # key[i] before
    prev: int  # key[i-1]
    out: int


@dataclass
class Init:
    kind: str  # 'seedsequence', 'init_genrand' or 'init_by_array'
    seed: Any
    seedseq: Optional[SeedSequenceTrace] = None
    genrand: List[GenrandStep] = field(default_factory=list)  # init_genrand (or its first phase)
    array_phase1: List[ArrayStep] = field(default_factory=list)
    array_phase2: List[ArrayStep] = field(default_factory=list)
    key: List[int] = field(default_factory=list)  # the 624 words after seeding
    pos: int = N


@dataclass
class TwistStep:
    """``key[i] = key[i+397 mod 624] ^ (y >> 1) ^ (MATRIX_A if y odd)``,
    ``y = (key[i] & UPPER) | (key[i+1 mod 624] & LOWER)``."""

    i: int
    upper: int  # key[i] (old)
    lower: int  # key[i+1] (old; the new key[0] for i = 623)
    y: int
    partner_index: int
    partner: int  # key[i+397 mod 624] (already new for i >= 227)
    mag: int  # MATRIX_A or 0
    out: int


@dataclass
class Temper:
    y: int  # key[pos]
    y1: int  # y ^= y >> 11
    y2: int  # y ^= (y << 7) & 0x9d2c5680
    y3: int  # y ^= (y << 15) & 0xefc60000
    out: int  # y ^= y >> 18


@dataclass
class Output:
    index: int  # 0 for the first output
    pos: int  # the key index it tempers
    twisted: bool  # a full twist ran just before this output
    twist: Optional[TwistStep]  # how key[pos] was made, if by a twist
    temper: Temper


@dataclass
class MT19937Trace:
    init: Init
    outputs: List[Output]
    key: List[int]  # state after the outputs
    pos: int
    twists: int  # how many full twists ran


def temper(y: int) -> Temper:
    y1 = y ^ (y >> 11)
    y2 = y1 ^ ((y1 << 7) & TEMPER_B)
    y3 = y2 ^ ((y2 << 15) & TEMPER_C)
    return Temper(y, y1, y2, y3, y3 ^ (y3 >> 18))


def init_genrand(s: int, steps: List[GenrandStep]) -> List[int]:
    key = [s & M32]
    for i in range(1, N):
        prev = key[-1]
        xored = prev ^ (prev >> 30)
        key.append((1812433253 * xored + i) & M32)
        steps.append(GenrandStep(i, prev, xored, key[-1]))
    return key


def _init(seed: Any, legacy: bool) -> Init:
    if not legacy:
        ss = trace_seedsequence(seed, N)
        key = ss.generate_state(N)
        key[0] = UPPER_MASK  # "MSB is 1; assuring non-zero initial array"
        # numpy's loop ``for i in range(1, 624)`` leaves i = 623 and stores it as pos.
        return Init("seedsequence", seed, seedseq=ss, key=key, pos=N - 1)
    if isinstance(seed, int):
        if not 0 <= seed <= M32:
            raise ValueError("Seed must be between 0 and 2**32 - 1")
        init = Init("init_genrand", seed)
        init.key = init_genrand(seed, init.genrand)
        return init
    init_key = list(seed)
    if not init_key:
        raise ValueError("Seed must be non-empty")
    if any(not 0 <= v <= M32 for v in init_key):
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    init = Init("init_by_array", init_key)
    key = init_genrand(19650218, init.genrand)
    i, j = 1, 0
    for _ in range(max(N, len(init_key))):
        before, prev = key[i], key[i - 1]
        key[i] = ((before ^ ((prev ^ (prev >> 30)) * 1664525)) + init_key[j] + j) & M32
        init.array_phase1.append(ArrayStep(i, j, before, prev, key[i]))
        i += 1
        j += 1
        if i >= N:
            key[0] = key[N - 1]
            i = 1
        if j >= len(init_key):
            j = 0
    for _ in range(N - 1):
        before, prev = key[i], key[i - 1]
        key[i] = ((before ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & M32
        init.array_phase2.append(ArrayStep(i, None, before, prev, key[i]))
        i += 1
        if i >= N:
            key[0] = key[N - 1]
            i = 1
    key[0] = UPPER_MASK
    init.key = key
    return init


def twist(key: List[int]) -> List[TwistStep]:
    """numpy's ``mt19937_gen`` in place, recording each of the 624 steps."""
    steps = []
    for i in range(N):
        upper, lower = key[i], key[(i + 1) % N]
        y = (upper & UPPER_MASK) | (lower & LOWER_MASK)
        k = (i + M) % N
        mag = MATRIX_A if y & 1 else 0
        partner = key[k]
        key[i] = partner ^ (y >> 1) ^ mag
        steps.append(TwistStep(i, upper, lower, y, k, partner, mag, key[i]))
    return steps


def trace_mt19937(seed: Any, steps: int = 3, legacy: bool = False) -> MT19937Trace:
    """Seed MT19937 and draw ``steps`` outputs, recording every intermediate value.

    Parameters
    ----------
    seed : int or list of int
        As for ``MT19937(seed)``, or ``RandomState(seed)`` when ``legacy``.
    steps : int, optional
        Number of 32-bit outputs to trace.
    legacy : bool, optional
        Seed with ``_legacy_seeding`` (init_genrand / init_by_array).
    """
    init = _init(seed, legacy)
    key = list(init.key)
    pos = init.pos
    twisted: List[TwistStep] = []
    outputs = []
    twists = 0
    for n in range(steps):
        fresh = pos == N
        if fresh:
            twisted = twist(key)
            twists += 1
            pos = 0
        outputs.append(Output(n, pos, fresh, twisted[pos] if twisted else None, temper(key[pos])))
        pos += 1
    return MT19937Trace(init, outputs, key, pos, twists)


# --------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------
def _render_init(init: Init) -> List[str]:
    out: List[str] = []
    if init.kind == "seedsequence":
        assert init.seedseq is not None
        ss = init.seedseq
        out += [
            f"Seeding: MT19937({init.seed!r}) -- the SeedSequence path (numpy's default)",
            *render_pool_summary(ss, "  "),
            "  val = SeedSequence.generate_state(624, uint32):",
            "  "
            + ", ".join(f"val[{i}] = {h32(w.out)}" for i, w in enumerate(ss.state[:3]))
            + f", ..., val[623] = {h32(ss.state[-1].out)}",
            f"  key[0] = 0x80000000 (MSB set so the state is never all zero; val[0] = "
            f"{h32(ss.state[0].out)} is dropped), key[i] = val[i] for i = 1..623",
            "  pos = 623, not 624: numpy's seeding loop `for i in range(1, 624)` leaves i = 623",
            "  and stores it as pos, so the first output is key[623] tempered as it stands,",
            "  and the first twist only runs for the second output.",
        ]
    elif init.kind == "init_genrand":
        g = init.genrand
        out += [
            f"Seeding: RandomState({init.seed!r}) -- _legacy_seeding, an int in [0, 2**32):",
            "  mt19937_seed = the reference init_genrand (Knuth's multiplier):",
            "  key[0] = seed; key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >> 30)) + i  (mod 2**32)",
            f"  key[0] = {h32(init.key[0])}",
        ]
        for gs in [*g[:3], None, g[-1]]:
            out.append(
                "  ..."
                if gs is None
                else f"  key[{gs.i}] = 1812433253 * ({h32(gs.prev)} ^ >> 30 = {h32(gs.xored)})"
                f" + {gs.i} = {h32(gs.out)}"
            )
        out.append("  pos = 624: the first output twists the whole key first.")
    else:
        out += [
            f"Seeding: RandomState({init.seed!r}) -- MT19937._legacy_seeding with a list:",
            "  the reference init_by_array(init_key, key_length):",
            f"  (a) init_genrand(19650218): key[0] = {h32(init.genrand[0].prev)}, key[1] = "
            f"{h32(init.genrand[0].out)}, ..., key[623] = {h32(init.genrand[-1].out)}",
            f"  (b) {len(init.array_phase1)} steps (max(624, len(init_key))), i from 1, j cycling"
            " over init_key:",
            "      key[i] = (key[i] ^ (f(key[i-1]) * 1664525)) + init_key[j] + j,",
            "      f(x) = x ^ (x >> 30);",
            "      when i reaches 624: key[0] = key[623], i = 1",
        ]
        p1 = init.array_phase1
        for s in [*p1[:3], None, p1[-1]]:
            out.append(
                "      ..."
                if s is None
                else f"      i={s.i} j={s.j}: ({h32(s.before)} ^ f({h32(s.prev)}) * 1664525) + "
                f"{h32(init.seed[s.j])} + {s.j} = {h32(s.out)}"
            )
        out += [
            "  (c) 623 steps, i running on: key[i] = (key[i] ^ (f(key[i-1]) * 1566083941)) - i",
        ]
        p2 = init.array_phase2
        for s in [*p2[:3], None, p2[-1]]:
            out.append(
                "      ..."
                if s is None
                else f"      i={s.i}: ({h32(s.before)} ^ f({h32(s.prev)}) * 1566083941) - {s.i}"
                f" = {h32(s.out)}"
            )
        out += [
            "  (d) key[0] = 0x80000000 (MSB set: the state is never all zero)",
            "  pos = 624: the first output twists the whole key first.",
        ]
    head = ", ".join(h32(k) for k in init.key[:4])
    out.append(f"  key = [{head}, ..., {h32(init.key[-1])}], pos = {init.pos}")
    return out


def _render_twist_step(t: TwistStep) -> List[str]:
    return [
        f"    twist key[{t.i}]: y = (key[{t.i}] {h32(t.upper)} & 0x80000000) | "
        f"(key[{(t.i + 1) % N}] {h32(t.lower)} & 0x7fffffff) = {h32(t.y)}",
        f"      key[{t.i}] = key[{t.partner_index}] {h32(t.partner)} ^ (y >> 1) {h32(t.y >> 1)}"
        f" ^ {'MATRIX_A ' + h32(MATRIX_A) + ' (y odd)' if t.mag else '0 (y even)'} = {h32(t.out)}",
    ]


def render_mt19937(tr: MT19937Trace) -> List[str]:
    """The trace as text lines."""
    out = [
        "MT19937 (numpy src/mt19937/mt19937.c): 624 words of state, outputs 32-bit words.",
        "",
        *_render_init(tr.init),
        "",
        f"Outputs: next_uint32 / random_raw, the first {len(tr.outputs)}",
        "  if pos == 624: twist all 624 words (mt19937_gen), pos = 0",
        "  y = key[pos++]; then temper: y ^= y >> 11; y ^= (y << 7) & 0x9d2c5680;",
        "  y ^= (y << 15) & 0xefc60000; y ^= y >> 18",
        "  twist: key[i] = key[(i + 397) % 624] ^ (y >> 1) ^ (0x9908b0df if y is odd),",
        "         y = (key[i] & 0x80000000) | (key[(i + 1) % 624] & 0x7fffffff);",
        "         i runs 0..623 in place, so from i = 227 on key[i + 397 - 624] is already new.",
    ]
    for o in tr.outputs:
        out.append("")
        if o.twisted:
            out.append("  pos == 624: twist (mt19937_gen), pos = 0")
        out.append(f"  output[{o.index}]: pos = {o.pos}")
        if o.twist is not None:
            out += _render_twist_step(o.twist)
        t = o.temper
        out += [
            f"    {'y = key[%d]' % o.pos:<28}= {h32(t.y)}",
            f"    {'y ^= y >> 11':<28}-> {h32(t.y1)}",
            f"    {'y ^= (y << 7) & 0x9d2c5680':<28}-> {h32(t.y2)}",
            f"    {'y ^= (y << 15) & 0xefc60000':<28}-> {h32(t.y3)}",
            f"    {'y ^= y >> 18':<28}-> {h32(t.out)}",
            f"  output[{o.index}] = {h32(t.out)}  ({t.out})",
        ]
    out += [
        "",
        f"After {len(tr.outputs)} output(s): pos = {tr.pos}, {tr.twists} twist(s) run.",
        "next_uint64 = (first << 32) | second;",
        "next_double = ((a >> 5) * 67108864 + (b >> 6)) / 2**53 with a drawn first.",
    ]
    return out
