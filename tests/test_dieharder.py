"""``pyprng stream | dieharder -g 200``: dieharder reads the stream and judges it.

dieharder's generator 200 (``stdin_input_raw``) reads raw 32-bit words from
stdin, so a PCG64 stream is read as the low then the high half of each uint64.
For a fixed seed and fixed test parameters dieharder's p-value is a pure
function of the bytes it reads, so asserting the exact p-value proves the same
bytes reach dieharder every time (and across pyprng changes and interpreters).

These tests need Debian's ``dieharder``.  When it is missing they install it
with apt-get, but only as root and when asked to (env ``CI`` or
``PYPRNG_DIEHARDER=1``); otherwise they skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

import pyprng

SRC = os.path.dirname(os.path.dirname(pyprng.__file__))

# "   diehard_birthdays|   0|       100|       5|0.61732627|  PASSED  "
RESULT = re.compile(
    r"^\s*(?P<name>\w+)\|\s*(?P<ntup>\d+)\|\s*(?P<tsamples>\d+)\|\s*(?P<psamples>\d+)\|"
    r"(?P<p>[0-9.]+)\|\s*(?P<assessment>\w+)",
    re.M,
)


def _install_dieharder() -> bool:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "dieharder"]):
        if subprocess.run(cmd, env=env, capture_output=True, timeout=600).returncode != 0:
            return False
    return True


@pytest.fixture(scope="module")
def dieharder() -> str:
    path = shutil.which("dieharder")
    if path:
        return path
    asked = os.environ.get("CI") or os.environ.get("PYPRNG_DIEHARDER") == "1"
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not (asked and is_root and shutil.which("apt-get")):
        pytest.skip("dieharder is not installed (set PYPRNG_DIEHARDER=1 as root to install it)")
    if not _install_dieharder() or not shutil.which("dieharder"):
        pytest.fail("apt-get could not install dieharder")
    return str(shutil.which("dieharder"))


def pipe_to_dieharder(dieharder: str, stream_args, dieharder_args):
    """Run ``pyprng stream ... | dieharder -g 200 ...``; return dieharder's output."""
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    producer = subprocess.Popen(
        [sys.executable, "-m", "pyprng", "stream", *stream_args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert producer.stdout is not None and producer.stderr is not None
    try:
        judge = subprocess.run(
            [dieharder, "-g", "200", *dieharder_args],
            stdin=producer.stdout,
            capture_output=True,
            timeout=120,
        )
    finally:
        producer.stdout.close()  # dieharder is done: the stream sees a closed pipe
    err = producer.stderr.read()
    assert producer.wait(timeout=60) == 0, err
    assert err == b"", err  # a closed pipe ends the endless stream without a traceback
    assert judge.returncode == 0, judge.stderr
    return judge.stdout.decode()


@pytest.mark.parametrize(
    "stream_args, test, psamples, name, p_value",
    [
        (["pcg64", "--seed", "1"], "0", "5", "diehard_birthdays", "0.61732627"),
        (["mt19937", "--seed", "42"], "100", "5", "sts_monobit", "0.38839076"),
        (["mt19937", "--seed", "5", "--legacy-seed"], "0", "5", "diehard_birthdays", "0.80724344"),
    ],
)
def test_dieharder_reads_the_stream_and_passes_it(
    dieharder, stream_args, test, psamples, name, p_value
):
    out = pipe_to_dieharder(dieharder, stream_args, ["-d", test, "-p", psamples])
    assert "stdin_input_raw" in out  # dieharder took its words from our pipe
    rows = [m.groupdict() for m in RESULT.finditer(out)]
    assert len(rows) == 1, out
    row = rows[0]
    assert row["name"] == name and row["psamples"] == psamples
    assert row["assessment"] in ("PASSED", "WEAK"), out
    # The exact p-value: the same seed puts the same bytes in front of dieharder.
    assert row["p"] == p_value, out
