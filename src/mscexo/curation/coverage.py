"""Is every fact of the source documents accounted for?

`mscexo coverage --documents DIR` scans each document's text for what a curator must not miss
(ClinicalTrials.gov numbers, bracketed reference numbers, the rows of printed tables) and
checks each against the curation: covered by a record, or listed in `exclusions` with a
reason. It also reports the reverse slip: a record naming an NCT number or a table row the
document does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mscexo.contract.record import Record

NCT = re.compile(r"NCT\d{8}")
#: "[12]", "[12, 13]", "[20–25]", "[3,5-7]": integer lists and ranges in square brackets.
REFERENCE = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]")
#: A table caption at the start of a line: "Table 2: ...", "Table 1 | ...", "Table 1  Exosomes".
CAPTION = re.compile(r"^\s*Table (\d+)(?::|\s+\||\s{2,})", re.MULTILINE)
#: Abbreviations of producer cells: MSC, BMSC, UcMSC, AT-MSC, hMSC, ASC, ESC, iPSC ...
ABBREVIATION = re.compile(r"\b(?:[A-Z][A-Za-z]{0,4}-?|[hi])?(?:MSC|PSC|ESC|ASC)s?\b")
#: A locator or exclusion item naming table rows: "Table 2, row 5" or "Table 2, rows 5-7".
TABLE_ROWS = re.compile(r"^Table (\d+), rows? (\d+)(?:\s*[-–]\s*(\d+))?$")


def singular(abbreviation: str) -> str:
    """'BMSCs' -> 'BMSC': plural forms map to the same source."""
    return abbreviation[:-1] if abbreviation.endswith("s") else abbreviation


def expand(text: str) -> set[int]:
    """Numbers of "3", "3-5", "3, 5–7" -> {3, 4, 5, 7}."""
    numbers: set[int] = set()
    for part in re.split(r"\s*,\s*", text.strip()):
        ends = [int(n) for n in re.split(r"\s*[-–]\s*", part) if n]
        if len(ends) == 2 and ends[0] <= ends[1]:
            numbers.update(range(ends[0], ends[1] + 1))
        else:
            numbers.update(ends)
    return numbers


def table_rows(text: str) -> set[tuple[int, int]]:
    """(table, row) pairs named by a locator such as "Table 2, rows 5-7"; empty otherwise."""
    match = TABLE_ROWS.match(text.strip())
    if not match:
        return set()
    table, first = int(match.group(1)), int(match.group(2))
    last = int(match.group(3) or first)
    return {(table, row) for row in range(first, last + 1)}


@dataclass
class Scan:
    """What one document contains that the curation must account for."""

    nct_ids: set[str]
    references: set[int]
    tables: set[int]
    abbreviations: set[str]


def scan(text: str) -> Scan:
    references: set[int] = set()
    for match in REFERENCE.finditer(text):
        references |= expand(match.group(1))
    return Scan(
        nct_ids=set(NCT.findall(text)),
        references=references,
        tables={int(n) for n in CAPTION.findall(text)},
        abbreviations={singular(a) for a in ABBREVIATION.findall(text)},
    )


@dataclass
class DocumentCoverage:
    """Coverage of one document: what is covered, excluded, missing and wrongly claimed."""

    document_id: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    not_in_document: dict[str, list[str]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not any(self.missing.values()) and not any(self.not_in_document.values())

    def add(self, kind: str, found: set, covered: set, excluded: set, label=str) -> None:
        self.counts[kind] = {
            "found": len(found),
            "covered": len(found & covered),
            "excluded": len((found - covered) & excluded),
        }
        self.missing[kind] = [label(x) for x in sorted(found - covered - excluded)]
        self.not_in_document[kind] = [label(x) for x in sorted(covered - found)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "complete": self.complete,
            "counts": self.counts,
            "missing": self.missing,
            "not_in_document": self.not_in_document,
        }


def _by_document(records: dict[str, list[Record]], document_id: str) -> dict[str, list[Record]]:
    return {
        table: [r for r in rows if r.data.get("document_id") == document_id]
        for table, rows in records.items()
    }


def _excluded(exclusions: list[Record], kind: str) -> list[str]:
    return [
        item for r in exclusions if r.data["exclusion_kind"] == kind for item in r.data["items"]
    ]


def _row_label(pair: tuple[int, int]) -> str:
    return f"Table {pair[0]}, row {pair[1]}"


def document_coverage(document: Record, text: str, records: dict[str, list[Record]]):
    """Coverage of one document by the records that cite it."""
    document_id = document.data["id"]
    found = scan(text)
    mine = _by_document(records, document_id)
    exclusions = mine.get("exclusions", [])
    result = DocumentCoverage(document_id)

    trials = {r.data["nct_id"] for r in mine["clinical_trials"] if r.data.get("nct_id")}
    result.add("nct_ids", found.nct_ids, trials, set(_excluded(exclusions, "nct_id")))

    used = {
        work for rows in mine.values() for r in rows for work in r.data.get("cited_work_ids") or []
    }
    cited = {
        r.data["reference_number"]
        for r in mine["cited_works"]
        if r.data.get("reference_number") is not None and r.data["id"] in used
    }
    excluded_refs: set[int] = set()
    for item in _excluded(exclusions, "reference_number"):
        excluded_refs |= expand(item)
    # A cited work may carry a number printed as a superscript rather than in brackets, so
    # only bracketed numbers are required; cited numbers are not checked in reverse.
    result.add("references", found.references, cited & found.references, excluded_refs)

    described = {
        int(r.data["table_label"].split()[1]): r.data["row_count"] for r in mine["source_tables"]
    }
    result.add("tables", found.tables, set(described), set(), label=lambda n: f"Table {n}")
    expected = {(t, row) for t, count in described.items() for row in range(1, count + 1)}
    located = {
        pair
        for table, rows in mine.items()
        if table != "source_tables"
        for r in rows
        for pair in table_rows(str(r.data.get("locator", "")))
    }
    excluded_rows = {p for item in _excluded(exclusions, "table_row") for p in table_rows(item)}
    result.add("table_rows", expected, located, excluded_rows, label=_row_label)

    # Abbreviations map to the shared msc_sources vocabulary, which names no document.
    mapped = {singular(a) for r in records["msc_sources"] for a in r.data.get("abbreviations", [])}
    excluded_abbreviations = {singular(a) for a in _excluded(exclusions, "abbreviation")}
    result.add(
        "abbreviations",
        found.abbreviations,
        mapped & found.abbreviations,
        excluded_abbreviations,
    )
    return result


def coverage(records: dict[str, list[Record]], directory: Path) -> list[DocumentCoverage]:
    """Coverage of every document whose text is in `directory`."""
    results = []
    for document in records["documents"]:
        name = document.data.get("text_file")
        if name and (directory / name).is_file():
            text = (directory / name).read_text(encoding="utf-8")
            results.append(document_coverage(document, text, records))
    return results
