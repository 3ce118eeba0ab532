"""Stages 1 and 2 of `mscexo validate` for a file of records (JSON Lines, JSON, YAML, Parquet):
read the records chunk by chunk, turn each chunk into Arrow text cells, and check them with the
same vectorised fast path as a CSV file; the generated models explain only what it flags.

A record file holds typed values (numbers, booleans, dates, lists), where a CSV file holds text.
Each value becomes the text the package's CSV would hold (`cells.cell_text`), and the fast
path judges that text exactly as the model would judge the value, as long as the value is one
the text stands for faithfully: text, an integer in an integer or number field, a finite
number in a number field, a boolean in a boolean field, a date in a date field, a list of such
items in a list field (items with no delimiter, edge whitespace or formula start in them). A
record with any other value (a number in a text field, a list in a single-valued one, a field
the table does not have, binary data, a record that is not a mapping) is "odd": it skips the
fast path and goes to the model as the file wrote it, so its verdict is the model's own, the
same as the build's. The text cells of every record go on to the key index.
"""

from __future__ import annotations

import math
import queue
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from mscexo.contract.cells import MAX_CELL_CHARS, PLACEHOLDER, Column, cell_text, encode_value
from mscexo.contract.curators import CURATORS, check_curators
from mscexo.contract.fastpath import Cells, arrow_indices, arrow_mask, check_batch, mask, numbers
from mscexo.contract.fastpath import valid as _valid
from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, Resource
from mscexo.errors import Problem, closest, shorten
from mscexo.files.checks import file_problem
from mscexo.files.records import Chunk, Item, read_records

if TYPE_CHECKING:
    from mscexo.contribution.validation import Validation

#: Characters that make a list item odd: at the edge, whitespace; at the start, a formula.
_EDGE = frozenset(" \t\n\r\f\v")
_FORMULA_START = frozenset("=+-@")
_PLACEHOLDER = re.compile(PLACEHOLDER)
_FORMULA_BYTES = np.zeros(256, dtype=bool)
_FORMULA_BYTES[list(b"=+-@")] = True
_NONE = type(None)
_TEXT_TYPES = frozenset({str, _NONE})
#: Python values a record file may hold (JSON's, and YAML's plain data); anything else
#: (binary data, sets, ordered maps) is not a value of any field.
_DATA_TYPES = (str, int, float, bool, date, list, dict, _NONE)


def arrow_types(run: Validation) -> Callable[[str | None], dict[str, pa.DataType] | None]:
    """The Arrow type each field of a table is parsed into from JSON (None for a table the
    schema does not have): text and dates as text, the rest typed."""
    simple = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}

    def types(table: str | None) -> dict[str, pa.DataType] | None:
        if table not in run.resources:
            return None
        found: dict[str, pa.DataType] = {}
        for name, column in run.resources[table].rules.items():
            kind = simple.get(column.type, pa.string())
            found[name] = pa.list_(kind) if column.is_list else kind
        return found

    return types


def check_record_file(run: Validation, path: Path, table: str | None) -> None:
    """Check a JSON Lines, JSON or YAML file of records; `table` when the file does not name
    the tables itself."""
    advance = run.progress(path.name, path.stat().st_size)
    check_items(run, path, read_records(path, table, arrow_types(run), advance))


def check_items(
    run: Validation,
    path: Path,
    items: Iterator[Chunk | Problem],
    columns: list[str] | None = None,
) -> None:
    """Check the chunks of records of a file, reporting its problems in file order. Three
    threads share the work (mostly in Arrow and numpy, which release the GIL): the reader
    parses chunks ahead (`read_ahead`), a worker makes and checks the cells of each, and
    this thread explains problems and feeds the report and the key index, in order."""
    checker = RecordChecker(run, path, columns)
    queue: deque[Problem | tuple[Chunk, Future[Checked]]] = deque()
    chunks = 0  # chunks in the queue
    with ThreadPoolExecutor(max_workers=1) as pool:
        for item in read_ahead(items):
            if isinstance(item, Problem):
                if chunks:
                    queue.append(item)
                else:
                    run.report.add(item)
                continue
            if item.table == CURATORS:  # a curation file's curators, not a table
                queue.extend(_curator_problems(path, item))
                continue
            if item.table not in run.resources:
                problem = checker.unknown_table(item)
                if problem is not None:
                    queue.append(problem)
                continue
            queue.append((item, pool.submit(checker.prepare, item)))
            chunks += 1
            while chunks > 1:
                done = queue.popleft()
                chunks -= not isinstance(done, Problem)
                checker.finish(done)
        while queue:
            checker.finish(queue.popleft())


def _curator_problems(path: Path, chunk: Chunk) -> list[Problem]:
    """The problems of the curators a curation file names (its `curators:` list)."""
    values = chunk.values if chunk.values is not None else []
    if chunk.arrow is not None:
        values = [
            {k: v for k, v in row.items() if v is not None} for row in chunk.arrow.to_pylist()
        ]
    lines = [int(n) or None for n in chunk.lines]
    first = int(chunk.index[0]) if len(chunk.index) else 1
    return check_curators(values, str(path), first=first, lines=lines)[1]


def read_ahead(items: Iterator[Item], depth: int = 2) -> Iterator[Item]:
    """The items of a reader, read in a thread of their own up to `depth` items ahead: the
    parsing (mostly in Arrow, which releases the GIL) then runs beside the checking of
    earlier chunks and the key index, on another core. The reader's exceptions (an OS
    error, say) are raised here, in order; leaving early stops the reader."""
    done = object()
    ahead: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        ahead.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ahead.put((done, None))
        except BaseException as exc:  # handed to the consumer, raised there
            ahead.put((done, exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:  # a generator's `with` blocks close its file now
                close()

    thread = threading.Thread(target=produce, name="mscexo-reader", daemon=True)
    thread.start()
    try:
        while True:
            item, error = ahead.get()
            if item is done:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let the reader see the stop and close its file
            try:
                ahead.get_nowait()
            except queue.Empty:
                thread.join(0.05)


@dataclass
class Positions:
    """Where the records of one table of a file are, by their order in the key index: per
    chunk, its first ordinal and the position (`record`) and line of each record, kept as
    a start alone when they run on one by one (as they mostly do)."""

    starts: list[int] = field(default_factory=list)
    index: list[tuple[int, int] | np.ndarray] = field(default_factory=list)
    lines: list[tuple[int, int] | np.ndarray] = field(default_factory=list)
    count: int = 0

    def add(self, index: np.ndarray, lines: np.ndarray) -> None:
        self.starts.append(self.count)
        self.index.append(_compact(index))
        self.lines.append(_compact(lines))
        self.count += len(index)

    def locate(self, ordinals: np.ndarray) -> list[dict[str, int]]:
        found = []
        for ordinal in np.asarray(ordinals):
            piece = int(np.searchsorted(self.starts, ordinal, side="right")) - 1
            offset = int(ordinal) - self.starts[piece]
            record = _at(self.index[piece], offset)
            line = _at(self.lines[piece], offset)
            found.append({"record": record, **({"line": line} if line else {})})
        return found


def _compact(values: np.ndarray) -> tuple[int, int] | np.ndarray:
    """Numbers that run on one by one (or stay the same) as their first and their step;
    anything else as it is."""
    if len(values):
        first, step = int(values[0]), int(values[1] - values[0]) if len(values) > 1 else 0
        if step in (0, 1) and bool((values == first + step * np.arange(len(values))).all()):
            return first, step
    return values.copy()


def _at(numbers: tuple[int, int] | np.ndarray, offset: int) -> int:
    if isinstance(numbers, tuple):
        return numbers[0] + numbers[1] * offset
    return int(numbers[offset])


@dataclass
class Checked:
    """A chunk made text cells and checked by the fast path: the rows it flags, and its
    problem counts by (code, column)."""

    cells: TextCells
    flagged: np.ndarray
    counts: dict[tuple[str, str], int]


@dataclass
class RecordChecker:
    """Checks the chunks of one file of records, table by table."""

    run: Validation
    path: Path
    #: Columns of the file (None: every field, absent ones as empty), for tabular input.
    columns: list[str] | None = None
    sources: dict[str, tuple[int, Positions]] = field(default_factory=dict)
    unknown: set[str | None] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    def unknown_table(self, chunk: Chunk) -> Problem | None:
        """A chunk of a table the schema does not have: reported once per table."""
        if chunk.table in self.unknown:
            return None
        self.unknown.add(chunk.table)
        line = int(chunk.lines[0]) if len(chunk.lines) and chunk.lines[0] else None
        return unknown_table(self.path, chunk.table, list(self.run.resources), line)

    def prepare(self, chunk: Chunk) -> Checked:
        """A chunk's text cells, and the fast path's verdict on its clean rows (in the
        worker thread: nothing here touches the report or the index)."""
        resource = self.run.resources[chunk.table or ""]
        cells = to_cells(chunk, resource, self.columns)
        cells.batch = dictionary_encoded(cells.batch, resource)
        clean = ~cells.odd
        flagged = np.zeros(cells.batch.num_rows, dtype=bool)
        counts: dict[tuple[str, str], int] = {}
        if clean.any():
            batch = cells.batch if clean.all() else cells.batch.filter(arrow_mask(clean))
            bad, counts = check_batch(batch, resource.rules)
            flagged[np.flatnonzero(clean)[bad]] = True
        return Checked(cells, flagged, counts)

    def finish(self, item: Problem | tuple[Chunk, Future[Checked]]) -> None:
        """Report a problem of the file, or a checked chunk: its counts, its explained rows,
        then its keys."""
        if isinstance(item, Problem):
            self.run.report.add(item)
            return
        chunk, future = item
        checked = future.result()
        name = chunk.table or ""
        resource = self.run.resources[name]
        self.run.report.rows[name] += len(chunk)
        for (code, _column), n in checked.counts.items():
            self.run.report.counts[("error", code)] += n
        found = self._explained(chunk, checked, resource)
        for _, problem, counted in sorted(found, key=lambda f: f[0]):
            self.run.report.add(problem, counted)
        cells = checked.cells
        if cells.batch.num_rows:
            source, positions = self._source(name)
            positions.add(chunk.index[cells.rows], chunk.lines[cells.rows])
            start = self.counts.get(name, 0)
            self.run.collect(name, cells.batch, source, start)
            self.counts[name] = start + cells.batch.num_rows
        pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed blocks

    def _source(self, table: str) -> tuple[int, Positions]:
        if table not in self.sources:
            positions = Positions()
            self.sources[table] = (self.run.source(self.path, positions.locate), positions)
        return self.sources[table]

    def _explained(
        self, chunk: Chunk, checked: Checked, resource: Resource
    ) -> list[tuple[int, Problem, bool]]:
        """The problems of a chunk, each with its row and whether the fast path counted it:
        the rows the fast path flags are explained while the report has room; odd rows are
        always explained (only the model can count their problems)."""
        report = self.run.report
        cells, flagged, counts = checked.cells, checked.flagged, checked.counts
        found: list[tuple[int, Problem, bool]] = [
            (
                i,
                file_problem(
                    self.path,
                    "not-a-record",
                    "each record must be a mapping of field names to values",
                    "write `field: value` pairs",
                    table=resource.name,
                    record=int(chunk.index[i]),
                    **({"line": int(chunk.lines[i])} if chunk.lines[i] else {}),
                ),
                False,
            )
            for i in cells.not_records
        ]
        room = report.room()
        explain = np.flatnonzero(cells.odd)
        shown = np.flatnonzero(flagged)[: max(0, room - len(found))]
        rows = np.union1d(explain, shown)
        if not len(rows):
            return found
        data = cells.data(rows)
        missing = set(resource.rules) - set(self.columns) if self.columns is not None else set()
        for k, row in enumerate(rows):
            at = int(cells.rows[row])
            record = Record(
                resource.name,
                data[k],
                str(self.path),
                int(chunk.index[at]),
                int(chunk.lines[at]) or None,
            )
            problems = validate_record(record, resource)[1]
            problems = [p for p in problems if not (p.code == "required" and p.field in missing)]
            named = {p.field for p in problems}
            for name, why in cells.extras.get(int(row), []):
                if name not in named:
                    problems.append(_not_a_value(record, name, why))
            # The fast path counted one problem per cell and rule; the model may find more
            # (one per item of a list): those are counted now.
            seen: set[tuple[str, str | None]] = set()
            for problem in problems:
                key = (problem.code, problem.field)
                counted = bool(flagged[row]) and key in counts and key not in seen
                seen.add(key)
                found.append((at, problem, counted))
        return found


def dictionary_encoded(batch: pa.RecordBatch, resource: Resource) -> pa.RecordBatch:
    """The repetitive columns (single-valued enums and references) dictionary-encoded, as
    the CSV reader reads them, so that the fast path and the key index judge each distinct
    value once."""
    rules = resource.rules
    repetitive = {c.name for c in rules.values() if c.enum and not c.is_list}
    repetitive |= {fk["fields"] for fk in resource.schema.get("foreignKeys", [])}
    if not batch.num_rows or not repetitive & set(batch.schema.names):
        return batch
    arrays = [
        pc.dictionary_encode(batch.column(name)) if name in repetitive else batch.column(name)
        for name in batch.schema.names
    ]
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def _not_a_value(record: Record, name: str, why: str) -> Problem:
    return record.problem(
        "type",
        why,
        field=name,
        hint="write the value as text (or a number, a date, true or false) as the field asks",
    )


# ----- records as text cells -----------------------------------------------------------------


@dataclass
class TextCells:
    """A chunk of records as a batch of text cells (one row per record that is a mapping),
    with the rows only the model may judge (`odd`), the chunk row of each batch row, the
    chunk rows that are no mapping (`not_records`), and per batch row, values that are no
    data at all (`extras`: field, why)."""

    batch: pa.RecordBatch
    odd: np.ndarray
    rows: np.ndarray
    data: Callable[[np.ndarray], list[dict[str, Any]]]
    not_records: list[int] = field(default_factory=list)
    extras: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


def to_cells(chunk: Chunk, resource: Resource, columns: list[str] | None = None) -> TextCells:
    if chunk.arrow is not None:
        return arrow_cells(chunk.arrow, resource, columns)
    return python_cells(chunk, resource)


def record_data(values: dict[Any, Any]) -> dict[Any, Any]:
    """A record's values as the model is given them: empty ones left out."""
    return {k: v for k, v in values.items() if v is not None and not (type(v) is str and v == "")}


def python_cells(chunk: Chunk, resource: Resource) -> TextCells:
    """Text cells of records parsed by Python (`json` or YAML)."""
    values = chunk.values or []
    rows = [i for i, v in enumerate(values) if isinstance(v, dict)]
    problems = [i for i, v in enumerate(values) if not isinstance(v, dict)]
    records: list[dict[Any, Any]] = [values[i] for i in rows]
    rules = resource.rules
    known = set(rules)
    odd = np.fromiter((not (r.keys() <= known) for r in records), dtype=bool, count=len(records))
    extras: dict[int, list[tuple[str, str]]] = {}
    arrays = []
    for name, column in rules.items():
        cells = [r.get(name) for r in records]
        array, bad, why = text_column(cells, column)
        arrays.append(array)
        if bad is not None:
            odd |= bad
        for row, reason in why.items():
            extras.setdefault(row, []).append((name, reason))
    for row, record in enumerate(records):
        for name, value in record.items():
            if name not in known and _strange(value):
                extras.setdefault(row, []).append((str(name), _strange(value) or ""))
    batch = pa.RecordBatch.from_arrays(arrays, names=list(rules))
    return TextCells(
        batch,
        odd,
        np.array(rows, dtype=np.int64),
        lambda picked: [record_data(records[int(i)]) for i in picked],
        problems,
        extras,
    )


def text_column(
    values: list[Any], column: Column
) -> tuple[pa.Array, np.ndarray | None, dict[int, str]]:
    """One field of some records as text cells; which are odd (None: none); and values
    that are no data at all, by row."""
    if set(map(type, values)) <= _TEXT_TYPES:
        try:
            return text_array(values), None, {}
        except UnicodeEncodeError:
            pass
    texts: list[str | None] = []
    odd = np.zeros(len(values), dtype=bool)
    why: dict[int, str] = {}
    for row, value in enumerate(values):
        text, clean = cell(value, column)
        if text is not None and not _encodable(text):
            text, clean = text.encode("utf-8", "replace").decode("utf-8"), False
            why[row] = "the text holds a lone surrogate (\\ud800 to \\udfff), which is not UTF-8"
        strange = _strange(value)
        if strange:
            why[row] = strange
        texts.append(text)
        odd[row] = not clean
    return text_array(texts), odd, why


def _encodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _strange(value: Any) -> str | None:
    """Why a value is no data at all (binary data, a set), or None."""
    if isinstance(value, list):
        return next((s for s in map(_strange, value) if s), None)
    if isinstance(value, dict):
        return next((s for s in map(_strange, value.values()) if s), None)
    if isinstance(value, _DATA_TYPES):
        return None
    if isinstance(value, bytes | bytearray):
        return "the value is binary data (YAML !!binary), not text"
    return f"the value is a {type(value).__name__}, not data a field can hold"


def cell(value: Any, column: Column) -> tuple[str | None, bool]:
    """A value of a record file as its cell text, and whether the text stands for it
    faithfully (see the module): if not, the record is odd."""
    kind = type(value)
    if value is None or (kind is str and value == ""):
        return None, True
    if kind is str:
        return value, True
    if column.is_list:
        if kind is list:
            return _list_cell(value, column)
    elif _typed(value, column):
        return encode_value(value, column), True
    return _safe_text(value, column), False


def _typed(value: Any, column: Column) -> bool:
    """A typed value whose text the model reads back as the same value."""
    kind = type(value)
    if kind is int:
        return column.type == "integer" or (column.type == "number" and abs(value) < 2**53)
    if kind is float:
        return column.type == "number" and math.isfinite(value)
    if kind is bool:
        return column.type == "boolean"
    return kind is date and column.type == "date"


def _list_cell(items: list[Any], column: Column) -> tuple[str | None, bool]:
    parts: list[str] = []
    clean = bool(items)
    for item in items:
        if type(item) is str:
            if (
                not item
                or item[0] in _EDGE
                or item[-1] in _EDGE
                or item[0] in _FORMULA_START
                or column.delimiter in item
            ):
                clean = False
            parts.append(item)
        elif _typed(item, column):
            parts.append(encode_value(item, column))
        else:
            return _safe_text(items, column), False
    text = column.delimiter.join(parts)
    if len(text) > MAX_CELL_CHARS:
        clean = False
    elif clean and column.free_text:
        clean = not any(_PLACEHOLDER.search(p) for p in [*parts, text])
    return text or None, clean


def _safe_text(value: Any, column: Column) -> str | None:
    """The cell text of an odd value (as the key index sees it), whatever it is."""
    try:
        text = cell_text(value, column)
    except (ValueError, OverflowError, TypeError):
        text = repr(value)
    return text or None


def text_array(values: list[str | None]) -> pa.Array:
    """Python strings as an Arrow string array, empty ones and None as nulls (built from
    buffers: `pa.array` imports pandas, which costs more than checking a small file).
    UnicodeEncodeError for a string that is not UTF-8 (a lone surrogate)."""
    n = len(values)
    parts = [v or "" for v in values]
    encoded = list(map(str.encode, parts))
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=n), out=offsets[1:])
    present = np.fromiter(map(bool, parts), dtype=bool, count=n)
    validity = None if present.all() else pa.py_buffer(np.packbits(present, bitorder="little"))
    return pa.Array.from_buffers(
        pa.large_string(),
        n,
        [validity, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))],
        null_count=int(n - present.sum()),
    ).cast(pa.string())


# ----- Arrow records as text cells -----------------------------------------------------------


def arrow_cells(table: pa.Table, resource: Resource, columns: list[str] | None) -> TextCells:
    """Text cells of records that Arrow parsed into typed columns (JSON, Parquet)."""
    n = table.num_rows
    rules = resource.rules
    odd = np.zeros(n, dtype=bool)
    for name in table.column_names:
        if name not in rules:
            odd |= _present(_array(table, name))
    arrays: dict[str, pa.Array] = {}
    names = list(rules) if columns is None else [c for c in columns if c in rules]
    for name in names:
        column = rules[name]
        if name not in table.column_names:
            arrays[name] = pa.nulls(n, pa.string())
            continue
        text, bad = arrow_text(_array(table, name), column)
        arrays[name] = text
        odd |= bad

    def data(picked: np.ndarray) -> list[dict[str, Any]]:
        rows = table.take(arrow_indices(picked)).to_pylist()
        return [record_data(r) for r in rows]

    if odd.any():  # odd records: their cells as the key index has always seen them
        picked = np.flatnonzero(odd)
        originals = data(picked)
        for name in names:
            texts = arrays[name].to_pylist()
            for k, row in enumerate(picked):
                texts[row] = _safe_text(originals[k].get(name), rules[name])
            arrays[name] = text_array(texts)
    extras: dict[int, list[tuple[str, str]]] = {}
    batch = pa.RecordBatch.from_arrays(list(arrays.values()), names=list(arrays))
    return TextCells(batch, odd, np.arange(n, dtype=np.int64), data, [], extras)


def valid(values: pa.Array) -> np.ndarray:
    """Which slots of an array hold a value (none, in an array of type null)."""
    if pa.types.is_null(values.type):
        return np.zeros(len(values), dtype=bool)
    return _valid(values)


def _array(table: pa.Table, name: str) -> pa.Array:
    values = table.column(name)
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _present(values: pa.Array) -> np.ndarray:
    """Slots holding a value (an empty text is no value)."""
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return Cells.of(values.cast(pa.string())).present
    return valid(values)


def _blank_to_null(values: pa.Array) -> pa.Array:
    """Empty texts as nulls (as a CSV file reads them); `values` are plain strings."""
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int32)
    lengths = np.diff(offsets[values.offset : values.offset + len(values) + 1])
    empty = (lengths == 0) & valid(values)
    if not empty.any():
        return values
    return pc.if_else(arrow_mask(empty), pa.nulls(len(values), pa.string()), values)


def arrow_text(values: pa.Array, column: Column) -> tuple[pa.Array, np.ndarray]:
    """A typed Arrow column as text cells, and which rows are odd (see the module)."""
    kind = values.type
    n = len(values)
    none = np.zeros(n, dtype=bool)
    if pa.types.is_null(kind):
        return pa.nulls(n, pa.string()), none
    if pa.types.is_dictionary(kind):
        values, kind = values.cast(kind.value_type), kind.value_type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return _blank_to_null(values.cast(pa.string())), none
    if column.is_list:
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            return _list_text(values, column)
        return pa.nulls(n, pa.string()), valid(values)
    text, odd = _scalar_text(values, column)
    return (text if text is not None else pa.nulls(n, pa.string())), odd


def _scalar_text(values: pa.Array, column: Column) -> tuple[pa.Array | None, np.ndarray]:
    """Typed scalars as text; those the text does not stand for faithfully are odd."""
    kind = values.type
    present = valid(values)
    if pa.types.is_integer(kind) and column.type in ("integer", "number"):
        odd = np.zeros(len(values), dtype=bool)
        if column.type == "number" and len(values):
            big = mask(pc.greater_equal(pc.abs(values.cast(pa.float64())), 2.0**53))
            odd = big & present
        return values.cast(pa.string()), odd
    if pa.types.is_floating(kind) and column.type == "number":
        floats = values.cast(pa.float64())
        x = np.frombuffer(floats.buffers()[1], dtype=np.float64)[
            floats.offset : floats.offset + len(floats)
        ]
        x = np.where(present, x, 0.0)  # (a null slot holds anything)
        finite = np.isfinite(x)
        integral = finite & (np.floor(x) == x) & (np.abs(x) < 2.0**63)
        as_int = floats.cast(pa.int64(), safe=False).cast(pa.string())
        text = pc.if_else(arrow_mask(integral), as_int, floats.cast(pa.string()))
        text = pc.if_else(arrow_mask(present), text, pa.nulls(len(values), pa.string()))
        return text, present & ~finite
    if pa.types.is_boolean(kind) and column.type == "boolean":
        return values.cast(pa.string()), np.zeros(len(values), dtype=bool)
    if (pa.types.is_date32(kind) or pa.types.is_date64(kind)) and column.type == "date":
        return values.cast(pa.string()), np.zeros(len(values), dtype=bool)
    return None, present


def _list_text(values: pa.Array, column: Column) -> tuple[pa.Array, np.ndarray]:
    """A list column: the items joined by the field's delimiter; a list is odd if empty, or
    if an item is not faithful text (see `_list_cell`)."""
    n = len(values)
    present = valid(values)
    counts = np.where(present, numbers(pc.list_value_length(values)), 0).astype(np.int64)
    odd = present & (counts == 0)
    items = pc.list_flatten(values)
    parents = numbers(pc.list_parent_indices(values)).astype(np.int64)
    kind = items.type
    if pa.types.is_dictionary(kind):
        items, kind = items.cast(kind.value_type), kind.value_type
    texts: pa.Array | None
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        texts = items.cast(pa.string())
        view = Cells.of(texts)
        bad = ~valid(texts) | ~view.present | view.edge_whitespace
        bad |= _FORMULA_BYTES[view.first] & view.present
        if len(texts):
            bad |= mask(pc.match_substring(texts, column.delimiter))
            if column.free_text:
                bad |= mask(pc.match_substring_regex(texts, PLACEHOLDER))
    else:
        texts, bad = _scalar_text(items, column)
        if texts is None:
            return pa.nulls(n, pa.string()), present
        bad = bad | ~valid(items)
    odd[parents[bad]] = True
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    lists = pa.LargeListArray.from_arrays(
        pa.Array.from_buffers(pa.int64(), n + 1, [None, pa.py_buffer(offsets)]),
        texts.cast(pa.string()),
        mask=arrow_mask(~present),
    )
    joined = _blank_to_null(pc.binary_join(lists, column.delimiter).cast(pa.string()))
    view = Cells.of(joined)
    long = view.lengths > MAX_CELL_CHARS
    if long.any():
        odd |= long
    if column.free_text and len(joined):
        odd |= mask(pc.match_substring_regex(joined, PLACEHOLDER))
    return joined, odd & present


# ----- tables --------------------------------------------------------------------------------


def unknown_table(path: Path, name: str | None, tables: list[str], line: int | None) -> Problem:
    """A record file's table that the schema does not have."""
    if name is None:
        return file_problem(
            path,
            "unknown-table",
            "cannot tell which table the records are for",
            f"pass --table NAME or name the file after the table ({', '.join(tables)})",
        )
    suggestion = closest(name, tables)
    return file_problem(
        path,
        "unknown-table",
        f"unknown table {name!r}",
        f"did you mean {suggestion!r}?" if suggestion else f"tables: {tables}",
        value=shorten(name),
        line=line,
    )


# ----- Parquet -------------------------------------------------------------------------------

_EXPECTED = {
    "string": "string",
    "integer": "an integer type (int64)",
    "number": "a floating-point or integer type (double)",
    "boolean": "bool",
    "date": "date32[day]",
}


def fits(kind: pa.DataType, column: Column, item: bool = False) -> bool:
    """Whether a Parquet column's Arrow type holds the field's values."""
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    if pa.types.is_null(kind):
        return True
    if column.is_list and not item:
        listed = pa.types.is_list(kind) or pa.types.is_large_list(kind)
        return listed and fits(kind.value_type, column, item=True)
    return {
        "string": pa.types.is_string(kind) or pa.types.is_large_string(kind),
        "integer": pa.types.is_integer(kind),
        "number": pa.types.is_integer(kind) or pa.types.is_floating(kind),
        "boolean": pa.types.is_boolean(kind),
        "date": pa.types.is_date(kind),
    }.get(column.type, False)


def column_type(path: Path, name: str, kind: pa.DataType, column: Column) -> Problem:
    expected = _EXPECTED.get(column.type, column.type)
    if column.is_list:
        expected = f"a list of {expected} (list<{expected.split(' (')[0]}>)"
    return file_problem(
        path,
        "column-type",
        f"column {name!r} has the type {kind}; the field needs {expected}",
        f"write {name!r} as {expected}, as the release's Parquet files do "
        "(`mscexo.load(TABLE)` shows them)",
        field=name,
        value=shorten(str(kind)),
    )


def check_parquet_file(run: Validation, path: Path, table: str, in_package: bool = False) -> None:
    """Check a Parquet file of one table: its columns (names and types), then its rows,
    batch by batch, as records of typed values."""
    from dataclasses import replace

    from mscexo.files.parquet import open_parquet, parquet_batches, unreadable
    from mscexo.files.tables import header_problems

    resource = run.resources[table]
    rules = resource.rules
    parquet, problems = open_parquet(path)
    for problem in problems:
        run.report.add(problem)
    if parquet is None:
        return
    schema = parquet.schema_arrow
    names = list(schema.names)
    required = [c.name for c in rules.values() if c.required]
    header = header_problems(path, names, list(rules), required, None)
    wrong = [
        column_type(path, name, schema.field(name).type, rules[name])
        for name in dict.fromkeys(names)
        if name in rules and not fits(schema.field(name).type, rules[name])
    ]
    for problem in [*header, *wrong]:
        run.report.add(replace(problem, row=None))
    if wrong or any(p.code == "duplicate-column" for p in header):
        return
    columns = [n for n in names if n in rules]
    advance = run.progress(path.name, parquet.metadata.num_rows)
    count = 0

    def chunks() -> Iterator[Chunk | Problem]:
        nonlocal count
        try:
            for batch in parquet_batches(parquet, columns):
                n = batch.num_rows
                index = np.arange(count + 1, count + 1 + n, dtype=np.int64)
                records = pa.Table.from_batches([batch])
                yield Chunk(table, index, np.zeros(n, dtype=np.int64), arrow=records)
                count += n
                advance(n)
        except (pa.ArrowException, OSError) as exc:
            yield unreadable(path, exc)

    check_items(run, path, chunks(), columns)
    if count == 0 and not in_package and not run.report.counts[("error", "unreadable")]:
        run.report.add(
            file_problem(path, "no-rows", "the file has no rows", "add at least one record")
        )
