"""How cheap is `import mscexo`? Measured against pydantic + pyarrow in the same run.

Runs each import in fresh interpreters (median of N) and reports wall time, plus the
cumulative time that `python -X importtime` attributes to the top-level modules.

    python benchmarks/import_time.py [-n 15]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time

CASES = {
    "python (nothing)": "pass",
    "import mscexo": "import mscexo",
    "import pydantic, pyarrow": "import pydantic, pyarrow",
    "mscexo.load('clinical_trials')": "import mscexo; mscexo.load('clinical_trials')",
}


def wall(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def importtime(modules: list[str]) -> int:
    """Cumulative microseconds -X importtime reports for the named top-level modules."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import " + ", ".join(modules)],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    total = 0
    for line in err.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S+)$", line)
        if match and match.group(2) in modules:
            total += int(match.group(1))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=15)
    runs = parser.parse_args().runs
    results = {name: wall(code, runs) for name, code in CASES.items()}
    base = results["python (nothing)"]
    print(f"median of {runs} fresh interpreters ({sys.version.split()[0]})")
    for name, seconds in results.items():
        print(
            f"  {name:<34} {seconds * 1000:7.1f} ms"
            f"   (+{(seconds - base) * 1000:6.1f} ms over bare python)"
        )
    own = importtime(["mscexo"])
    heavy = importtime(["pydantic", "pyarrow"])
    print(
        f"-X importtime cumulative: mscexo {own / 1000:.1f} ms, "
        f"pydantic+pyarrow {heavy / 1000:.1f} ms (ratio {own / heavy:.2f})"
    )


if __name__ == "__main__":
    main()
