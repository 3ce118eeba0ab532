"""The documented questions give the answers that plain Python gives from the same tables."""

from __future__ import annotations

from collections import defaultdict

import pytest

import mscexo
from mscexo.publish.questions import CONDITION_TABLES, QUESTIONS, answer

pytest.importorskip("duckdb")
BY_NAME = {q.name: q for q in QUESTIONS}


def _rows(table: str) -> list[dict]:
    return mscexo.load(table).to_pylist()


def _condition(label: str) -> str:
    (condition,) = [c["id"] for c in _rows("conditions") if c["label"] == label]
    return condition


def test_every_question_has_an_answer():
    for question in QUESTIONS:
        columns, rows = answer(question)
        assert columns and rows, question.name


def test_all_evidence_for_myocardial_infarction():
    condition = _condition("myocardial infarction")
    expected = sorted(
        (table, row["id"])
        for table in CONDITION_TABLES
        for row in _rows(table)
        if row["condition_id"] == condition
    )
    _, rows = answer(BY_NAME["evidence-for-myocardial-infarction"])
    assert sorted((r[0], r[1]) for r in rows) == expected
    # statements of several tables are found through the one identifier
    assert len({r[0] for r in rows}) >= 3


def test_modifications_for_myocardial_infarction():
    condition = _condition("myocardial infarction")
    expected = [g["id"] for g in _rows("genetic_modifications") if g["condition_id"] == condition]
    _, rows = answer(BY_NAME["modifications-for-myocardial-infarction"])
    assert [r[0] for r in rows] == sorted(expected)


def test_distinct_trials():
    trials = _rows("trials")
    reports = [r for r in _rows("clinical_trials") if r["trial_id"]]
    _, [(count, registered, n_reports)] = answer(BY_NAME["distinct-trials"])
    assert count == len(trials) == len({r["trial_id"] for r in reports})
    assert registered == sum(1 for t in trials if t["nct_id"])
    assert n_reports == len(reports) > count  # some trials are reported more than once


def test_distinct_studies_per_msc_source():
    works, statements = defaultdict(set), defaultdict(set)
    for study in _rows("preclinical_studies"):
        for work in study["cited_work_ids"] or []:
            if study["msc_source_id"]:
                works[study["msc_source_id"]].add(work)
                statements[study["msc_source_id"]].add(study["id"])
    _, rows = answer(BY_NAME["studies-per-msc-source"])
    assert {r[0]: (r[2], r[3]) for r in rows} == {
        source: (len(works[source]), len(statements[source])) for source in works
    }


def test_every_product_with_its_statements():
    expected = sorted(
        (row["product_id"], table, row["id"])
        for table in ("approved_products", "clinical_trials")
        for row in _rows(table)
        if row["product_id"]
    )
    _, rows = answer(BY_NAME["statements-per-product"])
    assert sorted((r[0], r[2], r[3]) for r in rows) == expected
    prochymal = [r for r in rows if r[1] == "Prochymal"]
    assert len({r[5] for r in prochymal}) == 2  # one product, stated by two documents
