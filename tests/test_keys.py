"""The one key index: the build and `mscexo validate` find the same duplicate identifiers,
duplicate natural keys and unresolved references, whatever form the keys are written in."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mscexo.cli import main
from mscexo.contract.cells import key_text
from mscexo.contract.record import read_resources
from mscexo.contribution.report import Report
from mscexo.contribution.validation import Validation
from mscexo.curation.build import collect
from mscexo.errors import DataError
from mscexo.load import load

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = {r.name: r for r in read_resources(ROOT)}
KEY_CODES = {"duplicate-key", "duplicate-natural-key", "foreign-key"}
FIELDS = ["id", "reference_number", "first_author", "document_id", "locator", "evidence"]
DOCUMENTS = [
    {"id": "doi:10.1000/key-a", "title": "Document A", "document_type": "review"},
    {"id": "doi:10.1000/key-b", "title": "Document B", "document_type": "review"},
]


def _verdict_of_validate(tmp: Path, rows: list[dict[str, str | None]]) -> set[tuple]:
    """`mscexo validate`'s verdict on the rows as a CSV file (text cells) beside a record
    file of the documents, with no release (so the two front ends see the same records)."""
    table = tmp / "cited_works.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: (v if v is not None else "") for k, v in r.items()} for r in rows)
    documents = tmp / "documents.yaml"
    documents.write_text(yaml.safe_dump({"documents": DOCUMENTS}), encoding="utf-8")
    run = Validation(RESOURCES, None, Report(max_errors=10**6))
    run.check_file(documents, None, None)
    run.check_file(table, "cited_works", ",")
    return {(p.code, p.record_id, p.field) for p in run.finish().problems}


def _verdict_of_build(tmp: Path, rows: list[dict[str, str | None]]) -> set[tuple]:
    """The build's verdict on the same values, written in a curation file (YAML)."""
    curation = tmp / "curation"
    curation.mkdir()
    records = [{k: v for k, v in r.items() if v not in (None, "")} for r in rows]
    text = yaml.safe_dump({"documents": DOCUMENTS, "cited_works": records}, allow_unicode=True)
    (curation / "records.yaml").write_text(text, encoding="utf-8")
    try:
        collect(curation, list(RESOURCES.values()))
    except DataError as error:
        return {(p.code, p.record_id, p.field) for p in error.problems}
    return set()


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


#: Ways people write the same key differently: leading zeros, stray whitespace, letter case,
#: Unicode normal forms.
MUTATIONS = {
    "as is": lambda v: v,
    "leading zeros": lambda v: "00" + v,
    "leading space": lambda v: " " + v,
    "trailing space": lambda v: v + " ",
    "lower case": str.lower,
    "upper case": str.upper,
    "NFD": _nfd,
}


@st.composite
def _rows(draw: st.DrawFn) -> list[dict[str, str | None]]:
    n = draw(st.integers(2, 5))
    rows = []
    for i in range(n):
        mutate = {
            name: MUTATIONS[draw(st.sampled_from(sorted(MUTATIONS)))]
            for name in ("id", "reference_number", "document_id", "first_author")
        }
        number = draw(st.one_of(st.none(), st.sampled_from(["7", "977", "0", "12"])))
        rows.append(
            {
                "id": mutate["id"](draw(st.sampled_from(["CW-KEY-1", "CW-KEY-2", f"CW-KEY-{i}"]))),
                "reference_number": None if number is None else mutate["reference_number"](number),
                "first_author": mutate["first_author"]("Álvarez"),
                "document_id": mutate["document_id"](
                    draw(st.sampled_from([d["id"] for d in DOCUMENTS] + ["doi:10.1000/none"]))
                ),
                "locator": "Reference list",
                "evidence": "Álvarez et al.",
            }
        )
    return rows


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rows())
def test_build_and_validate_give_the_same_verdict_on_keys(tmp_path_factory, rows):
    """Every problem (key or cell) that one front end finds in a record, the other finds too,
    and the key problems are there at all when keys repeat or dangle."""
    tmp = tmp_path_factory.mktemp("keys")
    by_validate = _verdict_of_validate(tmp, rows)
    by_build = _verdict_of_build(tmp, rows)
    assert by_validate == by_build


def test_key_text_is_one_form_per_value():
    number = RESOURCES["cited_works"].rules["reference_number"]
    assert key_text("0977", number) == key_text(977, number) == key_text("977", number) == "977"
    assert key_text(" 977", number) == " 977"  # not an integer: compared as written
    identifier = RESOURCES["cited_works"].rules["id"]
    assert key_text("CW-A-01", identifier) == "CW-A-01"


def _reproduction(tmp: Path) -> list[dict[str, str]]:
    """Two records of one document with reference numbers 977 and 0977, and a third that puts
    a 0 in front of a released reference number."""
    released = next(r for r in load("cited_works").to_pylist() if r["reference_number"])
    common = {"first_author": "Smith", "locator": "Reference list", "evidence": "Smith 2020"}
    return (
        [
            {
                "id": "CW-TEST-977a",
                "reference_number": "977",
                "document_id": released["document_id"],
            },
            {
                "id": "CW-TEST-977b",
                "reference_number": "0977",
                "document_id": released["document_id"],
            },
            {
                "id": "CW-TEST-rel",
                "reference_number": f"0{released['reference_number']}",
                "document_id": released["document_id"],
            },
        ],
        common,
        released,
    )


def test_leading_zero_is_the_same_reference_number_in_validate(tmp_path: Path, capsys):
    rows, common, released = _reproduction(tmp_path)
    path = tmp_path / "cited_works.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*rows[0], *common])
        writer.writeheader()
        writer.writerows({**r, **common} for r in rows)
    assert main(["validate", str(path), "--format", "json"]) == 1
    import json

    problems = json.loads(capsys.readouterr().out)["problems"]
    found = {(p["code"], p["record_id"]) for p in problems}
    assert ("duplicate-natural-key", "CW-TEST-977b") in found
    assert ("duplicate-natural-key", "CW-TEST-rel") in found
    assert any(released["id"] in p["message"] for p in problems)


def test_leading_zero_is_the_same_reference_number_in_the_build(
    root: Path, example_curation: Path, tmp_path: Path, capsys
):
    rows, common, _ = _reproduction(tmp_path)
    document = yaml.safe_load((example_curation / "examples.yaml").read_text())["documents"][0]
    records = [{**r, **common, "document_id": document["id"]} for r in rows[:2]]
    (example_curation / "leading-zero.yaml").write_text(
        yaml.safe_dump({"cited_works": records}), encoding="utf-8"
    )
    paths = {"--root": root, "--curation": example_curation, "--output": tmp_path / "out"}
    code = main(["build", *(str(part) for pair in paths.items() for part in pair)])
    assert code == 1
    assert "duplicate-natural-key" in capsys.readouterr().err


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_each_mutation_of_a_repeated_key(tmp_path: Path, mutation: str):
    """One mutation at a time, both front ends agree (and the leading-zero one is a repeat)."""
    base = {"first_author": "A", "locator": "Reference list", "evidence": "A et al."}
    rows = [
        {"id": "CW-KEY-1", "reference_number": "977", "document_id": DOCUMENTS[0]["id"], **base},
        {
            "id": MUTATIONS[mutation]("CW-KEY-2"),
            "reference_number": MUTATIONS[mutation]("977"),
            "document_id": DOCUMENTS[0]["id"],
            **base,
        },
    ]
    (tmp_path / "v").mkdir()
    (tmp_path / "b").mkdir()
    by_validate = _verdict_of_validate(tmp_path / "v", rows)
    assert by_validate == _verdict_of_build(tmp_path / "b", rows)
    if mutation in ("as is", "leading zeros"):
        assert ("duplicate-natural-key", rows[1]["id"], "reference_number") in by_validate
