"""The checks every input file gets before a reader opens it: its size and its encoding.

A problem with the file itself is reported as a `Problem` naming the file (and the line, for
an encoding error), like any other problem of the data.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path
from typing import Any

from mscexo.errors import Problem, shorten

#: Largest table file (CSV, TSV, Excel, JSON Lines) read; they are streamed block by block.
MAX_FILE_BYTES = 4 * 2**30
#: Largest JSON or YAML document, which is parsed whole.
MAX_DOCUMENT_BYTES = 100 * 2**20
#: Byte-order marks of encodings other than UTF-8.
OTHER_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


def file_problem(path: Path, code: str, message: str, hint: str, **kwargs: Any) -> Problem:
    return Problem(code=code, message=message, file=str(path), hint=hint, **kwargs)


#: What a path that is not a regular file is, by `stat` test.
_KINDS = {
    stat.S_ISFIFO: "a FIFO (named pipe)",
    stat.S_ISSOCK: "a socket",
    stat.S_ISCHR: "a character device",
    stat.S_ISBLK: "a block device",
    stat.S_ISDIR: "a directory",
}


def kind_problem(path: Path) -> Problem | None:
    """A path that is not a regular file: reading a FIFO or a device may block or never end,
    and its size says nothing (a FIFO looks empty)."""
    mode = path.stat().st_mode
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS.items() if test(mode)), "a special file")
    return file_problem(
        path,
        "not-a-file",
        f"the path is {kind}, not a regular file",
        "give the path of the file itself (copy the data into a regular file first)",
    )


def size_problem(path: Path, limit: int) -> Problem | None:
    """A path that is not a regular file, an empty file, or one over the size limit for its
    kind."""
    problem = kind_problem(path)
    if problem:
        return problem
    size = path.stat().st_size
    if size == 0:
        return file_problem(path, "empty-file", "the file is empty", "export the table again")
    if size > limit:
        return file_problem(
            path,
            "oversized-file",
            f"the file has {size:,} bytes (at most {limit:,})",
            "split the contribution into several files",
        )
    return None


# ----- encoding ------------------------------------------------------------------------------


def encoding_problem(path: Path) -> Problem | None:
    """The first byte that is not UTF-8, with its line; a UTF-8 byte-order mark is fine."""
    with path.open("rb") as handle:
        start = handle.read(4)
        for bom, name in OTHER_BOMS.items():
            if start.startswith(bom):
                return file_problem(
                    path,
                    "encoding",
                    f"the file is {name}-encoded",
                    "save it as UTF-8 (in Excel: 'CSV UTF-8'; in LibreOffice: character set "
                    "Unicode (UTF-8))",
                    line=1,
                )
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        line = 1
        for block in iter(lambda: handle.read(2**20), b""):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                # `exc.object` is the block behind the bytes of a character cut at the end of
                # the last block (never a line break), so positions are counted in it
                line += exc.object[: exc.start].count(b"\n")
                bad = exc.object[exc.start : exc.start + 4]
                return file_problem(
                    path,
                    "encoding",
                    f"not UTF-8: byte {bad[:1].hex()} cannot be decoded ({exc.reason})",
                    "save the file as UTF-8; a legacy encoding such as Windows-1252 or "
                    "Latin-1 was probably used",
                    line=line,
                    value=shorten(bad.decode("latin-1")),
                )
            line += block.count(b"\n")
    return None
