"""Loading the released package: one call per table, in Arrow, pandas, polars or DuckDB."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pyarrow as pa
import pytest

import mscexo
from mscexo.files.package import is_table
from mscexo.load import descriptor, package_dir


def _csv_rows(name: str) -> list[dict[str, str]]:
    resource = next(r for r in descriptor()["resources"] if r["name"] == name)
    with (package_dir() / resource["path"]).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tables_lists_every_resource():
    descriptor = json.loads((package_dir() / "datapackage.json").read_text())
    assert mscexo.tables() == [r["name"] for r in descriptor["resources"] if is_table(r)]
    assert len(mscexo.tables()) == len(descriptor["resources"]) - 2  # and the LinkML form
    assert "clinical_trials" in mscexo.tables() and "documents" in mscexo.tables()


@pytest.mark.parametrize("name", mscexo.tables())
def test_load_returns_the_same_rows_as_the_csv(name: str):
    table = mscexo.load(name)
    assert isinstance(table, pa.Table)
    rows = _csv_rows(name)
    assert table.num_rows == len(rows)
    assert rows or name == "retired", "only the retirement list may be empty"
    header = (package_dir() / "data" / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
    assert table.column_names == header.split(",")
    assert table.column("id").to_pylist() == [r["id"] for r in rows]


def test_load_keeps_types_and_lists():
    trials = mscexo.load("clinical_trials")
    assert trials.schema.field("enrollment").type == pa.int64()
    assert trials.schema.field("isct_positive_markers").type == pa.list_(pa.string())
    assert trials.schema.field("confidence").type == pa.float64()
    assert b"description" in trials.schema.field("nct_id").metadata


def test_load_as_pandas_and_polars():
    pandas_frame = mscexo.load("documents", as_="pandas")
    polars_frame = mscexo.load("documents", as_="polars")
    assert len(pandas_frame) == len(polars_frame) == mscexo.load("documents").num_rows
    assert type(pandas_frame).__module__.startswith("pandas")
    assert type(polars_frame).__module__.startswith("polars")


def test_connect_gives_every_table_as_a_duckdb_view():
    connection = mscexo.connect()
    for name in mscexo.tables():
        (count,) = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        assert count == mscexo.load(name).num_rows
    joined = connection.execute(
        "SELECT count(*) FROM clinical_trials t JOIN documents d ON t.document_id = d.id"
    ).fetchone()[0]
    assert joined == mscexo.load("clinical_trials").num_rows


def test_unknown_table_and_format_are_clear_errors():
    with pytest.raises(ValueError, match="no table named 'trial_reports'"):
        mscexo.load("trial_reports")
    with pytest.raises(ValueError, match="as_ must be"):
        mscexo.load("documents", as_="excel")


def test_schema_and_version():
    schema = mscexo.schema()
    assert schema["name"] == "mscexo" and "ClinicalTrial" in schema["classes"]
    assert mscexo.__version__ == schema["version"]


def test_import_is_light():
    code = (
        "import sys, mscexo; heavy = ('linkml', 'frictionless', 'pyarrow', 'pydantic', "
        "'pandas', 'polars', 'duckdb', 'yaml'); "
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pandas_keeps_integers_with_gaps_as_integers():
    pandas = pytest.importorskip("pandas")
    arrow = mscexo.load("clinical_trials").column("enrollment")
    enrollment = mscexo.load("clinical_trials", as_="pandas")["enrollment"]
    assert enrollment.dtype == pandas.Int64Dtype()  # not float64
    assert 0 < enrollment.isna().sum() == arrow.null_count  # the gaps stay gaps ...
    assert all(v is pandas.NA for v in enrollment[enrollment.isna()])  # ... as <NA>
    assert enrollment.tolist() == [pandas.NA if v is None else v for v in arrow.to_pylist()]


def test_polars_and_arrow_keep_their_own_types():
    polars = pytest.importorskip("polars")
    assert mscexo.load("clinical_trials").schema.field("enrollment").type == pa.int64()
    enrollment = mscexo.load("clinical_trials", as_="polars")["enrollment"]
    assert enrollment.dtype == polars.Int64 and enrollment.null_count() > 0
