"""Run a command from a small launcher process and measure it there: a child forked from the
test process would count the test process's memory (Linux carries the peak over the fork), so
the peak memory of `mscexo` is measured from a process that holds almost nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: argv: stdout path, stderr path, seconds before the command counts as hung, the command.
#: Prints [exit code, CPU seconds, peak KB], or null if it hung and was killed.
LAUNCHER = """
import json, os, subprocess, sys, time
out, err, hang, *command = sys.argv[1:]
with open(out, "wb") as o, open(err, "wb") as e:
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=o, stderr=e)
deadline = time.monotonic() + float(hang)
while True:
    pid, status, usage = os.wait4(process.pid, os.WNOHANG)
    if pid:
        cpu = usage.ru_utime + usage.ru_stime
        print(json.dumps([os.waitstatus_to_exitcode(status), cpu, usage.ru_maxrss]))
        break
    if time.monotonic() > deadline:
        process.kill()
        os.wait4(process.pid, 0)
        print("null")
        break
    time.sleep(0.02)
"""


def launched(
    command: list[str],
    out: Path,
    err: Path,
    hang: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> tuple[int, float, float] | None:
    """Exit code, CPU seconds and peak MB of `command` (stdout and stderr to files), or None
    when it ran longer than `hang` seconds and was killed."""
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(out), str(err), str(hang), *command],
        capture_output=True,
        text=True,
        timeout=hang + 30,
        check=True,
        env=env,
        cwd=cwd,
    )
    measured = json.loads(result.stdout)
    if measured is None:
        return None
    code, cpu, peak_kb = measured
    return code, cpu, peak_kb / 1024


def run_measured(
    command: list[str],
    timeout: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> tuple[subprocess.CompletedProcess, float]:
    """`command` as `subprocess.run(..., capture_output=True, text=True)` would run it, with
    its own peak memory in MB (from the launcher); TimeoutExpired when it hangs."""
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        out, err = Path(directory) / "out", Path(directory) / "err"
        measured = launched(command, out, err, timeout, env=env, cwd=cwd)
        if measured is None:
            raise subprocess.TimeoutExpired(command, timeout)
        code, _, peak_mb = measured
        done = subprocess.CompletedProcess(
            command,
            code,
            out.read_bytes().decode("utf-8", "replace"),
            err.read_bytes().decode("utf-8", "replace"),
        )
        return done, peak_mb
