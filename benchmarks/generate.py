"""Synthetic contribution files for the validation benchmark, generated from the schema.

For one table (default: cargo_findings, the fact table bulk contributions feed), writes
valid and corrupted files of N rows in every format `mscexo validate` reads: CSV, TSV, JSON
Lines, JSON (a mapping of the table to its records, which linkml-validate reads too), YAML,
Parquet and Excel, plus the table's Table Schema without its foreign keys (frictionless
checks a file alone). Column values follow the column rules of the generated Table Schema:
enums draw from the allowed values, identifiers follow the pattern, references (single and
lists) come from the released package, free text is word salad of realistic length. The
typed formats hold typed values (numbers, lists), as a contributor's would. A corrupted file
has about 1% of rows broken in one cell each (bad enum, bad pattern, empty required cell,
spreadsheet formula, out-of-range number).

YAML and Excel are written up to `--yaml-max-rows` and `--xlsx-max-rows` (100k): beyond that
they are neither a sensible contribution nor quick to write.

    python benchmarks/generate.py --rows 10000 100000 1000000 [--out benchmarks/files]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from mscexo.contract.cells import Column, columns
from mscexo.contract.record import Resource, read_resources
from mscexo.files.package import Package
from mscexo.load import data_root

WORDS = [
    "exosomes",
    "derived",
    "from",
    "mesenchymal",
    "stem",
    "cells",
    "reduced",
    "inflammation",
    "and",
    "promoted",
    "repair",
    "of",
    "injured",
    "tissue",
    "in",
    "a",
    "mouse",
    "model",
    "by",
    "delivering",
    "microRNA",
    "that",
    "targets",
    "the",
    "pathway",
    "of",
    "apoptosis",
    "fibrosis",
    "angiogenesis",
    "macrophage",
    "polarisation",
    "neuronal",
    "survival",
]
CORRUPTIONS = ("enum", "pattern", "required", "formula", "range")
#: Every format written, by file suffix (the benchmark runs `mscexo validate` on each).
FORMATS = ("csv", "tsv", "jsonl", "json", "yaml", "parquet", "xlsx")


def _resource(table: str) -> Resource:
    return next(r for r in read_resources(data_root()) if r.name == table)


def _text(rng: np.random.Generator, n: int, words: int) -> np.ndarray:
    picks = rng.integers(0, len(WORDS), size=(n, words))
    return np.array([" ".join(WORDS[i] for i in row) for row in picks], dtype=object)


def column_values(table: str, n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Valid values for every column of `table`, n rows, as text cells."""
    resource = _resource(table)
    release = Package.open(data_root() / "datapackage")
    targets = {
        fk["fields"]: fk["reference"]["resource"]
        for key in ("foreignKeys", "mscexo:listForeignKeys")
        for fk in resource.schema.get(key, [])
    }
    prefix = resource.schema["fields"][0]["example"].split("-")[0]
    out: dict[str, np.ndarray] = {}
    for name, column in columns(resource).items():
        if name == resource.primary_key:
            out[name] = np.array([f"{prefix}-BENCH-{i:07d}" for i in range(1, n + 1)], dtype=object)
        elif name in targets:
            target = targets[name]
            ids = [i for i in release.text(target)[release.primary_key(target)].to_pylist() if i]
            picked = np.array(ids, dtype=object)[rng.integers(0, len(ids), n)]
            if column.is_list:  # one or two references
                more = np.array(ids, dtype=object)[rng.integers(0, len(ids), n)]
                two = rng.random(n) < 0.3
                picked = np.where(two, picked + column.delimiter + more, picked)
            out[name] = picked
        elif column.enum:
            out[name] = np.array(column.enum, dtype=object)[rng.integers(0, len(column.enum), n)]
        elif column.type == "number":
            out[name] = np.round(rng.uniform(0.5, 1.0, n), 2).astype(str).astype(object)
        elif column.type == "integer":
            out[name] = rng.integers(1, 300, n).astype(str).astype(object)
        elif name == "locator":
            out[name] = np.array(
                [f"Table {i % 7 + 1}, row {i % 40 + 1}" for i in range(n)], dtype=object
            )
        else:
            out[name] = _text(rng, n, 12 if name in ("evidence", "curation_note") else 3)
        if not column.required and column.type == "string" and not column.enum:
            out[name][rng.random(n) < 0.3] = ""
    return out


def corrupt(values: dict[str, np.ndarray], table: str, rng: np.random.Generator) -> int:
    """Break one cell in about 1% of rows; returns how many rows were broken."""
    rules = columns(_resource(table))
    n = len(next(iter(values.values())))
    rows = np.flatnonzero(rng.random(n) < 0.01)
    enum_col = next(c.name for c in rules.values() if c.enum and c.required)
    required = next(c.name for c in rules.values() if c.required and c.name != "id")
    number = next((c.name for c in rules.values() if c.maximum is not None), None)
    for k, row in enumerate(rows):
        kind = CORRUPTIONS[k % len(CORRUPTIONS)]
        if kind == "enum":
            values[enum_col][row] = values[enum_col][row] + "s"
        elif kind == "pattern":
            values["id"][row] = values["id"][row].lower()
        elif kind == "required":
            values[required][row] = ""
        elif kind == "formula":
            values["effect" if "effect" in values else required][row] = "=1+2"
        elif kind == "range" and number:
            values[number][row] = "1.5"
    return len(rows)


# ----- typed values --------------------------------------------------------------------------


def typed(cell: str, column: Column) -> Any:
    """A text cell as the typed value a record file holds (the text if it is no such value)."""
    if column.is_list:
        return [item for item in cell.split(column.delimiter) if item]
    try:
        if column.type == "integer":
            return int(cell)
        if column.type == "number":
            return float(cell)
    except ValueError:
        return cell
    if column.type == "boolean" and cell in ("true", "false"):
        return cell == "true"
    return cell


def records(values: dict[str, np.ndarray], table: str) -> Iterator[dict[str, Any]]:
    """The rows as records of typed values; empty cells left out."""
    rules = columns(_resource(table))
    names = list(values)
    for row in zip(*(values[n] for n in names), strict=True):
        yield {
            name: typed(cell, rules[name])
            for name, cell in zip(names, row, strict=True)
            if cell != ""
        }


# ----- writers -------------------------------------------------------------------------------


def write_delimited(values: dict[str, np.ndarray], path: Path, delimiter: str) -> None:
    names = list(values)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(zip(*(values[n] for n in names), strict=True))


def write_jsonl(values: dict[str, np.ndarray], path: Path, table: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records(values, table):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_json(values: dict[str, np.ndarray], path: Path, table: str) -> None:
    """A mapping of the table to its records (the Dataset shape linkml-validate reads), one
    record a line, written as it goes."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f'{{"{table}": [\n')
        for k, record in enumerate(records(values, table)):
            handle.write((",\n" if k else "") + json.dumps(record, ensure_ascii=False))
        handle.write("\n]}\n")


def write_yaml(values: dict[str, np.ndarray], path: Path, table: str) -> None:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"{table}:\n")
        for record in records(values, table):
            text = yaml.dump([record], Dumper=dumper, allow_unicode=True, sort_keys=False)
            handle.write("".join(f"  {line}\n" for line in text.splitlines()))


def write_parquet(values: dict[str, np.ndarray], path: Path, table: str) -> None:
    """Typed columns, as the release writes them (`curation.build._arrow_table`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    rules = columns(_resource(table))
    arrays = {}
    for name, cells in values.items():
        column = rules[name]
        kind = kinds.get(column.type, pa.string())
        kind = pa.list_(kind) if column.is_list else kind
        typed_cells = [None if c == "" else typed(c, column) for c in cells]
        if not column.is_list and column.type in kinds:
            # A corrupted cell that is no number stays in the file as the nearest number.
            typed_cells = [c if not isinstance(c, str) else None for c in typed_cells]
        arrays[name] = pa.array(typed_cells, type=kind)
    pq.write_table(pa.table(arrays), path, compression="zstd", row_group_size=100_000)


def write_xlsx(values: dict[str, np.ndarray], path: Path, table: str) -> None:
    """A workbook with the rows on a sheet named after the table (text cells; the Excel
    reader is benchmarked as a contributor's export, see `mscexo template`)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(table)
    names = list(values)
    sheet.append(names)
    for row in zip(*(values[n] for n in names), strict=True):
        sheet.append([c if c != "" else None for c in row])
    book.save(path)


def writers(table: str) -> dict[str, Callable[[dict[str, np.ndarray], Path], None]]:
    return {
        "csv": lambda v, p: write_delimited(v, p, ","),
        "tsv": lambda v, p: write_delimited(v, p, "\t"),
        "jsonl": lambda v, p: write_jsonl(v, p, table),
        "json": lambda v, p: write_json(v, p, table),
        "yaml": lambda v, p: write_yaml(v, p, table),
        "parquet": lambda v, p: write_parquet(v, p, table),
        "xlsx": lambda v, p: write_xlsx(v, p, table),
    }


def file_name(table: str, n: int, kind: str, fmt: str) -> str:
    return f"{table}-{n}-{kind}.{fmt}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--table", default="cargo_findings")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "files")
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--yaml-max-rows", type=int, default=100_000)
    parser.add_argument("--xlsx-max-rows", type=int, default=100_000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    resource = _resource(args.table)
    # frictionless checks one file alone: foreign keys to other tables need the whole package.
    schema = {k: v for k, v in resource.schema.items() if k != "foreignKeys"}
    (args.out / f"{args.table}.schema.json").write_text(json.dumps(schema, indent=1))
    limits = {"yaml": args.yaml_max_rows, "xlsx": args.xlsx_max_rows}
    write = writers(args.table)
    for n in args.rows:
        rng = np.random.default_rng(n)
        values = column_values(args.table, n, rng)
        broken = 0
        for kind in ("valid", "corrupted"):
            if kind == "corrupted":
                broken = corrupt(values, args.table, rng)
            for fmt in args.formats:
                if n <= limits.get(fmt, n):
                    write[fmt](values, args.out / file_name(args.table, n, kind, fmt))
        print(f"{n:>9,} rows: valid and corrupted ({broken:,} broken rows) in {args.out}")


if __name__ == "__main__":
    main()
