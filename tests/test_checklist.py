"""`mscexo checklist`: the items table agrees with the schema, a filled primary study reports
every item, the reviews of the release leave items empty, and the command follows the CLI's
conventions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from linkml_runtime import SchemaView

from mscexo.cli import main
from mscexo.contribution.checklist import (
    SCORED_TABLES,
    checklist_path,
    load_checklist,
    render_text,
    score_record,
)

ROOT = Path(__file__).resolve().parents[1]
VALID = ROOT / "schema" / "examples" / "valid"
CHECKLIST = load_checklist()


def _filled_study() -> dict:
    return yaml.safe_load((VALID / "PreclinicalStudy-002.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A contribution: the illustrative primary study and its document, as one record file."""
    path = tmp_path / "study.yaml"
    document = yaml.safe_load((VALID / "Document-003.yaml").read_text(encoding="utf-8"))
    path.write_text(
        yaml.safe_dump({"documents": [document], "preclinical_studies": [_filled_study()]}),
        encoding="utf-8",
    )
    return path


def test_every_item_field_is_a_slot_of_every_scored_class():
    view = SchemaView(str(ROOT / "schema" / "mscexo.yaml"))
    for cls in ("PreclinicalStudy", "ClinicalTrial"):
        slots = set(view.class_slots(cls))
        for item in CHECKLIST.items:
            assert set(item.fields) <= slots, (cls, item.id, set(item.fields) - slots)


def test_the_items_table_is_well_formed():
    ids = [item.id for item in CHECKLIST.items]
    assert len(ids) == len(set(ids))
    for item in CHECKLIST.items:
        assert item.source in CHECKLIST.sources, item.id
        assert item.scope in {"producer_cells", "vesicles"}, item.id
        assert 1 <= item.needs <= len(item.fields), item.id
        assert item.label and item.fields, item.id


def test_a_filled_primary_study_reports_every_item(filled: Path):
    report = checklist_path(filled)
    assert report.problems == 0
    assert len(report.records) == 1
    (record,) = report.records
    assert record.missing == [] and record.not_applicable == []
    assert record.reported == [item.id for item in CHECKLIST.items]
    assert record.score == 1.0 and report.complete


def test_a_missing_field_is_a_missing_item():
    study = _filled_study()
    del study["storage_buffer"]  # storage needs all four of its fields
    study["protein_concentration_ug_per_ml"] = None  # particles and lipid still make two
    record = score_record(CHECKLIST, "preclinical_studies", study)
    assert record.missing == ["storage"]
    assert record.score == pytest.approx((len(CHECKLIST.items) - 1) / len(CHECKLIST.items))


def test_vesicle_items_do_not_apply_to_cells():
    record = score_record(CHECKLIST, "clinical_trials", {"id": "CT-X-001", "product_type": "cells"})
    vesicle_items = [i.id for i in CHECKLIST.items if i.scope == "vesicles"]
    assert record.not_applicable == vesicle_items
    assert record.reported == []


def test_the_release_shows_which_items_the_reviews_leave_empty():
    report = checklist_path(ROOT / "datapackage")
    assert report.problems == 0
    assert {r.table for r in report.records} == set(SCORED_TABLES)
    summary = {row["item"]: row for row in report.summary()}
    assert set(summary) == {item.id for item in CHECKLIST.items}
    # The reviews report no ISCT criterion, donor, storage, potency or EV-TRACK id.
    for item in ("isct-plastic-adherence", "donor", "storage", "potency-assay", "ev-track-id"):
        assert summary[item]["applicable"] > 0 and summary[item]["reported"] == 0, item
    assert not report.complete
    assert report.mean_score() < 0.1
    assert "items missing" in render_text(report, per_record=False)


def test_cli_complete_report_exits_0(filled: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["checklist", str(filled), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["complete"] is True and payload["mean_score"] == 1.0
    assert payload["scores"][0]["id"] == "PS-EXAMPLE-001"


def test_cli_release_exits_1_with_a_summary(capsys: pytest.CaptureFixture[str]):
    assert main(["checklist", str(ROOT / "datapackage"), "--summary"]) == 1
    out = capsys.readouterr().out
    assert "mean score" in out and "ev-track-id" in out
    assert "PS-" not in out  # --summary leaves the records out


def test_cli_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["checklist", str(tmp_path / "missing.csv")]) == 2
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["checklist", str(tmp_path / "notes.txt")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "mscexo checklist: error:" in err


def test_cli_help_names_the_exit_codes(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_:
        main(["checklist", "--help"])
    assert exit_.value.code == 0
    assert "Exit 0" in capsys.readouterr().out


def test_the_dictionary_page_documents_every_item_with_its_source():
    from mscexo.publish import site

    page = site.checklist_page()
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert len(rows) == len(CHECKLIST.items)
    for item, row in zip(CHECKLIST.items, rows, strict=True):
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert cells[0] == f"`{item.id}`" and cells[2] == item.source
        assert all(f"`{name}`" in cells[5] for name in item.fields)
    for key, text in CHECKLIST.sources.items():
        assert f"| {key} | {text} |" in page
    # the dictionary's index links to it
    assert "(checklist.md)" in site.dictionary_index(site._view(), site._resources())


def test_a_table_file_is_read_as_validate_reads_it():
    report = checklist_path(ROOT / "datapackage" / "data" / "clinical_trials.csv")
    assert report.problems == 0 and report.records
    assert {r.table for r in report.records} == {"clinical_trials"}


def test_the_trial_example_reports_its_profile_fields_and_misses_the_rest():
    trial = yaml.safe_load((VALID / "ClinicalTrial-003.yaml").read_text(encoding="utf-8"))
    record = score_record(CHECKLIST, "clinical_trials", trial)
    assert {"storage", "quantification", "purity-ratio", "separation", "potency-assay"} <= set(
        record.reported
    )
    assert {"isct-plastic-adherence", "ev-track-id", "donor"} <= set(record.missing)
    assert 0 < record.score < 1


def test_a_table_without_study_records_has_nothing_to_score(capsys: pytest.CaptureFixture[str]):
    assert main(["checklist", str(ROOT / "datapackage" / "data" / "documents.csv")]) == 1
    assert "no preclinical study or clinical trial records" in capsys.readouterr().out
