"""`mscexo cite`: the release and its sources, in every format; CITATION.cff and .zenodo.json."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from mscexo.cli import main
from mscexo.files.package import Package
from mscexo.load import package_dir
from mscexo.publish import cite


@pytest.fixture(scope="module")
def release() -> cite.Citation:
    return cite.Citation.of(Package.open(package_dir()))


def test_text_names_title_version_and_licence(release: cite.Citation, capsys):
    assert main(["cite"]) == 0
    out = capsys.readouterr().out
    assert release.title in out and f"version {release.version}" in out and "CC-BY-4.0" in out


def test_bibtex_has_a_key_and_the_version(release: cite.Citation, capsys):
    assert main(["cite", "--format", "bibtex"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"@misc{{mscexo_{release.version.replace('.', '_')},")
    assert f"version = {{{release.version}}}" in out and out.rstrip().endswith("}")


def test_ris_is_a_data_record(capsys):
    assert main(["cite", "--format", "ris"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "TY  - DATA" and lines[-1] == "ER  - "


def test_sources_cite_every_document_with_its_doi(release: cite.Citation, capsys):
    assert main(["cite", "--sources", "--format", "bibtex"]) == 0
    out = capsys.readouterr().out
    assert out.count("@article{") == len(release.documents) == 5
    assert "doi = {10.1155/2021/2616807}" in out
    assert main(["cite", "--sources"]) == 0
    assert "https://doi.org/10.4252/wjsc.v12.i2.100" in capsys.readouterr().out


def test_zenodo_has_no_sources_format(capsys):
    assert main(["cite", "--sources", "--format", "zenodo"]) == 2


def test_committed_citation_files_are_generated(root: Path, release: cite.Citation):
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
        pytest.skip(
            "needs cffconvert 2.0.0 in an environment of its own (it pins an old jsonschema): "
            "python3 -m venv .venv-tools && .venv-tools/bin/pip install cffconvert==2.0.0"
        )
    result = subprocess.run(
        [tool, "--validate", "-i", str(root / "CITATION.cff")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_zenodo_metadata_links_the_sources(root: Path):
    content = json.loads((root / ".zenodo.json").read_text(encoding="utf-8"))
    assert content["upload_type"] == "dataset" and content["license"] == "cc-by-4.0"
    dois = {r["identifier"] for r in content["related_identifiers"]}
    assert "10.4252/wjsc.v12.i2.100" in dois


# ----- BibTeX and RIS, read back by real parsers ----------------------------------------------


def _dev_dependency(name: str):
    """A parser the tests read citations back with (a dev dependency): skipped locally if
    missing, a failure in CI."""
    try:
        return __import__(name)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: it is a dev dependency")
        pytest.skip(f"{name} is not installed (a dev dependency)")


def _surname_and_initials(author: str) -> tuple[str, list[str]]:
    """The documents table stores authors as "Surname Initials" ("Foo JB")."""
    surname, initials = author.rsplit(" ", 1)
    return surname, [f"{letter}." for letter in initials]


def _parse_bibtex(out: str):
    """The entries of BibTeX `out`, every block parsed, authors split into name parts."""
    bibtexparser = _dev_dependency("bibtexparser")
    from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts

    library = bibtexparser.parse_string(
        out, append_middleware=[SeparateCoAuthors(), SplitNameParts()]
    )
    assert not library.failed_blocks, [b.raw for b in library.failed_blocks]
    return library.entries


def _parse_ris(out: str) -> list[dict]:
    return _dev_dependency("rispy").loads(out)


def test_source_bibtex_splits_authors_into_surname_and_initials(release: cite.Citation, capsys):
    assert main(["cite", "--sources", "--format", "bibtex"]) == 0
    entries = _parse_bibtex(capsys.readouterr().out)
    assert len(entries) == len(release.documents) == 5
    for entry, document in zip(entries, release.documents, strict=True):
        expected = [_surname_and_initials(a) for a in document["authors"]]
        parsed = [(" ".join(name.last), name.first) for name in entry["author"]]
        assert parsed == expected, entry.key
    foo = next(e for e in entries if "doi" in e and e["doi"] == "10.1155/2021/2616807")
    assert [" ".join(n.last) for n in foo["author"]][:2] == ["Foo", "Looi"]
    assert foo["author"][4].first == ["G.", "E.", "C."]  # Yeo GEC
    alvarez = next(e for e in entries if "doi" in e and e["doi"] == "10.4252/wjsc.v12.i2.100")
    assert alvarez["author"][0].last == ["Álvarez-Viejo"] and alvarez["pages"] == "100--109"


def test_source_bibtex_keys_are_ascii(release: cite.Citation, capsys):
    assert main(["cite", "--sources", "--format", "bibtex"]) == 0
    keys = [entry.key for entry in _parse_bibtex(capsys.readouterr().out)]
    assert all(key.isascii() for key in keys), keys
    assert len(set(keys)) == len(keys) == len(release.documents)
    assert "alvarez-viejo2020" in keys and "foo2021" in keys


def test_source_bibtex_keys_are_unique_and_deterministic(elsewhere):
    def document(id_: str, authors: str) -> dict[str, Any]:
        return {"id": id_, "title": id_, "authors": authors.split("|"), "year": "2020"}

    documents = [
        document("doc-1", "Álvarez-Viejo M"),
        document("doc-2", "Alvarez-Viejo M"),
        document("doc-3", "Øster K|Foo JB"),
        document("doc-4", "张 W"),
        document("doc-5", "MSC-Exo contributors"),
    ]
    descriptor = {
        "name": "x",
        "title": "X",
        "version": "1.0.0",
        "created": "2020-01-01",
        "licenses": [{"name": "CC0-1.0"}],
    }
    release = cite.Citation.from_descriptor(descriptor, documents)
    out = cite.render(release, "bibtex", sources=True)
    # the same when asked again, and in another process with other string hashes
    assert out == cite.render(release, "bibtex", sources=True)
    code = (
        "import json, sys; from mscexo.publish import cite; "
        "release = cite.Citation.from_descriptor(*json.loads(sys.argv[1])); "
        "sys.stdout.write(cite.render(release, 'bibtex', sources=True))"
    )
    assert elsewhere(code, json.dumps([descriptor, documents])) == out
    keys = [entry.key for entry in _parse_bibtex(out)]
    assert keys == [
        "alvarez-viejo2020",
        "alvarez-viejo2020b",
        "ster2020",
        "anon2020",
        "msc-exo2020",
    ]
    organisation = _parse_bibtex(out)[-1]["author"]
    assert len(organisation) == 1 and organisation[0].first == []


def test_source_ris_parses_with_pages(release: cite.Citation, capsys):
    assert main(["cite", "--sources", "--format", "ris"]) == 0
    records = _parse_ris(capsys.readouterr().out)
    assert len(records) == len(release.documents) == 5
    for record, document in zip(records, release.documents, strict=True):
        assert record["type_of_reference"] == "JOUR" and record["title"] == document["title"]
        authors = [_surname_and_initials(a) for a in document["authors"]]
        assert record["authors"] == [f"{s}, {' '.join(i)}" for s, i in authors]
        if document.get("pages"):
            start, end = document["pages"].split("-")
            assert (record.get("start_page"), record.get("end_page")) == (start, end)
        elif document.get("article_number"):
            assert record.get("start_page") == document["article_number"]
            assert "end_page" not in record
        if document.get("doi"):
            assert record["urls"] == [f"https://doi.org/{document['doi']}"]
    assert {r.get("start_page") for r in records} >= {"100", "2616807"}


# ----- the project's URL ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def homepage(root: Path) -> str:
    """The project's URL, as the schema declares it (never one invented by `cite`)."""
    schema = yaml.safe_load((root / "schema" / "mscexo.yaml").read_text(encoding="utf-8"))
    (url,) = schema["see_also"]
    return url


def test_release_citation_has_the_homepage_in_every_format(homepage: str, capsys):
    assert main(["cite"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(f" {homepage}")
    assert main(["cite", "--format", "bibtex"]) == 0
    (entry,) = _parse_bibtex(capsys.readouterr().out)
    assert entry["url"] == homepage and entry.entry_type == "misc"
    assert main(["cite", "--format", "ris"]) == 0
    (record,) = _parse_ris(capsys.readouterr().out)
    assert record["urls"] == [homepage] and record["type_of_reference"] == "DATA"
    assert main(["cite", "--format", "cff"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["url"] == homepage


def test_sources_link_their_doi_in_every_format(release: cite.Citation, capsys):
    with_doi = {d["title"]: f"https://doi.org/{d['doi']}" for d in release.documents if "doi" in d}
    assert len(with_doi) == 3
    assert main(["cite", "--sources", "--format", "bibtex"]) == 0
    entries = _parse_bibtex(capsys.readouterr().out)
    assert {e["title"].strip("{}"): e["url"] for e in entries if "url" in e} == with_doi
    assert main(["cite", "--sources", "--format", "cff"]) == 0
    references = yaml.safe_load(capsys.readouterr().out)["references"]
    assert {r["title"]: r["url"] for r in references if "url" in r} == with_doi
