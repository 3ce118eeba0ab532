"""Hostile key files for `mscexo validate`: many rows with one identifier, and many references
that resolve nowhere (issue 14). Each file is valid but for its keys.

    python benchmarks/hostile_keys.py --rows 1000000 [--out /tmp/keys]
    /usr/bin/time -f '%e s %M KB' mscexo validate /tmp/keys/cargo_findings-1000000-one-id.csv

`one-id`: every row has the id CF-BENCH-001. `unresolved`: every row has its own id and a
cargo_id that names no cargo record (CG-missing-N, a different one per row).
"""

from __future__ import annotations

import argparse
from pathlib import Path

HEADER = "id,cargo_id,product_type,effect,document_id,locator,evidence\n"
ROW = '{id},{cargo},exosome,reduced inflammation,{doc},"Table 1, row 3",reduced inflammation\n'
DOCUMENT = "doi:10.1155/2021/2616807"


def write(path: Path, rows: int, kind: str) -> Path:
    """Write `rows` rows of the kind `one-id` or `unresolved` to `path`."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for i in range(1, rows + 1):
            if kind == "one-id":
                row = ROW.format(id="CF-BENCH-001", cargo="CG-IL-10", doc=DOCUMENT)
            else:
                row = ROW.format(id=f"CF-BENCH-{i:07d}", cargo=f"CG-missing-{i}", doc=DOCUMENT)
            handle.write(row)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for kind in ("one-id", "unresolved"):
        path = write(args.out / f"cargo_findings-{args.rows}-{kind}.csv", args.rows, kind)
        print(path)


if __name__ == "__main__":
    main()
