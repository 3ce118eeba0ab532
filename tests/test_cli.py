"""The command line: help everywhere, exit codes 0/1/2, and no traceback for user errors."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from beside import Ran, beside, run

from mscexo.cli import commands, main

ROOT = Path(__file__).resolve().parents[1]

#: The source documents beside the checkout, as CI has them.
DOCUMENTS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

COMMANDS = list(commands())


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command as a user runs it, without the test run's MSCEXO_DOCUMENTS."""
    env = {k: v for k, v in os.environ.items() if k != "MSCEXO_DOCUMENTS"}
    return subprocess.run(
        [sys.executable, "-m", "mscexo.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
    )


#: `mscexo COMMAND ...` as README.md and docs/*.md show it, up to the end of the code span or
#: line, a comment, a redirection, a shell pipe or the next command (`&&`).
USAGE = re.compile(r"mscexo ([a-z]+(?:-[a-z]+)*)((?:[^`\n#>&|]|\\\||(?<! )\|(?! ))*)")
#: An option, with the values it is shown with (`--format text|json`, `--format bibtex`).
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)(?: ([a-z]+(?:\\?\|[a-z]+)*)(?![\w./]))?")


#: The commands docs/contribute.md runs (tests/test_contribute.py runs them, with their real
#: file names and values): not usage lines.
RUN_BLOCK = re.compile(r"<!-- mscexo:run \d -->\n```text\n.*?\n```", re.S)


def _documented() -> dict[str, dict[str, set[str]]]:
    """Command -> option -> values, for every `mscexo COMMAND` of the README and the docs."""
    options: dict[str, dict[str, set[str]]] = {}
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = RUN_BLOCK.sub("", path.read_text(encoding="utf-8"))
        for command, rest in USAGE.findall(text):
            if command in COMMANDS:
                for option, values in OPTION.findall(rest):
                    shown = options.setdefault(command, {}).setdefault(option, set())
                    shown.update(v for v in re.split(r"\\?\|", values) if v)
    return options


DOCUMENTED = _documented()


def test_every_command_is_in_the_readme_and_the_docs_show_their_options():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [c for c in COMMANDS if f"| `mscexo {c}" not in readme] == []
    assert len(COMMANDS) >= 10 and set(DOCUMENTED) <= set(COMMANDS)
    # the patterns find what the README's table shows
    assert DOCUMENTED["validate"]["--format"] == {"text", "json", "markdown"}
    assert {"--table", "--release", "--max-errors"} <= set(DOCUMENTED["validate"])
    assert DOCUMENTED["export"]["-o"] == set() and "zenodo" in DOCUMENTED["cite"]["--format"]


def test_help_lists_every_command():
    result = _run("--help")
    assert result.returncode == 0 and result.stdout.startswith("usage: mscexo ")
    listed = re.findall(r"^    ([a-z]+(?:-[a-z]+)*)(?: |$)", result.stdout, re.M)
    assert listed == COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_help(command: str):
    """`mscexo COMMAND --help` exits 0 with a usage line and shows every option (and every
    value of it) that the README and the docs show with the command."""
    result = _run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: mscexo {command} "), result.stdout[:200]
    for option, values in DOCUMENTED.get(command, {}).items():
        assert re.search(rf"(?<![\w-]){option}\b", result.stdout), option
        for value in values:
            assert re.search(rf"\{{[a-z,]*\b{value}\b[a-z,]*\}}", result.stdout), (option, value)


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
    assert "one LinkML Dataset: linkml/dataset.yaml, linkml/dataset.json" in out


def test_info_json_counts_rows(capsys: pytest.CaptureFixture, root: Path):
    assert main(["info", "--package", str(root / "datapackage"), "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    csv_lines = (root / "datapackage" / "data" / "clinical_trials.csv").read_text().splitlines()
    assert info["tables"]["clinical_trials"] == len(csv_lines) - 1
    assert len(info["sources"]) == 5
    assert "dataset-yaml" not in info["tables"]  # the LinkML form is not a table
    assert info["linkml"] == ["linkml/dataset.yaml", "linkml/dataset.json"]


def test_info_refuses_a_linkml_file_outside_the_package(tmp_path: Path, root: Path):
    """The LinkML form's paths are checked like the tables' files."""
    copy = tmp_path / "datapackage"
    shutil.copytree(root / "datapackage", copy)
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    (tmp_path / "outside.yaml").write_text("documents: []\n", encoding="utf-8")
    descriptor["resources"][-1]["path"] = "../outside.yaml"
    (copy / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    result = _run("info", "--package", str(copy))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "dataset-json" in result.stderr and "leaves the package directory" in result.stderr


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
    # without the source texts, the build says that the evidence was not checked
    assert "evidence snippets and document checksums NOT checked" in result.stdout


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


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["info", "--format", "json"],
        ["cite"],
        ["cite", "--sources", "--format", "bibtex"],
        ["validate", "tests/data/contributions/invalid/enum.csv", "--table", "clinical_trials"],
    ],
)
def test_a_closed_pipe_ends_quietly(root: Path, argv: list[str]):
    """`mscexo info | head -1`: the reader leaves early; no traceback, and not exit 1."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mscexo.cli", *argv],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # the reader is gone before anything is written
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert process.returncode == 141  # as a process ended by SIGPIPE; 1 would mean invalid data


def test_coverage_needs_documents_and_says_so_plainly(capsys, monkeypatch):
    monkeypatch.delenv("MSCEXO_DOCUMENTS", raising=False)
    assert main(["coverage"]) == 2
    err = capsys.readouterr().err
    assert "--documents DIR" in err and "None" not in err


@beside
def coverage_text(out: Path, need) -> Ran:
    """`mscexo coverage --documents DIR` in the checkout (run beside the tests: beside.py)."""
    return run([sys.executable, "-m", "mscexo.cli", "coverage", "--documents", str(DOCUMENTS)], out)


@pytest.mark.skipif(
    not DOCUMENTS.is_dir(), reason="the source documents are not beside the checkout"
)
def test_coverage_columns_line_up(coverage_text: Ran):
    assert coverage_text.result.returncode == 0, coverage_text.result.stderr[-3000:]
    lines = [line for line in coverage_text.result.stdout.splitlines() if " found, " in line]
    assert len({line.index(" found, ") for line in lines}) == 1, lines


def test_a_report_without_rows_has_no_dangling_colon(tmp_path: Path, capsys):
    (tmp_path / "datapackage.json").write_text('{"resources": []}')
    assert main(["validate", str(tmp_path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert not first.rstrip().endswith(":") and "(no rows read)" in first


def test_validating_the_release_summarises_unchanged_records(capsys):
    from mscexo.load import package_dir

    assert main(["validate", str(package_dir())]) == 0
    out = capsys.readouterr().out
    first, *rest = out.splitlines()
    assert first.startswith(f"checked {len(list(package_dir().glob('*/*.csv'))) + 1} files in ")
    (duplicates,) = [line for line in rest if line.startswith("warning duplicate:")]
    assert "already in the release, unchanged" in duplicates
    assert len(out.splitlines()) < 10  # one line for all of them, not one per record


def test_build_with_documents_says_the_evidence_was_verified(release_build):
    """`mscexo build --documents DIR` of the checkout (shared with other tests: conftest.py)."""
    if release_build.documents is None:
        pytest.skip("the source documents are neither in MSCEXO_DOCUMENTS nor beside the checkout")
    assert release_build.result.returncode == 0, release_build.result.stderr[-3000:]
    assert (
        f"evidence snippets and document checksums verified against {release_build.documents}"
        in release_build.result.stdout
    )


def test_describe_in_the_terminal(capsys):
    assert main(["describe", "clinical_trials", "phase"]) == 0
    out = capsys.readouterr().out
    assert "phase1_phase2" in out and "NCIT:C15693" in out
    assert main(["describe", "clinical_trial"]) == 2
    assert "did you mean 'clinical_trials'" in capsys.readouterr().err
