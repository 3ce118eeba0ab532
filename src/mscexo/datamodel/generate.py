"""Regenerate every artefact that describes the data from the LinkML schema.

One command, `mscexo generate`, rewrites them all; `mscexo generate --check` only compares and
fails when a committed file differs from what the schema produces (the drift test runs it).

Generated, never edited by hand:

- `src/mscexo/datamodel/models.py`: pydantic v2 models (LinkML `gen-pydantic`);
- `schema/generated/mscexo.schema.json`: JSON Schema (LinkML `gen-json-schema`);
- `schema/generated/tableschema.json`: Frictionless Table Schemas of every table
  (`mscexo.datamodel.tableschema`, our generator on SchemaView);
- the table of problem codes in `docs/validate.md`, between its markers (`mscexo.problems`,
  the registry of codes).

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


def _with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


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
    finally:
        os.chdir(cwd)
    return {
        MODELS: _with_newline(models),
        JSON_SCHEMA: _with_newline(json_schema),
        TABLE_SCHEMA: json.dumps(tables, indent=2, ensure_ascii=False) + "\n",
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
