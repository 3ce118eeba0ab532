"""`mscexo export`: RDF through LinkML's converter, and DuckDB, SQLite and Excel copies."""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from beside import beside, run
from openpyxl import load_workbook

import mscexo
from mscexo.cli import main
from mscexo.contract.record import read_resources
from mscexo.datamodel import generate
from mscexo.files.package import is_table
from mscexo.load import data_root, descriptor

rdflib = pytest.importorskip("rdflib", reason="RDF export needs mscexo[rdf]")
MSCEXO = "https://w3id.org/mscexo/"
ROOT = Path(__file__).resolve().parents[1]
#: The class of each package table (`clinical_trials` -> `ClinicalTrial`).
CLASSES = {r.name: r.class_name for r in read_resources(data_root())}


#: Every file the command line writes: the release in each format, and templates.
WRITES = [
    ["export", "--format", "ttl", "-o", "release.ttl"],
    ["export", "--format", "jsonld", "-o", "release.jsonld"],
    ["export", "--format", "sqlite", "-o", "release.sqlite"],
    ["export", "--format", "duckdb", "-o", "release.duckdb"],
    ["export", "--format", "xlsx", "-o", "release.xlsx"],
    ["template", "cargo", "-o", "cargo.csv"],
    ["template", "cargo", "-o", "cargo.xlsx"],
]
#: With umask 002 (group-writable files), 0600 from tempfile and SQLite's own 0644 both differ
#: from the mode that a new file gets then.
UMASK = 0o002


@dataclass
class Written:
    """What `mscexo ARGV` exited with, left in a directory of its own and said on stderr."""

    code: int
    path: Path
    mode: int
    directory: list[str]
    stderr: str


#: Runs `main(argv)` of mscexo.cli for each argv of the JSON list argv[1], from the directory
#: argv[2]/FILE (FILE: the last argument, what it writes); prints each one's exit code and
#: standard error, as JSON. One process for all: each would spend a second importing.
WRITE_ALL = """
import contextlib, io, json, os, sys
from mscexo.cli import main
results = {}
for argv in json.loads(sys.argv[1]):
    os.chdir(os.path.join(sys.argv[2], argv[-1]))
    with contextlib.redirect_stderr(io.StringIO()) as err:
        results[argv[-1]] = (main(argv), err.getvalue())
print(json.dumps(results))
"""


@beside
def written(out: Path, need) -> dict[str, Written]:
    """Each file of WRITES written once by `mscexo` (the exports take seconds), in another
    process (run beside the tests: beside.py), from the directory it is written to, with
    umask 002."""
    writes = [a for a in WRITES if importlib.util.find_spec("duckdb") or "duckdb" not in a[-1]]
    for argv in writes:
        (out / argv[-1]).mkdir()
    code = [sys.executable, "-c", WRITE_ALL, json.dumps(writes), str(out)]
    ran = run(code, out, umask=UMASK)
    assert ran.result.returncode == 0, ran.result.stderr[-3000:]
    files = {}
    for name, (status, stderr) in json.loads(ran.result.stdout).items():
        path = out / name / name
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else -1
        files[name] = Written(status, path, mode, [p.name for p in path.parent.iterdir()], stderr)
    return files


@pytest.fixture(scope="module")
def turtle(written: dict[str, Written]) -> rdflib.Graph:
    """The Turtle export, parsed (once)."""
    assert written["release.ttl"].code == 0, written["release.ttl"].stderr
    return rdflib.Graph().parse(written["release.ttl"].path, format="turtle")


def test_turtle_holds_every_record_with_schema_uris(turtle: rdflib.Graph):
    graph = turtle
    for table, cls in [("clinical_trials", "ClinicalTrial"), ("cargo", "Cargo")]:
        subjects = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(MSCEXO + cls)))
        assert len(subjects) == mscexo.load(table).num_rows
    trial = rdflib.URIRef(MSCEXO + "id/CT-SCI21-001")
    derived = rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    assert (trial, derived, rdflib.URIRef("https://doi.org/10.1155/2021/2616807")) in graph
    # an enum value becomes its ontology term; the route is schema.org's administrationRoute
    route = rdflib.URIRef("https://schema.org/administrationRoute")
    assert any(
        str(o).startswith("http://purl.obolibrary.org/obo/") for o in graph.objects(trial, route)
    )


def test_jsonld_is_the_same_graph(turtle: rdflib.Graph, written: dict[str, Written]):
    assert written["release.jsonld"].code == 0
    graph = rdflib.Graph().parse(written["release.jsonld"].path, format="json-ld")
    assert graph.isomorphic(turtle)


def test_turtle_conforms_to_the_shacl_shapes(turtle: rdflib.Graph):
    """pyshacl finds the Turtle export conforming to the shapes gen-shacl makes of the schema
    (`schema/generated/mscexo.shacl.ttl`: closed shapes, one per class), and a copy with a
    required value taken away and a property no shape allows does not conform."""
    pyshacl = pytest.importorskip("pyshacl")
    shapes = rdflib.Graph().parse(ROOT / generate.SHACL, format="turtle")
    conforms, _, text = pyshacl.validate(turtle, shacl_graph=shapes)
    assert conforms, text[-3000:]
    assert "Conforms: True" in text
    broken = rdflib.Graph()
    broken += turtle
    trial = rdflib.URIRef(MSCEXO + "id/CT-SCI21-001")
    document = rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")  # document_id
    assert (trial, document, None) in broken
    broken.remove((trial, document, None))
    broken.add((trial, rdflib.URIRef(MSCEXO + "no_such_slot"), rdflib.Literal("x")))
    conforms, report, _ = pyshacl.validate(broken, shacl_graph=shapes)
    assert not conforms
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    paths = {
        report.value(r, sh.resultPath)
        for r in report.subjects(rdflib.RDF.type, sh.ValidationResult)
    }
    assert paths == {document, rdflib.URIRef(MSCEXO + "no_such_slot")}


def test_databases_and_workbook_hold_every_table(written: dict[str, Written]):
    duckdb = pytest.importorskip("duckdb")
    for fmt in ("duckdb", "sqlite", "xlsx"):
        assert written[f"release.{fmt}"].code == 0
    counts = {name: mscexo.load(name).num_rows for name in mscexo.tables()}
    with duckdb.connect(str(written["release.duckdb"].path), read_only=True) as db:
        assert {
            n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in counts
        } == counts
    with sqlite3.connect(written["release.sqlite"].path) as db:
        # in the SQLite file a table is named by its class, as in the schema's SQL DDL
        assert {
            n: db.execute(f'SELECT count(*) FROM "{CLASSES[n]}"').fetchone()[0] for n in counts
        } == counts
        abbreviations = db.execute(
            "SELECT abbreviations FROM MscSource_abbreviations WHERE MscSource_id = 'BM-MSC' "
            "ORDER BY rowid"
        ).fetchall()
        [source] = [r for r in mscexo.load("msc_sources").to_pylist() if r["id"] == "BM-MSC"]
        # a list's items are rows of its join table, in the list's order
        assert [a for (a,) in abbreviations] == source["abbreviations"]
        assert len(source["abbreviations"]) > 1
    book = load_workbook(written["release.xlsx"].path, read_only=True)
    assert {n: sum(1 for _ in book[n].iter_rows()) - 1 for n in counts} == counts


def test_binary_formats_need_an_output_file(capsys):
    assert main(["export", "--format", "sqlite"]) == 2
    assert "-o FILE" in capsys.readouterr().err


@pytest.mark.parametrize("argv", WRITES, ids=lambda argv: argv[-1])
def test_written_files_get_the_normal_mode(written: dict[str, Written], argv: list[str]):
    """Not 0600 (nor SQLite's 0644): a release or template is meant to be shared."""
    if argv[-1].endswith(".duckdb"):
        pytest.importorskip("duckdb")
    file = written[argv[-1]]
    assert file.code == 0, file.stderr
    assert file.mode == 0o666 & ~UMASK
    assert file.directory == [argv[-1]]  # nothing left beside it


def test_sqlite_is_made_by_the_schemas_ddl(written: dict[str, Written]):
    """The SQLite file holds the tables of `schema/generated/mscexo.sqlite.sql` (LinkML
    gen-sqltables) and nothing else, as that DDL creates them."""
    assert written["release.sqlite"].code == 0
    ddl = (ROOT / generate.SQL_DDL).read_text(encoding="utf-8")
    statements = re.findall(r'^CREATE TABLE "(\w+)" \((.*?)\n\);$', ddl, re.M | re.S)
    assert len(statements) > len(CLASSES)
    with sqlite3.connect(written["release.sqlite"].path) as db:
        made = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    assert {name: f'CREATE TABLE "{name}" ({body}\n)' for name, body in statements} == made


def test_sqlite_declares_and_satisfies_the_foreign_keys(written: dict[str, Written]):
    """Every reference of the Table Schemas is a foreign key of the SQLite file: a field's
    in its class's table, a list field's (`cited_work_ids`) in the list's join table; all
    are satisfied."""
    assert written["release.sqlite"].code == 0
    path = written["release.sqlite"].path
    expected = set()
    for r in filter(is_table, descriptor()["resources"]):
        cls = CLASSES[r["name"]]
        for fk in r["schema"].get("foreignKeys", []):
            target = CLASSES[fk["reference"]["resource"]]
            expected.add((cls, fk["fields"], target, fk["reference"]["fields"]))
        for fk in r["schema"].get("mscexo:listForeignKeys", []):
            target = CLASSES[fk["reference"]["resource"]]
            expected.add((f"{cls}_{fk['fields']}", f"{fk['fields']}_id", target, "id"))
    assert ("ClinicalTrial", "document_id", "Document", "id") in expected
    assert ("ClinicalTrial_cited_work_ids", "cited_work_ids_id", "CitedWork", "id") in expected
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        declared = {
            (name, row[3], row[2], row[4])
            for name in tables
            for row in db.execute(f'PRAGMA foreign_key_list("{name}")')
        }
        assert expected <= declared
        # and every record's `Dataset` (the release, the one row of that table)
        assert {(t, "Dataset_id", "Dataset", "id") for t in CLASSES.values()} <= declared
        assert db.execute('SELECT id FROM "Dataset"').fetchall() == [(1,)]
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("UPDATE ClinicalTrial SET document_id = 'no-such-document'")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("UPDATE ClinicalTrial_cited_work_ids SET cited_work_ids_id = 'no-such'")


def test_xlsx_sheets_have_a_frozen_header_and_filters(written: dict[str, Written]):
    from openpyxl.utils import get_column_letter

    assert written["release.xlsx"].code == 0
    path = written["release.xlsx"].path
    book = load_workbook(path, read_only=False)
    assert book.sheetnames == [name[:31] for name in mscexo.tables()]
    for name in mscexo.tables():
        sheet, table = book[name[:31]], mscexo.load(name)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == (
            f"A1:{get_column_letter(table.num_columns)}{table.num_rows + 1}"
        )
