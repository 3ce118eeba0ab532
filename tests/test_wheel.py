"""The wheel ships the data package and the schema, and loads them without the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def wheel(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(out), str(root)],
        check=True,
        capture_output=True,
    )
    [path] = out.glob("mscexo-*.whl")
    return path


def test_wheel_contains_data_schema_and_models(wheel: Path, root: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in (root / "datapackage").rglob("*"):
        if resource.is_file():
            relative = resource.relative_to(root).as_posix()
            assert f"mscexo/_data/{relative}" in names
    assert "mscexo/_data/schema/mscexo.yaml" in names
    assert "mscexo/models.py" in names and "mscexo/cli.py" in names


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
