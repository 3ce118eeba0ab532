"""The LinkML schema: it lints clean, and its example records pass or fail as their names say."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml
from beside import Ran, beside, run
from linkml.validator import Validator
from linkml.validator.plugins import JsonschemaValidationPlugin

from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, Resource, read_resources
from mscexo.datamodel import models

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "mscexo.yaml"
VALID = sorted((ROOT / "schema" / "examples" / "valid").glob("*.yaml"))
INVALID = sorted((ROOT / "schema" / "examples" / "invalid").glob("*.yaml"))
CLASSES = [
    name
    for name, spec in yaml.safe_load(SCHEMA.read_text())["classes"].items()
    if not spec.get("mixin")
]


def _resource(class_name: str) -> Resource:
    for resource in read_resources(ROOT):
        if resource.class_name == class_name:
            return resource
    return Resource(class_name, class_name, "", {"fields": []})


def _check(path: Path):
    class_name = path.stem.split("-", 1)[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    record = Record(class_name, data, str(path), 1, 1)
    return (
        class_name,
        data,
        validate_record(record, _resource(class_name), getattr(models, class_name)),
    )


@pytest.fixture(scope="module")
def linkml_validator() -> Validator:
    """LinkML's own validator (JSON Schema based), as `linkml.validator.validate` builds it
    (closed classes), but built once: it keeps the JSON Schema generated for each class."""
    return Validator(str(SCHEMA), validation_plugins=[JsonschemaValidationPlugin(closed=True)])


def _linkml_results(validator: Validator, data: dict, class_name: str) -> list[str]:
    """LinkML's verdict on a record; dates as the ISO text YAML files hold."""
    as_json = json.loads(json.dumps(data, default=str))
    return [r.message for r in validator.validate(as_json, class_name).results]


@beside
def linkml_lint(out: Path, need) -> Ran:
    """LinkML's linter on the schema, with the project's configuration (run beside the tests:
    beside.py)."""
    lint = Path(sys.executable).with_name("linkml-lint")
    return run([str(lint), "--config", str(ROOT / ".linkmllint.yaml"), str(SCHEMA)], out)


def test_linkml_lint_passes(linkml_lint: Ran):
    assert linkml_lint.result.returncode == 0, linkml_lint.result.stdout + linkml_lint.result.stderr


def test_every_class_has_valid_and_invalid_examples():
    valid = {p.stem.split("-", 1)[0] for p in VALID}
    invalid = {p.stem.split("-", 1)[0] for p in INVALID}
    assert set(CLASSES) <= valid, f"no valid example for {set(CLASSES) - valid}"
    assert set(CLASSES) <= invalid, f"no invalid example for {set(CLASSES) - invalid}"


def test_every_element_is_described():
    schema = yaml.safe_load(SCHEMA.read_text())
    missing = [f"class {n}" for n, c in schema["classes"].items() if not c.get("description")]
    missing += [f"slot {n}" for n, s in schema["slots"].items() if not s.get("description")]
    for enum_name, enum in schema["enums"].items():
        missing += [
            f"{enum_name}.{value}"
            for value, spec in enum["permissible_values"].items()
            if not (spec or {}).get("description")
        ]
    assert not missing


def test_no_enum_codes_a_missing_value():
    """An empty cell is the only way to say "not stated" (one convention since 1.0)."""
    schema = yaml.safe_load(SCHEMA.read_text())
    coded = [
        f"{name}.{code}"
        for name, enum in schema["enums"].items()
        for code in enum["permissible_values"]
        if code in ("not_reported", "not_stated", "unknown")
    ]
    assert not coded


def test_enum_codes_share_one_case_convention():
    schema = yaml.safe_load(SCHEMA.read_text())
    odd = [
        f"{name}.{code}"
        for name, enum in schema["enums"].items()
        for code in enum["permissible_values"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", code)
    ]
    assert not odd, "write enum codes in lower snake_case (keep the old code in `aliases`)"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example_passes(path: Path, linkml_validator: Validator):
    class_name, data, (parsed, problems) = _check(path)
    assert problems == [] and parsed is not None
    assert _linkml_results(linkml_validator, data, class_name) == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_for_the_reason_in_its_name(path: Path, linkml_validator: Validator):
    _, expected_code, expected_field = path.stem.split("-", 2)
    expected_code = {"unknown": "unknown-field"}.get(expected_code, expected_code)
    expected_field = expected_field.removeprefix("field-")
    class_name, data, (parsed, problems) = _check(path)
    assert parsed is None
    assert [(p.code, p.field) for p in problems] == [(expected_code, expected_field)]
    assert _linkml_results(linkml_validator, data, class_name), "LinkML's validator accepts it"
