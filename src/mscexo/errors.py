"""Problems found in user data, as objects rather than strings.

Like frictionless's errors, each problem has a stable code, a plain message and a position
(file, row, record, field), plus the offending value and a hint at the fix. Commands collect
every problem they can find before they stop, and print them all.
"""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass

from mscexo.problems import registered

#: Longest value shown in a report; longer values are cut with an ellipsis.
MAX_VALUE_CHARS = 80


def shorten(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def closest(value: object, choices: list[str]) -> str | None:
    """The allowed value nearest to a wrong one, for a "did you mean" hint."""
    if not isinstance(value, str) or not choices:
        return None
    lowered = {c.lower(): c for c in choices}
    if value.lower() in lowered:
        return lowered[value.lower()]
    match = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.5)
    return lowered[match[0]] if match else None


class InputError(Exception):
    """An input or output that cannot be used at all: a missing path, a package that cannot
    be read, an unknown table, a file kind no reader handles. Not the data's fault, so the
    CLI exits with 2 (not 1, which means invalid data)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, with where it is and how to fix it.

    `row` is the row as the user counts it in a spreadsheet (the header is row 1); `line` is
    the line of a text file (YAML, JSON Lines); `record` is the position in a list of records.
    A `warning` does not make the input invalid (e.g. a record identical to the release).
    The code must be registered in `mscexo.problems`, with this severity; a problem without
    a message or a hint of its own gets the registry's.
    """

    code: str
    message: str = ""
    file: str | None = None
    line: int | None = None
    row: int | None = None
    table: str | None = None
    record: int | None = None
    record_id: str | None = None
    field: str | None = None
    value: str | None = None
    hint: str | None = None
    severity: str = "error"

    def __post_init__(self) -> None:
        entry = registered(self.code)
        if self.severity != entry.severity:
            raise ValueError(
                f"problem code {self.code!r} is registered as {entry.severity!r}, "
                f"not {self.severity!r}"
            )
        if not self.message:
            object.__setattr__(self, "message", entry.message)
        if not self.hint:
            object.__setattr__(self, "hint", entry.hint)

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(f"{self.file}:{self.line}" if self.line else self.file)
        if self.row:
            parts.append(f"row {self.row}")
        if self.table:
            parts.append(f"{self.table}[{self.record}]" if self.record else self.table)
        if self.record_id:
            parts.append(f"id={self.record_id}")
        if self.field:
            parts.append(f"column '{self.field}'" if self.row else f"field '{self.field}'")
        return " ".join(parts)

    def __str__(self) -> str:
        text = f"{self.where()}: [{self.code}] {self.message}"
        if self.value is not None:
            text += f" (value: {self.value!r})"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


class DataError(Exception):
    """Raised when input data are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) found")
