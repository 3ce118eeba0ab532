"""Validate a contribution: table files, record files or a whole data package, against the
contract and against the released package.

Tables are streamed: each block of rows goes through the vectorised checks of `fastpath.py`;
only the rows they flag are explained, one by one, by the generated pydantic models (the same
code the build uses), so messages come from one contract. Keys are collected as Arrow arrays
and checked at the end: identifiers unique in the submission, natural keys unique, every
foreign key resolved against the submission or the release, and every record that is already
in the release reported as a duplicate or an update.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
from pydantic import BaseModel, ValidationError

from mscexo.contract import hints
from mscexo.contract.cells import Column, columns, record_from_cells
from mscexo.contract.fastpath import (
    arrow_indices,
    arrow_strings,
    check_batch,
    mask,
    numbers,
    with_sentinel,
)
from mscexo.contract.model import Record, Resource, read_resources, validate_record
from mscexo.errors import Problem, UsageError, closest, shorten
from mscexo.files.readers import (
    DELIMITERS,
    EXCEL,
    RECORD_FILES,
    SUPPORTED,
    PackageResource,
    RawRecord,
    TableReader,
    excel_rows,
    file_problem,
    header_problems,
    open_excel,
    package_resources,
    read_header,
    read_records,
)

DEFAULT_MAX_ERRORS = 1000
#: Largest key set searched for a "did you mean" suggestion (difflib is quadratic-ish).
MAX_SUGGESTION_KEYS = 20_000

Progress = Callable[[str, int], Callable[[int], None]]


def _no_progress(label: str, total: int) -> Callable[[int], None]:
    return lambda n: None


# ----- the report ----------------------------------------------------------------------------


@dataclass
class Report:
    """Every problem found (errors up to `max_errors` listed, all of them counted)."""

    max_errors: int = DEFAULT_MAX_ERRORS
    problems: list[Problem] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    files: list[str] = field(default_factory=list)
    rows: Counter = field(default_factory=Counter)
    listed: Counter = field(default_factory=Counter)

    def add(self, problem: Problem, counted: bool = False) -> None:
        if not counted:
            self.counts[(problem.severity, problem.code)] += 1
        if self.listed[problem.severity] < self.max_errors:
            self.listed[problem.severity] += 1
            self.problems.append(problem)

    def room(self) -> int:
        """How many more errors can be listed."""
        return max(0, self.max_errors - self.listed["error"])

    def total(self, severity: str) -> int:
        return sum(n for (s, _), n in self.counts.items() if s == severity)

    @property
    def valid(self) -> bool:
        return self.total("error") == 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (its structure is documented in docs/validate.md)."""
        by_code: dict[str, dict[str, int]] = {"error": {}, "warning": {}}
        for (severity, code), n in sorted(self.counts.items()):
            by_code[severity][code] = n
        return {
            "valid": self.valid,
            "files": self.files,
            "rows": dict(self.rows),
            "errors": self.total("error"),
            "warnings": self.total("warning"),
            "counts": by_code,
            "listed": len(self.problems),
            "truncated": len(self.problems) < sum(self.counts.values()),
            "problems": [p.to_dict() for p in self.problems],
        }


# ----- the released package ------------------------------------------------------------------


@dataclass
class Release:
    """The tables of a released package, as text cells, for duplicate and key checks."""

    directory: Path
    tables: dict[str, pa.Table]

    @classmethod
    def load(cls, directory: Path) -> Release:
        path = directory / "datapackage.json" if directory.is_dir() else directory
        if not path.is_file():
            raise UsageError(f"no datapackage.json in the release {directory}")
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        tables = {}
        for resource in descriptor["resources"]:
            names = [f["name"] for f in resource["schema"]["fields"]]
            tables[resource["name"]] = pacsv.read_csv(
                path.parent / resource["path"],
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in names},
                    null_values=[""],
                    strings_can_be_null=True,
                    quoted_strings_can_be_null=True,
                ),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
            )
        return cls(path.parent, tables)

    def ids(self, table: str, key: str = "id") -> pa.Array:
        data = self.tables.get(table)
        if data is None or key not in data.column_names:
            return arrow_strings([])
        return data[key].combine_chunks()

    def row(self, table: str, key: str, value: str) -> dict[str, str | None]:
        data = self.tables[table]
        mask = pc.equal(data[key], value)
        return data.filter(mask).to_pylist()[0]


# ----- collected keys ------------------------------------------------------------------------


@dataclass
class Source:
    """A file of the submission and how to say where a record of it is."""

    path: Path
    locate: Callable[[np.ndarray], list[dict[str, int]]]


@dataclass
class TableKeys:
    """Key columns of one table over the whole submission, in arrival order."""

    chunks: list[pa.RecordBatch] = field(default_factory=list)
    sources: list[np.ndarray] = field(default_factory=list)
    ordinals: list[np.ndarray] = field(default_factory=list)
    pending: list[tuple[str, str, str, int, int, str | None]] = field(default_factory=list)
    #: The text cells of records whose identifier is released, by position (only a few).
    released: dict[int, dict[str, str | None]] = field(default_factory=dict)
    count: int = 0

    def concat(self, name: str) -> pa.Array:
        if not self.chunks:
            return arrow_strings([])
        return pa.concat_arrays([c.column(name) for c in self.chunks])


def _joined(batch: pa.RecordBatch | pa.Table, fields: list[str]) -> pa.Array:
    """A natural key as one string (null when a part is empty, which exempts the row)."""
    parts = [_text(_column(batch, f)) for f in fields]
    return pc.binary_join_element_wise(*parts, "\x1f")


def _duplicates(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
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


# ----- validation ----------------------------------------------------------------------------


@dataclass
class Validation:
    """One run of `mscexo validate`: the contract, the release and what was collected."""

    resources: dict[str, Resource]
    release: Release | None
    report: Report
    progress: Progress = _no_progress
    keys: dict[str, TableKeys] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    #: Per referenced table: identifier -> the names people use for it (for hints).
    names: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    # -- tables ----------------------------------------------------------------------------

    def table_file(
        self, path: Path, table: str, delimiter: str | None, in_package: bool = False
    ) -> None:
        """Check one CSV, TSV or Excel file of `table`, streaming it block by block. A file
        with a header and no rows is an error on its own, but an empty table of a package."""
        resource = self.resources[table]
        rules = columns(resource)
        if delimiter is None:
            sheet, problems = open_excel(path, table)
            rows = excel_rows(sheet) if sheet is not None else iter(())
            first = next(rows, None)
            names = None if first is None else [c or "" for c in first[1]]
            if sheet is not None and first is None:
                problems = [file_problem(path, "empty-file", "the sheet is empty", "")]
        else:
            names, problems = read_header(path, delimiter)
        for problem in problems:
            self.report.add(problem)
        if names is None:
            return
        required = [c.name for c in rules.values() if c.required]
        header = header_problems(path, names, list(rules), required, delimiter)
        for problem in header:
            self.report.add(problem)
        if any(p.code in ("delimiter", "duplicate-column") for p in header):
            return
        repetitive = {c.name for c in rules.values() if c.enum and not c.is_list}
        repetitive |= {fk["fields"] for fk in resource.schema.get("foreignKeys", [])}
        reader = TableReader(path, names, delimiter or ",", frozenset(repetitive))
        if delimiter is None:
            batches = reader.xlsx_batches(rows)
        else:
            batches = reader.csv_batches(self.progress(path.name, path.stat().st_size))
        source = self._source(path, lambda o: [{"row": int(r)} for r in reader.rows(o)])
        missing = {c for c in rules if c not in names}
        explained: list[tuple[int, Problem, bool]] = []
        ordinal = 0
        # The checks of one batch run in a worker thread while the next batch is parsed
        # (both release the GIL), and are consumed in file order.
        with ThreadPoolExecutor(max_workers=1) as pool:
            checking: list[tuple[Future, pa.RecordBatch, int]] = []
            for batch in _then_none(batches):
                if batch is not None:
                    checking.append((pool.submit(check_batch, batch, rules), batch, ordinal))
                    ordinal += batch.num_rows
                while len(checking) > (1 if batch is not None else 0):
                    future, done, start = checking.pop(0)
                    self._checked(future, done, start, path, resource, rules, missing, explained)
                    self._collect(table, done, source, start)
        for problem in reader.problems:
            self.report.add(problem)
        numbers = reader.rows(np.array([number for number, _, _ in explained], dtype=np.int64))
        for row, (_, problem, counted) in zip(numbers, explained, strict=True):
            self.report.add(replace(problem, row=int(row), record=None), counted)
        self.report.rows[table] += ordinal
        if ordinal == 0 and not reader.problems and not in_package:
            self.report.add(
                file_problem(
                    path,
                    "no-rows",
                    "the file has a header but no rows",
                    "add at least one record below the header",
                )
            )

    def _checked(
        self,
        future: Future,
        batch: pa.RecordBatch,
        start: int,
        path: Path,
        resource: Resource,
        rules: dict[str, Column],
        missing: set[str],
        explained: list[tuple[int, Problem, bool]],
    ) -> None:
        """Count a checked batch's problems and explain its flagged rows (up to the limit)."""
        bad, counts = future.result()
        for (code, _column), n in counts.items():
            self.report.counts[("error", code)] += n
        for i in np.flatnonzero(bad)[: self.report.room() - len(explained)]:
            for problem in self._explain(path, resource, rules, batch, int(i), missing):
                counted = (problem.code, problem.field) in counts
                explained.append((start + int(i), problem, counted))

    def _explain(
        self,
        path: Path,
        resource: Resource,
        rules: dict[str, Column],
        batch: pa.RecordBatch,
        index: int,
        missing: set[str],
    ) -> list[Problem]:
        """Why one flagged row is invalid, in the words of the generated model."""
        cells = {name: batch.column(name)[index].as_py() for name in batch.schema.names}
        record = Record(resource.name, {"id": cells.get(resource.primary_key)}, str(path), 0, None)
        data, problems = record_from_cells(cells, rules, record)
        record.data = data
        model = model_of(resource)
        problems += validate_record(record, resource, model, cells_checked=True)[1]
        return [p for p in problems if not (p.code == "required" and p.field in missing)]

    # -- records ---------------------------------------------------------------------------

    def record_file(self, path: Path, table: str | None) -> None:
        """Check a JSON, JSON Lines or YAML file of records with the generated models."""
        raw, problems = read_records(path, table)
        for problem in problems:
            self.report.add(problem)
        by_table: dict[str, list[RawRecord]] = {}
        for item in raw:
            name = item.table
            if name not in self.resources:
                self.report.add(_unknown_table(path, name, list(self.resources), item.line))
                continue
            by_table.setdefault(name, []).append(item)
        for name, items in by_table.items():
            self._records(path, name, items)

    def _records(self, path: Path, table: str, items: list[RawRecord]) -> None:
        resource = self.resources[table]
        model = model_of(resource)
        rows: list[dict[str, str | None]] = []
        where: list[dict[str, int]] = []
        for item in items:
            position = {"record": item.index} | ({"line": item.line} if item.line else {})
            if not isinstance(item.data, dict):
                self.report.add(
                    file_problem(
                        path,
                        "not-a-record",
                        "each record must be a mapping of field names to values",
                        "write `field: value` pairs",
                        table=table,
                        **position,
                    )
                )
                continue
            data = {
                k: v
                for k, v in item.data.items()
                if v is not None and not (isinstance(v, str) and v == "")
            }
            record = Record(table, data, str(path), item.index, item.line)
            for problem in validate_record(record, resource, model)[1]:
                self.report.add(problem)
            rows.append({k: _as_cell(v) for k, v in data.items()})
            where.append(position)
        self.report.rows[table] += len(items)
        if rows:
            names = [f["name"] for f in resource.fields]
            batch = pa.RecordBatch.from_pylist(
                [{n: r.get(n) for n in names} for r in rows],
                schema=pa.schema([(n, pa.string()) for n in names]),
            )
            source = self._source(path, lambda o: [where[int(i)] for i in o])
            self._collect(table, batch, source, 0)

    # -- keys ------------------------------------------------------------------------------

    def _source(self, path: Path, locate: Callable[[np.ndarray], list[dict[str, int]]]) -> int:
        self.sources.append(Source(path, locate))
        if str(path) not in self.report.files:
            self.report.files.append(str(path))
        return len(self.sources) - 1

    def _collect(self, table: str, batch: pa.RecordBatch, source: int, start: int) -> None:
        """Keep the key columns of a batch; check foreign keys against the release now."""
        resource = self.resources[table]
        schema = resource.schema
        keys = self.keys.setdefault(table, TableKeys())
        n = batch.num_rows
        kept = {"id": _column(batch, resource.primary_key)}
        for i, fields in enumerate(schema.get("uniqueKeys", [])):
            kept[f"unique{i}"] = _joined(batch, fields)
        keys.chunks.append(pa.RecordBatch.from_arrays(list(kept.values()), names=list(kept)))
        keys.sources.append(np.full(n, source, dtype=np.int32))
        keys.ordinals.append(np.arange(start, start + n, dtype=np.int64))
        if self.release is not None:
            for i in np.flatnonzero(
                _is_in(kept["id"], self.release.ids(table, resource.primary_key))
            ):
                keys.released[keys.count + int(i)] = {
                    name: batch.column(name)[int(i)].as_py() for name in batch.schema.names
                }
        keys.count += n
        for fk in schema.get("foreignKeys", []):
            values = _column(batch, fk["fields"])
            self._pending(keys, fk, values, np.arange(n), kept["id"], source, start)
        for fk in schema.get("mscexo:listForeignKeys", []):
            spec = resource.field(fk["fields"]) or {}
            items = pc.split_pattern(_text(_column(batch, fk["fields"])), spec.get("delimiter"))
            rows = np.asarray(pc.list_parent_indices(items))
            self._pending(keys, fk, pc.list_flatten(items), rows, kept["id"], source, start)

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
        value), to be checked against the whole submission at the end."""
        target = fk["reference"]["resource"]
        known = self.release.ids(target) if self.release else arrow_strings([])
        unresolved = mask(pc.is_valid(values)) & ~_is_in(values, known)
        for i in np.flatnonzero(unresolved):
            row = int(rows[i])
            keys.pending.append(
                (
                    fk["fields"],
                    values[int(i)].as_py(),
                    target,
                    source,
                    start + row,
                    ids[row].as_py(),
                )
            )

    def _where(self, table: str, positions: np.ndarray) -> list[dict[str, Any]]:
        keys = self.keys[table]
        sources = np.concatenate(keys.sources)[positions]
        ordinals = np.concatenate(keys.ordinals)[positions]
        out: list[dict[str, Any]] = [{} for _ in positions]
        for s in np.unique(sources):
            picked = np.flatnonzero(sources == s)
            for j, location in zip(picked, self.sources[s].locate(ordinals[picked]), strict=True):
                out[j] = {"file": str(self.sources[s].path), **location}
        return out

    def check_keys(self) -> None:
        """Identifiers and natural keys unique; foreign keys resolved; release overlaps."""
        for table, keys in self.keys.items():
            resource = self.resources[table]
            ids = keys.concat("id")
            self._repeats(table, ids, resource.primary_key, "duplicate-key", ids)
            for i, fields in enumerate(resource.schema.get("uniqueKeys", [])):
                self._repeats(
                    table, keys.concat(f"unique{i}"), fields, "duplicate-natural-key", ids
                )
                self._against_release_natural(table, keys.concat(f"unique{i}"), fields, ids)
            self._against_release(table, ids)
            self._foreign_keys(table, keys)

    def _repeats(self, table: str, values: pa.Array, fields: Any, code: str, ids: pa.Array) -> None:
        positions, firsts = _duplicates(values)
        if not len(positions):
            return
        label = fields if isinstance(fields, str) else " + ".join(fields)
        last = fields if isinstance(fields, str) else fields[-1]
        where = self._where(table, np.concatenate([positions, firsts]))
        for k, position in enumerate(positions):
            first = where[len(positions) + k]
            first_at = f"{first['file']} " + ", ".join(
                f"{k2} {v}" for k2, v in first.items() if k2 != "file"
            )
            value = values[int(position)].as_py().replace("\x1f", " / ")
            self.report.add(
                Problem(
                    code=code,
                    message=f"{label} {value!r} is used twice in the submission",
                    table=table,
                    record_id=ids[int(position)].as_py(),
                    field=last,
                    value=shorten(value),
                    hint=f"first used at {first_at}; give one record a new identifier or "
                    "merge the two",
                    **where[k],
                )
            )

    def _against_release(self, table: str, ids: pa.Array) -> None:
        """A record whose identifier is released: an unchanged duplicate or an update."""
        if self.release is None or table not in self.release.tables:
            return
        resource = self.resources[table]
        released = self.keys[table].released
        matched = np.array(sorted(released), dtype=np.int64)
        if not len(matched):
            return
        where = self._where(table, matched)
        for k, position in enumerate(matched):
            key = ids[int(position)].as_py()
            old = _canonical(resource, self.release.row(table, resource.primary_key, key))
            new = _canonical(resource, released[int(position)])
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
            self.report.add(
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

    def _against_release_natural(
        self, table: str, values: pa.Array, fields: list[str], ids: pa.Array
    ) -> None:
        """A natural key (e.g. document + NCT number) released under another identifier."""
        if self.release is None or table not in self.release.tables:
            return
        released = self.release.tables[table]
        if not all(f in released.column_names for f in fields):
            return
        old_keys = _joined(released, fields).to_pylist()
        old_ids = released[self.resources[table].primary_key].to_pylist()
        index = {k: i for k, i in zip(old_keys, old_ids, strict=True) if k}
        hits = np.flatnonzero(mask(pc.is_in(values, arrow_strings(list(index)))))
        where = self._where(table, hits)
        for k, position in enumerate(hits):
            value, key = values[int(position)].as_py(), ids[int(position)].as_py()
            if index[value] != key:
                shown = value.replace("\x1f", " / ")
                self.report.add(
                    Problem(
                        code="duplicate-natural-key",
                        table=table,
                        record_id=key,
                        field=fields[-1],
                        value=shorten(shown),
                        message=f"{' + '.join(fields)} {shown!r} is already in the release as "
                        f"{index[value]!r}",
                        hint=f"update {index[value]!r} instead of adding a second record",
                        **where[k],
                    )
                )

    def _reference_forms(self, target: str, submitted: set[str]) -> dict[str, list[str]]:
        """The identifiers a reference may mean, with the names people use for them (the
        labels and abbreviations of the release's rows), computed once per table."""
        if target not in self.names:
            released = self.release.tables.get(target) if self.release else None
            too_many = released is not None and released.num_rows > MAX_SUGGESTION_KEYS
            rows = [] if released is None or too_many else released.to_pylist()
            self.names[target] = hints.reference_forms(rows)
        return {**{i: [] for i in submitted if i}, **self.names[target]}

    def _foreign_keys(self, table: str, keys: TableKeys) -> None:
        """Pending references (not in the release) must name a record of the submission."""
        submitted: dict[str, set[str]] = {}
        for name, value, target, source, ordinal, record_id in keys.pending:
            if target not in submitted:
                known = self.keys[target].concat("id") if target in self.keys else None
                submitted[target] = set(known.to_pylist()) if known is not None else set()
            if value in submitted[target]:
                continue
            forms = self._reference_forms(target, submitted[target])
            if len(forms) <= MAX_SUGGESTION_KEYS:
                hint = hints.reference_hint(value, forms, target)
            else:  # too many to search for every unresolved reference
                hint = f"add the {target} record or correct the reference"
            location = self.sources[source].locate(np.array([ordinal]))[0]
            self.report.add(
                Problem(
                    code="foreign-key",
                    table=table,
                    record_id=record_id,
                    field=name,
                    value=shorten(value),
                    file=str(self.sources[source].path),
                    message=f"no {target} record has id {value!r} in the submission or the release",
                    hint=hint,
                    **location,
                )
            )


def model_of(resource: Resource) -> type[BaseModel]:
    """The generated pydantic class of a table, imported on first use: a valid table file is
    checked by the vectorised rules alone and never needs it."""
    from mscexo.datamodel import models

    return getattr(models, resource.class_name)


def _then_none(batches: Any) -> Any:
    """The batches, then None to say the stream has ended."""
    yield from batches
    yield None


def _column(batch: pa.RecordBatch | pa.Table, name: str) -> pa.Array:
    if name in batch.schema.names:
        return batch.column(name)
    return pa.nulls(batch.num_rows, pa.string())


def _text(values: pa.Array) -> pa.Array:
    """A column as plain strings (dictionary-encoded columns decoded)."""
    return pc.cast(values, pa.string()) if pa.types.is_dictionary(values.type) else values


def _is_in(values: pa.Array, known: pa.Array) -> np.ndarray:
    """Membership per row; a dictionary column is looked up once per distinct value."""
    if pa.types.is_dictionary(values.type):
        found = np.append(mask(pc.is_in(values.dictionary, known)), False)
        indices = values.indices
        sentinel = len(values.dictionary)
        return found[with_sentinel(indices, sentinel)]
    return mask(pc.is_in(values, known))


def _as_cell(value: Any) -> str | None:
    """A JSON/YAML value as the text a table cell would hold (for key comparisons)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "|".join(str(_as_cell(v)) for v in value)
    return str(value)


def _canonical(resource: Resource, cells: dict[str, str | None]) -> dict[str, Any]:
    """A row of text cells as the model reads it, so that `0.90` and `0.9` compare equal."""
    model: type[BaseModel] = model_of(resource)
    rules = columns(resource)
    data, _ = record_from_cells(
        {k: v for k, v in cells.items() if k in rules},
        rules,
        Record(resource.name, {}, "", 0, None),
    )
    try:
        return model.model_validate(data).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        return data


def _unknown_table(path: Path, name: str | None, tables: list[str], line: int | None) -> Problem:
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


# ----- entry point ---------------------------------------------------------------------------


def _table_for(path: Path, table: str | None, tables: list[str]) -> str:
    name = table or path.stem
    if name in tables:
        return name
    suggestion = closest(name, tables)
    if table:
        raise UsageError(
            f"unknown table {table!r}" + (f"; did you mean {suggestion!r}?" if suggestion else "")
        )
    raise UsageError(
        f"cannot tell the table of {path.name}: name the file after a table or pass --table "
        + (f"(did you mean {suggestion!r}?)" if suggestion else f"(tables: {', '.join(tables)})")
    )


def validate_path(
    path: Path,
    table: str | None = None,
    release: Path | None = None,
    max_errors: int = DEFAULT_MAX_ERRORS,
    root: Path | None = None,
    progress: Progress = _no_progress,
) -> Report:
    """Validate a file, a directory holding `datapackage.json`, or a descriptor.

    Raises UsageError for what is not the data's fault: a missing path, an unsupported kind of
    file, a table that cannot be determined, a release that cannot be read.
    """
    from mscexo.load import data_root, package_dir

    root = root or data_root()
    resources = {r.name: r for r in read_resources(root)}
    if not path.exists():
        raise UsageError(f"no such file or directory: {path}")
    release_dir = release or package_dir()
    run = Validation(resources, Release.load(release_dir), Report(max_errors), progress)
    descriptor = path / "datapackage.json" if path.is_dir() else path
    if descriptor.name == "datapackage.json" or path.is_dir():
        if not descriptor.is_file():
            raise UsageError(f"{path} is a directory without a datapackage.json")
        entries, problems = package_resources(descriptor)
        for problem in problems:
            run.report.add(problem)
        run.report.files.append(str(descriptor))
        for entry in entries:
            table = _resource_table(run, descriptor, entry)
            _check_file(run, entry.path, table, entry.delimiter, in_package=True)
    else:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED:
            raise UsageError(
                f"cannot read {path.name}: use one of {', '.join(SUPPORTED)} or a data package"
            )
        if suffix in RECORD_FILES:
            # A record file may name its tables itself; a file name that is no table is fine.
            named = _table_for(path, table, list(resources)) if table else None
            run.record_file(path, named or (path.stem if path.stem in resources else None))
        else:
            _check_file(run, path, _table_for(path, table, list(resources)), DELIMITERS.get(suffix))
    run.check_keys()
    return run.report


def _resource_table(run: Validation, descriptor: Path, entry: PackageResource) -> str | None:
    if entry.name in run.resources:
        return entry.name
    run.report.add(_unknown_table(descriptor, entry.name, list(run.resources), None))
    return None


def _check_file(
    run: Validation,
    path: Path,
    table: str | None,
    delimiter: str | None,
    in_package: bool = False,
) -> None:
    if table is None:
        return
    suffix = path.suffix.lower()
    if suffix in RECORD_FILES:
        run.record_file(path, table)
    elif suffix in EXCEL:
        run.table_file(path, table, None, in_package)
    else:
        run.table_file(path, table, delimiter or ",", in_package)
