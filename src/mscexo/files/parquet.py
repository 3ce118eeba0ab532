"""Read a Parquet file (the release's own format) in batches of typed Arrow columns.

A Parquet file is compressed, so its size says little about the memory it takes to read: the
footer's metadata is checked first (the columns, and the uncompressed size of each row group,
which is read at once), and the file is then read batch by batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from mscexo.errors import Problem
from mscexo.files.checks import MAX_FILE_BYTES, file_problem, size_problem

#: Rows per batch (the reader's memory grows with it: about 60 MB per 10,000 rows of
#: twenty text columns).
BATCH_ROWS = 20_000
#: Largest row group, uncompressed: a row group's columns are decompressed at once.
MAX_GROUP_BYTES = 256 * 2**20
#: Most columns read (a table has a few dozen fields).
MAX_COLUMNS = 1_000


def open_parquet(path: Path) -> tuple[Any, list[Problem]]:
    """The `pyarrow.parquet.ParquetFile`, or None and the problems that stop reading it."""
    import pyarrow.parquet as pq

    problem = size_problem(path, MAX_FILE_BYTES)
    if problem:
        return None, [problem]
    try:
        parquet = pq.ParquetFile(path, pre_buffer=False)
        metadata = parquet.metadata
        schema = parquet.schema_arrow
    except (pa.ArrowException, OSError, ValueError) as exc:
        return None, [unreadable(path, exc)]
    if len(schema) > MAX_COLUMNS:
        return None, [
            file_problem(
                path,
                "oversized-file",
                f"the file has {len(schema):,} columns (at most {MAX_COLUMNS:,})",
                "write one table per file, with the columns of `mscexo template TABLE`",
            )
        ]
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).total_byte_size
        if size > MAX_GROUP_BYTES:
            return None, [
                file_problem(
                    path,
                    "oversized-file",
                    f"row group {group + 1} holds {size:,} bytes uncompressed "
                    f"(at most {MAX_GROUP_BYTES:,})",
                    "write the file with smaller row groups (e.g. "
                    "`pyarrow.parquet.write_table(..., row_group_size=100_000)`)",
                )
            ]
    return parquet, []


def unreadable(path: Path, exc: BaseException) -> Problem:
    return file_problem(
        path,
        "unreadable",
        f"not a readable Parquet file: {str(exc).splitlines()[0] if str(exc) else exc!r}",
        "write the file again (e.g. `pyarrow.parquet.write_table` or "
        "`pandas.DataFrame.to_parquet`), or send it as CSV",
    )


def parquet_batches(parquet: Any, columns: list[str]) -> Iterator[pa.RecordBatch]:
    """The given columns, batch by batch (errors as `pa.ArrowException` or OSError); one
    column at a time, which holds less at once (the batches are checked in another thread
    meanwhile)."""
    yield from parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns, use_threads=False)
