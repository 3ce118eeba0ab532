"""Read files of records (JSON Lines, JSON, YAML) as a stream of chunks of records, each record
with its table, its position in its list and its line. Nothing is read whole, so memory stays
bounded whatever the size of the file:

- JSON Lines is read in blocks of whole lines. Arrow's JSON reader parses a block into typed
  columns (the types the caller expects, `ArrowTypes`); when it cannot (a value of another
  type, a duplicate key, a syntax error, nesting), Python's `json` parses that block line by
  line, which says exactly what is wrong and where.
- A JSON document (a list of records, or a mapping of table names to lists of records) is
  read block by block too (`json_stream.py`): its records are found in bulk and go to Arrow
  the same way, or are read one by one by Python's `json`.
- YAML is parsed into events (by libyaml's C parser when PyYAML has it, see `yaml_lines.py`)
  and each record is built from its events alone, in one pass that also refuses anchors,
  aliases, tags and deep nesting. YAML files are capped at `MAX_DOCUMENT_BYTES`.

Everything a contributor can get wrong about such a file itself (syntax, encoding, size,
duplicate keys, numbers too long to read, YAML that builds objects or expands aliases, nesting
without bound) becomes a `Problem` here, never an exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson
import yaml

from mscexo.errors import Problem, shorten
from mscexo.files.checks import (
    MAX_DOCUMENT_BYTES,
    MAX_FILE_BYTES,
    OTHER_BOMS,
    encoding_problem,
    file_problem,
    size_problem,
)
from mscexo.files.formats import format_of
from mscexo.files.yaml_lines import event_loader

#: Deepest nesting accepted in JSON and YAML (a record list needs 4).
MAX_DEPTH = 10
#: Bytes of JSON Lines (or of the records of a JSON document) parsed at once.
CHUNK_BYTES = 8 * 2**20
#: Records of a YAML file built before they are handed on.
CHUNK_RECORDS = 5_000
#: Largest single record (a line of JSON Lines, an element of a JSON list): a record of
#: twenty cells of 10,000 characters is 200 KB, so anything near this is not a record.
MAX_RECORD_BYTES = 16 * 2**20

#: The Arrow type to read each field of a table into (None: the table is unknown).
ArrowTypes = Callable[[str | None], dict[str, pa.DataType] | None]


@dataclass
class Chunk:
    """Records of one list of a file: as Python values (`values`, whatever the file holds)
    or, when Arrow parsed them, as typed columns (`arrow`, every record an object). `index`
    is the position of each record in its list (from 1), `lines` its line (0: unknown)."""

    table: str | None
    index: np.ndarray
    lines: np.ndarray
    values: list[Any] | None = None
    arrow: pa.Table | None = None

    def __len__(self) -> int:
        return len(self.index)


#: What a reader yields: chunks of records, and the problems of the file, in file order.
Item = Chunk | Problem


class DuplicateKey(ValueError):
    """A JSON object or YAML mapping names a key twice."""

    def __init__(self, key: Any) -> None:
        super().__init__(key)
        self.key = key


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json`'s object hook that refuses a key given twice (JSON would keep the last)."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return data


DECODER = json.JSONDecoder(object_pairs_hook=unique_keys)


def duplicate_key(path: Path, key: Any, line: int | None, table: str | None = None) -> Problem:
    return file_problem(
        path,
        "duplicate-field",
        f"the key {shorten(str(key))!r} is given twice in one object",
        "give each field once: JSON and YAML readers would silently keep only the last value",
        line=line,
        table=table,
        field=shorten(str(key)),
    )


def number_too_long(path: Path, line: int | None, detail: str = "") -> Problem:
    return file_problem(
        path,
        "number-too-long",
        "a number has more digits than can be read (at most 4,300)" + detail,
        "check the value: no field holds a number that long; write it as text in quotes if "
        "it is an identifier",
        line=line,
    )


def too_deep(path: Path, line: int | None = None) -> Problem:
    return file_problem(
        path,
        "too-deep",
        f"the data are nested more than {MAX_DEPTH} levels deep",
        "give a list of flat records (field: value, lists of values only)",
        line=line,
    )


def oversized_record(path: Path, line: int | None) -> Problem:
    return file_problem(
        path,
        "oversized-record",
        f"a single record is over {MAX_RECORD_BYTES:,} bytes",
        "check that records are separated properly (one JSON object per line in JSON Lines)",
        line=line,
    )


def json_problem(path: Path, exc: json.JSONDecodeError, line: int, column: int | None) -> Problem:
    where = f" (column {column})" if column is not None else ""
    return file_problem(
        path,
        "json-syntax",
        f"not valid JSON: {exc.msg}{where}",
        "check brackets, quotes and commas around the line shown",
        line=line,
    )


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth, counted without recursion (so a hostile document cannot exhaust it)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > limit:
            return level
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else []
        )
        stack.extend((child, level + 1) for child in children)
    return deepest


def parse_json(path: Path, text: str | bytes, line: int) -> tuple[Any, Problem | None]:
    """One JSON value (a line of JSON Lines), or the problem that stops reading it."""
    try:
        value = DECODER.decode(text if isinstance(text, str) else text.decode("utf-8"))
    except json.JSONDecodeError as exc:
        return None, json_problem(path, exc, line + exc.lineno - 1, None)
    except DuplicateKey as exc:
        return None, duplicate_key(path, exc.key, line)
    except RecursionError:
        return None, too_deep(path, line)
    except ValueError as exc:  # an integer over Python's int-str digit limit
        return None, number_too_long(path, line, digits(exc))
    if depth(value) > MAX_DEPTH - 1:
        return None, too_deep(path, line)
    return value, None


def digits(exc: ValueError) -> str:
    found = re.search(r"value has ([0-9]+) digits", str(exc))
    return f": this one has {int(found[1]):,}" if found else ""


# ----- JSON Lines ----------------------------------------------------------------------------


def line_blocks(path: Path) -> Iterator[tuple[bytearray, int, np.ndarray] | Problem]:
    """Blocks of whole lines of a file, each with the number of its first line and the
    positions of its line breaks; a line over MAX_RECORD_BYTES is reported and skipped,
    never held. Each block is read into place after the end of the line before it (no copy
    of the block)."""
    line, carry, skipping, head = 1, b"", False, True
    with path.open("rb") as handle:
        while True:
            data = bytearray(len(carry) + CHUNK_BYTES)
            data[: len(carry)] = carry
            got = handle.readinto(memoryview(data)[len(carry) :])
            if not got:
                break
            del data[len(carry) + got :]
            if head and data.startswith(b"\xef\xbb\xbf"):
                del data[:3]
            head = False
            if skipping:
                end = data.find(b"\n")
                if end < 0:
                    continue
                del data[: end + 1]
                skipping, line = False, line + 1
            cut = data.rfind(b"\n") + 1
            carry = bytes(data[cut:])
            del data[cut:]
            if data:
                breaks = line_breaks(data)
                yield data, line, breaks
                line += len(breaks)
            if len(carry) > MAX_RECORD_BYTES:
                yield oversized_record(path, line)
                carry, skipping = b"", True
    if carry and not skipping:
        yield bytearray(carry), line, line_breaks(carry)


def line_breaks(data: bytes | bytearray) -> np.ndarray:
    """Where the line breaks of `data` are (one vectorised comparison: several times faster
    than counting them with `bytes.count` and then looking at the lines with a regular
    expression)."""
    return np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == NEWLINE)


def object_lines(data: bytes | bytearray, breaks: np.ndarray) -> int:
    """How many lines at the start of `data` (up to and with the line break ending the last
    of them) start with `{`: every one of them when it is the whole of `data`."""
    if not data.startswith(b"{"):
        return 0
    following = breaks + 1
    following = following[following < len(data)]
    other = np.flatnonzero(np.frombuffer(data, dtype=np.uint8)[following] != OPEN_BRACE)
    return int(other[0]) + 1 if len(other) else len(breaks) + (not data.endswith(b"\n"))


def arrow_block(
    block: bytes | pa.Buffer,
    types: dict[str, pa.DataType],
    wanted: dict[str, pa.DataType],
    multiline: bool = False,
) -> pa.Table | None:
    """JSON objects (one a line, or separated by any whitespace if `multiline`) parsed by
    Arrow into the given types (fields the table does not have inferred); None when Arrow
    cannot read them as flat records of those types.

    A field whose values Arrow cannot read as its type (numbers written as text, say) is read
    as text from then on (`types` changes); when text fails too, the field gets its `wanted`
    type back, and the block goes to Python. A known field is never left to Arrow's
    inference, which reads text that looks like a date as a timestamp."""
    for _ in range(4):
        try:
            table = pajson.read_json(
                pa.BufferReader(block),
                read_options=pajson.ReadOptions(use_threads=False, block_size=2**20),
                parse_options=pajson.ParseOptions(
                    explicit_schema=pa.schema(list(types.items())),
                    unexpected_field_behavior="infer",
                    newlines_in_values=multiline,
                ),
            )
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
            column = re.search(r"Column\(/([^/)\[]+)", str(exc))
            name = column[1] if column else None
            if name not in types or types[name] == pa.string():
                if name in types:
                    types[name] = wanted[name]
                return None
            types[name] = pa.string()  # e.g. numbers written as text
            continue
        if not all(flat(t) for t in table.schema.types) or _infinite(table):
            return None
        try:  # Arrow builds broken lists from some lists of nulls (pyarrow 26)
            table.validate()
        except pa.ArrowInvalid:
            return None
        return table
    return None


def one_object_a_line(block: bytes | bytearray, breaks: np.ndarray) -> bool:
    """Whether every line of a block starts an object (no blank line, nothing else), and
    the block is UTF-8 (Arrow does not check). Only then can Arrow's rows be the lines, one
    for one: Arrow skips blank lines, reads a line `null` as a record of nulls, and crashes
    (a segmentation fault, pyarrow 26) on a block that starts with one."""
    if object_lines(block, breaks) != len(breaks) + (not block.endswith(b"\n")):
        return False
    if not block.isascii():
        try:
            block.decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


NEWLINE, OPEN_BRACE = ord("\n"), ord("{")


def _infinite(table: pa.Table) -> bool:
    """Whether a float column holds an infinity: Arrow reads an integer too long for a double
    as one, where Python reads the integer (or refuses one of over 4,300 digits)."""
    for column in table.columns:
        kind = column.type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            column, kind = pc.list_flatten(column), kind.value_type
        if pa.types.is_floating(kind) and pc.any(pc.is_inf(column)).as_py():
            return True
    return False


def flat(kind: pa.DataType) -> bool:
    """A type a record's field may have: a scalar, or a list of scalars."""
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        kind = kind.value_type
    return not (pa.types.is_nested(kind) or pa.types.is_dictionary(kind))


def python_block(
    path: Path, block: bytes | bytearray, line: int
) -> tuple[list[Any], list[int], list[Problem]]:
    """A block of JSON Lines parsed line by line: the values, their lines, the problems."""
    values: list[Any] = []
    lines: list[int] = []
    problems: list[Problem] = []
    try:
        decoded = block.decode("utf-8")
    except UnicodeDecodeError:
        return values, lines, [encoding_problem(path) or file_problem(path, "encoding", "", "")]
    for number, text in enumerate(decoded.split("\n"), start=line):
        if not text.strip():
            continue
        value, problem = parse_json(path, text, number)
        if problem is not None:
            problems.append(problem)
        else:
            values.append(value)
            lines.append(number)
    return values, lines, problems


def read_jsonl(
    path: Path, table: str | None, types: ArrowTypes | None, on_read: Callable[[int], None]
) -> Iterator[Item]:
    wanted = types(table) if types else None
    known = dict(wanted) if wanted is not None else None
    index = 1
    for block in line_blocks(path):
        if isinstance(block, Problem):
            yield block
            continue
        data, line, breaks = block
        on_read(len(data))
        count = len(breaks) + (not data.endswith(b"\n"))
        simple = known is not None and wanted is not None and one_object_a_line(data, breaks)
        parsed = (
            arrow_block(pa.py_buffer(data), known, wanted) if simple and known and wanted else None
        )
        if parsed is not None and parsed.num_rows == count:
            positions = np.arange(index, index + count, dtype=np.int64)
            numbers = np.arange(line, line + count, dtype=np.int64)
            yield Chunk(table, positions, numbers, arrow=parsed)
            index += count
            continue
        values, lines, problems = python_block(path, data, line)
        yield from problems
        if values:
            yield chunk(table, list(range(index, index + len(values))), lines, values)
            index += len(values)
        if any(p.code == "encoding" for p in problems):
            return  # what follows cannot be read either


# ----- JSON ----------------------------------------------------------------------------------


def read_json(
    path: Path, table: str | None, types: ArrowTypes | None, on_read: Callable[[int], None]
) -> Iterator[Item]:
    from mscexo.files.json_stream import JsonRecords

    return JsonRecords(path, table, types, on_read).items()


# ----- YAML ----------------------------------------------------------------------------------


def yaml_problem(path: Path, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    message = str(getattr(exc, "problem", None) or exc)
    if "could not determine a constructor" in message:
        return file_problem(
            path,
            "yaml-tag",
            "the YAML asks to construct an object (a tag)",
            "remove the !tag: contributions are plain data",
            line=mark.line + 1 if mark else None,
        )
    return file_problem(
        path,
        "yaml-syntax",
        f"not valid YAML: {message}",
        "check indentation and quoting around the line shown",
        line=mark.line + 1 if mark else None,
    )


class Refused(Exception):
    """Reading a YAML file stops at this problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_STANDARD = "tag:yaml.org,2002:"
#: The tags a list or a mapping may carry (not !!set, !!omap or !!python/...).
_COLLECTIONS = frozenset({"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"})
#: Stands for a value that could not be read (reported already); its record is skipped.
UNREADABLE = object()


@dataclass
class YamlRecords:
    """The records of a YAML file, built from its events one record at a time: a list of
    records for `table`, or a mapping of table names to lists of records. Only the records
    of one chunk are held at a time."""

    path: Path
    table: str | None
    problems: list[Problem] = field(default_factory=list)
    _tags: dict[str, str] = field(default_factory=dict)
    _unreadable: bool = False

    def items(self) -> Iterator[Item]:
        with self.path.open(encoding="utf-8-sig") as handle:
            loader = event_loader()(handle)
            try:
                yield from self._stream(loader)
            except Refused as stop:
                yield from self._flush()
                yield stop.problem
            except yaml.YAMLError as exc:
                yield from self._flush()
                yield yaml_problem(self.path, exc)
            finally:
                loader.dispose()

    def _flush(self) -> Iterator[Problem]:
        yield from self.problems
        self.problems.clear()

    def _stream(self, loader: Any) -> Iterator[Item]:
        documents = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise Refused(
                        file_problem(
                            self.path,
                            "yaml-syntax",
                            "not valid YAML: expected a single document in the stream, "
                            "but found another document",
                            "write all records into one document (remove the second `---`)",
                            line=_line(event),
                        )
                    )
                yield from self._root(loader)
        if documents == 0:
            yield file_problem(self.path, "empty-file", "the file holds no records", "")

    def _root(self, loader: Any) -> Iterator[Item]:
        event = loader.get_event()
        self._check(event, 1)
        if isinstance(event, yaml.SequenceStartEvent):
            yield from self._records(loader, self.table, 1)
        elif isinstance(event, yaml.MappingStartEvent):
            seen: set[Any] = set()
            while not loader.check_event(yaml.MappingEndEvent):
                key_event = loader.peek_event()
                name = self._value(loader, 2)
                if name in seen:
                    self.problems.append(duplicate_key(self.path, name, _line(key_event)))
                if isinstance(name, str):
                    seen.add(name)
                start = loader.get_event()
                self._check(start, 2)
                if isinstance(start, yaml.SequenceStartEvent) and isinstance(name, str):
                    yield from self._records(loader, name, 2)
                else:
                    self._skip(loader, start, 2)
                    self.problems.append(not_records(self.path, _line(start)))
                yield from self._flush()
            loader.get_event()
        elif isinstance(event, yaml.ScalarEvent) and self._scalar(loader, event) is None:
            self.problems.append(
                file_problem(self.path, "empty-file", "the file holds no records", "")
            )
        else:
            self._skip(loader, event, 1)
            self.problems.append(not_records(self.path, _line(event)))
        yield from self._flush()
        loader.get_event()  # the end of the document

    def _records(self, loader: Any, table: str | None, level: int) -> Iterator[Item]:
        """The records of a list whose start event was read (`level`: its depth), in chunks;
        a record with a value that cannot be read is left out (its problem says why)."""
        values: list[Any] = []
        index: list[int] = []
        lines: list[int] = []
        position = 0
        while not loader.check_event(yaml.SequenceEndEvent):
            event = loader.peek_event()
            self._unreadable = False
            value = self._value(loader, level + 1)
            position += 1
            if not self._unreadable:
                values.append(value)
                index.append(position)
                lines.append(_line(event) or 0)
            if len(values) >= CHUNK_RECORDS:
                yield from self._flush()
                yield chunk(table, index, lines, values)
                values, index, lines = [], [], []
        loader.get_event()
        yield from self._flush()
        if values:
            yield chunk(table, index, lines, values)

    def _check(self, event: Any, level: int) -> None:
        """Anchors, aliases, tags and nesting are refused before anything is built."""
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise Refused(
                file_problem(
                    self.path,
                    "yaml-alias",
                    "the YAML uses anchors and aliases (&name / *name)",
                    "write every value out in full: aliases are not accepted in contributions",
                    line=_line(event),
                )
            )
        tag = getattr(event, "tag", None)
        plain = _COLLECTIONS if isinstance(event, yaml.CollectionStartEvent) else None
        if tag and tag != "!" and not (tag in plain if plain else tag.startswith(_STANDARD)):
            raise self._tag(tag, event)
        if level > MAX_DEPTH and isinstance(event, yaml.CollectionStartEvent):
            raise Refused(too_deep(self.path, _line(event)))

    def _tag(self, tag: str, event: Any) -> Refused:
        return Refused(
            file_problem(
                self.path,
                "yaml-tag",
                f"the YAML uses the tag {tag!r}",
                "remove the tag: contributions are plain data",
                line=_line(event),
            )
        )

    def _value(self, loader: Any, level: int) -> Any:
        """The value whose events come next, built (`level`: its depth in the document)."""
        event = loader.get_event()
        self._check(event, level)
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(loader, event)
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not loader.check_event(yaml.SequenceEndEvent):
                items.append(self._value(loader, level + 1))
            loader.get_event()
            return items
        mapping: dict[Any, Any] = {}
        while not loader.check_event(yaml.MappingEndEvent):
            key_event = loader.peek_event()
            if (
                isinstance(key_event, yaml.ScalarEvent)
                and key_event.value == "<<"
                and key_event.implicit[0]
            ):
                raise Refused(
                    file_problem(
                        self.path,
                        "yaml-alias",
                        "the YAML uses a merge key (<<)",
                        "write every field of the record out in full",
                        line=_line(key_event),
                    )
                )
            key = self._value(loader, level + 1)
            if isinstance(key, list | dict):
                raise Refused(
                    file_problem(
                        self.path,
                        "yaml-syntax",
                        "not valid YAML: found unhashable key",
                        "a key must be a plain name",
                        line=_line(key_event),
                    )
                )
            if key in mapping:
                self.problems.append(duplicate_key(self.path, key, _line(key_event)))
            mapping[key] = self._value(loader, level + 1)
        loader.get_event()
        return mapping

    def _scalar(self, loader: Any, event: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if event.implicit[0]:
                tag = self._tags.get(event.value)
                if tag is None:
                    tag = loader.resolve(yaml.ScalarNode, event.value, (True, False))
                    if len(self._tags) > 100_000:
                        self._tags.clear()
                    self._tags[event.value] = tag
            else:
                tag = _STR
        if tag == _STR:
            return event.value
        construct = yaml.SafeLoader.yaml_constructors.get(tag)
        if construct is None:
            raise self._tag(tag, event)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return construct(loader, node)
        except yaml.YAMLError:
            raise
        except ValueError as exc:
            if tag != _INT:
                return event.value  # e.g. a date that does not exist: judged as its text
            self.problems.append(number_too_long(self.path, _line(event), digits(exc)))
            self._unreadable = True
            return UNREADABLE

    def _skip(self, loader: Any, event: Any, level: int) -> None:
        """Skip the node that `event` starts (checked, never built)."""
        opened = 1 if isinstance(event, yaml.CollectionStartEvent) else 0
        while opened:
            event = loader.get_event()
            self._check(event, level + opened)
            if isinstance(event, yaml.CollectionStartEvent):
                opened += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                opened -= 1


def chunk(table: str | None, index: list[int], lines: list[int], values: list[Any]) -> Chunk:
    return Chunk(
        table, np.array(index, dtype=np.int64), np.array(lines, dtype=np.int64), values=values
    )


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return mark.line + 1 if mark is not None else None


def not_records(path: Path, line: int | None) -> Problem:
    return file_problem(
        path,
        "not-records",
        "expected a list of records, or a mapping of table names to lists of records",
        "see `mscexo template --help`",
        line=line,
    )


def read_yaml_records(
    path: Path, table: str | None, types: ArrowTypes | None, on_read: Callable[[int], None]
) -> Iterator[Item]:
    return YamlRecords(path, table).items()


def bom_problem(path: Path) -> Problem | None:
    """A UTF-16 or UTF-32 file, by its byte-order mark. (A JSON or JSON Lines file is
    otherwise checked as it is read: a byte that is not UTF-8 stops it there.)"""
    with path.open("rb") as handle:
        start = handle.read(4)
    return encoding_problem(path) if any(start.startswith(b) for b in OTHER_BOMS) else None


#: The reader of each format of records (`formats.FORMATS` of kind `records`), and the
#: largest file it reads: JSON Lines and JSON are streamed; YAML is capped, as its parser
#: holds a scalar (which may be the whole file) at once.
RECORD_READERS: dict[str, tuple[Callable[..., Iterator[Item]], int]] = {
    "json": (read_json, MAX_FILE_BYTES),
    "jsonl": (read_jsonl, MAX_FILE_BYTES),
    "yaml": (read_yaml_records, MAX_DOCUMENT_BYTES),
}


def read_records(
    path: Path,
    table: str | None,
    types: ArrowTypes | None = None,
    on_read: Callable[[int], None] = lambda n: None,
) -> Iterator[Item]:
    """The records of a JSON, JSON Lines or YAML file, read by its format's reader, as chunks
    of records and problems in file order. `types` gives the Arrow types to parse each
    table's fields into (JSON only); `on_read` is told the bytes read as they are."""
    fmt = format_of(path)
    if fmt is None or fmt.name not in RECORD_READERS:
        raise ValueError(f"{path.name} is not a file of records")
    reader, limit = RECORD_READERS[fmt.name]
    problem = size_problem(path, limit) or (
        encoding_problem(path) if fmt.name == "yaml" else bom_problem(path)
    )
    if problem:
        yield problem
        return
    yield from reader(path, table, types, on_read)
