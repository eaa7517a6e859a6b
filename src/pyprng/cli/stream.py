"""``pyprng stream``: a bit generator's raw output words, for dieharder and friends.

``pyprng stream pcg64 --seed 1 | dieharder -g 200 -a`` tests PCG64 as numpy's
``PCG64(1)`` runs it: the words are exactly ``PCG64(1).random_raw(n)``, in the
engine's native width (uint32 for MT19937, uint64 otherwise), little-endian.

The seed helpers here (`parse_seed`, `find_bitgen`, `make_bitgen`) are shared
with ``pyprng explain``.
"""

from __future__ import annotations

import argparse
import os
import sys
from array import array
from typing import Any, Callable, Dict, List, Optional, Union

from . import UsageError

#: Words per write: big enough that the per-chunk overhead vanishes, small
#: enough that the first bytes appear at once.
CHUNK = 1 << 15

#: Native output width of engines whose raw word is not 64 bits (numpy's next_raw).
_WORD_BITS = {"MT19937": 32}

Seed = Union[int, List[int]]


# --------------------------------------------------------------------------------------
# shared with `pyprng explain`
# --------------------------------------------------------------------------------------
def parse_seed(text: str) -> Seed:
    """``"42"`` -> 42, ``"1,2,3"`` -> [1, 2, 3]; decimal or 0x-hex, any size, sign kept.

    Range checks are left to the engines so the user sees numpy's own message.
    """
    parts = text.split(",")
    values = []
    for part in parts:
        p = part.strip()
        try:
            sign = -1 if p.startswith("-") else 1
            digits = p.lstrip("+-")
            if digits[:2].lower() == "0x":
                values.append(sign * int(digits[2:], 16))
            elif digits.isdigit():
                values.append(sign * int(digits))
            else:
                raise ValueError
        except ValueError:
            raise UsageError(
                f"invalid --seed {text!r}: expected an integer or a comma-separated list of them"
            ) from None
    return values if len(parts) > 1 else values[0]


def bitgen_classes() -> Dict[str, Any]:
    """Every bit generator ``pyprng.bitgen`` exports, by lower-case name."""
    from .. import bitgen
    from ..bitgen._base import BitGenerator

    found = {}
    for name in getattr(bitgen, "__all__", dir(bitgen)):
        obj = getattr(bitgen, name, None)
        if isinstance(obj, type) and issubclass(obj, BitGenerator) and obj is not BitGenerator:
            found[name.lower()] = obj
    return found


def find_bitgen(name: str) -> Any:
    """The bit generator class called ``name`` (any case), or a usage error."""
    classes = bitgen_classes()
    cls = classes.get(name.lower())
    if cls is None:
        raise UsageError(
            f"unknown bit generator {name!r} (choose from {', '.join(sorted(classes))})"
        )
    return cls


def make_bitgen(cls: Any, seed: Seed, legacy: bool = False, text: str = "") -> Any:
    """``cls(seed)`` as numpy seeds it, or ``_legacy_seeding(seed)`` (RandomState's way).

    numpy's errors for bad seeds (negative, out of range, empty) become usage errors
    carrying numpy's message.
    """
    if legacy and not hasattr(cls, "_legacy_seeding"):
        raise UsageError(
            f"--legacy-seed is RandomState's seeding, only for mt19937, not {cls.__name__}"
        )
    try:
        if legacy:
            bg = cls()
            bg._legacy_seeding(seed)
            return bg
        return cls(seed)
    except (ValueError, TypeError, OverflowError) as exc:
        raise UsageError(f"invalid --seed {text or seed!r}: {exc}") from None


def word_bits(cls: Any) -> int:
    """The width of ``cls``'s raw output word: 32 for MT19937, 64 for the others."""
    return int(getattr(cls, "raw_bits", 0) or _WORD_BITS.get(getattr(cls, "name", ""), 64))


# --------------------------------------------------------------------------------------
# encoders: a list of words -> bytes
# --------------------------------------------------------------------------------------
def _raw_encoder(bits: int) -> Callable[[List[int]], bytes]:
    """Little-endian words of ``bits`` bits, whatever the host's byte order."""
    size = bits // 8
    code = next((c for c in ("I", "L", "Q") if array(c).itemsize == size), None)
    if code is None:  # pragma: no cover - no array type of that width on this host
        return lambda words: b"".join(w.to_bytes(size, "little") for w in words)
    swap = sys.byteorder != "little"

    def encode(words: List[int]) -> bytes:
        a = array(code, words)
        if swap:  # pragma: no cover - big-endian hosts
            a.byteswap()
        return a.tobytes()

    return encode


def encoder(fmt: str, bits: int) -> Callable[[List[int]], bytes]:
    """The function that turns a chunk of words into output bytes for ``--format``."""
    if fmt == "raw":
        return _raw_encoder(bits)
    pattern = f"0x%0{bits // 4}x\n" if fmt == "hex" else "%d\n"
    return lambda words: "".join([pattern % w for w in words]).encode("ascii")


# --------------------------------------------------------------------------------------
# the command
# --------------------------------------------------------------------------------------
def _names() -> str:
    try:
        return ", ".join(sorted(bitgen_classes()))
    except ImportError:  # pragma: no cover - a broken build still shows --help
        return "mt19937, pcg64"


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "stream",
        help="write a bit generator's raw output words (for dieharder, PractRand, ...)",
        description=(
            "Write the raw output words of BITGEN seeded as numpy's BITGEN(SEED) is, exactly "
            "numpy's random_raw(): uint32 words for MT19937, uint64 for the others, "
            "little-endian binary by default, forever unless --count is given. "
            "Example: pyprng stream pcg64 --seed 1 | dieharder -g 200 -a"
        ),
        epilog=f"bit generators: {_names()}",
    )
    p.add_argument("bitgen", metavar="BITGEN", help="bit generator name, any case (e.g. pcg64)")
    p.add_argument(
        "--seed",
        required=True,
        metavar="SEED",
        help="an integer of any size, or a comma-separated list of integers (as numpy takes them)",
    )
    p.add_argument("--count", metavar="N", help="write N words and stop (default: forever)")
    p.add_argument(
        "--format",
        choices=["raw", "hex", "dec"],
        default="raw",
        help="raw: little-endian binary (default); hex / dec: one word per line",
    )
    p.add_argument(
        "--legacy-seed",
        action="store_true",
        help="mt19937 only: seed as RandomState(SEED) does (init_genrand / init_by_array)",
    )
    p.set_defaults(run=run)


def parse_count(text: Optional[str]) -> Optional[int]:
    if text is None:
        return None
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise UsageError(f"invalid --count {text!r}: expected a non-negative integer")
    return count


def run(args: argparse.Namespace) -> int:
    cls = find_bitgen(args.bitgen)
    count = parse_count(args.count)
    bg = make_bitgen(cls, parse_seed(args.seed), args.legacy_seed, args.seed)
    out = sys.stdout.buffer
    if args.format == "raw" and out.isatty():
        raise UsageError("refusing to write binary to a terminal: pipe it, or use --format hex")
    encode = encoder(args.format, word_bits(cls))
    raws = bg.raws
    try:
        if count is None:
            while True:
                out.write(encode(raws(CHUNK)))
        while count:
            n = min(CHUNK, count)
            out.write(encode(raws(n)))
            count -= n
        out.flush()
    except BrokenPipeError:
        # The reader went away (``| head``, dieharder done): that is the normal end.
        # Point stdout at devnull so the interpreter's final flush cannot fail too
        # (https://docs.python.org/3/library/signal.html#note-on-sigpipe).
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # pragma: no cover - stdout is not a real file
            pass
    return 0
