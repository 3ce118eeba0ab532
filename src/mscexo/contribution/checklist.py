"""`mscexo checklist`: score a contribution against the MSC-EV reporting items, item by item.

Like EV-METRIC does for EV-TRACK, each preclinical study and clinical trial record is scored
against the minimal items of MISEV, the ISCT criteria and the MSC-EV items of the
ISEV/ISCT/SOCRATES position (the reporting profile of the schema): which items it reports,
which are missing, and a score, reported / applicable. A summary says, for every item, how
many records report it.

The items are data, in `checklist_items.yaml` beside this module: the same table the
dictionary page renders (`mscexo.publish.site`), so the command and the documentation cannot
disagree. The contribution is read by the readers `mscexo validate` uses (any table file,
record file or data package), through `validation.Validation`, whose problems are reported
too: a score of a file that breaks the contract would mislead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

#: The tables whose records are scored: the ones that carry the reporting profile.
SCORED_TABLES = ("preclinical_studies", "clinical_trials")

#: What the `vesicles` scope excludes: a record whose product is the cells themselves.
CELL_PRODUCTS = frozenset({"cells"})


@dataclass(frozen=True)
class Item:
    """One checklist item: what it asks, who asks it, and the fields that report it."""

    id: str
    label: str
    source: str
    section: str
    scope: str
    fields: tuple[str, ...]
    needs: int = 1
    note: str = ""

    def applies(self, record: dict[str, Any]) -> bool:
        """Vesicle items do not apply to a record that gives cells, not vesicles."""
        return self.scope != "vesicles" or record.get("product_type") not in CELL_PRODUCTS

    def reported(self, record: dict[str, Any]) -> bool:
        return sum(1 for name in self.fields if _filled(record.get(name))) >= self.needs


def _filled(value: Any) -> bool:
    return value is not None and value != "" and value != []


@dataclass(frozen=True)
class Checklist:
    """The items and the standards they come from, as `checklist_items.yaml` holds them."""

    sources: dict[str, str]
    items: tuple[Item, ...]


def load_checklist() -> Checklist:
    """The checklist shipped with the package."""
    text = (
        resources.files("mscexo.contribution")
        .joinpath("checklist_items.yaml")
        .read_text(encoding="utf-8")
    )
    data = yaml.safe_load(text)
    items = tuple(
        Item(
            id=i["id"],
            label=i["label"],
            source=i["source"],
            section=i.get("section") or "",
            scope=i["scope"],
            fields=tuple(i["fields"]),
            needs=int(i.get("needs", 1)),
            note=" ".join(str(i.get("note") or "").split()),
        )
        for i in data["items"]
    )
    return Checklist({k: " ".join(v.split()) for k, v in data["sources"].items()}, items)


@dataclass
class RecordScore:
    """The checklist of one record."""

    table: str
    id: str
    reported: list[str]
    missing: list[str]
    not_applicable: list[str]

    @property
    def score(self) -> float:
        applicable = len(self.reported) + len(self.missing)
        return len(self.reported) / applicable if applicable else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": self.id,
            "score": round(self.score, 4),
            "reported": self.reported,
            "missing": self.missing,
            "not_applicable": self.not_applicable,
        }


def score_record(checklist: Checklist, table: str, record: dict[str, Any]) -> RecordScore:
    """Which items one record reports, misses, or is exempt from."""
    score = RecordScore(table, str(record.get("id") or ""), [], [], [])
    for item in checklist.items:
        if not item.applies(record):
            score.not_applicable.append(item.id)
        elif item.reported(record):
            score.reported.append(item.id)
        else:
            score.missing.append(item.id)
    return score


@dataclass
class ChecklistReport:
    """Scores of every record of a contribution, the per-item summary, and any problem the
    contract found while reading."""

    checklist: Checklist
    files: list[str]
    records: list[RecordScore] = field(default_factory=list)
    problems: int = 0

    @property
    def complete(self) -> bool:
        return bool(self.records) and all(not r.missing for r in self.records)

    def summary(self) -> list[dict[str, Any]]:
        """For every item: how many records it applies to and how many report it."""
        rows = []
        for item in self.checklist.items:
            applicable = [r for r in self.records if item.id not in r.not_applicable]
            reported = sum(1 for r in applicable if item.id in r.reported)
            rows.append(
                {
                    "item": item.id,
                    "label": item.label,
                    "source": item.source,
                    "applicable": len(applicable),
                    "reported": reported,
                }
            )
        return rows

    def mean_score(self) -> float:
        return sum(r.score for r in self.records) / len(self.records) if self.records else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "problems": self.problems,
            "records": len(self.records),
            "complete": self.complete,
            "mean_score": round(self.mean_score(), 4),
            "items": self.summary(),
            "scores": [r.to_dict() for r in self.records],
        }


def checklist_path(
    path: Path, release: Path | None = None, root: Path | None = None
) -> ChecklistReport:
    """Score a file or a data package; its references are resolved, as `mscexo validate`
    resolves them, in the contribution and the release (by default the installed one).
    InputError for what is not the data's fault."""
    from mscexo.contribution.validation import Validation, validate_path

    batches: dict[str, list[pa.RecordBatch]] = {}

    class Collecting(Validation):
        """The validation run, keeping the text cells of the scored tables."""

        def collect(self, table: str, batch: pa.RecordBatch, source: int, start: int) -> None:
            if table in SCORED_TABLES:
                batches.setdefault(table, []).append(batch)
            super().collect(table, batch, source, start)

    # Records already in the release are warnings, not errors: the release itself scores.
    report = validate_path(path, release=release, max_errors=1, root=root, kind=Collecting)
    checklist = load_checklist()
    result = ChecklistReport(checklist, report.files, problems=report.total("error"))
    for table in SCORED_TABLES:
        for batch in batches.get(table, []):
            for record in batch.to_pylist():
                result.records.append(score_record(checklist, table, record))
    return result


def render_text(report: ChecklistReport, per_record: bool = True) -> str:
    """The report for a terminal: the summary per item, then each record's missing items."""
    lines = []
    if report.problems:
        lines.append(
            f"{report.problems} problem(s) against the contract: run `mscexo validate` first"
        )
    if not report.records:
        lines.append("no preclinical study or clinical trial records to score")
        return "\n".join(lines)
    n = len(report.records)
    lines.append(
        f"{n} record(s) scored against {len(report.checklist.items)} items; "
        f"mean score {report.mean_score():.0%}; "
        + ("every applicable item reported" if report.complete else "items missing")
    )
    lines.append("")
    width = max(len(item.id) for item in report.checklist.items)
    for row in report.summary():
        lines.append(
            f"  {row['item']:<{width}}  {row['reported']:>4}/{row['applicable']:<4}  "
            f"{row['source']:<18}  {row['label']}"
        )
    if per_record:
        lines.append("")
        for record in report.records:
            status = "complete" if not record.missing else "missing " + ", ".join(record.missing)
            lines.append(f"  {record.id}  {record.score:.0%}  {status}")
    return "\n".join(lines)
