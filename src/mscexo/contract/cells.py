"""The contract for one cell: the rules every text cell meets, and the one codec between cell
text and typed values.

Tabular files hold text cells. Before a row reaches the generated pydantic model, its cells
are checked for problems no model sees (spreadsheet formulas, stray whitespace, oversized
cells) and decoded to typed values (lists split on each field's own delimiter, integers,
numbers, dates) by the rules of the generated Table Schema. `encode` is the way back: the
build writes CSV cells with it, and keys are compared as `key_text`, the encoded form of the
decoded value, so that `977` and `0977` are one reference number everywhere.

The vectorised fast path (`fastpath.py`) applies exactly these rules to whole Arrow columns;
the regular expressions below are written so that Python's `re` and Arrow's RE2 read them the
same way (no `\\s`, `\\d` or `$`-before-newline surprises), and a property-based test holds
the two paths to the same verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mscexo.contract.record import Record, Resource
from mscexo.errors import Problem, shorten

#: Longest cell accepted, in characters: longer text is almost always a paste error.
MAX_CELL_CHARS = 10_000

#: Whitespace in the narrow sense both regex engines agree on.
_WS = "[ \\t\\n\\r\\f\\v]"
#: A cell that starts or ends with whitespace (invisible in a spreadsheet, breaks joins).
EDGE_WHITESPACE = f"^{_WS}|{_WS}$"
#: The start of a spreadsheet formula (CSV/formula injection): a cell starting with one of
#: these characters is a formula to Excel or LibreOffice (`-A1+HYPERLINK(...)`,
#: `@SUM(...)`), unless it is a plain number (`-2`, `+3.5`, `-1e3`: `PLAIN_NUMBER`).
FORMULA = "^[=+@-]"
#: A placeholder written where a value is missing ("not stated", "n/a", "unknown", alone or
#: with a bracket), or a bracket saying that something is not named. The convention is one:
#: an empty cell means the document does not say.
PLACEHOLDER = (
    "(?i)^(not (stated|reported|available|given|specified|known|named)|unknown|unspecified"
    "|n/?a|none|nil|-+|[?])( *[(][^)]*[)])?$"
    "|[(][^)]*\\bnot (stated|named|given|specified) (in|by) (this|the) (sentence|text|document)"
)
#: Notes in our own words, which may well say that something is "not stated".
NOTE_FIELDS = frozenset({"curation_note", "licence_note", "reason", "unmapped_reason"})
#: Control characters (C0, DEL and C1), which no cell may hold: invisible in a spreadsheet,
#: and able to rewrite what a terminal shows (ESC) or to cut a C string short (NUL).
CONTROL = "[\\x00-\\x1f\\x7f-\\x9f]"
#: The same but for tab and line breaks (LF, CR), which multi-line text may hold.
CONTROL_MULTILINE = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]"
#: Characters named in messages, by code point.
CONTROL_NAMES = {
    0: "NUL",
    7: "BEL",
    8: "backspace",
    9: "tab",
    10: "line feed",
    13: "carriage return",
    27: "ESC",
    127: "DEL",
}
_FORMULA = re.compile(FORMULA)
_CONTROL = re.compile(CONTROL)
_CONTROL_MULTILINE = re.compile(CONTROL_MULTILINE)
_PLACEHOLDER = re.compile(PLACEHOLDER)
_EDGE_WHITESPACE = re.compile(EDGE_WHITESPACE)

#: Most digits of an integer: the release stores integers in 64 bits, and Python refuses to
#: convert integers of over 4,300 digits to or from text.
MAX_INTEGER_DIGITS = 18
#: Full-cell syntax of the Table Schema types that are not text.
TYPE_SYNTAX = {
    "integer": f"[+-]?[0-9]{{1,{MAX_INTEGER_DIGITS}}}",
    "number": "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?",
    "date": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "boolean": "true|false",
}
#: A cell starting like a formula that is only a signed number, and so no formula (for RE2,
#: whose `$` is the end of the text; Python's `fullmatch` is used for the same).
PLAIN_NUMBER = f"^({TYPE_SYNTAX['number']})$"
_PLAIN_NUMBER = re.compile(TYPE_SYNTAX["number"])
TYPE_EXAMPLES = {"integer": "12", "number": "0.75", "date": "2023-02-28", "boolean": "true"}
TYPE_WORDS = {
    "integer": f"an integer of at most {MAX_INTEGER_DIGITS} digits",
    "number": "a number",
    "date": "a date",
    "boolean": "a boolean",
}


def full(pattern: str) -> str:
    """A pattern that must match the whole cell (the same in `re` and RE2, but for a newline
    at the end, before which Python's `$` matches too)."""
    return f"^({pattern})$"


@dataclass
class Column:
    """What the contract demands of one column, compiled from its Table Schema field.
    `type` is the type of one value (of each item, for a list)."""

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

    @property
    def multiline(self) -> bool:
        """Text that may run over several lines (and hold tabs): prose or a note, one value
        (not a list), with no pattern (`^.{1,160}$` of evidence forbids line breaks itself),
        no enum and no type syntax."""
        return (
            self.type == "string"
            and not self.is_list
            and self.enum is None
            and self.pattern is None
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


# ----- the codec -----------------------------------------------------------------------------


def split(cell: str, column: Column) -> list[str]:
    """The items of a list cell; empty items (`a||b`, a trailing `|`) are dropped."""
    return [item for item in cell.split(column.delimiter) if item != ""]


def decode_value(cell: str, column: Column) -> Any:
    """One value's text as the typed value the model expects; ValueError if its syntax is
    wrong."""
    if column.type in TYPE_SYNTAX and not column.regex(full(TYPE_SYNTAX[column.type])).match(cell):
        raise ValueError(cell)
    if column.type == "integer":
        return int(cell)  # at most MAX_INTEGER_DIGITS digits, by its syntax
    if column.type == "number":
        return float(cell)
    if column.type == "boolean":
        return cell == "true"
    if column.type == "date":
        return date.fromisoformat(cell)  # rejects 2023-02-30
    return cell


def decode(cell: str, column: Column) -> Any:
    """A cell as its typed value: a list of values for a list column."""
    if column.is_list:
        return [decode_value(item, column) for item in split(cell, column)]
    return decode_value(cell, column)


def encode_value(value: Any, column: Column) -> str:
    """One typed value as text: integral numbers without a decimal point, dates in ISO form,
    booleans as `true`/`false`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if column.type == "number" and isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def encode(value: Any, column: Column) -> str:
    """A typed value (a list, for a list column) as the cell text of the package's CSV; an
    empty cell for a missing value."""
    if value is None:
        return ""
    if column.is_list:
        return column.delimiter.join(encode_value(item, column) for item in value)
    return encode_value(value, column)


def cell_text(value: Any, column: Column) -> str | None:
    """A value as written in a record file (JSON, YAML) or a curation file, as the text a
    cell holds: text stays as written (the key index and the cell rules judge it as is);
    typed values are encoded."""
    if value is None or isinstance(value, str):
        return value
    if column.is_list and isinstance(value, list):
        return column.delimiter.join(
            item if isinstance(item, str) else encode_value(item, column) for item in value
        )
    return encode_value(value, column)


def key_text(value: Any, column: Column) -> str:
    """One value of a key as the text keys are compared by: the encoded form of its decoded
    value, so that a text cell `0977`, the integer 977 and the cell `977` are one key. A cell
    that does not decode is compared as written (it is reported by the cell rules anyway)."""
    if isinstance(value, str):
        try:
            value = decode_value(value, column)
        except ValueError:
            return value
    return encode_value(value, column)


# ----- cell rules ----------------------------------------------------------------------------


def cell_problems(record: Record, name: str, cell: str, column: Column | None) -> list[Problem]:
    """Problems of one raw cell that no model sees: formulas, control characters, stray
    whitespace, size, and (in prose, see `Column.free_text`) placeholders for a missing value.
    A field the schema does not have (`column` None) is held to the rules of multi-line
    text."""
    prose = column is not None and column.free_text
    multiline = column is None or column.multiline
    control = (_CONTROL_MULTILINE if multiline else _CONTROL).search(cell)
    checks = [
        (
            len(cell) > MAX_CELL_CHARS,
            "oversized-cell",
            f"the cell has {len(cell):,} characters (at most {MAX_CELL_CHARS:,})",
            "shorten the text or check that columns did not run together",
        ),
        (
            is_formula(cell),
            "formula",
            f"the cell starts with {cell[:1]!r}, as a spreadsheet formula does",
            "formulas are not data: paste the value, or start the text differently "
            "(e.g. write '-2 to +3' as 'from -2 to 3', '- see text' as 'see text')",
        ),
        (
            control is not None,
            "control-character",
            f"the cell holds the control character {_control_name(control)}",
            "write the value on one line, without tabs: this column holds a single line"
            if control is not None and control[0] in "\t\n\r"
            else "remove the character (it is invisible, and can change what a terminal shows)",
        ),
        (
            prose and bool(_PLACEHOLDER.search(cell)),
            "placeholder",
            "the cell holds a placeholder for a missing value",
            "leave the cell empty: an empty cell means the document does not say "
            "(explain in curation_note if needed)",
        ),
        (
            bool(_EDGE_WHITESPACE.search(cell)),
            "whitespace",
            "the cell starts or ends with whitespace",
            "remove the leading/trailing spaces, tabs or line breaks",
        ),
    ]
    return [
        record.problem(code, message, field=name, value=shorten(cell), hint=hint)
        for failed, code, message, hint in checks
        if failed
    ]


def is_formula(cell: str) -> bool:
    """Whether a spreadsheet would read the cell as a formula: it starts with `=`, `+`, `-`
    or `@` and is not a plain number."""
    return bool(_FORMULA.match(cell)) and not _PLAIN_NUMBER.fullmatch(cell)


def _control_name(found: re.Match[str] | None) -> str:
    """A control character as `U+001B (ESC)`."""
    if found is None:
        return ""
    point = ord(found[0])
    name = CONTROL_NAMES.get(point)
    return f"U+{point:04X}" + (f" ({name})" if name else "")


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
        problems.extend(cell_problems(record, name, cell, column))
        try:
            value = decode(cell, column)
        except ValueError as bad:
            problems.append(_type_problem(record, column, bad))
            continue
        if value != []:
            data[name] = value
    return data, problems


def record_from_values(
    values: dict[str, Any], rules: dict[str, Column], record: Record
) -> tuple[dict[str, Any], list[Problem]]:
    """Record data from the values of a record file or a curation file, and the cell-level
    problems. Text is judged as a cell would be: checked by the cell rules and decoded by the
    codec (so `" 977"` is no more an integer here than in a CSV file); values that are typed
    already (YAML numbers, dates, lists) are left to the model. A field the schema does not
    have is left to the model too (as an unknown field), after the cell rules."""
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, value in values.items():
        column = rules.get(name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, str):
                problems.extend(cell_problems(record, name, item, column))
        if column is None:
            data[name] = value
            continue
        try:
            data[name] = _decoded(value, column)
        except ValueError as bad:
            problems.append(_type_problem(record, column, bad))
    return data, problems


def _decoded(value: Any, column: Column) -> Any:
    """A value of a record file with its text decoded by the codec: a string in a list column
    is a cell to split; the text items of a list are decoded one by one. An integer that is
    typed already must have no more digits than a cell may hold."""
    if isinstance(value, str):
        return decode(value, column)
    if column.is_list and isinstance(value, list):
        return [decode_value(v, column) if isinstance(v, str) else _sized(v, column) for v in value]
    return _sized(value, column)


def _sized(value: Any, column: Column) -> Any:
    """A typed value, refused (ValueError) if it is an integer of more digits than a cell may
    hold: the release could not store it, nor Python write one of over 4,300 digits."""
    integer = isinstance(value, int) and not isinstance(value, bool)
    if column.type == "integer" and integer and abs(value) >= 10**MAX_INTEGER_DIGITS:
        raise ValueError(_integer_text(value))
    return value


def _integer_text(value: int) -> str:
    """An integer as text, or as its number of digits when it is too long to print."""
    if value.bit_length() < 4_000:  # under 1,205 digits: well within Python's limit
        return str(value)
    return f"an integer of about {int(value.bit_length() * 0.30103):,} digits"


def _type_problem(record: Record, column: Column, bad: ValueError) -> Problem:
    return record.problem(
        "type",
        f"not a valid {column.type}",
        field=column.name,
        value=shorten(str(bad)),
        hint=f"write {TYPE_WORDS[column.type]} such as {TYPE_EXAMPLES[column.type]!r}",
    )
