"""Vectorised row checks over Arrow columns, compiled from the column rules of `contract.py`.

Bulk contributions (hundreds of thousands of rows) are too slow to push through pydantic one
record at a time. This module finds the rows that break any rule with Arrow compute kernels,
a column at a time; only those rows are then explained by the slow path (the generated models),
so every message still comes from the one contract. `tests/test_fastpath.py` checks with
hypothesis that both paths judge generated valid and mutated rows alike, for every table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from mscexo.contract.cells import (
    MAX_CELL_CHARS,
    PLACEHOLDER,
    PLAIN_NUMBER,
    TYPE_SYNTAX,
    Column,
    full,
)

#: Bytes that `cells.EDGE_WHITESPACE` finds at the start or end of a cell, and bytes that
#: start a formula (`cells.FORMULA`), as lookup tables indexed by a byte value.
_WHITESPACE = np.zeros(256, dtype=bool)
_WHITESPACE[list(b" \t\n\r\f\v")] = True
_FORMULA_START = np.zeros(256, dtype=bool)
_FORMULA_START[list(b"=+-@")] = True
#: Bytes of the control characters of `cells.CONTROL` (C0 and DEL; a C1 character is the
#: byte C2 followed by 80..9F), and those that multi-line text may hold (tab, LF, CR).
_CONTROL_BYTES = np.zeros(256, dtype=bool)
_CONTROL_BYTES[list(range(0x20)) + [0x7F]] = True
_LINE_BYTES = np.zeros(256, dtype=bool)
_LINE_BYTES[list(b"\t\n\r")] = True
#: A length-only pattern such as `^.{1,160}$`: RE2 runs counted repetition slowly, so it is
#: checked as a length range and the absence of a newline (which `.` does not match).
_LENGTH_PATTERN = re.compile(r"^\^\.\{([0-9]+),([0-9]+)\}\$$")


# Arrays are built from numpy buffers rather than with `pa.array`/`pa.scalar`, which import
# pandas (when installed) to look for pandas types: 0.2 s, more than checking 100k rows.


def arrow_mask(values: np.ndarray) -> pa.Array:
    """A numpy boolean array as an Arrow boolean array."""
    bits = np.packbits(values, bitorder="little")
    return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])


def arrow_indices(values: np.ndarray) -> pa.Array:
    """A numpy integer array as an Arrow int64 array (for `take`)."""
    data = np.ascontiguousarray(values, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(data), [None, pa.py_buffer(data)])


def arrow_strings(values: list[str]) -> pa.Array:
    """Python strings as an Arrow string array."""
    encoded = [v.encode("utf-8") for v in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
    offsets[1:] = np.cumsum([len(e) for e in encoded], dtype=np.int64)
    buffers = [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
    return pa.Array.from_buffers(pa.string(), len(encoded), buffers)


def valid(array: pa.Array) -> np.ndarray:
    """Which slots of an array hold a value."""
    if not array.null_count:
        return np.ones(len(array), dtype=bool)
    bits = np.unpackbits(np.frombuffer(array.buffers()[0], dtype=np.uint8), bitorder="little")
    return bits[array.offset : array.offset + len(array)].astype(bool)


def with_sentinel(indices: pa.Array, sentinel: int) -> np.ndarray:
    """Dictionary indices as numpy, a null index replaced by `sentinel`."""
    return np.where(valid(indices), numbers(indices), sentinel)


def mask(array: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A boolean Arrow array as numpy, nulls counted as False (unpacking the bitmap directly:
    Arrow's own conversion of booleans goes through pandas)."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if len(array) == 0:
        return np.zeros(0, dtype=bool)
    bits = np.frombuffer(array.buffers()[1], dtype=np.uint8)
    unpacked = np.unpackbits(bits, bitorder="little")
    return unpacked[array.offset : array.offset + len(array)].astype(bool) & valid(array)


def numbers(array: pa.Array) -> np.ndarray:
    """An integer Arrow array without nulls as numpy, without copying (read from the buffer:
    `Array.to_numpy` would import pandas, which costs more than the whole check)."""
    dtype = np.dtype(
        f"{'u' if pa.types.is_unsigned_integer(array.type) else 'i'}{array.type.bit_width // 8}"
    )
    data = np.frombuffer(array.buffers()[1], dtype=dtype)
    return data[array.offset : array.offset + len(array)]


@dataclass
class Cells:
    """Byte length, first and last byte of every cell, read straight from the Arrow buffers
    (a null cell has length 0). The cheap cell checks need nothing else."""

    lengths: np.ndarray
    first: np.ndarray
    last: np.ndarray
    present: np.ndarray

    @classmethod
    def of(cls, cells: pa.Array) -> Cells:
        _, offsets, data = cells.buffers()
        kind = np.int64 if pa.types.is_large_string(cells.type) else np.int32
        ends: np.ndarray[Any, np.dtype[np.int64]] = np.frombuffer(offsets, dtype=kind)[
            cells.offset : cells.offset + len(cells) + 1
        ].astype(np.int64, copy=False)
        lengths = np.diff(ends)
        if cells.null_count:
            lengths = np.where(mask(pc.is_valid(cells)), lengths, 0)
        if data is None or len(data) == 0:
            empty = np.zeros(len(cells), dtype=np.uint8)
            return cls(lengths, empty, empty, lengths > 0)
        raw = np.frombuffer(data, dtype=np.uint8)
        # Gather without masking: the bytes read for empty cells are never used.
        first = raw.take(ends[:-1], mode="clip")
        last = raw.take(ends[1:] - 1, mode="clip")
        return cls(lengths, first, last, lengths > 0)

    @property
    def edge_whitespace(self) -> np.ndarray:
        return self.present & (_WHITESPACE[self.first] | _WHITESPACE[self.last])


def _has_newline(values: pa.Array) -> np.ndarray:
    """Cells holding a line break; skips the scan when the data buffer has none at all."""
    data = values.buffers()[2]
    if data is None or not np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == 10):
        return np.zeros(len(values), dtype=bool)
    return mask(pc.match_substring(values, "\n"))


def _value_problems(values: pa.Array, column: Column) -> dict[str, np.ndarray]:
    """Per-value failures of type syntax, range, pattern and enum (values are non-empty)."""
    found: dict[str, np.ndarray] = {}
    syntax_ok = np.ones(len(values), dtype=bool)
    if column.type in TYPE_SYNTAX:
        syntax_ok = mask(pc.match_substring_regex(values, full(TYPE_SYNTAX[column.type])))
        if column.type == "date" and syntax_ok.any():
            parsed = pc.strptime(values, format="%Y-%m-%d", unit="s", error_is_null=True)
            # Arrow rolls 2023-02-30 over to March; a real date prints back unchanged.
            same = pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), values)
            syntax_ok &= mask(same)
        found["type"] = ~syntax_ok
    if column.type in ("integer", "number") and (
        column.minimum is not None or column.maximum is not None
    ):
        out = np.zeros(len(values), dtype=bool)
        if syntax_ok.any():
            parsed = pc.cast(values.filter(arrow_mask(syntax_ok)), pa.float64())
            floats = np.frombuffer(parsed.buffers()[1], dtype=np.float64)
            floats = floats[parsed.offset : parsed.offset + len(parsed)]
            low = -np.inf if column.minimum is None else column.minimum
            high = np.inf if column.maximum is None else column.maximum
            out[syntax_ok] = (floats < low) | (floats > high)
        found["range"] = out
    if column.pattern:
        found["pattern"] = ~_pattern_ok(values, column.pattern) & syntax_ok
    if column.enum is not None:
        allowed = arrow_strings(column.enum)
        found["enum"] = ~mask(pc.is_in(values, value_set=allowed)) & syntax_ok
    return found


def _oversized(cells: pa.Array, view: Cells) -> np.ndarray:
    """Cells over the character limit; only cells with more bytes than that are counted."""
    long = view.lengths > MAX_CELL_CHARS
    if not long.any():
        return long
    found = np.zeros(len(cells), dtype=bool)
    found[long] = numbers(pc.utf8_length(cells.filter(arrow_mask(long)))) > MAX_CELL_CHARS
    return found


def _formula(cells: pa.Array, view: Cells) -> np.ndarray:
    """Cells that start like a formula (`cells.is_formula`): those starting with = + - @,
    but for plain numbers, which the regex is run on those cells only to find."""
    start = view.present & _FORMULA_START[view.first]
    if not start.any():
        return start
    found = np.zeros(len(cells), dtype=bool)
    number = mask(pc.match_substring_regex(cells.filter(arrow_mask(start)), PLAIN_NUMBER))
    found[start] = ~number
    return found


def _control(cells: pa.Array, column: Column, view: Cells) -> np.ndarray:
    """Cells holding a control character (`cells.CONTROL`, or `CONTROL_MULTILINE` for
    multi-line text), found in the data buffer in a few vectorised passes: only the bytes
    that may start one (below 20, and 7F and above: DEL, and C2 of a C1 character) are
    looked at one by one, then mapped to their cells through the offsets."""
    found = np.zeros(len(cells), dtype=bool)
    _, offsets, data = cells.buffers()
    if data is None or not view.present.any():
        return found
    kind = np.int64 if pa.types.is_large_string(cells.type) else np.int32
    ends = np.frombuffer(offsets, dtype=kind)[cells.offset : cells.offset + len(cells) + 1]
    first, last = int(ends[0]), int(ends[-1])
    raw = np.frombuffer(data, dtype=np.uint8)[first:last]
    # one pass: bytes below 20 or from 7F up wrap around to 5F and above
    candidates = np.flatnonzero((raw - np.uint8(0x20)) >= 0x5F)
    if not len(candidates):
        return found
    byte = raw[candidates]
    following = raw[np.minimum(candidates + 1, len(raw) - 1)]
    c1 = (byte == 0xC2) & (following >= 0x80) & (following <= 0x9F) & (candidates + 1 < len(raw))
    bad = _CONTROL_BYTES[byte] | c1
    if column.multiline:
        bad &= ~_LINE_BYTES[byte]
    cell = np.searchsorted(ends, candidates[bad] + first, side="right") - 1
    found[cell] = True
    return found & view.present


def _placeholder(cells: pa.Array, column: Column, present: np.ndarray) -> np.ndarray:
    """Prose cells that hold a placeholder instead of being empty."""
    if not column.free_text:
        return np.zeros(len(cells), dtype=bool)
    return present & mask(pc.match_substring_regex(cells, PLACEHOLDER))


def _pattern_ok(values: pa.Array, pattern: str) -> np.ndarray:
    length = _LENGTH_PATTERN.match(pattern)
    if length is None:
        return mask(pc.match_substring_regex(values, pattern))
    n = numbers(pc.utf8_length(values))
    return (n >= int(length[1])) & (n <= int(length[2])) & ~_has_newline(values)


def _list_problems(cells: pa.Array, column: Column, present: np.ndarray):
    """Item failures of a list column folded back onto rows; also which rows have items."""
    parts = pc.split_pattern(pc.fill_null(cells, ""), column.delimiter)
    items = pc.list_flatten(parts)
    parents = numbers(pc.list_parent_indices(parts))
    keep = mask(pc.not_equal(items, ""))
    items, parents = items.filter(arrow_mask(keep)), parents[keep]
    has_items = np.zeros(len(cells), dtype=bool)
    has_items[parents] = True
    rows: dict[str, np.ndarray] = {}
    for code, bad in _value_problems(items, column).items():
        out = np.zeros(len(cells), dtype=bool)
        out[parents[bad]] = True
        rows[code] = out & present
    return rows, has_items & present


def _cell_problems(cells: pa.Array, column: Column) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Per-cell failures of one column of text cells (all rules but `required`), and which
    cells hold a value."""
    if cells.type != pa.string():
        cells = pc.cast(cells, pa.string())
    view = Cells.of(cells)
    present = view.present
    found: dict[str, np.ndarray] = {
        "oversized-cell": _oversized(cells, view),
        "formula": _formula(cells, view),
        "control-character": _control(cells, column, view),
        "placeholder": _placeholder(cells, column, present),
        "whitespace": view.edge_whitespace,
    }
    if column.is_list:
        item_found, present = _list_problems(cells, column, present)
        found.update(item_found)
    elif present.any():
        values = cells if present.all() else cells.filter(arrow_mask(present))
        for code, failed in _value_problems(values, column).items():
            out = np.zeros(len(cells), dtype=bool)
            out[np.flatnonzero(present)[failed]] = True
            found[code] = out
    return found, present


def _dictionary_problems(
    cells: pa.DictionaryArray, column: Column
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The same for a dictionary-encoded column: each distinct value is checked once, and
    the verdicts are spread to the rows through the indices (a null row gets the sentinel)."""
    found, present = _cell_problems(cells.dictionary, column)
    sentinel = len(cells.dictionary)
    indices = with_sentinel(cells.indices, sentinel)
    spread = {code: np.append(rows, False)[indices] for code, rows in found.items()}
    return spread, np.append(present, False)[indices]


def check_batch(batch: pa.RecordBatch, rules: dict[str, Column]) -> tuple[np.ndarray, Counter]:
    """Which rows of a batch of text cells break the contract, and problem counts by
    (code, column). A column may be dictionary-encoded (repetitive columns such as enums and
    references are read that way). Columns missing from the batch are the caller's
    (file-level) concern."""
    bad = np.zeros(batch.num_rows, dtype=bool)
    counts: Counter = Counter()
    for name in batch.schema.names:
        column = rules.get(name)
        if column is None:
            continue
        cells = batch.column(name)
        if pa.types.is_dictionary(cells.type):
            found, present = _dictionary_problems(cells, column)
        else:
            found, present = _cell_problems(cells, column)
        if column.required:
            found["required"] = ~present
        for code, rows in found.items():
            n = int(rows.sum())
            if n:
                counts[(code, name)] += n
                bad |= rows
    return bad, counts
