"""The report of `mscexo validate`: every problem found, counted, and listed up to a limit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mscexo import markdown
from mscexo.errors import Problem
from mscexo.problems import registered

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


# ----- Markdown ------------------------------------------------------------------------------

#: The first line of the Markdown report: a workflow finds its earlier comment by it.
MARKDOWN_MARKER = "<!-- mscexo validate -->"
#: Problems listed per code in the Markdown report (a pull-request comment holds at most
#: 65,536 characters); the rest are counted.
MARKDOWN_PER_CODE = 50
#: Kinds of problem the Markdown report counts without listing them (as the text report).
MARKDOWN_SUMMARISED = {"duplicate": "records already in the release, unchanged: nothing to add"}


def _position(problem: Problem) -> str:
    """Where a problem is, in the file's own terms: a spreadsheet row, a line of a text file,
    or the position of a record in a list."""
    if problem.row:
        return f"row {problem.row}"
    if problem.line:
        return f"line {problem.line}"
    if problem.record:
        return f"record {problem.record}"
    return ""


def _problem_row(problem: Problem, heading: str, files: int) -> str:
    """One problem as a table row: file (when several were checked), position, record id,
    column, value, and the message (when it is not the code's) with the hint."""
    cells = [markdown.code(problem.file or "")] if files > 1 else []
    cells += [
        _position(problem),
        markdown.code(problem.record_id) if problem.record_id else "",
        markdown.code(problem.field) if problem.field else "",
        markdown.code(problem.value) if problem.value is not None else "",
    ]
    said = [problem.message] if problem.message != heading else []
    said += [f"hint: {problem.hint}"] if problem.hint else []
    cells.append(" — ".join(markdown.text(s) for s in said))
    return "| " + " | ".join(cells) + " |"


def to_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown, for a pull-request comment: the verdict, the
    files and rows read, a table of counts by code, then each code's problems (at most
    `MARKDOWN_PER_CODE`) with row, record, column, value and hint. Every value is escaped
    (`mscexo.markdown`)."""
    verdict = "VALID" if report.valid else "INVALID"
    errors, warnings = report.total("error"), report.total("warning")
    files = ", ".join(markdown.code(report.label(f)) for f in report.files) or "nothing"
    rows = ", ".join(f"{markdown.code(t)} {n:,} row(s)" for t, n in report.rows.items())
    lines = [
        MARKDOWN_MARKER,
        f"### MSC-Exo validation: {verdict}",
        "",
        f"**{verdict}: {errors:,} error(s), {warnings:,} warning(s)** in {files}"
        + (f": {rows}." if rows else " (no rows read)."),
    ]
    if not report.valid:
        lines += ["", "Fix the errors and run `mscexo validate` again."]
    counted = sorted(
        ((s, code, n) for (s, code), n in report.counts.items() if n),
        key=lambda item: (item[0] != "error", -item[2], item[1]),
    )
    if not counted:
        return "\n".join(lines) + "\n"
    lines += ["", "| severity | code | count |", "| --- | --- | ---: |"]
    lines += [f"| {s} | {markdown.code(code)} | {n:,} |" for s, code, n in counted]
    for severity, code, n in counted:
        lines += ["", f"#### {severity} {markdown.code(code)}: {n:,}"]
        if code in MARKDOWN_SUMMARISED:
            said = markdown.text(MARKDOWN_SUMMARISED[code])
            lines += ["", f"{said} (listed by `--format json`)."]
            continue
        listed = [p for p in report.problems if p.severity == severity and p.code == code]
        heading = registered(code).message
        lines += ["", markdown.text(heading)]
        if not listed:
            lines += ["", "None listed: `--max-errors` was reached."]
            continue
        head = ["file"] if len(report.files) > 1 else []
        head += ["where", "record", "column", "value", "problem and hint"]
        lines += ["", "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        lines += [_problem_row(p, heading, len(report.files)) for p in listed[:MARKDOWN_PER_CODE]]
        if n > min(len(listed), MARKDOWN_PER_CODE):
            rest = n - min(len(listed), MARKDOWN_PER_CODE)
            lines += ["", f"… and {rest:,} more (all are listed by `--format json`)."]
    return "\n".join(lines) + "\n"
