"""The documentation site: it builds strictly, and in a real browser (headless Chromium) the
home page lists the tables, a browse page shows rows and filters them, and the data
dictionary shows the NCT pattern. Screenshots are kept as test artefacts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import mscexo

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(
    os.environ.get("MSCEXO_ARTIFACTS", Path(__file__).parents[1] / "build" / "screenshots")
)


@pytest.fixture(scope="module")
def built_site(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def test_site_has_a_page_per_table_and_enum(built_site: Path):
    for name in mscexo.tables():
        assert (built_site / "dictionary" / name / "index.html").is_file()
        assert (built_site / "browse" / name / "index.html").is_file()
    assert (built_site / "dictionary" / "enums" / "TrialPhaseEnum" / "index.html").is_file()
    for figure in ("trials-by-product-and-phase", "cargo-by-molecule-type"):
        assert (built_site / "figures" / f"{figure}.svg").is_file()


@pytest.fixture(scope="module")
def server(built_site: Path):
    handler = partial(SimpleHTTPRequestHandler, directory=str(built_site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver are missing: .ci/run installs them with apt")
        pytest.skip(
            "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    driver.implicitly_wait(5)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def test_home_page_lists_the_tables(browser, server):
    browser.get(server + "/")
    text = browser.find_element("tag name", "article").text
    for name in mscexo.tables():
        assert name in text
    assert "pip install mscexo" in text
    browser.save_screenshot(str(ARTIFACTS / "home.png"))


def test_browse_page_shows_rows_and_filters_them(browser, server):
    by = pytest.importorskip("selenium.webdriver.common.by").By
    browser.get(server + "/browse/clinical_trials/")
    rows = browser.find_elements(by.CSS_SELECTOR, ".mscexo-table tbody tr")
    total = mscexo.load("clinical_trials").num_rows
    assert len(rows) == total
    count = browser.find_element(by.CSS_SELECTOR, ".mscexo-count")
    assert count.text == f"Showing {total} of {total} rows"
    browser.find_element(by.CSS_SELECTOR, ".mscexo-filter").send_keys("NCT04491240")
    visible = [r for r in rows if r.is_displayed()]
    assert len(visible) == 1 and "NCT04491240" in visible[0].text
    assert count.text == f"Showing 1 of {total} rows"
    links = visible[0].find_elements(by.LINK_TEXT, "NCT04491240")
    hrefs = {link.get_attribute("href") for link in links}
    # the registry number resolves at ClinicalTrials.gov; trial_id links to the trial entity
    assert "https://clinicaltrials.gov/study/NCT04491240" in hrefs
    assert any(h.endswith("browse/trials/#NCT04491240") for h in hrefs)
    browser.save_screenshot(str(ARTIFACTS / "browse-clinical-trials.png"))


def test_dictionary_page_shows_the_nct_pattern(browser, server):
    browser.get(server + "/dictionary/clinical_trials/")
    text = browser.find_element("tag name", "article").text
    assert "^NCT[0-9]{8}$" in text and "nct_id" in text
    browser.save_screenshot(str(ARTIFACTS / "dictionary-clinical-trials.png"))
