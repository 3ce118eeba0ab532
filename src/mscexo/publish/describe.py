"""The data dictionary in the terminal, read from the installed release.

The docs site renders the dictionary from the LinkML schema; this module renders the same
facts offline from what every installation carries: the Table Schemas in `datapackage.json`
(types, constraints, keys, ontology terms of codes) and the schema YAML (the enum each field
takes its codes from, and what each code means). It needs no LinkML, so it works from a plain
`pip install mscexo`.

    describe()                            every table: rows, fields, what it holds
    describe("conditions")                one table: keys, references, one line per field
    describe("clinical_trials", "phase")  one field: everything, with every allowed code

Text is plain ASCII-friendly lines of at most about 100 columns, for terminals and pipes;
`fmt="json"` gives the same information as JSON, with keys in a fixed order.
"""

from __future__ import annotations

import json
import re
import textwrap
from functools import cache
from typing import Any

from mscexo.errors import closest
from mscexo.files.package import is_table
from mscexo.load import descriptor, row_counts, version
from mscexo.load import schema as linkml_schema

#: Width the text output is wrapped (descriptions) or cut (one-line summaries) to.
WIDTH = 100

#: Labels of the key-value lines of the table and field views.
_LABEL = 16


def describe(table: str | None = None, field: str | None = None, fmt: str = "text") -> str:
    """The data dictionary in the terminal, from the installed release.

    No table: every table with its row count, number of fields and what it holds. A table:
    its description, primary key, references and one line per field. A table and a field:
    everything about the field, with every allowed code of a coded field. `fmt` is "text"
    or "json". An unknown table or field raises `ValueError` naming the closest valid one.
    """
    if fmt not in ("text", "json"):
        raise ValueError(f"fmt must be 'text' or 'json', not {fmt!r}")
    if table is None:
        if field is not None:
            raise ValueError(_field_without_table(field))
        info = _overview()
        render = _overview_text
    elif field is None:
        info = _table(_resource(table))
        render = _table_text
    else:
        resource = _resource(table)
        info = _field(resource, _field_spec(resource, field))
        render = _field_text
    if fmt == "json":
        return json.dumps(info, indent=2, ensure_ascii=False)
    return render(info)


# --- finding tables and fields ----------------------------------------------------------------


def _resources() -> list[dict[str, Any]]:
    return [r for r in descriptor()["resources"] if is_table(r)]


def _resource(name: str) -> dict[str, Any]:
    names = [r["name"] for r in _resources()]
    for resource in _resources():
        if resource["name"] == name:
            return resource
    raise ValueError(_unknown(f"no table named {name!r}", name, names, "tables"))


def _field_spec(resource: dict[str, Any], name: str) -> dict[str, Any]:
    fields = resource["schema"]["fields"]
    for spec in fields:
        if spec["name"] == name:
            return spec
    names = [f["name"] for f in fields]
    message = f"table {resource['name']!r} has no field {name!r}"
    raise ValueError(_unknown(message, name, names, f"fields of {resource['name']}"))


def _unknown(message: str, name: str, names: list[str], what: str) -> str:
    suggestion = closest(name, names)
    if suggestion:
        message += f"; did you mean {suggestion!r}?"
    listing = textwrap.fill(
        ", ".join(names),
        width=WIDTH,
        initial_indent="  ",
        subsequent_indent="  ",
        break_on_hyphens=False,
        break_long_words=False,
    )
    return f"{message}\n{what}:\n{listing}"


def _field_without_table(name: str) -> str:
    holders = [
        r["name"] for r in _resources() if any(f["name"] == name for f in r["schema"]["fields"])
    ]
    if holders:
        return f"name the table of field {name!r}: it is a field of {', '.join(holders)}"
    every = sorted({f["name"] for r in _resources() for f in r["schema"]["fields"]})
    return _unknown(f"name a table; no table has a field {name!r}", name, every, "fields")


# --- gathering the facts ----------------------------------------------------------------------


def _overview() -> dict[str, Any]:
    counts = row_counts()
    return {
        "version": version(),
        "tables": [
            {
                "name": r["name"],
                "rows": counts.get(r["name"]),
                "fields": len(r["schema"]["fields"]),
                "summary": first_sentence(r.get("description", "")),
            }
            for r in _resources()
        ],
    }


def _table(resource: dict[str, Any]) -> dict[str, Any]:
    schema = resource["schema"]
    return {
        "table": resource["name"],
        "description": " ".join(resource.get("description", "").split()),
        "rows": row_counts().get(resource["name"]),
        "primary_key": _as_list(schema.get("primaryKey")),
        "unique_keys": [_as_list(key) for key in schema.get("uniqueKeys", [])],
        "references": [
            {"field": field, "table": ref[0], "to": ref[1], "each_item": ref[2]}
            for field, ref in _references(resource).items()
        ],
        "referenced_by": _referenced_by(resource["name"]),
        "fields": [
            {
                "name": spec["name"],
                "type": type_text(spec),
                "required": _required(spec),
                "summary": first_sentence(_own_description(resource, spec)),
            }
            for spec in schema["fields"]
        ],
    }


def _field(resource: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    constraints = spec.get("constraints", {})
    items = spec.get("mscexo:itemConstraints", {})
    is_list = spec.get("type") == "list"
    enum_name, enum = _enum(resource, spec["name"])
    codes = constraints.get("enum") or items.get("enum") or list(enum.get("permissible_values", {}))
    pattern = constraints.get("pattern") or items.get("pattern")
    reference = _references(resource).get(spec["name"])
    is_key = spec["name"] in _as_list(resource["schema"].get("primaryKey"))
    former = spec.get("mscexo:formerCodes", {})
    return {
        "table": resource["name"],
        "field": spec["name"],
        "type": type_text(spec),
        "item_type": spec.get("itemType") if is_list else None,
        "delimiter": spec.get("delimiter") if is_list else None,
        "format": spec.get("format"),
        "required": _required(spec),
        "unique": bool(constraints.get("unique")),
        "primary_key": is_key,
        "description": _own_description(resource, spec),
        "pattern": pattern,
        "pattern_applies_to": ("each item" if is_list else "the value") if pattern else None,
        "pattern_in_words": _pattern_in_words(resource, spec, pattern) or None,
        "example": spec.get("example"),
        "minimum": constraints.get("minimum"),
        "maximum": constraints.get("maximum"),
        "references": (
            {"table": reference[0], "field": reference[1], "each_item": reference[2]}
            if reference
            else None
        ),
        "referenced_by": _referenced_by(resource["name"]) if is_key else [],
        "enum": enum_name if codes else None,
        "enum_description": _one_line(enum.get("description")) if codes else None,
        "values": [_value(code, spec, enum, former) for code in codes],
        "former_codes": dict(former),
    }


def _value(
    code: str, spec: dict[str, Any], enum: dict[str, Any], former: dict[str, str]
) -> dict[str, Any]:
    permissible = (enum.get("permissible_values") or {}).get(code) or {}
    annotations = permissible.get("annotations") or {}
    label = annotations.get("meaning_label")
    if isinstance(label, dict):  # LinkML's long form {tag:, value:}
        label = label.get("value")
    description = _one_line(permissible.get("description")) or spec.get(
        "mscexo:valueDescriptions", {}
    ).get(code, "")
    return {
        "code": code,
        "description": description,
        "meaning": spec.get("mscexo:meanings", {}).get(code) or permissible.get("meaning"),
        "meaning_label": label,
        "former_codes": [old for old, new in former.items() if new == code],
    }


def _references(resource: dict[str, Any]) -> dict[str, tuple[str, str, bool]]:
    """Field -> (table, field it references, whether each list item does)."""
    schema = resource["schema"]
    found: dict[str, tuple[str, str, bool]] = {}
    for key, each in (("foreignKeys", False), ("mscexo:listForeignKeys", True)):
        for fk in schema.get(key, []):
            target = fk["reference"]
            for name, to in zip(_as_list(fk["fields"]), _as_list(target["fields"]), strict=True):
                found[name] = (target["resource"], to, each)
    return found


def _referenced_by(table: str) -> list[str]:
    """`table.field` of every field that references `table`."""
    return [
        f"{r['name']}.{name}"
        for r in _resources()
        for name, ref in _references(r).items()
        if ref[0] == table
    ]


def _required(spec: dict[str, Any]) -> bool:
    return bool(spec.get("constraints", {}).get("required"))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def type_text(spec: dict[str, Any]) -> str:
    """`string`, `string (uri)`, `list of string`: the Table Schema type in words."""
    if spec.get("type") == "list":
        return f"list of {spec.get('itemType', 'string')}"
    if spec.get("format"):
        return f"{spec['type']} ({spec['format']})"
    return str(spec.get("type", "any"))


# --- the LinkML schema: enums, their codes and the slot behind each field --------------------


@cache
def _schema() -> dict[str, Any]:
    return linkml_schema()


def _class_of(table: str) -> str | None:
    for name, cls in (_schema().get("classes") or {}).items():
        annotations = (cls or {}).get("annotations") or {}
        value = annotations.get("table_name")
        if isinstance(value, dict):
            value = value.get("value")
        if value == table:
            return name
    return None


def _ancestors(class_name: str) -> list[dict[str, Any]]:
    """The class, then its `is_a` parents and mixins, nearest first (for `slot_usage`)."""
    classes = _schema().get("classes") or {}
    order: list[dict[str, Any]] = []
    seen: set[str] = set()
    queue = [class_name]
    while queue:
        name = queue.pop(0)
        if name in seen or name not in classes:
            continue
        seen.add(name)
        cls = classes[name] or {}
        order.append(cls)
        queue.extend(([cls["is_a"]] if cls.get("is_a") else []) + list(cls.get("mixins") or []))
    return order


def _slot(table: str, field: str) -> dict[str, Any]:
    """The slot behind a field, with the table's `slot_usage` overrides applied."""
    slot = dict((_schema().get("slots") or {}).get(field) or {})
    class_name = _class_of(table)
    if class_name:
        # The farthest ancestor first, so that the class's own usage wins.
        for cls in reversed(_ancestors(class_name)):
            usage = ((cls.get("slot_usage") or {}).get(field)) or {}
            attribute = ((cls.get("attributes") or {}).get(field)) or {}
            slot.update(attribute)
            slot.update(usage)
    return slot


def _enum(resource: dict[str, Any], field: str) -> tuple[str | None, dict[str, Any]]:
    """The name and definition of the enum a field takes its codes from (or None, {})."""
    enums = _schema().get("enums") or {}
    rng = _slot(resource["name"], field).get("range") or _schema().get("default_range")
    if rng in enums:
        return rng, enums[rng] or {}
    return None, {}


def _pattern_in_words(resource: dict[str, Any], spec: dict[str, Any], pattern: str | None) -> str:
    if not pattern:
        return ""
    words = spec.get("mscexo:patternInWords")
    if not words:
        annotations = _slot(resource["name"], spec["name"]).get("annotations") or {}
        words = annotations.get("pattern_in_words")
        if isinstance(words, dict):
            words = words.get("value")
    return str(words) if words else pattern_words(pattern)


def pattern_words(pattern: str) -> str:
    """A few simple regular expressions said in words; "" for the rest."""
    match = re.fullmatch(r"\^\.\{(\d+),(\d+)\}\$", pattern)
    if match:
        return f"one line of {match[1]} to {match[2]} characters"
    match = re.fullmatch(r"\^([A-Za-z]+[-:]?)\[0-9\](\+|\{(\d+)\})\$", pattern)
    if match:
        digits = "digits" if match[2] == "+" else f"{match[3]} digits"
        return f"{match[1]} and {digits}"
    match = re.fullmatch(r"\^\[0-9\](\+|\{(\d+)\})\$", pattern)
    if match:
        return "digits" if match[1] == "+" else f"{match[2]} digits"
    return ""


# --- descriptions -----------------------------------------------------------------------------


def _own_description(resource: dict[str, Any], spec: dict[str, Any]) -> str:
    """The field's description without the generated list of allowed values (the field view
    lists them one per line, with what each means)."""
    text = " ".join(str(spec.get("description", "")).split())
    _, enum = _enum(resource, spec["name"])
    codes = spec.get("constraints", {}).get("enum") or spec.get("mscexo:itemConstraints", {}).get(
        "enum"
    )
    codes = codes or list(enum.get("permissible_values", {}))
    if codes:
        meanings = spec.get("mscexo:meanings", {})
        parts = [f"{c} ({meanings[c]})" if meanings.get(c) else c for c in codes]
        listing = "Allowed values: " + ", ".join(parts) + "."
        text = " ".join(text.replace(listing, "").split())
    return text


def first_sentence(text: str) -> str:
    """The first sentence of a description (what a one-line summary shows)."""
    text = " ".join((text or "").split())
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z`\"'(\[])", text, maxsplit=1)
    return parts[0]


def _one_line(text: Any) -> str:
    return " ".join(str(text).split()) if text else ""


# --- text rendering ---------------------------------------------------------------------------


def _cut(text: str, width: int) -> str:
    """`text` on at most `width` columns, cut at a word with "..." when longer."""
    if len(text) <= width:
        return text
    if width <= 3:
        return text[: max(width, 0)]
    cut = text[: width - 3]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "..."


def _wrap(text: str, indent: int, first: str = "") -> list[str]:
    """`text` wrapped to WIDTH, after `first` (padded to `indent`) on the first line."""
    lead = first.ljust(indent) if first else " " * indent
    lines = textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=lead,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
        break_long_words=False,
    )
    return lines or [lead.rstrip()]


def _row(cells: list[str], widths: list[int]) -> str:
    """Columns of the given widths; the last cell takes what is left of WIDTH."""
    line = "".join(c.ljust(w) for c, w in zip(cells[:-1], widths, strict=True))
    return (line + _cut(cells[-1], WIDTH - len(line))).rstrip()


def _overview_text(info: dict[str, Any]) -> str:
    tables = info["tables"]
    lines = [f"MSC-Exo {info['version']}: {len(tables)} tables", ""]
    name_w = max([len("table")] + [len(t["name"]) for t in tables]) + 2
    rows = [str(t["rows"]) if t["rows"] is not None else "?" for t in tables]
    rows_w = max([len("rows")] + [len(r) for r in rows])
    head = ["table".ljust(name_w), "rows".rjust(rows_w), "  fields", "  ", "description"]
    lines.append("".join(head).rstrip())
    for t, count in zip(tables, rows, strict=True):
        start = t["name"].ljust(name_w) + count.rjust(rows_w) + str(t["fields"]).rjust(8) + "  "
        lines.append(start + _cut(t["summary"], WIDTH - len(start)))
    return "\n".join(lines)


def _table_text(info: dict[str, Any]) -> str:
    fields = info["fields"]
    rows = info["rows"] if info["rows"] is not None else "?"
    lines = [f"{info['table']}: {rows} rows, {len(fields)} fields"]
    lines += _wrap(info["description"], 2)
    lines.append("")
    lines.append("Primary key".ljust(_LABEL) + (", ".join(info["primary_key"]) or "-"))
    for i, key in enumerate(info["unique_keys"]):
        label = "Unique keys" if i == 0 else ""
        lines.append(label.ljust(_LABEL) + "(" + ", ".join(key) + ")")
    references = [
        f"{r['field']} -> {r['table']}.{r['to']}" + (" (each item)" if r["each_item"] else "")
        for r in info["references"]
    ]
    lines += _listing("References", references)
    lines += _listing("Referenced by", info["referenced_by"])
    lines.append("")
    name_w = max([len("field")] + [len(f["name"]) for f in fields]) + 2
    type_w = max([len("type")] + [len(f["type"]) for f in fields]) + 2
    widths = [name_w, type_w, len("required") + 2]
    lines.append(_row(["field", "type", "required", "description"], widths))
    for f in fields:
        required = "yes" if f["required"] else "no"
        lines.append(_row([f["name"], f["type"], required, f["summary"]], widths))
    return "\n".join(lines)


def _listing(label: str, items: list[str]) -> list[str]:
    if not items:
        return [label.ljust(_LABEL) + "-"]
    return [(label if i == 0 else "").ljust(_LABEL) + item for i, item in enumerate(items)]


def _field_text(info: dict[str, Any]) -> str:
    lines = [f"{info['table']}.{info['field']}"]
    kind = info["type"]
    if info["delimiter"]:
        kind += f", items separated by {info['delimiter']!r}"
    lines.append("  type".ljust(_LABEL) + kind)
    lines.append("  required".ljust(_LABEL) + ("yes" if info["required"] else "no"))
    unique = "yes" if info["unique"] else "no"
    lines.append(
        "  unique".ljust(_LABEL) + unique + (" (primary key)" if info["primary_key"] else "")
    )
    lines += _wrap(info["description"] or "-", _LABEL, "  description")
    if info["pattern"]:
        applies = " (each item)" if info["pattern_applies_to"] == "each item" else ""
        lines.append("  pattern".ljust(_LABEL) + info["pattern"] + applies)
        if info["pattern_in_words"]:
            lines += _wrap(info["pattern_in_words"], _LABEL, "  in words")
    if info["example"] is not None:
        lines += _wrap(str(info["example"]), _LABEL, "  example")
    if info["minimum"] is not None:
        lines.append("  minimum".ljust(_LABEL) + _number(info["minimum"]))
    if info["maximum"] is not None:
        lines.append("  maximum".ljust(_LABEL) + _number(info["maximum"]))
    if info["references"]:
        ref = info["references"]
        each = " (each item)" if ref["each_item"] else ""
        lines.append("  references".ljust(_LABEL) + f"{ref['table']}.{ref['field']}{each}")
    for i, source in enumerate(info["referenced_by"]):
        lines.append(("  referenced by" if i == 0 else "").ljust(_LABEL) + source)
    values = info["values"]
    if values:
        lines.append("")
        enum = f", enum {info['enum']}" if info["enum"] else ""
        lines.append(f"Allowed values ({len(values)}{enum}):")
        if info["enum_description"]:
            lines += _wrap(info["enum_description"], 2)
        code_w = max([len("code")] + [len(v["code"]) for v in values]) + 2
        term_w = max([len("term")] + [len(v["meaning"] or "-") for v in values]) + 2
        indent = 2 + code_w + term_w
        lines.append("  " + "code".ljust(code_w) + "term".ljust(term_w) + "description")
        for v in values:
            first = "  " + v["code"].ljust(code_w) + (v["meaning"] or "-").ljust(term_w)
            text = v["description"] or "-"
            label = v["meaning_label"]
            if label and label.lower() not in text.lower():
                text += f" [{label}]"
            lines += _wrap(text, indent, first) if indent < WIDTH - 30 else [first + text]
    if info["former_codes"]:
        lines.append("")
        lines.append("Former codes (of earlier releases) and the codes that replace them:")
        old_w = max(len(old) for old in info["former_codes"]) + 2
        for old, new in info["former_codes"].items():
            lines.append("  " + old.ljust(old_w) + "-> " + new)
    return "\n".join(lines)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
