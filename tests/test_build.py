"""The build: validated, cross-checked, deterministic, atomic, and readable by frictionless."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from mscexo.build import build
from mscexo.errors import DataError
from mscexo.validate import read_resources

ROOT = Path(__file__).resolve().parents[1]


def _tree(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def _add_record(curation: Path, table: str, record: dict) -> None:
    path = curation / "examples.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[table].append(record)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


BAD_TRIAL = {
    "id": "CT-SCI21-009",
    "clinical_study_type": "clinical_trial",
    "nct_id": "NCT123",
    "product_type": "exosome",
    "document_id": "doi:10.1155/2021/2616807",
    "locator": "Table 3, row 9",
    "evidence": "NCT03384433",
}


def test_build_writes_every_table(root: Path, example_curation: Path, tmp_path: Path):
    result = build(root, curation=example_curation, output=tmp_path / "out")
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text())
    names = [r.name for r in read_resources(root)]
    assert [r["name"] for r in package["resources"]] == names
    assert all(result.row_counts[name] > 0 for name in names)
    for resource in package["resources"]:
        csv_path = tmp_path / "out" / resource["path"]
        assert resource["bytes"] == csv_path.stat().st_size
        lines = csv_path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == result.row_counts[resource["name"]] + 1
        assert (tmp_path / "out" / resource["mscexo:parquet"]["path"]).is_file()


def test_build_is_deterministic(root: Path, example_curation: Path, tmp_path: Path):
    build(root, curation=example_curation, output=tmp_path / "a")
    build(root, curation=example_curation, output=tmp_path / "b")
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    # datapackage.json, croissant.json, dataset.jsonld, and a CSV and a Parquet file per table
    assert first == second and len(first) == 3 + 2 * len(read_resources(root))


def test_committed_package_is_what_the_build_produces(root: Path, tmp_path: Path):
    """Byte for byte, except Parquet files, whose bytes vary with the pyarrow version: those
    must hold the same typed table with the same metadata."""
    import pyarrow.parquet as pq

    build(root, output=tmp_path / "fresh")
    fresh, committed = _tree(tmp_path / "fresh"), _tree(root / "datapackage")
    assert sorted(fresh) == sorted(committed), "run `mscexo build` and commit datapackage/"
    for name in fresh:
        if name.endswith(".parquet"):
            new = pq.read_table(tmp_path / "fresh" / name)
            old = pq.read_table(root / "datapackage" / name)
            assert new.equals(old, check_metadata=True), f"{name} is stale: run `mscexo build`"
        else:
            assert fresh[name] == committed[name], f"{name} is stale: run `mscexo build`"


def test_bad_record_stops_the_build_with_its_position(
    root: Path, example_curation: Path, tmp_path: Path
):
    _add_record(example_curation, "clinical_trials", BAD_TRIAL)
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    [problem] = caught.value.problems
    assert problem.code == "pattern" and problem.field == "nct_id" and problem.value == "NCT123"
    assert problem.file.endswith("examples.yaml") and problem.line and problem.record
    assert problem.record_id == "CT-SCI21-009" and "NCT" in problem.hint
    assert not (tmp_path / "out").exists()


def test_all_problems_are_reported_together(root: Path, example_curation: Path, tmp_path: Path):
    _add_record(example_curation, "clinical_trials", BAD_TRIAL)
    _add_record(example_curation, "cargo", {"id": "CG-x", "name": "x", "molecule_type": "miRNAs"})
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    problems = {(p.code, p.field) for p in caught.value.problems}
    assert problems == {("pattern", "nct_id"), ("enum", "molecule_type")}
    enum_problem = next(p for p in caught.value.problems if p.code == "enum")
    assert "'mirna'" in enum_problem.hint


def test_unresolved_reference_is_an_error(root: Path, example_curation: Path, tmp_path: Path):
    trial = {**BAD_TRIAL, "nct_id": "NCT03384433", "msc_source_id": "BM-MSCs"}
    _add_record(example_curation, "clinical_trials", trial)
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    [problem] = caught.value.problems
    assert (problem.code, problem.field, problem.value) == (
        "foreign-key",
        "msc_source_id",
        "BM-MSCs",
    )
    assert "'BM-MSC'" in problem.hint


def test_duplicate_identifier_is_an_error(root: Path, example_curation: Path, tmp_path: Path):
    _add_record(
        example_curation, "cargo", {"id": "CG-miR-21", "name": "miR-21", "molecule_type": "mirna"}
    )
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    assert [(p.code, p.value) for p in caught.value.problems] == [("duplicate-key", "CG-miR-21")]


def test_empty_string_counts_as_missing(root: Path, example_curation: Path, tmp_path: Path):
    _add_record(example_curation, "cargo", {"id": "CG-x", "name": "  ", "molecule_type": "mirna"})
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    assert [(p.code, p.field) for p in caught.value.problems] == [("required", "name")]


def test_yaml_syntax_error_names_the_line(root: Path, example_curation: Path, tmp_path: Path):
    (example_curation / "broken.yaml").write_text("cargo:\n  - id: CG-a\n   name: [\n")
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    [problem] = caught.value.problems
    assert problem.code == "yaml-syntax" and problem.line == 3


def test_yaml_cannot_build_python_objects(root: Path, example_curation: Path, tmp_path: Path):
    (example_curation / "evil.yaml").write_text("cargo: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out")
    assert caught.value.problems[0].code == "yaml-syntax"


def test_failed_build_leaves_previous_package_untouched(
    root: Path, example_curation: Path, tmp_path: Path
):
    output = tmp_path / "out"
    build(root, curation=example_curation, output=output)
    before = _tree(output)
    _add_record(example_curation, "clinical_trials", BAD_TRIAL)
    with pytest.raises(DataError):
        build(root, curation=example_curation, output=output)
    assert _tree(output) == before
    assert {p.name for p in tmp_path.iterdir()} == {"curation", "out"}


def test_interrupted_write_leaves_previous_package_untouched(
    root: Path, example_curation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    output = tmp_path / "out"
    build(root, curation=example_curation, output=output)
    before = _tree(output)
    _add_record(
        example_curation, "cargo", {"id": "CG-new", "name": "new", "molecule_type": "protein"}
    )
    real_write = Path.write_bytes
    calls = {"n": 0}

    def write_then_fail(self: Path, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_then_fail)
    with pytest.raises(KeyboardInterrupt):
        build(root, curation=example_curation, output=output)
    monkeypatch.undo()
    assert _tree(output) == before
    assert {p.name for p in tmp_path.iterdir()} == {"curation", "out"}


def test_frictionless_validates_the_committed_package(root: Path):
    client = Path(sys.executable).with_name("frictionless")
    result = subprocess.run(
        [str(client), "validate", str(root / "datapackage" / "datapackage.json")],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_frictionless_rejects_a_corrupted_copy(root: Path, tmp_path: Path):
    """The check above can fail: a wrong NCT number and a changed hash are caught."""
    copy = tmp_path / "datapackage"
    shutil.copytree(root / "datapackage", copy)
    trials = copy / "data" / "clinical_trials.csv"
    text = trials.read_text(encoding="utf-8")
    assert ",NCT" in text
    trials.write_text(text.replace(",NCT", ",NCX", 1), encoding="utf-8")
    client = Path(sys.executable).with_name("frictionless")
    result = subprocess.run(
        [str(client), "validate", "--json", str(copy / "datapackage.json")],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    report = json.loads(result.stdout)
    codes = {e["type"] for task in report["tasks"] for e in task["errors"]}
    assert {"constraint-error", "hash-count"} & codes, codes


def test_build_module_imports_no_linkml():
    """The build needs only the runtime dependencies; LinkML is for regenerating code."""
    code = (
        "import mscexo.build, sys; "
        "print(any(m.startswith(('linkml', 'frictionless')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _retirement(identifier: str, replacement: str) -> dict:
    return {
        "id": identifier,
        "retired_table": "clinical_trials",
        "retired_in": "0.2.0",
        "reason": f"Merged with {replacement}.",
        "replaced_by": replacement,
    }


def test_a_dropped_identifier_needs_a_retirement_record(
    root: Path, example_curation: Path, tmp_path: Path
):
    """Identifiers are stable: one that disappears fails the build unless retired."""
    build(root, curation=example_curation, output=tmp_path / "v1")
    path = example_curation / "examples.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["clinical_trials"] = [t for t in data["clinical_trials"] if t["id"] != "CT-SCI21-001"]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(DataError) as failed:
        build(root, curation=example_curation, output=tmp_path / "v2", previous=tmp_path / "v1")
    (problem,) = failed.value.problems
    assert (problem.code, problem.record_id) == ("identifier-dropped", "CT-SCI21-001")
    assert "retired.yaml" in problem.hint
    _add_record(example_curation, "retired", _retirement("CT-SCI21-001", "CT-SCI21-002"))
    build(root, curation=example_curation, output=tmp_path / "v2", previous=tmp_path / "v1")
    retired = (tmp_path / "v2" / "data" / "retired.csv").read_text()
    assert "CT-SCI21-001,clinical_trials,0.2.0" in retired


def test_a_retirement_must_name_a_real_replacement(
    root: Path, example_curation: Path, tmp_path: Path
):
    _add_record(example_curation, "retired", _retirement("CT-SCI21-001", "CT-SCI21-777"))
    with pytest.raises(DataError) as failed:
        build(root, curation=example_curation, output=tmp_path / "out")
    assert {p.code for p in failed.value.problems} == {"retired-but-present", "foreign-key"}


def test_unresolved_references_gather_their_table_names_once(root: Path, monkeypatch):
    """Forty wrong references into one table: the names of its rows are gathered once, not
    once per reference (which made a build with 1% wrong references errors x rows)."""
    from mscexo import hints
    from mscexo.validate import Record, check_keys

    gathered = []
    original = hints.reference_forms
    monkeypatch.setattr(hints, "reference_forms", lambda rows: gathered.append(1) or original(rows))
    sources = [
        Record("msc_sources", {"id": f"S{i}-MSC", "label": f"source {i}"}, "f.yaml", i, None)
        for i in range(100)
    ]
    products = [
        Record(
            "products", {"id": f"PR-p{i}", "name": "p", "msc_source_id": f"S{i}-MSCs"}, "f", i, 1
        )
        for i in range(40)
    ]
    problems = check_keys({"msc_sources": sources, "products": products}, read_resources(root))
    assert [p.code for p in problems] == ["foreign-key"] * 40
    assert gathered == [1]
    assert [p.hint.split("'")[1] for p in problems] == [f"S{i}-MSC" for i in range(40)]
