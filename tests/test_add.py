"""`mscexo add` and `mscexo add-document` (src/mscexo/curation/add.py), on a temporary copy of
the repository's curation, schema and package."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from mscexo.cli import main

ROOT = Path(__file__).resolve().parents[1]
#: The document the new trial records are about, and its curation file.
DOCUMENT = "doi:10.4252/wjsc.v12.i2.100"
DOCUMENT_FILE = "004-world-j-stem-cells-2020.yaml"
#: The texts of the five source documents, beside the checkout as CI has them.
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _texts_only_when_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """The records here carry made-up snippets: evidence is checked only where a test gives
    the texts (`--documents`), not whenever the README's test command sets
    MSCEXO_DOCUMENTS."""
    monkeypatch.delenv("MSCEXO_DOCUMENTS", raising=False)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    copy = tmp_path / "checkout"
    for name in ("schema", "curation", "datapackage"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _released(copy: Path, table: str) -> list[dict[str, str]]:
    text = (copy / "datapackage" / "data" / f"{table}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _digests(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def _new_trials(copy: Path, ids: list[str]) -> list[dict[str, str]]:
    """Three trial reports for the document, from released rows of other documents (trials
    the document does not report), with new values."""
    rows = _released(copy, "clinical_trials")
    reported = {r["nct_id"] for r in rows if r["document_id"] == DOCUMENT}
    picked: list[dict[str, str]] = []
    for row in rows:
        trial = row["nct_id"]
        other = row["document_id"] != DOCUMENT and trial and trial not in reported
        if other and trial not in {p["nct_id"] for p in picked}:
            picked.append(dict(row))
    assert len(picked) >= 3
    for number, (row, key) in enumerate(zip(picked, ids, strict=False), start=1):
        row.update(
            id=key,
            document_id=DOCUMENT,
            cited_work_ids="",
            locator=f"Table 9, row {number}",
            evidence=f"a new trial {row['nct_id']} of the table",
            results=f"results of report {number}",
            confidence="0.8",
            curation_note="added by the round-trip test",
        )
    return picked[:3]


def _workbook(copy: Path, path: Path, rows: list[dict[str, str]]) -> None:
    """The Excel template of clinical_trials, filled as a contributor would fill it."""
    assert main(["template", "clinical_trials", "--format", "xlsx", "-o", str(path)]) == 0
    book = load_workbook(path)
    sheet = book["clinical_trials"]
    names = [c.value for c in sheet[1]]
    for row in rows:
        sheet.append([row.get(name) or None for name in names])
    book.save(path)


def _add(copy: Path, path: Path, *options: str) -> int:
    return main(["add", str(path), "--root", str(copy), *options])


def test_template_fill_validate_add_build_round_trip(checkout, tmp_path, capsys):
    ids = ["CT-WJSC20-950", "CT-WJSC20-951", "CT-WJSC20-952"]
    rows = _new_trials(checkout, ids)
    contribution = tmp_path / "clinical_trials.xlsx"
    _workbook(checkout, contribution, rows)
    release = str(checkout / "datapackage")
    assert main(["validate", str(contribution), "--release", release]) == 0
    capsys.readouterr()
    assert _add(checkout, contribution) == 0
    said = capsys.readouterr().out
    for key in ids:
        assert f"added clinical_trials {key} to {DOCUMENT_FILE}" in said
    assert main(["build", "--root", str(checkout)]) == 0
    built = {r["id"]: r for r in _released(checkout, "clinical_trials")}
    for row in rows:
        written = built[row["id"]]
        for name, value in row.items():
            assert written[name] == value, (row["id"], name)
    # The hand-formatted file keeps its text: the records are appended to its list.
    before = (ROOT / "curation" / DOCUMENT_FILE).read_text(encoding="utf-8")
    after = (checkout / "curation" / DOCUMENT_FILE).read_text(encoding="utf-8")
    assert len(after) > len(before)
    assert after.count("\n") - before.count("\n") > 3 * 10
    kept = [line for line in after.splitlines() if line in set(before.splitlines())]
    assert len(kept) >= len(before.splitlines())
    # Added again, identical records are skipped and nothing changes.
    digests = _digests(checkout / "curation")
    assert _add(checkout, contribution) == 0
    assert "skipped clinical_trials CT-WJSC20-950: identical" in capsys.readouterr().out
    assert _digests(checkout / "curation") == digests


def test_invalid_input_writes_nothing(checkout, tmp_path, capsys):
    rows = _new_trials(checkout, ["CT-WJSC20-950", "CT-WJSC20-951", "CT-WJSC20-952"])
    rows[1]["clinical_study_type"] = "clinical_trail"  # one bad enum value
    contribution = tmp_path / "clinical_trials.xlsx"
    _workbook(checkout, contribution, rows)
    digests = _digests(checkout / "curation")
    assert _add(checkout, contribution) == 1
    out = capsys.readouterr().out
    assert "error enum: 1" in out and "INVALID" in out and "nothing was written" in out
    assert _digests(checkout / "curation") == digests
    assert _add(checkout, contribution, "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False and report["counts"]["error"] == {"enum": 1}
    assert _digests(checkout / "curation") == digests


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_changed_record_is_refused_unless_update_lists_the_changes(checkout, tmp_path, capsys):
    row = next(r for r in _released(checkout, "clinical_trials") if r["id"] == "CT-SCI21-001")
    row.update(results="no side effects in 30 days", confidence="0.9")
    contribution = _csv(tmp_path / "clinical_trials.csv", [row])
    digests = _digests(checkout / "curation")
    assert _add(checkout, contribution) == 1
    err = capsys.readouterr().err
    assert "[changed]" in err and "'CT-SCI21-001' is curated already" in err
    assert "differs in: results, confidence" in err
    assert "mscexo add --update" in err and _digests(checkout / "curation") == digests
    assert _add(checkout, contribution, "--update") == 0
    out = capsys.readouterr().out
    assert "updated clinical_trials CT-SCI21-001 in 002-stem-cells-int-2021.yaml:" in out
    assert "  confidence: 0.85 -> 0.9" in out
    assert "  results: No side effects observed" in out and "-> no side effects in 30 days" in out
    assert main(["build", "--root", str(checkout)]) == 0
    built = {r["id"]: r for r in _released(checkout, "clinical_trials")}
    assert built["CT-SCI21-001"] == row
    assert len(built) == len(_released(ROOT, "clinical_trials"))


def test_ids_are_assigned_after_every_used_and_retired_one(checkout, tmp_path, capsys):
    # A retired identifier above every curated one of the document: never given again.
    retired = checkout / "curation" / "retired.yaml"
    retired.write_text(
        retired.read_text(encoding="utf-8")
        + "  - id: CT-WJSC20-990\n    retired_table: clinical_trials\n    retired_in: 1.0.0\n"
        "    reason: a test of identifiers never reused\n",
        encoding="utf-8",
    )
    rows = _new_trials(checkout, ["", "", ""])
    contribution = _csv(tmp_path / "clinical_trials.csv", rows)
    assert _add(checkout, contribution, "--format", "json") == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [c["id"] for c in changes] == ["CT-WJSC20-991", "CT-WJSC20-992", "CT-WJSC20-993"]
    assert {c["action"] for c in changes} == {"add"}
    # A new identifier that is used (retired) is refused, not reused.
    rows[0]["id"] = "CT-WJSC20-990"
    rows[0]["nct_id"] = rows[0]["trial_id"] = ""
    assert _add(checkout, _csv(tmp_path / "clinical_trials.csv", rows[:1])) == 1
    assert "[id-used]" in capsys.readouterr().err


def test_an_entity_without_an_id_is_refused(checkout, tmp_path, capsys):
    rows = [{"id": "", "name": "miR-99z", "molecule_type": "mirna"}]
    digests = _digests(checkout / "curation")
    assert _add(checkout, _csv(tmp_path / "cargo.csv", rows)) == 1
    assert "[no-id]" in capsys.readouterr().err
    assert _digests(checkout / "curation") == digests


def _document(checkout: Path, *extra: str) -> int:
    return main(
        [
            "add-document",
            "--root",
            str(checkout),
            "--id",
            "mscexo:doc-test-review-2025",
            "--title",
            "A test review of exosome trials",
            "--author",
            "Doe J",
            "--author",
            "Roe R",
            "--journal",
            "Journal of Tests",
            "--year",
            "2025",
            "--document-type",
            "review",
            "--licence",
            "cc_by_4_0",
            *extra,
        ]
    )


def test_a_new_document_with_its_text_then_its_records(checkout, tmp_path, capsys):
    text = tmp_path / "review.txt"
    text.write_text(
        "Results. In trial NCT04491240 inhaled exosomes were safe.\nA second trial, NCT043-\n"
        "14661, treated knee osteo-\narthritis.\n",
        encoding="utf-8",
    )
    digest = hashlib.sha256(text.read_bytes()).hexdigest()
    assert _document(checkout, "--text", str(text)) == 0
    out = capsys.readouterr().out
    new = checkout / "curation" / "005-journal-of-tests-2025.yaml"
    assert f"wrote {new}" in out and digest in out
    written = new.read_text(encoding="utf-8")
    assert f"text_sha256: {digest}" in written and f"text_file: 005_{digest[:16]}.txt" in written
    # Twice is refused.
    assert _document(checkout) == 2
    # Records of the new document go to its file, with ids made from its code; with the text,
    # every snippet is verified.
    rows = _new_trials(checkout, ["", "", ""])[:2]
    for row in rows:
        row["document_id"] = "mscexo:doc-test-review-2025"
    rows[0]["evidence"] = "In trial NCT04491240 inhaled exosomes were safe."
    rows[1]["evidence"] = "knee osteoarthritis"
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copy(text, texts / f"005_{digest[:16]}.txt")
    contribution = _csv(tmp_path / "clinical_trials.csv", rows)
    rows[1]["evidence"] = "knee arthritis of the hip"  # not in the text
    (tmp_path / "wrong").mkdir()
    wrong = _csv(tmp_path / "wrong" / "clinical_trials.csv", rows)
    digests = _digests(checkout / "curation")
    assert _add(checkout, wrong, "--documents", str(texts)) == 1
    assert "[evidence-not-found]" in capsys.readouterr().err
    assert _digests(checkout / "curation") == digests
    assert _add(checkout, contribution, "--documents", str(texts)) == 0
    out = capsys.readouterr().out
    assert "added clinical_trials CT-JOT25-001 to 005-journal-of-tests-2025.yaml" in out
    assert "CT-JOT25-002" in out and "evidence checked against the texts in" in out
    assert main(["build", "--root", str(checkout)]) == 0
    if not SEEDS.is_dir():
        return
    # At build: the new text is verified with the seed texts; a made-up snippet added without
    # the texts (add says it did not check it) fails the build that has them.
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, texts / seed.name)
    assert main(["build", "--root", str(checkout), "--documents", str(texts)]) == 0
    capsys.readouterr()
    made_up = _new_trials(checkout, ["", "", ""])[2:]
    made_up[0].update(document_id="mscexo:doc-test-review-2025", evidence="cured overnight")
    assert _add(checkout, _csv(tmp_path / "made_up" / "clinical_trials.csv", made_up)) == 0
    assert "evidence NOT checked" in capsys.readouterr().out
    assert main(["build", "--root", str(checkout), "--documents", str(texts)]) == 1
    assert "[evidence-not-found]" in capsys.readouterr().err


def test_help_names_the_commands(capsys):
    for command in ("add", "add-document"):
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        assert f"usage: mscexo {command}" in capsys.readouterr().out


def test_a_failed_rename_puts_back_the_files_already_replaced(checkout, tmp_path, monkeypatch):
    from mscexo.curation import add

    # Two files to write: a trial report to its document's file, a cargo to cargo.yaml.
    rows = _new_trials(checkout, ["", "", ""])[:1]
    trial = _csv(tmp_path / "trial" / "clinical_trials.csv", rows)
    cargo = _csv(
        tmp_path / "cargo" / "cargo.csv",
        [{"id": "CG-TEST", "name": "test", "molecule_type": "protein"}],
    )
    digests = _digests(checkout / "curation")
    _, first = add.add(trial, checkout, dry_run=True)
    _, second = add.add(cargo, checkout, dry_run=True)
    assert first is not None and second is not None
    both = add.Plan(first.changes + second.changes, {**first.texts, **second.texts})
    assert len(both.texts) == 2
    real = add.staged
    renamed: list[Path] = []

    @contextmanager
    def failing(path: Path):
        if renamed and path not in renamed:
            raise OSError(28, "No space left on device", str(path))
        with real(path) as partial:
            yield partial
        renamed.append(path)

    monkeypatch.setattr(add, "staged", failing)
    with pytest.raises(OSError):
        add.write(both)
    assert len(renamed) >= 1
    assert _digests(checkout / "curation") == digests


def test_add_document_refuses_invalid_facts_and_writes_nothing(checkout, capsys):
    digests = _digests(checkout / "curation")
    assert _document(checkout, "--licence", "public_domainish") == 1
    assert "licence" in capsys.readouterr().err
    assert _digests(checkout / "curation") == digests


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(checkout, tmp_path, capsys):
    rows = _new_trials(checkout, ["", "", ""])[:1]
    digests = _digests(checkout / "curation")
    assert _add(checkout, _csv(tmp_path / "clinical_trials.csv", rows), "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"would add clinical_trials CT-WJSC20-904 to {DOCUMENT_FILE}" in out
    assert "would write" in out and _digests(checkout / "curation") == digests


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    """The rows in the format of the path's suffix, empty cells left out."""
    records = [{k: v for k, v in row.items() if v != ""} for row in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".csv":
        return _csv(path, rows)
    if path.suffix == ".jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    elif path.suffix == ".json":
        text = json.dumps(records, ensure_ascii=False, indent=1)
    else:
        text = yaml.safe_dump({"clinical_trials": records}, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_format_validate_reads_gives_the_same_curation(tmp_path, capsys):
    """CSV, JSON Lines, JSON and YAML of the same records: byte-identical curation files."""
    digests = []
    for suffix in ("csv", "jsonl", "json", "yaml"):
        copy = tmp_path / suffix
        for name in ("schema", "curation", "datapackage"):
            shutil.copytree(ROOT / name, copy / name)
        rows = _new_trials(copy, ["", "", ""])
        path = _write(tmp_path / f"in-{suffix}" / f"clinical_trials.{suffix}", rows)
        assert _add(copy, path) == 0, capsys.readouterr()
        assert "added clinical_trials CT-WJSC20-906" in capsys.readouterr().out
        digests.append(_digests(copy / "curation"))
    assert digests[0] != _digests(ROOT / "curation")
    assert all(d == digests[0] for d in digests[1:])
