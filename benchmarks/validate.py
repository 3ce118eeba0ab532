"""Validation speed and memory: `mscexo validate` against frictionless, linkml-validate and a
plain pyarrow read of the same files, in the same run.

Each tool runs as its own process (as a user would run it); wall time and peak resident
memory come from the operating system (`os.wait4`), as the median of `--repeat` runs (one
run for the slow tools on large files). Ratios are taken against the other tools
measured in this run, never against remembered figures.

    python benchmarks/generate.py            # once: writes benchmarks/files/
    python benchmarks/validate.py [--rows 10000 100000 1000000] [--linkml-max-rows 100000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent


def measure(command: list[str], repeat: int) -> tuple[float, float, int]:
    """Median wall seconds, peak memory in MB and exit code of `repeat` runs of a command."""
    runs = sorted(run(command) for _ in range(repeat))
    return runs[len(runs) // 2]


def run(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak memory in MB and exit code of one command, run in the directory of
    the files (frictionless refuses absolute paths as unsafe)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=HERE / "files",
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def commands(table: str, csv: Path, json_file: Path | None) -> dict[str, list[str]]:
    schema = f"{table}.schema.json"
    csv, json_file = Path(csv.name), json_file and Path(json_file.name)
    out = {
        "pyarrow.csv.read_csv": [
            sys.executable,
            "-c",
            f"import pyarrow.csv; pyarrow.csv.read_csv({str(csv)!r})",
        ],
        "mscexo validate": [str(BIN / "mscexo"), "validate", str(csv), "--table", table],
        "frictionless validate": [
            str(BIN / "frictionless"),
            "validate",
            str(csv),
            "--schema",
            str(schema),
        ],
    }
    if json_file is not None:
        out["linkml-validate (JSON)"] = [
            str(BIN / "linkml-validate"),
            "-s",
            str(ROOT / "schema" / "mscexo.yaml"),
            "-C",
            "Dataset",
            str(json_file),
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--table", default="cargo_findings")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument(
        "--linkml-max-rows",
        type=int,
        default=100_000,
        help="linkml-validate needs ~30 s per 100k rows; skip it above this",
    )
    args = parser.parse_args()
    files = HERE / "files"
    print("| rows | file | tool | exit | time (s) | peak memory (MB) |")
    print("| ---: | --- | --- | ---: | ---: | ---: |")
    summary = []
    for n in args.rows:
        for kind in ("valid", "corrupted"):
            csv = files / f"{args.table}-{n}-{kind}.csv"
            if not csv.is_file():
                sys.exit(f"{csv} is missing: run `python benchmarks/generate.py` first")
            json_file = files / f"{args.table}-{n}-valid.json"
            use_json = kind == "valid" and json_file.is_file() and n <= args.linkml_max_rows
            results = {}
            for tool, command in commands(args.table, csv, json_file if use_json else None).items():
                slow = tool.startswith("linkml") or (
                    tool.startswith("frictionless") and n > 100_000
                )
                results[tool] = measure(command, 1 if slow else args.repeat)
                seconds, memory, code = results[tool]
                print(
                    f"| {n:,} | {kind} | {tool} | {code} | {seconds:.2f} | {memory:.0f} |",
                    flush=True,
                )
            ours, arrow = results["mscexo validate"][0], results["pyarrow.csv.read_csv"][0]
            frictionless = results["frictionless validate"][0]
            summary.append(
                f"{n:,} rows, {kind}: mscexo is {frictionless / ours:.1f}x faster than "
                f"frictionless and takes {ours / arrow:.2f}x the time of pyarrow read_csv; "
                f"peak memory {results['mscexo validate'][1]:.0f} MB"
            )
    print("\n" + "\n".join(summary))


if __name__ == "__main__":
    main()
