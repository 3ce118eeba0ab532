"""The report of `mscexo validate`: every problem found, counted, and listed up to a limit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mscexo.errors import Problem

DEFAULT_MAX_ERRORS = 1000


@dataclass
class Report:
    """Every problem found (errors up to `max_errors` listed, all of them counted)."""

    max_errors: int = DEFAULT_MAX_ERRORS
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    files: list[str] = field(default_factory=list)
    #: The worksheet read from each workbook among `files`.
    sheets: dict[str, str] = field(default_factory=dict)
    rows: Counter[str] = field(default_factory=Counter)
    listed: Counter[str] = field(default_factory=Counter)
    #: Evidence snippets compared with their documents' texts ("checked") or not.
    evidence: Counter[str] = field(default_factory=Counter)
    #: Whether texts of the documents were given (`--documents DIR`).
    documents_given: bool = False

    def add(self, problem: Problem, counted: bool = False) -> None:
        """Count a problem (unless the fast path `counted` it already) and list it if there
        is room."""
        if not counted:
            self.counts[(problem.severity, problem.code)] += 1
        if self.listed[problem.severity] < self.max_errors:
            self.listed[problem.severity] += 1
            self.problems.append(problem)

    def label(self, file: str) -> str:
        """A file read, as the text report names it: a workbook with the sheet read."""
        return f"{file} (sheet {self.sheets[file]!r})" if file in self.sheets else file

    def room(self) -> int:
        """How many more errors can be listed."""
        return max(0, self.max_errors - self.listed["error"])

    def total(self, severity: str) -> int:
        return sum(n for (s, _), n in self.counts.items() if s == severity)

    @property
    def valid(self) -> bool:
        return self.total("error") == 0

    @property
    def evidence_checked(self) -> bool:
        """Whether every evidence snippet was compared with its document's text: never
        without the texts, so that a made-up snippet cannot pass unremarked."""
        return self.documents_given and self.evidence["not_checked"] == 0

    def evidence_line(self) -> str:
        """What the report says about the evidence, in words."""
        checked, unchecked = self.evidence["checked"], self.evidence["not_checked"]
        if not self.documents_given:
            return (
                f"evidence NOT checked: {unchecked:,} snippet(s) not compared with their "
                "documents (give the texts with --documents DIR)"
            )
        line = f"evidence checked: {checked:,} snippet(s) compared with their documents"
        if unchecked:
            line += f"; {unchecked:,} NOT checked: their documents' texts are not in the directory"
        return line

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (its structure is documented in docs/validate.md)."""
        by_code: dict[str, dict[str, int]] = {"error": {}, "warning": {}}
        for (severity, code), n in sorted(self.counts.items()):
            by_code[severity][code] = n
        return {
            "valid": self.valid,
            "files": self.files,
            "sheets": self.sheets,
            "rows": dict(self.rows),
            "errors": self.total("error"),
            "warnings": self.total("warning"),
            "counts": by_code,
            "listed": len(self.problems),
            "truncated": len(self.problems) < sum(self.counts.values()),
            "evidence_checked": self.evidence_checked,
            "evidence": {
                "checked": self.evidence["checked"],
                "not_checked": self.evidence["not_checked"],
            },
            "problems": [p.to_dict() for p in self.problems],
        }
