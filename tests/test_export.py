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


def _default_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@pytest.mark.parametrize(
    "argv",
    [["export", "--format", "ttl", "-o", "release.ttl"], ["template", "cargo", "-o", "cargo.csv"]],
)
def test_written_files_get_the_normal_mode(tmp_path: Path, monkeypatch, argv: list[str]):
    """Not 0600: a release or template is meant to be shared."""
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    assert stat.S_IMODE((tmp_path / argv[-1]).stat().st_mode) == _default_mode()


def test_sqlite_declares_and_satisfies_the_foreign_keys(tmp_path: Path):
    path = tmp_path / "release.sqlite"
    assert main(["export", "--format", "sqlite", "-o", str(path)]) == 0
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        declared = {row[3] for row in db.execute("PRAGMA foreign_key_list(clinical_trials)")}
    assert {"document_id", "trial_id", "condition_id", "msc_source_id"} <= declared


def test_xlsx_sheets_have_a_frozen_header_and_filters(tmp_path: Path):
    from openpyxl import load_workbook

    path = tmp_path / "release.xlsx"
    assert main(["export", "--format", "xlsx", "-o", str(path)]) == 0
    book = load_workbook(path, read_only=False)
    for name in mscexo.tables():
        sheet = book[name[:31]]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
