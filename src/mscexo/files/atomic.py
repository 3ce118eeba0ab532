"""Writing files completely or not at all: every output of the project goes through here.

A file is written beside its target and renamed over it (`staged`, `write_file`); a directory
(the data package) is written beside its target and swapped in (`replace_directory`). A failure
or an interrupt leaves the previous output as it was.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staged(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write the file to, in a private directory; when the
    block ends without error the file gets the mode any new file would get here and is renamed
    to `path`, so `path` is written completely or not at all.

    `path` must be a new file or a regular file to replace (`check_output`): a symbolic link,
    a directory, a device or a FIFO is refused with an InputError, never replaced. A failure
    to write (no permission in the directory, no space left, an I/O error) is an InputError
    naming `path`, and leaves it as it was.

    Some writers ignore the umask (`tempfile.mkstemp` makes 0600 files, SQLite 0644), so the
    finished file is given the mode of an ordinary new file (0o666 less the umask). That mode
    is found by creating a file with 0o666 and letting the system apply the umask: reading the
    umask with `os.umask` would change it, for a moment, for every thread of the process.
    """
    check_output(path)
    # The private directory is named after the file, cut short so a long name still fits.
    prefix = f".{path.name[:STAGING_NAME_CHARS]}."
    try:
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=prefix) as directory:
            partial = Path(directory) / path.name
            yield partial
            probe = Path(directory) / ".mode"
            os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            os.chmod(partial, stat.S_IMODE(probe.stat().st_mode))
            check_output(path)  # again, just before the rename replaces it
            os.replace(partial, path)
    except OSError as error:
        if not _about_output(error, path, os.path.join(path.parent, prefix)):
            raise  # an error of the writer's input, which is not this file's to explain
        from mscexo.errors import InputError, os_error_message

        raise InputError(os_error_message(error, path, _remedy(error))) from None


def write_file(path: Path, content: bytes) -> None:
    """Write a file completely or not at all, with the mode of any new file (see `staged`)."""
    with staged(path) as partial:
        partial.write_bytes(content)


#: Characters of the file name kept in the name of its private staging directory.
STAGING_NAME_CHARS = 100


def check_output(path: Path) -> None:
    """Refuse, with a one-line InputError, an output path that may not be written: one with a
    NUL byte or a name too long, in a directory that does not exist, or naming something
    other than a regular file. A symbolic link is never followed nor replaced (`-o LINK`
    would otherwise replace the link, or as root `-o /dev/stdout` the system's); a directory,
    a device or a FIFO is not a file to replace."""
    from mscexo.errors import InputError, os_error_message, printable

    shown = printable(path)
    if "\0" in str(path):
        raise InputError(f"{shown}: the path holds a NUL byte; give another file name")
    if path.name in ("", ".", ".."):
        raise InputError(f"{shown}: is a directory; give a file name")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(os_error_message(error, path, _remedy(error))) from None
    if mode is not None and stat.S_ISLNK(mode):
        raise InputError(
            f"{shown}: is a symbolic link, which is never followed or replaced; remove it or "
            "give another file name"
            + (" (to write to standard output, leave out -o)" if shown.startswith("/dev/") else "")
        )
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(f"{shown}: is a directory; give a file name inside it")
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(
            f"{shown}: is not a regular file (a device, a FIFO or a socket), which is never "
            "replaced; give a file name"
        )
    if not path.parent.is_dir():
        raise InputError(f"{printable(path.parent)}: no such directory; create it first")


def _about_output(error: OSError, path: Path, staging: str) -> bool:
    """Whether an error while staging `path` is about writing it: it names the file, its
    staging directory (`staging` starts their names) or what is in it, or no file at all (a
    failed write names none)."""
    names = [os.fsdecode(n) for n in (error.filename, error.filename2) if n is not None]
    return not names or any(n == os.fspath(path) or n.startswith(staging) for n in names)


def _remedy(error: OSError) -> str | None:
    """What to do when an output cannot be written (None: the usual remedy)."""
    import errno

    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "write to a directory you may write to, or change its permissions"
    return None


def replace_directory(files: dict[str, bytes], output: Path) -> None:
    """Write into a temporary sibling directory, then swap it in for `output`."""
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    try:
        for relative, content in sorted(files.items()):
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        os.chmod(staging, 0o755)
        previous = output.with_name(f".{output.name}.previous")
        if previous.exists():
            shutil.rmtree(previous)
        if output.exists():
            os.replace(output, previous)
        os.replace(staging, output)
        shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
