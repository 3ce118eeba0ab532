"""The contribution loop end to end, on a temporary copy of the repository, as
`docs/contribute.md` walks through it: the page's commands are run here, and their output must
be the output the page shows.

A new document (with its text) and three trial records arrive as a filled Excel template;
`validate` reports two mistakes; they are fixed; `add` writes the records; `build` passes with
the evidence verified; `diff --exit-code` shows the three records and exits 1; `release --bump
minor` gives the next minor version; `cite` names the new curator; and the wheel built from the
copy holds the records.

In the page, every command is a code block whose first line is `$ mscexo ...`, after the
marker `<!-- mscexo:run EXIT -->` (EXIT: the exit code it must give); the lines after it are
lines of its output, in order, where `...` stands for any text (a version that changes with
each release, say) and a line `...` for any lines.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mscexo.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "contribute.md"
DATA = Path(__file__).parent / "data" / "e2e"
RUN = re.compile(r"<!-- mscexo:run (\d) -->\n```text\n(.*?)\n```", re.S)

#: The three trial records of the contribution, two of them with a mistake a person makes.
TRIALS = [
    {
        "id": "CT-JOT26-001",
        "clinical_study_type": "clinical_trial",
        "nct_id": "NCT09900001",
        "condition_id": "CO-covid-19",
        "condition_as_reported": "COVID-19",
        "product_type": "exosome",
        "msc_source_id": "UC-MSC",
        "route": "inhalation",
        "document_id": "mscexo:doc-e2e-trials-2026",
        "locator": "Results, paragraph 1",
        "evidence": "exosomes by inhalation to patients with COVID-19 (NCT09900001)",
        "confidence": 1,
    },
    {
        "id": "CT-JOT26-002",
        "clinical_study_type": "clinical_trial",
        "nct_id": "NCT09900002",
        "condition_id": "CO-osteoarthritis",
        "condition_as_reported": "osteoarthritis",
        "product_type": "cells",
        "msc_source_id": "BMSC",  # the mistake: an abbreviation, not the source's id BM-MSC
        "route": "intra_articular",
        "document_id": "mscexo:doc-e2e-trials-2026",
        "locator": "Results, paragraph 1",
        "evidence": "injected bone marrow MSCs into the knee joint of patients with "
        "osteoarthritis (NCT09900002)",
        "confidence": 1,
    },
    {
        "id": "CT-JOT26-003",
        "clinical_study_type": "clinical_trial",
        "nct_id": "NCT09900003",
        "condition_id": "CO-acute-respiratory-distress-syndrome",
        "condition_as_reported": "acute respiratory distress syndrome",
        "product_type": "Secretome",  # the mistake: the code is lower case
        "msc_source_id": "AT-MSC",
        "route": "intravenous",
        "document_id": "mscexo:doc-e2e-trials-2026",
        "locator": "Results, paragraph 1",
        "evidence": "infused adipose MSC secretome intravenously in patients with acute "
        "respiratory distress syndrome (NCT09900003)",
        "confidence": 1,
    },
]
FIXES = {"BMSC": "BM-MSC", "Secretome": "secretome"}


@dataclass
class Step:
    """One command of the page, the exit code it must give and the output it shows."""

    argv: list[str]
    code: int
    shown: list[str]


def steps(page: str) -> list[Step]:
    found = []
    for code, block in RUN.findall(page):
        command, *shown = block.splitlines()
        assert command.startswith("$ mscexo "), command
        found.append(Step(shlex.split(command)[2:], int(code), shown))
    return found


def shows(output: list[str], shown: list[str]) -> bool:
    """Whether `output` has the lines `shown`, in order (`...`: any text, or any lines)."""
    at = 0
    for line in shown:
        if line == "...":
            continue
        pattern = re.compile(".*?".join(map(re.escape, line.split("..."))) + r"\Z")
        while at < len(output) and not pattern.match(output[at]):
            at += 1
        if at == len(output):
            return False
        at += 1
    return True


def _documents() -> Path | None:
    found = Path(os.environ.get("MSCEXO_DOCUMENTS") or ROOT.parent / "shared" / "seeds")
    return found if found.is_dir() else None


def _copy(tmp: Path) -> Path:
    """The repository's tracked files (its working-tree state), as a fresh clone has them."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
    ).stdout.split(b"\0")
    copy = tmp / "checkout"
    for name in filter(None, listed):
        source = ROOT / os.fsdecode(name)
        if source.is_file():
            target = copy / os.fsdecode(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return copy


def _checksums(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()}


def _fill(path: Path, fixed: bool) -> None:
    book = load_workbook(path)
    sheet = book["clinical_trials"]
    header = [cell.value for cell in sheet[1]]
    for trial in TRIALS:
        values = {k: FIXES.get(v, v) if fixed else v for k, v in trial.items()}
        sheet.append([values.get(name) for name in header])
    book.save(path)


def _run(step: Step, capsys) -> list[str]:
    code = main(step.argv)
    out, err = capsys.readouterr()
    output = (out + err).splitlines()
    assert code == step.code, (step.argv, out, err)
    assert "Traceback" not in err
    assert shows(output, step.shown), "\n".join(
        ["docs/contribute.md shows output the command does not give:", *step.shown, "---", *output]
    )
    return output


@pytest.mark.skipif(shutil.which("git") is None, reason="copies the repository with git")
def test_the_contribution_loop_as_the_page_shows_it(tmp_path: Path, monkeypatch, capsys):
    documents = _documents()
    if documents is None:
        pytest.skip("needs the source texts: set MSCEXO_DOCUMENTS (the README's test command)")
    if not (ROOT / ".git").exists():
        pytest.skip("copies a git checkout of the repository")
    checkout = _copy(tmp_path)
    texts = checkout / "texts"  # the five source texts, and the new document's
    texts.mkdir()
    for text in documents.iterdir():
        (texts / text.name).symlink_to(text.resolve())
    shutil.copy(DATA / "document.txt", checkout / "document.txt")
    monkeypatch.chdir(checkout)
    monkeypatch.delenv("MSCEXO_DOCUMENTS", raising=False)

    page = steps(PAGE.read_text(encoding="utf-8"))
    commands = [step.argv[0] for step in page]
    assert commands == [
        "add-document",
        "build",
        "template",
        "validate",
        "validate",
        "add",
        "validate",
        "add",
        "build",
        "diff",
        "release",
        "cite",
    ]
    by_name = iter(page)

    # A new document, with its text and curator; its text kept under the name given.
    output = _run(next(by_name), capsys)
    name = re.search(r"keep it as (\S+) in the directory", "\n".join(output))
    assert name, output
    shutil.copy(checkout / "document.txt", texts / name[1])
    _run(next(by_name), capsys)  # build: the package knows the document
    shutil.copytree(checkout / "datapackage", checkout / "previous")

    # Three trials in the Excel template, with two mistakes.
    _run(next(by_name), capsys)
    _fill(checkout / "clinical_trials.xlsx", fixed=False)
    _run(next(by_name), capsys)  # validate: exit 1, the two mistakes
    _run(next(by_name), capsys)  # the same as Markdown, for the pull request
    before = _checksums(checkout / "curation")
    _run(next(by_name), capsys)  # add refuses it, and writes nothing
    assert _checksums(checkout / "curation") == before

    # Fixed; added; built with the evidence verified.
    (checkout / "clinical_trials.xlsx").unlink()
    main(["template", "clinical_trials", "--format", "xlsx", "-o", "clinical_trials.xlsx"])
    capsys.readouterr()
    _fill(checkout / "clinical_trials.xlsx", fixed=True)
    _run(next(by_name), capsys)  # validate: exit 0
    _run(next(by_name), capsys)  # add
    _run(next(by_name), capsys)  # build
    output = _run(next(by_name), capsys)  # diff --exit-code: 1, the three records
    assert [line for line in output if line.startswith("  + CT-JOT26-")] == [
        f"  + CT-JOT26-00{n}" for n in (1, 2, 3)
    ]
    _run(next(by_name), capsys)  # release --bump minor
    _run(next(by_name), capsys)  # cite names the new curator
    assert main(["release", "--check"]) == 0, capsys.readouterr()

    # The wheel built from the copy holds the records.
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(dist), "."],
        cwd=checkout,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if n.endswith("data/clinical_trials.csv")]
        assert len(names) == 1, archive.namelist()
        table = archive.read(names[0]).decode("utf-8")
    assert all(f"CT-JOT26-00{n}," in table for n in (1, 2, 3))


def test_the_page_runs_every_step_in_the_loop():
    """Cheap companion of the end-to-end test (which needs the source texts): the page's
    commands parse and are commands of the CLI."""
    from mscexo.cli import commands

    page = steps(PAGE.read_text(encoding="utf-8"))
    assert len(page) == 12
    for step in page:
        assert step.argv[0] in commands(), step.argv
