"""The wheel ships the data package and the schema, and loads them without the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from beside import Ran, beside, run

from mscexo.datamodel import generate

ROOT = Path(__file__).resolve().parents[1]


@beside
def dist(out: Path, need) -> Path:
    """The wheel and the sdist, as `python -m build` makes them (run beside the tests:
    beside.py)."""
    ran = run([sys.executable, "-m", "build", "--no-isolation", "-o", str(out), str(ROOT)], out)
    assert ran.result.returncode == 0, ran.result.stderr[-3000:]
    return out


@beside
def installed_wheel(out: Path, need) -> Ran:
    """A fresh virtual environment (`out`) with the wheel and its dependencies only, from the
    package index, in the versions of .ci/constraints.txt (run beside the tests)."""
    [wheel] = need("dist").glob("mscexo-*.whl")
    created = run([sys.executable, "-m", "venv", str(out)], out)
    if created.result.returncode != 0:
        return created
    python, constraints = out / "bin" / "python", ROOT / ".ci" / "constraints.txt"
    install = [str(python), "-m", "pip", "install", "--quiet", str(wheel), "-c", str(constraints)]
    return run(install, out, PYTHONPATH=None)


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    [path] = dist.glob("mscexo-*.whl")
    print(f"\nwheel {path.name}: {path.stat().st_size / 1e6:.2f} MB")
    return path


def test_sdist_holds_the_sources_of_the_package(dist: Path):
    [sdist] = dist.glob("mscexo-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in (
        "pyproject.toml",
        "schema/mscexo.yaml",
        "curation/release.yaml",
        "datapackage/datapackage.json",
        "CITATION.cff",
        "src/mscexo/cli.py",
    ):
        assert required in names


@pytest.mark.skipif(
    not os.environ.get("CI") and not os.environ.get("MSCEXO_TEST_INSTALL"),
    reason="installs from the package index: runs in CI (or with MSCEXO_TEST_INSTALL=1)",
)
def test_wheel_installs_and_works_anywhere(installed_wheel: Ran, root: Path, tmp_path: Path):
    """A fresh virtual environment, the wheel and its dependencies only (installed beside the
    tests), run from another directory: every table loads, and info, validate and
    cite work."""
    install = installed_wheel.result
    assert install.returncode == 0, install.stdout[-800:] + install.stderr[-2000:]
    venv = installed_wheel.out
    python = venv / "bin" / "python"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    example = root / "tests" / "data" / "contributions" / "valid" / "clinical_trials.csv"
    shutil.copy(example, elsewhere / "clinical_trials.csv")

    # the wheel's code, not the checkout's that a PYTHONPATH of the test run may point to
    without_path = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    def in_venv(*args: str) -> str:
        result = subprocess.run(
            args, capture_output=True, text=True, cwd=elsewhere, env=without_path
        )
        assert result.returncode == 0, f"{args}: {result.stdout[-800:]}{result.stderr[-2000:]}"
        return result.stdout

    loaded = in_venv(
        str(python),
        "-c",
        "import mscexo; print(sum(mscexo.load(t).num_rows for t in mscexo.tables()), "
        "len(mscexo.tables()), mscexo.__file__)",
    )
    rows, tables, location = loaded.split()
    shipped = json.loads((root / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    tabular = [r for r in shipped["resources"] if r.get("type") == "table"]
    assert int(rows) > 700 and int(tables) == len(tabular)
    assert str(venv) in location
    mscexo = str(venv / "bin" / "mscexo")
    assert "clinical_trials" in in_venv(mscexo, "info")
    assert "VALID" in in_venv(mscexo, "validate", "clinical_trials.csv")
    assert "@misc{mscexo_" in in_venv(mscexo, "cite", "--format", "bibtex")


def test_wheel_contains_data_schema_and_models(wheel: Path, root: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in (root / "datapackage").rglob("*"):
        if resource.is_file():
            relative = resource.relative_to(root).as_posix()
            assert f"mscexo/_data/{relative}" in names
    assert "mscexo/_data/schema/mscexo.yaml" in names
    # and every artefact generated from it (OWL, SHACL, ShEx, SQL DDL, JSON-LD context ...)
    for artefact in generate.ARTEFACTS:
        assert f"mscexo/_data/{artefact.as_posix()}" in names
    assert "mscexo/datamodel/models.py" in names and "mscexo/cli.py" in names


def test_unpacked_wheel_loads_its_own_data(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import mscexo, pathlib; t = mscexo.load('clinical_trials'); "
        "print(pathlib.Path(mscexo.__file__).parent.parent, t.num_rows, mscexo.__version__)"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
    )
    assert result.returncode == 0, result.stderr
    location, rows, version = result.stdout.split()
    assert location == str(site) and int(rows) > 0 and version
