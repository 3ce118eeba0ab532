"""The record contract for tabular input (CSV, TSV, Excel), column by column.

Tabular files hold text cells. Before a row reaches the generated pydantic model, its cells
are checked for problems no model sees (spreadsheet formulas, stray whitespace, oversized
cells) and converted to typed values (lists split on `|`, integers, numbers, dates) by the
rules of the generated Table Schema. The vectorised fast path (`fastpath.py`) applies exactly
these rules to whole Arrow columns; the regular expressions below are written so that Python's
`re` and Arrow's RE2 read them the same way (no `\\s`, `\\d` or `$`-before-newline surprises),
and a property-based test holds the two paths to the same verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mscexo.contract.model import NOTE_FIELDS, Record, Resource, cell_problems
from mscexo.errors import Problem, shorten

#: Full-cell syntax of the Table Schema types that are not text.
TYPE_SYNTAX = {
    "integer": "[+-]?[0-9]+",
    "number": "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?",
    "date": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "boolean": "true|false",
}
TYPE_EXAMPLES = {"integer": "12", "number": "0.75", "date": "2023-02-28", "boolean": "true"}


def full(pattern: str) -> str:
    """A pattern that must match the whole cell (the same in `re` and RE2)."""
    return f"^({pattern})$"


@dataclass
class Column:
    """What the contract demands of one column, compiled from its Table Schema field."""

    name: str
    type: str
    required: bool = False
    is_list: bool = False
    delimiter: str = "|"
    pattern: str | None = None
    enum: list[str] | None = None
    minimum: float | None = None
    maximum: float | None = None
    example: str | None = None
    description: str = ""
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    @property
    def free_text(self) -> bool:
        """Prose written by a person (not a code, an identifier or a note): the cells that
        must not hold a placeholder for a missing value."""
        return (
            self.type == "string"
            and self.enum is None
            and self.pattern is None
            and self.name not in NOTE_FIELDS
        )

    def regex(self, pattern: str) -> re.Pattern[str]:
        if pattern not in self._compiled:
            self._compiled[pattern] = re.compile(pattern)
        return self._compiled[pattern]


def columns(resource: Resource) -> dict[str, Column]:
    """The column rules of a table, in schema order."""
    result = {}
    for spec in resource.fields:
        constraints = dict(spec.get("constraints", {}))
        is_list = spec["type"] == "list"
        if is_list:
            constraints.update(spec.get("mscexo:itemConstraints", {}))
        result[spec["name"]] = Column(
            name=spec["name"],
            type=spec.get("itemType", "string") if is_list else spec["type"],
            required=bool(constraints.get("required")),
            is_list=is_list,
            delimiter=spec.get("delimiter", "|"),
            pattern=constraints.get("pattern"),
            enum=constraints.get("enum"),
            minimum=constraints.get("minimum"),
            maximum=constraints.get("maximum"),
            example=spec.get("example"),
            description=spec.get("description", ""),
        )
    return result


def split(cell: str, column: Column) -> list[str]:
    """The items of a list cell; empty items (`a||b`, a trailing `|`) are dropped."""
    return [item for item in cell.split(column.delimiter) if item != ""]


def convert(cell: str, column: Column) -> Any:
    """A text cell as the typed value the model expects; ValueError if its syntax is wrong."""
    if column.type in TYPE_SYNTAX and not column.regex(full(TYPE_SYNTAX[column.type])).match(cell):
        raise ValueError(cell)
    if column.type == "integer":
        return int(cell)
    if column.type == "number":
        return float(cell)
    if column.type == "boolean":
        return cell == "true"
    if column.type == "date":
        date.fromisoformat(cell)  # rejects 2023-02-30
    return cell


def record_from_cells(
    cells: dict[str, str | None], rules: dict[str, Column], record: Record
) -> tuple[dict[str, Any], list[Problem]]:
    """Typed record data from the text cells of one row, and the cell-level problems."""
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, cell in cells.items():
        column = rules.get(name)
        if column is None or cell is None or cell == "":
            continue
        problems.extend(cell_problems(record, name, cell, column.free_text))
        items = split(cell, column) if column.is_list else [cell]
        try:
            values = [convert(item, column) for item in items]
        except ValueError as bad:
            problems.append(
                record.problem(
                    "type",
                    f"not a valid {column.type}",
                    field=name,
                    value=shorten(str(bad)),
                    hint=f"write a {column.type} such as {TYPE_EXAMPLES[column.type]!r}",
                )
            )
            continue
        if column.is_list:
            if values:
                data[name] = values
        else:
            data[name] = values[0]
    return data, problems
