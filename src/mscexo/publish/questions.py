"""Questions a researcher asks of the release, each answered by one SQL query with at most one
join per table, so that the docs can show both the query and its answer.

The documentation page "Questions" is generated from this list and the tests check every
answer against the same question asked in plain Python, so a query that silently misses a
spelling or double-counts a statement fails there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Tables whose statements reference a condition.
CONDITION_TABLES = (
    "preclinical_studies",
    "clinical_trials",
    "cargo_findings",
    "genetic_modifications",
    "approved_products",
)


@dataclass(frozen=True)
class Question:
    name: str
    title: str
    explanation: str
    sql: str


def _evidence_for(label: str) -> str:
    parts = [
        f"SELECT '{table}' AS statement_table, s.id, s.condition_as_reported, s.document_id\n"
        f"FROM {table} s JOIN conditions c ON s.condition_id = c.id\n"
        f"WHERE c.label = '{label}'"
        for table in CONDITION_TABLES
        if table != "approved_products"
    ]
    parts.append(
        "SELECT 'approved_products', s.id, s.indication, s.document_id\n"
        "FROM approved_products s JOIN conditions c ON s.condition_id = c.id\n"
        f"WHERE c.label = '{label}'"
    )
    return "\nUNION ALL\n".join(parts) + "\nORDER BY statement_table, id"


QUESTIONS = [
    Question(
        "evidence-for-myocardial-infarction",
        "All evidence for myocardial infarction",
        "Every statement of every table about the condition, whatever its spelling in the "
        "documents: statements reference the condition by `condition_id`, and the printed "
        "words stay in `condition_as_reported`.",
        _evidence_for("myocardial infarction"),
    ),
    Question(
        "modifications-for-myocardial-infarction",
        "Genetic modifications tested for myocardial infarction",
        "The factors engineered into MSCs, one row per statement, with the works cited.",
        "SELECT g.id, g.modified_factor, g.modification_method, g.cited_work_ids\n"
        "FROM genetic_modifications g JOIN conditions c ON g.condition_id = c.id\n"
        "WHERE c.label = 'myocardial infarction'\n"
        "ORDER BY g.id",
    ),
    Question(
        "distinct-trials",
        "How many distinct clinical trials?",
        "Counting the trials table counts real trials; counting clinical_trials counts "
        "reports (a trial reported by two documents is one trial and two reports). Case "
        "reports and series have no trial.",
        "SELECT count(DISTINCT t.id) AS trials,\n"
        "       count(DISTINCT t.id) FILTER (WHERE t.nct_id IS NOT NULL) AS registered,\n"
        "       count(r.id) AS trial_reports\n"
        "FROM trials t JOIN clinical_trials r ON r.trial_id = t.id",
    ),
    Question(
        "studies-per-msc-source",
        "Distinct preclinical studies per MSC source",
        "A statement that cites several works lists them all in `cited_work_ids`; counting "
        "distinct cited works counts distinct studies (statements without a cited work are "
        "not counted).",
        "SELECT m.id AS msc_source_id, m.label, count(DISTINCT w.cited_work_id) AS studies,\n"
        "       count(DISTINCT w.id) AS statements\n"
        "FROM (SELECT id, msc_source_id, unnest(cited_work_ids) AS cited_work_id\n"
        "      FROM preclinical_studies) w\n"
        "JOIN msc_sources m ON w.msc_source_id = m.id\n"
        "GROUP BY m.id, m.label ORDER BY studies DESC, m.id",
    ),
    Question(
        "statements-per-product",
        "Every product with all statements about it",
        "Approvals and trial reports reference the product entity by `product_id`; each "
        "statement keeps what its own document says.",
        "SELECT p.id AS product_id, p.name, 'approved_products' AS statement_table, s.id,\n"
        "       s.jurisdiction AS detail, s.document_id\n"
        "FROM products p JOIN approved_products s ON s.product_id = p.id\n"
        "UNION ALL\n"
        "SELECT p.id, p.name, 'clinical_trials', s.id, s.trial_id, s.document_id\n"
        "FROM products p JOIN clinical_trials s ON s.product_id = p.id\n"
        "ORDER BY product_id, statement_table, id",
    ),
]


def answer(question: Question, connection: Any = None) -> tuple[list[str], list[tuple]]:
    """Column names and rows of the answer, from the installed release (DuckDB)."""
    from mscexo.load import connect

    result = (connection or connect()).sql(question.sql)
    return list(result.columns), result.fetchall()
