"""Writing files completely or not at all: every output of the project goes through here.

A file is written beside its target and renamed over it (`staged`, `write_file`). A directory
(the data package) is written beside its target and swapped in (`claim`, then
`replace_directory`): the target is, at every moment, the old directory or the complete new
one, through a failure or a kill at any point.

The swap exchanges the two directories in one step where the system can (Linux
`renameat2(RENAME_EXCHANGE)`); elsewhere the old directory is first renamed to a backup,
`.NAME.previous`, and a failure puts it back. What a kill leaves (a backup with no target, a
backup beside the target, a staging directory `.NAME.building-*`) is found by the next `claim`:
a backup with no target is put back, anything else is refused with a one-line reason naming it,
and nothing is ever deleted unasked.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

from mscexo.errors import InputError


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


# ----- replacing a directory -----------------------------------------------------------------


def backup_path(output: Path) -> Path:
    """Where the old directory waits while the new one is renamed in (no exchange)."""
    return output.with_name(f".{output.name}.previous")


def staging_prefix(output: Path) -> str:
    """How the names of the staging directories of `output` begin."""
    return f".{output.name}.building-"


def staging_paths(output: Path) -> list[Path]:
    """The staging directories of builds of `output` that did not finish."""
    prefix = staging_prefix(output)
    return sorted(p for p in output.parent.iterdir() if p.name.startswith(prefix))


def _reason(error: OSError) -> str:
    """An OS error in words, naming the path: 'PATH: No space left on device'."""
    text = error.strerror or str(error)
    return f"{error.filename}: {text}" if error.filename else text


def _removal(path: Path) -> str:
    """The command that removes a leftover directory, made writable first if it is not."""
    read_only = any(
        not os.access(directory, os.W_OK | os.X_OK) for directory, _, _ in os.walk(path)
    )
    return f"chmod -R u+w {path} && rm -r {path}" if read_only else f"rm -r {path}"


@contextmanager
def claim(output: Path, marker: str) -> Iterator[None]:
    """Hold `output` for one build, which ends with `replace_directory(files, output)`.

    Another build of the same directory is refused while this one runs (a lock on the parent
    directory, released by the system even if the process is killed). What an interrupted
    build left is dealt with first: a backup with no `output` is renamed back (and said so on
    stderr), so that the caller sees the last complete release; any other leftover is refused
    with InputError. An `output` that is not a directory, is a symlink, or holds something
    other than a package (no `marker` file, not empty) is refused too: it would be replaced
    whole. So is an `output` that could not be removed after the swap (read-only)."""
    output = output.absolute()
    if not output.name:
        raise InputError(f"{output} cannot be replaced: give a directory below it")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create the output's directory: {_reason(error)}") from None
    with _locked(output.parent, output):
        _recover(output)
        _check_replaceable(output, marker)
        yield


@contextmanager
def _locked(directory: Path, output: Path) -> Iterator[None]:
    """An exclusive lock on `directory` (flock), where the system has one."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError as error:
        raise InputError(f"cannot open the output's directory: {_reason(error)}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                f"another build is writing {output}: wait for it to finish and build again"
            ) from None
        except OSError:  # a file system without locks (some network mounts): go on unlocked
            pass
        yield
    finally:
        os.close(handle)


def _recover(output: Path) -> None:
    backup = backup_path(output)
    if os.path.lexists(backup) and not os.path.lexists(output):
        try:
            os.replace(backup, output)
            _sync_directory(output.parent)
        except OSError as error:
            raise InputError(
                f"{output} is missing and its backup {backup} cannot be moved back "
                f"({_reason(error)}): move it back by hand (mv {backup} {output})"
            ) from None
        print(f"restored {output} from {backup}, left by an interrupted build", file=sys.stderr)
    if os.path.lexists(backup):
        raise InputError(
            f"{backup} is an older copy of {output} left by an interrupted build ({output} is "
            f"complete): remove it ({_removal(backup)}) and build again"
        )
    leftovers = staging_paths(output)
    if leftovers:
        more = f" (and {len(leftovers) - 1} more like it)" if len(leftovers) > 1 else ""
        raise InputError(
            f"{leftovers[0]}{more} was left by an interrupted build and is not part of "
            f"{output}: remove it ({_removal(leftovers[0])}) and build again"
        )


def _check_replaceable(output: Path, marker: str) -> None:
    if not os.path.lexists(output):
        return
    if output.is_symlink():
        raise InputError(
            f"{output} is a symlink: the build replaces the directory and does not write "
            "through a link; give the real directory as the output"
        )
    if not output.is_dir():
        raise InputError(f"{output} is not a directory: give a directory as the output")
    if not (output / marker).is_file() and any(output.iterdir()):
        raise InputError(
            f"{output} is not empty and holds no {marker}: the build replaces the whole "
            "directory, so give a new or empty directory, or a package, as the output"
        )
    for directory, _, _ in os.walk(output):
        if not os.access(directory, os.W_OK | os.X_OK):
            raise InputError(
                f"{directory} is read-only, so the old package could not be removed after "
                f"the new one is in place: make it writable (chmod -R u+w {output}) and build "
                "again"
            )


def replace_directory(files: dict[str, bytes], output: Path) -> None:
    """Write `files` (relative path -> bytes) into a staging directory beside `output`, then
    swap it in for `output`; call it inside `claim(output, ...)`.

    The new directory gets the mode of any new directory (0o777 less the umask). Every file
    and directory is flushed to disk before the swap, so that even a power cut leaves the old
    directory or the complete new one. An OSError becomes an InputError naming the path and
    saying what is left; an interrupt (KeyboardInterrupt) is raised again once `output` is
    whole."""
    output = output.absolute()
    try:
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(output), dir=output.parent))
    except OSError as error:
        raise InputError(f"cannot write the new package: {_reason(error)}") from None
    try:
        _write_tree(files, staging)
    except BaseException as error:
        left = _discard(staging)
        if isinstance(error, OSError):
            raise InputError(
                f"cannot write the new package: {_reason(error)}; {output} is unchanged{left}"
            ) from None
        raise
    old = _swap(staging, output)
    if old is not None:
        try:
            shutil.rmtree(old)
        except OSError as error:
            raise InputError(
                f"the new package is in {output}, but the old one in {old} could not be "
                f"removed ({_reason(error)}): remove it ({_removal(old)})"
            ) from None


def _write_tree(files: dict[str, bytes], staging: Path) -> None:
    """Every file, flushed to disk, in a directory with the mode of a new directory."""
    directories = {staging}
    for relative, content in sorted(files.items()):
        target = staging / relative
        if target.parent not in directories:
            target.parent.mkdir(parents=True, exist_ok=True)
            directories.update(p for p in target.parents if p.is_relative_to(staging))
        target.write_bytes(content)
        _sync(target, os.O_RDONLY)
    # The mode an ordinary new directory gets here, found without touching the umask.
    probe = staging / ".mode"
    os.mkdir(probe, 0o777)
    os.chmod(staging, stat.S_IMODE(probe.stat().st_mode))
    os.rmdir(probe)
    for directory in sorted(directories):
        _sync_directory(directory)


def _swap(staging: Path, output: Path) -> Path | None:
    """Put `staging` in place of `output`; the path of the old directory, to be removed.

    On failure or interrupt `output` is left as it was (or put back) and `staging` removed."""
    backup = backup_path(output)
    try:
        if not os.path.lexists(output):
            os.replace(staging, output)
            old = None
        elif _exchange(staging, output):
            old = staging
        else:
            os.replace(output, backup)
            os.replace(staging, output)
            old = backup
        _sync_directory(output.parent)
        return old
    except BaseException as error:
        restored = _restore(backup, output)
        left = _discard(staging) if os.path.lexists(staging) else ""
        if isinstance(error, OSError):
            if restored is not None:
                raise InputError(
                    f"cannot move the new package into place ({_reason(error)}) nor the old "
                    f"one back ({_reason(restored)}): the old package is in {backup}; move it "
                    f"back (mv {backup} {output}), or build again, which does{left}"
                ) from None
            raise InputError(
                f"cannot move the new package into place ({_reason(error)}); {output} is "
                f"unchanged{left}"
            ) from None
        raise


def _restore(backup: Path, output: Path) -> OSError | None:
    """Rename the backup back to `output` if the swap stopped between its two renames; the
    error if that failed too."""
    if os.path.lexists(output) or not os.path.lexists(backup):
        return None
    try:
        os.replace(backup, output)
    except OSError as error:
        return error
    return None


def _discard(staging: Path) -> str:
    """Remove a staging directory; what is left, for the end of a message, if it cannot be."""
    try:
        shutil.rmtree(staging)
    except OSError as error:
        return f"; {staging} could not be removed ({_reason(error)}): remove it by hand"
    return ""


def _sync(path: Path, flags: int) -> None:
    handle = os.open(path, flags)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_directory(directory: Path) -> None:
    """Flush a directory's entries (renames, new files) to disk, where the system can."""
    with suppress(OSError):  # some systems cannot open or fsync a directory
        _sync(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


#: renameat2() flag: swap the two paths in one step.
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step; False where the system or file system cannot (then
    nothing was done)."""
    function = _renameat2()
    if function is None:
        return False
    if function(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE):
        import ctypes

        code = ctypes.get_errno()
        if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            return False
        raise OSError(code, os.strerror(code), str(second), None, str(first))
    return True


@cache
def _renameat2():  # noqa: ANN202 - a ctypes function, or None
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # C library older than glibc 2.28, or not glibc
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function
