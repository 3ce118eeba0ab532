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

    Some writers ignore the umask (`tempfile.mkstemp` makes 0600 files, SQLite 0644), so the
    finished file is given the mode of an ordinary new file (0o666 less the umask). That mode
    is found by creating a file with 0o666 and letting the system apply the umask: reading the
    umask with `os.umask` would change it, for a moment, for every thread of the process.
    """
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.") as directory:
        partial = Path(directory) / path.name
        yield partial
        probe = Path(directory) / ".mode"
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        os.chmod(partial, stat.S_IMODE(probe.stat().st_mode))
        os.replace(partial, path)


def write_file(path: Path, content: bytes) -> None:
    """Write a file completely or not at all, with the mode of any new file (see `staged`)."""
    with staged(path) as partial:
        partial.write_bytes(content)


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
