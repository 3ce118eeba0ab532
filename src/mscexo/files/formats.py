"""The file formats a contribution may come in: one registry from a file's suffix to the way
it is read. `mscexo validate` (and everything that reads contributed files) asks here, so a
format is added in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Format:
    """A kind of input file: delimited text (`table`), a workbook (`excel`), a file of
    records (`records`: JSON, JSON Lines, YAML), or typed columns (`parquet`)."""

    name: str
    suffixes: tuple[str, ...]
    kind: str
    delimiter: str | None = None


FORMATS = (
    Format("csv", (".csv",), "table", ","),
    Format("tsv", (".tsv", ".tab"), "table", "\t"),
    Format("xlsx", (".xlsx", ".xlsm"), "excel"),
    Format("json", (".json",), "records"),
    Format("jsonl", (".jsonl", ".ndjson"), "records"),
    Format("yaml", (".yaml", ".yml"), "records"),
    Format("parquet", (".parquet",), "parquet"),
)
_BY_SUFFIX = {suffix: f for f in FORMATS for suffix in f.suffixes}

#: Every suffix a reader handles.
SUPPORTED = sorted(_BY_SUFFIX)
#: Delimiter by suffix, for delimited text files.
DELIMITERS = {s: f.delimiter for s, f in _BY_SUFFIX.items() if f.delimiter is not None}


def format_of(path: Path) -> Format | None:
    """The format of a file by its suffix (any letter case), or None if none reads it."""
    return _BY_SUFFIX.get(path.suffix.lower())
