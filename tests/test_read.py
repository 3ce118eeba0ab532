"""The CSV files read the same in pandas (with its default missing values) and in R (with the
recipe of docs/read.md) as through `mscexo.load`: no value is silently turned into a gap."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from pathlib import Path

import pytest
from beside import Ran, beside, run

import mscexo
from mscexo.load import package_dir

ROOT = Path(__file__).resolve().parents[1]


def _present(table: str) -> dict[str, int]:
    """Non-missing values per column, as the loader (Arrow, typed) reads them."""
    data = mscexo.load(table)
    return {name: len(data) - data.column(name).null_count for name in data.column_names}


@pytest.mark.parametrize("table", mscexo.tables())
def test_pandas_defaults_lose_no_value(table: str):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(package_dir() / "data" / f"{table}.csv")  # every default
    counts = {name: int(frame[name].notna().sum()) for name in frame.columns}
    assert counts == _present(table)


def _r_recipe() -> str:
    """The R code block of docs/read.md, run from the directory holding `datapackage/`."""
    text = (ROOT / "docs" / "read.md").read_text(encoding="utf-8")
    return re.search(r"```r\n(.*?)```", text, re.S).group(1)


@beside
def r_recipe(out: Path, need) -> Ran | None:
    """The R recipe, counting the values of every column of every table, run from a directory
    holding `datapackage/` (beside the tests: beside.py); None without R."""
    if not shutil.which("Rscript"):
        return None
    (out / "datapackage").symlink_to(package_dir(), target_is_directory=True)
    script = (
        _r_recipe()
        .replace("strsplit(", "invisible(strsplit(")
        .replace("fixed = TRUE)  # list fields", "fixed = TRUE))")
    )
    script += (
        # the tables (type "table"), not the LinkML form of the release
        '\nfor (r in Filter(function(r) identical(r$type, "table"), package$resources)) {\n'
        "  t <- read_table(r$name)\n"
        "  for (column in names(t))\n"
        "    cat(r$name, column, sum(!is.na(t[[column]])), '\\n', sep = ',')\n"
        "}\n"
    )
    return run(["Rscript", "-e", script], out, cwd=out, timeout=300)


def test_the_r_recipe_loses_no_value(r_recipe: Ran | None):
    if r_recipe is None:
        if os.environ.get("CI"):
            pytest.fail("R is missing: .ci/run installs r-base-core, r-cran-readr, r-cran-jsonlite")
        pytest.skip(
            "needs R with readr and jsonlite (apt-get install r-cran-readr r-cran-jsonlite)"
        )
    result = r_recipe.result
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, dict[str, int]] = {}
    for table, column, count, _ in csv.reader(io.StringIO(result.stdout.strip())):
        found.setdefault(table, {})[column] = int(count)
    assert found == {table: _present(table) for table in mscexo.tables()}
