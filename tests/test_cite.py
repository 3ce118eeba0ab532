"""`mscexo cite`: the release and its sources, in every format; CITATION.cff and .zenodo.json."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from mscexo import cite
from mscexo.cli import main
from mscexo.load import package_dir


@pytest.fixture(scope="module")
def release() -> cite.Release:
    return cite.Release.of(package_dir())


def test_text_names_title_version_and_licence(release: cite.Release, capsys):
    assert main(["cite"]) == 0
    out = capsys.readouterr().out
    assert release.title in out and f"version {release.version}" in out and "CC-BY-4.0" in out


def test_bibtex_has_a_key_and_the_version(release: cite.Release, capsys):
    assert main(["cite", "--format", "bibtex"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"@misc{{mscexo_{release.version.replace('.', '_')},")
    assert f"version = {{{release.version}}}" in out and out.rstrip().endswith("}")


def test_ris_is_a_data_record(capsys):
    assert main(["cite", "--format", "ris"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "TY  - DATA" and lines[-1] == "ER  - "


def test_sources_cite_every_document_with_its_doi(release: cite.Release, capsys):
    assert main(["cite", "--sources", "--format", "bibtex"]) == 0
    out = capsys.readouterr().out
    assert out.count("@article{") == len(release.documents) == 5
    assert "doi = {10.1155/2021/2616807}" in out
    assert main(["cite", "--sources"]) == 0
    assert "https://doi.org/10.4252/wjsc.v12.i2.100" in capsys.readouterr().out


def test_zenodo_has_no_sources_format(capsys):
    assert main(["cite", "--sources", "--format", "zenodo"]) == 2


def test_committed_citation_files_are_generated(root: Path, release: cite.Release):
    """CITATION.cff and .zenodo.json are `mscexo cite` output, never edited by hand."""
    fix = (
        "run `mscexo cite --format cff > CITATION.cff; mscexo cite --format zenodo > .zenodo.json`"
    )
    assert (root / "CITATION.cff").read_text(encoding="utf-8") == cite.cff(release) + "\n", fix
    assert (root / ".zenodo.json").read_text(encoding="utf-8") == cite.zenodo(release) + "\n", fix


def test_cff_references_the_five_documents(root: Path):
    content = yaml.safe_load((root / "CITATION.cff").read_text(encoding="utf-8"))
    assert content["type"] == "dataset" and content["license"] == "CC-BY-4.0"
    assert len(content["references"]) == 5
    assert {r.get("doi") for r in content["references"]} >= {"10.1155/2021/2616807"}


def _cffconvert(root: Path) -> str | None:
    local = root / ".venv-tools" / "bin" / "cffconvert"
    return str(local) if local.exists() else shutil.which("cffconvert")


def test_cffconvert_validates_the_citation(root: Path):
    tool = _cffconvert(root)
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("cffconvert is missing: .ci/run installs it into .venv-tools")
        pytest.skip("cffconvert is not installed (.ci/run installs it into .venv-tools)")
    result = subprocess.run(
        [tool, "--validate", "-i", str(root / "CITATION.cff")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_zenodo_metadata_links_the_sources(root: Path):
    content = json.loads((root / ".zenodo.json").read_text(encoding="utf-8"))
    assert content["upload_type"] == "dataset" and content["license"] == "cc-by-4.0"
    dois = {r["identifier"] for r in content["related_identifiers"]}
    assert "10.4252/wjsc.v12.i2.100" in dois
