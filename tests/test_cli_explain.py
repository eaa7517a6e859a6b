"""``pyprng explain``: the traced values are the engines' values, so the account cannot drift."""

from __future__ import annotations

import os
import re
import shlex

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyprng.bitgen import MT19937, PCG64, SeedSequence
from pyprng.cli import explain as explain_cli
from pyprng.cli import main
from pyprng.explain import explain
from pyprng.explain.mt19937 import temper, trace_mt19937
from pyprng.explain.pcg64 import trace_pcg64
from pyprng.explain.seedsequence import trace_seedsequence

from .conftest import requires_numpy

FEW = min(100, settings().max_examples)
seeds = st.one_of(
    st.integers(0, 2**32 - 1),
    st.integers(0, 2**256),
    st.lists(st.integers(0, 2**64), min_size=1, max_size=9),
)
legacy_seeds = st.one_of(
    st.integers(0, 2**32 - 1), st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=700)
)


def legacy_mt(seed):
    bg = MT19937()
    bg._legacy_seeding(seed)
    return bg


def mt_state(bg):
    s = bg.state["state"]
    return [int(k) for k in s["key"]], int(s["pos"])


def run_explain(capsys, *argv: str) -> str:
    assert main(["explain", *argv]) == 0
    return capsys.readouterr().out


def hexes(pattern: str, text: str):
    return [int(v, 16) for v in re.findall(pattern, text)]


# -- traces equal the engines --------------------------------------------------------------
@settings(max_examples=FEW)
@given(seed=seeds, n=st.integers(0, 12))
def test_seedsequence_trace_is_the_engine(seed, n):
    tr = trace_seedsequence(seed, n)
    ss = SeedSequence(seed)
    assert tr.pool == list(ss.pool)
    assert [w.out for w in tr.state] == list(ss.generate_state(n))
    assert tr.generate_state(n // 2, 64) == list(ss.generate_state(n // 2, "uint64"))


@settings(max_examples=FEW)
@given(seed=seeds, steps=st.integers(0, 700))
def test_mt19937_trace_is_the_engine(seed, steps):
    tr = trace_mt19937(seed, steps)
    bg = MT19937(seed)
    assert (tr.init.key, tr.init.pos) == mt_state(bg)
    assert [o.temper.out for o in tr.outputs] == bg.raws(steps)
    assert (tr.key, tr.pos) == mt_state(bg)


@settings(max_examples=FEW)
@given(seed=legacy_seeds, steps=st.integers(0, 700))
def test_mt19937_legacy_trace_is_the_engine(seed, steps):
    tr = trace_mt19937(seed, steps, legacy=True)
    bg = legacy_mt(seed)
    assert (tr.init.key, tr.init.pos) == mt_state(bg)
    assert [o.temper.out for o in tr.outputs] == bg.raws(steps)
    assert (tr.key, tr.pos) == mt_state(bg)


def test_mt19937_trace_through_several_twists():
    tr = trace_mt19937(7, 2000)
    bg = MT19937(7)
    assert [o.temper.out for o in tr.outputs] == bg.raws(2000)
    assert (tr.key, tr.pos) == mt_state(bg)
    assert tr.twists == 4  # the outputs after 623: 624 + 624 + 624 + 105


def test_mt19937_seedsequence_path_starts_at_pos_623():
    tr = trace_mt19937(42, 2)
    assert tr.init.pos == 623 == MT19937(42).state["state"]["pos"]
    first, second = tr.outputs
    assert not first.twisted and first.pos == 623 and first.twist is None
    assert first.temper.out == temper(tr.init.key[623]).out == MT19937(42).raws(1)[0]
    assert second.twisted and second.pos == 0
    assert tr.init.key[0] == 0x80000000


def test_mt19937_each_traced_twist_step_is_the_engine_key():
    tr = trace_mt19937(3, 624 + 1)  # one untwisted output, then one full block
    bg = MT19937(3)
    bg.raws(624 + 1)
    key, _ = mt_state(bg)
    for o in tr.outputs[1:]:
        assert o.twist is not None and o.twist.out == key[o.pos] == o.temper.y


@settings(max_examples=FEW)
@given(seed=seeds, steps=st.integers(0, 50))
def test_pcg64_trace_is_the_engine(seed, steps):
    tr = trace_pcg64(seed, steps)
    fresh = PCG64(seed).state["state"]
    assert (tr.step2.after, tr.inc) == (fresh["state"], fresh["inc"])
    bg = PCG64(seed)
    assert [o.out for o in tr.outputs] == bg.raws(steps)
    assert (tr.state, tr.inc) == (bg.state["state"]["state"], bg.state["state"]["inc"])


@requires_numpy
@pytest.mark.parametrize("seed", [0, 42, 2**100, [1, 2, 3], [2**40, 0, 7, 9, 11]])
def test_traces_equal_numpy(np, seed):
    ss = np.random.SeedSequence(seed)
    tr = trace_seedsequence(seed, 8)
    assert tr.pool == ss.pool.tolist()
    assert [w.out for w in tr.state] == ss.generate_state(8).tolist()

    mt, bg = trace_mt19937(seed, 700), np.random.MT19937(seed)
    assert [o.temper.out for o in mt.outputs] == bg.random_raw(700).tolist()
    assert (mt.key, mt.pos) == (bg.state["state"]["key"].tolist(), bg.state["state"]["pos"])

    pc, bg = trace_pcg64(seed, 20), np.random.PCG64(seed)
    assert [o.out for o in pc.outputs] == bg.random_raw(20).tolist()
    assert pc.state == bg.state["state"]["state"]


@requires_numpy
@pytest.mark.parametrize("seed", [0, 42, 2**32 - 1, [1, 2, 3], list(range(1000))])
def test_legacy_traces_equal_numpy(np, seed):
    tr, bg = trace_mt19937(seed, 700, legacy=True), np.random.MT19937()
    bg._legacy_seeding(seed)
    assert tr.init.key == bg.state["state"]["key"].tolist()
    assert [o.temper.out for o in tr.outputs] == bg.random_raw(700).tolist()
    assert np.random.RandomState(seed).randint(0, 2**32, 3, dtype=np.uint32).tolist() == [
        o.temper.out for o in tr.outputs[:3]
    ]


# -- the printed values are the engines' values ---------------------------------------------
def test_mt19937_printout(capsys):
    text = run_explain(capsys, "mt19937", "--seed", "42", "--steps", "5")
    assert hexes(r"output\[\d+\] = (0x[0-9a-f]{8})", text) == MT19937(42).raws(5)
    assert "pos = 623" in text
    key, pos = mt_state(MT19937(42))
    shown = re.search(
        r"key = \[(0x\w+), (0x\w+), (0x\w+), (0x\w+), \.\.\., (0x\w+)\], pos = (\d+)", text
    )
    assert shown is not None
    assert [int(v, 16) for v in shown.groups()[:5]] == key[:4] + key[-1:]
    assert int(shown.group(6)) == pos == 623
    # every tempering line follows from the one before
    ys = hexes(r"y = key\[\d+\]\s+= (0x\w+)", text)
    y1 = hexes(r"y \^= y >> 11\s+-> (0x\w+)", text)
    assert len(ys) == len(y1) == 5
    assert [temper(y).y1 for y in ys] == y1
    assert "Checked: pyprng.bitgen gives the same outputs and final state" in text


def test_mt19937_legacy_printout(capsys):
    text = run_explain(capsys, "mt19937", "--seed", "42", "--steps", "3", "--legacy-seed")
    assert "init_genrand" in text and "pos = 624" in text
    bg = legacy_mt(42)
    key, _ = mt_state(bg)
    assert hexes(r"  key\[1\] = 1812433253 \* .* = (0x\w+)", text) == [key[1]]
    assert hexes(r"output\[\d+\] = (0x[0-9a-f]{8})", text) == bg.raws(3)
    after = mt_state(bg)[0]
    assert hexes(r"twist key\[0\]:.*\n\s+key\[0\] = .* = (0x\w+)", text) == [after[0]]


def test_mt19937_init_by_array_printout(capsys):
    text = run_explain(capsys, "mt19937", "--seed", "1,2,3", "--steps", "2", "--legacy-seed")
    assert "init_by_array" in text and "19650218" in text
    assert hexes(r"output\[\d+\] = (0x[0-9a-f]{8})", text) == legacy_mt([1, 2, 3]).raws(2)


def test_pcg64_printout(capsys):
    text = run_explain(capsys, "pcg64", "--seed", "42", "--steps", "4")
    bg = PCG64(42)
    seeded = bg.state["state"]
    assert hexes(r"inc = \(initseq << 1\) \| 1\s+= (0x\w+)", text) == [seeded["inc"]]
    assert hexes(r"  state = (0x\w+), inc", text) == [seeded["state"]]
    outs = bg.raws(4)
    assert hexes(r"output\[\d+\] = (0x[0-9a-f]{16})", text) == outs
    assert hexes(r"After 4 output\(s\): state = (0x\w+)", text) == [bg.state["state"]["state"]]
    # the XSL-RR lines: hi ^ lo rotated right by the top 6 bits
    his = hexes(r"hi = state >> 64\s+= (0x\w+)", text)
    los = hexes(r"lo = state mod 2\*\*64\s+= (0x\w+)", text)
    rots = [int(r) for r in re.findall(r"rot = state >> 122\s+= (\d+)", text)]
    rotr = [
        ((x >> r) | (x << (64 - r))) & (2**64 - 1) for x, r in zip(map(int.__xor__, his, los), rots)
    ]
    assert rotr == outs


def test_seedsequence_printout(capsys):
    text = run_explain(capsys, "seedsequence", "--seed", "1,2,3,4,5", "--steps", "6")
    ss = SeedSequence([1, 2, 3, 4, 5])
    assert hexes(r"word\[\d+\] = xs16\(.*\) = (0x\w+)", text) == list(ss.generate_state(6))
    pool = re.search(r"^   pool = \[(.*)\]$", text, re.M)
    assert pool is not None
    assert [int(v, 16) for v in pool.group(1).split(", ")] == list(ss.pool)
    assert "Fold in the 1 entropy word(s)" in text
    assert text.count("hashmix(") >= 4 + 12 + 4


def test_library_entry_point():
    assert explain("pcg64", 1, 1).startswith("PCG64")
    assert "output[0]" in explain("MT19937", [5], 1, legacy=True)


def test_a_drifted_trace_is_caught(capsys, monkeypatch):
    real = explain_cli._traced_values

    def drifted(*args):
        outs, state = real(*args)
        return [o ^ 1 for o in outs], state

    monkeypatch.setattr(explain_cli, "_traced_values", drifted)
    with pytest.raises(AssertionError, match="differs from pyprng.bitgen"):
        main(["explain", "pcg64", "--seed", "1"])


# -- the command line --------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv, message",
    [
        (["philox", "--seed", "1"], "cannot explain 'philox'"),
        (["pcg64", "--seed", "x"], "invalid --seed 'x'"),
        (["pcg64", "--seed", "-5"], "expected non-negative integer"),
        (["seedsequence", "--seed", "1,-5"], "expected non-negative integer"),
        (["mt19937", "--seed", "-1", "--legacy-seed"], "Seed must be between 0 and 2**32 - 1"),
        (["pcg64", "--seed", "1", "--legacy-seed"], "only for mt19937"),
        (["mt19937", "--seed", "1", "--steps", "-2"], "invalid --steps -2"),
    ],
)
def test_user_mistakes_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit) as exit_:
        main(["explain", *argv])
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
    assert captured.err.startswith("pyprng explain: error:")


def test_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["explain", "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for word in ("--seed", "--steps", "--legacy-seed", "mt19937", "pcg64", "seedsequence"):
        assert word in text


@pytest.mark.parametrize("command", ["verify", "vectors", "stream", "explain"])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: pyprng {command}")


# -- the docs' transcripts are what the command prints -------------------------------------
DOCS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")
TRANSCRIPT = re.compile(r"```console\n\$ pyprng explain ([^\n]*)\n(.*?)```", re.S)


def doc_transcripts():
    for page in ("mt19937.md", "pcg64.md", "seedsequence.md"):
        path = os.path.join(DOCS, page)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for m in TRANSCRIPT.finditer(f.read()):
                    if m.group(2).strip() and not m.group(2).startswith("$"):  # has output
                        yield pytest.param(m.group(1), m.group(2), id=f"{page}: {m.group(1)}")


def _without_checks(text):
    # the "Checked: numpy ..." line depends on whether numpy is installed
    return [line for line in text.splitlines() if not line.startswith("Checked:")]


@pytest.mark.parametrize("args, shown", list(doc_transcripts()))
def test_docs_show_what_explain_prints(capsys, args, shown):
    printed = run_explain(capsys, *shlex.split(args))
    assert _without_checks(printed) == _without_checks(shown)
