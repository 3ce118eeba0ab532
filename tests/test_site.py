"""The documentation site: it builds strictly, and in a real browser (headless Chromium) the
home page lists the tables, a browse page filters by text and facets and downloads what it
shows, entity and record pages link both ways, nothing loads from another host, axe finds no
serious accessibility problem, and the data dictionary shows the NCT pattern. Screenshots are
kept as test artefacts (build/screenshots)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from beside import Ran, beside, run

import mscexo
from mscexo.publish import records

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(
    os.environ.get("MSCEXO_ARTIFACTS", Path(__file__).parents[1] / "build" / "screenshots")
)


@beside
def mkdocs_site(out: Path, need) -> Ran:
    """`mkdocs build --strict` of the checkout (run beside the tests: beside.py)."""
    argv = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)]
    return run(argv, out, NO_MKDOCS_2_WARNING="1")


@pytest.fixture(scope="module")
def built_site(mkdocs_site: Ran) -> Path:
    """The site as `mkdocs build --strict` writes it."""
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    assert mkdocs_site.result.returncode == 0, mkdocs_site.result.stderr[-3000:]
    return mkdocs_site.out


def test_site_has_a_page_per_table_and_enum(built_site: Path):
    for name in mscexo.tables():
        assert (built_site / "dictionary" / name / "index.html").is_file()
        assert (built_site / "browse" / name / "index.html").is_file()
    assert (built_site / "dictionary" / "enums" / "TrialPhaseEnum" / "index.html").is_file()
    for figure in ("trials-by-product-and-phase", "cargo-by-molecule-type"):
        assert (built_site / "figures" / f"{figure}.svg").is_file()
    # one page per record, at records/<table>/<id>/
    for name in mscexo.tables():
        for identifier in mscexo.load(name).column("id").to_pylist()[:5]:
            path = built_site / "records" / name / records.slug(identifier) / "index.html"
            assert path.is_file(), path


def test_dictionary_links_the_schema_and_every_generated_artefact(built_site: Path):
    """The schema, the JSON Schema, the Table Schemas, OWL, SHACL, ShEx, SQL DDL and JSON-LD
    context are on the site as the repository holds them, and the dictionary links each."""
    from mscexo.datamodel import generate

    page = (built_site / "dictionary" / "index.html").read_text(encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    for path in (generate.SCHEMA, *generate.ARTEFACTS):
        assert (built_site / path).read_bytes() == (root / path).read_bytes()
        assert f'href="../{path.as_posix()}"' in page
    assert "gen-graphql" in page and "gen-typescript" in page  # left out, and why


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


def _wait(browser, condition, timeout: float = 10):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(lambda driver: condition(driver))


def _open_browse(browser, server, table: str, query: str = ""):
    by = pytest.importorskip("selenium.webdriver.common.by").By
    browser.get(f"{server}/browse/{table}/{query}")
    _wait(browser, lambda d: d.find_element(by.CSS_SELECTOR, ".mscexo-browse[data-ready]"))
    return by


def _count(browser) -> str:
    return browser.find_element("css selector", ".mscexo-count").text


def test_browse_page_shows_rows_and_filters_them(browser, server):
    by = _open_browse(browser, server, "clinical_trials")
    total = mscexo.load("clinical_trials").num_rows
    rows = browser.find_elements(by.CSS_SELECTOR, ".mscexo-table tbody tr")
    assert len(rows) == min(total, 50)
    assert (
        _count(browser) == f"Showing 1–{min(total, 50)} of {total} matching rows ({total} in all)"
    )
    browser.find_element(by.CSS_SELECTOR, ".mscexo-filter").send_keys("NCT04491240")
    _wait(browser, lambda d: "of 1 matching" in _count(d))
    (row,) = browser.find_elements(by.CSS_SELECTOR, ".mscexo-table tbody tr")
    assert "CT-SCI21-001" in row.text
    # the compact row names the trial entity; opening it shows every field, with resolvers
    trial = row.find_element(by.LINK_TEXT, "inhaled MSC-derived exosomes for COVID-19")
    assert trial.get_attribute("href").endswith("/records/trials/NCT04491240/")
    row.find_element(by.CSS_SELECTOR, ".mscexo-toggle").click()
    details = browser.find_element(by.CSS_SELECTOR, ".mscexo-detail-row")
    link = details.find_element(by.LINK_TEXT, "NCT04491240")
    assert link.get_attribute("href") == "https://clinicaltrials.gov/study/NCT04491240"
    assert "q=NCT04491240" in browser.current_url
    browser.save_screenshot(str(ARTIFACTS / "browse-clinical-trials.png"))


def test_a_facet_combines_with_the_filter_and_is_kept_in_the_address(browser, server):
    by = _open_browse(browser, server, "clinical_trials")
    reports = mscexo.load("clinical_trials").to_pylist()
    expected = sum(1 for r in reports if r["phase"] == "phase1")
    select = pytest.importorskip("selenium.webdriver.support.select").Select
    select(browser.find_element(by.ID, "facet-phase")).select_by_value("phase1")
    _wait(browser, lambda d: f"of {expected} matching" in _count(d))
    assert "phase=phase1" in browser.current_url
    # the other facets count within the selection
    options = [o.text for o in browser.find_elements(by.CSS_SELECTOR, "#facet-route option")]
    routes = {r["route"] for r in reports if r["phase"] == "phase1"}
    assert len(options) == 1 + len(routes)
    browser.save_screenshot(str(ARTIFACTS / "browse-facet.png"))
    # the shared address opens the same view; the text filter narrows it further
    _open_browse(browser, server, "clinical_trials", "?phase=phase1&q=COVID")
    both = sum(1 for r in reports if r["phase"] == "phase1" and "COVID" in str(r.values()))
    assert f"of {both} matching" in _count(browser)


def test_the_visible_rows_download_as_csv(browser, server):
    by = _open_browse(browser, server, "clinical_trials", "?clinical_study_type=case_series")
    browser.execute_script(
        "URL.createObjectURL = function (blob) { window.csvBlob = blob; return '#'; };"
    )
    browser.find_element(by.CSS_SELECTOR, ".mscexo-download").click()
    text = browser.execute_async_script(
        "var done = arguments[0]; window.csvBlob.text().then(done);"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = [r["id"] for r in mscexo.load("clinical_trials").to_pylist()]
    expected = [
        i
        for i, r in zip(expected, mscexo.load("clinical_trials").to_pylist(), strict=True)
        if r["clinical_study_type"] == "case_series"
    ]
    assert sorted(r["id"] for r in rows) == sorted(expected) and expected


def test_condition_page_gathers_statements_of_several_tables(browser, server):
    browser.get(server + "/records/conditions/CO-myocardial-infarction/")
    text = browser.find_element("tag name", "article").text
    for table in ("preclinical_studies", "genetic_modifications", "clinical_trials"):
        assert f"Referenced by {table}" in text
    assert "MONDO:0005068" in text and "DOID:5844" in text
    browser.get(server + "/records/msc_sources/BM-MSC/")
    uberon = browser.find_element("link text", "UBERON:0002371")  # bone marrow
    assert uberon.get_attribute("href") == "http://purl.obolibrary.org/obo/UBERON_0002371"
    browser.get(server + "/records/conditions/CO-myocardial-infarction/")
    link = browser.find_element("link text", "MONDO:0005068")
    assert link.get_attribute("href") == "http://purl.obolibrary.org/obo/MONDO_0005068"
    browser.save_screenshot(str(ARTIFACTS / "entity-condition.png"))


def test_record_page_links_to_its_trial_entity(browser, server):
    browser.get(server + "/records/clinical_trials/CT-SCI21-001/")
    text = browser.find_element("tag name", "article").text
    assert "Provenance" in text and "Table 3, row 1" in text
    browser.save_screenshot(str(ARTIFACTS / "record-trial-report.png"))
    browser.find_element("link text", "inhaled MSC-derived exosomes for COVID-19").click()
    _wait(browser, lambda d: d.current_url.endswith("/records/trials/NCT04491240/"))
    text = browser.find_element("tag name", "article").text
    assert "Referenced by clinical_trials (1)" in text and "CT-SCI21-001" in text


def test_search_finds_a_record_by_nct_number_and_a_synonym(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    pages: dict[str, str] = {}
    for doc in index["docs"]:  # a page and its sections, each a document of the index
        page = doc["location"].split("#")[0]
        pages[page] = pages.get(page, "") + " " + doc["title"] + " " + doc["text"]
    assert "NCT04491240" in pages["records/trials/NCT04491240/"]
    assert "myocardial infarction (MI)" in pages["records/conditions/CO-myocardial-infarction/"]
    assert "BMSC" in pages["records/msc_sources/BM-MSC/"]


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ("NCT04491240", "/records/trials/NCT04491240/"),
        ("CT-SCI21-001", "/records/clinical_trials/CT-SCI21-001/"),
        ("BMSC", "/records/msc_sources/BM-MSC/"),  # an abbreviation of the cell source
    ],
)
def test_the_search_box_finds_records(browser, server, query: str, page: str):
    by = pytest.importorskip("selenium.webdriver.common.by").By
    browser.get(server + "/")
    browser.find_element(by.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = browser.find_element(by.CSS_SELECTOR, "input.md-search__input")
    box.send_keys(query)

    def found(driver) -> bool:
        links = driver.find_elements(by.CSS_SELECTOR, ".md-search-result__link")
        hrefs = [(link.get_attribute("href") or "").split("#")[0].split("?")[0] for link in links]
        return any(href.endswith(page) for href in hrefs)

    _wait(browser, found, timeout=20)


def test_no_page_loads_anything_from_another_host(browser, server):
    for path in ("/", "/browse/clinical_trials/", "/records/conditions/CO-myocardial-infarction/"):
        browser.get(server + path)
        _wait(browser, lambda d: d.execute_script("return document.readyState") == "complete")
        urls = browser.execute_script(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        )
        assert [u for u in urls if not u.startswith(server)] == [], path


AXE = Path(__file__).parents[1] / ".ci" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/dictionary/clinical_trials/",
        "/browse/clinical_trials/",
        "/records/conditions/CO-myocardial-infarction/",
        "/records/clinical_trials/CT-SCI21-001/",
    ],
)
def test_pages_have_no_serious_accessibility_violations(browser, server, path: str):
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail("axe-core is missing: .ci/run installs it with npm")
        pytest.skip("needs axe-core from npm: cd .ci && npm ci")
    browser.get(server + path)
    if path.startswith("/browse/"):
        _wait(browser, lambda d: d.find_element("css selector", ".mscexo-browse[data-ready]"))
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "var done = arguments[0]; axe.run(document, {resultTypes: ['violations']})"
        ".then(function (r) { done(r.violations.map(function (v) {"
        " return [v.id, v.impact, v.nodes.length]; })); });"
    )
    assert [v for v in result if v[1] in ("serious", "critical")] == []


def test_dictionary_page_shows_the_nct_pattern(browser, server):
    browser.get(server + "/dictionary/clinical_trials/")
    text = browser.find_element("tag name", "article").text
    assert "^NCT[0-9]{8}$" in text and "nct_id" in text
    browser.save_screenshot(str(ARTIFACTS / "dictionary-clinical-trials.png"))
    browser.get(server + "/dictionary/diagram.svg")
    svg = browser.page_source
    for name in mscexo.tables():
        assert f">{name}<" in svg, name  # every table is a node of the Graphviz layout
    browser.get(server + "/dictionary/")
    browser.save_screenshot(str(ARTIFACTS / "dictionary-diagram.png"))
