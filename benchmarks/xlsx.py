"""Excel speed and memory: `mscexo validate` of a workbook against a plain openpyxl read-only
pass over the same workbook (and `mscexo validate` of the same rows as CSV), in one run.

The rows are the synthetic, valid `cargo_findings` rows of `generate.py` (without the
cited-work references, which would not resolve). Each workbook is written twice, as Excel
writes it (text in the shared strings, numbers as numbers) and as openpyxl does (text as
inline strings). Each command runs as its own process; wall time, CPU time (user and system:
the load of a shared machine changes it much less than wall time) and peak resident memory
come from the operating system (`os.wait4`), as the median of `--repeat` runs.

    python benchmarks/xlsx.py [--rows 10000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
from generate import column_values, write_delimited
from validate import BIN, HERE

TABLE = "cargo_findings"
SHARED = "xlsx (shared strings, as Excel writes)"
INLINE = "xlsx (inline strings, as openpyxl writes)"
TOOLS = ("mscexo validate", "openpyxl read-only pass")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#: A plain openpyxl read-only pass: every cell's value, nothing else.
OPENPYXL = (
    "import sys\n"
    "from openpyxl import load_workbook\n"
    "book = load_workbook(sys.argv[1], read_only=True)\n"
    "for row in book.worksheets[0].iter_rows(values_only=True):\n"
    "    pass\n"
)


def _files(rows: int, out: Path) -> dict[str, Path]:
    return {
        "csv": out / f"{TABLE}-{rows}-xlsx.csv",
        SHARED: out / f"{TABLE}-{rows}-shared.xlsx",
        INLINE: out / f"{TABLE}-{rows}-inline.xlsx",
    }


def workbooks(rows: int, out: Path) -> dict[str, Path]:
    """The CSV file and the two workbooks of `rows` rows, written once (by another process:
    the peak memory the system reports for a process counts what it inherited at fork)."""
    files = _files(rows, out)
    if not all(path.exists() for path in files.values()):
        subprocess.run([sys.executable, __file__, "--write", str(rows)], check=True)
    return files


def write_workbooks(rows: int, files: dict[str, Path]) -> None:
    from openpyxl import Workbook

    values = column_values(TABLE, rows, np.random.default_rng(rows))
    values["cited_work_ids"][:] = ""
    write_delimited(values, files["csv"], ",")
    names = list(values)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(TABLE)
    sheet.append(names)
    for row in zip(*(values[n] for n in names), strict=True):
        sheet.append([None if cell == "" else cell for cell in row])
    book.save(files[INLINE])
    write_shared(values, files[SHARED])


def write_shared(values: dict[str, np.ndarray], path: Path) -> None:
    """A workbook as Excel writes it: text in the shared strings, numbers as numbers."""
    from xml.sax.saxutils import escape

    names = list(values)
    numeric = {"confidence"}  # the one number column
    strings: dict[str, int] = {}

    def cell(column: int, row: int, value: str) -> str:
        ref = f"{chr(65 + column)}{row}"
        if row > 1 and names[column] in numeric:
            return f'<c r="{ref}"><v>{value}</v></c>'
        index = strings.setdefault(value, len(strings))
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            table = [names, *zip(*(values[n] for n in names), strict=True)]
            for number, row in enumerate(table, 1):
                cells = "".join(cell(i, number, v) for i, v in enumerate(row) if v != "")
                sheet.write(f'<row r="{number}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        items = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{items}</sst>')
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>'
            f'<sheet name="{TABLE}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        related = [("rId1", "worksheet", "worksheets/sheet1.xml")]
        related.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{RELS}">'
            + "".join(
                f'<Relationship Id="{i}" Type="{OFFICE}/{kind}" Target="{target}"/>'
                for i, kind, target in related
            )
            + "</Relationships>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = HERE / "files"
    out.mkdir(exist_ok=True)
    if args.write:
        write_workbooks(args.write, _files(args.write, out))
        return
    print("| rows | file | tool | exit | time (s) | CPU time (s) | peak memory (MB) |")
    print("| ---: | --- | --- | ---: | ---: | ---: | ---: |")
    ratios: list[str] = []
    for rows in args.rows:
        files = workbooks(rows, out)
        validate = [str(BIN / "mscexo"), "validate", "--table", TABLE]
        runs = [("csv", "mscexo validate", [*validate, files["csv"].name])]
        for label in (SHARED, INLINE):
            name = files[label].name
            runs.append((label, "openpyxl read-only pass", [sys.executable, "-c", OPENPYXL, name]))
            runs.append((label, "mscexo validate", [*validate, name]))
        times: dict[tuple[str, str], tuple[float, float]] = {}
        for label, tool, command in runs:
            seconds, cpu, memory, code = measure(command, args.repeat)
            times[(label, tool)] = (seconds, cpu)
            cells = [f"{rows:,}", label, tool, str(code), f"{seconds:.2f}", f"{cpu:.2f}"]
            print("| " + " | ".join([*cells, f"{memory:.0f}"]) + " |")
        for label in (SHARED, INLINE):
            (wall, cpu), (wall0, cpu0) = (times[(label, t)] for t in TOOLS)
            ratios.append(
                f"{rows:,} rows, {label}: {wall / wall0:.2f} (CPU time: {cpu / cpu0:.2f})"
            )
    print("\nmscexo validate, as a multiple of the time of a plain openpyxl read-only pass:")
    print("\n".join(ratios))


def measure(command: list[str], repeat: int) -> tuple[float, float, float, int]:
    """Median wall seconds, CPU seconds (user and system: robust on a loaded machine), peak
    memory in MB and exit code of `repeat` runs of a command, in the directory of the files."""
    # A relative PYTHONPATH would name other directories from the directory of the files.
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(Path(p).resolve()) for p in paths if p)}
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=HERE / "files",
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        cpu = usage.ru_utime + usage.ru_stime
        runs.append((elapsed, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)))
    wall = sorted(r[0] for r in runs)[len(runs) // 2]
    cpu = sorted(r[1] for r in runs)[len(runs) // 2]
    return wall, cpu, max(r[2] for r in runs), runs[0][3]


if __name__ == "__main__":
    main()
