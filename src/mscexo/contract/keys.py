"""The one key index: identifiers, natural keys and references of every record, for the build
and for `mscexo validate` alike.

Keys are kept as Arrow arrays of key text (`cells.key_text`: the encoded form of the decoded
value, so `0977` and `977` are one reference number), batch by batch as records arrive, with
where each record came from. At the end, identifiers and natural keys (the schema's
`unique_keys`) must be unique, and every reference (single or a list) must name a record of
the index or of the release. Both front ends feed this index, so they give the same verdict;
`tests/test_keys.py` holds them to it with hypothesis.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from mscexo.contract import hints
from mscexo.contract.cells import Column, key_text
from mscexo.contract.fastpath import (
    arrow_indices,
    arrow_mask,
    arrow_strings,
    mask,
    numbers,
    with_sentinel,
)
from mscexo.contract.record import Resource
from mscexo.errors import Problem, shorten

#: Largest key set searched for a "did you mean" suggestion (difflib is quadratic-ish).
MAX_SUGGESTION_KEYS = 20_000
#: Joins the parts of a natural key into one string (a character no cell may hold).
KEY_SEPARATOR = "\x1f"

#: Position of records in their file, by ordinal: `row`, `line` and/or `record`.
Locate = Callable[[np.ndarray], list[dict[str, Any]]]


@dataclass
class Source:
    """A file that records came from, and how to say where each of them is."""

    path: str
    locate: Locate


@dataclass
class Reference:
    """A reference the release does not resolve, to be looked up in the index at the end."""

    field: str
    value: str
    target: str
    source: int
    ordinal: int
    record_id: str | None


@dataclass
class TableKeys:
    """Key columns of one table over all records, in arrival order."""

    chunks: list[pa.RecordBatch] = field(default_factory=list)
    sources: list[np.ndarray] = field(default_factory=list)
    ordinals: list[np.ndarray] = field(default_factory=list)
    pending: list[Reference] = field(default_factory=list)
    count: int = 0

    def concat(self, name: str) -> pa.Array:
        if not self.chunks:
            return arrow_strings([])
        return pa.concat_arrays([c.column(name) for c in self.chunks])


def text(values: pa.Array) -> pa.Array:
    """A column as plain strings (dictionary-encoded columns decoded)."""
    return pc.cast(values, pa.string()) if pa.types.is_dictionary(values.type) else values


def column_of(batch: pa.RecordBatch | pa.Table, name: str) -> pa.Array:
    """A column of text cells; all null when the batch has no such column."""
    if name in batch.schema.names:
        values = batch.column(name)
        return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    return pa.nulls(batch.num_rows, pa.string())


def key_column(values: pa.Array, column: Column) -> pa.Array:
    """Cells of a key column as key text. Text keys are their own key text; the few typed
    ones (a reference number) go through `cells.key_text` once per distinct value."""
    values = text(values)
    if column.type == "string" or not len(values):
        return values
    distinct = pc.unique(values.drop_null())
    canonical = arrow_strings([key_text(v, column) for v in distinct.to_pylist()])
    return canonical.take(pc.index_in(values, value_set=distinct))


def natural_keys(batch: pa.RecordBatch | pa.Table, fields: list[str], rules: dict) -> pa.Array:
    """A natural key as one string per row; null when a part is empty (exempt from the key)."""
    parts = [key_column(column_of(batch, f), rules[f]) for f in fields]
    return pc.binary_join_element_wise(*parts, KEY_SEPARATOR)


def shown(key: str) -> str:
    """A natural key as people read it."""
    return key.replace(KEY_SEPARATOR, " / ")


def is_in(values: pa.Array, known: pa.Array) -> np.ndarray:
    """Membership per row; a dictionary column is looked up once per distinct value."""
    if pa.types.is_dictionary(values.type):
        found = np.append(mask(pc.is_in(values.dictionary, known)), False)
        return found[with_sentinel(values.indices, len(values.dictionary))]
    return mask(pc.is_in(values, known))


def duplicates(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Positions of repeated non-null values, and the position of each one's first use
    (a stable sort puts equal values side by side, earliest first)."""
    n = len(values)
    if n < 2:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    order = numbers(pc.sort_indices(values)).astype(np.int64)
    ranked = values.take(arrow_indices(order))
    starts = np.r_[True, ~mask(pc.equal(ranked.slice(1), ranked.slice(0, n - 1)))]
    first = order[np.maximum.accumulate(np.where(starts, np.arange(n), 0))]
    return order[~starts], first[~starts]


def nothing_released(table: str) -> pa.Array:
    """No release: every reference must resolve in the index."""
    return arrow_strings([])


def no_names(table: str) -> list[dict[str, Any]]:
    """No rows to draw "did you mean" names from, beyond the index's identifiers."""
    return []


@dataclass
class KeyIndex:
    """The keys of every record seen, checked at the end (`problems`).

    `scope` names the records in messages ("the submission", "the curation");
    `released(table)` gives the identifiers of the release that a reference may name too
    (none for the build, which checks a whole curation); `names(table)` gives the rows whose
    labels and abbreviations make "did you mean" hints.
    """

    resources: dict[str, Resource]
    scope: str
    with_release: bool = False
    released: Callable[[str], pa.Array] = nothing_released
    names: Callable[[str], list[dict[str, Any]]] = no_names
    tables: dict[str, TableKeys] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)

    def source(self, path: str, locate: Locate) -> int:
        """Register a file; the number to pass to `add`."""
        self.sources.append(Source(path, locate))
        return len(self.sources) - 1

    def add(self, table: str, batch: pa.RecordBatch, source: int, start: int) -> pa.Array:
        """Keep the key columns of a batch of text cells (records `start`, `start + 1`, ... of
        `source`); references the release resolves are settled now. Returns the ids."""
        resource = self.resources[table]
        rules = resource.rules
        keys = self.tables.setdefault(table, TableKeys())
        n = batch.num_rows
        ids = text(column_of(batch, resource.primary_key))
        kept = {"id": ids}
        for i, fields in enumerate(resource.schema.get("uniqueKeys", [])):
            kept[f"unique{i}"] = natural_keys(batch, fields, rules)
        keys.chunks.append(pa.RecordBatch.from_arrays(list(kept.values()), names=list(kept)))
        keys.sources.append(np.full(n, source, dtype=np.int32))
        keys.ordinals.append(np.arange(start, start + n, dtype=np.int64))
        keys.count += n
        for fk in resource.schema.get("foreignKeys", []):
            values = key_column(column_of(batch, fk["fields"]), rules[fk["fields"]])
            self._pending(keys, fk, values, np.arange(n), ids, source, start)
        for fk in resource.schema.get("mscexo:listForeignKeys", []):
            column = rules[fk["fields"]]
            items = pc.split_pattern(text(column_of(batch, fk["fields"])), column.delimiter)
            rows = numbers(pc.list_parent_indices(items))
            flat = pc.list_flatten(items)
            kept_items = mask(pc.not_equal(flat, ""))
            flat = key_column(flat.filter(arrow_mask(kept_items)), column)
            self._pending(keys, fk, flat, rows[kept_items], ids, source, start)
        return ids

    def _pending(
        self,
        keys: TableKeys,
        fk: dict[str, Any],
        values: pa.Array,
        rows: np.ndarray,
        ids: pa.Array,
        source: int,
        start: int,
    ) -> None:
        """Keep the references that the release does not resolve (`rows`: the row of each
        value)."""
        target = fk["reference"]["resource"]
        unresolved = mask(pc.is_valid(values)) & ~is_in(values, self.released(target))
        for i in np.flatnonzero(unresolved):
            row = int(rows[i])
            keys.pending.append(
                Reference(
                    fk["fields"],
                    values[int(i)].as_py(),
                    target,
                    source,
                    start + row,
                    ids[row].as_py(),
                )
            )

    def _delimiters(self, table: str) -> dict[str, str]:
        """The delimiter of each list field of a table (for names given as text cells)."""
        rules = self.resources[table].rules
        return {name: column.delimiter for name, column in rules.items() if column.is_list}

    def where(self, table: str, positions: np.ndarray) -> list[dict[str, Any]]:
        """File and position of records of a table, by their position in the index."""
        keys = self.tables[table]
        sources = np.concatenate(keys.sources)[positions]
        ordinals = np.concatenate(keys.ordinals)[positions]
        out: list[dict[str, Any]] = [{} for _ in positions]
        for s in np.unique(sources):
            picked = np.flatnonzero(sources == s)
            located = self.sources[s].locate(ordinals[picked])
            for j, location in zip(picked, located, strict=True):
                out[j] = {"file": self.sources[s].path, **location}
        return out

    def problems(self) -> Iterator[Problem]:
        """Identifiers and natural keys unique; every reference resolved."""
        for table, keys in self.tables.items():
            resource = self.resources[table]
            ids = keys.concat("id")
            yield from self._repeats(table, ids, [resource.primary_key], "duplicate-key", ids)
            for i, fields in enumerate(resource.schema.get("uniqueKeys", [])):
                yield from self._repeats(
                    table, keys.concat(f"unique{i}"), fields, "duplicate-natural-key", ids
                )
        for table, keys in self.tables.items():
            yield from self._references(table, keys)

    def _repeats(
        self, table: str, values: pa.Array, fields: list[str], code: str, ids: pa.Array
    ) -> Iterator[Problem]:
        positions, firsts = duplicates(values)
        if not len(positions):
            return
        where = self.where(table, np.concatenate([positions, firsts]))
        for k, position in enumerate(positions):
            first = where[len(positions) + k]
            first_at = f"{first['file']} " + ", ".join(
                f"{name} {v}" for name, v in first.items() if name != "file"
            )
            value = shown(values[int(position)].as_py())
            yield Problem(
                code=code,
                message=f"{' + '.join(fields)} {value!r} is used twice in {self.scope}",
                table=table,
                record_id=ids[int(position)].as_py(),
                field=fields[-1],
                value=shorten(value),
                hint=f"first used at {first_at}; give one record a new identifier or merge the two",
                **where[k],
            )

    def _references(self, table: str, keys: TableKeys) -> Iterator[Problem]:
        """Pending references must name a record of the index."""
        known: dict[str, set[str]] = {}
        forms: dict[str, dict[str, list[str]]] = {}
        for ref in keys.pending:
            if ref.target not in known:
                target = self.tables.get(ref.target)
                known[ref.target] = set(target.concat("id").to_pylist()) if target else set()
            if ref.value in known[ref.target]:
                continue
            if ref.target not in forms:
                forms[ref.target] = {
                    **{i: [] for i in known[ref.target] if i},
                    **hints.reference_forms(self.names(ref.target), self._delimiters(ref.target)),
                }
            if len(forms[ref.target]) <= MAX_SUGGESTION_KEYS:
                hint = hints.reference_hint(ref.value, forms[ref.target], ref.target)
            else:  # too many to search for every unresolved reference
                hint = f"add the {ref.target} record or correct the reference"
            source = self.sources[ref.source]
            location = source.locate(np.array([ref.ordinal]))[0]
            yield Problem(
                code="foreign-key",
                table=table,
                record_id=ref.record_id,
                field=ref.field,
                value=shorten(ref.value),
                file=source.path,
                message=f"no {ref.target} record has id {ref.value!r} in {self.scope}"
                + (" or the release" if self.with_release else ""),
                hint=hint,
                **location,
            )
