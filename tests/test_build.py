"""The build: validated, cross-checked, deterministic, atomic, and readable by frictionless."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from beside import Ran, beside, run
from launch import run_measured

from mscexo.cli import main
from mscexo.contract.record import read_resources
from mscexo.curation import build as build_module
from mscexo.curation.build import build
from mscexo.errors import DataError, InputError
from mscexo.files import atomic
from mscexo.files.package import LINKML, Package, is_table

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
    assert [r["name"] for r in package["resources"] if is_table(r)] == names
    assert all(result.row_counts[name] > 0 for name in names)
    for resource in filter(is_table, package["resources"]):
        csv_path = tmp_path / "out" / resource["path"]
        assert resource["bytes"] == csv_path.stat().st_size
        lines = csv_path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == result.row_counts[resource["name"]] + 1
        assert (tmp_path / "out" / resource["mscexo:parquet"]["path"]).is_file()


def test_build_is_deterministic(root: Path, example_curation: Path, tmp_path: Path):
    build(root, curation=example_curation, output=tmp_path / "a")
    build(root, curation=example_curation, output=tmp_path / "b")
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    # datapackage.json, croissant.json, dataset.jsonld, the LinkML form in YAML and JSON, and
    # a CSV and a Parquet file per table
    assert first == second and len(first) == 5 + 2 * len(read_resources(root))


def test_committed_package_is_what_the_build_produces(root: Path, release_build):
    """Byte for byte, except Parquet files, whose bytes vary with the pyarrow version: those
    must hold the same typed table with the same metadata. (`mscexo build` of the checkout,
    shared with other tests: conftest.py.)"""
    import pyarrow.parquet as pq

    assert release_build.result.returncode == 0, release_build.result.stderr[-3000:]
    fresh, committed = _tree(release_build.out), _tree(root / "datapackage")
    assert sorted(fresh) == sorted(committed), "run `mscexo build` and commit datapackage/"
    for name in fresh:
        if name.endswith(".parquet"):
            new = pq.read_table(release_build.out / name)
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


@beside
def frictionless_report(out: Path, need) -> Ran:
    """The reference client's verdict on the committed package (run beside the tests:
    beside.py)."""
    client = Path(sys.executable).with_name("frictionless")
    return run([str(client), "validate", str(ROOT / "datapackage" / "datapackage.json")], out)


def test_frictionless_validates_the_committed_package(frictionless_report: Ran):
    result = frictionless_report.result
    assert result.returncode == 0, result.stdout + result.stderr


@beside
def frictionless_on_a_corrupted_copy(out: Path, need) -> Ran:
    """The reference client's JSON report on a copy of the package with one NCT number made
    wrong (run beside the tests: beside.py)."""
    copy = out / "datapackage"
    shutil.copytree(ROOT / "datapackage", copy)
    trials = copy / "data" / "clinical_trials.csv"
    text = trials.read_text(encoding="utf-8")
    assert ",NCT" in text
    trials.write_text(text.replace(",NCT", ",NCX", 1), encoding="utf-8")
    client = Path(sys.executable).with_name("frictionless")
    return run([str(client), "validate", "--json", str(copy / "datapackage.json")], out)


def test_frictionless_rejects_a_corrupted_copy(frictionless_on_a_corrupted_copy: Ran):
    """The check above can fail: a wrong NCT number and a changed hash are caught."""
    result = frictionless_on_a_corrupted_copy.result
    assert result.returncode != 0
    report = json.loads(result.stdout)
    codes = {e["type"] for task in report["tasks"] for e in task["errors"]}
    assert {"constraint-error", "hash-count"} & codes, codes


# ----- the release as one LinkML Dataset -----------------------------------------------------

LINKML_VALIDATE = Path(sys.executable).with_name("linkml-validate")


def _linkml_validate(path: Path, out: Path) -> Ran:
    """LinkML's validator, as its users run it, on a `Dataset` file."""
    schema = ROOT / "schema" / "mscexo.yaml"
    return run([str(LINKML_VALIDATE), "-s", str(schema), "-C", "Dataset", str(path)], out)


@beside
def linkml_validate_release(out: Path, need) -> dict[str, Ran]:
    """`linkml-validate -s schema/mscexo.yaml -C Dataset FILE`, unchanged, on the LinkML form
    that `mscexo build` of the checkout wrote (the build the other tests share: conftest.py),
    in YAML and in JSON, and on two corrupted copies: a record with a value outside its enum
    (YAML), and a record without a required field (JSON). Run beside the tests: beside.py."""
    package = need("release_build").out
    verdicts = {
        "yaml": _linkml_validate(package / "linkml" / "dataset.yaml", out),
        "json": _linkml_validate(package / "linkml" / "dataset.json", out),
    }
    content = json.loads((package / "linkml" / "dataset.json").read_text(encoding="utf-8"))
    bad_enum = json.loads(json.dumps(content))
    bad_enum["clinical_trials"][0]["product_type"] = "no_such_product_type"
    (out / "bad_enum.yaml").write_text(yaml.safe_dump(bad_enum), encoding="utf-8")
    verdicts["bad enum"] = _linkml_validate(out / "bad_enum.yaml", out)
    missing = json.loads(json.dumps(content))
    del missing["documents"][0]["title"]
    (out / "missing.json").write_text(json.dumps(missing), encoding="utf-8")
    verdicts["missing field"] = _linkml_validate(out / "missing.json", out)
    return verdicts


@pytest.mark.parametrize("form", ["yaml", "json"])
def test_linkml_validate_accepts_the_released_dataset(linkml_validate_release, form: str):
    result = linkml_validate_release[form].result
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "No issues found" in result.stdout


def test_linkml_validate_rejects_a_corrupted_dataset(linkml_validate_release):
    """The check above can fail: a wrong enum value, and a missing required field."""
    bad_enum = linkml_validate_release["bad enum"].result
    assert bad_enum.returncode == 1  # invalid data (2 would be a usage error)
    assert "no_such_product_type" in bad_enum.stdout + bad_enum.stderr
    missing = linkml_validate_release["missing field"].result
    assert missing.returncode == 1
    assert "'title' is a required property" in missing.stdout + missing.stderr


def test_the_linkml_form_holds_every_record_typed(root: Path):
    """The committed package (the build's output: see above): both files hold the same
    `Dataset`, a list per non-empty table with every record of its CSV in the same order,
    typed values (a list is a list, an integer a number) and no empty field; the descriptor
    lists each file with its size and hash, and not as a table."""
    directory = root / "datapackage"
    package = Package.open(directory)
    text = (directory / "linkml" / "dataset.yaml").read_text(encoding="utf-8")
    instance = yaml.safe_load(text)
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert instance == json.loads((directory / "linkml" / "dataset.json").read_bytes())
    assert list(instance) == [n for n in package.names if package.row_counts[n]]
    for name in package.names:
        rows = package.rows(name)
        records = instance.get(name, [])
        assert [r["id"] for r in records] == [r["id"] for r in rows], name
        columns = [f["name"] for f in package.schema(name)["fields"]]
        types = {f["name"]: f["type"] for f in package.schema(name)["fields"]}
        for record in records:
            assert list(record) == [c for c in columns if c in record]  # the CSV's order
            for field, value in record.items():
                assert value not in (None, "", []), (name, record["id"], field)
                if types[field] == "list":
                    assert isinstance(value, list)
                elif types[field] == "integer":
                    assert isinstance(value, int) and not isinstance(value, bool)
    assert any(isinstance(v, int) for r in instance["clinical_trials"] for v in r.values())
    listed = [r for r in package.descriptor["resources"] if not is_table(r)]
    assert [r["path"] for r in listed] == ["linkml/dataset.yaml", "linkml/dataset.json"]
    for resource in listed:
        content = (directory / resource["path"]).read_bytes()
        assert resource["bytes"] == len(content)
        assert resource["hash"] == "sha256:" + hashlib.sha256(content).hexdigest()
        assert resource[LINKML] == {"schema": "https://w3id.org/mscexo/schema", "class": "Dataset"}
        assert "type" not in resource and "schema" not in resource
    assert package.linkml == [r["path"] for r in listed]


@pytest.mark.parametrize("form", ["yaml", "json"])
def test_the_linkml_form_reads_back_as_the_release(root: Path, capsys, form: str):
    """`mscexo validate` reads the LinkML form as a record file (a `Dataset` is the shape of
    a curation file) and finds every record of the release in it, each unchanged."""
    package = Package.open(root / "datapackage")
    path = root / "datapackage" / "linkml" / f"dataset.{form}"
    assert main(["validate", str(path), "--format", "json", "--max-errors", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 0 and report["rows"] == package.row_counts
    total = sum(package.row_counts.values())
    assert report["counts"]["warning"] == {
        "duplicate": total
    }  # "already in the release, unchanged"


def test_build_module_imports_no_linkml():
    """The build needs only the runtime dependencies; LinkML is for regenerating code."""
    code = (
        "import mscexo.curation.build, sys; "
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


# ----- the release is never lost: faults in the swap, leftovers, curation inputs -------------


def _drop_trial(curation: Path, identifier: str = "CT-SCI21-001") -> None:
    path = curation / "examples.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["clinical_trials"] = [t for t in data["clinical_trials"] if t["id"] != identifier]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _argv(root: Path, curation: Path, output: Path) -> list[str]:
    return ["build", "--root", str(root), "--curation", str(curation), "--output", str(output)]


def _cli(argv: list[str], timeout: int = 120) -> subprocess.CompletedProcess:
    """`mscexo ARGV` in a child process, checked for a traceback and for the memory bound."""
    env = {k: v for k, v in os.environ.items() if k != "MSCEXO_DOCUMENTS"}
    result, peak_mb = run_measured([sys.executable, "-m", "mscexo.cli", *argv], timeout, env)
    assert "Traceback" not in result.stderr, result.stderr
    assert peak_mb < 500
    return result


def test_a_crash_between_the_renames_does_not_hide_a_dropped_identifier(
    root: Path, example_curation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    """The issue's case: the second rename failed and so did the rename back, which leaves no
    datapackage/, only .datapackage.previous. The next build puts the release back and checks
    the identifiers against it, instead of building as if there had never been a release."""
    output = tmp_path / "datapackage"
    build(root, curation=example_curation, output=output)
    before = _tree(output)
    real = os.replace
    calls = {"n": 0}

    def failing(source, target):
        calls["n"] += 1
        if calls["n"] >= 2:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(target))
        real(source, target)

    monkeypatch.setattr(atomic, "_exchange", lambda first, second: False)
    monkeypatch.setattr(os, "replace", failing)
    _add_record(
        example_curation, "cargo", {"id": "CG-new", "name": "n", "molecule_type": "protein"}
    )
    with pytest.raises(InputError) as failed:
        build(root, curation=example_curation, output=output)
    assert "mv " in str(failed.value)
    assert not output.exists() and _tree(tmp_path / ".datapackage.previous") == before
    monkeypatch.undo()
    _drop_trial(example_curation)
    with pytest.raises(DataError) as dropped:
        build(root, curation=example_curation, output=output)
    assert [(p.code, p.record_id) for p in dropped.value.problems] == [
        ("identifier-dropped", "CT-SCI21-001")
    ]
    assert "restored" in capsys.readouterr().err
    assert _tree(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curation", "datapackage"]


#: `mscexo build` killed with SIGKILL at the second rename of the swap (as where the system
#: cannot exchange two directories in one step).
KILLED_BUILD = """
import os, signal, sys
from mscexo.cli import main
from mscexo.files import atomic
from mscexo.files.package import LINKML, Package, is_table

atomic._exchange = lambda first, second: False
real, calls = os.replace, []

def replace(source, target):
    calls.append(target)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    real(source, target)

os.replace = replace
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_build_is_recovered_by_the_next_one(
    root: Path, example_curation: Path, tmp_path: Path
):
    output = tmp_path / "datapackage"
    argv = _argv(root, example_curation, output)
    build(root, curation=example_curation, output=output)
    before = _tree(output)
    _add_record(
        example_curation, "cargo", {"id": "CG-new", "name": "n", "molecule_type": "protein"}
    )
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, *argv], capture_output=True, text=True, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not output.exists()  # the moment the issue found: no datapackage/ at all
    [staging] = tmp_path.glob(".datapackage.building-*")
    # the next build puts the release back, and refuses the staging directory, not deleting it
    _drop_trial(example_curation)
    refused = _cli(argv)
    assert refused.returncode == 2 and staging.is_dir()
    assert refused.stderr == (
        f"restored {output} from {tmp_path / '.datapackage.previous'}, left by an interrupted "
        f"build\nmscexo build: error: {staging} was left by an interrupted build and is not "
        f"part of {output}: remove it (rm -r {staging}) and build again\n"
    )
    assert _tree(output) == before
    # a released identifier removed meanwhile is caught, against the restored release
    shutil.rmtree(staging)
    dropped = _cli(argv)
    assert dropped.returncode == 1
    assert "identifier-dropped" in dropped.stderr and "CT-SCI21-001" in dropped.stderr
    assert _tree(output) == before
    _add_record(example_curation, "retired", _retirement("CT-SCI21-001", "CT-SCI21-002"))
    assert _cli(argv).returncode == 0
    assert "CG-new" in (output / "data" / "cargo.csv").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curation", "datapackage"]


def _fifo(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path)


@pytest.mark.parametrize("name", ["more.yaml", "release.yaml", "conditions.sssom.tsv"])
def test_a_fifo_in_the_curation_is_refused_before_it_blocks(
    root: Path, example_curation: Path, tmp_path: Path, name: str
):
    _fifo(example_curation / name)
    result = _cli(_argv(root, example_curation, tmp_path / "out"), timeout=60)
    assert result.returncode == 2
    assert result.stderr == (
        f"mscexo build: error: {example_curation / name} is a FIFO (named pipe), not a regular "
        f"file: the build reads only regular files from {example_curation}; remove it or "
        "rename it\n"
    )
    assert not (tmp_path / "out").exists()


def _socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))


def _device(path: Path) -> None:
    """A character device like /dev/null, where this process may make one (root, outside
    most containers)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("this process cannot create a device node")


@pytest.mark.parametrize(
    "make, reason",
    [
        (_socket, "is a socket, not a regular file"),
        (_device, "is a character device, not a regular file"),
        (lambda p: p.mkdir(), "is a directory, not a regular file"),
        (lambda p: p.symlink_to("/dev/zero"), "is a symlink to /dev/zero, outside the curation"),
        (lambda p: p.symlink_to("/etc/passwd"), "is a symlink to /etc/passwd, outside"),
        (lambda p: p.symlink_to("../../x.yaml"), "is a symlink to ../../x.yaml, outside"),
        (lambda p: p.symlink_to("gone.yaml"), "is a symlink to gone.yaml, which does not exist"),
        (lambda p: p.symlink_to(p), "cannot be read: Too many levels of symbolic links"),
    ],
    ids=[
        "socket",
        "device",
        "directory",
        "link to a device",
        "passwd",
        "dot-dot",
        "broken link",
        "link loop",
    ],
)
def test_curation_inputs_that_are_not_regular_files_are_refused(
    root: Path, example_curation: Path, tmp_path: Path, capsys, make, reason: str
):
    path = example_curation / "more.yaml"
    make(path)
    assert main(_argv(root, example_curation, tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mscexo build: error: {path} ") and reason in err
    assert err.count("\n") == 1 and not (tmp_path / "out").exists()


def test_a_symlink_to_a_file_inside_the_curation_is_read(
    root: Path, example_curation: Path, tmp_path: Path
):
    (example_curation / "records").mkdir()
    (example_curation / "examples.yaml").rename(example_curation / "records" / "examples.yaml")
    (example_curation / "examples.yaml").symlink_to("records/examples.yaml")
    result = build(root, curation=example_curation, output=tmp_path / "out")
    assert result.row_counts["clinical_trials"] > 0


def test_an_unreadable_curation_file_exits_2(
    root: Path, example_curation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    """chmod 000 does not stop root, so the refusal of the system is injected."""
    path = example_curation / "examples.yaml"

    def denied(p: Path):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(p))

    monkeypatch.setattr(build_module, "read_yaml", denied)
    assert main(_argv(root, example_curation, tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert err == (
        f"mscexo build: error: cannot read {example_curation / 'release.yaml'}: Permission "
        "denied; make it readable and build again\n"
    )
    assert path.is_file()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EIO], ids=errno.errorcode.get)
def test_a_full_disk_while_writing_exits_2_and_keeps_the_release(
    root: Path,
    example_curation: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,
    code: int,
):
    output = tmp_path / "datapackage"
    build(root, curation=example_curation, output=output)
    before = _tree(output)
    real = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        if self.name == "cargo.csv":
            raise OSError(code, os.strerror(code), str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    assert main(_argv(root, example_curation, output)) == 2
    err = capsys.readouterr().err
    assert err.startswith("mscexo build: error: cannot write the new package: ")
    assert f"cargo.csv: {os.strerror(code)}; {output} is unchanged\n" in err
    assert err.count("\n") == 1
    assert _tree(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curation", "datapackage"]


def test_a_failed_swap_exits_2_and_keeps_the_release(
    root: Path, example_curation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    output = tmp_path / "datapackage"
    build(root, curation=example_curation, output=output)
    before = _tree(output)

    def cross_device(first: Path, second: Path) -> bool:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(second), None, str(first))

    monkeypatch.setattr(atomic, "_exchange", cross_device)
    assert main(_argv(root, example_curation, output)) == 2
    err = capsys.readouterr().err
    assert err == (
        f"mscexo build: error: cannot move the new package into place ({output}: Invalid "
        f"cross-device link); {output} is unchanged\n"
    )
    assert _tree(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curation", "datapackage"]


def test_a_package_without_its_descriptor_is_not_replaced(
    root: Path, example_curation: Path, tmp_path: Path
):
    """A datapackage/ whose datapackage.json is gone would skip the identifier check."""
    output = tmp_path / "datapackage"
    build(root, curation=example_curation, output=output)
    (output / "datapackage.json").unlink()
    before = _tree(output)
    _drop_trial(example_curation)
    with pytest.raises(InputError) as refused:
        build(root, curation=example_curation, output=output)
    assert "holds no datapackage.json" in str(refused.value)
    assert _tree(output) == before


def test_a_previous_release_that_is_not_a_package_is_refused(
    root: Path, example_curation: Path, tmp_path: Path, capsys
):
    (tmp_path / "old").mkdir()
    argv = [*_argv(root, example_curation, tmp_path / "out"), "--previous", str(tmp_path / "old")]
    assert main(argv) == 2
    assert f"no datapackage.json in the directory {tmp_path / 'old'}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_unresolved_references_gather_their_table_names_once(root: Path, monkeypatch):
    """Forty wrong references into one table: the names of its rows are gathered once, not
    once per reference (which made a build with 1% wrong references errors x rows)."""
    from mscexo.contract import hints
    from mscexo.contract.record import Record
    from mscexo.curation.build import check_keys

    gathered = []
    original = hints.reference_forms

    def counted(rows, delimiters=None):
        gathered.append(1)
        return original(rows, delimiters)

    monkeypatch.setattr(hints, "reference_forms", counted)
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
    resources = {r.name: r for r in read_resources(root)}
    problems = check_keys({"msc_sources": sources, "products": products}, resources)
    assert [p.code for p in problems] == ["foreign-key"] * 40
    assert gathered == [1]
    assert [p.hint.split("'")[1] for p in problems] == [f"S{i}-MSC" for i in range(40)]
