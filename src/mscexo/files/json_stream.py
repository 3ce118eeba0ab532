"""A JSON document of records read as a stream: a list of records, or a mapping of table names
to lists of records, however large, in bounded memory.

The document is decoded block by block. The frame (the brackets, the table names, the commas
between records) is read here, and the records of a list in one of two ways:

- in bulk: a vectorised scan of the block (`split_records`: quotes, escapes and brackets
  located with numpy) finds where the records start and end, and Arrow's JSON reader parses
  them all at once into typed columns, as it does JSON Lines;
- one by one, by Python's `json`, whenever the scan or Arrow meets anything unusual (a record
  that is not an object, a syntax error, a duplicate key, a value of an unexpected type), so
  every problem is found, and worded, by `json` itself.

A syntax error ends the reading: what follows cannot be told apart.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from mscexo.errors import Problem
from mscexo.files.checks import encoding_problem, file_problem
from mscexo.files.records import (
    CHUNK_BYTES,
    DECODER,
    MAX_DEPTH,
    MAX_RECORD_BYTES,
    ArrowTypes,
    Chunk,
    DuplicateKey,
    Item,
    arrow_block,
    chunk,
    depth,
    digits,
    duplicate_key,
    json_problem,
    line_breaks,
    not_records,
    number_too_long,
    object_lines,
    oversized_record,
    too_deep,
)

_WHITESPACE = re.compile(r"[ \t\n\r]*")
#: Parses a value only to find where it ends (no object hook, integers left unread).
_SKIPPER = json.JSONDecoder(parse_int=lambda text: None)
#: Records parsed one by one are handed on in chunks of this many.
PYTHON_CHUNK = 1000

_QUOTE, _BACKSLASH, _NEWLINE, _SPACE_BYTE, _COMMA = 34, 92, 10, 32, 44
#: Byte classes for the scan: a quote, a backslash, a bracket, a line break.
_IS_QUOTE, _IS_BACKSLASH, _IS_BRACKET, _IS_NEWLINE = 1, 2, 3, 4
_CLASS = np.zeros(256, dtype=np.uint8)
_CLASS[_QUOTE], _CLASS[_BACKSLASH], _CLASS[_NEWLINE] = _IS_QUOTE, _IS_BACKSLASH, _IS_NEWLINE
_CLASS[list(b"{}[]")] = _IS_BRACKET
_CLASSES = _CLASS.tobytes()
_STEP = np.zeros(256, dtype=np.int64)
_STEP[list(b"{[")] = 1
_STEP[list(b"}]")] = -1
_SPACE = np.zeros(256, dtype=bool)
_SPACE[list(b" \t\n\r")] = True
_PAIR = np.frombuffer(b"{}", dtype=np.uint8)


class Stop(Exception):
    """The document cannot be read further; the problem says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class Split:
    """Records found by `split_records`: where each starts and ends (exclusive), the commas
    between them, and how deep they nest."""

    starts: np.ndarray
    ends: np.ndarray
    commas: np.ndarray
    deepest: int
    #: Line breaks before each record's start.
    breaks: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.starts)


_NOTHING = Split(*(np.zeros(0, dtype=np.int64),) * 3, 0)
#: Most quotes, brackets and line breaks scanned at once (records of prose have about one in
#: sixteen bytes; a bracket bomb one in one), and the window scanned when there are more.
_MAX_EVENTS, _DENSE_WINDOW = 2**21, 2**20


def split_records(data: bytes) -> Split:
    """The records at the start of `data`, which starts inside a list of records (at a record,
    or whitespace before one). Only complete objects followed by the next object or by the
    end of the list are taken, with nothing but whitespace and one comma between them; the
    scan stops before anything else (a record cut by the end of the block, a record that is
    not an object, a syntax error), where the caller goes on one value at a time.

    The scan's arrays grow with the quotes, brackets and line breaks it finds: a block made
    of little else (a bracket bomb) is scanned only up to `_DENSE_WINDOW`."""
    # One pass over the bytes finds everything the scan needs (bytes.translate is the
    # fastest lookup table).
    classified = np.frombuffer(data.translate(_CLASSES), dtype=np.uint8)
    if len(data) > _DENSE_WINDOW and np.count_nonzero(classified) > _MAX_EVENTS:
        data, classified = data[:_DENSE_WINDOW], classified[:_DENSE_WINDOW]
    raw = np.frombuffer(data, dtype=np.uint8)
    found = np.flatnonzero(classified)
    classes = classified[found]
    quotes = found[classes == _IS_QUOTE]
    newlines = found[classes == _IS_NEWLINE]
    if len(quotes) and (classes == _IS_BACKSLASH).any():
        quotes = quotes[~_escaped(quotes, found[classes == _IS_BACKSLASH])]
    limit = int(quotes[-1]) if len(quotes) % 2 else len(raw)  # cut inside a string
    marks = found[(classes == _IS_BRACKET) & (found < limit)]
    marks = marks[np.searchsorted(quotes, marks) % 2 == 0]  # outside strings
    step = _STEP[raw[marks]]
    after = np.cumsum(step)
    top = ((after - step) == 0) | (after <= 0)  # a record's start or end, or the list's end
    events, kinds = marks[top], raw[marks[top]]
    # At the top of a list of objects: `{ } { } ... ]`; a record is taken when the next
    # record starts, or the list ends, after it.
    wrong = np.flatnonzero(kinds != np.tile(_PAIR, len(events) // 2 + 1)[: len(events)])
    good = int(wrong[0]) if len(wrong) else len(events)
    pairs = good // 2
    closed = good < len(events) and good % 2 == 0 and kinds[good] == ord("]")
    count = pairs if closed or good % 2 else max(pairs - 1, 0)
    if not count:
        return _NOTHING
    starts = events[0 : 2 * count : 2].astype(np.int64)
    ends = events[1 : 2 * count : 2].astype(np.int64) + 1
    # Around the records: whitespace, and one comma between two records.
    gap_from = np.r_[0, ends]
    gap_to = np.r_[starts, events[2 * count]].astype(np.int64)
    commas_wanted = np.r_[0, np.ones(count - 1, dtype=np.int64), 0 if closed else 1]
    lengths = gap_to - gap_from
    gap = np.repeat(np.arange(len(lengths)), lengths)
    shift = np.repeat(gap_from - np.cumsum(np.r_[0, lengths[:-1]]), lengths)
    positions = np.arange(len(gap)) + shift
    between = raw[positions]
    is_comma = between == _COMMA
    bad = np.bincount(gap[is_comma], minlength=len(lengths)) != commas_wanted
    bad |= np.bincount(gap[~is_comma & ~_SPACE[between]], minlength=len(lengths)) > 0
    if bad.any():  # a record is taken only if what follows it is right
        count = max(int(np.flatnonzero(bad)[0]) - 1, 0)
        if not count:
            return _NOTHING
        starts, ends = starts[:count], ends[:count]
    commas = positions[is_comma & (positions < ends[-1])]
    inside = int(np.searchsorted(marks, ends[-1]))
    lines = np.searchsorted(newlines, starts)  # line breaks before each record
    return Split(starts, ends, commas, int(after[:inside].max(initial=0)), lines)


def _escaped(quotes: np.ndarray, slashes: np.ndarray) -> np.ndarray:
    """Which quotes are escaped: those right after an odd run of backslashes."""
    escaped = np.zeros(len(quotes), dtype=bool)
    last = np.searchsorted(slashes, quotes - 1)  # the backslash just before, if any
    candidates = np.flatnonzero(last < len(slashes))
    candidates = candidates[slashes[last[candidates]] == quotes[candidates] - 1]
    if not len(candidates):
        return escaped
    run_start = np.r_[True, np.diff(slashes) != 1]
    first_of_run = np.maximum.accumulate(np.where(run_start, np.arange(len(slashes)), 0))
    before = last[candidates]
    escaped[candidates] = (before - first_of_run[before] + 1) % 2 == 1
    return escaped


@dataclass
class Lines:
    """Records taken one a line: how many, where they end in the bytes given (before the
    comma after the last), that end in characters, the line of the first, and where the line
    of the last starts (0 when it is the first line)."""

    count: int
    end: int
    chars: int
    first: int
    line_start: int


#: The most text left in the buffer for the next block to be read as bytes (`_raw_lines`):
#: after records one a line, what is left is the end of a line.
_SHORT_REST = 2**16


@dataclass
class JsonRecords:
    """The records of one JSON document, read as a stream (see the module)."""

    path: Path
    table: str | None
    types: ArrowTypes | None = None
    on_read: Callable[[int], None] = lambda n: None
    _buffer: str = ""
    _position: int = 0
    _line: int = 1  # the line of _buffer[0]
    _column: int = 0  # the characters of that line before _buffer[0]
    _counted: tuple[int, int] = (0, 1)  # a position in the buffer, and its line
    _end: bool = False
    _handle: Any = None
    _decoder: Any = field(default_factory=lambda: codecs.getincrementaldecoder("utf-8-sig")())
    _known: dict[str, dict[str, pa.DataType] | None] = field(default_factory=dict)

    def items(self) -> Iterator[Item]:
        with self.path.open("rb") as self._handle:
            try:
                yield from self._document()
            except Stop as stop:
                yield stop.problem

    # ----- the buffer ------------------------------------------------------------------------

    def _more(self) -> bool:
        """Read the next block onto the buffer (dropping what has been read); False at the
        end of the file."""
        if self._end:
            return False
        if self._position:
            line = self._line_at(self._position)  # counted on from the last line found
            last = self._buffer.rfind("\n", 0, self._position)
            if line > self._line:
                self._column = self._position - last - 1
            else:
                self._column += self._position
            self._line = line
            self._buffer = self._buffer[self._position :]
            self._position = 0
            self._counted = (0, self._line)
        data = self._handle.read(CHUNK_BYTES)
        self.on_read(len(data))
        self._append(data, final=not data)
        return bool(data)

    def _append(self, data: bytes, final: bool) -> None:
        """Decode bytes read from the file onto the buffer."""
        try:
            self._buffer += self._decoder.decode(data, final=final)
        except UnicodeDecodeError:
            found = encoding_problem(self.path) or file_problem(self.path, "encoding", "", "")
            raise Stop(found) from None
        self._end = final

    def _next(self) -> str:
        """Skip whitespace; the next character ('' at the end of the file)."""
        while True:
            match = _WHITESPACE.match(self._buffer, self._position)
            self._position = match.end() if match else self._position
            if self._position < len(self._buffer) or not self._more():
                return self._buffer[self._position : self._position + 1]

    def _line_at(self, position: int) -> int:
        counted, line = self._counted
        if position >= counted:
            line += self._buffer.count("\n", counted, position)
        else:
            line -= self._buffer.count("\n", position, counted)
        self._counted = (position, line)
        return line

    def _syntax(self, message: str, position: int | None = None) -> Stop:
        at = self._position if position is None else position
        newline = self._buffer.rfind("\n", 0, at)
        column = at - newline if newline >= 0 else self._column + at + 1
        error = json.JSONDecodeError(message, self._buffer, at)
        return Stop(json_problem(self.path, error, self._line_at(at), column))

    def _decode(self, decoder: json.JSONDecoder) -> Any:
        """The value at the position, read with `decoder`, the buffer grown while the value
        runs past it; Stop on a syntax error."""
        while True:
            start = self._position
            try:
                value, end = decoder.raw_decode(self._buffer, start)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self._buffer) - 8 or exc.msg.startswith("Unterminated")
                if cut and self._grow():
                    continue
                raise self._syntax(exc.msg, exc.pos) from None
            except RecursionError:
                raise Stop(too_deep(self.path)) from None
            if end == len(self._buffer) and isinstance(value, int | float) and self._grow():
                continue  # a number at the end of the buffer may go on
            self._position = end
            return value

    def _grow(self) -> bool:
        """More of a value that runs past the buffer; False at the end of the file."""
        if len(self._buffer) - self._position > MAX_RECORD_BYTES:
            raise Stop(oversized_record(self.path, self._line_at(self._position)))
        return self._more()

    def _value(self) -> tuple[Any, Problem | None]:
        """The value at the position (after whitespace), or the problem that makes it
        unusable (a duplicate key, an integer too long), stepped over."""
        line = self._line_at(self._position)
        try:
            return self._decode(DECODER), None
        except DuplicateKey as exc:
            problem = duplicate_key(self.path, exc.key, line)
        except ValueError as exc:  # an integer over Python's int-str digit limit
            problem = number_too_long(self.path, line, digits(exc))
        self._decode(_SKIPPER)
        return None, problem

    def _expect(self, character: str, message: str) -> None:
        if self._next() != character:
            raise self._syntax(message)
        self._position += 1

    # ----- the frame -------------------------------------------------------------------------

    def _document(self) -> Iterator[Item]:
        first = self._next()
        if first == "[":
            self._position += 1
            yield from self._records(self.table, 2)
        elif first == "{":
            self._position += 1
            yield from self._tables()
        elif first == "":
            raise self._syntax("Expecting value")
        else:
            line = self._line_at(self._position)
            _, problem = self._value()
            yield problem or not_records(self.path, line)
        if self._next() != "":
            raise self._syntax("Extra data")

    def _tables(self) -> Iterator[Item]:
        """A mapping of table names to lists of records, after its `{`."""
        seen: set[str] = set()
        if self._next() == "}":
            self._position += 1
            return
        while True:
            if self._next() != '"':
                raise self._syntax("Expecting property name enclosed in double quotes")
            line = self._line_at(self._position)
            name = self._decode(DECODER)
            if name in seen:
                yield duplicate_key(self.path, name, line)
            seen.add(name)
            self._expect(":", "Expecting ':' delimiter")
            if self._next() == "[":
                self._position += 1
                yield from self._records(name, 3)
            else:
                line = self._line_at(self._position)
                _, problem = self._value()
                yield problem or not_records(self.path, line)
            after = self._next()
            if after not in (",", "}"):
                raise self._syntax("Expecting ',' delimiter")
            self._position += 1
            if after == "}":
                return

    def _records(self, table: str | None, level: int) -> Iterator[Item]:
        """The records of a list after its `[` (`level`: the depth of a record in the
        document), in bulk while they allow it, else one by one."""
        values: list[Any] = []
        index: list[int] = []
        lines: list[int] = []
        position = 0
        bulk_from = 0  # after a bulk read takes nothing, the next records go one by one
        if self._next() == "]":
            self._position += 1
            return
        while True:
            taken = 0
            if self.types is not None and position >= bulk_from:
                if values:
                    yield chunk(table, index, lines, values)
                    values, index, lines = [], [], []
                taken = yield from self._bulk(table, level, position)
                position += taken
                bulk_from = position if taken else position + PYTHON_CHUNK
            if not taken:
                line = self._line_at(self._position)
                value, problem = self._value()
                position += 1
                if problem is not None:
                    yield problem
                elif depth(value) > MAX_DEPTH - level + 1:
                    yield too_deep(self.path)
                else:
                    values.append(value)
                    index.append(position)
                    lines.append(line)
            after = self._next()
            if after not in (",", "]"):
                raise self._syntax("Expecting ',' delimiter")
            self._position += 1
            if after == "]" or len(values) >= PYTHON_CHUNK:
                if values:
                    yield chunk(table, index, lines, values)
                values, index, lines = [], [], []
            if after == "]":
                return
            if self._next() == "]":
                raise self._syntax("Expecting value")

    def _bulk(self, table: str | None, level: int, position: int) -> Generator[Item, None, int]:
        """Records of the list read in bulk from the buffer (see `split_records`); returns
        how many were taken, leaving the position at the comma after the last one."""
        self._next()
        types, wanted = self._types(table), self.types(table) if self.types else None
        if not types or not wanted:
            return 0
        taken = yield from self._raw_lines(table, position, types, wanted)
        if taken:
            return taken
        while len(self._buffer) - self._position < CHUNK_BYTES and self._more():
            pass
        data = self._buffer[self._position :].encode("utf-8")
        one_a_line = yield from self._lines(data, table, position, types, wanted)
        if one_a_line is not None:
            self._position += one_a_line.chars
            # The lines are counted already.
            self._counted = (self._position, one_a_line.first + one_a_line.count - 1)
            return one_a_line.count
        found = split_records(data)
        if not len(found) or found.deepest > MAX_DEPTH - level + 1:
            return 0
        end = int(found.ends[-1])
        raw = np.frombuffer(data, dtype=np.uint8, count=end)
        lines = self._line_at(self._position) + found.breaks
        region = raw.copy()
        region[found.commas] = _SPACE_BYTE  # objects separated by whitespace, for Arrow
        parsed = arrow_block(region.tobytes(), types, wanted, multiline=True)
        if parsed is not None and parsed.num_rows == len(found):
            numbers = np.arange(position + 1, position + 1 + len(found), dtype=np.int64)
            yield Chunk(table, numbers, lines.astype(np.int64), arrow=parsed)
            taken = len(found)
        else:
            taken = yield from self._one_by_one(data, found, lines, table, position)
            if not taken:
                return 0
            end = int(found.ends[taken - 1])
        # Past the last record taken (characters, not bytes: skip UTF-8 continuation bytes).
        ascii_only = data.isascii()
        continuation = 0 if ascii_only else int(np.count_nonzero((raw[:end] & 0xC0) == 0x80))
        self._position += end - continuation
        return taken

    def _raw_lines(
        self,
        table: str | None,
        position: int,
        types: dict[str, pa.DataType],
        wanted: dict[str, pa.DataType],
    ) -> Generator[Item, None, int]:
        """Records one a line read from the file's next block as bytes, never decoded into
        the buffer: tried when what is left of the buffer is short (the end of a line, as
        after the block before) and the decoder holds no part of a character. When at least
        two lines are taken, the buffer becomes what follows them; otherwise the block is
        decoded onto the buffer as `_more` would."""
        rest = self._buffer[self._position :]
        if self._end or len(rest) > _SHORT_REST or self._decoder.getstate()[0]:
            return 0
        start = rest.encode("utf-8")
        data = bytearray(len(start) + CHUNK_BYTES)  # read into place: no copy of the block
        data[: len(start)] = start
        got = self._handle.readinto(memoryview(data)[len(start) :])
        del data[len(start) + got :]
        self.on_read(got)
        if not got:
            self._append(b"", final=True)
            return 0
        lines = yield from self._lines(data, table, position, types, wanted, least=2)
        if lines is None:
            self._append(bytes(data[len(start) :]), final=False)
            return 0
        # The buffer starts again after the records taken, on the line of the last of them.
        self._line = lines.first + lines.count - 1
        self._column = len(data[lines.line_start : lines.end].decode("utf-8"))
        self._buffer, self._position = "", 0
        self._counted = (0, self._line)
        self._append(bytes(data[lines.end :]), final=False)  # (re-decodes a little of `rest`)
        return lines.count

    def _lines(
        self,
        data: bytes | bytearray,
        table: str | None,
        position: int,
        types: dict[str, pa.DataType],
        wanted: dict[str, pa.DataType],
        least: int = 1,
    ) -> Generator[Item, None, Lines | None]:
        """Records written one a line (`[` and `]` on lines of their own, each record
        followed by a comma at the end of its line), read without a scan: the commas at the
        ends of the lines are blanked, and Arrow reads the lines as JSON Lines, one row a
        line. Nothing is taken unless every line is one object: a comma at the end of a line
        is never inside a string (a string holds no line break), and blanking one that is
        not between two records leaves JSON that Arrow refuses. Nor unless `least` lines
        are, and they are UTF-8 (`data` may come straight from the file)."""
        if b"\r" in data:
            return None
        breaks = line_breaks(data)
        lines = min(object_lines(data, breaks), len(breaks))  # whole lines only
        if lines < max(least, 1):
            return None
        ends = breaks[:lines]
        raw = np.frombuffer(data, dtype=np.uint8, count=int(ends[-1]) + 1)
        commas = raw[ends - 1] == _COMMA
        last_comma = bool(commas[-1])
        if int(commas.sum()) < lines - int(not last_comma):  # a line not ended by a comma
            return None
        end = int(ends[-1]) - (1 if last_comma else 0)  # after the last record, before its comma
        chars = end
        if int(raw[:end].max()) >= 0x80:  # not ASCII
            try:
                chars = len(raw[:end].tobytes().decode("utf-8"))
            except UnicodeDecodeError:
                return None
        # The commas blanked in a copy, or in place (and put back) when `data` may change.
        region = raw if raw.flags.writeable else raw.copy()
        region[ends[commas] - 1] = _SPACE_BYTE
        parsed = arrow_block(pa.py_buffer(region), types, wanted)
        if region is raw:
            region[ends[commas] - 1] = _COMMA
        if parsed is None or parsed.num_rows != lines:
            return None
        first = self._line_at(self._position)
        yield Chunk(
            table,
            np.arange(position + 1, position + 1 + lines, dtype=np.int64),
            np.arange(first, first + lines, dtype=np.int64),
            arrow=parsed,
        )
        line_start = int(ends[-2]) + 1 if lines > 1 else 0
        return Lines(lines, end, chars, first, line_start)

    def _one_by_one(
        self, data: bytes, found: Split, lines: np.ndarray, table: str | None, position: int
    ) -> Generator[Item, None, int]:
        """The records found, parsed by Python's `json` (when Arrow could not); stops before
        a record with a syntax error, for `_records` to report it with its place."""
        values: list[Any] = []
        index: list[int] = []
        kept: list[int] = []
        taken = 0
        for k in range(len(found)):
            text = data[int(found.starts[k]) : int(found.ends[k])].decode("utf-8")
            line = int(lines[k])
            try:
                value = DECODER.decode(text)
            except json.JSONDecodeError:
                break
            except DuplicateKey as exc:
                yield duplicate_key(self.path, exc.key, line)
            except RecursionError:
                break
            except ValueError as exc:  # an integer over Python's int-str digit limit
                yield number_too_long(self.path, line, digits(exc))
            else:
                values.append(value)
                index.append(position + k + 1)
                kept.append(line)
            taken = k + 1
        if values:
            yield chunk(table, index, kept, values)
        return taken

    def _types(self, table: str | None) -> dict[str, pa.DataType] | None:
        """The Arrow types of a table's fields (adjusted as the file goes, see
        `arrow_block`)."""
        if self.types is None:
            return None
        key = "" if table is None else table
        if key not in self._known:
            wanted = self.types(table)
            self._known[key] = dict(wanted) if wanted is not None else None
        return self._known[key]
