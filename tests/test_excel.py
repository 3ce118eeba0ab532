"""Excel workbooks given to `mscexo validate`, hostile and damaged ones above all (issue 14).

Every workbook is built here, with openpyxl or byte by byte (`_zip` writes an archive from
entries whose packed bytes are given, so a zip bomb takes no time to build). Each hostile
case runs `mscexo validate` as its own process and checks the exit code, that no traceback
is printed, the problem reported, and the bounds: at most 500 MB of peak memory and at most
5 s of CPU time for an input under 10 MB (measured with `os.wait4`, so that a loaded machine
does not fail the test; a 60 s wall-clock timeout catches a hang).
"""

from __future__ import annotations

import json
import os
import struct
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime
from datetime import time as clock
from pathlib import Path

import pytest
from launch import launched
from openpyxl import Workbook
from workbooks import workbook

from mscexo.cli import main
from mscexo.files import excel

#: Bounds of a hostile input under 10 MB.
MAX_MEMORY_MB = 500
MAX_CPU_SECONDS = 5
HANG_SECONDS = 60

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = ["id", "name", "molecule_type"]


def _cargo(n: int, start: int = 1) -> list[list[str]]:
    """Valid cargo rows, with identifiers that are not released."""
    return [[f"CG-XLTEST{i}", f"XLTEST{i}", "protein"] for i in range(start, start + n)]


# ----- running the command line --------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str
    cpu: float
    memory_mb: float

    @property
    def report(self) -> dict:
        return json.loads(self.out)

    def codes(self) -> set[str]:
        return {p["code"] for p in self.report["problems"]}

    def problem(self, code: str) -> dict:
        return next(p for p in self.report["problems"] if p["code"] == code)


def _validate(path: Path, *argv: str, text: bool = False) -> Run:
    """`mscexo validate PATH` in its own process, within the bounds of a hostile input."""
    command = [sys.executable, "-c", "import sys; from mscexo.cli import main; sys.exit(main())"]
    command += ["validate", str(path), *argv, *([] if text else ["--format", "json"])]
    out, err = path.parent / "stdout.txt", path.parent / "stderr.txt"
    measured = launched(command, out, err, HANG_SECONDS)
    if measured is None:
        pytest.fail(f"mscexo validate {path.name} hangs: killed after {HANG_SECONDS} s")
    code, cpu, memory_mb = measured
    run = Run(
        code,
        out.read_text(encoding="utf-8"),
        err.read_text(encoding="utf-8"),
        cpu,
        memory_mb,
    )
    assert "Traceback" not in run.err, run.err
    assert run.memory_mb < MAX_MEMORY_MB, f"peak memory {run.memory_mb:.0f} MB"
    if path.is_file() and path.stat().st_size < 10 * 2**20:
        assert run.cpu < MAX_CPU_SECONDS, f"{run.cpu:.1f} s of CPU time"
    return run


# ----- building workbooks --------------------------------------------------------------------


@dataclass
class Entry:
    """A zip entry: its name, packed bytes, unpacked size and CRC, and packing method."""

    name: str
    data: bytes
    size: int
    crc: int
    method: int = 8
    flags: int = 0


def _deflated(name: str, content: bytes) -> Entry:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return Entry(name, data, len(content), zlib.crc32(content))


def _stored(name: str, content: bytes) -> Entry:
    return Entry(name, content, len(content), zlib.crc32(content), method=0)


def _bomb(name: str, head: bytes, block: bytes, times: int, tail: bytes) -> Entry:
    """A deflated entry of `head + block * times + tail`, packed without packing it all: after
    a full flush, deflate packs the same block to the same bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    data = start + repeated * times + packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return Entry(name, data, len(head) + len(block) * times + len(tail), zlib.crc32(tail, crc))


def _zip(path: Path, entries: list[Entry]) -> Path:
    """A zip archive of the entries, written byte by byte."""
    out, central = bytearray(), bytearray()
    for e in entries:
        name = e.name.encode()
        offset = len(out)
        fields = (e.flags, e.method, 0, 0x21, e.crc, len(e.data), e.size, len(name))
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, *fields, 0) + name + e.data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, *fields, 0, 0, 0, 0, 0, offset)
        central += name
    n = len(entries)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n, n, len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def _cell(column: int, row: int, value: object) -> str:
    ref = f"{excel.column_letters(column)}{row}"
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _rows(rows: list[list[object]], first: int = 1) -> str:
    return "".join(
        f'<row r="{n}">' + "".join(_cell(i, n, v) for i, v in enumerate(row, 1)) + "</row>"
        for n, row in enumerate(rows, first)
    )


def _sheet(rows: str, before: str = "") -> bytes:
    return f'<worksheet xmlns="{MAIN}">{before}<sheetData>{rows}</sheetData></worksheet>'.encode()


def _workbook(sheets: str) -> bytes:
    return (
        f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>{sheets}</sheets></workbook>'.encode()
    )


def _relationships(rels: str) -> bytes:
    return f'<Relationships xmlns="{RELS}">{rels}</Relationships>'.encode()


def _parts(
    sheets: list[tuple[str, str]] | None = None,
    strings: bool = False,
    styles: bool = False,
    workbook: bytes | None = None,
) -> dict[str, bytes]:
    """The parts of a workbook around its sheets ((name, state), one part each) and its
    shared strings and styles (the entries themselves are added by the caller)."""
    sheets = sheets if sheets is not None else [("cargo", "visible")]
    listed = "".join(
        f'<sheet name="{name}" sheetId="{i}" state="{state}" r:id="rId{i}"/>'
        for i, (name, state) in enumerate(sheets, 1)
    )
    related = [
        (f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml") for i in range(1, len(sheets) + 1)
    ]
    if strings:
        related.append(("rIdS", "sharedStrings", "sharedStrings.xml"))
    if styles:
        related.append(("rIdT", "styles", "styles.xml"))
    rels = "".join(
        f'<Relationship Id="{i}" Type="{OFFICE}/{kind}" Target="{target}"/>'
        for i, kind, target in related
    )
    return {
        "_rels/.rels": (
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": workbook or _workbook(listed),
        "xl/_rels/workbook.xml.rels": _relationships(rels),
    }


def _raw(path: Path, sheet: bytes | Entry, **parts: bytes | Entry) -> Path:
    """A workbook with one sheet, `cargo`, and the other parts given (by their name in xl/)."""
    around = _parts(strings="sharedStrings.xml" in parts, styles="styles.xml" in parts)
    entries = [_deflated(name, content) for name, content in around.items()]
    for name, content in {"worksheets/sheet1.xml": sheet, **parts}.items():
        entry = content if isinstance(content, Entry) else _deflated("", content)
        entry.name = f"xl/{name}"
        entries.append(entry)
    return _zip(path, entries)


def _strings(*texts: str) -> bytes:
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return f'<sst xmlns="{MAIN}">{items}</sst>'.encode()


def _book(path: Path, sheets: dict[str, list[list[object]]], states: dict[str, str] | None = None):
    path.write_bytes(workbook(sheets, states))
    return path


# ----- zip bombs and other oversized archives -------------------------------------------------

ROW = b'<row><c t="s"><v>0</v></c><c t="s"><v>0</v></c><c t="s"><v>0</v></c></row>'
BLOCK = ROW * (2**20 // len(ROW))
#: Unpacked size of the bombs of the tests: over 500 MB, from under 2 MB.
BOMB_BLOCKS = 512


@pytest.mark.parametrize(
    ("part", "head", "tail"),
    [
        (
            "worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>',
            "</sheetData></worksheet>",
        ),
        ("sharedStrings.xml", f'<sst xmlns="{MAIN}">', "</sst>"),
        ("styles.xml", f'<styleSheet xmlns="{MAIN}">', "</styleSheet>"),
    ],
    ids=["worksheet", "shared strings", "styles"],
)
def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path, part, head, tail):
    block = BLOCK if part.startswith("work") else b"<si><t>x</t></si>" * 2**16
    bomb = _bomb(f"xl/{part}", head.encode(), block, BOMB_BLOCKS, tail.encode())
    sheet = _sheet(_rows([HEADER, *_cargo(1)]))
    parts = {part: bomb} if part != "worksheets/sheet1.xml" else {}
    path = _raw(tmp_path / "cargo.xlsx", bomb if not parts else sheet, **parts)
    assert path.stat().st_size < 2 * 10**6 and bomb.size > 500 * 10**6
    run = _validate(path)
    assert run.code == 1
    problem = run.problem("oversized-file")
    assert part in problem["message"] and "zip bomb" in problem["message"], problem


def test_a_zip_bomb_in_a_part_that_is_not_read_costs_nothing(tmp_path: Path):
    bomb = _bomb("xl/media/image1.png", b"", BLOCK, BOMB_BLOCKS, b"")
    entries = [_deflated(n, c) for n, c in _parts().items()]
    entries += [_deflated("xl/worksheets/sheet1.xml", _sheet(_rows([HEADER, *_cargo(1)]))), bomb]
    run = _validate(_zip(tmp_path / "cargo.xlsx", entries))
    assert run.code == 0 and run.report["rows"] == {"cargo": 1}


def test_the_workbook_part_is_refused_over_its_limit(tmp_path: Path):
    sheets = "".join(f'<sheet name="s{i}" sheetId="{i}" r:id="x"/>' for i in range(200_000))
    workbook = f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>{sheets}</sheets></workbook>'
    path = _raw(tmp_path / "cargo.xlsx", _sheet(""))
    entries = [_deflated(n, c) for n, c in _parts(workbook=workbook.encode()).items()]
    _zip(path, [*entries, _deflated("xl/worksheets/sheet1.xml", _sheet(""))])
    run = _validate(path)
    assert run.code == 1 and run.codes() == {"oversized-file"}
    assert "over 10,000 sheets" in run.problem("oversized-file")["message"]


def test_sizes_that_lie_stop_the_unpacking(tmp_path: Path):
    """An entry that declares a small size but inflates to 512 MiB: zipfile unpacks no more
    than the declared size, and the part is then damaged."""
    bomb = _bomb("xl/worksheets/sheet1.xml", b"<worksheet><sheetData>", BLOCK, BOMB_BLOCKS, b"")
    bomb.size = 1000
    run = _validate(_raw(tmp_path / "cargo.xlsx", bomb))
    assert run.code == 1 and run.codes() == {"unreadable"}


def test_a_shared_string_repeated_in_every_cell_is_bounded(tmp_path: Path):
    """One shared string of 200,000 characters in 5,000 rows would be 1 GB of text from a
    file of 40 kB: reading stops at 100 times the file's size (or 16 MiB)."""
    long = "".join(chr(65 + (i * 7919) % 26) for i in range(200_000))
    rows = "".join(
        f'<row><c t="inlineStr"><is><t>CG-XLTEST{n}</t></is></c><c t="s"><v>0</v></c>'
        '<c t="inlineStr"><is><t>protein</t></is></c></row>'
        for n in range(5000)
    )
    sheet = _sheet(_rows([HEADER]) + rows)
    path = _raw(tmp_path / "cargo.xlsx", sheet, **{"sharedStrings.xml": _strings(long)})
    run = _validate(path)
    assert run.code == 1 and run.codes() == {"oversized-file", "oversized-cell"}
    assert "characters" in run.problem("oversized-file")["message"]
    assert run.report["rows"]["cargo"] < 100


@pytest.mark.parametrize("lie", [False, True])
def test_an_archive_of_too_many_entries_is_refused(tmp_path: Path, lie: bool):
    """Refused from the end record, before zipfile reads the directory; or after, when the
    end record says fewer entries than the directory holds."""
    entries = [_stored(f"junk/{i}", b"") for i in range(excel.MAX_ENTRIES + 1)]
    path = _zip(tmp_path / "cargo.xlsx", entries)
    if lie:
        data = bytearray(path.read_bytes())
        data[-22 + 8 : -22 + 12] = struct.pack("<HH", 1, 1)
        path.write_bytes(bytes(data))
    run = _validate(path)
    assert run.code == 1 and run.codes() == {"oversized-file"}
    message = run.problem("oversized-file")["message"]
    assert ("over 10,000 entries" if lie else "10,001 entries") in message


def test_two_entries_of_one_name_are_refused(tmp_path: Path):
    """zipfile reads the last of two entries of one name; another reader may show the first."""
    entries = [_deflated(n, c) for n, c in _parts().items()]
    shown = _sheet(_rows([HEADER, *_cargo(1)]))
    hidden = _sheet(_rows([HEADER, ["CG-XLTEST1", "XLTEST1", "not a type"]]))
    for sheet in (shown, hidden):
        entries.append(_deflated("xl/worksheets/sheet1.xml", sheet))
    run = _validate(_zip(tmp_path / "cargo.xlsx", entries))
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "two entries named" in run.problem("unreadable")["message"]


# ----- padding, and Excel's limits -----------------------------------------------------------


def test_a_sheet_padded_to_column_xfd_and_the_last_row_is_read_fast(tmp_path: Path):
    """Empty cells up to column XFD in every row and in row 1,048,576 cost nothing (openpyxl
    fills every row up to the widest: 16,384 cells per row)."""
    rows = [HEADER, *_cargo(3000)]
    padding = '<c r="XFB{n}" t="inlineStr"><is><t></t></is></c><c r="XFD{n}" s="0"/>'
    xml = "".join(
        f'<row r="{n}">'
        + "".join(_cell(i, n, v) for i, v in enumerate(row, 1))
        + padding.format(n=n)
        + "</row>"
        for n, row in enumerate(rows, 1)
    )
    xml += '<row r="1048576"><c r="XFD1048576" s="0"/></row>'
    sheet = _sheet(xml, before='<dimension ref="A1:XFD1048576"/>')
    run = _validate(_raw(tmp_path / "cargo.xlsx", sheet))
    assert run.code == 0, run.report["problems"][:3]
    assert run.report["rows"] == {"cargo": 3000}


def test_a_row_with_a_value_beyond_the_header_is_ragged(tmp_path: Path):
    xml = (
        _rows([HEADER, *_cargo(2)])
        + '<row r="4"><c r="XFD4" t="inlineStr"><is><t>far</t></is></c></row>'
    )
    run = _validate(_raw(tmp_path / "cargo.xlsx", _sheet(xml)))
    assert run.code == 1 and run.codes() == {"ragged-row"}
    problem = run.problem("ragged-row")
    assert (problem["row"], problem["value"]) == (4, "far")
    assert "column XFD" in problem["message"]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ('<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "a row numbered 1,048,577"),
        ('<row r="99999999999999999999999"/>', "a row numbered 99,999,999"),
        ('<row r="x"/>', "a row numbered 'x'"),
        ('<row r="3"><c r="A3"><v>1</v></c></row><row r="2"/>', "row 2 after row 3"),
        ('<row r="1"><c r="XFE1"><v>1</v></c></row>', "beyond column XFD"),
        ('<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>', "at A after B"),
        ('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', "shared string '7' of 0"),
        ('<row r="1"><row r="2"/></row>', "a row inside row 1"),
        ('<row r="1"/><c r="A1"><v>1</v></c>', "a cell outside a row, after row 1"),
        ('<row r="1"><c r="A1"><v>1</v></c>', "not well-formed"),
    ],
)
def test_a_malformed_worksheet_is_refused(tmp_path: Path, rows: str, message: str):
    sheet = (
        _sheet(rows).replace(b"</sheetData></worksheet>", b"")
        if "well" in message
        else _sheet(rows)
    )
    run = _validate(_raw(tmp_path / "cargo.xlsx", sheet))
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert message in run.problem("unreadable")["message"]


def test_a_dtd_is_refused(tmp_path: Path):
    """No part of a workbook declares a DTD; one could expand entities (billion laughs)."""
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    sheet = (laughs + _sheet(_rows([HEADER, ["CG-X", "&lol2;", "protein"]])).decode()).encode()
    run = _validate(_raw(tmp_path / "cargo.xlsx", sheet))
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "declares a DTD" in run.problem("unreadable")["message"]


def test_a_tag_of_megabytes_is_refused(tmp_path: Path):
    """expat holds a tag until it ends: one attribute of 3 MB is refused at 1 MiB."""
    sheet = _sheet(f'<row r="1"><c r="A1" t="{"x" * 3_000_000}"/></row>')
    run = _validate(_raw(tmp_path / "cargo.xlsx", _stored("", sheet)))
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "XML tag or comment of over 1,048,576 bytes" in run.problem("unreadable")["message"]


def test_an_integer_of_5000_digits_is_text(tmp_path: Path):
    """Python refuses to parse integers over 4,300 digits; the cell is read as written."""
    xml = (
        _rows([HEADER]) + f'<row r="2">{_cell(1, 2, "CG-XLTEST1")}<c r="B2"><v>{"7" * 5000}</v></c>'
    )
    xml += f"{_cell(3, 2, 'protein')}</row>"
    run = _validate(_raw(tmp_path / "cargo.xlsx", _sheet(xml)))
    assert run.code == 0, run.report["problems"]


def test_characters_written_as_escapes_are_read_as_excel_reads_them(tmp_path: Path):
    """`_xHHHH_` is a character (here an A), and `_x005F_` an underscore, once only: in
    inline strings and in shared strings alike."""
    rows = [HEADER, ["CG-XLTEST1", "X_x0041_X _x005F_x0041_", "protein"]]
    rows.append(["CG-XLTEST2", 0, "protein"])
    xml = _rows(rows).replace('<c r="B3"><v>0</v></c>', '<c r="B3" t="s"><v>0</v></c>')
    strings = _strings("_x005F_x0041_ and _x005f_x0042_")
    run = _validate(_raw(tmp_path / "cargo.xlsx", _sheet(xml), **{"sharedStrings.xml": strings}))
    assert run.code == 0
    sheet, problems = excel.open_sheet(tmp_path / "cargo.xlsx", "cargo")
    assert sheet is not None and not problems
    read = list(sheet.rows())
    assert [cells[1] for _, cells in read[1:]] == ["XAX _x0041_", "_x0041_ and _x0042_"]


def test_a_control_character_written_as_an_escape_is_refused(tmp_path: Path):
    """Excel shows `_x001B_` as ESC: the control-character rule sees it as Excel does."""
    rows = [HEADER, ["CG-XLTEST1", "_x001B_[2J VALID", "protein"]]
    run = _validate(_raw(tmp_path / "cargo.xlsx", _sheet(_rows(rows))))
    assert run.code == 1 and run.codes() == {"control-character"}
    assert run.problem("control-character")["row"] == 2


# ----- which sheet is read -------------------------------------------------------------------


def test_the_report_names_the_sheet_it_read(tmp_path: Path):
    path = _book(tmp_path / "cargo.xlsx", {"Sheet1": [HEADER, *_cargo(2)]})
    run = _validate(path)
    assert run.code == 0 and run.report["sheets"] == {str(path): "Sheet1"}
    run = _validate(path, text=True)
    assert f"checked {path} (sheet 'Sheet1'): cargo 2 row(s)" in run.out


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_named_after_the_table_is_refused(tmp_path: Path, state: str):
    """The visible sheet is what a reviewer sees; a hidden `cargo` must not be validated
    (or accepted) in its place."""
    sheets = {"Sheet1": [HEADER, *_cargo(1)], "cargo": [HEADER, ["CG-XLTEST9", "X", "nonsense"]]}
    run = _validate(_book(tmp_path / "cargo.xlsx", sheets, {"cargo": state}))
    assert run.code == 1 and run.codes() == {"hidden-sheet"}
    message = run.problem("hidden-sheet")["message"]
    assert "'cargo'" in message and ("very hidden" in message) == (state == "veryHidden")
    assert run.report["rows"] == {}


def test_a_workbook_whose_only_worksheet_is_hidden_is_refused(tmp_path: Path):
    entries = [_deflated(n, c) for n, c in _parts([("Sheet1", "hidden")]).items()]
    entries.append(_deflated("xl/worksheets/sheet1.xml", _sheet(_rows([HEADER, *_cargo(1)]))))
    run = _validate(_zip(tmp_path / "cargo.xlsx", entries))
    assert run.code == 1 and run.codes() == {"hidden-sheet"}


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["cargo", "Cargo "], "the sheets 'cargo' and 'Cargo ' both name the table"),
        (["Sheet1", "Sheet2"], "no sheet is named after the table 'cargo'"),
    ],
)
def test_two_candidate_sheets_are_refused(tmp_path: Path, names: list[str], message: str):
    entries = [_deflated(n, c) for n, c in _parts([(n, "visible") for n in names]).items()]
    for i in (1, 2):
        entries.append(
            _deflated(f"xl/worksheets/sheet{i}.xml", _sheet(_rows([HEADER, *_cargo(1)])))
        )
    run = _validate(_zip(tmp_path / "cargo.xlsx", entries))
    assert run.code == 1 and run.codes() == {"ambiguous-sheet"}
    assert message in run.problem("ambiguous-sheet")["message"]


def test_the_ambiguity_names_the_visible_worksheets_it_counts(tmp_path: Path):
    """A filled template saved under another name: its two visible sheets are named and
    counted; the hidden `lists` sheet is not among them."""
    sheets = [("clinical_trials", "visible"), ("lists", "hidden"), ("fields", "visible")]
    entries = [_deflated(n, c) for n, c in _parts(sheets).items()]
    for i in (1, 2, 3):
        entries.append(
            _deflated(f"xl/worksheets/sheet{i}.xml", _sheet(_rows([HEADER, *_cargo(1)])))
        )
    run = _validate(_zip(tmp_path / "cargo.xlsx", entries))
    message = run.problem("ambiguous-sheet")["message"]
    assert "2 visible worksheets ('clinical_trials', 'fields')" in message, message


def test_the_sheet_named_after_the_table_beside_others_is_read(tmp_path: Path):
    sheets = {"notes": [["anything"]], "cargo": [HEADER, *_cargo(2)], "more": [["x"]]}
    path = _book(tmp_path / "cargo.xlsx", sheets, {"more": "hidden"})
    run = _validate(path)
    assert run.code == 0 and run.report["sheets"] == {str(path): "cargo"}


def test_a_workbook_with_no_sheets(tmp_path: Path):
    entries = [_deflated(n, c) for n, c in _parts([]).items()]
    run = _validate(_zip(tmp_path / "cargo.xlsx", entries))
    assert run.code == 1 and run.codes() == {"no-worksheet"}
    assert "lists no sheets" in run.problem("no-worksheet")["message"]


def test_a_chart_sheet_first_is_skipped_and_one_named_after_the_table_refused(tmp_path: Path):
    book = Workbook()
    book.active.title = "cargo"
    for row in [HEADER, *_cargo(1)]:
        book.active.append(row)
    chart = book.create_chartsheet("chart", 0)
    book.save(tmp_path / "cargo.xlsx")
    run = _validate(tmp_path / "cargo.xlsx")
    assert run.code == 0 and run.report["sheets"] == {str(tmp_path / "cargo.xlsx"): "cargo"}
    book["cargo"].title = "data"
    chart.title = "cargo"
    book.save(tmp_path / "cargo.xlsx")
    run = _validate(tmp_path / "cargo.xlsx")
    assert run.code == 1 and run.codes() == {"no-worksheet"}
    assert "'cargo' is a chart sheet" in run.problem("no-worksheet")["message"]


# ----- typed cells ---------------------------------------------------------------------------


def test_error_values_and_dates_in_text_columns_are_flagged(tmp_path: Path):
    rows = [
        HEADER,
        ["CG-XLTEST1", "#N/A", "protein"],
        ["CG-XLTEST2", datetime(2023, 9, 1), "protein"],  # SEPT1, as Excel turns it
        ["CG-XLTEST3", clock(10, 30), "protein"],
        ["CG-XLTEST4", "XLTEST4", "#DIV/0!"],
        ["CG-XLTEST5", "XLTEST5", "protein"],
    ]
    run = _validate(_book(tmp_path / "cargo.xlsx", {"cargo": rows}))
    assert run.code == 1
    found = {
        (p["code"], p["row"], p["field"], p["value"])
        for p in run.report["problems"]
        if p["code"] in ("excel-error", "excel-date")
    }
    assert found == {
        ("excel-error", 2, "name", "#N/A"),
        ("excel-date", 3, "name", "2023-09-01"),
        ("excel-date", 4, "name", "10:30:00"),
        ("excel-error", 5, "molecule_type", "#DIV/0!"),
    }
    assert "SEPT1" in run.problem("excel-date")["message"]
    assert run.problem("excel-error")["hint"]
    assert run.report["rows"] == {"cargo": 5}


def test_a_date_in_a_date_column_is_a_date(tmp_path: Path):
    header = ["id", "category", "quantity", "value", "qualifier", "as_of_date"]
    header += ["document_id", "locator", "evidence"]
    row = ["ST-XLTEST-001", "trial_count", "Registered studies", 158, "exact"]
    row += [datetime(2023, 2, 28), "mscexo:doc-nat-rev-bioeng-2023", "Table 1, row 1", "158"]
    run = _validate(_book(tmp_path / "statistics.xlsx", {"statistics": [header, row]}))
    assert "excel-date" not in run.codes() and run.code == 0, run.report["problems"]


# ----- files that are no workbook ------------------------------------------------------------


def test_an_encrypted_workbook(tmp_path: Path):
    """A password-protected workbook is an OLE compound file holding an EncryptedPackage."""
    path = tmp_path / "cargo.xlsx"
    path.write_bytes(excel.OLE_MAGIC + bytes(5000) + "EncryptedPackage".encode("utf-16-le"))
    run = _validate(path)
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "encrypted" in run.problem("unreadable")["message"]
    assert "password" in run.problem("unreadable")["hint"]


def test_a_legacy_xls_workbook_named_xlsx(tmp_path: Path):
    path = tmp_path / "cargo.xlsx"
    path.write_bytes(excel.OLE_MAGIC + bytes(5000))
    run = _validate(path)
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "legacy .xls" in run.problem("unreadable")["message"]


def test_a_zip_that_holds_no_workbook(tmp_path: Path):
    run = _validate(_zip(tmp_path / "cargo.xlsx", [_deflated("readme.txt", b"hello")]))
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "no workbook part" in run.problem("unreadable")["message"]


def test_a_part_packed_in_an_unknown_way(tmp_path: Path):
    sheet = _deflated("xl/worksheets/sheet1.xml", _sheet(_rows([HEADER])))
    sheet.method = 9  # deflate64, which zipfile cannot unpack
    run = _validate(_raw(tmp_path / "cargo.xlsx", sheet))
    assert run.code == 1 and run.codes() == {"unreadable"}
    assert "cannot be unpacked" in run.problem("unreadable")["message"]


def test_a_fifo_is_not_read(tmp_path: Path):
    path = tmp_path / "cargo.xlsx"
    os.mkfifo(path)
    run = _validate(path)
    assert run.code == 2 and run.out == ""
    [line] = run.err.strip().splitlines()
    assert line.startswith(f"mscexo validate: error: {path}: not a regular file (a FIFO")


def test_an_unreadable_workbook_is_a_usage_error(tmp_path: Path, capsys, monkeypatch):
    """Permission denied is exit 2 with one line, not exit 1 (root reads any file, so the
    error is injected)."""
    path = _book(tmp_path / "cargo.xlsx", {"cargo": [HEADER, *_cargo(1)]})
    opened = Path.open

    def denied(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    assert main(["validate", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"mscexo validate: error: {path}: permission denied; ")
