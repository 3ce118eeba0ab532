"""Replacing the data package: the old one or the complete new one, through any failure or kill.

Faults are injected at every call of the swap (in the process: an OSError or an interrupt
before or after the call; in a child process: SIGKILL before or after the call), with the
directories exchanged in one step (Linux) and with the two renames used elsewhere. After each,
the package directory holds the old or the new tree, and the next `claim` restores what was
left or refuses it with one line naming it; nothing is deleted unasked.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mscexo.errors import InputError
from mscexo.files import atomic
from mscexo.files.atomic import backup_path, claim, replace_directory

MARKER = "datapackage.json"
OLD = {MARKER: b'{"version": "1"}\n', "data/a.csv": b"id\nA-1\n", "data/b.csv": b"id\nB-1\n"}
NEW = {MARKER: b'{"version": "2"}\n', "data/a.csv": b"id\nA-1\nA-2\n", "parquet/a.parquet": b"P"}
#: The calls of a swap where a fault is injected, as (module, attribute).
POINTS = [
    (Path, "write_bytes"),
    (os, "replace"),
    (atomic, "_exchange"),
    (shutil, "rmtree"),
    (os, "unlink"),
]


def _tree(directory: Path) -> dict[str, bytes] | None:
    if not directory.is_dir():
        return None
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def _exchange_works(tmp_path: Path) -> bool:
    first, second = tmp_path / "x", tmp_path / "y"
    first.mkdir()
    second.mkdir()
    try:
        return atomic._exchange(first, second)
    finally:
        first.rmdir()
        second.rmdir()


@pytest.fixture(autouse=True)
def no_flush(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is flushed to disk (which is slow on a busy machine), but where the flushing
    itself is tested: what is checked here is the order of renames, not the disk."""
    if "flushed" not in request.node.name:
        monkeypatch.setattr(atomic, "_sync", lambda path, flags: None)


@pytest.fixture(params=["exchange", "renames"])
def mode(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The swap as on Linux (one exchange), or as elsewhere (two renames and a backup)."""
    if request.param == "exchange" and not _exchange_works(tmp_path):
        pytest.skip("this system cannot exchange two directories in one step")
    if request.param == "renames":
        monkeypatch.setattr(atomic, "_exchange", lambda first, second: False)
    return request.param


@pytest.fixture
def output(tmp_path: Path) -> Path:
    """A released package: the tree OLD."""
    path = tmp_path / "release" / "datapackage"
    _replace(OLD, path)
    assert _tree(path) == OLD
    return path


def _replace(files: dict[str, bytes], path: Path) -> None:
    with claim(path, MARKER):
        replace_directory(files, path)


def _recover(output: Path) -> list[str]:
    """Claim `output` as the next build does; remove each leftover it refuses (as its message
    says) and claim again. The refusals, each checked to name a leftover that is still there."""
    refusals = []
    for _ in range(5):
        try:
            with claim(output, MARKER):
                return refusals
        except InputError as error:
            message = str(error)
            assert "\n" not in message and "build again" in message
            leftover = Path(message.split(" ", 1)[0])
            assert leftover.parent == output.parent and leftover != output
            assert leftover.exists(), message
            refusals.append(message)
            shutil.rmtree(leftover)
    raise AssertionError(refusals)


# ----- the swap without faults -----------------------------------------------------------------


def test_the_new_tree_replaces_the_old_and_nothing_is_left(output: Path, mode: str):
    _replace(NEW, output)
    assert _tree(output) == NEW
    assert [p.name for p in output.parent.iterdir()] == ["datapackage"]


def test_the_first_build_creates_the_directory(tmp_path: Path, mode: str):
    _replace(NEW, tmp_path / "a" / "b" / "out")
    assert _tree(tmp_path / "a" / "b" / "out") == NEW


@pytest.mark.parametrize("umask", [0o002, 0o022, 0o027, 0o077], ids=oct)
def test_the_new_directory_has_the_mode_of_a_new_directory(tmp_path: Path, umask: int):
    previous = os.umask(umask)
    try:
        _replace(NEW, tmp_path / "out")
        (tmp_path / "ordinary").mkdir()
    finally:
        os.umask(previous)
    for path in (tmp_path / "out", tmp_path / "out" / "data"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o777 & ~umask
    assert stat.S_IMODE((tmp_path / "ordinary").stat().st_mode) == 0o777 & ~umask
    assert stat.S_IMODE((tmp_path / "out" / MARKER).stat().st_mode) == 0o666 & ~umask


def test_every_file_and_directory_is_flushed_before_the_swap(
    output: Path, mode: str, monkeypatch: pytest.MonkeyPatch
):
    """So that a power cut after the swap cannot leave empty files in place of the old
    package; and the parent is flushed after it, so that the swap itself is on disk."""
    events: list[str] = []
    real_fsync, real_replace, real_exchange = os.fsync, os.replace, atomic._exchange

    def fsync(handle: int) -> None:
        events.append(os.readlink(f"/proc/self/fd/{handle}"))
        real_fsync(handle)

    def swap(real: Callable) -> Callable:
        def call(*args):
            events.append("swap")
            return real(*args)

        return call

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", swap(real_replace))
    monkeypatch.setattr(atomic, "_exchange", swap(real_exchange))
    _replace(NEW, output)
    first_swap = events.index("swap")
    before = {Path(e).name for e in events[:first_swap]}
    assert before >= {Path(name).name for name in NEW} | {"data", "parquet"}
    assert any(Path(e).name.startswith(".datapackage.building-") for e in events[:first_swap])
    assert events[-1] == str(output.parent)


# ----- failures and interrupts in the process ----------------------------------------------------


def _count_calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls: dict[str, int] = {}
    for owner, name in POINTS:
        real = getattr(owner, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)
    return calls


def _faults(tmp_path: Path, mode: str) -> Iterator[tuple[str, int]]:
    """Every (function, nth call) of a swap of OLD for NEW, counted in a trial run."""
    with pytest.MonkeyPatch.context() as patch:
        if mode == "renames":
            patch.setattr(atomic, "_exchange", lambda first, second: False)
        calls = _count_calls(patch)
        trial = tmp_path / "trial" / "datapackage"
        _replace(OLD, trial)
        calls.clear()
        _replace(NEW, trial)
    for name, count in sorted(calls.items()):
        for nth in range(1, count + 1):
            yield name, nth


def _inject(
    monkeypatch: pytest.MonkeyPatch, name: str, nth: int, fault: BaseException, after: bool
) -> None:
    """Raise `fault` at the nth call of `name`, before or after doing what it does."""
    owner = next(owner for owner, attribute in POINTS if attribute == name)
    real = getattr(owner, name)
    calls = {"n": 0}

    def faulty(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == nth and not after:
            raise fault
        result = real(*args, **kwargs)
        if calls["n"] == nth:
            raise fault
        return result

    monkeypatch.setattr(owner, name, faulty)


FAULTS = {
    "EXDEV": OSError(errno.EXDEV, os.strerror(errno.EXDEV), "somewhere"),
    "ENOSPC": OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "somewhere"),
    "interrupt": KeyboardInterrupt(),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("after", [False, True], ids=["before the call", "after the call"])
def test_a_fault_at_any_call_leaves_the_old_or_the_new_package(
    output: Path, mode: str, fault: str, after: bool, tmp_path: Path
):
    points = list(_faults(tmp_path, mode))
    assert {name for name, _ in points} >= {"write_bytes", "rmtree"}
    renames = sum(name == "replace" for name, _ in points)
    assert renames == (2 if mode == "renames" else 0)
    for name, nth in points:
        _replace(OLD, output)
        with pytest.MonkeyPatch.context() as patch:
            if mode == "renames":
                patch.setattr(atomic, "_exchange", lambda first, second: False)
            _inject(patch, name, nth, FAULTS[fault], after)
            expected = InputError if isinstance(FAULTS[fault], OSError) else KeyboardInterrupt
            try:
                _replace(NEW, output)
            except expected as error:
                message = str(error)
            else:
                message = ""
        where = f"{fault} {'after' if after else 'at'} call {nth} of {name}: {message}"
        assert _tree(output) in (OLD, NEW), where
        if _tree(output) == OLD:
            assert message or fault == "interrupt", where  # a failure is never silent
        if isinstance(FAULTS[fault], OSError) and message:
            assert "\n" not in message and str(output.parent) in message, where
        _recover(output)
        assert _tree(output) in (OLD, NEW), where
        assert [p.name for p in output.parent.iterdir()] == ["datapackage"], where


def test_a_failed_second_rename_puts_the_old_package_back(
    output: Path, monkeypatch: pytest.MonkeyPatch
):
    """The case of the issue: EXDEV at the second rename used to lose datapackage/."""
    monkeypatch.setattr(atomic, "_exchange", lambda first, second: False)
    _inject(monkeypatch, "replace", 2, FAULTS["EXDEV"], after=False)
    with pytest.raises(InputError) as failed:
        _replace(NEW, output)
    assert "Invalid cross-device link" in str(failed.value)
    assert f"{output} is unchanged" in str(failed.value)
    assert _tree(output) == OLD
    assert [p.name for p in output.parent.iterdir()] == ["datapackage"]


def test_when_the_old_package_cannot_be_put_back_the_next_claim_restores_it(
    output: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):
    monkeypatch.setattr(atomic, "_exchange", lambda first, second: False)
    real = os.replace
    calls = {"n": 0}

    def failing(source, target):
        calls["n"] += 1
        if calls["n"] >= 2:  # the second rename, and the rename back
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        real(source, target)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(InputError) as failed:
        _replace(NEW, output)
    backup = backup_path(output)
    assert f"the old package is in {backup}" in str(failed.value)
    assert f"mv {backup} {output}" in str(failed.value)
    assert not output.exists() and _tree(backup) == OLD
    monkeypatch.undo()
    assert _recover(output) == []
    assert _tree(output) == OLD and not backup.exists()
    assert f"restored {output} from {backup}" in capsys.readouterr().err


# ----- kills ----------------------------------------------------------------------------------

#: A child that swaps in NEW and kills itself with SIGKILL at one call (none when POINT is 0),
#: then prints how many calls it saw.
KILLER = """
import json, os, shutil, signal, sys
from pathlib import Path
from mscexo.files import atomic

output, mode, point, after = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
files = {name: text.encode() for name, text in json.loads(sys.argv[5]).items()}
if mode == "renames":
    atomic._exchange = lambda first, second: False
seen = 0

def hooked(real):
    def call(*args, **kwargs):
        global seen
        seen += 1
        this = seen
        if this == point and after == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = real(*args, **kwargs)
        if this == point:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return call

for owner, name in [(Path, "write_bytes"), (os, "replace"), (atomic, "_exchange"),
                    (shutil, "rmtree"), (os, "unlink")]:
    setattr(owner, name, hooked(getattr(owner, name)))
with atomic.claim(output, "datapackage.json"):
    atomic.replace_directory(files, output)
print(seen)
"""


def _kill_at(output: Path, mode: str, point: int, after: str) -> subprocess.CompletedProcess:
    files = json.dumps({name: content.decode() for name, content in NEW.items()})
    return subprocess.run(
        [sys.executable, "-c", KILLER, str(output), mode, str(point), after, files],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_kill_at_any_call_loses_nothing(output: Path, mode: str, capsys: pytest.CaptureFixture):
    """SIGKILL, which no handler sees, at every call of the swap: with the exchange the
    directory is always the old or the new package; with two renames it may be missing, and
    the next claim puts the old one back. Leftovers are refused, one line each, never deleted
    unasked. The old package is restored from a copy after each round."""
    trial = output.parent.parent / "trial" / "datapackage"
    _replace(OLD, trial)
    trial = _kill_at(trial, mode, 0, "before")
    assert trial.returncode == 0, trial.stderr
    calls = int(trial.stdout)
    # the writes, the exchange (tried), the renames, rmtree and its unlinks
    assert calls == len(NEW) + 1 + (0 if mode == "exchange" else 2) + 1 + len(OLD)
    outcomes = set()
    for point in range(1, calls + 1):
        for after in ("before", "after"):
            shutil.rmtree(output.parent)
            _replace(OLD, output)
            killed = _kill_at(output, mode, point, after)
            where = f"kill {after} call {point}: {killed.stderr}"
            assert killed.returncode == -signal.SIGKILL, where
            if mode == "exchange":
                assert _tree(output) in (OLD, NEW), where
            else:
                assert _tree(output) in (OLD, NEW) or _tree(backup_path(output)) == OLD, where
            refusals = _recover(output)
            assert _tree(output) in (OLD, NEW), where
            assert [p.name for p in output.parent.iterdir()] == ["datapackage"], where
            outcomes.add(("new" if _tree(output) == NEW else "old", len(refusals) > 0))
    # every kind of ending was reached: the old package and a staging directory or backup to
    # remove, the new one with the old one to remove, the new one and nothing left
    assert outcomes == {("old", True), ("new", True), ("new", False)}
    if mode == "renames":
        assert "restored" in capsys.readouterr().err


# ----- what a later build finds ----------------------------------------------------------------


def test_a_stale_staging_directory_is_refused_not_deleted(output: Path):
    stale = output.parent / ".datapackage.building-x1y2"
    (stale / "data").mkdir(parents=True)
    with pytest.raises(InputError) as refused:
        _replace(NEW, output)
    assert str(refused.value) == (
        f"{stale} was left by an interrupted build and is not part of {output}: remove it "
        f"(rm -r {stale}) and build again"
    )
    assert stale.is_dir() and _tree(output) == OLD


def test_a_stale_backup_beside_the_package_is_refused_not_deleted(output: Path):
    backup = backup_path(output)
    shutil.copytree(output, backup)
    with pytest.raises(InputError) as refused:
        _replace(NEW, output)
    assert f"{backup} is an older copy of {output}" in str(refused.value)
    assert f"rm -r {backup}" in str(refused.value)
    assert _tree(backup) == OLD and _tree(output) == OLD


def test_a_stale_read_only_backup_says_how_to_remove_it(
    output: Path, monkeypatch: pytest.MonkeyPatch
):
    """The state the read-only bug left: .previous, not writable, beside the package."""
    backup = backup_path(output)
    shutil.copytree(output, backup)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, m: False if Path(p) == backup else real(p, m))
    with pytest.raises(InputError) as refused:
        _replace(NEW, output)
    assert f"chmod -R u+w {backup} && rm -r {backup}" in str(refused.value)


def test_a_read_only_package_is_refused_before_anything_is_written(
    output: Path, monkeypatch: pytest.MonkeyPatch
):
    """A read-only datapackage/ could be swapped out but not removed: refused up front.
    As root every directory is writable, so the check is shown with os.access too."""
    (output / "data").chmod(0o555)
    try:
        if os.geteuid() == 0:
            real = os.access
            data = output / "data"
            monkeypatch.setattr(os, "access", lambda p, m: Path(p) != data and real(p, m))
        with pytest.raises(InputError) as refused:
            _replace(NEW, output)
    finally:
        (output / "data").chmod(0o755)
    assert str(refused.value).startswith(f"{output / 'data'} is read-only")
    assert f"chmod -R u+w {output}" in str(refused.value)
    assert _tree(output) == OLD
    assert [p.name for p in output.parent.iterdir()] == ["datapackage"]


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: (p.mkdir(), (p / "notes.txt").write_text("mine")), "holds no datapackage.json"),
        (lambda p: p.write_text("a file"), "is not a directory"),
        (lambda p: p.symlink_to(p.parent / "elsewhere", target_is_directory=True), "symlink"),
    ],
    ids=["a directory of other things", "a file", "a symlink"],
)
def test_an_output_that_is_not_a_package_is_refused(
    tmp_path: Path, make: Callable[[Path], object], reason: str
):
    """`--output ~` must not replace a home directory."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "keep").write_text("kept")
    target = tmp_path / "out"
    make(target)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(InputError) as refused:
        _replace(NEW, target)
    assert reason in str(refused.value) and "\n" not in str(refused.value)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "out"]


def test_an_empty_directory_is_a_fine_output(tmp_path: Path):
    (tmp_path / "out").mkdir()
    _replace(NEW, tmp_path / "out")
    assert _tree(tmp_path / "out") == NEW


def test_a_second_build_of_the_same_package_is_refused_while_one_runs(output: Path):
    with claim(output, MARKER), pytest.raises(InputError) as refused:
        _replace(NEW, output)
    assert f"another build is writing {output}" in str(refused.value)
    assert _tree(output) == OLD
