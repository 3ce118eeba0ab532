"""Data lint of the release: one record per statement, one entity per real thing, one naming
convention. Each failure names what to fix in curation/ (then `mscexo build`)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

import mscexo

STATEMENTS = ["cargo_findings", "preclinical_studies", "clinical_trials", "genetic_modifications"]
#: Fields that may differ between two records of one statement: where it is written and cited.
PROVENANCE = {"id", "cited_work_ids", "locator", "evidence", "confidence", "curation_note"}
#: miRBase style for a mature miRNA without the species prefix: miR-21, miR-126-3p, let-7a.
MIRNA = re.compile(r"^(miR|let)-[0-9]+[a-z]?(-[0-9])?(-[35]p)?$")


def _rows(table: str) -> list[dict]:
    return mscexo.load(table).to_pylist()


@pytest.mark.parametrize("table", STATEMENTS)
def test_no_statement_is_copied(table: str):
    groups = defaultdict(list)
    for row in _rows(table):
        key = tuple(sorted((k, str(v)) for k, v in row.items() if k not in PROVENANCE))
        groups[key].append(row["id"])
    copies = [ids for ids in groups.values() if len(ids) > 1]
    assert copies == [], "merge each group into one record that lists all cited works"


def test_mirna_names_follow_mirbase_style():
    odd = [c["name"] for c in _rows("cargo") if c["molecule_type"] == "mirna"]
    odd = [name for name in odd if not MIRNA.match(name)]
    assert odd == [], (
        "name miRNAs as miRBase does (miR-126-3p) and keep the printed form as a synonym"
    )


def test_conditions_hold_no_model_or_species():
    bracket = re.compile(r"\((rat|mouse|mice|animal|in vitro|[a-z ]*model)[^)]*\)", re.IGNORECASE)
    found = [
        (table, row["id"], row["condition_as_reported"])
        for table in STATEMENTS
        for row in _rows(table)
        if row["condition_as_reported"] and bracket.search(row["condition_as_reported"])
    ]
    assert found == [], "move the model or species to the model and organism fields"


def test_every_printed_condition_is_a_synonym_or_label_of_its_condition():
    conditions = {
        c["id"]: {c["label"].lower(), *map(str.lower, c["synonyms"] or [])}
        for c in _rows("conditions")
    }
    missing = [
        (row["id"], row["condition_as_reported"])
        for table in STATEMENTS
        for row in _rows(table)
        if row["condition_id"]
        and row["condition_as_reported"]
        and row["condition_as_reported"].lower() not in conditions[row["condition_id"]]
    ]
    assert missing == [], "add the printed form to the condition's synonyms"


def test_trial_reports_point_to_their_trial():
    trials = {t["id"]: t for t in _rows("trials")}
    for report in _rows("clinical_trials"):
        if report["nct_id"]:
            assert report["trial_id"] == report["nct_id"], report["id"]
        if report["clinical_study_type"] != "clinical_trial":
            assert report["trial_id"] is None, f"{report['id']}: a case report is not a trial"
        elif report["trial_id"]:
            assert trials[report["trial_id"]]["nct_id"] == report["nct_id"], report["id"]


def test_every_entity_is_referenced():
    used = {
        "trials": {r["trial_id"] for r in _rows("clinical_trials")},
        "products": {
            r["product_id"] for t in ("approved_products", "clinical_trials") for r in _rows(t)
        },
        "conditions": {
            r["condition_id"] for t in [*STATEMENTS, "approved_products"] for r in _rows(t)
        },
    }
    unused = {table: sorted({r["id"] for r in _rows(table)} - ids) for table, ids in used.items()}
    assert unused == {"trials": [], "products": [], "conditions": []}


def test_known_entities_resolve_to_one_row():
    """The cases the 1.0 review found: one trial, one Prochymal, one cord-blood product."""
    trial = {r["id"]: r["trial_id"] for r in _rows("clinical_trials")}
    assert trial["CT-SCI21-010"] == trial["CT-SCI21-129"] is not None
    product = {r["id"]: r["product_id"] for r in _rows("approved_products")}
    assert product["AP-NRBE23-002"] == product["AP-SCI21-006"] is not None
    assert product["AP-BIOCELL22-001"] == product["AP-NRBE23-001"] is not None


def test_one_disease_area_per_condition_and_no_coded_gaps():
    for table in [*STATEMENTS, "approved_products"]:
        columns = mscexo.load(table).column_names
        assert "disease_area" not in columns and "condition" not in columns
        for row in _rows(table):
            assert "not_reported" not in row.values(), (table, row["id"])
