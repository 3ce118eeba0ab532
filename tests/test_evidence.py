"""Evidence snippets verify against the source documents; checksums pin the curated text."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from mscexo.curation.build import build
from mscexo.curation.evidence import contains, documents_dir, searchable
from mscexo.errors import DataError

DOCUMENTS = documents_dir()

TEXT = (
    "Prochymal, approved in Canada for the treat-\nment of acute graft-\nversus-host disease.\n"
    "The ﬁrst stem cell therapy,   with  odd\n spacing, and densities of 1.13-\n1.19 g/mL."
)


@pytest.mark.parametrize(
    "snippet",
    [
        "for the treatment of acute graft-versus-host disease",
        "The first stem cell therapy, with odd spacing",
        "The ﬁrst stem cell therapy",
        "densities of 1.13-1.19 g/mL",
    ],
)
def test_snippets_survive_pdf_extraction_artefacts(snippet: str):
    assert contains(searchable(TEXT), snippet)


@pytest.mark.parametrize("snippet", ["for the treat- ment of", "approved in Canada for GvHD"])
def test_altered_snippets_do_not_match(snippet: str):
    assert not contains(searchable(TEXT), snippet)


@given(st.lists(st.text("abcdefghij", min_size=1, max_size=8), min_size=1, max_size=12), st.data())
def test_line_breaks_between_words_never_hide_a_snippet(words: list[str], data: st.DataObject):
    separators = [data.draw(st.sampled_from([" ", "\n", "  ", " \n "])) for _ in words]
    document = "".join(w + s for w, s in zip(words, separators, strict=True))
    assert contains(searchable(document), " ".join(words))


def _with_document(curation: Path, tmp_path: Path, text: str, evidence: str) -> Path:
    """Point the example curation's statistics at a small document with the given text."""
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "doc.txt").write_text(text, encoding="utf-8")
    path = curation / "examples.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for document in data["documents"]:
        document.pop("text_file", None)
        document.pop("text_sha256", None)
        if document["id"] == "mscexo:doc-biocell-2022":
            document["text_file"] = "doc.txt"
            document["text_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    for statistic in data["statistics"]:
        if statistic["document_id"] == "mscexo:doc-biocell-2022":
            statistic["evidence"] = evidence
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return documents


def test_build_verifies_evidence(root: Path, example_curation: Path, tmp_path: Path):
    """A snippet found in its document (across a hyphenated line break) passes, and the
    package keeps it and the document's checksum."""
    documents = _with_document(example_curation, tmp_path, TEXT, "graft-versus-host disease")
    result = build(root, curation=example_curation, output=tmp_path / "out", documents=documents)
    assert result.output == tmp_path / "out" and result.row_counts["statistics"] > 0
    with (result.output / "data" / "statistics.csv").open(encoding="utf-8") as handle:
        statistics = {row["id"]: row for row in csv.DictReader(handle)}
    assert statistics["ST-BIOCELL22-001"]["evidence"] == "graft-versus-host disease"
    with (result.output / "data" / "documents.csv").open(encoding="utf-8") as handle:
        documents_table = {row["id"]: row for row in csv.DictReader(handle)}
    assert documents_table["mscexo:doc-biocell-2022"]["text_sha256"] == (
        hashlib.sha256(TEXT.encode()).hexdigest()
    )


def test_build_rejects_evidence_missing_from_the_document(
    root: Path, example_curation: Path, tmp_path: Path
):
    documents = _with_document(example_curation, tmp_path, TEXT, "graft versus host disease")
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out", documents=documents)
    [problem] = caught.value.problems
    assert (problem.code, problem.field, problem.record_id) == (
        "evidence-not-found",
        "evidence",
        "ST-BIOCELL22-001",
    )
    assert problem.file.endswith("examples.yaml") and problem.line


def test_build_reports_a_missing_document(root: Path, example_curation: Path, tmp_path: Path):
    documents = _with_document(example_curation, tmp_path, TEXT, "graft-versus-host disease")
    (documents / "doc.txt").unlink()
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out", documents=documents)
    assert [(p.code, p.value) for p in caught.value.problems] == [("document-missing", "doc.txt")]


def test_build_rejects_a_document_that_changed(root: Path, example_curation: Path, tmp_path: Path):
    documents = _with_document(example_curation, tmp_path, TEXT, "graft-versus-host disease")
    (documents / "doc.txt").write_text(TEXT + " An added sentence.", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        build(root, curation=example_curation, output=tmp_path / "out", documents=documents)
    assert [p.code for p in caught.value.problems] == ["checksum"]


@pytest.mark.skipif(
    DOCUMENTS is None or not DOCUMENTS.is_dir(),
    reason="source documents not available: set MSCEXO_DOCUMENTS to the seeds directory "
    "(CI uses ../shared/seeds) to check every evidence snippet against the documents",
)
def test_every_curated_snippet_and_checksum_verifies(root: Path, release_build):
    """`mscexo build` of the checkout with the documents (shared: conftest.py)."""
    assert release_build.documents == DOCUMENTS.resolve()
    assert release_build.result.returncode == 0, release_build.result.stderr[-3000:]
    assert "evidence snippets and document checksums verified" in release_build.result.stdout
    with (release_build.out / "data" / "documents.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == 5
    assert sorted(p.name for p in DOCUMENTS.glob("*.txt")) == sorted(
        yaml.safe_load(p.read_text())["documents"][0]["text_file"]
        for p in (root / "curation").glob("0*.yaml")
    )
