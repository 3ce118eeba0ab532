"""Regenerate every artefact that describes the data from the LinkML schema.

One command, `mscexo generate`, rewrites them all; `mscexo generate --check` only compares and
fails when a committed file differs from what the schema produces (the drift test runs it).

Generated, never edited by hand:

- `src/mscexo/datamodel/models.py`: pydantic v2 models (LinkML `gen-pydantic`);
- `schema/generated/mscexo.schema.json`: JSON Schema (LinkML `gen-json-schema`);
- `schema/generated/tableschema.json`: Frictionless Table Schemas of every table
  (`mscexo.datamodel.tableschema`, our generator on SchemaView);
- `schema/generated/mscexo.owl.ttl`: OWL ontology, in Turtle (LinkML `gen-owl`);
- `schema/generated/mscexo.shacl.ttl`: SHACL shapes, in Turtle (LinkML `gen-shacl`); the Turtle
  export (`mscexo export --format ttl`) conforms to them (tests/test_export.py, pyshacl);
- `schema/generated/mscexo.shex`: ShEx shapes, in ShExC (LinkML `gen-shex`);
- `schema/generated/mscexo.sqlite.sql`: SQL DDL for SQLite (LinkML `gen-sqltables`, which
  `gen-sqlddl` also names in linkml 1.12): one table per class, a join table per list slot,
  foreign keys for references; the SQLite export creates its tables with it;
- `schema/generated/mscexo.context.jsonld`: JSON-LD context (LinkML `gen-jsonld-context`);
- the table of problem codes in `docs/validate.md`, between its markers (`mscexo.problems`,
  the registry of codes).

Left out: `gen-graphql` and `gen-typescript` write invalid code for this schema, because of
LinkML bugs (linkml 1.12.1): gen-graphql separates the interfaces a type implements with commas
(GraphQL wants `&`), and gen-typescript types `date` slots with a TypeScript type `date` that
does not exist.

Every file is deterministic (tests/test_generate.py renders it in processes with other string
hashes): none of these generators writes a generation date, and the DDL's indexes, which
SQLAlchemy emits in set order, are sorted.

Needs the `build` extra (linkml).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SCHEMA = Path("schema/mscexo.yaml")
MODELS = Path("src/mscexo/datamodel/models.py")
JSON_SCHEMA = Path("schema/generated/mscexo.schema.json")
TABLE_SCHEMA = Path("schema/generated/tableschema.json")
OWL = Path("schema/generated/mscexo.owl.ttl")
SHACL = Path("schema/generated/mscexo.shacl.ttl")
SHEX = Path("schema/generated/mscexo.shex")
SQL_DDL = Path("schema/generated/mscexo.sqlite.sql")
JSONLD_CONTEXT = Path("schema/generated/mscexo.context.jsonld")
#: The artefacts published beside the schema for other tools (the data dictionary links them).
ARTEFACTS = (JSON_SCHEMA, TABLE_SCHEMA, OWL, SHACL, SHEX, SQL_DDL, JSONLD_CONTEXT)


def _with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def sorted_indexes(ddl: str) -> str:
    """The DDL with each run of consecutive `CREATE INDEX` statements sorted: SQLAlchemy emits a
    table's indexes in the order of a set, which changes from one process to the next."""
    lines = ddl.splitlines(keepends=True)
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("CREATE INDEX "):
            run.append(line)
            continue
        out += sorted(run)
        run = []
        out.append(line)
    return "".join(out)


def _artefacts() -> dict[Path, str]:
    """OWL, SHACL, ShEx, SQL DDL and JSON-LD context of the schema (run from the project root)."""
    from linkml.generators.jsonldcontextgen import ContextGenerator
    from linkml.generators.owlgen import OwlSchemaGenerator
    from linkml.generators.shaclgen import ShaclGenerator
    from linkml.generators.shexgen import ShExGenerator
    from linkml.generators.sqltablegen import SQLTableGenerator

    schema = str(SCHEMA)
    # The options whose defaults linkml announces will change, set to the coming defaults: no
    # vacuous `min 0` or repeated range axioms, one cardinality axiom per slot.
    owl = OwlSchemaGenerator(
        schema,
        skip_vacuous_min_zero_cardinality_axioms=True,
        skip_vacuous_local_range_axioms=True,
        consolidate_cardinality_axioms=True,
    )
    return {
        OWL: owl.serialize(),
        SHACL: ShaclGenerator(schema).serialize(),
        SHEX: ShExGenerator(schema).serialize(),
        SQL_DDL: sorted_indexes(SQLTableGenerator(schema, dialect="sqlite").serialize()),
        JSONLD_CONTEXT: ContextGenerator(schema).serialize(),
    }


def render(root: Path) -> dict[Path, str]:
    """Text of every generated file, keyed by its path relative to the project root.

    Generators run from the project root with the schema's relative path, because
    gen-pydantic records the path it was given in the models' metadata.
    """
    from linkml.generators.jsonschemagen import JsonSchemaGenerator
    from linkml.generators.pydanticgen import PydanticGenerator

    from mscexo import problems
    from mscexo.datamodel.tableschema import resource_schemas

    cwd = Path.cwd()
    os.chdir(root)
    try:
        models = PydanticGenerator(str(SCHEMA)).serialize()
        json_schema = JsonSchemaGenerator(str(SCHEMA)).serialize()
        tables = {"resources": resource_schemas(SCHEMA)}
        artefacts = _artefacts()
    finally:
        os.chdir(cwd)
    return {
        MODELS: _with_newline(models),
        JSON_SCHEMA: _with_newline(json_schema),
        TABLE_SCHEMA: json.dumps(tables, indent=2, ensure_ascii=False) + "\n",
        **{path: _with_newline(text) for path, text in artefacts.items()},
        problems.DOCS: problems.render_docs((root / problems.DOCS).read_text(encoding="utf-8")),
    }


def stale(root: Path) -> list[Path]:
    """Generated files that are missing or differ from what the schema produces now."""
    return [
        path
        for path, text in render(root).items()
        if not (root / path).is_file() or (root / path).read_text(encoding="utf-8") != text
    ]


def write(root: Path) -> list[Path]:
    """Rewrite every generated file; return those whose content changed."""
    changed = []
    for path, text in render(root).items():
        target = root / path
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        changed.append(path)
    return changed
