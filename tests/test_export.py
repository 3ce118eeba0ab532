"""`mscexo export`: RDF through LinkML's converter, and DuckDB, SQLite and Excel copies."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

import mscexo
from mscexo.cli import main
from mscexo.load import descriptor

rdflib = pytest.importorskip("rdflib", reason="RDF export needs mscexo[rdf]")
MSCEXO = "https://w3id.org/mscexo/"


@pytest.fixture(scope="module")
def turtle(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "mscexo.ttl"
    assert main(["export", "--format", "ttl", "-o", str(path)]) == 0
    return path


def test_turtle_holds_every_record_with_schema_uris(turtle: Path):
    graph = rdflib.Graph().parse(turtle, format="turtle")
    for table, cls in [("clinical_trials", "ClinicalTrial"), ("cargo", "Cargo")]:
        subjects = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(MSCEXO + cls)))
        assert len(subjects) == mscexo.load(table).num_rows
    trial = rdflib.URIRef(MSCEXO + "id/CT-SCI21-001")
    derived = rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    assert (trial, derived, rdflib.URIRef("https://doi.org/10.1155/2021/2616807")) in graph
    # an enum value becomes its ontology term
    route = rdflib.URIRef(MSCEXO + "route")
    assert any(
        str(o).startswith("http://purl.obolibrary.org/obo/") for o in graph.objects(trial, route)
    )


def test_jsonld_is_the_same_graph(turtle: Path, tmp_path: Path):
    path = tmp_path / "mscexo.jsonld"
    assert main(["export", "--format", "jsonld", "-o", str(path)]) == 0
    graph = rdflib.Graph().parse(path, format="json-ld")
    assert graph.isomorphic(rdflib.Graph().parse(turtle, format="turtle"))


def test_databases_and_workbook_hold_every_table(tmp_path: Path):
    duckdb = pytest.importorskip("duckdb")
    for fmt in ("duckdb", "sqlite", "xlsx"):
        assert main(["export", "--format", fmt, "-o", str(tmp_path / f"mscexo.{fmt}")]) == 0
    counts = {name: mscexo.load(name).num_rows for name in mscexo.tables()}
    with duckdb.connect(str(tmp_path / "mscexo.duckdb"), read_only=True) as db:
        assert {
            n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in counts
        } == counts
    with sqlite3.connect(tmp_path / "mscexo.sqlite") as db:
        assert {
            n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in counts
        } == counts
        (abbreviations,) = db.execute(
            "SELECT abbreviations FROM msc_sources WHERE id = 'BM-MSC'"
        ).fetchone()
        assert "|" in abbreviations  # a list column keeps its items, joined as in the CSV
    book = load_workbook(tmp_path / "mscexo.xlsx", read_only=True)
    assert {n: sum(1 for _ in book[n].iter_rows()) - 1 for n in counts} == counts


def test_binary_formats_need_an_output_file(capsys):
    assert main(["export", "--format", "sqlite"]) == 2
    assert "-o FILE" in capsys.readouterr().err


@pytest.fixture
def umask_002():
    """Run with umask 002 (group-writable files): 0600 from tempfile and SQLite's own 0644
    both differ from the 0664 that a new file gets then."""
    previous = os.umask(0o002)
    yield 0o664
    os.umask(previous)


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "ttl", "-o", "release.ttl"],
        ["export", "--format", "jsonld", "-o", "release.jsonld"],
        ["export", "--format", "sqlite", "-o", "release.sqlite"],
        ["export", "--format", "duckdb", "-o", "release.duckdb"],
        ["export", "--format", "xlsx", "-o", "release.xlsx"],
        ["template", "cargo", "-o", "cargo.csv"],
        ["template", "cargo", "-o", "cargo.xlsx"],
    ],
    ids=lambda argv: argv[-1],
)
def test_written_files_get_the_normal_mode(tmp_path: Path, monkeypatch, umask_002, argv):
    """Not 0600 (nor SQLite's 0644): a release or template is meant to be shared."""
    if argv[-1].endswith(".duckdb"):
        pytest.importorskip("duckdb")
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    assert stat.S_IMODE((tmp_path / argv[-1]).stat().st_mode) == umask_002
    assert [p.name for p in tmp_path.iterdir()] == [argv[-1]]  # nothing left beside it


def test_sqlite_declares_and_satisfies_the_foreign_keys(tmp_path: Path):
    path = tmp_path / "release.sqlite"
    assert main(["export", "--format", "sqlite", "-o", str(path)]) == 0
    expected = {
        (r["name"], fk["fields"], fk["reference"]["resource"], fk["reference"]["fields"])
        for r in descriptor()["resources"]
        for fk in r["schema"].get("foreignKeys", [])
    }
    assert ("clinical_trials", "document_id", "documents", "id") in expected
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        declared = {
            (name, row[3], row[2], row[4])
            for name in mscexo.tables()
            for row in db.execute(f'PRAGMA foreign_key_list("{name}")')
        }
        assert declared == expected  # list references (cited_work_ids) are not among them
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("UPDATE clinical_trials SET document_id = 'no-such-document'")


def test_xlsx_sheets_have_a_frozen_header_and_filters(tmp_path: Path):
    from openpyxl.utils import get_column_letter

    path = tmp_path / "release.xlsx"
    assert main(["export", "--format", "xlsx", "-o", str(path)]) == 0
    book = load_workbook(path, read_only=False)
    assert book.sheetnames == [name[:31] for name in mscexo.tables()]
    for name in mscexo.tables():
        sheet, table = book[name[:31]], mscexo.load(name)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == (
            f"A1:{get_column_letter(table.num_columns)}{table.num_rows + 1}"
        )
