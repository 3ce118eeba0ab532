"""Stage 4 of `mscexo validate`: the contribution compared with the release.

A record whose identifier is released is either an unchanged duplicate or an update (both are
warnings: a correction is welcome, but should be meant); a natural key released under another
identifier is an error (the fact is already there). Released identifiers also resolve the
contribution's references, and the release's rows give the names a "did you mean" hint knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import ValidationError

from mscexo.contract.cells import record_from_cells
from mscexo.contract.fastpath import arrow_strings, mask
from mscexo.contract.keys import MAX_SUGGESTION_KEYS, KeyIndex, is_in, natural_keys, shown
from mscexo.contract.record import Record, Resource
from mscexo.errors import Problem, shorten
from mscexo.files.package import Package


@dataclass
class Comparison:
    """What the contribution has in common with the released package."""

    resources: dict[str, Resource]
    release: Package
    #: Per table, the text cells of contributed records whose identifier is released, by
    #: their position in the key index (only a few: the rest are new).
    released: dict[str, dict[int, dict[str, str | None]]] = field(default_factory=dict)
    _tables: dict[str, pa.Table | None] = field(default_factory=dict, repr=False)

    def table(self, name: str) -> pa.Table | None:
        """A released table as text cells (None if the release has no such table)."""
        if name not in self._tables:
            has = name in self.release.names
            self._tables[name] = self.release.text(name) if has else None
        return self._tables[name]

    def ids(self, name: str) -> pa.Array:
        """The released identifiers of a table."""
        table = self.table(name)
        key = self.resources[name].primary_key if name in self.resources else "id"
        if table is None or key not in table.column_names:
            return arrow_strings([])
        return table[key].combine_chunks()

    def names(self, name: str) -> list[dict[str, Any]]:
        """Released rows whose labels and abbreviations make "did you mean" hints (none when
        the table is too large to search)."""
        table = self.table(name)
        if table is None or table.num_rows > MAX_SUGGESTION_KEYS:
            return []
        return table.to_pylist()

    def collect(self, table: str, batch: pa.RecordBatch, ids: pa.Array, offset: int) -> None:
        """Keep the cells of the batch's records whose identifier is released (`offset`: the
        position of the batch's first record in the key index)."""
        kept = self.released.setdefault(table, {})
        for i in np.flatnonzero(is_in(ids, self.ids(table))):
            kept[offset + int(i)] = {
                name: batch.column(name)[int(i)].as_py() for name in batch.schema.names
            }

    def problems(self, index: KeyIndex) -> list[Problem]:
        """Updates and duplicates of released records; natural keys released under another
        identifier."""
        found: list[Problem] = []
        for table, keys in index.tables.items():
            ids = keys.concat("id")
            found += self._same_ids(index, table, ids)
            for i, fields in enumerate(self.resources[table].schema.get("uniqueKeys", [])):
                found += self._same_facts(index, table, keys.concat(f"unique{i}"), fields, ids)
        return found

    def _same_ids(self, index: KeyIndex, table: str, ids: pa.Array) -> list[Problem]:
        """A record whose identifier is released: an unchanged duplicate or an update."""
        resource = self.resources[table]
        released = self.released.get(table, {})
        matched = np.array(sorted(released), dtype=np.int64)
        released_table = self.table(table)
        if not len(matched) or released_table is None:
            return []
        where = index.where(table, matched)
        found = []
        for k, position in enumerate(matched):
            key = ids[int(position)].as_py()
            row = released_table.filter(pc.equal(released_table[resource.primary_key], key))
            old = canonical(resource, row.to_pylist()[0])
            new = canonical(resource, released[int(position)])
            changed = sorted(n for n in set(old) | set(new) if old.get(n) != new.get(n))
            if changed:
                code, message = "update", f"{key!r} is in the release; this changes "
                message += ", ".join(changed)
                hint = (
                    "fine if intended: say why in the contribution (a correction or an "
                    "update); otherwise give the record a new identifier"
                )
            else:
                code, message = "duplicate", f"{key!r} is already in the release, unchanged"
                hint = "nothing to add: leave the record out of the contribution"
            found.append(
                Problem(
                    code=code,
                    severity="warning",
                    table=table,
                    record_id=key,
                    message=message,
                    hint=hint,
                    **where[k],
                )
            )
        return found

    def _same_facts(
        self, index: KeyIndex, table: str, values: pa.Array, fields: list[str], ids: pa.Array
    ) -> list[Problem]:
        """A natural key (e.g. document + NCT number) released under another identifier."""
        released = self.table(table)
        if released is None or not all(f in released.column_names for f in fields):
            return []
        resource = self.resources[table]
        old_keys = natural_keys(released, fields, resource.rules).to_pylist()
        old_ids = released[resource.primary_key].to_pylist()
        known = {k: i for k, i in zip(old_keys, old_ids, strict=True) if k}
        hits = np.flatnonzero(mask(pc.is_in(values, arrow_strings(list(known)))))
        where = index.where(table, hits)
        found = []
        for k, position in enumerate(hits):
            value, key = values[int(position)].as_py(), ids[int(position)].as_py()
            if known[value] != key:
                found.append(
                    Problem(
                        code="duplicate-natural-key",
                        table=table,
                        record_id=key,
                        field=fields[-1],
                        value=shorten(shown(value)),
                        message=f"{' + '.join(fields)} {shown(value)!r} is already in the "
                        f"release as {known[value]!r}",
                        hint=f"update {known[value]!r} instead of adding a second record",
                        **where[k],
                    )
                )
        return found


def canonical(resource: Resource, cells: dict[str, str | None]) -> dict[str, Any]:
    """A row of text cells as the model reads it, so that `0.90` and `0.9` compare equal."""
    rules = resource.rules
    data, _ = record_from_cells(
        {k: v for k, v in cells.items() if k in rules},
        rules,
        Record(resource.name, {}, "", 0, None),
    )
    try:
        return resource.model().model_validate(data).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        return data
