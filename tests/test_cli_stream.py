"""``pyprng stream``: the exact bytes of numpy's random_raw, little-endian, and a clean CLI."""

from __future__ import annotations

import os
import struct
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pyprng
from pyprng.bitgen import MT19937, PCG64
from pyprng.cli import main, stream

from .conftest import requires_numpy

SRC = os.path.dirname(os.path.dirname(pyprng.__file__))
FEW = min(100, settings().max_examples)


def run_stream(capsysbinary, *argv: str) -> bytes:
    assert main(["stream", *argv]) == 0
    return capsysbinary.readouterr().out


def cli(*argv: str, **kw):
    """Run ``python -m pyprng`` in a child process (for pipes, exit codes, stderr)."""
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-m", "pyprng", *argv], capture_output=True, env=env, timeout=120, **kw
    )


def le(words, bits):
    return struct.pack(f"<{len(words)}{'I' if bits == 32 else 'Q'}", *words)


def legacy_mt(seed):
    bg = MT19937()
    bg._legacy_seeding(seed)
    return bg


# -- the bytes are the engine's words ----------------------------------------------------
def test_pcg64_is_uint64_little_endian(capsysbinary):
    out = run_stream(capsysbinary, "pcg64", "--seed", "42", "--count", "1000")
    assert out == le(PCG64(42).raws(1000), 64)


def test_mt19937_is_uint32_little_endian(capsysbinary):
    out = run_stream(capsysbinary, "mt19937", "--seed", "42", "--count", "1000")
    assert out == le(MT19937(42).raws(1000), 32)


def test_legacy_seed_is_randomstate_seeding(capsysbinary):
    out = run_stream(capsysbinary, "mt19937", "--seed", "42", "--count", "1000", "--legacy-seed")
    assert out == le(legacy_mt(42).raws(1000), 32)
    assert out != le(MT19937(42).raws(1000), 32)


def test_list_seeds(capsysbinary):
    out = run_stream(capsysbinary, "pcg64", "--seed", "1, 2,3", "--count", "10")
    assert out == le(PCG64([1, 2, 3]).raws(10), 64)
    out = run_stream(capsysbinary, "mt19937", "--seed", "1,2,3", "--count", "10", "--legacy-seed")
    assert out == le(legacy_mt([1, 2, 3]).raws(10), 32)


def test_names_are_case_insensitive_and_hex_seeds_work(capsysbinary):
    out = run_stream(capsysbinary, "PCG64", "--seed", "0x2a", "--count", "5")
    assert out == le(PCG64(42).raws(5), 64)


@settings(max_examples=FEW)
@given(
    seed=st.integers(0, 2**200),
    count=st.integers(0, 1500),
    name=st.sampled_from(["mt19937", "pcg64"]),
)
def test_any_seed_and_count(seed, count, name):
    cls = MT19937 if name == "mt19937" else PCG64
    enc = stream.encoder("raw", stream.word_bits(cls))
    assert stream.word_bits(cls) == (32 if name == "mt19937" else 64)
    assert enc(cls(seed).raws(count)) == le(cls(seed).raws(count), stream.word_bits(cls))


def test_chunks_join_seamlessly(capsysbinary, monkeypatch):
    monkeypatch.setattr(stream, "CHUNK", 7)
    out = run_stream(capsysbinary, "mt19937", "--seed", "5", "--count", "1300")
    assert out == le(MT19937(5).raws(1300), 32)


def test_count_zero_writes_nothing(capsysbinary):
    assert run_stream(capsysbinary, "pcg64", "--seed", "1", "--count", "0") == b""


def test_text_formats(capsysbinary):
    words = MT19937(7).raws(4)
    hex_out = run_stream(capsysbinary, "mt19937", "--seed", "7", "--count", "4", "--format", "hex")
    assert hex_out.decode().split() == [f"0x{w:08x}" for w in words]
    dec_out = run_stream(capsysbinary, "pcg64", "--seed", "7", "--count", "4", "--format", "dec")
    assert [int(x) for x in dec_out.split()] == PCG64(7).raws(4)


def test_every_exported_bit_generator_streams():
    names = stream.bitgen_classes()
    assert {"mt19937", "pcg64"} <= set(names)
    for cls in names.values():
        assert stream.word_bits(cls) in (32, 64)


# -- against numpy -----------------------------------------------------------------------
@requires_numpy
@pytest.mark.parametrize(
    "argv, make, dtype",
    [
        (["pcg64", "--seed", "42"], lambda np: np.random.PCG64(42), "<u8"),
        (["mt19937", "--seed", "42"], lambda np: np.random.MT19937(42), "<u4"),
        (["mt19937", "--seed", "42", "--legacy-seed"], None, "<u4"),
        (["pcg64", "--seed", str(2**100) + ",7"], lambda np: np.random.PCG64([2**100, 7]), "<u8"),
        (["mt19937", "--seed", "3,1,4", "--legacy-seed"], None, "<u4"),
    ],
)
def test_bytes_equal_numpy_random_raw(capsysbinary, np, argv, make, dtype):
    if make is None:  # RandomState(seed)'s engine
        bg = np.random.MT19937()
        seed = [int(s) for s in argv[2].split(",")]
        bg._legacy_seeding(seed[0] if len(seed) == 1 else seed)
    else:
        bg = make(np)
    out = run_stream(capsysbinary, *argv, "--count", "1000")
    assert out == bg.random_raw(1000).astype(dtype).tobytes()


@requires_numpy
@pytest.mark.parametrize(
    "argv, make",
    [
        (["pcg64", "--seed", "-1"], lambda np: np.random.PCG64(-1)),
        (["mt19937", "--seed", "1,-2"], lambda np: np.random.MT19937([1, -2])),
        (["mt19937", "--seed", "-1", "--legacy-seed"], lambda np: np.random.RandomState(-1)),
        (
            ["mt19937", "--seed", str(2**32), "--legacy-seed"],
            lambda np: np.random.RandomState(2**32),
        ),
    ],
)
def test_bad_seeds_carry_numpys_message(capsys, np, argv, make):
    with pytest.raises(ValueError) as numpy_error:
        make(np)
    with pytest.raises(SystemExit) as exit_:
        main(["stream", *argv, "--count", "1"])
    assert exit_.value.code == 2
    assert str(numpy_error.value) in capsys.readouterr().err


# -- the command line ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv, message",
    [
        (["nosuch", "--seed", "1"], "unknown bit generator 'nosuch' (choose from mt19937, pcg64"),
        (["pcg64", "--seed", "1.5"], "invalid --seed '1.5'"),
        (["pcg64", "--seed", "1,,2"], "invalid --seed '1,,2'"),
        (["pcg64", "--seed", "-1"], "expected non-negative integer"),
        (["pcg64", "--seed", "1", "--count", "-3"], "invalid --count '-3'"),
        (["pcg64", "--seed", "1", "--count", "many"], "invalid --count 'many'"),
        (["pcg64", "--seed", "1", "--legacy-seed"], "only for mt19937"),
        (
            ["mt19937", "--seed", str(2**32), "--legacy-seed"],
            "Seed must be between 0 and 2**32 - 1",
        ),
    ],
)
def test_user_mistakes_exit_2_without_traceback(argv, message):
    if "--count" not in argv:
        argv = [*argv, "--count", "1"]
    res = cli("stream", *argv)
    assert res.returncode == 2
    err = res.stderr.decode()
    assert message in err
    assert err.startswith("pyprng stream: error:") or err.startswith("usage:")
    assert "Traceback" not in err
    assert res.stdout == b""


def test_help():
    res = cli("stream", "--help")
    assert res.returncode == 0
    text = res.stdout.decode()
    for word in (
        "--seed",
        "--count",
        "--format",
        "--legacy-seed",
        "little-endian",
        "mt19937",
        "pcg64",
    ):
        assert word in text


def test_refuses_binary_to_a_terminal(monkeypatch, capsys):
    class Tty:
        def isatty(self):
            return True

    class Out:
        buffer = Tty()

    monkeypatch.setattr(sys, "stdout", Out())
    with pytest.raises(SystemExit) as exit_:
        main(["stream", "pcg64", "--seed", "1"])
    assert exit_.value.code == 2
    assert "terminal" in capsys.readouterr().err


def test_closed_pipe_ends_quietly_with_status_0():
    """``pyprng stream ... | head -c N``: the endless stream stops at once, no traceback."""
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyprng", "stream", "pcg64", "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(8 * stream.CHUNK + 8)  # more than one chunk: the stream goes on
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""
    assert head == le(PCG64(1).raws(stream.CHUNK + 1), 64)


def test_closed_pipe_with_a_count():
    res = subprocess.run(
        f"'{sys.executable}' -m pyprng stream mt19937 --seed 1 --count 1000000 --format hex"
        " | head -n 2",
        shell=True,
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=SRC),
        timeout=120,
    )
    assert res.stdout.decode().split() == [f"0x{w:08x}" for w in MT19937(1).raws(2)]
    assert res.stderr == b""
