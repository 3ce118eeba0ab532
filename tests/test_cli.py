"""The command line: help everywhere, exit codes 0/1/2, and no traceback for user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from mscexo.cli import main

COMMANDS = ["build", "info", "generate", "coverage"]


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mscexo.cli", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help(command: list[str]):
    result = _run(*command, "--help")
    assert result.returncode == 0 and "usage: mscexo" in result.stdout


@pytest.mark.parametrize(
    "args",
    [[], ["frobnicate"], ["info", "--format", "xml"], ["build", "--root", "/no/such/dir"]],
)
def test_usage_errors_exit_2(args: list[str]):
    result = _run(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_info_text_lists_tables_and_sources(capsys: pytest.CaptureFixture):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    for words in ("clinical_trials", "documents", "licence CC-BY-4.0", "source documents (5)"):
        assert words in out


def test_info_json_counts_rows(capsys: pytest.CaptureFixture, root: Path):
    assert main(["info", "--package", str(root / "datapackage"), "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    csv_lines = (root / "datapackage" / "data" / "clinical_trials.csv").read_text().splitlines()
    assert info["tables"]["clinical_trials"] == len(csv_lines) - 1
    assert len(info["sources"]) == 5


def test_info_on_a_directory_without_package_exits_2(tmp_path: Path):
    result = _run("info", "--package", str(tmp_path))
    assert result.returncode == 2 and "no datapackage.json" in result.stderr


def test_build_ok_exits_0(root: Path, example_curation: Path, tmp_path: Path):
    result = _run(
        "build",
        "--root",
        str(root),
        "--curation",
        str(example_curation),
        "--output",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0, result.stderr
    assert "built MSC-Exo" in result.stdout


def test_build_with_bad_record_exits_1_without_traceback(
    root: Path, example_curation: Path, tmp_path: Path
):
    path = example_curation / "examples.yaml"
    data = yaml.safe_load(path.read_text())
    data["clinical_trials"][0]["phase"] = "Phase 2"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    result = _run(
        "build",
        "--root",
        str(root),
        "--curation",
        str(example_curation),
        "--output",
        str(tmp_path / "out"),
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "examples.yaml" in result.stderr and "field 'phase'" in result.stderr
    assert "'Phase 2'" in result.stderr and "hint:" in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_json_report(root: Path, example_curation: Path, tmp_path: Path):
    (example_curation / "bad.yaml").write_text(
        "cargo:\n  - {id: CG-y, name: y, molecule_type: rna}\n"
    )
    result = _run(
        "build",
        "--root",
        str(root),
        "--curation",
        str(example_curation),
        "--output",
        str(tmp_path / "out"),
        "--format",
        "json",
    )
    assert result.returncode == 1
    report = json.loads(result.stdout)
    [problem] = report["problems"]
    assert report["valid"] is False
    assert problem["code"] == "enum" and problem["field"] == "molecule_type"
    assert problem["value"] == "rna" and problem["line"] == 2


def test_generate_check_passes_on_the_checkout(root: Path):
    result = _run("generate", "--check", "--root", str(root))
    assert result.returncode == 0, result.stderr
