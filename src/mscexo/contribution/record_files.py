"""Stages 1 and 2 of `mscexo validate` for a file of records (JSON, JSON Lines, YAML): read
the records, and check each with the generated model of its table (cell rules included). The
records then go to the key index as text cells, encoded as the package's CSV would hold them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from mscexo.contract.cells import cell_text
from mscexo.contract.model import validate_record
from mscexo.contract.record import Record
from mscexo.errors import Problem, closest, shorten
from mscexo.files.checks import file_problem
from mscexo.files.records import RawRecord, read_records

if TYPE_CHECKING:
    from mscexo.contribution.validation import Validation


def check_record_file(run: Validation, path: Path, table: str | None) -> None:
    """Check a JSON, JSON Lines or YAML file of records; `table` when the file does not name
    the tables itself."""
    raw, problems = read_records(path, table)
    for problem in problems:
        run.report.add(problem)
    by_table: dict[str, list[RawRecord]] = {}
    for item in raw:
        name = item.table
        if name not in run.resources:
            run.report.add(unknown_table(path, name, list(run.resources), item.line))
            continue
        by_table.setdefault(name, []).append(item)
    for name, items in by_table.items():
        _check_records(run, path, name, items)


def _check_records(run: Validation, path: Path, table: str, items: list[RawRecord]) -> None:
    resource = run.resources[table]
    rules = resource.rules
    rows: list[dict[str, str | None]] = []
    where: list[dict[str, int]] = []
    for item in items:
        position = {"record": item.index} | ({"line": item.line} if item.line else {})
        if not isinstance(item.data, dict):
            run.report.add(
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
        for problem in validate_record(record, resource)[1]:
            run.report.add(problem)
        rows.append({k: cell_text(v, rules[k]) if k in rules else None for k, v in data.items()})
        where.append(position)
    run.report.rows[table] += len(items)
    if rows:
        names = [f["name"] for f in resource.fields]
        batch = pa.RecordBatch.from_pylist(
            [{n: r.get(n) for n in names} for r in rows],
            schema=pa.schema([(n, pa.string()) for n in names]),
        )
        source = run.source(path, lambda o: [where[int(i)] for i in np.asarray(o)])
        run.collect(table, batch, source, 0)


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
