"""The ziggurat tables and kernels: numpy's numbers, every layer exercised against numpy."""

from __future__ import annotations

import collections
import hashlib
import math
import os
import re
from array import array
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyprng.bitgen import MT19937, PCG64, SFC64
from pyprng.distributions import _ziggurat_tables as t
from pyprng.distributions import ziggurat as zig
from pyprng.distributions._float32 import HAVE_LIBM_FLOAT, expf, f32, log1pf, logf

from .conftest import bits, requires_numpy

TABLES = [
    "KI_DOUBLE", "WI_DOUBLE", "FI_DOUBLE", "KI_FLOAT", "WI_FLOAT", "FI_FLOAT",
    "KE_DOUBLE", "WE_DOUBLE", "FE_DOUBLE", "KE_FLOAT", "WE_FLOAT", "FE_FLOAT",
]  # fmt: skip


# --------------------------------------------------------------------------------------
# the tables
# --------------------------------------------------------------------------------------
def test_tables_are_numpys_bit_for_bit():
    """A digest of every entry, taken from numpy 2.4.6's ziggurat_constants.h."""
    h = hashlib.sha256()
    for name in TABLES:
        table = getattr(t, name)
        assert len(table) == 256
        for v in table:
            h.update((v.hex() if isinstance(v, float) else hex(v)).encode() + b",")
    assert h.hexdigest() == "97dcf16455208fef2a36d6435b4070f726d4c9fd61901cf7199f9d3c934adeef"
    # A few entries spelled out (checked by hand against the header).
    assert t.KI_DOUBLE[0] == 0x000EF33D8025EF6A
    assert t.WI_DOUBLE[0].hex() == "0x1.f493b7815d979p-51"
    assert t.FI_DOUBLE[1].hex() == "0x1.f446ac979f087p-1"
    assert t.KE_DOUBLE[255] == 0x001CDB4DD9E4E8C0
    assert t.KE_FLOAT[0] == 7424081
    assert t.WE_DOUBLE[1].hex() == "0x1.0589d8b5d4119p-57"


@pytest.mark.skipif(
    not os.environ.get("PYPRNG_ZIGGURAT_H"),
    reason="set PYPRNG_ZIGGURAT_H to numpy's ziggurat_constants.h to compare with the header",
)
def test_tables_equal_numpys_header():
    text = open(os.environ["PYPRNG_ZIGGURAT_H"]).read()
    found = 0
    for ctype, name, body in re.findall(r"static const (\w+) (\w+)\[\] = \{(.*?)\};", text, re.S):
        tokens = [s.strip() for s in body.replace("\n", " ").split(",") if s.strip()]
        if ctype.startswith("uint"):
            values = [int(s.rstrip("UL"), 16) for s in tokens]
        elif ctype == "double":
            values = [float(s) for s in tokens]
        else:  # a float literal is rounded once, decimal -> float32
            values = [_float32_literal(s.rstrip("fF")) for s in tokens]
        assert list(getattr(t, name.upper())) == values, name
        found += 1
    assert found == 12


def _float32_literal(text):
    exact = Fraction(text)
    near = f32(float(exact))
    candidates = [near, math.nextafter(near, 0.0), math.nextafter(near, 1.0)]
    return min((f32(c) for c in candidates), key=lambda c: abs(Fraction(c) - exact))


def test_table_anchors():
    """Marsaglia-Tsang's boundary entries: the base strip, the edge r, f(r)."""
    assert t.KI_DOUBLE[1] == t.KE_DOUBLE[1] == t.KI_FLOAT[1] == t.KE_FLOAT[1] == 0
    assert t.FI_DOUBLE[0] == t.FE_DOUBLE[0] == t.FI_FLOAT[0] == t.FE_FLOAT[0] == 1.0
    assert t.WI_DOUBLE[255] * 2.0**52 == t.ZIGGURAT_NOR_R
    assert t.WE_DOUBLE[255] * 2.0**53 == t.ZIGGURAT_EXP_R
    r = t.ZIGGURAT_NOR_R
    assert t.FI_DOUBLE[255] == math.exp(-0.5 * r * r)
    assert t.ZIGGURAT_NOR_INV_R == 1.0 / r
    assert t.ZIGGURAT_NOR_R_F == f32(t.ZIGGURAT_NOR_R)
    assert t.ZIGGURAT_NOR_INV_R_F == f32(t.ZIGGURAT_NOR_INV_R)
    assert t.ZIGGURAT_EXP_R_F == f32(t.ZIGGURAT_EXP_R)


def test_float_tables_derive_from_the_double_tables():
    """The float32 set is the double set rescaled from 52/53 bits to 23/24 and rounded.

    Exactly so for the normal; the exponential's float widths/densities were rounded
    from more precise values, which differ by one float32 ulp in four places.
    """
    for i in range(256):
        assert t.KI_FLOAT[i] == round(t.KI_DOUBLE[i] / 2**29)
        assert t.WI_FLOAT[i] == f32(t.WI_DOUBLE[i] * 2**29)
        assert t.FI_FLOAT[i] == f32(t.FI_DOUBLE[i])
        assert t.KE_FLOAT[i] == round(t.KE_DOUBLE[i] / 2**30)
    we_off = [i for i in range(256) if t.WE_FLOAT[i] != f32(t.WE_DOUBLE[i] * 2**30)]
    fe_off = [i for i in range(256) if t.FE_FLOAT[i] != f32(t.FE_DOUBLE[i])]
    assert we_off == [226]
    assert fe_off == [128, 154, 171]
    for i in we_off:
        assert abs(t.WE_FLOAT[i] - f32(t.WE_DOUBLE[i] * 2**30)) <= math.ulp(t.WE_FLOAT[i]) * 2**29
    for i in fe_off:
        assert abs(t.FE_FLOAT[i] - f32(t.FE_DOUBLE[i])) <= math.ulp(t.FE_FLOAT[i]) * 2**29


def _marsaglia_tsang(r, v, f, f_inv, scale):
    """The ziggurat construction (Marsaglia & Tsang 2000, zigset) in double arithmetic."""
    k, w, fi = [0] * 256, [0.0] * 256, [0.0] * 256
    x = prev = r
    q = v / f(r)
    k[0], w[0], w[255] = int(r / q * scale), q / scale, r / scale
    fi[0], fi[255] = 1.0, f(r)
    for i in range(254, 0, -1):
        x = f_inv(v / x + f(x))
        k[i + 1] = int(x / prev * scale)
        prev = x
        fi[i], w[i] = f(x), x / scale
    return k, w, fi


def _assert_close(ours, theirs, rel):
    for a, b in zip(ours, theirs):
        assert abs(a - b) <= rel * abs(b), (a, b)


def test_double_tables_follow_the_construction():
    """Re-derived in doubles, the tables agree to ~1e-13 (not bit for bit: hence data)."""
    r = t.ZIGGURAT_NOR_R

    def f(x):
        return math.exp(-0.5 * x * x)

    v = r * f(r) + math.sqrt(math.pi / 2) * math.erfc(r / math.sqrt(2))  # layer area
    k, w, fi = _marsaglia_tsang(r, v, f, lambda y: math.sqrt(-2 * math.log(y)), 2.0**52)
    _assert_close(k, t.KI_DOUBLE, 1e-12)
    _assert_close(w, t.WI_DOUBLE, 1e-12)
    _assert_close(fi, t.FI_DOUBLE, 1e-12)
    r = t.ZIGGURAT_EXP_R
    v = (r + 1.0) * math.exp(-r)
    k, w, fi = _marsaglia_tsang(r, v, lambda x: math.exp(-x), lambda y: -math.log(y), 2.0**53)
    _assert_close(k, t.KE_DOUBLE, 1e-12)
    _assert_close(w, t.WE_DOUBLE, 1e-12)
    _assert_close(fi, t.FE_DOUBLE, 1e-12)


# --------------------------------------------------------------------------------------
# float32 libm functions
# --------------------------------------------------------------------------------------
def test_float32_libm_functions_return_float32_values():
    for x in (0.5, 1e-3, 3.0, -0.25):
        for fn in (logf, expf, log1pf):
            if fn is logf and x <= 0:
                continue
            y = fn(x)
            assert f32(y) == y
    assert log1pf(-0.0) == 0.0
    assert HAVE_LIBM_FLOAT in (True, False)


def test_f32_rounds_like_c():
    assert f32(1.0 + 2.0**-24) == 1.0  # tie to even
    assert f32(1.0 + 3 * 2.0**-24) == 1.0 + 2.0**-22
    assert f32(1e40) == math.inf
    assert f32(-1e40) == -math.inf


# --------------------------------------------------------------------------------------
# every layer, against numpy
# --------------------------------------------------------------------------------------
KERNELS = [
    ("normal", "_normal_slow", zig.standard_normal_fill, "standard_normal", "float64", 800_000),
    (
        "normal_f",
        "_normal_f_slow",
        zig.standard_normal_f_fill,
        "standard_normal",
        "float32",
        800_000,
    ),
    ("exp", "_exp_slow", zig.standard_exponential_fill, "standard_exponential", "float64", 300_000),
    (
        "exp_f",
        "_exp_f_slow",
        zig.standard_exponential_f_fill,
        "standard_exponential",
        "float32",
        300_000,
    ),
]


@requires_numpy
@pytest.mark.parametrize(
    ("label", "slow", "fill", "method", "dtype", "n", "halves"),
    [k + (False,) for k in KERNELS] + [k + (True,) for k in KERNELS if k[4] == "float64"],
)
def test_every_layer_and_the_tail_match_numpy(
    monkeypatch, label, slow, fill, method, dtype, n, halves
):
    """Enough draws that every layer's wedge test (and the tail) runs; all equal numpy's.
    (``halves``: the float64 fills as PyPy runs them, from 32-bit halves of the words.)"""
    import numpy

    monkeypatch.setattr(zig, "_HALVES", halves)

    visits = collections.Counter()
    outcomes = collections.Counter()
    original = getattr(zig, slow)

    def recording(idx, *args):
        visits[idx] += 1
        value = original(idx, *args)
        outcomes[(idx == 0, value is None)] += 1
        return value

    monkeypatch.setattr(zig, slow, recording)
    ours = fill(PCG64(12345), n)
    theirs = getattr(numpy.random.Generator(numpy.random.PCG64(12345)), method)(n, dtype=dtype)
    # bit patterns, compared as whole buffers (float32 values widen to float64 exactly)
    assert array("d", ours).tobytes() == theirs.astype(numpy.float64).tobytes()
    assert sorted(visits) == list(range(256)), f"{label}: layers never rejected"
    assert outcomes[(False, True)] and outcomes[(False, False)]  # wedge: rejected and accepted
    assert outcomes[(True, False)]  # the tail


@requires_numpy
@pytest.mark.parametrize("engine", ["PCG64", "MT19937"])
def test_scalar_kernels_match_numpy_on_both_engines(engine):
    import numpy

    ours_cls = {"PCG64": PCG64, "MT19937": MT19937}[engine]
    theirs_cls = {"PCG64": numpy.random.PCG64, "MT19937": numpy.random.MT19937}[engine]
    for scalar, method, dtype in [
        (zig.standard_normal, "standard_normal", "float64"),
        (zig.standard_normal_f, "standard_normal", "float32"),
        (zig.standard_exponential, "standard_exponential", "float64"),
        (zig.standard_exponential_f, "standard_exponential", "float32"),
    ]:
        bg = ours_cls(2024)
        ours = [scalar(bg) for _ in range(5000)]
        theirs = getattr(numpy.random.Generator(theirs_cls(2024)), method)(5000, dtype=dtype)
        assert [bits(x) for x in ours] == [bits(x) for x in theirs.tolist()]


# --------------------------------------------------------------------------------------
# the block forms of the float64 normal's fast path
# --------------------------------------------------------------------------------------
def _edge_words(idx, sign):
    """Words of layer ``idx`` whose rabs sits on ki[idx] and on its top 8 bits."""
    ki = t.KI_DOUBLE[idx]
    top = (ki >> 44) << 44
    out = []
    for rabs in {0, 1, ki - 1, ki, ki + 1, top - 1, top, top + (1 << 44) - 1, (1 << 52) - 1}:
        if 0 <= rabs < 1 << 52:
            for high in (0, 7):  # bits 61..63 are not part of rabs
                out.append((high << 61) | (rabs << 9) | (sign << 8) | idx)
    return out


EDGE_WORDS = [w for idx in range(256) for sign in (0, 1) for w in _edge_words(idx, sign)]

# a block: the edge words of every layer (some of them), random words, shuffled
word_lists = st.builds(
    lambda ws, rnd, k: rnd.sample(ws + EDGE_WORDS, k),
    st.lists(st.integers(0, 2**64 - 1), max_size=300),
    st.randoms(use_true_random=False),
    st.integers(zig._LANES_MIN, zig.BLOCK),
)


def _block_bits(block):
    xs, rejects = block
    return [bits(x) for x in xs], rejects


@settings(max_examples=30)
@given(word_lists)
def test_lane_block_equals_the_plain_block(words):
    """Values bit for bit and the rejected positions, on every layer's edge words."""
    assert _block_bits(zig._normal_block_lanes(words)) == _block_bits(
        zig._normal_block_plain(words)
    )
    for k in (zig._LANES_MIN, 100, len(words) // 3):  # shorter blocks: truncated lanes
        if k <= len(words):
            assert _block_bits(zig._normal_block_lanes(words[:k])) == _block_bits(
                zig._normal_block_plain(words[:k])
            )


def test_plain_block_is_the_scalar_fast_path():
    words = EDGE_WORDS[:2000]
    xs, rejects = zig._normal_block_plain(words)
    for j, r in enumerate(words):
        idx, rabs = r & 0xFF, (r >> 9) & ((1 << 52) - 1)
        x = rabs * t.WI_DOUBLE[idx]
        assert bits(xs[j]) == bits(-x if (r >> 8) & 1 else x)
        assert (j in rejects) == (rabs >= t.KI_DOUBLE[idx])


def _exp_edge_words(idx):
    """Words of exponential layer ``idx`` whose ri sits on ke[idx] and on its top 8 bits."""
    ke = t.KE_DOUBLE[idx]
    top = (ke >> 45) << 45
    out = []
    for ri in {0, 1, ke - 1, ke, ke + 1, top - 1, top, top + (1 << 45) - 1, (1 << 53) - 1}:
        if 0 <= ri < 1 << 53:
            for low in (0, 7):  # bits 0..2 are not used
                out.append((ri << 11) | (idx << 3) | low)
    return out


EXP_EDGE_WORDS = [w for idx in range(256) for w in _exp_edge_words(idx)]

exp_word_lists = st.builds(
    lambda ws, rnd, k: rnd.sample(ws + EXP_EDGE_WORDS, k),
    st.lists(st.integers(0, 2**64 - 1), max_size=300),
    st.randoms(use_true_random=False),
    st.integers(zig._LANES_MIN, zig.BLOCK),
)


@settings(max_examples=30)
@given(exp_word_lists)
def test_exponential_lane_block_equals_the_plain_block(words):
    """Values bit for bit and rejections, on every layer's edge words (layer 0,
    whose factor would overflow, is recomputed exactly)."""
    assert _block_bits(zig._exp_block_lanes(words)) == _block_bits(zig._exp_block_plain(words))
    for k in (zig._LANES_MIN, 100, len(words) // 3):  # shorter blocks: truncated lanes
        if k <= len(words):
            assert _block_bits(zig._exp_block_lanes(words[:k])) == _block_bits(
                zig._exp_block_plain(words[:k])
            )


def test_exponential_plain_block_is_the_scalar_fast_path():
    words = EXP_EDGE_WORDS
    xs, rejects = zig._exp_block_plain(words)
    for j, r in enumerate(words):
        idx, ri = (r >> 3) & 0xFF, r >> 11
        assert bits(xs[j]) == bits(ri * t.WE_DOUBLE[idx])
        assert (j in rejects) == (ri >= t.KE_DOUBLE[idx])


def _halves_of(words):
    return [h for w in words for h in (w & 0xFFFFFFFF, w >> 32)]


@settings(max_examples=30)
@given(word_lists)
def test_halves_blocks_equal_the_word_blocks(words):
    """The PyPy block forms (words as 32-bit halves) against the word forms."""
    halves = zig._HalvesWords(_halves_of(words))
    assert len(halves) == len(words) and list(halves) == words
    assert _block_bits(zig._normal_block_halves(_halves_of(words))) == _block_bits(
        zig._normal_block_plain(words)
    )
    xs, rejects = zig._exp_block_halves(_halves_of(words))
    we, ke = t.WE_DOUBLE, t.KE_DOUBLE
    assert [bits(x) for x in xs] == [bits((r >> 11) * we[(r >> 3) & 0xFF]) for r in words]
    assert rejects == [j for j, r in enumerate(words) if (r >> 11) >= ke[(r >> 3) & 0xFF]]


FILLS = [
    (zig.standard_normal_fill, zig.standard_normal),
    (zig.standard_exponential_fill, zig.standard_exponential),
]


@pytest.mark.parametrize("engine", [PCG64, MT19937, SFC64])
@pytest.mark.parametrize("form", ["lanes", "plain", "halves"])
@pytest.mark.parametrize(("fill", "scalar"), FILLS)
def test_fills_across_blocks_equal_scalar_draws(monkeypatch, engine, form, fill, scalar):
    """Block boundaries, short last blocks and every block form: the scalar stream."""
    monkeypatch.setattr(zig, "_HALVES", form == "halves")
    if form == "plain":
        monkeypatch.setattr(zig, "_subnormals_exact", lambda: False)
    b = engine(99)
    n = 2 * zig.BLOCK + 77
    expected = [bits(scalar(b)) for _ in range(n)]
    for size in (zig.BLOCK - 1, zig.BLOCK, zig.BLOCK + 1, n):
        a, b = engine(99), engine(99)
        assert [bits(x) for x in fill(a, size)] == expected[:size]
        for _ in range(size):
            scalar(b)
        assert a.state == b.state
