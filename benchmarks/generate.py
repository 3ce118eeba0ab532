"""Synthetic contribution files for the validation benchmark, generated from the schema.

For one table (default: cargo_findings, the fact table bulk contributions feed), writes
valid and corrupted files of N rows as CSV, plus JSON (the input linkml-validate reads)
and the table's Table Schema without its foreign keys (frictionless checks a file alone).
Column values follow the column rules of the generated Table Schema: enums draw from the
allowed values, identifiers follow the pattern, foreign keys come from the released
package, free text is word salad of realistic length. A corrupted file has about 1% of
rows broken in one cell each (bad enum, bad pattern, empty required cell, spreadsheet
formula, out-of-range number).

    python benchmarks/generate.py --rows 10000 100000 1000000 [--out benchmarks/files]
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np

from mscexo.contract.cells import columns
from mscexo.contract.record import read_resources
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


def _text(rng: np.random.Generator, n: int, words: int) -> np.ndarray:
    picks = rng.integers(0, len(WORDS), size=(n, words))
    return np.array([" ".join(WORDS[i] for i in row) for row in picks], dtype=object)


def column_values(table: str, n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Valid values for every column of `table`, n rows."""
    resource = next(r for r in read_resources(data_root()) if r.name == table)
    release = Package.open(data_root() / "datapackage")
    targets = {
        fk["fields"]: fk["reference"]["resource"] for fk in resource.schema.get("foreignKeys", [])
    }
    prefix = resource.schema["fields"][0]["example"].split("-")[0]
    out: dict[str, np.ndarray] = {}
    for name, column in columns(resource).items():
        if name == resource.primary_key:
            out[name] = np.array([f"{prefix}-BENCH-{i:07d}" for i in range(1, n + 1)], dtype=object)
        elif name in targets:
            target = targets[name]
            ids = [i for i in release.text(target)[release.primary_key(target)].to_pylist() if i]
            out[name] = np.array(ids, dtype=object)[rng.integers(0, len(ids), n)]
        elif column.enum:
            out[name] = np.array(column.enum, dtype=object)[rng.integers(0, len(column.enum), n)]
        elif column.type == "number":
            out[name] = np.round(rng.uniform(0.5, 1.0, n), 2).astype(str).astype(object)
        elif column.type == "integer":
            out[name] = rng.integers(1, 300, n).astype(str).astype(object)
        elif name == "locator":
            out[name] = np.array([f"Table {i % 7 + 1}, row {i % 40 + 1}" for i in range(n)])
        else:
            out[name] = _text(rng, n, 12 if name in ("evidence", "curation_note") else 3)
        if not column.required and column.type == "string" and not column.enum:
            out[name][rng.random(n) < 0.3] = ""
    return out


def corrupt(values: dict[str, np.ndarray], table: str, rng: np.random.Generator) -> int:
    """Break one cell in about 1% of rows; returns how many rows were broken."""
    resource = next(r for r in read_resources(data_root()) if r.name == table)
    rules = columns(resource)
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


def write(values: dict[str, np.ndarray], path: Path) -> None:
    names = list(values)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(zip(*(values[n] for n in names), strict=True))


def write_json(values: dict[str, np.ndarray], path: Path, table: str) -> None:
    """The same rows as JSON for linkml-validate: a Dataset with one list."""
    resource = next(r for r in read_resources(data_root()) if r.name == table)
    rules = columns(resource)
    names = list(values)
    records = []
    for row in zip(*(values[n] for n in names), strict=True):
        record = {}
        for name, cell in zip(names, row, strict=True):
            if cell == "":
                continue
            kind = rules[name].type
            record[name] = (
                float(cell) if kind == "number" and cell.replace(".", "").isdigit() else cell
            )
        records.append(record)
    path.write_text(json.dumps({table: records}), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--table", default="cargo_findings")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "files")
    parser.add_argument(
        "--json-max-rows",
        type=int,
        default=100_000,
        help="write JSON (for linkml-validate) only up to this size",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    resource = next(r for r in read_resources(data_root()) if r.name == args.table)
    # frictionless checks one file alone: foreign keys to other tables need the whole package.
    schema = {k: v for k, v in resource.schema.items() if k != "foreignKeys"}
    (args.out / f"{args.table}.schema.json").write_text(json.dumps(schema, indent=1))
    for n in args.rows:
        rng = np.random.default_rng(n)
        values = column_values(args.table, n, rng)
        write(values, args.out / f"{args.table}-{n}-valid.csv")
        if n <= args.json_max_rows:
            write_json(values, args.out / f"{args.table}-{n}-valid.json", args.table)
        broken = corrupt(values, args.table, rng)
        write(values, args.out / f"{args.table}-{n}-corrupted.csv")
        print(f"{n:>9,} rows: valid and corrupted ({broken:,} broken rows) in {args.out}")


if __name__ == "__main__":
    main()
