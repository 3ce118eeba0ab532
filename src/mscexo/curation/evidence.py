"""Check evidence snippets against the text of the source documents.

The documents themselves stay outside the repository; when a directory holding them is
given (`--documents DIR` or the environment variable `MSCEXO_DOCUMENTS`), every document's
SHA-256 must match the checksum curated in the `documents` table, and every evidence snippet
must occur in its document. Comparison forgives what PDF extraction does to text: ligatures
("ﬁ"), runs of white space and line breaks, and words hyphenated across a line break.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from mscexo.errors import Problem, shorten

if TYPE_CHECKING:
    from mscexo.contract.record import Record

ENVIRONMENT_VARIABLE = "MSCEXO_DOCUMENTS"


def documents_dir(option: Path | None = None) -> Path | None:
    """The documents directory: the option if given, else the environment variable."""
    if option is not None:
        return option
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(value) if value else None


def canonical(text: str) -> str:
    """NFKC (splits ligatures such as "ﬁ"), one space for every run of white space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


#: Marks a hyphen at a line break, which PDF extraction leaves whether it belongs to the word
#: ("graft-versus") or only splits it ("treat-ment").
_BREAK = "\u00ad"


def searchable(document: str) -> str:
    """A document's text with line-break hyphens marked and white space collapsed."""
    return canonical(re.sub(r"-[ \t]*\n\s*", _BREAK, unicodedata.normalize("NFKC", document)))


def contains(text: str, snippet: str) -> bool:
    """Whether a snippet occurs in a searchable text, each line-break hyphen read either as
    a hyphen or as nothing."""
    parts = [f"[-{_BREAK}]" if char == "-" else re.escape(char) for char in canonical(snippet)]
    return re.search(f"{_BREAK}?".join(parts), text) is not None


def _document_texts(
    documents: list[Record], directory: Path
) -> tuple[dict[str, str], list[Problem]]:
    """Readings of each document whose text file is present and matches its checksum."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for record in documents:
        name = record.data.get("text_file")
        if not name:
            continue
        path = directory / name
        if not path.is_file():
            problems.append(
                record.problem(
                    "document-missing",
                    f"document text not found: {path}",
                    field="text_file",
                    value=name,
                    hint=f"put the file in {directory} or correct text_file",
                )
            )
            continue
        content = path.read_bytes()
        digest = hashlib.sha256(content).hexdigest()
        if digest != record.data.get("text_sha256", digest):
            problems.append(
                record.problem(
                    "checksum",
                    f"{path} differs from the text that was curated",
                    field="text_sha256",
                    value=digest,
                    hint="curate against the exact text whose checksum is recorded",
                )
            )
            continue
        texts[record.data["id"]] = searchable(content.decode("utf-8"))
    return texts, problems


def check(records: dict[str, list[Record]], directory: Path) -> list[Problem]:
    """Problems with document checksums and evidence snippets; empty when all verify."""
    texts, problems = _document_texts(records["documents"], directory)
    for table_records in records.values():
        for record in table_records:
            snippet = record.data.get("evidence")
            document = texts.get(str(record.data.get("document_id")))
            if snippet is None or document is None:
                continue
            if not contains(document, snippet):
                problems.append(
                    record.problem(
                        "evidence-not-found",
                        "the evidence snippet is not in the document text",
                        field="evidence",
                        value=shorten(snippet),
                        hint="copy the snippet verbatim from the document (one line)",
                    )
                )
    return problems
