"""The data dictionary in the terminal: every table and field, from the installed release."""

from __future__ import annotations

import json

import pytest

import mscexo
from mscexo.files.package import is_table
from mscexo.load import descriptor
from mscexo.publish.describe import WIDTH, describe, first_sentence, pattern_words

RESOURCES = {r["name"]: r for r in descriptor()["resources"] if is_table(r)}
FIELDS = [(table, f["name"]) for table, r in RESOURCES.items() for f in r["schema"]["fields"]]
#: The schema's enums, read once (parsing the schema takes longer than describing a field).
ENUMS = set(mscexo.schema()["enums"])

#: clinical_trials.phase: code -> (NCIT term, a word of its description), from the schema.
PHASES = {
    "early_phase1": ("NCIT:C54721", "exploratory"),
    "phase1": ("NCIT:C15600", "safety"),
    "phase1_phase2": ("NCIT:C15693", "Combined phase 1 and phase 2"),
    "phase2": ("NCIT:C15601", "efficacy"),
    "phase2_phase3": ("NCIT:C15694", "Combined phase 2 and phase 3"),
    "phase3": ("NCIT:C15602", "large group"),
    "phase4": ("NCIT:C15603", "marketing approval"),
    "not_applicable": ("NCIT:C48660", "without phases"),
}


def _plain(text: str) -> None:
    """Pipe-friendly: no colour codes, no tabs, no trailing blanks."""
    assert "\x1b" not in text and "\t" not in text
    assert all(line == line.rstrip() for line in text.splitlines())


def test_overview_lists_every_table_with_its_rows_and_fields():
    text = describe()
    _plain(text)
    lines = text.splitlines()
    for name, resource in RESOURCES.items():
        rows = mscexo.load(name).num_rows
        line = next(line for line in lines if line.split()[:1] == [name])
        assert line.split()[1:3] == [str(rows), str(len(resource["schema"]["fields"]))]
        assert len(line) <= WIDTH
    info = json.loads(describe(fmt="json"))
    assert info["version"] == mscexo.__version__
    assert [t["name"] for t in info["tables"]] == list(RESOURCES)
    for entry in info["tables"]:
        assert entry["rows"] == mscexo.load(entry["name"]).num_rows
        assert entry["fields"] == len(RESOURCES[entry["name"]]["schema"]["fields"])
        assert entry["summary"] and RESOURCES[entry["name"]]["description"].startswith(
            entry["summary"]
        )


@pytest.mark.parametrize("table", list(RESOURCES))
def test_every_table_can_be_described(table: str):
    resource = RESOURCES[table]
    text = describe(table)
    _plain(text)
    lines = text.splitlines()
    assert lines[0].startswith(f"{table}: {mscexo.load(table).num_rows} rows")
    assert all(len(line) <= WIDTH for line in lines), "wrapped or cut to the width"
    names = [line.split()[0] for line in lines[lines.index(_header(lines)) + 1 :]]
    assert names == [f["name"] for f in resource["schema"]["fields"]], "one line per field"
    info = json.loads(describe(table, fmt="json"))
    assert info["table"] == table
    assert info["primary_key"] == resource["schema"]["primaryKey"]
    assert [f["name"] for f in info["fields"]] == names
    for entry, spec in zip(info["fields"], resource["schema"]["fields"], strict=True):
        assert entry["required"] == bool(spec.get("constraints", {}).get("required"))
        if spec["type"] == "list":
            assert entry["type"] == f"list of {spec['itemType']}"
    keys = {fk["fields"] for fk in resource["schema"].get("foreignKeys", [])}
    keys |= {fk["fields"] for fk in resource["schema"].get("mscexo:listForeignKeys", [])}
    assert {r["field"] for r in info["references"]} == keys


def _header(lines: list[str]) -> str:
    return next(line for line in lines if line.split()[:3] == ["field", "type", "required"])


@pytest.mark.parametrize(("table", "field"), FIELDS, ids=[f"{t}.{f}" for t, f in FIELDS])
def test_every_field_can_be_described(table: str, field: str):
    spec = next(f for f in RESOURCES[table]["schema"]["fields"] if f["name"] == field)
    text = describe(table, field)
    _plain(text)
    assert text.splitlines()[0] == f"{table}.{field}"
    info = json.loads(describe(table, field, fmt="json"))
    assert (info["table"], info["field"]) == (table, field)
    assert info["required"] == bool(spec.get("constraints", {}).get("required"))
    assert "Allowed values:" not in info["description"], "codes are listed one per line"
    codes = spec.get("constraints", {}).get("enum") or spec.get("mscexo:itemConstraints", {}).get(
        "enum"
    )
    assert [v["code"] for v in info["values"]] == (codes or [])
    for value in info["values"]:
        assert value["description"], f"{table}.{field}: {value['code']} has no description"
        assert value["meaning"] == spec.get("mscexo:meanings", {}).get(value["code"])
        assert value["code"] in text
    if codes:
        assert info["enum"] in ENUMS
    pattern = spec.get("constraints", {}).get("pattern")
    if pattern:
        assert pattern in text and info["pattern"] == pattern
    if "example" in spec:
        assert info["example"] == spec["example"]


def test_json_keys_are_in_a_stable_order(elsewhere):
    """The same text when asked again, and in another process with other string hashes."""
    first = describe("clinical_trials", "phase", fmt="json")
    assert first == describe("clinical_trials", "phase", fmt="json")
    code = "import sys, mscexo.publish.describe as d; sys.stdout.write(d.describe(*sys.argv[1:]))"
    assert elsewhere(code, "clinical_trials", "phase", "json") == first
    keys = list(json.loads(first))
    assert keys[:4] == ["table", "field", "type", "item_type"]


def test_an_enum_field_lists_every_code_with_its_description_and_ncit_term():
    text = describe("clinical_trials", "phase")
    lines = text.splitlines()
    assert "TrialPhaseEnum" in text
    for code, (term, words) in PHASES.items():
        line = next(line for line in lines if line.split()[:1] == [code])
        assert line.split()[1] == term
        assert words in " ".join(text.split())
    assert "PHASE1/PHASE2" in text and "-> phase1_phase2" in text, "former codes"
    info = json.loads(describe("clinical_trials", "phase", fmt="json"))
    assert info["enum"] == "TrialPhaseEnum"
    assert [v["code"] for v in info["values"]] == list(PHASES)
    for value in info["values"]:
        term, words = PHASES[value["code"]]
        assert value["meaning"] == term and words in value["description"]
        assert value["meaning_label"]
    assert info["former_codes"]["NA"] == "not_applicable"
    assert info["values"][-1]["former_codes"] == ["NA"]


def test_a_field_shows_its_pattern_in_words_example_and_references():
    info = json.loads(describe("clinical_trials", "condition_id", fmt="json"))
    assert info["references"] == {"table": "conditions", "field": "id", "each_item": False}
    info = json.loads(describe("clinical_trials", "cited_work_ids", fmt="json"))
    assert info["references"]["each_item"] is True and info["type"] == "list of string"
    assert info["delimiter"] == "|"
    text = describe("trials", "id")
    assert "NCT" in text and "example" in text and "referenced by" in text
    info = json.loads(describe("trials", "id", fmt="json"))
    assert info["unique"] and info["required"] and info["primary_key"]
    assert "clinical_trials.trial_id" in info["referenced_by"]
    assert info["pattern_in_words"]


def test_a_field_with_bounds_shows_them():
    bounded = [
        (table, f["name"], f["constraints"])
        for table, r in RESOURCES.items()
        for f in r["schema"]["fields"]
        if {"minimum", "maximum"} & set(f.get("constraints", {}))
    ]
    assert bounded, "the release has bounded fields"
    for table, field, constraints in bounded:
        info = json.loads(describe(table, field, fmt="json"))
        assert info["minimum"] == constraints.get("minimum")
        assert info["maximum"] == constraints.get("maximum")
        text = describe(table, field)
        assert ("minimum" in text) == ("minimum" in constraints)


def test_a_table_lists_its_references():
    text = describe("clinical_trials")
    assert "condition_id -> conditions.id" in text
    assert "cited_work_ids -> cited_works.id (each item)" in text
    assert "clinical_trials.condition_id" in describe("conditions"), "referenced by"


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("clinical_trial",), "clinical_trials"),
        (("Conditions",), "conditions"),
        (("clinical_trials", "phsae"), "phase"),
        (("clinical_trials", "condition"), "condition_id"),
    ],
)
def test_unknown_names_raise_with_a_suggestion_and_the_valid_names(args, suggestion):
    with pytest.raises(ValueError, match=f"did you mean '{suggestion}'") as raised:
        describe(*args)
    message = str(raised.value)
    valid = (
        list(RESOURCES)
        if len(args) == 1
        else [f["name"] for f in RESOURCES[args[0]]["schema"]["fields"]]
    )
    assert all(name in message for name in valid)


def test_unknown_name_without_a_close_match_still_lists_the_valid_names():
    with pytest.raises(ValueError, match="no table named 'zzz'") as raised:
        describe("zzz")
    assert "did you mean" not in str(raised.value) and "clinical_trials" in str(raised.value)


def test_a_field_without_its_table_says_which_tables_have_it():
    with pytest.raises(ValueError, match="phase.*clinical_trials"):
        describe(field="phase")
    with pytest.raises(ValueError, match="did you mean 'phase'"):
        describe(field="phsae")


def test_unknown_format_raises():
    with pytest.raises(ValueError, match="fmt"):
        describe(fmt="yaml")


def test_helpers():
    assert first_sentence("A thing, e.g. this. And more.") == "A thing, e.g. this."
    assert pattern_words("^.{1,160}$") == "one line of 1 to 160 characters"
    assert pattern_words("^NCT[0-9]{8}$") == "NCT and 8 digits"
    assert pattern_words("^PMC[0-9]+$") == "PMC and digits"
    assert pattern_words("^CT-[A-Z][A-Z0-9]*-[0-9]{3,}$") == ""
    assert pattern_words("^HGNC:[0-9]+$") == "HGNC: and digits"


def test_describe_does_not_import_linkml():
    import subprocess
    import sys

    code = (
        "import sys; from mscexo.publish.describe import describe; "
        "describe('clinical_trials', 'phase');"
        "describe(); assert not any(m.startswith('linkml') for m in sys.modules), 'linkml'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
