"""Writing a template (or an export) atomically, with the mode of any new file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mscexo.files.atomic import staged, write_file


@pytest.mark.parametrize("umask", [0o002, 0o022, 0o027, 0o077], ids=oct)
def test_write_file_gives_the_mode_of_a_new_file(tmp_path: Path, umask: int):
    previous = os.umask(umask)
    try:
        write_file(tmp_path / "cargo.csv", b"id\n")
        ordinary = tmp_path / "ordinary"
        ordinary.write_bytes(b"")
    finally:
        os.umask(previous)
    mode = stat.S_IMODE((tmp_path / "cargo.csv").stat().st_mode)
    assert mode == 0o666 & ~umask == stat.S_IMODE(ordinary.stat().st_mode)
    assert (tmp_path / "cargo.csv").read_bytes() == b"id\n"


def test_write_file_does_not_touch_the_umask(tmp_path: Path, monkeypatch):
    """Setting the umask to read it would change it for a moment for every thread."""

    def umask(mask: int) -> int:
        raise AssertionError("os.umask called")

    monkeypatch.setattr(os, "umask", umask)
    write_file(tmp_path / "cargo.csv", b"id\n")
    assert (tmp_path / "cargo.csv").read_bytes() == b"id\n"


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path: Path):
    target = tmp_path / "release.sqlite"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), staged(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["release.sqlite"]
