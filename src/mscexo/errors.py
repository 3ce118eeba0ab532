"""Problems found in user data, as objects rather than strings.

Like frictionless's errors, each problem has a stable code, a plain message and a position
(file, row, record, field), plus the offending value and a hint at the fix. Commands collect
every problem they can find before they stop, and print them all.
"""

from __future__ import annotations

import difflib
import errno
import os
import re
from dataclasses import asdict, dataclass

from mscexo.problems import registered

#: Longest value shown in a report; longer values are cut with an ellipsis.
MAX_VALUE_CHARS = 80


def shorten(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


#: Characters a terminal acts on instead of showing them: the C0 and C1 controls and DEL (ESC
#: starts sequences that move the cursor, clear the screen or change colours; BEL rings), the
#: line and paragraph separators, and the bidirectional formatting characters, which reorder
#: what is shown. Text output shows each as an escape; ordinary Unicode is kept.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object, keep: str = "") -> str:
    """`text` safe to print to a terminal: every control character (except those in `keep`)
    written as an escape, `\\x1b` or `\\u202e`, as Python writes them."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, str(text))


#: What an operating-system error means in a sentence, and what to do about it, by errno.
_OS_ERRORS = {
    errno.EACCES: ("permission denied", "check the permissions, or use another path"),
    errno.EPERM: ("operation not permitted", "check the permissions, or use another path"),
    errno.EISDIR: ("is a directory", "give a file"),
    errno.ENOTDIR: ("a part of the path is not a directory", "check the path"),
    errno.ENOENT: ("no such file or directory", "check the path"),
    errno.ENOSPC: ("no space left on device", "free some space, or write elsewhere"),
    errno.EDQUOT: ("disk quota exceeded", "free some space, or write elsewhere"),
    errno.EFBIG: ("file too large for the file system", "write elsewhere"),
    errno.EROFS: ("read-only file system", "write elsewhere"),
    errno.ELOOP: (
        "too many levels of symbolic links",
        "a symbolic link points to itself, directly or through others: fix the link or give "
        "the file itself",
    ),
    errno.ENAMETOOLONG: ("file name too long", "use a shorter name"),
    errno.EIO: (
        "input/output error",
        "the disk or the network file system failed: check it, or copy the file elsewhere and "
        "try again",
    ),
    errno.ENXIO: ("no such device or address", "give a regular file"),
    errno.EMFILE: ("too many open files", "raise the limit (ulimit -n) and try again"),
    errno.ENFILE: ("too many open files in the system", "close other programs and try again"),
    errno.EBUSY: ("the file is busy", "try again when the program using it has finished"),
    errno.ETXTBSY: ("the file is busy", "try again when the program using it has finished"),
}


def os_error_message(error: OSError, path: object = None, hint: str | None = None) -> str:
    """One line for an operating-system error: the file (`path`, else the one the error
    names), what went wrong in words, and what to do (`hint`, else the usual remedy)."""
    name = path if path is not None else error.filename
    shown = os.fsdecode(name) if isinstance(name, str | bytes | os.PathLike) else None
    where = f"{printable(shown)}: " if shown is not None else ""
    if error.errno is None:  # raised with a message of its own
        return where + printable(str(error) or type(error).__name__)
    reason, remedy = _OS_ERRORS.get(error.errno, ("", "check the file and try again"))
    reason = reason or (error.strerror or os.strerror(error.errno)).lower()
    return f"{where}{reason}; {hint or remedy}"


def closest(value: object, choices: list[str]) -> str | None:
    """The allowed value nearest to a wrong one, for a "did you mean" hint."""
    if not isinstance(value, str) or not choices:
        return None
    lowered = {c.lower(): c for c in choices}
    if value.lower() in lowered:
        return lowered[value.lower()]
    match = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.5)
    return lowered[match[0]] if match else None


class InputError(Exception):
    """An input or output that cannot be used at all: a missing path, a package that cannot
    be read, an unknown table, a file kind no reader handles. Not the data's fault, so the
    CLI exits with 2 (not 1, which means invalid data)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, with where it is and how to fix it.

    `row` is the row as the user counts it in a spreadsheet (the header is row 1); `line` is
    the line of a text file (YAML, JSON Lines); `record` is the position in a list of records.
    A `warning` does not make the input invalid (e.g. a record identical to the release).
    The code must be registered in `mscexo.problems`, with this severity; a problem without
    a message or a hint of its own gets the registry's.
    """

    code: str
    message: str = ""
    file: str | None = None
    line: int | None = None
    row: int | None = None
    table: str | None = None
    record: int | None = None
    record_id: str | None = None
    field: str | None = None
    value: str | None = None
    hint: str | None = None
    severity: str = "error"

    def __post_init__(self) -> None:
        entry = registered(self.code)
        if self.severity != entry.severity:
            raise ValueError(
                f"problem code {self.code!r} is registered as {entry.severity!r}, "
                f"not {self.severity!r}"
            )
        if not self.message:
            object.__setattr__(self, "message", entry.message)
        if not self.hint:
            object.__setattr__(self, "hint", entry.hint)

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(f"{self.file}:{self.line}" if self.line else self.file)
        if self.row:
            parts.append(f"row {self.row}")
        if self.table:
            parts.append(f"{self.table}[{self.record}]" if self.record else self.table)
        if self.record_id:
            parts.append(f"id={self.record_id}")
        if self.field:
            parts.append(f"column '{self.field}'" if self.row else f"field '{self.field}'")
        return printable(" ".join(parts))

    def __str__(self) -> str:
        """The problem for a terminal: two lines, with every control character of a name, a
        path, a message or a value escaped (`to_dict`, for JSON, keeps them as they are)."""
        text = f"{self.where()}: [{printable(self.code)}] {printable(self.message)}"
        if self.value is not None:
            text += f" (value: {printable(repr(self.value))})"
        if self.hint:
            text += f"\n    hint: {printable(self.hint)}"
        return text

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


class DataError(Exception):
    """Raised when input data are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) found")
