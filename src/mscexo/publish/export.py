"""The release in other shapes: RDF (Turtle, JSON-LD) through LinkML's converter, DuckDB and
Excel files with one table per package table, and a SQLite file made by the schema's generated
SQL DDL (one table per class, a join table per list field).

RDF uses the schema's URIs: every record becomes a resource `https://w3id.org/mscexo/id/ID`
(or its CURIE, e.g. a DOI), every slot its `slot_uri`, and enum values their ontology term.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from mscexo.contract.cells import Column, columns, encode, encode_value
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
    """The release in the relational form of the schema's SQL DDL
    (`schema/generated/mscexo.sqlite.sql`, LinkML gen-sqltables), with its foreign keys: a
    table per class (`ClinicalTrial`), a join table per list field
    (`ClinicalTrial_cited_work_ids`, its rows in the order of the list), every record in the
    one `Dataset` row (id 1) that is the release. Tables are named by class, as in the DDL
    (SQLite's names ignore case, so `Cargo` leaves no room for a view named `cargo`); the
    DuckDB and Excel copies keep the package's table names."""
    from mscexo.contract.record import read_resources
    from mscexo.datamodel.generate import SQL_DDL
    from mscexo.load import data_root, descriptor, load

    classes = {r.name: r.class_name for r in read_resources(data_root())}
    with closing(sqlite3.connect(path)) as db:
        # Tables may name tables filled after them (PreclinicalStudy -> GeneticModification):
        # SQLite checks nothing while loading with foreign keys off; a reader who turns them
        # on finds every reference satisfied (the build checked them).
        db.execute("PRAGMA foreign_keys = OFF")
        db.executescript((data_root() / SQL_DDL).read_text(encoding="utf-8"))
        db.execute('INSERT INTO "Dataset" (id) VALUES (1)')
        for resource in filter(is_table, descriptor()["resources"]):
            cls, rules = classes[resource["name"]], _rules(resource)
            lists = [name for name, rule in rules.items() if rule.is_list]
            rows = load(resource["name"]).to_pylist()
            scalars = [name for name in rules if name not in lists]
            _insert(
                db,
                cls,
                [*scalars, "Dataset_id"],
                [[*(_cell(row[k], rules[k]) for k in scalars), 1] for row in rows],
            )
            for name in lists:
                owner, item = _join_columns(db, cls, name)
                items = [
                    (row["id"], _cell(v, rules[name])) for row in rows for v in row[name] or []
                ]
                _insert(db, f"{cls}_{name}", [owner, item], items)
        db.commit()


def _insert(db: sqlite3.Connection, table: str, names: list[str], rows: list[Any]) -> None:
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    db.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)


def _join_columns(db: sqlite3.Connection, cls: str, field: str) -> tuple[str, str]:
    """The owner and item columns of the DDL's join table of a list field: `<Class>_id` and
    the field's name (`<field>_id` where the items are references)."""
    found = [row[1] for row in db.execute(f'PRAGMA table_info("{cls}_{field}")')]
    owner = f"{cls}_id"
    items = [name for name in found if name in (field, f"{field}_id")]
    if owner not in found or len(items) != 1:
        raise InputError(
            f"the SQL DDL has no join table {cls}_{field} for the list field {field}: "
            "run `mscexo generate`"
        )
    return owner, items[0]


def _rules(resource: dict[str, Any]) -> dict[str, Column]:
    """The column rules of a released table, from its Table Schema."""
    return columns(Resource(resource["name"], "", "", resource["schema"]))


def _joined(value: Any, column: Column) -> Any:
    """A list as the CSV holds it (items joined by the field's delimiter); others as they are."""
    return encode(value, column) if isinstance(value, list) else value


def _cell(value: Any, column: Column) -> Any:
    """A value (or an item of a list) as SQLite stores it: dates as ISO text."""
    return encode_value(value, column) if isinstance(value, date) else value


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
