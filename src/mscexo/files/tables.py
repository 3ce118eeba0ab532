"""Read table files (CSV, TSV, and Excel through `excel.py`) as Arrow batches of text cells.

Everything a contributor can get wrong about a table file itself (encoding, delimiter, header,
ragged rows, size) becomes a `Problem` here, never an exception: the caller reports them with
the row problems. Tables are streamed in blocks, so a file larger than memory can be checked.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from mscexo.contract.fastpath import with_sentinel
from mscexo.errors import Problem, closest, shorten
from mscexo.files.checks import (
    MAX_FILE_BYTES,
    OTHER_BOMS,
    encoding_problem,
    file_problem,
    size_problem,
)

#: Bytes per block when streaming a CSV file. Arrow reads ahead many blocks, so the block
#: size sets the memory used; small blocks are then joined into batches of CHECK_BYTES, so
#: the vectorised checks run on fewer, larger batches.
BLOCK_SIZE = 2**20
CHECK_BYTES = 16 * 2**20
#: Rows per Arrow batch when converting spreadsheet or record input.
BATCH_ROWS = 50_000
#: Longest header row read, in bytes (no longer row can be read: see BLOCK_SIZE).
MAX_HEADER_BYTES = BLOCK_SIZE
#: Cells that are not UTF-8 listed one by one; the others are counted (`TableReader.unlisted`).
MAX_ENCODING_PROBLEMS = 1_000

_DELIMITER_NAMES = {",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe"}


# ----- header --------------------------------------------------------------------------------


def _listed(problem: Problem | None) -> list[Problem]:
    return [problem] if problem is not None else []


def read_header(path: Path, delimiter: str) -> tuple[list[str] | None, list[Problem]]:
    """The column names of a delimited file, or the problems that stop reading it. The
    header is the first record as the CSV reader sees it: a quoted name may hold a line
    break, and only CR and LF end a row (not U+2028 or other Unicode line separators)."""
    problem = size_problem(path, MAX_FILE_BYTES)
    if problem:
        return None, [problem]
    with path.open("rb") as handle:
        head = handle.read(MAX_HEADER_BYTES + 1)
    if any(head.startswith(bom) for bom in OTHER_BOMS):
        return None, _listed(encoding_problem(path))
    # bytes that are not UTF-8 are kept (as surrogates) to be reported where they are: in
    # the header here, in a row by `TableReader`
    text = head.decode("utf-8-sig", errors="surrogateescape")
    lines = io.StringIO(text, newline="")
    try:
        names = next(csv.reader(lines, delimiter=delimiter), [])
        if len(head) > MAX_HEADER_BYTES and lines.tell() >= len(text):
            raise csv.Error(f"it runs on over more than {MAX_HEADER_BYTES:,} bytes")
    except csv.Error as exc:  # including a name over the csv module's field limit
        return None, [
            file_problem(
                path,
                "unreadable",
                f"the header (row 1) cannot be read: {exc}",
                'check for an unterminated quote (") in the header; the header is one row of '
                "column names",
                row=1,
            )
        ]
    for number, name in enumerate(names, start=1):
        if any("\udc80" <= c <= "\udcff" for c in name):
            raw = name.encode("utf-8", errors="surrogateescape")
            where = {"row": 1, "field": f"column {number}"}
            return None, [not_utf8_problem(path, not_utf8(raw), **where)]
    if len(names) <= 1 and not "".join(names).strip():
        return None, [file_problem(path, "empty-file", "the first line (the header) is empty", "")]
    return [n.strip() if n.strip() != n else n for n in names], []


def not_utf8(raw: bytes) -> tuple[str, str]:
    """Why bytes are not UTF-8, naming the first bad byte, and the text around it with the
    bad bytes shown as escapes (the message and the value of an `encoding` problem)."""
    try:
        raw.decode("utf-8")
        start, reason = 0, "?"
    except UnicodeDecodeError as exc:
        start, reason = exc.start, exc.reason
    context = raw[max(0, start - 30) : start + 30].decode("utf-8", errors="backslashreplace")
    message = f"not UTF-8: byte {raw[start : start + 1].hex()} cannot be decoded ({reason})"
    return message, shorten(("…" if start > 30 else "") + context)


def not_utf8_problem(path: Path, why: tuple[str, str], **where: Any) -> Problem:
    message, value = why
    hint = (
        "save the file as UTF-8; a legacy encoding such as Windows-1252 or Latin-1 was "
        "probably used"
    )
    return file_problem(path, "encoding", message, hint, value=value, **where)


def header_problems(
    path: Path, names: list[str], known: list[str], required: list[str], delimiter: str | None
) -> list[Problem]:
    """Duplicate, unknown, empty and missing columns, and a delimiter that does not split
    (`delimiter` is None for a spreadsheet)."""
    problems: list[Problem] = []
    if delimiter and len(names) == 1 and names[0] not in known:
        for other, label in _DELIMITER_NAMES.items():
            parts = names[0].split(other)
            if other != delimiter and len(parts) > 1 and set(parts) & set(known):
                expected = _DELIMITER_NAMES[delimiter]
                return [
                    file_problem(
                        path,
                        "delimiter",
                        f"the header is not {expected}-separated; it looks {label}-separated",
                        f"save the file {expected}-separated (a .tsv file is read as "
                        "tab-separated, a .csv file as comma-separated)",
                        row=1,
                        value=shorten(names[0]),
                    )
                ]
    seen: set[str] = set()
    for number, name in enumerate(names, start=1):
        where = {"row": 1, "field": shorten(name) or f"column {number}"}
        if not name:
            problems.append(
                file_problem(
                    path,
                    "empty-column-name",
                    f"column {number} has no name",
                    "give the column a name from the template or delete it",
                    **where,
                )
            )
        elif name in seen:
            problems.append(
                file_problem(
                    path,
                    "duplicate-column",
                    f"column {shorten(name)!r} appears twice",
                    "delete one of the two columns",
                    **where,
                )
            )
        elif name not in known:
            suggestion = closest(name, known)
            problems.append(
                file_problem(
                    path,
                    "unknown-column",
                    f"the table has no column {shorten(name)!r}",
                    f"did you mean {suggestion!r}?"
                    if suggestion
                    else "remove the column; `mscexo template TABLE` lists the columns",
                    value=shorten(name),
                    **where,
                )
            )
        seen.add(name)
    for name in required:
        if name not in seen:
            problems.append(
                file_problem(
                    path,
                    "missing-column",
                    f"the required column {name!r} is missing",
                    f"add a column {name!r} with a value in every row",
                    row=1,
                    field=name,
                )
            )
    return problems


# ----- tables --------------------------------------------------------------------------------


def _joined_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Consecutive batches joined until they hold about CHECK_BYTES."""
    pending: list[pa.RecordBatch] = []
    size = 0
    for batch in batches:
        pending.append(batch)
        size += batch.nbytes
        if size >= CHECK_BYTES:
            yield from pa.Table.from_batches(pending).combine_chunks().to_batches()
            pending, size = [], 0
    if pending:
        yield from pa.Table.from_batches(pending).combine_chunks().to_batches()


def _decoded(values: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """A string array whose bytes are not all UTF-8, decoded with replacement characters, and
    the slots that were not UTF-8."""
    cells = values.view(pa.binary()).to_pylist()
    bad = []
    for i, cell in enumerate(cells):
        if cell is None:
            continue
        try:
            cells[i] = cell.decode("utf-8")
        except UnicodeDecodeError:
            cells[i] = cell.decode("utf-8", errors="replace")
            bad.append(i)
    return pa.array(cells, type=pa.string()), np.array(bad, dtype=np.int64)


@dataclass
class TableReader:
    """Batches of text cells from one table file, and the rows as the user numbers them."""

    path: Path
    names: list[str]
    delimiter: str = ","
    #: Columns read dictionary-encoded: repetitive ones (enums, references) are then
    #: checked once per distinct value.
    dictionary: frozenset[str] = frozenset()
    problems: list[Problem] = field(default_factory=list)
    #: Problems found beyond those listed in `problems`, by code.
    unlisted: Counter[str] = field(default_factory=Counter)
    _skipped: list[int] = field(default_factory=list)
    _rows: list[np.ndarray] = field(default_factory=list)
    #: Cells that are not UTF-8: (record ordinal, column, why), up to MAX_ENCODING_PROBLEMS.
    _not_utf8: list[tuple[int, str, tuple[str, str]]] = field(default_factory=list)

    def _options(self, threads: bool, on_invalid: Callable[[Any], str]) -> dict[str, Any]:
        return {
            # the header is skipped as a record, not as a line: a quoted name may span lines
            "read_options": pacsv.ReadOptions(
                use_threads=threads,
                block_size=BLOCK_SIZE,
                column_names=self.names,
                skip_rows_after_names=1,
            ),
            "parse_options": pacsv.ParseOptions(
                delimiter=self.delimiter, newlines_in_values=True, invalid_row_handler=on_invalid
            ),
            "convert_options": pacsv.ConvertOptions(
                column_types={
                    n: pa.dictionary(pa.int32(), pa.string())
                    if n in self.dictionary
                    else pa.string()
                    for n in self.names
                },
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                # cells that are not UTF-8 are reported row by row (`_utf8`), not as the end
                # of the file
                check_utf8=False,
            ),
        }

    def csv_batches(
        self, on_read: Callable[[int], None] = lambda n: None
    ) -> Iterator[pa.RecordBatch]:
        """Stream a delimited file; ragged rows are reported and skipped, not fatal.

        Parsing uses threads, which leaves the row numbers of ragged rows unknown; only when
        there are ragged rows is the file parsed once more, single-threaded, to number them.
        """
        ragged: list[pacsv.InvalidRow] = []

        def skip(row: pacsv.InvalidRow) -> str:
            ragged.append(row)
            return "skip"

        stream = pa.input_stream(self.path)
        done = 0
        ordinal = 0
        try:
            for batch in _joined_batches(pacsv.open_csv(stream, **self._options(True, skip))):
                on_read(stream.tell() - done)
                done = stream.tell()
                yield self._utf8(batch, ordinal)
                ordinal += batch.num_rows
        except pa.ArrowInvalid as exc:
            self.problems.append(self._parse_problem(exc))
        finally:
            stream.close()
        if any(not row.number or row.number < 1 for row in ragged):
            ragged = self._number_ragged_rows()
        for row in ragged:
            self._skipped.append(row.number)
            self.problems.append(
                file_problem(
                    self.path,
                    "ragged-row",
                    f"the row has {row.actual_columns} cells, the header {row.expected_columns}",
                    "check for a missing or extra delimiter, or an unquoted delimiter in a "
                    "text cell",
                    row=row.number,
                    value=shorten(row.text),
                )
            )
        self._not_utf8.sort(key=lambda noted: noted[0])
        rows = self.rows(np.array([o for o, _, _ in self._not_utf8], dtype=np.int64))
        for row_number, (_, name, why) in zip(rows, self._not_utf8, strict=True):
            self.problems.append(not_utf8_problem(self.path, why, row=int(row_number), field=name))

    def _utf8(self, batch: pa.RecordBatch, start: int) -> pa.RecordBatch:
        """The batch with cells that are not UTF-8 noted (`start`: the ordinal of its first
        record) and decoded with replacement characters, so that the rest of each row is
        still checked. Only columns that fail Arrow's validation are decoded cell by cell."""
        columns = []
        for name, column in zip(batch.schema.names, batch.columns, strict=True):
            encoded = pa.types.is_dictionary(column.type)
            values = column.dictionary if encoded else column
            try:
                values.validate(full=True)
            except pa.ArrowInvalid:
                fixed, bad = _decoded(values)
                raw = values.view(pa.binary())
                if encoded:
                    slots = with_sentinel(column.indices, -1)
                    rows = np.flatnonzero(np.isin(slots, bad))
                    column = pa.DictionaryArray.from_arrays(column.indices, fixed)
                else:
                    slots, rows, column = np.arange(len(values)), bad, fixed
                room = max(0, MAX_ENCODING_PROBLEMS - len(self._not_utf8))
                for row in rows[:room].tolist():
                    why = not_utf8(raw[int(slots[row])].as_py())
                    self._not_utf8.append((start + row, name, why))
                if len(rows) > room:
                    self.unlisted["encoding"] += len(rows) - room
            columns.append(column)
        return pa.RecordBatch.from_arrays(columns, names=batch.schema.names)

    def _number_ragged_rows(self) -> list[pacsv.InvalidRow]:
        numbered: list[pacsv.InvalidRow] = []

        def skip(row: pacsv.InvalidRow) -> str:
            numbered.append(row)
            return "skip"

        try:
            for _ in pacsv.open_csv(self.path, **self._options(False, skip)):
                pass
        except pa.ArrowInvalid:
            pass  # already reported by the first pass
        return numbered

    def _parse_problem(self, exc: pa.ArrowInvalid) -> Problem:
        if "UTF8" in str(exc) or "UTF-8" in str(exc):
            found = encoding_problem(self.path)
            if found:
                return found
        return file_problem(
            self.path,
            "unreadable",
            f"the file cannot be parsed further: {exc}",
            'check for an unterminated quote (") near the end of the last rows read',
        )

    def rows(self, ordinals: np.ndarray) -> np.ndarray:
        """Spreadsheet row numbers (header = 1) of records counted from 0 in reading order."""
        if self._rows:
            return np.concatenate(self._rows)[ordinals]
        skipped = np.array(sorted(self._skipped), dtype=np.int64)
        rows = ordinals.astype(np.int64) + 2
        while True:
            shifted = ordinals + 2 + np.searchsorted(skipped, rows, side="right")
            if np.array_equal(shifted, rows):
                return rows
            rows = shifted

    def xlsx_batches(
        self, rows: Iterator[tuple[int, list[str | None]]]
    ) -> Iterator[pa.RecordBatch]:
        """Batches from spreadsheet rows (cells as text, at most one per column), keeping
        their row numbers. A batch holds BATCH_ROWS rows or about CHECK_BYTES of text."""
        width = len(self.names)
        buffer: list[list[str | None]] = []
        numbers: list[int] = []
        size = 0
        for number, cells in rows:
            if len(cells) < width:
                cells.extend([None] * (width - len(cells)))
            buffer.append(cells)
            numbers.append(number)
            size += sum(len(c) for c in cells if c)
            if len(buffer) == BATCH_ROWS or size >= CHECK_BYTES:
                yield self._batch(buffer, numbers)
                buffer, numbers, size = [], [], 0
        if buffer:
            yield self._batch(buffer, numbers)

    def _batch(self, rows: list[list[str | None]], numbers: list[int]) -> pa.RecordBatch:
        self._rows.append(np.array(numbers, dtype=np.int64))
        columns = list(zip(*rows, strict=True))
        return pa.RecordBatch.from_arrays(
            [pa.array(c, type=pa.string()) for c in columns], names=self.names
        )
