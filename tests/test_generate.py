"""Drift: the committed models and schemas are exactly what the LinkML schema generates."""

from __future__ import annotations

import shutil
from pathlib import Path

from mscexo import problems
from mscexo.datamodel import generate


def _copy_checkout(root: Path, target: Path) -> Path:
    shutil.copytree(root / "schema", target / "schema")
    (target / generate.MODELS).parent.mkdir(parents=True)
    shutil.copy(root / generate.MODELS, target / generate.MODELS)
    (target / problems.DOCS).parent.mkdir(parents=True)
    shutil.copy(root / problems.DOCS, target / problems.DOCS)
    return target


def test_generated_files_are_up_to_date(root: Path):
    assert generate.stale(root) == [], "run `mscexo generate` and commit the result"


def test_editing_the_schema_without_regenerating_is_caught(root: Path, tmp_path: Path):
    copy = _copy_checkout(root, tmp_path)
    schema = copy / generate.SCHEMA
    text = schema.read_text(encoding="utf-8")
    edited = text.replace('    pattern: "^NCT[0-9]{8}$"', '    pattern: "^NCT[0-9]{9}$"')
    assert edited != text
    schema.write_text(edited, encoding="utf-8")
    assert set(generate.stale(copy)) == {
        generate.MODELS,
        generate.JSON_SCHEMA,
        generate.TABLE_SCHEMA,
    }
    generate.write(copy)
    assert generate.stale(copy) == []
    assert "^NCT[0-9]{9}$" in (copy / generate.TABLE_SCHEMA).read_text()


def test_generation_is_deterministic(root: Path):
    assert generate.render(root) == generate.render(root)
