"""Stages 1 and 2 of `mscexo validate` for a table file (CSV, TSV, Excel): read it block by
block, and check every cell.

Each block of rows goes through the vectorised checks of `fastpath.py` in a worker thread
while the next block is parsed; only the rows they flag are explained, one by one, by the
generated pydantic models (the same code the build uses), so messages come from one contract.
The key columns of every block go on to the key index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from mscexo.contract.cells import Column, record_from_cells
from mscexo.contract.fastpath import check_batch
from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, Resource
from mscexo.errors import Problem
from mscexo.files.checks import file_problem
from mscexo.files.excel import Sheet, open_sheet
from mscexo.files.tables import TableReader, header_problems, read_header

if TYPE_CHECKING:
    from mscexo.contribution.validation import Validation

#: A problem of a flagged row: the row's ordinal, the problem, and whether the fast path has
#: counted it already.
Explained = tuple[int, Problem, bool]


def check_table_file(
    run: Validation, path: Path, table: str, delimiter: str | None, in_package: bool = False
) -> None:
    """Check one CSV or TSV file (`delimiter`) or Excel workbook (None) of `table`. A file
    with a header and no rows is an error on its own, but an empty table of a package."""
    resource = run.resources[table]
    rules = resource.rules
    sheet = None
    if delimiter is None:
        sheet, problems = open_sheet(path, table, run.report.max_errors)
        rows = sheet.rows() if sheet is not None else iter(())
        first = next(rows, None)
        names = None if first is None else [c or "" for c in first[1]]
        if sheet is not None:
            run.report.sheets[str(path)] = sheet.name
            if first is None:
                problems = sheet.problems or [
                    file_problem(path, "empty-file", f"the sheet {sheet.name!r} is empty", "")
                ]
    else:
        names, problems = read_header(path, delimiter)
    for problem in problems:
        run.report.add(problem)
    if names is None:
        return
    if sheet is not None:
        dates = frozenset(i for i, n in enumerate(names) if n in rules and rules[n].type == "date")
        sheet.expect(names, dates)
    required = [c.name for c in rules.values() if c.required]
    header = header_problems(path, names, list(rules), required, delimiter)
    for problem in header:
        run.report.add(problem)
    if any(p.code in ("delimiter", "duplicate-column") for p in header):
        return
    repetitive = {c.name for c in rules.values() if c.enum and not c.is_list}
    repetitive |= {fk["fields"] for fk in resource.schema.get("foreignKeys", [])}
    reader = TableReader(path, names, delimiter or ",", frozenset(repetitive))
    if delimiter is None:
        batches = reader.xlsx_batches(rows)
    else:
        batches = reader.csv_batches(run.progress(path.name, path.stat().st_size))
    source = run.source(path, lambda o: [{"row": int(r)} for r in reader.rows(o)])
    missing = {c for c in rules if c not in names}
    explained: list[Explained] = []
    ordinal = 0
    # The checks of one batch run in a worker thread while the next batch is parsed
    # (both release the GIL), and are consumed in file order.
    with ThreadPoolExecutor(max_workers=1) as pool:
        checking: list[tuple[Future[Any], pa.RecordBatch, int]] = []
        for batch in _then_none(batches):
            if batch is not None:
                checking.append((pool.submit(check_batch, batch, rules), batch, ordinal))
                ordinal += batch.num_rows
            while len(checking) > (1 if batch is not None else 0):
                future, done, start = checking.pop(0)
                flagged = _counted(run, future, done, start, resource, missing, explained)
                explained += flagged
                run.collect(table, done, source, start)
    for problem in reader.problems:
        run.report.add(problem)
    for code, n in reader.unlisted.items():
        run.report.counts[("error", code)] += n
    if sheet is not None:
        _add_sheet_problems(run, sheet)
    numbers = reader.rows(np.array([number for number, _, _ in explained], dtype=np.int64))
    for row, (_, problem, counted) in zip(numbers, explained, strict=True):
        run.report.add(replace(problem, file=str(path), row=int(row), record=None), counted)
    run.report.rows[table] += ordinal
    skipped = reader.problems or (sheet is not None and sheet.problems)
    if ordinal == 0 and not skipped and not in_package:
        run.report.add(
            file_problem(
                path,
                "no-rows",
                "the file has a header but no rows",
                "add at least one record below the header",
            )
        )


def _add_sheet_problems(run: Validation, sheet: Sheet) -> None:
    """The problems of a worksheet's cells (listed up to a limit, all counted)."""
    listed: Counter[str] = Counter()
    for problem in sheet.problems:
        run.report.add(problem)
        listed[problem.code] += 1
    for code, n in sheet.counts.items():
        run.report.counts[("error", code)] += n - listed[code]


def _counted(
    run: Validation,
    future: Future[Any],
    batch: pa.RecordBatch,
    start: int,
    resource: Resource,
    missing: set[str],
    already: list[Explained],
) -> list[Explained]:
    """Count a checked batch's problems, and explain its flagged rows while the report has
    room for them."""
    bad, counts = future.result()
    for (code, _column), n in counts.items():
        run.report.counts[("error", code)] += n
    flagged: list[Explained] = []
    for i in np.flatnonzero(bad)[: max(0, run.report.room() - len(already))]:
        # The fast path counted one problem per cell and rule; the model may find more (one
        # per item of a list): those are counted when they are reported.
        seen: set[tuple[str, str | None]] = set()
        for problem in explain(resource, batch, int(i), missing):
            key = (problem.code, problem.field)
            flagged.append((start + int(i), problem, key in counts and key not in seen))
            seen.add(key)
    return flagged


def explain(
    resource: Resource, batch: pa.RecordBatch, index: int, missing: set[str]
) -> list[Problem]:
    """Why one flagged row is invalid, in the words of the generated model (a column missing
    from the whole file is reported once, by the header check, not on every row)."""
    rules: dict[str, Column] = resource.rules
    cells = {name: batch.column(name)[index].as_py() for name in batch.schema.names}
    record = Record(resource.name, {"id": cells.get(resource.primary_key)}, "", 0, None)
    data, problems = record_from_cells(cells, rules, record)
    record.data = data
    problems += validate_record(record, resource, cells_checked=True)[1]
    return [p for p in problems if not (p.code == "required" and p.field in missing)]


def _then_none(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch | None]:
    """The batches, then None to say the stream has ended."""
    yield from batches
    yield None
