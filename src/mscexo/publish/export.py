"""The release in other shapes: RDF (Turtle, JSON-LD) through LinkML's converter, and DuckDB,
SQLite and Excel files with one table per package table.

RDF uses the schema's URIs: every record becomes a resource `https://w3id.org/mscexo/id/ID`
(or its CURIE, e.g. a DOI), every slot its `slot_uri`, and enum values their ontology term.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from mscexo.contract.cells import Column, columns, encode
from mscexo.contract.record import Resource
from mscexo.errors import InputError
from mscexo.files.package import is_table

FORMATS = ("ttl", "jsonld", "duckdb", "sqlite", "xlsx")
BINARY = {"duckdb", "sqlite", "xlsx"}
#: Base IRI of records whose identifier is not a CURIE (CT-SCI21-001 and the like).
RECORD_BASE = "https://w3id.org/mscexo/id/"


class Reference(str):
    """An identifier naming another record; LinkML's RDF dumper turns it into that record's
    IRI (it expects references as objects, while the pydantic models hold plain strings)."""


def _records(table: str) -> list[dict[str, Any]]:
    from mscexo.load import load

    return [
        {k: v for k, v in row.items() if v not in (None, [])} for row in load(table).to_pylist()
    ]


def rdf_graph():
    """The whole release as an rdflib graph, made by LinkML's rdflib dumper."""
    try:
        from linkml_runtime import SchemaView
        from linkml_runtime.dumpers import rdflib_dumper
    except ImportError as exc:
        raise InputError(f"RDF export needs LinkML: pip install 'mscexo[rdf]' ({exc})") from None
    from mscexo.datamodel import models
    from mscexo.load import data_root, tables

    view = SchemaView(str(data_root() / "schema" / "mscexo.yaml"))
    dataset = models.Dataset(**{name: _records(name) for name in tables()})
    classes = set(view.all_classes())
    for name in tables():
        for record in getattr(dataset, name) or []:
            for slot in view.class_induced_slots(type(record).__name__):
                value = getattr(record, slot.name, None)
                if slot.range not in classes or slot.identifier:
                    continue
                if isinstance(value, str):
                    object.__setattr__(record, slot.name, Reference(value))
                elif isinstance(value, list):
                    object.__setattr__(record, slot.name, [Reference(v) for v in value])
    dumped = rdflib_dumper.as_rdf_graph(dataset, schemaview=view, prefix_map={"@base": RECORD_BASE})
    # The dumper also binds "@base" as if it were a prefix, which Turtle forbids: copy the
    # triples into a graph with the real prefixes only.
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in dumped.namespaces():
        if not prefix.startswith("@"):
            graph.bind(prefix, namespace)
    for triple in dumped:
        graph.add(triple)
    return graph


def _sqlite(path: Path) -> None:
    """Every table with its primary key and the foreign keys of its Table Schema."""
    from mscexo.load import descriptor, load

    types = {"int64": "INTEGER", "double": "REAL", "bool": "INTEGER"}
    with closing(sqlite3.connect(path)) as db:
        # Tables may name tables made after them (preclinical_studies ->
        # genetic_modifications): SQLite allows that, and checks nothing while loading with
        # foreign keys off; a reader who turns them on finds every reference satisfied.
        db.execute("PRAGMA foreign_keys = OFF")
        for resource in filter(is_table, descriptor()["resources"]):
            name, schema = resource["name"], resource["schema"]
            table = load(name)
            columns = [f'"{f.name}" {types.get(str(f.type), "TEXT")}' for f in table.schema]
            if schema.get("primaryKey"):
                columns.append(f"PRIMARY KEY ({_names(schema['primaryKey'])})")
            # Only `foreignKeys`: the list references under `mscexo:listForeignKeys`
            # (`cited_work_ids`) are stored as text joined by `|`, which no SQL foreign key
            # can point into; the build checks them.
            columns += [
                f"FOREIGN KEY ({_names(fk['fields'])}) REFERENCES "
                f'"{fk["reference"]["resource"]}" ({_names(fk["reference"]["fields"])})'
                for fk in schema.get("foreignKeys", [])
            ]
            db.execute(f'CREATE TABLE "{name}" ({", ".join(columns)})')
            rules = _rules(resource)
            rows = [tuple(_cell(v, rules[k]) for k, v in row.items()) for row in table.to_pylist()]
            marks = ", ".join("?" for _ in table.schema)
            db.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        db.commit()


def _names(fields: str | list[str]) -> str:
    """Quoted column names of a Table Schema key, which may be one name or a list."""
    return ", ".join(f'"{f}"' for f in ([fields] if isinstance(fields, str) else fields))


def _rules(resource: dict[str, Any]) -> dict[str, Column]:
    """The column rules of a released table, from its Table Schema."""
    return columns(Resource(resource["name"], "", "", resource["schema"]))


def _joined(value: Any, column: Column) -> Any:
    """A list as the CSV holds it (items joined by the field's delimiter); others as they are."""
    return encode(value, column) if isinstance(value, list) else value


def _cell(value: Any, column: Column) -> Any:
    """A value as SQLite stores it: lists as in the CSV, dates as ISO text."""
    return encode(value, column) if isinstance(value, date) else _joined(value, column)


def _duckdb(path: Path) -> None:
    try:
        import duckdb
    except ImportError as exc:
        raise InputError(
            f"DuckDB export needs duckdb: pip install 'mscexo[duckdb]' ({exc})"
        ) from None
    from mscexo.load import load, tables

    with duckdb.connect(str(path)) as db:
        for name in tables():
            arrow = load(name)  # noqa: F841 - read by DuckDB's replacement scan
            db.execute(f'CREATE TABLE "{name}" AS SELECT * FROM arrow')


def _xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from mscexo.load import load, release

    book = Workbook(write_only=True)
    for resource in release().resources:
        name, rules = resource["name"], _rules(resource)
        table = load(name)
        sheet = book.create_sheet(name[:31])
        sheet.freeze_panes = "A2"  # the header stays in view
        last = get_column_letter(max(1, table.num_columns))
        sheet.auto_filter.ref = f"A1:{last}{table.num_rows + 1}"
        sheet.append(table.column_names)
        for row in table.to_pylist():
            sheet.append([_xlsx_value(sheet, _joined(v, rules[k])) for k, v in row.items()])
    book.save(path)


def _xlsx_value(sheet: Any, value: Any) -> Any:
    """A value as a worksheet cell: text is always a text cell, never a formula (openpyxl
    writes text starting with `=` as one). The build refuses formula-like cells already;
    this is the export's own guarantee."""
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def rdf_text(fmt: str) -> str:
    """The release as Turtle (`ttl`) or JSON-LD (`jsonld`)."""
    graph = rdf_graph()
    if fmt == "ttl":
        return graph.serialize(format="turtle", base=RECORD_BASE)
    return graph.serialize(format="json-ld", auto_compact=True)


def export(fmt: str, output: Path | None) -> str | None:
    """Write the release in `fmt` to `output`; RDF without `output` is returned as text."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt in BINARY and output is None:
        raise InputError(f"give the output file for {fmt} with -o FILE")
    if output is not None and not output.parent.is_dir():
        raise InputError(f"directory not found: {output.parent}")
    if fmt in ("ttl", "jsonld"):
        text = rdf_text(fmt)
        if output is None:
            return text
        from mscexo.files.atomic import write_file

        write_file(output, text.encode("utf-8"))
        return None
    from mscexo.files.atomic import staged

    assert output is not None  # binary formats were refused without one above
    with staged(output) as partial:
        {"duckdb": _duckdb, "sqlite": _sqlite, "xlsx": _xlsx}[fmt](partial)
    return None
