"""Drift: the committed models and schemas are exactly what the LinkML schema generates."""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from beside import beside, run

from mscexo import problems
from mscexo.cli import main
from mscexo.datamodel import generate

ROOT = Path(__file__).resolve().parents[1]


#: Renders the generated files of the checkout argv[1] argv[3] times in one process and writes
#: the renders to argv[2], as JSON.
RENDER = (
    "import json, sys; from pathlib import Path; from mscexo.datamodel import generate; "
    "renders = [generate.render(Path(sys.argv[1])) for _ in range(int(sys.argv[3]))]; "
    "Path(sys.argv[2]).write_text(json.dumps([{str(p): t for p, t in r.items()} "
    "for r in renders]), encoding='utf-8')"
)


@beside
def renders(out: Path, need) -> dict[str, list[dict[str, str]]]:
    """The generated files as the checkout's schema gives them, rendered in two processes
    whose string hashes differ (PYTHONHASHSEED 0 and 1: other set and dict orders), in the
    second twice in a row (run beside the tests: beside.py)."""
    found = {}
    for seed, times in (("0", 1), ("1", 2)):
        path = out / f"renders-{seed}.json"
        ran = run(
            [sys.executable, "-c", RENDER, str(ROOT), str(path), str(times)],
            out,
            PYTHONHASHSEED=seed,
        )
        assert ran.result.returncode == 0, ran.result.stderr[-3000:]
        found[seed] = json.loads(path.read_text(encoding="utf-8"))
    return found


def test_generated_files_are_up_to_date(root: Path, renders: dict[str, list[dict[str, str]]]):
    """What `mscexo generate --check` checks (rendered beside the tests)."""
    [rendered] = renders["0"]
    expected = {generate.MODELS, *generate.ARTEFACTS, problems.DOCS}
    assert set(rendered) == {str(path) for path in expected}
    stale = [
        path
        for path, text in rendered.items()
        if not (root / path).is_file() or (root / path).read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run `mscexo generate` and commit the result"


@pytest.fixture
def unregenerated_copy(tmp_path: Path) -> Path:
    """A copy of the schema and the generated files whose schema was edited (the NCT pattern
    now asks for nine digits) and not regenerated."""
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "schema", copy / "schema")
    (copy / generate.MODELS).parent.mkdir(parents=True)
    shutil.copy(ROOT / generate.MODELS, copy / generate.MODELS)
    (copy / problems.DOCS).parent.mkdir(parents=True)
    shutil.copy(ROOT / problems.DOCS, copy / problems.DOCS)
    schema = copy / generate.SCHEMA
    text = schema.read_text(encoding="utf-8")
    edited = text.replace('    pattern: "^NCT[0-9]{8}$"', '    pattern: "^NCT[0-9]{9}$"')
    assert edited != text
    schema.write_text(edited, encoding="utf-8")
    return copy


def test_editing_the_schema_without_regenerating_is_caught(
    unregenerated_copy: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    """`mscexo generate --check` fails, names each stale file and says what to do; writing
    the generated files brings them up to date. The schema does not change meanwhile, so the
    three steps share one render (that a render depends on nothing else is the determinism
    test's)."""
    monkeypatch.setattr(generate, "render", functools.cache(generate.render))
    copy = unregenerated_copy
    # the files that hold the pattern (the ShEx, the SQL DDL and the JSON-LD context do not)
    expected = {
        generate.MODELS,
        generate.JSON_SCHEMA,
        generate.TABLE_SCHEMA,
        generate.OWL,
        generate.SHACL,
    }
    assert main(["generate", "--check", "--root", str(copy)]) == 1
    *stale, hint = capsys.readouterr().err.splitlines()
    assert {line.removeprefix("out of date: ") for line in stale} == {str(p) for p in expected}
    assert hint == "run `mscexo generate` and commit the result"
    assert set(generate.write(copy)) == expected
    assert generate.stale(copy) == []
    assert "^NCT[0-9]{9}$" in (copy / generate.TABLE_SCHEMA).read_text()


def test_generation_is_deterministic(renders: dict[str, list[dict[str, str]]]):
    """Processes with other string hashes render the same text, and a second render in a
    process the same as the first (the first leaves no state behind)."""
    [first], [again, twice] = renders["0"], renders["1"]
    assert first == again
    assert again == twice


def test_artefacts_are_valid_in_their_languages(root: Path):
    """Each artefact reads as what it claims to be: OWL and SHACL as Turtle (a class and a
    shape for each class of the schema), ShEx as ShExC (a shape for each), the DDL in SQLite
    (foreign keys on), and the JSON-LD context gives a record its class and slot IRIs."""
    rdflib = pytest.importorskip("rdflib")
    from linkml_runtime import SchemaView
    from pyshexc.parser_impl.generate_shexj import parse as parse_shexc

    view = SchemaView(str(root / generate.SCHEMA))
    classes = {"ClinicalTrial", "Document", "Cargo"}
    uris = {rdflib.URIRef(view.get_uri(c, expand=True)) for c in classes}
    mscexo = rdflib.Namespace("https://w3id.org/mscexo/")
    owl = rdflib.Graph().parse(root / generate.OWL, format="turtle")
    assert {mscexo[c] for c in classes} <= set(owl.subjects(rdflib.RDF.type, rdflib.OWL.Class))
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shacl = rdflib.Graph().parse(root / generate.SHACL, format="turtle")
    assert uris <= set(shacl.objects(None, sh.targetClass))
    shex = parse_shexc((root / generate.SHEX).read_text(encoding="utf-8"))
    assert shex is not None and {str(mscexo[c]) for c in classes} <= {s.id for s in shex.shapes}
    with sqlite3.connect(":memory:") as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript((root / generate.SQL_DDL).read_text(encoding="utf-8"))
        tables = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert classes | {"ClinicalTrial_cited_work_ids"} <= tables
    context = json.loads((root / generate.JSONLD_CONTEXT).read_text(encoding="utf-8"))
    record = {"@id": "mscexo:id/CT-X", "@type": "ClinicalTrial", "product_name": "A product"}
    graph = rdflib.Graph().parse(data=json.dumps({**context, **record}), format="json-ld")
    trial = mscexo["id/CT-X"]
    klass = rdflib.URIRef(view.get_uri("ClinicalTrial", expand=True))
    name = view.induced_slot("product_name", "ClinicalTrial")
    named = rdflib.URIRef(view.get_uri(name, expand=True))
    assert set(graph) == {
        (trial, rdflib.RDF.type, klass),
        (trial, named, rdflib.Literal("A product")),
    }
