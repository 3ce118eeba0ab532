"""Frictionless Table Schemas generated from the LinkML schema.

LinkML has no Table Schema generator, so this module is one: it walks the schema with
LinkML's SchemaView and writes, for every class annotated with a `table_name`, the fields
(type, required, unique, pattern, enum, minimum/maximum, description, example), the primary
key and the foreign keys of that table. The build embeds the result in `datapackage.json`;
nothing in it is written by hand.

Needs the `build` extra (linkml); `import mscexo` never imports this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linkml_runtime import SchemaView
from linkml_runtime.linkml_model.meta import ClassDefinition, SlotDefinition

#: Separator of the items of a multivalued field in a CSV cell.
LIST_DELIMITER = "|"

#: LinkML built-in types -> (Table Schema type, format).
_TYPES: dict[str, tuple[str, str | None]] = {
    "string": ("string", None),
    "integer": ("integer", None),
    "float": ("number", None),
    "double": ("number", None),
    "decimal": ("number", None),
    "boolean": ("boolean", None),
    "date": ("date", None),
    "datetime": ("datetime", None),
    "uri": ("string", "uri"),
    "uriorcurie": ("string", None),
    "curie": ("string", None),
    "ncname": ("string", None),
}


def table_classes(view: SchemaView) -> list[ClassDefinition]:
    """Classes that are tables of the data package, in schema order."""
    return [c for c in view.all_classes().values() if "table_name" in c.annotations]


def table_name(cls: ClassDefinition) -> str:
    return str(cls.annotations["table_name"].value)


def _primary_key(view: SchemaView, class_name: str) -> str:
    slot = view.get_identifier_slot(class_name)
    if slot is None:
        raise ValueError(f"class {class_name} is a table but has no identifier slot")
    return slot.name


def _enum_description(view: SchemaView, enum_name: str) -> str:
    """List an enum's values with their ontology terms, which pydantic models drop."""
    parts = []
    for text, pv in view.get_enum(enum_name).permissible_values.items():
        parts.append(f"{text} ({pv.meaning})" if pv.meaning else text)
    return "Allowed values: " + ", ".join(parts) + "."


def _enum_meanings(view: SchemaView, enum_name: str) -> dict[str, str]:
    """Code -> the ontology term (CURIE) it stands for, where it has one."""
    values = view.get_enum(enum_name).permissible_values.items()
    return {text: pv.meaning for text, pv in values if pv.meaning}


def _enum_aliases(view: SchemaView, enum_name: str) -> dict[str, str]:
    """Former code -> current code, from the permissible values' `aliases`."""
    return {
        alias: text
        for text, pv in view.get_enum(enum_name).permissible_values.items()
        for alias in pv.aliases
    }


def _field(view: SchemaView, slot: SlotDefinition, tables: dict[str, str]) -> dict[str, Any]:
    """One Table Schema field descriptor for one induced slot."""
    rng = slot.range or view.schema.default_range or "string"
    description = (slot.description or "").strip()
    constraints: dict[str, Any] = {}
    is_enum = rng in view.all_enums()
    if rng in tables:
        ts_type, fmt = "string", None
        description += f" References `{tables[rng]}`."
    elif is_enum:
        ts_type, fmt = "string", None
        description += " " + _enum_description(view, rng)
        if not slot.multivalued:
            constraints["enum"] = list(view.get_enum(rng).permissible_values)
    else:
        type_def = view.get_type(rng)
        base = type_def.typeof or type_def.name if type_def else rng
        while base not in _TYPES and view.get_type(base) and view.get_type(base).typeof:
            base = view.get_type(base).typeof
        ts_type, fmt = _TYPES.get(base, ("string", None))

    field: dict[str, Any] = {"name": slot.name}
    if slot.multivalued:
        description += f" Several values are separated by `{LIST_DELIMITER}`."
        field.update(type="list", delimiter=LIST_DELIMITER, itemType=ts_type)
    else:
        field["type"] = ts_type
        if fmt:
            field["format"] = fmt
    field["description"] = description.strip()
    if slot.examples:
        field["example"] = str(slot.examples[0].value)
    if is_enum:
        # Each code's description, for hints that recognise what people write ("EVs").
        field["mscexo:valueDescriptions"] = {
            text: " ".join((pv.description or "").split())
            for text, pv in view.get_enum(rng).permissible_values.items()
        }
    if is_enum and _enum_meanings(view, rng):
        field["mscexo:meanings"] = _enum_meanings(view, rng)
    if is_enum and _enum_aliases(view, rng):
        # Codes of earlier releases, so that validators can say "did you mean" the new one.
        field["mscexo:formerCodes"] = _enum_aliases(view, rng)
    if slot.required or slot.identifier:
        constraints["required"] = True
    if slot.identifier:
        constraints["unique"] = True
    if slot.pattern and not slot.multivalued:
        constraints["pattern"] = slot.pattern
    if slot.pattern and "pattern_in_words" in slot.annotations:
        # What the pattern means, for messages people read (the regex stays for machines).
        field["mscexo:patternInWords"] = str(slot.annotations["pattern_in_words"].value)
    if slot.multivalued and (slot.pattern or is_enum):
        # Table Schema has no constraints on list items; validators read them from here.
        items = {"pattern": slot.pattern} if slot.pattern else {}
        if is_enum:
            items["enum"] = list(view.get_enum(rng).permissible_values)
        field["mscexo:itemConstraints"] = items
    if slot.minimum_value is not None and not slot.multivalued:
        constraints["minimum"] = slot.minimum_value
    if slot.maximum_value is not None and not slot.multivalued:
        constraints["maximum"] = slot.maximum_value
    if constraints:
        field["constraints"] = {k: constraints[k] for k in sorted(constraints)}
    return field


def _multivalued(slots: list[SlotDefinition], name: str) -> bool:
    return any(s.name == name and s.multivalued for s in slots)


def resource_schemas(schema_path: str | Path) -> list[dict[str, Any]]:
    """Name, title, description and Table Schema of every table, in schema order."""
    view = SchemaView(str(schema_path))
    classes = table_classes(view)
    tables = {c.name: table_name(c) for c in classes}
    resources = []
    for cls in classes:
        slots = view.class_induced_slots(cls.name)
        fields = [_field(view, s, tables) for s in slots]
        references = {
            s.name: {"resource": tables[s.range], "fields": _primary_key(view, s.range)}
            for s in slots
            if s.range in tables
        }
        foreign_keys = [
            {"fields": name, "reference": reference}
            for name, reference in references.items()
            if not _multivalued(slots, name)
        ]
        # Table Schema has no foreign keys on list fields: every item of these must resolve.
        list_keys = [
            {"fields": name, "reference": reference}
            for name, reference in references.items()
            if _multivalued(slots, name)
        ]
        table_schema: dict[str, Any] = {
            "fields": fields,
            "missingValues": [""],
            "primaryKey": [_primary_key(view, cls.name)],
        }
        if foreign_keys:
            table_schema["foreignKeys"] = foreign_keys
        if list_keys:
            table_schema["mscexo:listForeignKeys"] = list_keys
        if cls.unique_keys:
            table_schema["uniqueKeys"] = [
                list(key.unique_key_slots) for key in cls.unique_keys.values()
            ]
        resources.append(
            {
                "name": tables[cls.name],
                "class": cls.name,
                "description": " ".join((cls.description or "").split()),
                "schema": table_schema,
            }
        )
    return resources
