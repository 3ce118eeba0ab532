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


@pytest.fixture(scope="module")
def dist(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and the sdist, as `python -m build` makes them."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "-o", str(out), str(root)],
        check=True,
        capture_output=True,
    )
    return out


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
def test_wheel_installs_and_works_anywhere(wheel: Path, root: Path, tmp_path: Path):
    """A fresh virtual environment, the wheel and its dependencies only, run from another
    directory: every table loads, and info, validate and cite work."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", str(wheel)]
    constraints = root / ".ci" / "constraints.txt"
    subprocess.run([*install, "-c", str(constraints)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    example = root / "tests" / "data" / "contributions" / "valid" / "clinical_trials.csv"
    shutil.copy(example, elsewhere / "clinical_trials.csv")

    def run(*args: str) -> str:
        result = subprocess.run(args, capture_output=True, text=True, cwd=elsewhere)
        assert result.returncode == 0, f"{args}: {result.stdout[-800:]}{result.stderr[-2000:]}"
        return result.stdout

    loaded = run(
        str(python),
        "-c",
        "import mscexo; print(sum(mscexo.load(t).num_rows for t in mscexo.tables()), "
        "len(mscexo.tables()), mscexo.__file__)",
    )
    rows, tables, location = loaded.split()
    shipped = json.loads((root / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    assert int(rows) > 700 and int(tables) == len(shipped["resources"])
    assert str(venv) in location
    mscexo = str(venv / "bin" / "mscexo")
    assert "clinical_trials" in run(mscexo, "info")
    assert "VALID" in run(mscexo, "validate", "clinical_trials.csv")
    assert "@misc{mscexo_" in run(mscexo, "cite", "--format", "bibtex")


def test_wheel_contains_data_schema_and_models(wheel: Path, root: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in (root / "datapackage").rglob("*"):
        if resource.is_file():
            relative = resource.relative_to(root).as_posix()
            assert f"mscexo/_data/{relative}" in names
    assert "mscexo/_data/schema/mscexo.yaml" in names
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
