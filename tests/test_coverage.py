"""Coverage: every NCT number, bracketed reference and table row is curated or excluded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from beside import Ran, beside, run

from mscexo.contract.record import Record
from mscexo.curation.coverage import document_coverage, expand, scan, table_rows
from mscexo.curation.evidence import documents_dir

ROOT = Path(__file__).resolve().parents[1]

DOCUMENTS = documents_dir()
needs_documents = pytest.mark.skipif(
    DOCUMENTS is None or not DOCUMENTS.is_dir(),
    reason="source documents not available: set MSCEXO_DOCUMENTS to the seeds directory "
    "(CI uses ../shared/seeds) to check curation coverage",
)

TEXT = """Intro [1]. MSC exosomes helped rats [2, 3] and mice [5–7], see NCT01234567.
BMSCs, UcMSC and post-MSC cells.
Table 1: Two studies.
Cells Model Ref.
BMSCs Rat [8]
ASCs Mouse [9]
Table 1 summarizes the studies; it is cited as 30×[10.5] nowhere.
"""


def _record(table: str, **data) -> Record:
    return Record(table, {"document_id": "D", **data}, "x.yaml", 1, 1)


def _records(*items: Record) -> dict[str, list[Record]]:
    tables = [
        "documents",
        "cited_works",
        "clinical_trials",
        "source_tables",
        "exclusions",
        "preclinical_studies",
        "msc_sources",
    ]
    return {t: [r for r in items if r.table == t] for t in tables}


def test_expand_ranges_and_lists():
    assert expand("3") == {3}
    assert expand("3, 5–7") == {3, 5, 6, 7}
    assert expand("20-22,30") == {20, 21, 22, 30}


def test_table_rows_locators():
    assert table_rows("Table 2, row 5") == {(2, 5)}
    assert table_rows("Table 2, rows 5-7") == {(2, 5), (2, 6), (2, 7)}
    assert table_rows("Section 4, paragraph 2") == set()


def test_scan_finds_ncts_references_and_captions_only():
    found = scan(TEXT)
    assert found.nct_ids == {"NCT01234567"}
    assert found.references == {1, 2, 3, 5, 6, 7, 8, 9}
    assert found.tables == {1}  # "Table 1 summarizes" is not a caption
    assert found.abbreviations == {"MSC", "BMSC", "UcMSC", "ASC"}


def test_document_coverage_reports_missing_excluded_and_wrong_claims():
    records = _records(
        _record("documents", id="D"),
        _record("cited_works", id="CW-D-8", reference_number=8),
        _record("cited_works", id="CW-D-9", reference_number=9),  # never used: not covering
        _record("source_tables", id="TB-D-1", table_label="Table 1", row_count=2),
        _record(
            "preclinical_studies", id="PS-1", cited_work_ids=["CW-D-8"], locator="Table 1, row 1"
        ),
        _record("preclinical_studies", id="PS-2", locator="Table 1, row 3"),
        _record("exclusions", id="EX-1", exclusion_kind="reference_number", items=["1-3", "5"]),
        _record("msc_sources", id="BM-MSC", abbreviations=["BMSC", "BM-MSC"]),
        _record("exclusions", id="EX-2", exclusion_kind="abbreviation", items=["MSC"]),
    )
    result = document_coverage(records["documents"][0], TEXT, records)
    assert not result.complete
    assert result.missing == {
        "nct_ids": ["NCT01234567"],
        "references": ["6", "7", "9"],
        "tables": [],
        "table_rows": ["Table 1, row 2"],
        "abbreviations": ["ASC", "UcMSC"],
    }
    assert result.not_in_document["table_rows"] == ["Table 1, row 3"]
    assert result.counts["references"] == {"found": 8, "covered": 1, "excluded": 4}


def test_fully_covered_document_is_complete():
    records = _records(
        _record("documents", id="D"),
        _record("clinical_trials", id="CT-1", nct_id="NCT01234567", locator="Intro"),
        _record("source_tables", id="TB-D-1", table_label="Table 1", row_count=2),
        _record("exclusions", id="EX-1", exclusion_kind="reference_number", items=["1-9"]),
        _record("exclusions", id="EX-2", exclusion_kind="table_row", items=["Table 1, rows 1-2"]),
        _record("msc_sources", id="MSC", abbreviations=["MSC", "MSCs", "BMSCs", "UcMSC", "ASC"]),
    )
    assert document_coverage(records["documents"][0], TEXT, records).complete


def _coverage_command(root: Path, documents: Path, *options: str) -> list[str]:
    """`mscexo coverage` of the checkout, as a user runs it."""
    command = ["coverage", "--documents", str(documents), "--root", str(root), *options]
    return [sys.executable, "-m", "mscexo.cli", *command]


@beside
def coverage_report(out: Path, need) -> Ran:
    """`mscexo coverage --format json` of the checkout and the documents (run beside the
    tests: beside.py)."""
    return run(_coverage_command(ROOT, DOCUMENTS, "--format", "json"), out)


@needs_documents
def test_every_document_is_fully_covered(coverage_report: Ran):
    """Every NCT number, table row and bracketed reference of the five documents is curated
    or deliberately excluded (the issue 3 guarantee)."""
    result = coverage_report.result
    report = json.loads(result.stdout)
    assert len(report["documents"]) == 5
    incomplete = {d["document_id"]: d["missing"] for d in report["documents"] if not d["complete"]}
    assert not incomplete, incomplete
    assert report["complete"] and result.returncode == 0


def test_coverage_without_documents_is_a_usage_error(root: Path, tmp_path: Path):
    command = _coverage_command(root, tmp_path / "none")
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
