"""The checks every input file gets before a reader opens it: that it may be read at all (its
path), its size and its encoding.

A path that cannot or may not be read is an `InputError` (exit 2). A problem with the file's
content is reported as a `Problem` naming the file (and the line, for an encoding error), like
any other problem of the data.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path
from typing import Any

from mscexo.errors import InputError, Problem, os_error_message, printable, shorten

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


# ----- the path ------------------------------------------------------------------------------


def check_input(path: Path) -> None:
    """Refuse an input that cannot or may not be read, with a one-line InputError naming it.

    Refused: a path holding a NUL byte; one the system cannot look up or open (no such file,
    permission denied, a loop of symbolic links, a name too long, an I/O error); a file that
    is a symbolic link out of its own directory (as a data package's resources may not: a
    link to /etc/passwd or ~/.netrc would put their lines in the report; a linked directory,
    such as a release kept elsewhere, is fine); anything that is neither a regular file nor
    a directory (a FIFO would block the reader, a device never ends).
    """
    if "\0" in str(path):
        raise InputError(f"{printable(path)}: the path holds a NUL byte; give the file's name")
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            target = path.resolve(strict=True)
            beside = target.is_relative_to(path.absolute().parent.resolve())
            if not beside and not target.is_dir():  # a linked directory is the user's choice
                raise InputError(
                    f"{printable(path)}: a symbolic link that leads out of its directory "
                    f"(to {printable(target)}); symbolic links are followed only to files "
                    "beside them: copy the file here instead"
                )
        mode = os.stat(path).st_mode
        if stat.S_ISREG(mode):
            os.close(os.open(path, os.O_RDONLY))  # readable: a clear message now, not later
    except OSError as error:
        raise InputError(os_error_message(error, path)) from None
    except RuntimeError:  # Python 3.11's pathlib on a loop of symbolic links
        raise InputError(
            os_error_message(OSError(errno.ELOOP, os.strerror(errno.ELOOP)), path)
        ) from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise InputError(
            f"{printable(path)}: not a regular file (a FIFO, a device or a socket); save the "
            "data to a file and give that"
        )


# ----- the content ---------------------------------------------------------------------------


def file_problem(path: Path, code: str, message: str, hint: str, **kwargs: Any) -> Problem:
    return Problem(code=code, message=message, file=str(path), hint=hint, **kwargs)


def size_problem(path: Path, limit: int) -> Problem | None:
    """An empty file, or one over the size limit for its kind (a path that is not a regular
    file was refused before, by `check_input`)."""
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
