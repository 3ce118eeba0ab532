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

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
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

#: Largest key set searched for a "did you mean" suggestion (`hints.Suggestions` bounds the
#: fuzzy search; this bounds its index).
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


#: Problems located and written at a time: only as many as the report lists are made.
LOCATED = 1_000


@dataclass
class Pending:
    """References of one batch that the release does not resolve, to be looked up in the
    index at the end: their key text, and the position of each one's record in the index."""

    field: str
    target: str
    values: pa.Array
    positions: np.ndarray


@dataclass
class Found:
    """Problems of one kind found by a key check: how many, and the problems themselves, made
    lazily in order (the report lists a few of a million duplicates and counts the rest)."""

    code: str
    count: int
    problems: Iterator[Problem]


@dataclass
class TableKeys:
    """Key columns of one table over all records, in arrival order."""

    chunks: list[pa.RecordBatch] = field(default_factory=list)
    sources: list[np.ndarray] = field(default_factory=list)
    ordinals: list[np.ndarray] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    count: int = 0
    _joined: dict[str, Any] = field(default_factory=dict, repr=False)

    def _cached(self, name: str, make: Callable[[], Any]) -> Any:
        """A value joined over all chunks, kept until more records arrive."""
        if self._joined.get("count") != self.count:
            self._joined = {"count": self.count}
        if name not in self._joined:
            self._joined[name] = make()
        return self._joined[name]

    def concat(self, name: str) -> pa.Array:
        if not self.chunks:
            return arrow_strings([])
        return self._cached(name, lambda: pa.concat_arrays([c.column(name) for c in self.chunks]))

    def located(self) -> tuple[np.ndarray, np.ndarray]:
        """The source and ordinal of every record, by position in the index."""
        return (
            self._cached("sources", lambda: np.concatenate(self.sources)),
            self._cached("ordinals", lambda: np.concatenate(self.ordinals)),
        )


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
    #: Problems found by the last `problems(limit)` but not made, by code.
    unlisted: Counter[str] = field(default_factory=Counter)

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
        offset = keys.count
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
            self._pending(keys, fk, values, np.arange(n) + offset)
        for fk in resource.schema.get("mscexo:listForeignKeys", []):
            column = rules[fk["fields"]]
            items = pc.split_pattern(text(column_of(batch, fk["fields"])), column.delimiter)
            rows = numbers(pc.list_parent_indices(items))
            flat = pc.list_flatten(items)
            kept_items = mask(pc.not_equal(flat, ""))
            flat = key_column(flat.filter(arrow_mask(kept_items)), column)
            self._pending(keys, fk, flat, rows[kept_items] + offset)
        return ids

    def _pending(
        self, keys: TableKeys, fk: dict[str, Any], values: pa.Array, positions: np.ndarray
    ) -> None:
        """Keep the references that the release does not resolve (`positions`: the position
        in the index of each value's record)."""
        target = fk["reference"]["resource"]
        unresolved = mask(pc.is_valid(values)) & ~is_in(values, self.released(target))
        if unresolved.any():
            kept = values.filter(arrow_mask(unresolved))
            keys.pending.append(Pending(fk["fields"], target, kept, positions[unresolved]))

    def _delimiters(self, table: str) -> dict[str, str]:
        """The delimiter of each list field of a table (for names given as text cells)."""
        rules = self.resources[table].rules
        return {name: column.delimiter for name, column in rules.items() if column.is_list}

    def where(self, table: str, positions: np.ndarray) -> list[dict[str, Any]]:
        """File and position of records of a table, by their position in the index."""
        all_sources, all_ordinals = self.tables[table].located()
        sources, ordinals = all_sources[positions], all_ordinals[positions]
        out: list[dict[str, Any]] = [{} for _ in positions]
        for s in np.unique(sources):
            picked = np.flatnonzero(sources == s)
            located = self.sources[s].locate(ordinals[picked])
            for j, location in zip(picked, located, strict=True):
                out[j] = {"file": self.sources[s].path, **location}
        return out

    def problems(self, limit: int | None = None) -> Iterator[Problem]:
        """Identifiers and natural keys unique; every reference resolved. Only the first
        `limit` problems are made (located, with their hints); the others are counted in
        `unlisted`, so a million duplicates cost no more than the thousand listed."""
        self.unlisted = Counter()
        room = limit
        for found in self._checks():
            take = found.count if room is None else min(found.count, room)
            yield from islice(found.problems, take)
            if found.count > take:
                self.unlisted[found.code] += found.count - take
            if room is not None:
                room -= take

    def _checks(self) -> Iterator[Found]:
        for table, keys in self.tables.items():
            resource = self.resources[table]
            ids = keys.concat("id")
            yield self._repeats(table, ids, [resource.primary_key], "duplicate-key", ids)
            for i, fields in enumerate(resource.schema.get("uniqueKeys", [])):
                yield self._repeats(
                    table, keys.concat(f"unique{i}"), fields, "duplicate-natural-key", ids
                )
        for table, keys in self.tables.items():
            yield from self._references(table, keys)

    def _located(self, table: str, positions: np.ndarray) -> Iterator[tuple[int, dict]]:
        """Each position with where its record is, located a block at a time (lazily)."""
        for begin in range(0, len(positions), LOCATED):
            block = positions[begin : begin + LOCATED]
            yield from zip(block.tolist(), self.where(table, block), strict=True)

    def _repeats(
        self, table: str, values: pa.Array, fields: list[str], code: str, ids: pa.Array
    ) -> Found:
        positions, firsts = duplicates(values)
        found = self._repeated(table, values, fields, code, ids, positions, firsts)
        return Found(code, len(positions), found)

    def _repeated(
        self,
        table: str,
        values: pa.Array,
        fields: list[str],
        code: str,
        ids: pa.Array,
        positions: np.ndarray,
        firsts: np.ndarray,
    ) -> Iterator[Problem]:
        pairs = zip(self._located(table, positions), self._located(table, firsts), strict=True)
        for (position, where), (_, first) in pairs:
            first_at = f"{first['file']} " + ", ".join(
                f"{name} {v}" for name, v in first.items() if name != "file"
            )
            value = shown(values[position].as_py())
            yield Problem(
                code=code,
                message=f"{' + '.join(fields)} {value!r} is used twice in {self.scope}",
                table=table,
                record_id=ids[position].as_py(),
                field=fields[-1],
                value=shorten(value),
                hint=f"first used at {first_at}; give one record a new identifier or merge the two",
                **where,
            )

    def _references(self, table: str, keys: TableKeys) -> Iterator[Found]:
        """Pending references must name a record of the index: one `Found` per batch."""
        known: dict[str, pa.Array] = {}
        hint = self._hinter()
        ids = keys.concat("id")
        for pending in keys.pending:
            if pending.target not in known:
                target = self.tables.get(pending.target)
                known[pending.target] = target.concat("id") if target else arrow_strings([])
            missing = np.flatnonzero(~is_in(pending.values, known[pending.target]))
            found = self._unresolved(table, pending, missing, ids, hint)
            yield Found("foreign-key", len(missing), found)

    def _unresolved(
        self,
        table: str,
        pending: Pending,
        missing: np.ndarray,
        ids: pa.Array,
        hint: Callable[[str, str], str],
    ) -> Iterator[Problem]:
        located = self._located(table, pending.positions[missing])
        for i, (position, where) in zip(missing.tolist(), located, strict=True):
            value = pending.values[i].as_py()
            yield Problem(
                code="foreign-key",
                table=table,
                record_id=ids[position].as_py(),
                field=pending.field,
                value=shorten(value),
                message=f"no {pending.target} record has id {value!r} in {self.scope}"
                + (" or the release" if self.with_release else ""),
                hint=hint(value, pending.target),
                **where,
            )

    def _hinter(self) -> Callable[[str, str], str]:
        """The hint for an unresolved reference, with a "did you mean" when one is close: the
        forms of a target are gathered once, and each value is searched for once."""
        search: dict[str, hints.Suggestions | None] = {}
        made: dict[tuple[str, str], str] = {}

        def hint(value: str, target: str) -> str:
            if (value, target) in made:
                return made[(value, target)]
            if target not in search:
                table = self.tables.get(target)
                known = table.concat("id").to_pylist() if table else []
                forms = {
                    **{i: [] for i in known if i},
                    **hints.reference_forms(self.names(target), self._delimiters(target)),
                }
                too_many = len(forms) > MAX_SUGGESTION_KEYS
                search[target] = None if too_many else hints.Suggestions(forms)
            found = search[target]
            if found is not None:
                text = hints.reference_hint(value, found, target)
            else:  # too many to search
                text = f"add the {target} record or correct the reference"
            made[(value, target)] = text
            return text

        return hint
