"""Load the released data package: tables as Arrow, pandas or polars, or all of them in DuckDB.

The package ships inside the wheel (`mscexo/_data/`); in a source checkout the same files are
read from the repository's `datapackage/` and `schema/`. Heavy libraries are imported only when
a function needs them, so `import mscexo` stays cheap.
"""

from __future__ import annotations

from functools import cache

# pathlib, typing and the package reader are imported on first use, so `import mscexo` stays cheap.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from mscexo.files.package import Package


@cache
def data_root() -> Path:
    """Directory holding `datapackage/` and `schema/`: the wheel's, else the checkout's."""
    from pathlib import Path

    here = Path(__file__).resolve().parent
    for candidate in (here / "_data", here.parents[1]):
        if (candidate / "datapackage" / "datapackage.json").is_file():
            return candidate
    raise FileNotFoundError(
        "the MSC-Exo data package is missing: reinstall mscexo, or run `mscexo build` "
        "in a source checkout"
    )


def package_dir() -> Path:
    """Directory of the installed data package (holds `datapackage.json`)."""
    return data_root() / "datapackage"


@cache
def release() -> Package:
    """The installed data package."""
    from mscexo.files.package import Package

    return Package.open(package_dir())


def descriptor() -> dict[str, Any]:
    """The installed `datapackage.json`, parsed."""
    return release().descriptor


def version() -> str:
    """Version of the installed data release."""
    return release().version


def tables() -> list[str]:
    """Names of the tables (resources) of the package, in package order."""
    return release().names


def row_counts(package: Path | None = None) -> dict[str, int]:
    """Rows per table of the installed package (or the one at `package`), read from the
    Parquet footers: no table is loaded."""
    from mscexo.files.package import Package

    return (Package.open(package) if package else release()).row_counts


def load(name: str, as_: str = "arrow") -> Any:
    """One table as a `pyarrow.Table` (default), a pandas `DataFrame` (`as_="pandas"`) or a
    polars `DataFrame` (`as_="polars"`).

    The pandas frame has pandas' nullable dtypes, the same as `pandas.read_parquet(...,
    dtype_backend="numpy_nullable")`: `Int64`, `Float64`, `boolean` and `string`, with
    missing values as `pd.NA`. So an integer column with gaps (`clinical_trials.enrollment`)
    stays integer instead of becoming float64 with NaN. Dates stay `datetime.date` objects
    and list columns hold NumPy arrays. For NumPy dtypes (float64 with NaN) call
    `load(name).to_pandas()`; for pyarrow-backed columns,
    `load(name).to_pandas(types_mapper=pandas.ArrowDtype)`."""
    if as_ not in ("arrow", "pandas", "polars"):
        raise ValueError(f"as_ must be 'arrow', 'pandas' or 'polars', not {as_!r}")
    table = release().arrow(name)
    if as_ == "arrow":
        return table
    if as_ == "pandas":
        _require("pandas")
        return table.to_pandas(types_mapper=_pandas_types().get)
    _require("polars")
    import polars

    return polars.from_arrow(table)


def _pandas_types() -> dict[Any, Any]:
    """Arrow type -> pandas' nullable dtype (the mapping of pandas' `numpy_nullable` backend)."""
    import pandas as pd
    import pyarrow as pa

    return {
        pa.int8(): pd.Int8Dtype(),
        pa.int16(): pd.Int16Dtype(),
        pa.int32(): pd.Int32Dtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.uint8(): pd.UInt8Dtype(),
        pa.uint16(): pd.UInt16Dtype(),
        pa.uint32(): pd.UInt32Dtype(),
        pa.uint64(): pd.UInt64Dtype(),
        pa.float32(): pd.Float32Dtype(),
        pa.float64(): pd.Float64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.string(): pd.StringDtype(),
        pa.large_string(): pd.StringDtype(),
    }


def connect(database: str = ":memory:") -> Any:
    """A DuckDB connection in which every table of the package is a view."""
    _require("duckdb")
    import duckdb

    connection = duckdb.connect(database)
    for name in tables():
        path = release().file(name, parquet=True).as_posix().replace("'", "''")
        connection.execute(
            f"CREATE OR REPLACE VIEW \"{name}\" AS SELECT * FROM read_parquet('{path}')"
        )
    return connection


def schema() -> dict[str, Any]:
    """The LinkML schema of MSC-Exo, as a dict."""
    import yaml

    text = (data_root() / "schema" / "mscexo.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _require(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ImportError(f"this needs {module}: pip install 'mscexo[{module}]'")
