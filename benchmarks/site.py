"""Browse-page weight and responsiveness in Chromium: the real `clinical_trials` page against
a synthetic table of the same shape with 100,000 rows (or `--rows N`), in the same run.

The site is built once (`mkdocs build`); the synthetic table is the release's trial reports
repeated under new identifiers, written beside them as `browse/synthetic.json` with a copy of
the page that loads it. For each page, headless Chromium reports:

- the bytes the page loads (HTML, the table's JSON, scripts, styles: `encodedBodySize` of the
  navigation and every resource),
- the rows in the page's HTML table (one page of rows, whatever the table's size),
- the time until the rows are shown (`data-ready`, from navigation start), and
- the time the filter takes to answer one keystroke (median of 5, measured in the page
  around the input event; the script renders synchronously).

    python benchmarks/site.py [--rows 100000]

Needs Debian's chromium and chromium-driver, and the `dev` extra (selenium, mkdocs).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # the benchmark prints its own report
        pass


def build_site(out: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, env=env)


def add_synthetic(site: Path, rows: int) -> None:
    """browse/synthetic.json (the trial reports repeated to `rows` rows) and its page."""
    data = json.loads((site / "browse" / "clinical_trials.json").read_text(encoding="utf-8"))
    real = data["rows"]
    position = data["columns"].index("id")
    synthetic = []
    for n in range(rows):
        row = list(real[n % len(real)])
        row[position] = f"CT-SYN-{n:06d}"
        synthetic.append(row)
    data |= {"rows": synthetic, "table": "synthetic"}
    (site / "browse" / "synthetic.json").write_text(json.dumps(data), encoding="utf-8")
    page = (site / "browse" / "clinical_trials" / "index.html").read_text(encoding="utf-8")
    (site / "browse" / "synthetic").mkdir(exist_ok=True)
    page = page.replace('data-src="../clinical_trials.json"', 'data-src="../synthetic.json"')
    (site / "browse" / "synthetic" / "index.html").write_text(page, encoding="utf-8")


def browser():
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    return webdriver.Chrome(
        options=options, service=webdriver.ChromeService("/usr/bin/chromedriver")
    )


def measure(driver, url: str) -> dict[str, float]:
    driver.get(url)
    deadline = time.monotonic() + 120
    while not driver.execute_script("return !!document.querySelector('[data-ready]')"):
        if time.monotonic() > deadline:
            raise TimeoutError(url)
        time.sleep(0.05)
    ready = driver.execute_script(
        "var n = performance.getEntriesByType('navigation')[0];"
        "return performance.now() - n.startTime;"
    )
    weight = driver.execute_script(
        "return performance.getEntriesByType('navigation').concat("
        "performance.getEntriesByType('resource'))"
        ".reduce(function (s, e) { return s + (e.encodedBodySize || 0); }, 0);"
    )
    keystrokes = [
        driver.execute_script(
            "var input = document.querySelector('.mscexo-filter');"
            "var t = performance.now(); input.value = arguments[0];"
            "input.dispatchEvent(new Event('input')); return performance.now() - t;",
            word,
        )
        for word in ("c", "co", "cov", "covi", "")
    ]
    rows = driver.execute_script(
        "return document.querySelectorAll('.mscexo-table tbody tr').length"
    )
    return {
        "kB": weight / 1000,
        "html_rows": rows,
        "ready_ms": ready,
        "filter_ms": statistics.median(keystrokes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        add_synthetic(site, args.rows)
        handler = functools.partial(QuietHandler, directory=str(site))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/browse"
        driver = browser()
        try:
            real = measure(driver, f"{base}/clinical_trials/")
            large = measure(driver, f"{base}/synthetic/")
        finally:
            driver.quit()
            server.shutdown()
    print(f"{'page':<28}{'kB loaded':>11}{'HTML rows':>11}{'ready ms':>10}{'filter ms':>11}")
    for name, m in (
        ("clinical_trials (release)", real),
        (f"synthetic ({args.rows:,} rows)", large),
    ):
        print(
            f"{name:<28}{m['kB']:>11.0f}{m['html_rows']:>11}{m['ready_ms']:>10.0f}"
            f"{m['filter_ms']:>11.1f}"
        )
    print(
        f"ratio synthetic/release: weight {large['kB'] / real['kB']:.0f}x, ready "
        f"{large['ready_ms'] / real['ready_ms']:.1f}x, filter "
        f"{large['filter_ms'] / max(real['filter_ms'], 0.01):.0f}x"
    )


if __name__ == "__main__":
    main()
