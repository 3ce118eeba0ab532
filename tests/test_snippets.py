"""`mscexo validate --documents DIR` (src/mscexo/contribution/snippets.py): a contribution's
evidence snippets looked for in its documents' texts, and a plain word when they were not."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from mscexo.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Results. In trial NCT09000001 inhaled exosomes were ﬁne and safe.\n"
    "Patients with knee osteo-\narthritis improved.\n"
)
SHA = hashlib.sha256(TEXT.encode()).hexdigest()
DOCUMENT = {
    "id": "mscexo:doc-test-2025",
    "title": "A test review",
    "authors": ["Doe J"],
    "journal": "Journal of Tests",
    "year": 2025,
    "document_type": "review",
    "licence": "cc_by_4_0",
    "text_file": "005_test.txt",
    "text_sha256": SHA,
}


def _trial(key: str, snippet: str, document: str = DOCUMENT["id"]) -> dict:
    trial = yaml.safe_load((ROOT / "schema/examples/valid/ClinicalTrial-001.yaml").read_text())
    return {
        **trial,
        "id": key,
        "nct_id": "NCT09000001",
        "document_id": document,
        "evidence": snippet,
    }


@pytest.fixture
def contribution(tmp_path: Path) -> Path:
    """A new document and three trial reports: two snippets are in its text (with a ligature
    and a hyphen at a line break forgiven), one is made up."""
    records = {
        "documents": [DOCUMENT],
        "clinical_trials": [
            _trial("CT-TEST-001", "inhaled exosomes were fine and safe"),
            {**_trial("CT-TEST-002", "knee osteoarthritis improved"), "nct_id": "NCT09000002"},
            {**_trial("CT-TEST-003", "all patients were cured overnight"), "nct_id": "NCT09000003"},
        ],
    }
    path = tmp_path / "contribution.yaml"
    path.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _texts(tmp_path: Path, content: str = TEXT) -> Path:
    directory = tmp_path / "texts"
    directory.mkdir()
    (directory / DOCUMENT["text_file"]).write_text(content, encoding="utf-8")
    return directory


def _validate(capsys, *args: str) -> tuple[int, str]:
    code = main(["validate", *args])
    return code, capsys.readouterr().out


def test_without_texts_the_report_says_evidence_was_not_checked(contribution, capsys):
    code, out = _validate(capsys, str(contribution))
    assert code == 0  # a made-up snippet cannot be told without the text ...
    lines = out.rstrip().splitlines()
    # ... and the report says so, just above the verdict
    assert lines[-2] == (
        "evidence NOT checked: 3 snippet(s) not compared with their documents "
        "(give the texts with --documents DIR)"
    )
    assert lines[-1].startswith("VALID")
    code, out = _validate(capsys, str(contribution), "--format", "json")
    report = json.loads(out)
    assert report["evidence_checked"] is False
    assert report["evidence"] == {"checked": 0, "not_checked": 3}


def test_with_texts_every_snippet_is_looked_for(contribution, tmp_path, capsys):
    texts = _texts(tmp_path)
    code, out = _validate(capsys, str(contribution), "--documents", str(texts))
    assert code == 1
    assert "evidence checked: 3 snippet(s) compared with their documents" in out
    assert "error evidence-not-found: 1" in out
    code, out = _validate(capsys, str(contribution), "--documents", str(texts), "--format", "json")
    report = json.loads(out)
    assert report["evidence_checked"] is True and report["evidence"]["checked"] == 3
    (problem,) = [p for p in report["problems"] if p["code"] == "evidence-not-found"]
    assert problem["file"] == str(contribution) and problem["line"] > 1
    assert problem["field"] == "evidence" and problem["record_id"] == "CT-TEST-003"
    assert problem["value"] == "all patients were cured overnight" and problem["hint"]


def test_a_text_that_is_not_the_curated_one_is_refused(contribution, tmp_path, capsys):
    texts = _texts(tmp_path, TEXT + "an edit\n")
    code, out = _validate(capsys, str(contribution), "--documents", str(texts), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["counts"]["error"] == {"checksum": 1}
    assert report["evidence"] == {"checked": 0, "not_checked": 3}
    assert report["evidence_checked"] is False


def test_snippets_of_a_document_without_its_text_are_counted_as_not_checked(
    contribution, tmp_path, capsys
):
    records = yaml.safe_load(contribution.read_text(encoding="utf-8"))
    released = "doi:10.1155/2021/2616807"  # a released document, its text not given here
    records["clinical_trials"].append(
        {**_trial("CT-TEST-004", "NCT04491240", released), "nct_id": "NCT09000004"}
    )
    contribution.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")
    texts = _texts(tmp_path)
    code, out = _validate(capsys, str(contribution), "--documents", str(texts))
    assert (
        "evidence checked: 3 snippet(s) compared with their documents; 1 NOT checked: "
        "their documents' texts are not in the directory"
    ) in out
