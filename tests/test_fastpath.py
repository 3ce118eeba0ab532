"""The vectorised fast path and the pydantic slow path give the same verdict on every row."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mscexo.contract.cells import columns, record_from_cells
from mscexo.contract.fastpath import check_batch
from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, read_resources
from mscexo.datamodel import models

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = {r.name: r for r in read_resources(ROOT)}


def _rows(table: str) -> list[dict[str, str | None]]:
    with (ROOT / "datapackage" / "data" / f"{table}.csv").open(encoding="utf-8") as handle:
        return [
            {k: (v if v != "" else None) for k, v in row.items()} for row in csv.DictReader(handle)
        ]


def _example_rows(table: str) -> list[dict[str, str | None]]:
    """The schema's valid examples of a table's class, as text cells (for tables that the
    release leaves empty, such as `retired`)."""
    import yaml

    cls = RESOURCES[table].class_name
    rows = []
    for path in sorted((ROOT / "schema" / "examples" / "valid").glob(f"{cls}-*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        rows.append(
            {k: "|".join(map(str, v)) if isinstance(v, list) else str(v) for k, v in record.items()}
        )
    return rows


VALID_ROWS = {name: _rows(name) or _example_rows(name) for name in RESOURCES}

#: Characters that exercise every rule: formula starts, list delimiters, whitespace,
#: digits and signs for numbers, letters for enums and patterns, control characters (C0, DEL,
#: C1, and the tab and line breaks multi-line text may hold) and their neighbours in UTF-8
#: (U+00A0 and U+00B5 start with the byte C2 too).
ALPHABET = st.sampled_from(
    list("aZ09-+=@|!(). _\t\n\rEe:/")
    + ["é", "\u00a0", "\u00b5", "\u2028", "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9f"]
)


@functools.cache
def _mutations(resource_name: str):
    """Up to three cells of a row set to awkward values (built once per table: hypothesis
    validates a strategy the first time it draws from it)."""
    rules = columns(RESOURCES[resource_name])
    names = list(rules)
    known = sorted({v for c in rules.values() for v in (c.enum or [])})
    examples = sorted({c.example for c in rules.values() if c.example})
    cell = st.one_of(
        st.none(),
        st.just(""),
        st.text(ALPHABET, max_size=12),
        st.sampled_from(known or ["x"]),
        st.sampled_from(examples or ["x"]),
        st.sampled_from(
            ["1", "-1", "0.5", "1e3", "2.0", "1e400", "2023-02-30", "2023-02-28", "+7", " a"]
            + ["9" * 18, "-" + "9" * 19, "9" * 5_000]  # integers past 64 bits and 4,300 digits
        ),
        st.builds(lambda a, b: f"{a}|{b}", st.sampled_from(known or ["x"]), st.text(ALPHABET)),
        st.builds(lambda v: v + " ", st.sampled_from(examples or ["x"])),
        st.just("x" * 10_001),
    )
    return st.lists(st.tuples(st.sampled_from(names), cell), max_size=3)


def _slow_verdict(resource_name: str, cells: dict[str, str | None]) -> bool:
    resource = RESOURCES[resource_name]
    record = Record(resource_name, {}, "test.csv", 1, 2)
    data, problems = record_from_cells(cells, columns(resource), record)
    record.data = data
    _, more = validate_record(
        record, resource, getattr(models, resource.class_name), cells_checked=True
    )
    return not (problems or more)


def _fast_verdicts(resource_name: str, rows: list[dict[str, str | None]]) -> list[bool]:
    """The fast path's verdict per row, the same whether columns are plain or
    dictionary-encoded (as enum and reference columns are read from CSV)."""
    names = [f["name"] for f in RESOURCES[resource_name].fields]
    rules = columns(RESOURCES[resource_name])
    plain = {n: pa.array([r.get(n) for r in rows], type=pa.string()) for n in names}
    bad, counts = check_batch(pa.RecordBatch.from_pydict(plain), rules)
    encoded = {n: pc.dictionary_encode(a) for n, a in plain.items()}
    bad_encoded, counts_encoded = check_batch(pa.RecordBatch.from_pydict(encoded), rules)
    assert list(bad_encoded) == list(bad) and counts_encoded == counts
    return [not b for b in bad]


@pytest.mark.parametrize("table", sorted(RESOURCES))
def test_released_rows_pass_both_paths(table: str):
    rows = VALID_ROWS[table]
    assert rows, f"{table} has no rows to test with"
    assert all(_fast_verdicts(table, rows))
    assert all(_slow_verdict(table, row) for row in rows)


#: Mutated rows checked together. A batch costs the fast path about the same for 4 rows or 8
#: (its time goes to each column, not each row): CI's 100 examples of 6 check as many rows per
#: table (600) as 150 examples of 4 did, in two thirds of the time.
ROWS_PER_BATCH = 6


@pytest.mark.parametrize("table", sorted(RESOURCES))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_both_paths_agree_on_mutated_rows(table: str, data):
    """As many examples per table as the hypothesis profile says (tests/conftest.py): more in
    CI than locally."""
    rows = []
    for _ in range(ROWS_PER_BATCH):
        row = dict(data.draw(st.sampled_from(VALID_ROWS[table])))
        for name, value in data.draw(_mutations(table)):
            row[name] = value
        rows.append(row)
    slow = [_slow_verdict(table, row) for row in rows]
    assert _fast_verdicts(table, rows) == slow, rows
