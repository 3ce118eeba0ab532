"""The contract for one record: the generated pydantic model of its table, with every error
translated into a Problem that says what to write instead.

The build, `mscexo validate` and the fast path's explanations of flagged rows all call
`validate_record`, so a record gets one verdict and one message wherever it is checked.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from mscexo.contract import hints
from mscexo.contract.cells import record_from_values
from mscexo.contract.record import Record, Resource
from mscexo.errors import Problem, closest, shorten

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


def validate_record(
    record: Record,
    resource: Resource,
    model: type[BaseModel] | None = None,
    cells_checked: bool = False,
) -> tuple[BaseModel | None, list[Problem]]:
    """Check one record against its generated pydantic model (by default, its table's); the
    parsed record if valid.

    Text values get the cell-level checks too, unless the caller (reading a tabular file)
    has already checked the raw cells (`cells_checked`).
    """
    data, problems = record.data, list[Problem]()
    if not cells_checked:
        data, problems = record_from_values(record.data, resource.rules, record)
    try:
        parsed = (model or resource.model()).model_validate(data)
    except ValidationError as exc:
        problems += [_problem_from_error(record, resource, dict(e)) for e in exc.errors()]
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
