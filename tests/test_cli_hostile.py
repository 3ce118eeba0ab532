"""Hostile inputs and faults at the command line: every one ends with exit 1 (invalid data) or 2
(the input or output cannot be used), one line naming the file and what to do, and never a
traceback (issue 14, items 5 to 8).

- operating-system errors on inputs and outputs (permission denied, no space left, I/O error,
  a loop of symbolic links, a name too long, a directory, a NUL byte), and Ctrl-C;
- malformed packages given to `diff`, `validate --release` and `info`, and contributed
  packages with a Table Dialect or a resource list that cannot be used;
- nothing is read outside the input: a symlinked input or resource that leads out of its
  directory is refused;
- outputs are never written through a symbolic link nor over a device or FIFO, and are
  created with the mode of any new file;
- text output escapes the control characters of every name, identifier, path and value.

Commands run as a user runs them (a subprocess, at most 5 s, peak memory under 500 MB) where
the condition is real; a condition that cannot be made for real (permission denied as root,
a full disk, an I/O error) is injected in-process by making the system call fail.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from launch import run_measured

from mscexo.cli import main
from mscexo.errors import printable

ROOT = Path(__file__).resolve().parents[1]
VALID = ROOT / "tests" / "data" / "contributions" / "valid"
TRIALS = VALID / "clinical_trials.csv"
RELEASE = ROOT / "datapackage"
#: Peak memory any command here may use.
MAX_RSS_BYTES = 500 * 2**20
#: Characters a terminal acts on; none may reach it raw from the text output.
RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\x00", "\u202e")


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command as a user runs it: at most 5 s, no traceback, bounded memory."""
    env = {k: v for k, v in os.environ.items() if k not in ("MSCEXO_DOCUMENTS", "MSCEXO_DEBUG")}
    command = [sys.executable, "-m", "mscexo.cli", *map(str, args)]
    result, peak_mb = run_measured(command, 5, env, cwd)
    assert "Traceback" not in result.stderr, result.stderr
    assert peak_mb * 2**20 < MAX_RSS_BYTES
    return result


def _one_line(text: str) -> str:
    """The single line of an error message."""
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def _main(capsys: pytest.CaptureFixture, *args: str | Path) -> tuple[int, str, str]:
    """The command in-process (for injected faults): exit code, stdout, stderr."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _fail_on(
    monkeypatch: pytest.MonkeyPatch, target: Path, number: int, filename: bool = True
) -> None:
    """Make every open of `target` fail with the OSError `number`, as the system would
    (`filename`: whether the error names the file, as open() does; a failed read does not)."""
    error = OSError(number, os.strerror(number), *([str(target)] if filename else []))
    real_os_open, real_io_open = os.open, io.open

    def hit(path: object) -> bool:
        return isinstance(path, str | os.PathLike) and Path(path).absolute() == target.absolute()

    def os_open(path, *args, **kwargs):
        if hit(path):
            raise error
        return real_os_open(path, *args, **kwargs)

    def io_open(path, *args, **kwargs):
        if hit(path):
            raise error
        return real_io_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(io, "open", io_open)
    monkeypatch.setattr(builtins, "open", io_open)


def _package(directory: Path, resources: list, files: dict[str, str | bytes] | None = None) -> Path:
    """A data package: a descriptor listing `resources`, and its data files."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "datapackage.json").write_text(json.dumps({"resources": resources}))
    for name, content in (files or {}).items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (directory / name).write_bytes(data)
    return directory


def _small_release(tmp_path: Path) -> Path:
    """A small valid package to compare against: the released cargo table."""
    cargo = (RELEASE / "data" / "cargo.csv").read_text(encoding="utf-8")
    return _package(
        tmp_path / "old", [{"name": "cargo", "path": "cargo.csv"}], {"cargo.csv": cargo}
    )


# ----- operating-system errors on inputs ----------------------------------------------------


def test_an_unreadable_input_exits_2_naming_it(tmp_path: Path, capsys, monkeypatch):
    path = tmp_path / "clinical_trials.csv"
    shutil.copy(TRIALS, path)
    if os.geteuid() == 0:  # root reads any file: make the system refuse, in-process
        _fail_on(monkeypatch, path, errno.EACCES)
    else:
        path.chmod(0)
    code, out, err = _main(capsys, "validate", path)
    assert code == 2 and out == ""
    line = _one_line(err)
    assert str(path) in line and "permission denied" in line


def test_an_io_error_while_reading_names_the_input(tmp_path: Path, capsys, monkeypatch):
    """EIO from a read names no file: the command names its input."""
    path = tmp_path / "clinical_trials.csv"
    shutil.copy(TRIALS, path)
    _fail_on(monkeypatch, path, errno.EIO, filename=False)
    code, _, err = _main(capsys, "validate", path)
    assert code == 2
    line = _one_line(err)
    assert str(path) in line and "input/output error" in line and "copy the file" in line


def test_a_loop_of_symbolic_links_exits_2(tmp_path: Path):
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    result = _run("validate", tmp_path / "a.csv", "--table", "clinical_trials")
    assert result.returncode == 2
    assert "too many levels of symbolic links" in _one_line(result.stderr)


def test_a_name_too_long_exits_2(tmp_path: Path):
    result = _run("validate", tmp_path / ("x" * 300 + ".csv"))
    assert result.returncode == 2
    assert "file name too long" in _one_line(result.stderr)


def test_a_nul_byte_in_a_path_exits_2(capsys):
    """A path with NUL cannot come from a shell, but can from a script calling main()."""
    with pytest.raises(SystemExit) as exit:
        main(["validate", "clinical\0trials.csv"])
    assert exit.value.code == 2
    assert "NUL byte" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit:
        main(["template", "cargo", "-o", "out\0.csv"])
    assert exit.value.code == 2


def test_a_fifo_as_input_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "clinical_trials.csv"
    os.mkfifo(fifo)
    result = _run("validate", fifo)  # a reader would block forever
    assert result.returncode == 2
    assert "not a regular file" in _one_line(result.stderr)


def test_a_directory_without_a_package_exits_2(tmp_path: Path):
    result = _run("validate", tmp_path)
    assert result.returncode == 2
    assert "no datapackage.json" in _one_line(result.stderr)


def test_ctrl_c_exits_130_in_one_line(tmp_path: Path):
    """A real SIGINT in the middle of a validation: exit 130 (128 + SIGINT), one line."""
    script = (
        "import os, signal, sys, time\n"
        "import mscexo.contribution.validation as validation\n"
        "def interrupted(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(4)\n"
        "validation.validate_path = interrupted\n"
        "from mscexo.cli import main\n"
        f"sys.exit(main(['validate', {str(TRIALS)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=5
    )
    assert result.returncode == 130
    assert "Traceback" not in result.stderr and "KeyboardInterrupt" not in result.stderr
    assert "interrupted" in _one_line(result.stderr)


def test_an_unexpected_error_is_one_line_and_a_bug_report(capsys, monkeypatch):
    """The last line of defence: an exception no handler expects is still one line."""
    import mscexo.contribution.validation as validation

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody expected\nsecond line")

    monkeypatch.setattr(validation, "validate_path", broken)
    monkeypatch.delenv("MSCEXO_DEBUG", raising=False)
    code, _, err = _main(capsys, "validate", TRIALS)
    assert code == 2
    line = _one_line(err)
    assert "RuntimeError: something nobody expected" in line and "bug" in line
    monkeypatch.setenv("MSCEXO_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["validate", str(TRIALS)])


def test_an_unreadable_curation_file_stops_the_build_with_exit_2(
    root: Path, example_curation: Path, tmp_path: Path, capsys, monkeypatch
):
    path = example_curation / "examples.yaml"
    _fail_on(monkeypatch, path, errno.EACCES)
    code, _, err = _main(
        capsys,
        "build",
        "--root",
        root,
        "--curation",
        example_curation,
        "--output",
        tmp_path / "out",
    )
    assert code == 2
    line = _one_line(err)
    assert str(path) in line and "permission denied" in line.lower()
    assert not (tmp_path / "out").exists()


def test_a_full_disk_stops_the_build_with_exit_2(
    root: Path, example_curation: Path, tmp_path: Path, capsys, monkeypatch
):
    """The package writer fails with ENOSPC (a failed write names no file): the build names
    its output."""
    import mscexo.curation.build as build

    def full(files, output):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(build, "replace_directory", full)
    output = tmp_path / "out"
    code, _, err = _main(
        capsys, "build", "--root", root, "--curation", example_curation, "--output", output
    )
    assert code == 2
    line = _one_line(err)
    assert str(output) in line and "no space left on device" in line


# ----- outputs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["template", "clinical_trials"], ["export", "--format", "xlsx"]]
)
def test_a_directory_as_output_exits_2(tmp_path: Path, command: list[str]):
    result = _run(*command, "-o", tmp_path)
    assert result.returncode == 2
    assert "is a directory" in _one_line(result.stderr)
    assert tmp_path.is_dir()


@pytest.mark.parametrize(
    "command", [["template", "clinical_trials"], ["export", "--format", "sqlite"]]
)
def test_an_unwritable_directory_exits_2(tmp_path: Path, capsys, monkeypatch, command):
    directory = tmp_path / "locked"
    directory.mkdir()
    output = directory / "out.csv"
    if os.geteuid() == 0:  # root writes anywhere: make the system refuse, in-process
        real_mkdir = os.mkdir

        def mkdir(path, *args, **kwargs):
            if Path(path).parent == directory:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_mkdir(path, *args, **kwargs)

        monkeypatch.setattr(os, "mkdir", mkdir)
    else:
        directory.chmod(0o555)
    code, _, err = _main(capsys, *command, "-o", output)
    directory.chmod(0o755)
    assert code == 2
    line = _one_line(err)
    assert str(output) in line and "permission denied" in line
    assert list(directory.iterdir()) == []


def test_an_output_in_a_missing_directory_exits_2(tmp_path: Path):
    result = _run("template", "clinical_trials", "-o", tmp_path / "no" / "such" / "out.csv")
    assert result.returncode == 2
    assert "no such directory" in _one_line(result.stderr)


def test_a_full_disk_leaves_no_output_and_no_staging(tmp_path: Path, capsys, monkeypatch):
    """ENOSPC while writing (the error names no file): exit 2 naming the output; the old
    file is kept and the staging directory removed."""
    output = tmp_path / "clinical_trials.csv"
    output.write_text("previous\n")

    def full(self, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", full)
    code, _, err = _main(capsys, "template", "clinical_trials", "-o", output)
    assert code == 2
    line = _one_line(err)
    assert str(output) in line and "no space left on device" in line
    assert output.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == [output.name]


def test_an_output_name_too_long_exits_2_and_a_long_one_is_written(tmp_path: Path):
    result = _run("template", "cargo", "-o", tmp_path / ("x" * 300 + ".csv"))
    assert result.returncode == 2
    assert "file name too long" in _one_line(result.stderr)
    # 250 characters fit in a file name; the staging directory's name is cut to fit
    long = tmp_path / ("y" * 250 + ".csv")
    assert _run("template", "cargo", "-o", long).returncode == 0
    assert long.read_text(encoding="utf-8").startswith("id,")


@pytest.mark.parametrize(
    "command", [["template", "clinical_trials"], ["export", "--format", "sqlite"]]
)
def test_an_output_symlink_is_refused_not_replaced(tmp_path: Path, command: list[str]):
    """`-o LINK` would replace the link (as root, `-o /dev/stdout` the system's)."""
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me\n")
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    result = _run(*command, "-o", link)
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert str(link) in line and "symbolic link" in line
    assert link.is_symlink() and target.read_text() == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.txt", "out.csv"]


def test_a_link_in_dev_suggests_standard_output(tmp_path: Path, capsys):
    """`-o /dev/stdout` is a symbolic link on Linux: refused, with the way to stdout. Only
    checked, never attempted for real: a bug would replace the system's link as root."""
    from mscexo.errors import InputError
    from mscexo.files.atomic import check_output

    if not os.path.islink("/dev/stdout"):
        pytest.skip("/dev/stdout is not a symbolic link here")
    with pytest.raises(InputError, match="leave out -o"):
        check_output(Path("/dev/stdout"))
    assert os.path.islink("/dev/stdout")


def test_a_fifo_output_is_refused(tmp_path: Path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    result = _run("template", "clinical_trials", "-o", fifo)
    assert result.returncode == 2
    assert "not a regular file" in _one_line(result.stderr)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_outputs_get_the_mode_of_any_new_file(tmp_path: Path):
    """Not the 0600 of a temporary file: the umask of the user decides, as for any file."""
    umask = os.umask(0o022)
    os.umask(umask)
    for name in ("new.csv", "new.xlsx"):
        assert _run("template", "cargo", "-o", tmp_path / name).returncode == 0
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask
    replaced = tmp_path / "new.csv"
    replaced.chmod(0o600)
    assert _run("template", "cargo", "-o", replaced).returncode == 0
    assert stat.S_IMODE(replaced.stat().st_mode) == 0o666 & ~umask


# ----- reading outside the input ------------------------------------------------------------


@pytest.mark.parametrize("name", ["clinical_trials.csv", "clinical_trials.json"])
def test_a_symlinked_input_out_of_its_directory_is_refused(tmp_path: Path, name: str):
    """Lines of /etc/passwd once appeared in the report as column names and values."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "netrc").write_text("machine example.org login me password hunter2\n")
    contribution = tmp_path / "contribution"
    contribution.mkdir()
    (contribution / name).symlink_to(secret / "netrc")
    for fmt in ("text", "json"):
        result = _run("validate", contribution / name, "--format", fmt)
        assert result.returncode == 2
        assert "leads out of its directory" in _one_line(result.stderr)
        assert "hunter2" not in result.stdout + result.stderr


def test_a_symlink_beside_the_input_is_followed(tmp_path: Path):
    shutil.copy(TRIALS, tmp_path / "trials-2024.csv")
    (tmp_path / "clinical_trials.csv").symlink_to("trials-2024.csv")
    assert _run("validate", tmp_path / "clinical_trials.csv").returncode == 0


def test_a_linked_package_directory_is_followed(tmp_path: Path):
    """A release kept elsewhere and linked to is the user's choice, unlike a linked file."""
    (tmp_path / "release").symlink_to(_small_release(tmp_path), target_is_directory=True)
    result = _run("diff", tmp_path / "release", tmp_path / "old")
    assert result.returncode == 0 and "no differences" in result.stdout


def test_a_symlinked_descriptor_out_of_its_directory_is_refused(tmp_path: Path):
    elsewhere = _package(tmp_path / "elsewhere", [{"name": "cargo", "path": "cargo.csv"}])
    package = tmp_path / "package"
    package.mkdir()
    (package / "datapackage.json").symlink_to(elsewhere / "datapackage.json")
    for args in (["validate", package], ["diff", _small_release(tmp_path), package]):
        result = _run(*args)
        assert result.returncode == 2
        assert "leads out of its directory" in _one_line(result.stderr)


# ----- malformed packages given to diff, validate --release and info ------------------------

#: name -> (resources of the package, its files, what the one-line reason says). The table is
#: clinical_trials, so that `validate --release` reads it for the contribution.
MALFORMED: dict[str, tuple[list | str | bytes, dict[str, str | bytes], str]] = {
    "no schema": (
        [{"name": "clinical_trials", "path": "t.csv", "schema": None}],
        {"t.csv": "nct_id\nNCT1\n"},
        "no column 'id'",
    ),
    "schema is text": (
        [{"name": "clinical_trials", "path": "t.csv", "schema": "see the docs"}],
        {"t.csv": "id\nCT-1\n"},
        "schema is not a JSON object",
    ),
    "primary key is an object": (
        [{"name": "clinical_trials", "path": "t.csv", "schema": {"primaryKey": {"a": 1}}}],
        {"t.csv": "id\nCT-1\n"},
        "primaryKey is not a field name",
    ),
    "no primary-key column": (
        [{"name": "clinical_trials", "path": "t.csv", "schema": {"primaryKey": ["code"]}}],
        {"t.csv": "id\nCT-1\n"},
        "no column 'code'",
    ),
    "bad UTF-8 in a table": (
        [{"name": "clinical_trials", "path": "t.csv"}],
        {"t.csv": b"id,title\nCT-\xff\xfe,x\n"},
        "cannot be read as CSV",
    ),
    "an oversized field": (
        [{"name": "clinical_trials", "path": "t.csv"}],
        {"t.csv": "id,title\nCT-1," + "a" * 200_000 + "\n"},
        "cannot be read as CSV",
    ),
    "a ragged row": (
        [{"name": "clinical_trials", "path": "t.csv"}],
        {"t.csv": "id,title\nCT-1\nCT-2,b,c\n"},
        "one cell per column",
    ),
    "bad JSON": ("{", {}, "not valid JSON"),
    "bad UTF-8 in the descriptor": (b'{"resources": "\xff"}', {}, "not valid JSON"),
    "a resource of ../../etc/passwd": (
        [{"name": "clinical_trials", "path": "../../../../../../../../etc/passwd"}],
        {},
        "leaves the package directory",
    ),
    "a resource symlinked to /etc/passwd": (
        [{"name": "clinical_trials", "path": "t.csv"}],
        {},  # the symlink is made by the test
        "symlink that leads out of the package directory",
    ),
    "a NUL byte in a resource path": (
        [{"name": "clinical_trials", "path": "t\0.csv"}],
        {},
        "NUL byte",
    ),
    "a directory as a resource": (
        [{"name": "clinical_trials", "path": "data"}],
        {"data/x.csv": "id\n"},
        "is not a regular file",
    ),
    "100,000 resources": (
        [{"name": "clinical_trials", "path": "t.csv"}] * 100_000,
        {"t.csv": "id\nCT-1\n"},
        "lists 100,000 resources (at most 100)",
    ),
}


def _malformed(tmp_path: Path, case: str) -> Path:
    resources, files, _ = MALFORMED[case]
    package = _package(tmp_path / "new", [], files)
    descriptor = package / "datapackage.json"
    if isinstance(resources, bytes):
        descriptor.write_bytes(resources)
    elif isinstance(resources, str):
        descriptor.write_text(resources)
    else:
        descriptor.write_text(json.dumps({"resources": resources}))
    if case == "a resource symlinked to /etc/passwd":
        (package / "t.csv").symlink_to("/etc/passwd")
    return package


@pytest.mark.parametrize("case", list(MALFORMED))
def test_diff_refuses_a_malformed_package_in_one_line(tmp_path: Path, case: str):
    package = _malformed(tmp_path, case)
    for old, new in ((_small_release(tmp_path), package), (package, RELEASE)):
        result = _run("diff", old, new)
        assert result.returncode == 2, result.stdout
        line = _one_line(result.stderr)
        assert MALFORMED[case][2] in line and str(package) in line
        assert "root:" not in result.stdout  # no line of /etc/passwd as an "added" record


#: Malformed releases that `validate --release` reads (the others name no key or column it
#: uses: the contract, not the release, gives the table's key).
RELEASE_CASES = [
    "schema is text",
    "bad UTF-8 in a table",
    "a ragged row",
    "bad JSON",
    "bad UTF-8 in the descriptor",
    "a resource of ../../etc/passwd",
    "a resource symlinked to /etc/passwd",
    "a NUL byte in a resource path",
    "a directory as a resource",
    "100,000 resources",
]


@pytest.mark.parametrize("case", RELEASE_CASES)
def test_validate_refuses_a_malformed_release_in_one_line(tmp_path: Path, case: str):
    package = _malformed(tmp_path, case)
    result = _run("validate", TRIALS, "--release", package)
    assert result.returncode == 2, result.stdout
    line = _one_line(result.stderr)
    assert str(package) in line and "root:" not in result.stdout


def test_a_csv_file_is_no_package(tmp_path: Path):
    for args in (
        ["diff", RELEASE / "data" / "cargo.csv", RELEASE],
        ["validate", TRIALS, "--release", RELEASE / "data" / "cargo.csv"],
        ["info", "--package", RELEASE / "data" / "cargo.csv"],
    ):
        result = _run(*args)
        assert result.returncode == 2
        assert "is not a usable datapackage.json: not valid JSON" in _one_line(result.stderr)


def test_info_on_a_minimal_or_damaged_package(tmp_path: Path):
    """No name, version or creation date is fine; a Parquet copy that is not Parquet, or a
    Parquet entry that is no object, is a one-line refusal."""
    minimal = _package(
        tmp_path / "minimal", [{"name": "cargo", "path": "c.csv"}], {"c.csv": "id\nx\n"}
    )
    result = _run("info", "--package", minimal)
    assert result.returncode == 0, result.stderr
    assert "cargo" in result.stdout
    for entry, reason in (
        ({"path": "c.csv"}, "cannot be read as Parquet"),
        ("c.parquet", "one file name"),
    ):
        damaged = _package(
            tmp_path / f"damaged-{reason[:3]}",
            [{"name": "cargo", "path": "c.csv", "mscexo:parquet": entry}],
            {"c.csv": "id\nx\n"},
        )
        result = _run("info", "--package", damaged)
        assert result.returncode == 2
        assert reason in _one_line(result.stderr)


# ----- contributed packages: Table Dialects and resource lists ------------------------------


@pytest.mark.parametrize(
    "dialect",
    [
        "semicolon.json",
        "https://example.org/dialect.json",
        {"delimiter": ";;"},
        5,
        {"delimiter": '"'},
        {"delimiter": 5},
    ],
    ids=["text", "url", "two characters", "a number", "a quote", "delimiter 5"],
)
def test_a_dialect_that_cannot_be_used_is_a_problem(tmp_path: Path, dialect):
    package = _package(
        tmp_path / "contribution",
        [{"name": "clinical_trials", "path": "clinical_trials.csv", "dialect": dialect}],
        {"clinical_trials.csv": TRIALS.read_text(encoding="utf-8")},
    )
    result = _run("validate", package, "--format", "json")
    assert result.returncode == 1, result.stderr
    [problem] = json.loads(result.stdout)["problems"]
    assert problem["code"] == "dialect" and problem["field"] == "dialect"
    assert problem["file"] == str(package / "datapackage.json")


def test_a_usable_dialect_is_followed(tmp_path: Path):
    text = TRIALS.read_text(encoding="utf-8")
    import csv

    rows = list(csv.reader(io.StringIO(text)))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="|", lineterminator="\n").writerows(rows)
    package = _package(
        tmp_path / "contribution",
        [{"name": "clinical_trials", "path": "t.txt", "dialect": {"delimiter": "|"}}],
        {"t.txt": buffer.getvalue()},
    )
    assert _run("validate", package).returncode == 0


def test_a_descriptor_listing_too_many_resources_is_refused_before_reading(tmp_path: Path):
    """100,000 resources once took about 10 ms each; none is read now."""
    package = _malformed(tmp_path, "100,000 resources")
    result = _run("validate", package, "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [p["code"] for p in report["problems"]] == ["too-many-resources"]
    assert report["rows"] == {}


# ----- terminal injection -------------------------------------------------------------------

#: Clears the screen, prints a green VALID, and rings the bell; then a fake verdict line.
ATTACK = "\x1b[2J\x1b[H\x1b[32mVALID\x1b[0m\x07\u202e\x9b"


def _no_raw_controls(text: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, repr(text)


def test_escape_sequences_in_a_header_id_value_and_path_are_escaped(tmp_path: Path):
    header, row = TRIALS.read_text(encoding="utf-8").splitlines()[:2]
    directory = tmp_path / f"dir{ATTACK}"
    directory.mkdir()
    path = directory / "clinical_trials.csv"
    # an unknown column, an identifier and a value (in a quoted cell, with a newline)
    path.write_text(
        f'{header},"extra{ATTACK}"\n'
        + row.replace("CT-TEST-001", f'"CT-{ATTACK}\nVALID: 0 error(s)"', 1)
        + f',"{ATTACK}"\n',
        encoding="utf-8",
    )
    result = _run("validate", path)
    assert result.returncode == 1
    _no_raw_controls(result.stdout + result.stderr)
    assert "\\x1b[2J" in result.stdout and "\\u202e" in result.stdout
    assert str(directory.name).replace("\x1b", "\\x1b")[:8] in result.stdout
    # the verdict is the last line, and the only one that starts with VALID or INVALID
    verdicts = [
        line for line in result.stdout.splitlines() if line.startswith(("VALID", "INVALID"))
    ]
    assert len(verdicts) == 1 and verdicts[0].startswith("INVALID")
    # JSON keeps the values as they are (JSON escapes the C0 controls itself)
    report = json.loads(_run("validate", path, "--format", "json").stdout)
    assert any(
        ATTACK in str(p.get("value", "")) + str(p.get("field", "")) for p in report["problems"]
    )


def test_an_error_naming_a_hostile_path_is_escaped(tmp_path: Path):
    result = _run("validate", tmp_path / f"missing{ATTACK}.csv")
    assert result.returncode == 2
    _no_raw_controls(result.stderr)
    assert "missing\\x1b[2J" in _one_line(result.stderr)


def test_diff_escapes_identifiers_and_values(tmp_path: Path):
    old = _small_release(tmp_path)
    header, row = (old / "cargo.csv").read_text(encoding="utf-8").splitlines()[:2]
    identifier = row.split(",")[0]
    hostile = '"CG-' + ATTACK + '\nfake line"'
    new = _package(
        tmp_path / "new",
        [{"name": "cargo", "path": "cargo.csv"}],
        {"cargo.csv": f"{header}\n{row.replace(identifier, hostile, 1)}\n"},
    )
    result = _run("diff", old, new)
    assert result.returncode == 0
    _no_raw_controls(result.stdout)
    assert "+ CG-\\x1b[2J" in result.stdout and "\\x0afake line" in result.stdout


def test_printable_escapes_controls_and_keeps_unicode():
    assert printable("a\x1b[2Jb\x07\x00\x7f\x9b\u202e") == "a\\x1b[2Jb\\x07\\x00\\x7f\\x9b\\u202e"
    assert printable("line\nnext\ttab") == "line\\x0anext\\x09tab"
    assert printable("line\nnext", keep="\n") == "line\nnext"
    assert printable("Zellen – µg/ml, 細胞, café 😀") == "Zellen – µg/ml, 細胞, café 😀"


def test_a_problem_escapes_every_part_it_shows():
    from mscexo.errors import Problem

    problem = Problem(
        code="enum",
        message=f"not allowed: {ATTACK}",
        file=f"f{ATTACK}.csv",
        row=2,
        table="cargo",
        record_id=f"CG-{ATTACK}\nVALID",
        field=f"name{ATTACK}",
        value=ATTACK,
        hint=f"hint {ATTACK}",
    )
    text = str(problem)
    _no_raw_controls(text)
    assert text.count("\n") == 1  # the hint's line, and no other
    assert problem.to_dict()["record_id"] == f"CG-{ATTACK}\nVALID"  # JSON keeps it
