"""Drift: the committed models and schemas are exactly what the LinkML schema generates."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from beside import beside, other_hash_seed, run

from mscexo import generate
from mscexo.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def rendered(root: Path) -> dict[Path, str]:
    """The generated files as this process renders them from the checkout's schema (once)."""
    return generate.render(root)


def test_generated_files_are_up_to_date(root: Path, rendered: dict[Path, str]):
    """What `generate.stale` checks, on the render shared with the determinism test."""
    assert set(rendered) == {generate.MODELS, generate.JSON_SCHEMA, generate.TABLE_SCHEMA}
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
    schema = copy / generate.SCHEMA
    text = schema.read_text(encoding="utf-8")
    edited = text.replace('    pattern: "^NCT[0-9]{8}$"', '    pattern: "^NCT[0-9]{9}$"')
    assert edited != text
    schema.write_text(edited, encoding="utf-8")
    return copy


def test_editing_the_schema_without_regenerating_is_caught(unregenerated_copy: Path, capsys):
    """`mscexo generate --check` fails, names each stale file and says what to do; writing
    the generated files brings them up to date."""
    copy = unregenerated_copy
    expected = {generate.MODELS, generate.JSON_SCHEMA, generate.TABLE_SCHEMA}
    assert main(["generate", "--check", "--root", str(copy)]) == 1
    *stale, hint = capsys.readouterr().err.splitlines()
    assert {line.removeprefix("out of date: ") for line in stale} == {str(p) for p in expected}
    assert hint == "run `mscexo generate` and commit the result"
    assert set(generate.write(copy)) == expected
    assert generate.stale(copy) == []
    assert "^NCT[0-9]{9}$" in (copy / generate.TABLE_SCHEMA).read_text()


#: Renders the generated files twice in one process; writes them as JSON to argv[2].
RENDER = (
    "import json, sys; from pathlib import Path; from mscexo import generate; "
    "renders = [generate.render(Path(sys.argv[1])) for _ in range(2)]; "
    "Path(sys.argv[2]).write_text(json.dumps([{str(p): t for p, t in r.items()} "
    "for r in renders]), encoding='utf-8')"
)


@beside
def rendered_elsewhere(out: Path, need) -> list[dict[str, str]]:
    """The generated files rendered twice in another process, whose string hashes differ from
    this one's (run beside the tests: beside.py)."""
    argv = [sys.executable, "-c", RENDER, str(ROOT), str(out / "renders.json")]
    ran = run(argv, out, PYTHONHASHSEED=other_hash_seed())
    assert ran.result.returncode == 0, ran.result.stderr[-3000:]
    return json.loads((out / "renders.json").read_text(encoding="utf-8"))


def test_generation_is_deterministic(rendered: dict[Path, str], rendered_elsewhere):
    """Another process, with other string hashes (PYTHONHASHSEED: set and dict orders), renders
    the same text as this one, and twice in a row (no state left by the first render)."""
    first, second = rendered_elsewhere
    assert first == second
    assert first == {str(path): text for path, text in rendered.items()}
