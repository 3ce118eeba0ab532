"""One version everywhere: the version record, schema, package metadata, data package, CFF."""

from __future__ import annotations

import functools
import json
from importlib.metadata import version as installed_version
from pathlib import Path

import yaml

import mscexo
from mscexo.datamodel import models


@functools.cache
def _yaml(path: Path) -> dict:
    """A YAML file, parsed once (the schema is read by several tests): do not change it."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_versions_agree(root: Path):
    release = _yaml(root / "curation" / "release.yaml")
    expected = release["version"]
    citation = _yaml(root / "CITATION.cff")
    package = json.loads((root / "datapackage" / "datapackage.json").read_text())
    found = {
        "schema/mscexo.yaml": _yaml(root / "schema" / "mscexo.yaml")["version"],
        "src/mscexo/datamodel/models.py": models.version,
        "datapackage.json": package["version"],
        "CITATION.cff": citation["version"],
        ".zenodo.json": json.loads((root / ".zenodo.json").read_text())["version"],
        "installed distribution": installed_version("mscexo"),
        "mscexo.__version__": mscexo.__version__,
    }
    assert {k: v for k, v in found.items() if v != expected} == {}, f"expected {expected}"


def test_release_dates_agree(root: Path):
    release = _yaml(root / "curation" / "release.yaml")
    citation = _yaml(root / "CITATION.cff")
    package = json.loads((root / "datapackage" / "datapackage.json").read_text())
    assert str(citation["date-released"]) == str(release["release_date"])
    assert package["created"] == f"{release['release_date'].isoformat()}T00:00:00Z"


def test_data_licence_is_stated_everywhere(root: Path):
    release = _yaml(root / "curation" / "release.yaml")
    package = json.loads((root / "datapackage" / "datapackage.json").read_text())
    assert [lic["name"] for lic in package["licenses"]] == [release["data_licence"]]
    assert _yaml(root / "CITATION.cff")["license"] == release["data_licence"]
    assert _yaml(root / "schema" / "mscexo.yaml")["license"] == release["data_licence"]


def test_the_distribution_names_its_project_urls():
    from importlib.metadata import metadata

    urls = dict(u.split(", ", 1) for u in metadata("mscexo").get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Source", "Changelog"} <= set(urls)
