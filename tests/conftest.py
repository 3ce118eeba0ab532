"""Shared fixtures: the source checkout and a small curation built from the schema examples;
and the hypothesis profiles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import beside
import pytest
import yaml
from hypothesis import settings

from mscexo.curation import ontology
from mscexo.curation.evidence import documents_dir

#: Hypothesis profiles, chosen by the environment so that the README's test command needs no
#: flag: "ci" where CI is set (as .ci/run and CI services do), "dev" otherwise; or the one that
#: HYPOTHESIS_PROFILE names. CI tries more examples per property than a local run.
settings.register_profile("ci", max_examples=100, print_blob=True)
settings.register_profile("dev", max_examples=20)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "schema" / "examples"

#: Example class -> table name, for turning single-record examples into a curation file.
TABLES = {
    "Document": "documents",
    "CitedWork": "cited_works",
    "MscSource": "msc_sources",
    "Cargo": "cargo",
    "Condition": "conditions",
    "Trial": "trials",
    "Product": "products",
    "CargoFinding": "cargo_findings",
    "PreclinicalStudy": "preclinical_studies",
    "ClinicalTrial": "clinical_trials",
    "GeneticModification": "genetic_modifications",
    "ApprovedProduct": "approved_products",
    "Statistic": "statistics",
    "SourceTable": "source_tables",
    "Exclusion": "exclusions",
    "Retirement": "retired",
}


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def example_curation(example_curation_once: Path, tmp_path: Path) -> Path:
    """A curation directory holding every valid example record, plus the missing documents:
    a copy of its own, which the test may change."""
    curation = tmp_path / "curation"
    shutil.copytree(example_curation_once, curation)
    return curation


@pytest.fixture(scope="session")
def example_curation_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example curation, written once (reading and writing its YAML takes a while)."""
    curation = tmp_path_factory.mktemp("example") / "curation"
    curation.mkdir()
    shutil.copy(ROOT / "curation" / "release.yaml", curation / "release.yaml")
    dataset: dict[str, list] = {table: [] for table in TABLES.values()}
    for path in sorted((EXAMPLES / "valid").glob("*.yaml")):
        cls = path.stem.rsplit("-", 1)[0]
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if cls in TABLES:
            dataset[TABLES[cls]].append(record)
        elif cls == "Dataset":
            for table, rows in record.items():
                dataset[table].extend(rows)
    for doc_id, title in [
        ("doi:10.1155/2021/2616807", "Comparing the Therapeutic Potential of Stem Cells"),
        ("mscexo:doc-biocell-2022", "Mesenchymal stem cell-derived exosome"),
    ]:
        dataset["documents"].append(
            {"id": doc_id, "title": title, "document_type": "review", "licence": "cc_by_4_0"}
        )
    (curation / "examples.yaml").write_text(
        yaml.safe_dump(dataset, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    _write_mappings(curation / ontology.CONDITION_MAPPINGS, dataset["conditions"])
    return curation


def _write_mappings(path: Path, conditions: list[dict]) -> None:
    """The SSSOM file of mapping decisions for the example conditions."""
    rows = ["\t".join(MAPPING_COLUMNS)]
    for condition in conditions:
        term = condition.get("mondo_id") or condition.get("context_term_id")
        if term:
            label = ontology.terms()[term]
            values = [f"mscexo:{condition['id']}", condition["label"], "skos:exactMatch", term]
            rows.append("\t".join([*values, label, ontology.JUSTIFICATION, "0.95"]))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


MAPPING_COLUMNS = [
    "subject_id",
    "subject_label",
    "predicate_id",
    "object_id",
    "object_label",
    "mapping_justification",
    "confidence",
]


# ----- slow commands, run beside the tests (beside.py) --------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.stash[beside.RUNNER] = beside.Runner()


def pytest_collection_finish(session: pytest.Session) -> None:
    if not session.config.option.collectonly:
        session.config.stash[beside.RUNNER].start(session.items)


def pytest_unconfigure(config: pytest.Config) -> None:
    config.stash[beside.RUNNER].stop()


@pytest.fixture(scope="session")
def elsewhere() -> Callable[..., str]:
    """`elsewhere(code, *args)`: the standard output of `python -c code args` run in another
    process whose string hashes differ from this one's (another PYTHONHASHSEED: other set
    orders), for tests of determinism that a second call in this process cannot fail."""

    def run(code: str, *args: str) -> str:
        ran = beside.run(
            [sys.executable, "-c", code, *args],
            ROOT,
            PYTHONHASHSEED=beside.other_hash_seed(),
            PYTHONIOENCODING="utf-8",
        )
        assert ran.result.returncode == 0, ran.result.stderr[-3000:]
        return ran.result.stdout

    return run


#: The source documents for a build that verifies evidence: those MSCEXO_DOCUMENTS names, else
#: those beside the checkout (../shared/seeds, as CI has them), if either is there.
RELEASE_DOCUMENTS = next(
    (d.resolve() for d in (documents_dir(), ROOT.parent / "shared" / "seeds") if d and d.is_dir()),
    None,
)


@dataclass
class Release:
    """`mscexo build` of the checkout: its outcome, the package it wrote, and the documents it
    verified the evidence against (None: not verified)."""

    result: subprocess.CompletedProcess
    out: Path
    documents: Path | None


@beside.beside
def release_build(out: Path, need) -> Release:
    """The release built once from the checkout's curation, as a user runs `mscexo build`,
    with the source documents if available (run beside the tests: beside.py); for
    test_build.py (it is the committed package), test_evidence.py and test_cli.py."""
    argv = [sys.executable, "-m", "mscexo.cli", "build", "--root", str(ROOT), "--output", str(out)]
    if RELEASE_DOCUMENTS is not None:
        argv += ["--documents", str(RELEASE_DOCUMENTS)]
    ran = beside.run(argv, out)
    return Release(ran.result, out, RELEASE_DOCUMENTS)
