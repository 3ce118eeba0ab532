"""Read Excel workbooks (.xlsx, .xlsm): the worksheet of a table, and its rows as the text a
CSV export of the sheet would hold.

A workbook is a zip archive of XML parts, and a hostile one can be a zip bomb, a sheet padded
to column XFD or row 1,048,576, a hidden sheet named after the table, or no workbook at all.
So nothing is unpacked before it is checked, and only the parts the table needs are read,
each streamed through expat, keeping no more than the table needs:

- the file: a regular, readable file; an encrypted workbook or a legacy .xls file (both OLE
  compound files) is told apart from a damaged one;
- the archive: its central directory is sized from its last bytes before it is read (at most
  `MAX_ENTRIES` entries), no two entries share a name, and each part is read only if it
  unpacks to at most `MAX_PART_BYTES` (the worksheet: `MAX_SHEET_BYTES`) and at most
  `MAX_RATIO` times its packed size (checked on the sizes the zip directory declares, which
  `zipfile` enforces while unpacking);
- the sheet: the one named after the table, else the only visible worksheet. A hidden sheet,
  a chart sheet, or several candidates are refused, never guessed; the caller reports the
  name of the sheet it read;
- cells: empty cells cost nothing wherever they are, and values beyond the header's columns
  are not kept (the row is reported as ragged); rows beyond row 1,048,576 or cells beyond
  column XFD (Excel's own limits), and cells out of order, are refused; shared strings are
  held within `MAX_STRINGS_MEMORY`, one cell's text is cut at `MAX_CELL_READ` characters, and
  the text of all cells is at most `MAX_TEXT_RATIO` times the file's size (a shared string
  can be repeated in every cell);
- typed cells: Excel error values (`#N/A`, `#REF!` ...) and date or time cells in a column
  that is not a date are flagged: they are what Excel shows, not what was typed.
"""

from __future__ import annotations

import posixpath
import re
import stat
import struct
import sys
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from mscexo.errors import InputError, Problem, os_error_message, printable, shorten
from mscexo.files.checks import MAX_FILE_BYTES, file_problem, size_problem

#: Entries of the archive (a workbook has a few dozen).
MAX_ENTRIES = 10_000
#: Bytes of the zip central directory, read whole by `zipfile` (46 bytes at least per entry).
MAX_DIRECTORY_BYTES = 2 * 2**20
#: Unpacked bytes of a part read besides the worksheet (workbook, relationships, styles).
MAX_PART_BYTES = 32 * 2**20
#: Unpacked bytes of the shared strings and of the worksheet, which are streamed.
MAX_STRINGS_BYTES = 1 * 2**30
MAX_SHEET_BYTES = 4 * 2**30
#: Largest ratio of unpacked to packed size of a part over `RATIO_GRACE` bytes (as Apache
#: POI's ZipSecureFile: real worksheets pack 5 to 20 times; a zip bomb about 1,000 times).
MAX_RATIO = 100
RATIO_GRACE = 2**20
#: Memory the shared strings may take (Python strings and the list holding them).
MAX_STRINGS_MEMORY = 128 * 2**20
#: Characters of one cell kept; Excel's own limit is 32,767, so only a file written by
#: other means has more, and `oversized-cell` reports it either way.
MAX_CELL_READ = 2**20
#: The text of all cells read, as a multiple of the file's size (with a floor).
MAX_TEXT_RATIO = 100
MIN_TEXT_LIMIT = 16 * 2**20
#: Excel's last row and column (XFD).
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: Sheets, relationships and cell styles of a workbook.
MAX_SHEETS = 10_000
MAX_RELATIONSHIPS = 100_000
MAX_STYLES = 65_536
#: Bytes read from the archive at a time.
CHUNK = 2**16
#: Bytes of one XML token (a tag with its attributes, a comment): expat holds a token whole
#: until it ends, while text is passed on as it comes.
MAX_TOKEN_BYTES = 2**20

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

_MAIN = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_RELATIONSHIP_IDS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
    "http://purl.oclc.org/ooxml/officeDocument/relationships}id",
)
_PACKAGE_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_LOCAL = (
    "row",
    "c",
    "v",
    "f",
    "is",
    "t",
    "rPh",
    "si",
    "sheet",
    "workbookPr",
    "numFmt",
    "cellXfs",
    "xf",
)
#: Element names (namespace}local, as expat gives them) to their local names.
_TAGS = {f"{ns}}}{local}": local for ns in _MAIN for local in _LOCAL}
#: Kinds of sheet, by the last word of their relationship type.
_SHEET_KINDS = {
    "worksheet": "worksheet",
    "chartsheet": "chart sheet",
    "dialogsheet": "dialog sheet",
    "xlMacrosheet": "macro sheet",
    "xlIntlMacrosheet": "macro sheet",
}
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LETTERS: dict[str, int] = {}

SAVE_AGAIN = "open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook)"


class _Refused(Exception):
    """Reading stops: the workbook cannot be read further, for the problem given."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _unreadable(path: Path, message: str, hint: str = SAVE_AGAIN) -> _Refused:
    return _Refused(file_problem(path, "unreadable", message, hint))


def _oversized(path: Path, message: str) -> _Refused:
    return _Refused(
        file_problem(
            path,
            "oversized-file",
            message,
            "save the sheet as CSV UTF-8 and validate that, or split the rows over several files",
        )
    )


# ----- cells as text -------------------------------------------------------------------------


def excel_text(value: Any) -> str | None:
    """A spreadsheet cell as the text a CSV export would hold."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _number(text: str) -> str:
    """A number cell as text: Excel's stored value, without a trailing `.0`."""
    try:
        floating = "." in text or "e" in text or "E" in text
        value: float | int = float(text) if floating else int(text)
    except ValueError:  # not a number after all, or an integer of more than 4,300 digits
        return text
    return excel_text(value) or ""


def _unescape(text: str) -> str:
    """Characters written as `_xHHHH_`, as Excel reads them (`_x005F_` is an underscore)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _column(letters: str) -> int:
    """A column's number from its letters (A = 1); 0 for what is not a column."""
    number = _LETTERS.get(letters)
    if number is None:
        number = 0
        for letter in letters:
            if not "A" <= letter <= "Z" or number > MAX_COLUMNS:
                return 0
            number = number * 26 + ord(letter) - 64
        if len(_LETTERS) < MAX_COLUMNS:
            _LETTERS[letters] = number
    return number


def column_letters(number: int) -> str:
    """A column's letters from its number (1 = A)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ----- the file and the archive --------------------------------------------------------------


def _not_a_zip(path: Path, handle: IO[bytes], head: bytes) -> _Refused:
    """Why a file that is no zip archive is not a workbook."""
    if head.startswith(OLE_MAGIC):
        handle.seek(0)
        tail = b""
        for block in iter(lambda: handle.read(2**20), b""):
            if _ENCRYPTED in tail + block:
                return _unreadable(
                    path,
                    "the workbook is encrypted (protected by a password to open)",
                    "remove the password (in Excel: File > Info > Protect Workbook > Encrypt "
                    "with Password, and clear it) and save the workbook again",
                )
            tail = block[-len(_ENCRYPTED) :]
        return _unreadable(
            path,
            "not an .xlsx workbook: the file is an OLE compound file, such as a legacy .xls "
            "workbook",
            SAVE_AGAIN,
        )
    return _unreadable(path, "not an Excel workbook: the file is not a zip archive")


def _directory_size(handle: IO[bytes], size: int) -> tuple[int, int] | None:
    """Entries and bytes of the zip central directory, from its end record (and the zip64
    one); None if there is no end record."""
    tail_size = min(size, 22 + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EMPTY_ZIP)
    if at < 0 or at + 22 > len(tail):
        return None
    entries, directory, offset = struct.unpack_from("<HLL", tail, at + 10)
    if (entries == 0xFFFF or directory == 0xFFFFFFFF or offset == 0xFFFFFFFF) and at >= 20:
        signature, _, where, _ = struct.unpack_from("<4sLQL", tail, at - 20)
        if signature == b"PK\x06\x07" and where + 56 <= size:
            handle.seek(where)
            record = handle.read(56)
            if record[:4] == b"PK\x06\x06":
                entries, directory = struct.unpack_from("<QQ", record, 32)
    return entries, directory


class _Archive:
    """The parts of a workbook, each checked before it is unpacked."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        size = path.stat().st_size
        head = handle.read(8)
        found = _directory_size(handle, size) if head.startswith((ZIP_MAGIC, _EMPTY_ZIP)) else None
        if found is None:
            raise _not_a_zip(path, handle, head)
        entries, directory = found
        if entries > MAX_ENTRIES or directory > MAX_DIRECTORY_BYTES:
            raise _oversized(
                path,
                f"the workbook's archive lists {entries:,} entries in {directory:,} bytes "
                f"(at most {MAX_ENTRIES:,} entries in {MAX_DIRECTORY_BYTES:,} bytes)",
            )
        handle.seek(0)
        try:
            self.zip = zipfile.ZipFile(handle)
        except OSError:
            raise
        except Exception as exc:  # zipfile raises many kinds for a damaged archive
            raise _unreadable(
                path, f"not a readable Excel workbook: a damaged zip archive ({exc})"
            ) from None
        if len(self.zip.infolist()) > MAX_ENTRIES:  # more than its end record said
            raise _oversized(path, f"the workbook's archive lists over {MAX_ENTRIES:,} entries")
        names = Counter(info.filename.lower() for info in self.zip.infolist())
        twice = sorted(name for name, n in names.items() if n > 1)
        if twice:
            raise _unreadable(
                path,
                f"the workbook's archive holds two entries named {twice[0]!r}, so it cannot be "
                "told which one Excel shows",
            )
        self.parts = {info.filename.lower(): info for info in self.zip.infolist()}

    def has(self, name: str) -> bool:
        return name.lower() in self.parts

    def open(self, name: str, limit: int = MAX_PART_BYTES) -> IO[bytes]:
        """A part, streamed; refused before anything is unpacked if it is too large."""
        info = self.parts.get(name.lower())
        if info is None:
            raise _unreadable(self.path, f"the workbook has no part {name!r}; it is damaged")
        if info.flag_bits & 0x1:
            raise _unreadable(
                self.path,
                f"the workbook's part {name!r} is encrypted",
                "remove the password and save the workbook again",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_GRACE and ratio > MAX_RATIO:
            raise _oversized(
                self.path,
                f"the workbook's part {name!r} unpacks to {ratio:,.0f} times its packed size "
                f"(at most {MAX_RATIO}: a zip bomb?)",
            )
        if info.file_size > limit:
            raise _oversized(
                self.path,
                f"the workbook's part {name!r} unpacks to {info.file_size:,} bytes "
                f"(at most {limit:,})",
            )
        try:
            return self.zip.open(info)
        except (NotImplementedError, RuntimeError, zipfile.BadZipFile) as exc:
            raise _unreadable(
                self.path, f"the workbook's part {name!r} cannot be unpacked ({exc})"
            ) from None

    def parse(
        self,
        name: str,
        start: Callable[[str, dict[str, str]], None],
        end: Callable[[str], None] | None = None,
        data: Callable[[str], None] | None = None,
        limit: int = MAX_PART_BYTES,
    ) -> None:
        """Stream one XML part through the handlers."""
        with self.open(name, limit) as stream:
            parser = _parser(self.path, name, start, end, data)
            for _ in _fed(self.path, name, parser, stream):
                pass
            _parse_block(self.path, name, parser, b"", True)


def _parser(
    path: Path,
    name: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None,
    data: Callable[[str], None] | None,
) -> Any:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.buffer_size = CHUNK

    def no_dtd(*args: Any) -> None:  # entities could expand without bound
        raise _unreadable(
            path, f"the workbook's part {name!r} declares a DTD, which Excel never writes"
        )

    parser.StartDoctypeDeclHandler = no_dtd
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if data is not None:
        parser.CharacterDataHandler = data
    return parser


def _parse_block(path: Path, name: str, parser: Any, block: bytes, final: bool) -> None:
    try:
        parser.Parse(block, final)
    except expat.ExpatError as exc:
        reason = expat.errors.messages[exc.code]
        raise _unreadable(
            path,
            f"the workbook's part {name!r} is not well-formed XML ({reason}, line {exc.lineno})",
        ) from None


def _fed(path: Path, name: str, parser: Any, stream: IO[bytes]) -> Iterator[None]:
    """Feed a part to a parser block by block, yielding after each block."""
    fed = 0
    while True:
        try:
            block = stream.read(CHUNK)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise _unreadable(path, f"the workbook's part {name!r} is damaged ({exc})") from None
        if not block:
            return
        _parse_block(path, name, parser, block, False)
        fed += len(block)
        if fed - parser.CurrentByteIndex > MAX_TOKEN_BYTES:  # what expat holds, unparsed
            raise _unreadable(
                path,
                f"the workbook's part {name!r} has an XML tag or comment of over "
                f"{MAX_TOKEN_BYTES:,} bytes",
            )
        yield


# ----- the workbook --------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetEntry:
    """A sheet as the workbook lists it: its name, visibility, kind and part."""

    name: str
    state: str
    kind: str
    part: str | None


def _target(source: str, target: str) -> str:
    """A relationship's target as a part name, relative to the part holding it."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _relationships(archive: _Archive, source: str) -> dict[str, tuple[str, str]]:
    """Id -> (type, part) of the relationships of a part (`source` "" for the package)."""
    folder, name = posixpath.split(source)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    found: dict[str, tuple[str, str]] = {}
    if not archive.has(rels):
        return found

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag != _PACKAGE_RELATIONSHIP or attrs.get("TargetMode") == "External":
            return
        if len(found) >= MAX_RELATIONSHIPS:
            raise _oversized(
                archive.path, f"the part {rels!r} lists over {MAX_RELATIONSHIPS:,} relationships"
            )
        kind = attrs.get("Type", "").rsplit("/", 1)[-1]
        found[attrs.get("Id", "")] = (kind, _target(source, attrs.get("Target", "")))

    archive.parse(rels, start)
    return found


@dataclass
class Workbook:
    """What of a workbook the table needs: its sheets, shared strings and date styles."""

    path: Path
    archive: _Archive
    handle: IO[bytes]
    sheets: list[SheetEntry] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)
    dates: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    epoch: datetime = datetime(1899, 12, 30)

    def close(self) -> None:
        self.archive.zip.close()
        self.handle.close()


def _read_workbook(path: Path, archive: _Archive, handle: IO[bytes]) -> Workbook:
    book = Workbook(path, archive, handle)
    package = _relationships(archive, "")
    part = next((p for kind, p in package.values() if kind == "officeDocument"), "xl/workbook.xml")
    if part.endswith(".bin"):
        raise _unreadable(path, "not an .xlsx workbook: a binary workbook (.xlsb)")
    if not archive.has(part):
        raise _unreadable(path, "not an Excel workbook: the archive holds no workbook part")
    related = _relationships(archive, part)
    listed: list[tuple[str, str, str]] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _TAGS.get(tag)
        if local == "sheet":
            if len(listed) >= MAX_SHEETS:
                raise _oversized(path, f"the workbook lists over {MAX_SHEETS:,} sheets")
            rid = next((attrs[a] for a in _RELATIONSHIP_IDS if a in attrs), "")
            listed.append((attrs.get("name", ""), attrs.get("state", "visible"), rid))
        elif local == "workbookPr" and attrs.get("date1904") in ("1", "true"):
            book.epoch = datetime(1904, 1, 1)

    archive.parse(part, start)
    for name, state, rid in listed:
        kind, target = related.get(rid, ("", ""))
        found = target if archive.has(target) else None
        book.sheets.append(SheetEntry(name, state, _SHEET_KINDS.get(kind, "sheet"), found))
    for kind, target in related.values():
        if kind == "sharedStrings" and archive.has(target):
            book.strings = _shared_strings(archive, target)
        elif kind == "styles" and archive.has(target):
            book.dates, book.durations = _date_styles(archive, target)
    return book


def _shared_strings(archive: _Archive, part: str) -> list[str]:
    """The shared strings (the text of each, without phonetic runs), within
    MAX_STRINGS_MEMORY."""
    strings: list[str] = []
    pieces: list[str] = []
    state = {"inside": 0, "phonetic": 0, "text": 0, "memory": 0, "size": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _TAGS.get(tag)
        if local == "si":
            state["inside"] = 1
            pieces.clear()
            state["size"] = 0
        elif local == "rPh":
            state["phonetic"] += 1
        elif local == "t" and not state["phonetic"]:
            state["text"] = 1

    def end(tag: str) -> None:
        local = _TAGS.get(tag)
        if local == "t":
            state["text"] = 0
        elif local == "rPh":
            state["phonetic"] -= 1
        elif local == "si":
            text = _unescape("".join(pieces))
            state["memory"] += sys.getsizeof(text) + 8
            if state["memory"] > MAX_STRINGS_MEMORY:
                raise _oversized(
                    archive.path,
                    f"the workbook's shared strings take over {MAX_STRINGS_MEMORY // 2**20} MB "
                    f"of memory ({len(strings):,} strings read)",
                )
            strings.append(text)
            state["inside"] = 0

    def data(text: str) -> None:
        if state["text"] and state["inside"] and state["size"] < MAX_CELL_READ:
            pieces.append(text)
            state["size"] += len(text)

    archive.parse(part, start, end, data, MAX_STRINGS_BYTES)
    return strings


def _date_styles(archive: _Archive, part: str) -> tuple[frozenset[str], frozenset[str]]:
    """The cell styles (as the `s` attribute of a cell gives them) that show a number as a
    date or time, and those of them that show a duration."""
    from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format

    custom: dict[str, str] = {}
    dates: set[str] = set()
    durations: set[str] = set()
    kinds: dict[str, tuple[bool, bool]] = {}
    state = {"xfs": 0, "count": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _TAGS.get(tag)
        if local == "numFmt":
            if len(custom) >= MAX_STYLES:
                raise _oversized(
                    archive.path, f"the workbook has over {MAX_STYLES:,} number formats"
                )
            custom[attrs.get("numFmtId", "")] = attrs.get("formatCode", "")
        elif local == "cellXfs":
            state["xfs"] = 1
        elif local == "xf" and state["xfs"]:
            index = state["count"]
            if index >= MAX_STYLES:
                raise _oversized(archive.path, f"the workbook has over {MAX_STYLES:,} cell styles")
            state["count"] += 1
            number = attrs.get("numFmtId", "0")
            if number not in kinds:
                code = custom.get(number)
                if code is None and number.isdigit():
                    code = builtin_format_code(int(number))
                kinds[number] = (is_date_format(code), is_timedelta_format(code))
            is_date, is_duration = kinds[number]
            if is_date:
                dates.add(str(index))
            if is_duration:
                durations.add(str(index))

    def end(tag: str) -> None:
        if _TAGS.get(tag) == "cellXfs":
            state["xfs"] = 0

    archive.parse(part, start, end)
    return frozenset(dates), frozenset(durations)


# ----- the sheet of the table ----------------------------------------------------------------


def _fold(name: str) -> str:
    return name.strip().casefold()


def choose_sheet(path: Path, sheets: list[SheetEntry], table: str) -> SheetEntry:
    """The sheet of the table: the one named after it, else the only visible worksheet.
    Hidden sheets and other kinds of sheet are never read, and two candidates are refused."""
    listed = ", ".join(repr(s.name) for s in sheets[:10]) + (", ..." if len(sheets) > 10 else "")
    named = [s for s in sheets if _fold(s.name) == _fold(table)]
    if len(named) > 1:
        raise _Refused(
            file_problem(
                path,
                "ambiguous-sheet",
                f"the sheets {named[0].name!r} and {named[1].name!r} both name the table {table!r}",
                f"keep one sheet named {table!r} and rename or delete the other",
            )
        )
    visible = [s for s in sheets if s.state == "visible" and s.kind == "worksheet"]
    if not named and len(visible) > 1:
        shown = ", ".join(repr(s.name) for s in visible[:10]) + (
            ", ..." if len(visible) > 10 else ""
        )
        raise _Refused(
            file_problem(
                path,
                "ambiguous-sheet",
                f"no sheet is named after the table {table!r}, and the workbook has "
                f"{len(visible)} visible worksheets ({shown})",
                f"name the sheet that holds the records {table!r}, or delete the other sheets",
            )
        )
    if not named and not visible:
        hidden = [s for s in sheets if s.kind == "worksheet"]
        if not hidden:
            raise _Refused(
                file_problem(
                    path,
                    "no-worksheet",
                    "the workbook has no worksheet"
                    + (f" (only: {listed})" if sheets else " (it lists no sheets)"),
                    f"put the records on a worksheet named {table!r}",
                )
            )
        named = hidden[:1]
    sheet = named[0] if named else visible[0]
    if sheet.kind != "worksheet":
        raise _Refused(
            file_problem(
                path,
                "no-worksheet",
                f"the sheet {sheet.name!r} is a {sheet.kind}, not a worksheet of cells",
                f"put the records on a worksheet named {table!r}",
            )
        )
    if sheet.state != "visible":
        hidden_how = "very hidden" if sheet.state == "veryHidden" else "hidden"
        raise _Refused(
            file_problem(
                path,
                "hidden-sheet",
                f"the sheet {sheet.name!r} is {hidden_how}; hidden sheets are not read, so "
                "what is validated is what a reader of the workbook sees",
                f"move the records to a visible sheet named {table!r} and delete the hidden "
                "one (a very hidden sheet can only be unhidden with a macro)",
            )
        )
    if sheet.part is None:
        raise _unreadable(
            path, f"the workbook has no part for the sheet {sheet.name!r}; it is damaged"
        )
    return sheet


# ----- rows ----------------------------------------------------------------------------------

#: A row as parsed: its number, its cells (as text, up to the header's width), marks of typed
#: cells [(index, kind, text)] and the first value beyond the width (column, text).
_Row = tuple[int, list[str | None], list[tuple[int, str, str]], tuple[int, str] | None]


class _SheetParser:
    """expat handlers that turn a worksheet's XML into rows, keeping only the current row.

    Cells are placed by their reference (`r="C7"`), or after the previous cell; rows by their
    number, or after the previous row. Only cells with a value are kept.
    """

    def __init__(self, path: Path, book: Workbook) -> None:
        self.path = path
        self.strings = book.strings
        self.dates = book.dates
        self.durations = book.durations
        self.epoch = book.epoch
        self.width = MAX_COLUMNS
        self.done: list[_Row] = []
        self.number = 0
        self.in_row = False
        self.cells: list[str | None] = []
        self.marks: list[tuple[int, str, str]] = []
        self.beyond: tuple[int, str] | None = None
        self.column = 0
        self.kind = "n"
        self.style: str | None = None
        self.value: list[str] | None = None
        self.formula: list[str] | None = None
        self.shared_formula: str | None = None
        self.shared: dict[str, str] = {}
        self.inline: list[str] | None = None
        self.capture: list[str] | None = None
        self.captured = 0
        self.phonetic = 0

    def malformed(self, what: str) -> _Refused:
        return _unreadable(self.path, f"the worksheet is malformed: {what}")

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = _TAGS.get(tag)
        if local == "c":
            if not self.in_row:
                raise self.malformed(f"a cell outside a row, after row {self.number:,}")
            reference = attrs.get("r")
            if reference:
                column = _column(reference.rstrip("0123456789"))
                if not column:
                    raise self.malformed(f"row {self.number} has a cell at {reference!r}")
            else:
                column = self.column + 1
            if column <= self.column or column > MAX_COLUMNS:
                where = column_letters(column) if column <= MAX_COLUMNS else f"column {column:,}"
                raise self.malformed(
                    f"row {self.number} has a cell at {where} after {column_letters(self.column)}"
                    if column <= self.column
                    else f"row {self.number} has a cell beyond column XFD"
                )
            self.column = column
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s")
            self.value = self.inline = self.formula = self.capture = None
        elif local == "v":
            self.value = self.capture = []
            self.captured = 0
        elif local == "row":
            self.start_row(attrs.get("r"))
        elif local == "t":
            if not self.phonetic:
                if self.inline is None:
                    self.inline = []
                self.capture = self.inline
                self.captured = sum(len(p) for p in self.inline)
        elif local == "f":
            self.formula = self.capture = []
            self.captured = 0
            self.shared_formula = attrs.get("si") if attrs.get("t") == "shared" else None
        elif local == "rPh":
            self.phonetic += 1

    def start_row(self, reference: str | None) -> None:
        if self.in_row:
            raise self.malformed(f"a row inside row {self.number}")
        if reference is None:
            number = self.number + 1
        else:
            try:
                number = int(reference)
            except ValueError:
                raise self.malformed(f"a row numbered {shorten(reference)!r}") from None
        if number <= self.number or number > MAX_ROWS:
            raise self.malformed(
                f"row {number:,} after row {self.number:,}"
                if number <= self.number
                else f"a row numbered {number:,} (Excel's last row is {MAX_ROWS:,})"
            )
        self.in_row = True
        self.number = number
        self.column = 0
        self.cells = []
        self.marks = []
        self.beyond = None

    def end(self, tag: str) -> None:
        local = _TAGS.get(tag)
        if local == "c":
            self.end_cell()
        elif local == "row":
            if self.cells or self.beyond:
                self.done.append((self.number, self.cells, self.marks, self.beyond))
            self.in_row = False
        elif local in ("v", "t", "f"):
            self.capture = None
        elif local == "rPh":
            self.phonetic -= 1

    def data(self, text: str) -> None:
        if self.capture is not None and self.captured < MAX_CELL_READ:
            self.capture.append(text)
            self.captured += len(text)

    def end_cell(self) -> None:
        self.capture = None
        mark = None
        if self.formula is not None:
            formula = "".join(self.formula)
            if self.shared_formula is not None:
                if formula and len(self.shared) < MAX_SHEETS:
                    self.shared[self.shared_formula] = formula
                formula = formula or self.shared.get(self.shared_formula, "")
            text: str | None = "=" + formula
        else:
            kind = self.kind
            pieces = self.inline if kind == "inlineStr" else self.value
            raw = "".join(pieces) if pieces else ""
            if not raw:
                text = None
            elif kind == "s":
                try:
                    index = int(raw)
                    if index < 0:
                        raise IndexError(index)
                    text = self.strings[index]
                except (ValueError, IndexError):
                    raise self.malformed(
                        f"the cell {column_letters(self.column)}{self.number} refers to shared "
                        f"string {shorten(raw)!r} of {len(self.strings):,}"
                    ) from None
            elif kind == "n":
                if self.style in self.dates:
                    text, mark = self.date(raw), "date"
                else:
                    text = _number(raw)
            elif kind == "str" or kind == "inlineStr":
                text = _unescape(raw)
            elif kind == "b":
                text = {"1": "true", "0": "false"}.get(raw, raw)
            elif kind == "e":
                text, mark = raw, "error"
            elif kind == "d":
                text, mark = self.iso_date(raw), "date"
            else:
                text = raw
        if not text:
            return
        column = self.column
        if column > self.width:
            if self.beyond is None:
                self.beyond = (column, text)
            return
        cells = self.cells
        if len(cells) < column - 1:
            cells.extend([None] * (column - 1 - len(cells)))
        cells.append(text)
        if mark is not None:
            self.marks.append((column - 1, mark, text))

    def date(self, raw: str) -> str:
        from openpyxl.utils.datetime import from_excel

        try:
            value = from_excel(float(raw), self.epoch, self.style in self.durations)
            return excel_text(value) or raw
        except (ValueError, OverflowError):
            return raw

    def iso_date(self, raw: str) -> str:
        from openpyxl.utils.datetime import from_ISO8601

        try:
            return excel_text(from_ISO8601(raw)) or raw
        except (ValueError, OverflowError, TypeError):
            return raw


@dataclass
class Sheet:
    """The worksheet of a table, read row by row.

    `rows()` yields the first non-empty row (the header) and then, once `expect()` has been
    told the header, every non-empty row cut to the header's width. Problems of single cells
    (error values, dates, values beyond the header) are collected in `problems` (listing at
    most `listed`) and `counts`; a problem that stops the reading is added to `problems`.
    """

    path: Path
    name: str
    book: Workbook
    part: str
    listed: int = 1000
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    names: list[str] = field(default_factory=list)
    date_columns: frozenset[int] = frozenset()
    text: int = 0

    def expect(self, names: list[str], date_columns: frozenset[int]) -> None:
        """The header has been read: cut rows to its width, and flag dates in columns other
        than `date_columns` (indexes)."""
        self.names = names
        self.date_columns = date_columns

    def rows(self) -> Iterator[tuple[int, list[str | None]]]:
        """(row number, cells as text) for every non-empty row."""
        parser = _SheetParser(self.path, self.book)
        try:
            limit = max(MIN_TEXT_LIMIT, MAX_TEXT_RATIO * self.path.stat().st_size)
            with self.book.archive.open(self.part, MAX_SHEET_BYTES) as stream:
                xml = _parser(self.path, self.part, parser.start, parser.end, parser.data)
                for _ in _fed(self.path, self.part, xml, stream):
                    yield from self._taken(parser, limit)
                _parse_block(self.path, self.part, xml, b"", True)
                yield from self._taken(parser, limit)
        except _Refused as refused:
            self.problems.append(refused.problem)
        except OSError as exc:
            raise InputError(os_error_message(exc, self.path)) from None
        finally:
            self.close()

    def close(self) -> None:
        self.book.close()

    def _taken(self, parser: _SheetParser, limit: int) -> Iterator[tuple[int, list[str | None]]]:
        done, parser.done = parser.done, []
        for number, cells, marks, beyond in done:
            if not self.names:  # the header
                yield number, cells
                parser.width = max(len(self.names), 1)
                continue
            width = len(self.names)
            if len(cells) > width:
                beyond = beyond or next(
                    (i + 1, c) for i, c in enumerate(cells[width:], start=width) if c
                )
                del cells[width:]
            if beyond is not None:
                self.flag(
                    "ragged-row",
                    number,
                    None,
                    beyond[1],
                    f"the row has a value in column {column_letters(beyond[0])}, beyond the "
                    f"header's {width} columns",
                    "put every value under a named column, or delete it",
                )
                continue
            for index, kind, text in marks:
                if index >= width:
                    continue
                if kind == "error":
                    self.flag(
                        "excel-error",
                        number,
                        self.names[index],
                        text,
                        f"the cell holds the Excel error value {shorten(text)}",
                        "replace the formula or error with the value itself",
                    )
                elif index not in self.date_columns:
                    self.flag(
                        "excel-date",
                        number,
                        self.names[index],
                        text,
                        "the cell is an Excel date or time, which the column does not hold; "
                        "Excel may have turned what was typed (e.g. SEPT1, 1-2, 3/4) into a date",
                        "format the column as Text, type the value again, and check it "
                        "against the document",
                    )
            self.text += sum(len(c) for c in cells if c)
            if self.text > limit:
                raise _oversized(
                    self.path,
                    f"the sheet's cells hold over {limit:,} characters, more than "
                    f"{MAX_TEXT_RATIO} times the file's size (a shared string repeated in "
                    "many cells?)",
                )
            yield number, cells

    def flag(
        self, code: str, row: int, name: str | None, value: str, message: str, hint: str
    ) -> None:
        self.counts[code] += 1
        if len(self.problems) < self.listed:
            self.problems.append(
                file_problem(
                    self.path, code, message, hint, row=row, field=name, value=shorten(value)
                )
            )


def open_sheet(path: Path, table: str, listed: int = 1000) -> tuple[Sheet | None, list[Problem]]:
    """The worksheet of `table` in a workbook, or the problems that stop reading it.
    InputError if the file cannot be read at all (not a regular file, no permission)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block, a device never end
            raise InputError(f"{printable(path)}: not a regular file; give an .xlsx file")
        problem = size_problem(path, MAX_FILE_BYTES)
        if problem:
            return None, [problem]
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(os_error_message(exc, path)) from None
    try:
        archive = _Archive(path, handle)
        book = _read_workbook(path, archive, handle)
        entry = choose_sheet(path, book.sheets, table)
    except _Refused as refused:
        handle.close()
        return None, [refused.problem]
    except OSError as exc:
        handle.close()
        raise InputError(os_error_message(exc, path)) from None
    return Sheet(path, entry.name, book, entry.part or "", listed), []
