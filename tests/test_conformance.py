"""The conformance toolkit: golden vectors, live verification and the CLI around them."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from pyprng import conformance
from pyprng.cli import main
from pyprng.conformance.cases import make_cases
from pyprng.conformance.runner import first_difference, run_case

from .conftest import requires_numpy


def test_cases_are_deterministic():
    assert make_cases(3, ["randint"]) == make_cases(3, ["randint"])


def test_every_spec_makes_cases():
    names = {c["spec"] for c in make_cases(1)}
    assert names == set(conformance.spec_names())


def test_first_difference_compares_float_bits():
    assert first_difference([0.1, 2], [0.1, 2]) is None
    assert first_difference([0.0], [-0.0]) is not None
    assert first_difference({"a": [1, 2]}, {"a": [1, 3]})[0] == "a[1]"
    nan = float("nan")
    assert first_difference([nan], [nan]) is None


def test_shipped_golden_vectors_all_match():
    """The numpy-less guarantee: every shipped vector is reproduced exactly, nothing missing."""
    rows = conformance.verify_golden()
    assert rows, "no golden vectors shipped"
    missing = [r.spec for r in rows if r.missing]
    assert not missing, f"methods in the golden vectors but not in pyprng: {missing}"
    bad = [r.first_mismatch for r in rows if r.matches != r.cases]
    assert not bad, bad


def test_golden_vectors_cover_every_spec():
    data = conformance.load_golden()
    assert data["numpy_version"].startswith("2.4.")
    assert {c["spec"] for c in data["cases"]} == set(conformance.spec_names())


@requires_numpy
def test_shipped_golden_vectors_equal_live_numpy():
    """The shipped file is what the installed numpy produces for the same cases."""
    data = conformance.load_golden()
    for case in data["cases"]:
        live = conformance._digest_states(run_case(case, "numpy"))
        assert first_difference(live, case["outcome"]) is None, case["spec"]


@requires_numpy
def test_verify_live_all_exact():
    rows = conformance.verify_live(8)
    assert not [r.spec for r in rows if r.missing]
    assert not [r.first_mismatch for r in rows if r.matches != r.cases]


@requires_numpy
def test_a_wrong_value_is_reported_as_a_mismatch(monkeypatch):
    """verify can fail: corrupt one pyprng result and the table says so."""
    real = run_case

    def corrupted(case, lib="pyprng"):
        out = real(case, lib)
        if lib == "pyprng" and out.get("results"):
            out["results"][0] = "corrupted"
        return out

    monkeypatch.setattr(conformance, "run_case", corrupted)
    rows = conformance.verify_live(2, ["RandomState.randint"])
    assert rows[0].matches == 0 and "corrupted" in rows[0].first_mismatch


def test_cli_verify_golden(capsys):
    assert main(["verify", "--golden", "--quiet", "--only", "randint"]) == 0
    out = capsys.readouterr().out
    assert "golden vectors" in out and "RandomState.randint" in out


@requires_numpy
def test_cli_verify_live(capsys):
    assert main(["verify", "--seeds", "3", "--quiet", "--only", "Generator.random"]) == 0
    assert "Generator.random" in capsys.readouterr().out


def test_cli_verify_fails_on_a_bad_vector(tmp_path, capsys):
    data = conformance.load_golden()
    case = next(
        c
        for c in data["cases"]
        if c["spec"] == "RandomState.randint" and c["outcome"].get("results")
    )
    case["outcome"]["results"][0] = "not what numpy gave"
    data["cases"] = [case]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    assert main(["verify", "--vectors", str(path), "--quiet"]) == 1
    assert "MISMATCH" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--seeds", "0"],
        ["verify", "--bogus"],
        ["nonsense"],
        ["verify", "--vectors", "/nonexistent.json"],
    ],
)
def test_cli_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error" in err


@requires_numpy
def test_cli_vectors_writes_json(tmp_path):
    out = tmp_path / "v.json.gz"
    assert main(["vectors", "--seeds", "2", "--only", "PCG64.random_raw", "-o", str(out)]) == 0
    with gzip.open(out, "rt") as fh:
        data = json.load(fh)
    assert data["numpy_version"].startswith("2.4.")
    assert len(data["cases"]) == 2
    case = data["cases"][0]
    assert {"spec", "api", "seed", "calls", "outcome"} <= set(case)
    assert case["outcome"]["states"][0]["bit_generator"] == "PCG64"


def test_cli_vectors_list(capsys):
    assert main(["vectors", "--list"]) == 0
    assert "Generator.integers" in capsys.readouterr().out


def test_golden_file_is_in_the_package():
    assert os.path.exists(conformance.GOLDEN_PATH)


def test_nan_sign_and_infinities_survive_json():
    """numpy's nan sign bit is part of its answer; JSON must not lose it."""
    from pyprng.conformance.runner import plain

    neg_nan = -float("nan")
    values = plain([neg_nan, float("nan"), float("inf"), -float("inf"), 1.5])
    back = json.loads(json.dumps(values))
    assert back == values
    assert back[0] != back[1]
    assert first_difference(plain([neg_nan]), plain([float("nan")])) is not None
