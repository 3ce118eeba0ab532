"""`mscexo validate`: real valid and invalid contribution files, keys, the release, the report."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import mscexo
from mscexo.cli import main
from mscexo.contribution.validation import validate_path
from mscexo.errors import InputError
from mscexo.files import tables
from mscexo.load import package_dir

DATA = Path(__file__).parent / "data" / "contributions"
VALID = sorted(p for p in (DATA / "valid").iterdir() if p.name != "package") + [
    DATA / "valid" / "package"
]

#: Each invalid file, the table it is checked as, and the problems it must produce:
#: (code, row or line, column) with None where the position does not apply.
INVALID = {
    "enum.csv": [("enum", 3, "product_type"), ("enum", 3, "phase")],
    "pattern.csv": [("pattern", 2, "nct_id")],
    "required.csv": [("required", 2, "product_type")],
    "range.csv": [("range", 2, "confidence")],
    "type.csv": [("type", 2, "confidence")],
    "formula.csv": [("formula", 2, "condition_as_reported")],
    "whitespace.csv": [("whitespace", 2, "condition_as_reported")],
    "placeholder.csv": [
        ("placeholder", 2, "condition_as_reported"),
        ("placeholder", 3, "route_as_reported"),
    ],
    "oversized_cell.csv": [("oversized-cell", 2, "condition_as_reported")],
    "duplicate_id.csv": [("duplicate-key", 4, "id")],
    "duplicate_nct.csv": [("duplicate-natural-key", 3, "nct_id")],
    "released_nct.csv": [("duplicate-natural-key", 2, "nct_id")],
    "foreign_key.csv": [("foreign-key", 2, "msc_source_id")],
    "ragged.csv": [("ragged-row", 3, None)],
    "unterminated_quote.csv": [("ragged-row", 3, None)],
    "unknown_column.csv": [("unknown-column", 1, "conditon")],
    "duplicate_column.csv": [("duplicate-column", 1, "phase")],
    "missing_column.csv": [("missing-column", 1, "document_id")],
    "semicolon.csv": [("delimiter", 1, None)],
    "empty.csv": [("empty-file", None, None)],
    "header_only.csv": [("no-rows", None, None)],
    "latin1.csv": [("encoding", 3, "condition_as_reported")],
    "utf16.csv": [("encoding", 1, None)],
    "alias.yaml": [("yaml-alias", 2, None)],
    "billion_laughs.yaml": [("yaml-alias", 1, None)],
    "python_tag.yaml": [("yaml-tag", 2, None)],
    "yaml_syntax.yaml": [("yaml-syntax", 3, None)],
    "unknown_table.yaml": [("unknown-table", 2, None)],
    "deep.json": [("too-deep", None, None)],
    "json_syntax.json": [("json-syntax", 1, None)],
    "unknown_field.jsonl": [("unknown-field", 1, "molecul_type")],
    "package_absolute": [("unsafe-path", None, "path")],
    "package_parent": [("unsafe-path", None, "path")],
    "package_url": [("unsafe-path", None, "path")],
}
TABLE = {".csv": "clinical_trials", ".jsonl": "cargo"}


def _run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["validate", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_contributions_pass(path: Path, capsys):
    code, report = _run(capsys, str(path))
    assert (code, report["valid"], report["errors"]) == (0, True, 0), report["problems"]
    assert sum(report["rows"].values()) >= 1


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_files_give_every_expected_problem(name: str, capsys):
    path = DATA / "invalid" / name
    table = TABLE.get(path.suffix)
    code, report = _run(capsys, str(path), *(["--table", table] if table else []))
    assert code == 1 and not report["valid"]
    found = {(p["code"], p.get("row") or p.get("line"), p.get("field")) for p in report["problems"]}
    assert set(INVALID[name]) <= found, report["problems"]
    for problem in report["problems"]:
        assert problem["severity"] in ("error", "warning")
        assert problem["message"] and problem["file"] and problem.get("hint") is not None


def test_every_invalid_file_is_listed():
    assert {p.name for p in (DATA / "invalid").iterdir()} == set(INVALID)


def test_messages_carry_value_and_hint(capsys):
    _, report = _run(capsys, str(DATA / "invalid" / "enum.csv"), "--table", "clinical_trials")
    enum = next(p for p in report["problems"] if p["field"] == "product_type")
    assert enum["value"] == "exosomes"
    assert "did you mean 'exosome'" in enum["hint"]
    assert enum["record_id"] == "CT-TEST-002"
    _, report = _run(capsys, str(DATA / "invalid" / "pattern.csv"), "--table", "clinical_trials")
    assert "NCT04491240" in report["problems"][0]["hint"]  # the schema's example
    _, report = _run(
        capsys, str(DATA / "invalid" / "foreign_key.csv"), "--table", "clinical_trials"
    )
    assert "did you mean 'UC-MSC'" in report["problems"][0]["hint"]


def test_symlink_out_of_the_package_is_refused(tmp_path: Path, capsys):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "clinical_trials.csv").symlink_to(DATA / "valid" / "clinical_trials.csv")
    (tmp_path / "datapackage.json").write_text(
        json.dumps({"resources": [{"name": "clinical_trials", "path": "data/clinical_trials.csv"}]})
    )
    code, report = _run(capsys, str(tmp_path))
    assert code == 1
    assert report["problems"][0]["code"] == "unsafe-path"
    assert "symlink" in report["problems"][0]["message"]


def test_bom_and_crlf_are_accepted(tmp_path: Path, capsys):
    text = (DATA / "valid" / "clinical_trials.csv").read_text(encoding="utf-8")
    path = tmp_path / "clinical_trials.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    code, report = _run(capsys, str(path))
    assert code == 0, report["problems"]
    assert report["rows"] == {"clinical_trials": 2}


def test_rows_are_counted_as_in_a_spreadsheet_across_blocks(tmp_path: Path, monkeypatch, capsys):
    """Multi-line cells count as one row, skipped ragged rows keep their numbers, and the
    numbering holds across streamed blocks."""
    monkeypatch.setattr(tables, "BLOCK_SIZE", 4096)
    monkeypatch.setattr(tables, "CHECK_BYTES", 8192)
    header, *rows = (DATA / "valid" / "clinical_trials.csv").read_text().split("\nCT-")
    good = "CT-" + rows[0]
    lines = [header]
    bad_rows = []
    for n in range(1, 400):
        row = good.replace("CT-TEST-001", f"CT-TEST-{n:03d}").replace(
            "NCT09000001", f"NCT09{n:06d}"
        )
        if n % 97 == 0:
            row = row.replace("exosome", "exosomes")
            bad_rows.append(n + 1 + 1)  # header row 1, one ragged row (row 6) before
        if n == 3:
            row = row.replace("COVID-19,respiratory", '"COVID-19\n(severe)",respiratory')
        lines.append(row)
        if n == 4:
            lines.append("CT-TEST-999,NCT09999999")
    path = tmp_path / "clinical_trials.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, report = _run(capsys, str(path))
    assert code == 1
    assert [p["row"] for p in report["problems"] if p["code"] == "ragged-row"] == [6]
    assert [p["row"] for p in report["problems"] if p["code"] == "enum"] == bad_rows
    assert report["rows"] == {"clinical_trials": 399}
    # A repeated identifier far apart (in different batches) is found, with both rows.
    lines.append(lines[1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, report = _run(capsys, str(path))
    (duplicate,) = [p for p in report["problems"] if p["code"] == "duplicate-key"]
    assert duplicate["row"] == 402 and "row 2" in duplicate["hint"]


def test_max_errors_lists_some_and_counts_all(tmp_path: Path, capsys):
    text = (DATA / "invalid" / "pattern.csv").read_text()
    header, row = text.splitlines()
    rows = [
        row.replace("CT-TEST-001", f"CT-TEST-{n:03d}").replace("NCT123", f"NCT{n}")
        for n in range(1, 51)
    ]
    path = tmp_path / "clinical_trials.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    code, report = _run(capsys, str(path), "--max-errors", "5")
    assert code == 1
    assert report["counts"]["error"] == {"pattern": 50}
    assert report["listed"] == 5 and report["truncated"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_every_bad_item_of_a_list_cell_is_counted(tmp_path: Path, capsys, suffix: str):
    """Two wrong codes in one list cell are two problems, listed and counted (the fast path
    counts a cell once; the model finds one problem per item)."""
    released = list(
        csv.DictReader(
            io.StringIO(
                (package_dir() / "data" / "preclinical_studies.csv").read_text(encoding="utf-8")
            )
        )
    )
    row = dict(released[0], id="PS-SCI21-990", isct_positive_markers="CD73|CD90|cd105")
    path = tmp_path / f"preclinical_studies{suffix}"
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(row))
            writer.writeheader()
            writer.writerow(row)
    else:
        values = {k: v for k, v in row.items() if v}
        values["isct_positive_markers"] = row["isct_positive_markers"].split("|")
        path.write_text(json.dumps(_typed(values)) + "\n", encoding="utf-8")
    code, report = _run(capsys, str(path))
    assert code == 1
    listed = [p["value"] for p in report["problems"] if p["code"] == "enum"]
    assert listed == ["CD73", "CD90"]
    assert report["counts"]["error"] == {"enum": 2}


def _typed(values: dict[str, str | list[str]]) -> dict[str, object]:
    """A released row's text cells as the JSON values they stand for."""
    from mscexo.contract.cells import decode
    from mscexo.contract.record import read_resources

    root = Path(__file__).resolve().parents[1]
    rules = {r.name: r for r in read_resources(root)}["preclinical_studies"].rules
    return {k: v if isinstance(v, list) else decode(v, rules[k]) for k, v in values.items()}


def test_release_overlap_is_a_duplicate_or_an_update(tmp_path: Path, capsys):
    released = (package_dir() / "data" / "cargo.csv").read_text(encoding="utf-8").splitlines()
    header, first, second = released[0], released[1], released[2]
    cells = _split(second)
    cells[header.split(",").index("name")] = "Renamed"
    path = tmp_path / "cargo.csv"
    path.write_text("\n".join([header, first, _join(cells)]) + "\n", encoding="utf-8")
    code, report = _run(capsys, str(path))
    assert code == 0
    assert report["counts"]["warning"] == {"duplicate": 1, "update": 1}
    update = next(p for p in report["problems"] if p["code"] == "update")
    assert update["row"] == 3 and "name" in update["message"]


def test_the_released_package_validates(capsys):
    code, report = _run(capsys, str(package_dir()))
    assert code == 0 and report["errors"] == 0
    assert report["warnings"] == sum(report["rows"].values())  # every record: unchanged


def test_a_curation_file_gets_the_verdict_of_the_build(root: Path, capsys):
    code, report = _run(capsys, str(root / "curation" / "004-world-j-stem-cells-2020.yaml"))
    assert code == 0 and report["errors"] == 0
    assert set(report["counts"]["warning"]) == {"duplicate"}


def test_a_foreign_key_may_point_into_the_same_submission(tmp_path: Path, capsys):
    code, report = _run(capsys, str(DATA / "valid" / "contribution.yaml"))
    assert code == 0
    text = (DATA / "valid" / "contribution.yaml").read_text()
    bad = tmp_path / "contribution.yaml"
    bad.write_text(text.replace("- CW-SCI21-9001", "- CW-SCI21-9002"))
    code, report = _run(capsys, str(bad))
    assert code == 1
    (problem,) = report["problems"]
    assert (problem["code"], problem["field"], problem["value"]) == (
        "foreign-key",
        "cited_work_ids",
        "CW-SCI21-9002",
    )
    assert "did you mean 'CW-SCI21-9001'" in problem["hint"]


def test_excel_template_filled_in_validates(tmp_path: Path, capsys):
    template = tmp_path / "clinical_trials.xlsx"
    assert main(["template", "clinical_trials", "-o", str(template)]) == 0
    book = load_workbook(template)
    assert set(book.sheetnames) == {"clinical_trials", "fields", "lists"}
    sheet = book["clinical_trials"]
    header = [c.value for c in sheet[1]]
    phase = header.index("phase") + 1
    assert any(
        f"{sheet.cell(row=1, column=phase).column_letter}2" in str(v.sqref)
        for v in sheet.data_validations.dataValidation
    )
    csv_row = (DATA / "valid" / "clinical_trials.csv").read_text().splitlines()
    values = dict(zip(csv_row[0].split(","), _split(csv_row[1]), strict=True))
    values["confidence"] = 0.9  # a number cell, as Excel stores it
    sheet.append([values.get(name) for name in header])
    sheet.append([])  # blank rows are ignored
    bad = dict(values, id="CT-TEST-002", nct_id="NCT09000002", phase="Phase 1")
    bad["condition_as_reported"] = "=A1"
    sheet.append([bad.get(name) for name in header])
    book.save(template)
    code, report = _run(capsys, str(template))
    assert code == 1
    found = {(p["code"], p.get("row"), p.get("field")) for p in report["problems"]}
    assert found == {("enum", 4, "phase"), ("formula", 4, "condition_as_reported")}, report[
        "problems"
    ]


def _split(line: str) -> list[str]:
    return next(csv.reader([line]))


def _join(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(cells)
    return buffer.getvalue()


def test_excel_that_is_not_a_workbook(tmp_path: Path, capsys):
    path = tmp_path / "clinical_trials.xlsx"
    path.write_text("id,nct_id\n")
    code, report = _run(capsys, str(path))
    assert code == 1 and report["problems"][0]["code"] == "unreadable"


def test_excel_with_values_beyond_the_header(tmp_path: Path, capsys):
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "name", "molecule_type"])
    sheet.append(["CG-TEST1", "TEST1", "protein", "stray"])
    book.save(tmp_path / "cargo.xlsx")
    code, report = _run(capsys, str(tmp_path / "cargo.xlsx"))
    assert code == 1
    assert [(p["code"], p["row"]) for p in report["problems"]] == [("ragged-row", 2)]


def test_csv_template_is_the_header(capsys):
    assert main(["template", "cargo"]) == 0
    assert capsys.readouterr().out == "id,name,synonyms,molecule_type,mirbase_id,hgnc_id\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "does-not-exist.csv"],
        ["validate", str(DATA / "valid" / "clinical_trials.csv"), "--table", "trial_reports"],
        ["validate", str(DATA / "valid" / "clinical_trials.csv"), "--max-errors", "0"],
        ["validate", str(DATA / "valid" / "clinical_trials.csv"), "--release", "nowhere"],
        ["validate", str(Path(__file__))],
        ["template", "clinical_trial"],
        ["template", "cargo", "-o", "no-such-dir/cargo.csv"],
    ],
)
def test_usage_errors_exit_2_without_traceback(argv: list[str], capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_unknown_table_name_suggests(tmp_path: Path):
    path = tmp_path / "clinical_trial.csv"
    shutil.copy(DATA / "valid" / "clinical_trials.csv", path)
    with pytest.raises(InputError, match="did you mean 'clinical_trials'"):
        validate_path(path)


def test_text_report_groups_by_kind(capsys):
    code = main(["validate", str(DATA / "invalid" / "enum.csv"), "--table", "clinical_trials"])
    out = capsys.readouterr().out
    assert code == 1
    assert "error enum: 2" in out
    assert "row 3" in out and "column 'phase'" in out and "hint:" in out
    assert out.rstrip().endswith("fix the errors and run `mscexo validate` again")


def _documented(section: str) -> list[str]:
    """The first-column names of the table under a heading of docs/validate.md."""
    text = (Path(__file__).parents[1] / "docs" / "validate.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return [
        line.split("|")[1].strip().strip("`")
        for line in body.splitlines()
        if line.startswith("| `")
    ]


def test_json_report_structure_is_the_documented_one(capsys):
    _, report = _run(capsys, str(DATA / "invalid" / "enum.csv"), "--table", "clinical_trials")
    assert list(report) == _documented("The JSON report")
    documented = (Path(__file__).parents[1] / "docs" / "validate.md").read_text()
    for problem in report["problems"]:
        for key in problem:
            assert f"`{key}`" in documented, key


def test_every_error_code_is_documented():
    codes = set(_documented("What is checked"))
    produced = {code for expected in INVALID.values() for code, _, _ in expected}
    assert produced | {"duplicate", "update", "oversized-file"} <= codes


def test_oversized_file(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 100)
    path = tmp_path / "clinical_trials.csv"
    shutil.copy(DATA / "valid" / "clinical_trials.csv", path)
    code, report = _run(capsys, str(path))
    assert code == 1 and report["counts"]["error"] == {"oversized-file": 1}


def test_excel_template_describes_every_column():
    from mscexo.contract.record import read_resources
    from mscexo.contribution.template import xlsx_template
    from mscexo.load import data_root

    resource = next(r for r in read_resources(data_root()) if r.name == "clinical_trials")
    book = load_workbook(io.BytesIO(xlsx_template(resource)))
    rows = list(book["fields"].iter_rows(values_only=True))
    assert rows[0][:3] == ("column", "required", "type")
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {f["name"] for f in resource.fields}
    assert by_name["nct_id"][3].endswith("(^NCT[0-9]{8}$)")  # in words, then the expression
    assert "phase1" in by_name["phase"][4]
    assert book["lists"].sheet_state == "hidden"


def test_worked_example_in_the_docs_is_real_output(tmp_path: Path, monkeypatch, capsys):
    shutil.copy(DATA / "invalid" / "enum.csv", tmp_path / "clinical_trials.csv")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "clinical_trials.csv"]) == 1
    out = capsys.readouterr().out.strip()
    docs = (Path(__file__).parents[1] / "docs" / "validate.md").read_text(encoding="utf-8")
    assert out in docs, "update the worked example in docs/validate.md"


@pytest.mark.parametrize(
    ("table", "field", "value", "hint"),
    [
        ("cargo", "molecule_type", "miRNA", "did you mean 'mirna'? ('miRNA' is the code of"),
        ("clinical_trials", "phase", "PHASE1/PHASE2", "did you mean 'phase1_phase2'?"),
        ("clinical_trials", "phase", "NA", "did you mean 'not_applicable'?"),
        ("clinical_trials", "route", "not_reported", "leave the cell empty"),
    ],
)
def test_codes_of_earlier_releases_get_their_new_code(
    tmp_path: Path, capsys, table, field, value, hint
):
    records = {
        "cargo": {"id": "CG-TEST1", "name": "TEST1", "molecule_type": "protein"},
        "clinical_trials": {
            "id": "CT-TEST-001",
            "clinical_study_type": "clinical_trial",
            "product_type": "exosome",
            "document_id": "doi:10.1155/2021/2616807",
            "locator": "Table 3, row 1",
            "evidence": "COVID-19",
        },
    }
    path = tmp_path / f"{table}.json"
    path.write_text(json.dumps([{**records[table], field: value}]))
    code, report = _run(capsys, str(path))
    (problem,) = report["problems"]
    assert (code, problem["code"], problem["field"]) == (1, "enum", field)
    assert problem["hint"].startswith(hint)


def test_pattern_problems_are_said_in_words(tmp_path: Path, capsys):
    record = {
        "id": "CT-TEST-001",
        "clinical_study_type": "clinical_trial",
        "nct_id": "NCT123",
        "product_type": "exosome",
        "document_id": "doi:10.1155/2021/2616807",
        "locator": "Table 3, row 1",
        "evidence": "x" * 212,
    }
    path = tmp_path / "clinical_trials.json"
    path.write_text(json.dumps([record]))
    code, report = _run(capsys, str(path))
    by_field = {p["field"]: p for p in report["problems"]}
    assert code == 1 and set(by_field) == {"nct_id", "evidence"}
    assert by_field["evidence"]["message"] == (
        "evidence is 212 characters; at most 160 on one line"
    )
    assert by_field["nct_id"]["message"] == (
        "nct_id must be NCT and eight digits, such as NCT04491240"
    )
    # the regular expression stays in the report for those who want it
    assert by_field["nct_id"]["hint"].endswith("the pattern is ^NCT[0-9]{8}$")


def test_excel_template_offers_the_identifiers_of_small_vocabularies():
    from mscexo.contract.record import read_resources
    from mscexo.contribution.template import xlsx_template
    from mscexo.load import data_root

    resource = next(r for r in read_resources(data_root()) if r.name == "clinical_trials")
    book = load_workbook(io.BytesIO(xlsx_template(resource)))
    sheet = book["clinical_trials"]
    header = [c.value for c in sheet[1]]
    validations = {
        header[next(iter(v.sqref.ranges)).min_col - 1]: v
        for v in sheet.data_validations.dataValidation
    }
    for field, table in [("msc_source_id", "msc_sources"), ("condition_id", "conditions")]:
        check = validations[field]
        assert check.errorStyle == "warning"  # a new row of the contribution may be named
        column = check.formula1.split("!")[1].split(":")[0].replace("$", "")[:-1]
        listed = [c.value for c in book["lists"][column] if c.value]
        assert sorted(listed) == sorted(mscexo.load(table).column("id").to_pylist())
    assert validations["phase"].errorStyle in (None, "stop")  # codes stay strict
    fields = {row[0]: row for row in book["fields"].iter_rows(values_only=True)}
    assert fields["nct_id"][3].startswith("NCT and eight digits")
