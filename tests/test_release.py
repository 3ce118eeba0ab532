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


# ----- cutting a release (mscexo release) -----------------------------------------------------

#: What a cut reads and writes: the checkout without code, plus the generated model it rewrites.
_COPIED = [
    "schema",
    "curation",
    "datapackage",
    "src/mscexo/datamodel",
    "docs/validate.md",
    "CHANGELOG.md",
    "CITATION.cff",
    ".zenodo.json",
]


def _checkout(root: Path, tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "checkout"
    for name in _COPIED:
        source, target = root / name, copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    return copy


def _digests(directory: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_bumped_versions():
    from mscexo.curation.release import bumped

    assert bumped("1.0.0", "minor") == "1.1.0"
    assert bumped("1.4.2", "major") == "2.0.0"
    assert bumped("1.4.2", "patch") == "1.4.3"
    assert bumped("0.9.9", "minor") == "0.10.0"


def test_a_release_is_cut_and_checked(root: Path, tmp_path: Path, capsys):
    """`release --bump minor` sets the version everywhere, rebuilds against the previous
    release and writes the changelog summary; `--check` then passes, and fails on any stale
    file."""
    from mscexo.cli import main
    from mscexo.curation.release import bumped

    checkout = _checkout(root, tmp_path)
    previous = _yaml(root / "curation" / "release.yaml")["version"]
    version = bumped(previous, "minor")
    argv = ["release", "--bump", "minor", "--date", "2027-01-15", "--root", str(checkout)]
    assert main(argv) == 0, capsys.readouterr().err
    assert f"released MSC-Exo {version} (2027-01-15), after {previous}" in capsys.readouterr().out
    release = yaml.safe_load((checkout / "curation" / "release.yaml").read_text("utf-8"))
    assert (release["version"], str(release["release_date"])) == (version, "2027-01-15")
    schema = yaml.safe_load((checkout / "schema" / "mscexo.yaml").read_text("utf-8"))
    assert schema["version"] == version
    generated = (checkout / "src/mscexo/datamodel/models.py").read_text("utf-8")
    assert f'version = "{version}"' in generated
    descriptor = json.loads((checkout / "datapackage" / "datapackage.json").read_text("utf-8"))
    assert (descriptor["version"], descriptor["created"]) == (version, "2027-01-15T00:00:00Z")
    citation = yaml.safe_load((checkout / "CITATION.cff").read_text("utf-8"))
    assert (citation["version"], str(citation["date-released"])) == (version, "2027-01-15")
    assert json.loads((checkout / ".zenodo.json").read_text("utf-8"))["version"] == version
    changelog = (checkout / "CHANGELOG.md").read_text("utf-8")
    assert f"\n## {version} — 2027-01-15\n" in changelog
    assert f"({previous} -> {version}); do not edit -->" in changelog
    assert "## Unreleased" not in changelog  # its notes are the release's now
    assert main(["release", "--check", "--root", str(checkout)]) == 0
    (checkout / "CITATION.cff").write_text(
        (checkout / "CITATION.cff").read_text("utf-8").replace(version, previous), "utf-8"
    )
    assert main(["release", "--check", "--root", str(checkout)]) == 1
    assert "stale: CITATION.cff is not `mscexo cite` of the package" in capsys.readouterr().err


def test_a_refused_build_leaves_everything_as_it_was(root: Path, tmp_path: Path, capsys):
    """A cut whose build fails (here a released identifier removed without retiring it)
    writes nothing: every file of the checkout keeps its checksum."""
    from mscexo.cli import main

    checkout = _checkout(root, tmp_path)
    cargo = checkout / "curation" / "cargo.yaml"
    records = yaml.safe_load(cargo.read_text("utf-8"))
    table = next(iter(records))
    records[table] = records[table][1:]
    cargo.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True), "utf-8")
    before = _digests(checkout)
    argv = ["release", "--bump", "patch", "--date", "2027-01-15", "--root", str(checkout)]
    assert main(argv) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert _digests(checkout) == before


def test_a_recorded_doi_reaches_the_package_and_every_citation(root: Path, tmp_path: Path, capsys):
    """Once an archive mints a DOI, it is recorded in release.yaml (a made-up one here): the
    build writes it into datapackage.json, and every citation format gives it."""
    from mscexo.cli import main

    checkout = _checkout(root, tmp_path)
    path = checkout / "curation" / "release.yaml"
    path.write_text(path.read_text("utf-8") + "doi: 10.5281/zenodo.9999999\n", "utf-8")
    assert main(["build", "--root", str(checkout)]) == 0
    descriptor = json.loads((checkout / "datapackage" / "datapackage.json").read_text("utf-8"))
    assert descriptor["id"] == "https://doi.org/10.5281/zenodo.9999999"
    package = str(checkout / "datapackage")
    capsys.readouterr()
    expected = {
        "text": "https://doi.org/10.5281/zenodo.9999999",
        "bibtex": "doi = {10.5281/zenodo.9999999}",
        "ris": "DO  - 10.5281/zenodo.9999999",
        "cff": "doi: 10.5281/zenodo.9999999",
    }
    for fmt, line in expected.items():
        assert main(["cite", "--package", package, "--format", fmt]) == 0
        assert line in capsys.readouterr().out, fmt


def test_the_committed_release_is_consistent(root: Path):
    """`mscexo release --check` on this checkout: what CI must find in order."""
    from mscexo.curation.release import check

    assert check(root) == [], "cut releases with `mscexo release --bump PART`"
