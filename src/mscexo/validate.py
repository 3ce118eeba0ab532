"""Validate records against the MSC-Exo contract: the generated pydantic models for each
record, then primary keys and foreign keys across tables.

The same functions serve the build and every other check of user data, so a contributor,
the build and CI always get the same verdict. Problems are collected, never raised one by one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from mscexo import hints
from mscexo.errors import Problem, closest, shorten

TABLE_SCHEMA = Path("schema/generated/tableschema.json")

#: Longest cell accepted, in characters: longer text is almost always a paste error.
MAX_CELL_CHARS = 10_000

#: Whitespace in the narrow sense both regex engines agree on.
_WS = "[ \\t\\n\\r\\f\\v]"
#: A cell that starts or ends with whitespace (invisible in a spreadsheet, breaks joins).
EDGE_WHITESPACE = f"^{_WS}|{_WS}$"
#: Spreadsheet formula syntax at the start of a cell (CSV/formula injection): `=` anything;
#: `+ - @` followed by a function call, a DDE call (`|...!`) or arithmetic on numbers.
FORMULA = (
    "^(=|[+@-][ \\t]*[A-Za-z_][A-Za-z0-9_.]*[ \\t]*[(]|[+@-][^|]*[|][^!]*!"
    "|[+@-][ \\t]*[0-9.]+[ \\t]*[-+*/^&][ \\t]*[0-9A-Za-z(])"
)
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
_FORMULA = re.compile(FORMULA)
_PLACEHOLDER = re.compile(PLACEHOLDER)
_EDGE_WHITESPACE = re.compile(EDGE_WHITESPACE)


@dataclass
class Record:
    """One curated record and where it was written."""

    table: str
    data: dict[str, Any]
    file: str
    index: int
    line: int | None
    parsed: BaseModel | None = None

    def problem(self, code: str, message: str, **kwargs: Any) -> Problem:
        return Problem(
            code=code,
            message=message,
            file=self.file,
            line=self.line,
            table=self.table,
            record=self.index,
            record_id=str(self.data.get("id")) if self.data.get("id") is not None else None,
            **kwargs,
        )


@dataclass
class Resource:
    """A table of the package as the generated Table Schema describes it."""

    name: str
    class_name: str
    description: str
    schema: dict[str, Any]

    @property
    def fields(self) -> list[dict[str, Any]]:
        return self.schema["fields"]

    @property
    def primary_key(self) -> str:
        return self.schema["primaryKey"][0]

    def field(self, name: str) -> dict[str, Any] | None:
        return next((f for f in self.fields if f["name"] == name), None)

    @cached_property
    def rules(self) -> dict[str, Any]:
        """The contract's column rules (`contract.Column`), compiled once."""
        from mscexo.contract import columns

        return columns(self)


def read_resources(root: Path) -> list[Resource]:
    """The tables of the package, from the generated Table Schemas."""
    data = json.loads((root / TABLE_SCHEMA).read_text(encoding="utf-8"))
    return [
        Resource(r["name"], r["class"], r["description"], r["schema"]) for r in data["resources"]
    ]


_CODES = {
    "missing": "required",
    "enum": "enum",
    "extra_forbidden": "unknown-field",
    "greater_than_equal": "range",
    "less_than_equal": "range",
    "greater_than": "range",
    "less_than": "range",
}


def _problem_from_error(record: Record, resource: Resource, error: dict[str, Any]) -> Problem:
    """Translate one pydantic error into a Problem with a fix hint."""
    name = str(error["loc"][0]) if error["loc"] else None
    spec = resource.field(name) if name else None
    kind = error["type"]
    code = _CODES.get(kind, "type")
    message = error["msg"]
    hint = None
    if kind == "value_error" and "format" in message:
        code = "pattern"
        message, hint = pattern_message(name, error.get("input"), spec or {})
    elif code == "enum":
        message = "not one of the allowed values"
        allowed = (spec or {}).get("constraints", {}).get("enum") or error.get("ctx", {}).get(
            "expected", ""
        )
        allowed = allowed if isinstance(allowed, list) else []
        hint = enum_hint(error.get("input"), allowed, spec or {}, f"{resource.name} {name}")
    elif code == "unknown-field":
        suggestion = closest(name, [f["name"] for f in resource.fields])
        hint = f"did you mean {suggestion!r}?" if suggestion else "remove the field"
    elif code == "required":
        message = "a value is required"
        hint = f"add a value for {name!r}: {(spec or {}).get('description', '')}".strip()
    elif code == "range" and spec:
        constraints = spec.get("constraints", {})
        hint = f"allowed range: {constraints.get('minimum', '')}..{constraints.get('maximum', '')}"
    value = None if kind == "missing" else shorten(error.get("input"))
    return record.problem(code, message, field=name, value=value, hint=hint)


def pattern_message(name: str | None, value: Any, spec: dict[str, Any]) -> tuple[str, str]:
    """A value that does not match its field's pattern, said in words (the message) with
    the regular expression kept in the hint for those who want it."""
    pattern = spec.get("constraints", {}).get("pattern") or spec.get(
        "mscexo:itemConstraints", {}
    ).get("pattern")
    words = spec.get("mscexo:patternInWords")
    length = re.fullmatch(r"\^\.\{(\d+),(\d+)\}\$", pattern or "")
    if length and isinstance(value, str):
        lines = "" if "\n" not in value else ", on several lines"
        message = f"{name} is {len(value)} characters{lines}; at most {length[2]} on one line"
    else:
        message = f"{name} must be {words}" if words else f"{name} does not match its pattern"
    example = spec.get("example")
    hint = (f"for example {example!r}; " if example else "") + f"the pattern is {pattern}"
    return message, hint


def enum_hint(value: Any, allowed: list[str], spec: dict[str, Any], where: str) -> str:
    """A fix for a value outside an enum: a code of an earlier release gets its new code,
    `not_reported` (gone since 1.0) gets the missing-value convention, anything else the
    closest allowed value by what people write (`hints`), and always the allowed values."""
    former = spec.get("mscexo:formerCodes", {})
    if isinstance(value, str) and value in former:
        return f"did you mean {former[value]!r}? ({value!r} is the code of releases before 1.0)"
    if value == "not_reported":
        return "leave the cell empty: an empty cell means the document does not say"
    descriptions = spec.get("mscexo:valueDescriptions", {})
    forms = {
        code: hints.enum_forms(
            code, descriptions.get(code, ""), [o for o, new in former.items() if new == code]
        )
        for code in allowed
    }
    return hints.hint(value, forms, where)


def text_problems(record: Record, resource: Resource) -> list[Problem]:
    """Cell-level problems (formulas, stray whitespace, size, placeholders) of every text value
    of a record."""
    rules = resource.rules
    problems = []
    for name, value in record.data.items():
        prose = name in rules and rules[name].free_text
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                problems.extend(cell_problems(record, name, item, prose))
    return problems


def validate_record(
    record: Record, resource: Resource, model: type[BaseModel], cells_checked: bool = False
) -> tuple[BaseModel | None, list[Problem]]:
    """Check one record against its generated pydantic model; the parsed record if valid.

    Text values get the cell-level checks too, unless the caller (reading a tabular file)
    has already checked the raw cells (`cells_checked`).
    """
    problems = [] if cells_checked else text_problems(record, resource)
    try:
        parsed = model.model_validate(record.data)
    except ValidationError as exc:
        problems += [_problem_from_error(record, resource, e) for e in exc.errors()]
        return None, problems
    for spec in resource.fields:
        value = record.data.get(spec["name"])
        if spec["type"] == "list" and isinstance(value, list):
            for item in value:
                if isinstance(item, str) and spec["delimiter"] in item:
                    problems.append(
                        record.problem(
                            "delimiter-in-value",
                            f"a list item contains the list delimiter {spec['delimiter']!r}",
                            field=spec["name"],
                            value=shorten(item),
                            hint="split the item into separate list entries",
                        )
                    )
    return (None if problems else parsed), problems


def cell_problems(record: Record, name: str, cell: str, prose: bool) -> list[Problem]:
    """Problems of one raw cell that no model sees: formulas, stray whitespace, size, and (in
    `prose`, see `contract.Column.free_text`) placeholders for a missing value."""
    checks = [
        (
            len(cell) > MAX_CELL_CHARS,
            "oversized-cell",
            f"the cell has {len(cell):,} characters (at most {MAX_CELL_CHARS:,})",
            "shorten the text or check that columns did not run together",
        ),
        (
            bool(_FORMULA.match(cell)),
            "formula",
            "the cell starts like a spreadsheet formula",
            "formulas are not data: paste the value, or start the text differently "
            "(e.g. write '-2 to +3' as 'from -2 to 3')",
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


def check_keys(records: dict[str, list[Record]], resources: list[Resource]) -> list[Problem]:
    """Primary keys unique within each table; every foreign key resolves."""
    problems: list[Problem] = []
    keys: dict[str, set[str]] = {}
    forms: dict[str, hints.Forms] = {}  # of each referenced table, gathered once
    for resource in resources:
        seen: dict[str, Record] = {}
        for record in records.get(resource.name, []):
            key = record.data.get(resource.primary_key)
            if key in seen:
                first = seen[key]
                problems.append(
                    record.problem(
                        "duplicate-key",
                        f"{resource.primary_key} {key!r} is already used",
                        field=resource.primary_key,
                        value=shorten(key),
                        hint=f"first used in {first.file} ({resource.name}[{first.index}]); "
                        "give this record a new identifier",
                    )
                )
            seen[key] = record
        keys[resource.name] = set(seen)
        problems.extend(check_unique_keys(records.get(resource.name, []), resource))
    for resource in resources:
        for fk in resource.schema.get("foreignKeys", []):
            target = fk["reference"]["resource"]
            for record in records.get(resource.name, []):
                value = record.data.get(fk["fields"])
                if value is not None and value not in keys.get(target, set()):
                    problems.append(
                        _unresolved(record, fk["fields"], value, target, records, forms)
                    )
        for fk in resource.schema.get("mscexo:listForeignKeys", []):
            target = fk["reference"]["resource"]
            for record in records.get(resource.name, []):
                for value in record.data.get(fk["fields"]) or []:
                    if value not in keys.get(target, set()):
                        problems.append(
                            _unresolved(record, fk["fields"], value, target, records, forms)
                        )
    return problems


def _unresolved(
    record: Record,
    name: str,
    value: Any,
    target: str,
    records: dict[str, list[Record]],
    forms: dict[str, hints.Forms],
) -> Problem:
    """A reference that names no row; the hint knows the rows' labels and abbreviations.
    The names of the target's rows are gathered and indexed once per table (`forms`), not
    once per unresolved reference, which would make a check errors x rows."""
    if target not in forms:
        forms[target] = hints.reference_forms(r.data for r in records.get(target, []))
    return record.problem(
        "foreign-key",
        f"no {target} record has id {value!r}",
        field=name,
        value=shorten(value),
        hint=hints.reference_hint(str(value), forms[target], target),
    )


def natural_key(data: dict[str, Any], fields: list[str]) -> tuple[str, ...] | None:
    """The values of a unique key, or None when one of them is empty (exempt from the key)."""
    values = tuple(data.get(f) for f in fields)
    return None if any(v is None or v == "" for v in values) else tuple(map(str, values))


def check_unique_keys(records: list[Record], resource: Resource) -> list[Problem]:
    """Natural keys (the schema's `unique_keys`, e.g. one NCT number per document) are unique."""
    problems: list[Problem] = []
    for fields in resource.schema.get("uniqueKeys", []):
        seen: dict[tuple[str, ...], Record] = {}
        for record in records:
            key = natural_key(record.data, fields)
            if key is None:
                continue
            if key in seen:
                first = seen[key]
                problems.append(
                    record.problem(
                        "duplicate-natural-key",
                        f"{' + '.join(fields)} {' / '.join(key)!r} is already used by "
                        f"{first.data.get(resource.primary_key)!r}",
                        field=fields[-1],
                        value=shorten(key[-1]),
                        hint="describe the fact once; merge this record into "
                        f"{first.data.get(resource.primary_key)!r}",
                    )
                )
            else:
                seen[key] = record
    return problems
