"""`mscexo validate --documents DIR`: a contribution's evidence snippets looked for in the
texts of their documents, with the comparison the build uses (`curation.evidence`).

A record names its document (`document_id`); the document's `text_file` and `text_sha256`
come from the contribution's own `documents` records, else from the release. A text that is
in DIR and matches its checksum is searched; a snippet of a document whose text is not given
is counted as not checked, and the report says so, as it says when no texts were given at
all: a made-up snippet must never pass unremarked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from mscexo.curation import evidence
from mscexo.errors import Problem, shorten

if TYPE_CHECKING:
    from mscexo.contract.keys import KeyIndex
    from mscexo.contribution.report import Report

#: The columns of a snippet and of the document it quotes.
EVIDENCE, DOCUMENT = "evidence", "document_id"
#: The fields of a document that name its text.
TEXT_FIELDS = ("id", "text_file", "text_sha256")


@dataclass
class Snippet:
    table: str
    position: int  # in the key index of its table
    record_id: str | None
    document: str | None
    text: str


@dataclass
class Snippets:
    """The evidence of the records read (kept only when texts are given), and the documents
    the contribution describes."""

    directory: Path | None
    kept: list[Snippet] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Snippets read while no texts were given (counted, not kept).
    unkept: int = 0

    def collect(self, table: str, batch: pa.RecordBatch, offset: int, ids: pa.Array) -> None:
        """The snippets of a batch of text cells (`offset`: its first record's position in
        the key index), and its documents' text files."""
        names = batch.schema.names
        if table == "documents" and "id" in names:
            for row in batch.select([n for n in TEXT_FIELDS if n in names]).to_pylist():
                if row.get("id"):
                    self.documents[str(row["id"])] = row
        if EVIDENCE not in names:
            return
        snippets = batch.column(EVIDENCE)
        if self.directory is None:
            self.unkept += int(
                pc.sum(pc.and_(pc.is_valid(snippets), _filled(snippets))).as_py() or 0
            )
            return
        documents = batch.column(DOCUMENT).to_pylist() if DOCUMENT in names else None
        keys = ids.to_pylist() if len(ids) == batch.num_rows else [None] * batch.num_rows
        for i, text in enumerate(snippets.to_pylist()):
            if text:
                document = documents[i] if documents is not None else None
                self.kept.append(Snippet(table, offset + i, keys[i], document, text))

    def problems(self, index: KeyIndex, released: pa.Table | None, report: Report) -> list[Problem]:
        """Each snippet not found in its document's text (and each text whose checksum is not
        the one recorded); the counts of snippets checked and not checked go on the report."""
        report.documents_given = self.directory is not None
        if self.directory is None:
            report.evidence["not_checked"] += self.unkept
            return []
        known = _released_documents(released) | self.documents
        texts: dict[str, str | None] = {}
        found: list[Problem] = []
        for document in sorted({s.document for s in self.kept if s.document}):
            texts[document], problem = _text(self.directory, known.get(document))
            if problem is not None:
                found.append(problem)
        unfound = [s for s in self.kept if texts.get(s.document or "") is not None]
        report.evidence["checked"] += len(unfound)
        report.evidence["not_checked"] += len(self.kept) - len(unfound)
        missing = [
            s for s in unfound if not evidence.contains(texts[s.document or ""] or "", s.text)
        ]
        for table in sorted({s.table for s in missing}):
            picked = [s for s in missing if s.table == table]
            where = index.where(table, np.array([s.position for s in picked], dtype=np.int64))
            for snippet, place in zip(picked, where, strict=True):
                found.append(
                    Problem(
                        code="evidence-not-found",
                        message=f"the evidence snippet is not in the text of {snippet.document}",
                        table=table,
                        record_id=snippet.record_id,
                        field=EVIDENCE,
                        value=shorten(snippet.text),
                        hint="copy the snippet verbatim from the document (one line)",
                        **place,
                    )
                )
        return found


def _filled(values: pa.Array) -> pa.Array:
    return pc.not_equal(pc.utf8_length(values.cast(pa.string())), 0)


def _released_documents(released: pa.Table | None) -> dict[str, dict[str, Any]]:
    if released is None or "id" not in released.column_names:
        return {}
    columns = [n for n in TEXT_FIELDS if n in released.column_names]
    return {str(row["id"]): row for row in released.select(columns).to_pylist()}


def _text(directory: Path, document: dict[str, Any] | None) -> tuple[str | None, Problem | None]:
    """A document's searchable text, if it is in `directory` and matches its checksum."""
    name = (document or {}).get("text_file")
    path = directory / str(name) if name else None
    if path is None or not path.is_file():
        return None, None
    content = path.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    recorded = (document or {}).get("text_sha256")
    if recorded and digest != recorded:
        return None, Problem(
            code="checksum",
            message=f"{path} differs from the text that was curated",
            file=str(path),
            table="documents",
            record_id=str((document or {}).get("id")),
            field="text_sha256",
            value=digest,
            hint="give the exact text whose checksum is recorded",
        )
    try:
        return evidence.searchable(content.decode("utf-8")), None
    except UnicodeDecodeError:
        return None, None
