"""Slow commands run beside the tests.

The site build, the wheel, the exports, LinkML's linter and a few more commands take seconds
each, and the tests only read what they leave. A test module declares such a command with
`@beside`: a function of a directory of its own (and of `need`, which gives another
command's value) that runs it, in a process of its own. That makes a session fixture of the
same name. As soon as the tests are collected, the commands that a selected test needs start
one after the other in a thread (conftest.py), so that they run on the second core while
the tests before those that read them run on the first; nothing they do holds the
interpreter lock for long. A fixture whose command has not started yet when a test asks for
it runs it there and then.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The environment the tests started with: commands do not see what monkeypatch does to
#: os.environ in whatever test runs meanwhile.
ENVIRONMENT = dict(os.environ)

Need = Callable[[str], Any]
Command = Callable[[Path, Need], Any]

#: Every command declared with @beside: fixture name -> function.
COMMANDS: dict[str, Command] = {}
_PROCESSES: set[subprocess.Popen] = set()


@dataclass
class Ran:
    """A command's outcome, and the directory it was given for what it writes."""

    result: subprocess.CompletedProcess
    out: Path


def beside(function: Command):
    """Declare `function(out, need)` a command run beside the tests; return its session
    fixture, named as the function."""
    name = function.__name__
    assert name not in COMMANDS, f"two commands named {name}"
    COMMANDS[name] = function

    @pytest.fixture(scope="session", name=name)
    def fixture(request: pytest.FixtureRequest) -> Any:
        return request.config.stash[RUNNER].value(name)

    fixture.__doc__ = function.__doc__
    return fixture


def run(
    argv: list[str],
    out: Path,
    *,
    cwd: Path = ROOT,
    umask: int | None = None,
    timeout: float | None = None,
    **env: str | None,
) -> Ran:
    """Run `argv` (from the checkout unless `cwd` says otherwise, with the tests' starting
    environment changed by `env` (None: unset), and with `umask` if given); wait for it (at
    most `timeout` seconds: then subprocess.TimeoutExpired)."""
    environment = {k: v for k, v in {**ENVIRONMENT, **env}.items() if v is not None}
    with subprocess.Popen(
        argv,
        cwd=cwd,
        env=environment,
        umask=-1 if umask is None else umask,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
        errors="replace",
    ) as process:
        _PROCESSES.add(process)
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        finally:
            _PROCESSES.discard(process)
    return Ran(subprocess.CompletedProcess(argv, process.returncode, stdout, stderr), out)


def other_hash_seed() -> str:
    """A PYTHONHASHSEED other than this process's (random, unless the variable is a number):
    strings hash differently, so sets and their orders differ."""
    seed = ENVIRONMENT.get("PYTHONHASHSEED", "")
    return str((int(seed) + 1) % 2**32) if seed.isdigit() else "1"


class Runner:
    """The commands of one test run: each runs once, in the thread or where first needed."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="mscexo-tests-"))
        self.lock = threading.Lock()
        self.claimed: set[str] = set()
        self.done: dict[str, threading.Event] = {}
        self.values: dict[str, tuple[bool, Any]] = {}
        self.stopped = False

    def start(self, items: list[pytest.Item]) -> None:
        """Start, in a thread, the commands that the items need, in the order they need them."""
        names: list[str] = []
        for item in items:
            if not _skipped(item):
                used = getattr(item, "fixturenames", ())
                names += [name for name in used if name in COMMANDS and name not in names]

        def run_all() -> None:
            for name in names:
                if self.stopped:
                    return
                self._run(name)

        threading.Thread(target=run_all, name="beside", daemon=True).start()

    def _event(self, name: str) -> threading.Event:
        with self.lock:
            return self.done.setdefault(name, threading.Event())

    def _run(self, name: str) -> None:
        with self.lock:
            if name in self.claimed:
                return
            self.claimed.add(name)
        out = self.directory / name
        out.mkdir()
        try:
            self.values[name] = (True, COMMANDS[name](out, self.value))
        except BaseException as error:  # raised again in the test that reads it
            self.values[name] = (False, error)
        finally:
            self._event(name).set()

    def value(self, name: str) -> Any:
        """The command's value, once it is done (run here and now if not started yet)."""
        self._run(name)
        self._event(name).wait()
        ok, value = self.values[name]
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        self.stopped = True
        for process in list(_PROCESSES):
            process.kill()
        shutil.rmtree(self.directory, ignore_errors=True)


RUNNER = pytest.StashKey[Runner]()


def _skipped(item: pytest.Item) -> bool:
    """Whether a skip marker, or a skipif marker with a true condition, skips the test."""
    for mark in item.iter_markers():
        condition = mark.args[0] if mark.args else mark.kwargs.get("condition", True)
        if mark.name == "skip" or (mark.name == "skipif" and condition is True):
            return True
    return False
