"""MSC-Exo: mesenchymal stem cell-derived exosomes, as a versioned, citable data package.

>>> import mscexo
>>> mscexo.tables()                       # names of the tables
>>> mscexo.load("clinical_trials")        # a pyarrow.Table
>>> mscexo.load("clinical_trials", as_="pandas")
>>> con = mscexo.connect()                # DuckDB, every table a view
>>> report = mscexo.validate("my_trials.csv")   # the verdict `mscexo validate` gives
>>> mscexo.schema()["version"], mscexo.__version__

Importing the package reads nothing and imports no heavy library; each function loads what it
needs when called. The names in `__all__` are the public API; every module below is internal
and may change between releases:

- `mscexo.datamodel`: the code generated from the LinkML schema;
- `mscexo.contract`: the rules every record meets (cells, records, keys, hints);
- `mscexo.files`: reading and writing files (formats, packages, atomic writes);
- `mscexo.contribution`: `mscexo validate` and the contribution template;
- `mscexo.curation`: the build, from curation YAML to the data package;
- `mscexo.publish`: citation, differences, exports, metadata and the documentation site;
- `mscexo.cli`: the command line, which only parses arguments and renders reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mscexo.load import connect, load, schema, tables

if TYPE_CHECKING:
    from pathlib import Path

    from mscexo.contribution.report import Report

__all__ = [
    "DataError",
    "InputError",
    "Package",
    "Problem",
    "Report",
    "__version__",
    "connect",
    "load",
    "schema",
    "tables",
    "validate",
]

#: Where each lazily imported public name lives.
_LAZY = {
    "DataError": "mscexo.errors",
    "InputError": "mscexo.errors",
    "Problem": "mscexo.errors",
    "Package": "mscexo.files.package",
    "Report": "mscexo.contribution.report",
}


def validate(
    path: str | Path,
    table: str | None = None,
    release: str | Path | None = None,
    max_errors: int = 1000,
) -> Report:
    """Check a contributed file (CSV, TSV, Excel, JSON, JSON Lines, YAML) or data package
    against the schema and the release (by default, the installed one): the same verdict as
    `mscexo validate`. The report lists every problem with its file, row, column, value and a
    hint (`report.valid`, `report.problems`, `report.to_dict()`). Raises `InputError` when the
    input cannot be read at all."""
    from pathlib import Path

    from mscexo.contribution.validation import validate_path

    return validate_path(
        Path(path), table, Path(release) if release else None, max_errors=max_errors
    )


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from mscexo.load import version

        return version()
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'mscexo' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
