"""Ontology identifiers are verified, never remembered: every CURIE in the schema and the data
is a vendored row of the MONDO release (or on the unverified list, with its source), and the
vendored rows are the release's own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from mscexo.contract.record import Record
from mscexo.curation import ontology

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "ontologies"
FIX = "python -m mscexo.curation.ontology ../shared/ontologies"
needs_reference = pytest.mark.skipif(
    not (REFERENCE / ontology.TERMS).is_file(),
    reason="the MONDO reference tables are not beside the checkout (../shared/ontologies)",
)


@pytest.fixture(scope="module")
def reference() -> dict[str, str]:
    """The MONDO release's terms (CURIE -> label), read once."""
    return ontology.terms.__wrapped__(REFERENCE)


@pytest.fixture(scope="module")
def used() -> set[str]:
    """Every CURIE that the schema and the curation use, gathered once."""
    return ontology.used_curies(ROOT)


def _conditions() -> list[dict]:
    text = (ROOT / "curation" / "conditions.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["conditions"]


def test_every_curie_of_schema_and_data_is_verified_or_listed():
    curies = ontology.schema_curies(ROOT / "schema" / "mscexo.yaml")
    curies |= ontology.data_curies(_conditions())
    assert ontology.check_curies(curies) == []


def test_every_vendored_term_is_in_use(used: set[str]):
    unused = set(ontology.terms()) - used
    assert unused == set(), f"re-vendor with `{FIX}`"


@needs_reference
def test_every_term_in_use_that_the_release_has_is_vendored(
    reference: dict[str, str], used: set[str]
):
    missing = {c for c in used if c in reference} - set(ontology.terms())
    assert missing == set(), f"re-vendor with `{FIX}`"


@needs_reference
def test_vendored_rows_are_the_release_rows(reference: dict[str, str]):
    differ = {c: label for c, label in ontology.terms().items() if reference.get(c) != label}
    assert differ == {}, f"re-vendor with `{FIX}`"
    assert ontology.mondo_xrefs() == {
        mondo: xrefs
        for mondo, xrefs in ontology.mondo_xrefs.__wrapped__(REFERENCE).items()
        if mondo in ontology.terms()
    }, f"re-vendor with `{FIX}`"


@needs_reference
def test_unverified_terms_are_really_missing_from_the_release(reference: dict[str, str]):
    assert [c for c in ontology.unverified() if c in reference] == []


def test_unverified_terms_have_a_label_and_a_source_and_are_used(used: set[str]):
    for curie, entry in ontology.unverified().items():
        assert entry["label"] and entry["source"], curie
        assert curie in used, f"{curie} is listed but not used: remove it"


def test_schema_records_the_ontology_labels():
    schema = yaml.safe_load((ROOT / "schema" / "mscexo.yaml").read_text(encoding="utf-8"))
    labels = ontology.terms() | {c: e["label"] for c, e in ontology.unverified().items()}
    wrong = {
        f"{enum}.{code}": labels[value["meaning"]]
        for enum, spec in schema["enums"].items()
        for code, value in spec["permissible_values"].items()
        if (value or {}).get("meaning") in labels
        and value.get("annotations", {}).get("meaning_label") != labels[value["meaning"]]
    }
    assert wrong == {}


def test_the_mondo_mapping_rate_and_reasons():
    diseases = [c for c in _conditions() if c["condition_kind"] == "disease"]
    mapped = [c for c in diseases if c.get("mondo_id")]
    assert len(mapped) / len(diseases) >= 0.95, f"{len(mapped)} of {len(diseases)} mapped"
    unexplained = [
        c["id"]
        for c in _conditions()
        if not (c.get("mondo_id") or c.get("context_term_id")) and not c.get("unmapped_reason")
    ]
    assert unexplained == []


def test_condition_mappings_are_valid_sssom():
    path = ROOT / "curation" / ontology.CONDITION_MAPPINGS
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] == "#"]
    meta = yaml.safe_load("\n".join(line[1:] for line in header))
    assert {"curie_map", "mapping_set_id", "license"} <= set(meta)
    prefixes = set(meta["curie_map"])
    for row in ontology.read_sssom(path):
        for column in ("subject_id", "predicate_id", "object_id", "mapping_justification"):
            assert row[column].split(":")[0] in prefixes, (row["subject_id"], column)


# ----- the checks themselves catch what they are for ----------------------------------------


def _condition(curation: Path, sssom_rows: list[dict[str, str]], **data) -> list:
    columns = ["subject_id", "subject_label", "predicate_id", "object_id", "object_label"]
    columns += ["mapping_justification", "confidence"]
    with (curation / ontology.CONDITION_MAPPINGS).open("w", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter="\t")
        writer.writeheader()
        writer.writerows(sssom_rows)
    record = Record("conditions", {"id": "CO-x", "label": "x", **data}, "c.yaml", 1, 1)
    return [p.code for p in ontology.check_conditions([record], curation)]


def _row(term: str, label: str, **changes) -> dict[str, str]:
    row = {
        "subject_id": "mscexo:CO-x",
        "subject_label": "x",
        "predicate_id": "skos:exactMatch",
        "object_id": term,
        "object_label": label,
        "mapping_justification": ontology.JUSTIFICATION,
        "confidence": "0.9",
    }
    return row | changes


@pytest.fixture
def known() -> tuple[str, str, list[str]]:
    """A vendored MONDO term with its label and MONDO's own cross-references."""
    term = next(c for c in sorted(ontology.terms()) if ontology.mondo_xrefs().get(c))
    return term, ontology.terms()[term], ontology.mondo_xrefs()[term]


def test_a_consistent_condition_passes(tmp_path: Path, known):
    term, label, xrefs = known
    assert _condition(tmp_path, [_row(term, label)], mondo_id=term, xrefs=xrefs) == []


def test_an_unknown_term_is_refused(tmp_path: Path, known):
    term, label, xrefs = known
    codes = _condition(tmp_path, [_row("MONDO:9999999", label)], mondo_id="MONDO:9999999")
    assert "unknown-term" in codes


def test_xrefs_must_be_mondos_own(tmp_path: Path, known):
    term, label, xrefs = known
    codes = _condition(tmp_path, [_row(term, label)], mondo_id=term, xrefs=[*xrefs, "DOID:1"])
    assert codes == ["xrefs"]


@pytest.mark.parametrize(
    "change",
    [
        {"object_label": "another label"},
        {"predicate_id": "skos:relatedMatch"},
        {"mapping_justification": "semapv:LexicalMatching"},
        {"confidence": "high"},
    ],
)
def test_the_sssom_row_must_agree(tmp_path: Path, known, change):
    term, label, xrefs = known
    codes = _condition(tmp_path, [_row(term, label, **change)], mondo_id=term, xrefs=xrefs)
    assert codes == ["mapping"]


def test_a_mapping_without_a_condition_is_refused(tmp_path: Path, known):
    term, label, xrefs = known
    rows = [_row(term, label), _row(term, label, subject_id="mscexo:CO-gone")]
    assert _condition(tmp_path, rows, mondo_id=term, xrefs=xrefs) == ["foreign-key"]
