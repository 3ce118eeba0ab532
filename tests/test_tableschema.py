"""The Table Schema generator: every LinkML constraint reaches the Frictionless schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkml_runtime import SchemaView

from mscexo.datamodel.tableschema import LIST_DELIMITER, resource_schemas, table_classes

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "mscexo.yaml"


@pytest.fixture(scope="module")
def view() -> SchemaView:
    return SchemaView(str(SCHEMA))


@pytest.fixture(scope="module")
def resources() -> dict[str, dict]:
    return {r["name"]: r for r in resource_schemas(SCHEMA)}


def _field(resources: dict, table: str, name: str) -> dict:
    return next(f for f in resources[table]["schema"]["fields"] if f["name"] == name)


def test_one_resource_per_table_class(view: SchemaView, resources: dict):
    assert len(resources) == len(table_classes(view)) == 16


def test_fields_follow_the_induced_slots(view: SchemaView, resources: dict):
    for resource in resources.values():
        slots = [s.name for s in view.class_induced_slots(resource["class"])]
        assert [f["name"] for f in resource["schema"]["fields"]] == slots


def test_identifier_is_primary_key_required_and_unique(resources: dict):
    for resource in resources.values():
        assert resource["schema"]["primaryKey"] == ["id"]
        constraints = _field(resources, resource["name"], "id")["constraints"]
        assert constraints["required"] and constraints["unique"]


def test_patterns_enums_and_ranges(resources: dict):
    nct = _field(resources, "clinical_trials", "nct_id")
    assert nct["constraints"] == {"pattern": "^NCT[0-9]{8}$"} and nct["example"] == "NCT04491240"
    phase = _field(resources, "clinical_trials", "phase")
    assert phase["constraints"]["enum"][:3] == ["early_phase1", "phase1", "phase1_phase2"]
    assert "phase1 (NCIT:C15600)" in phase["description"]
    confidence = _field(resources, "preclinical_studies", "confidence")
    assert confidence["type"] == "number"
    assert confidence["constraints"] == {"maximum": 1, "minimum": 0}
    assert _field(resources, "documents", "year")["type"] == "integer"
    assert _field(resources, "statistics", "as_of_date")["type"] == "date"


def test_multivalued_slots_are_delimited_lists(resources: dict):
    markers = _field(resources, "preclinical_studies", "isct_positive_markers")
    assert markers["type"] == "list" and markers["delimiter"] == LIST_DELIMITER
    assert markers["itemType"] == "string" and "CD73" in markers["description"]


def test_every_class_range_is_a_foreign_key(view: SchemaView, resources: dict):
    tables = {c.name: c.annotations["table_name"].value for c in table_classes(view)}
    for resource in resources.values():
        expected = {
            (s.name, tables[s.range])
            for s in view.class_induced_slots(resource["class"])
            if s.range in tables
        }
        schema = resource["schema"]
        keys = schema.get("foreignKeys", []) + schema.get("mscexo:listForeignKeys", [])
        found = {(fk["fields"], fk["reference"]["resource"]) for fk in keys}
        assert found == expected
        # Table Schema's foreign keys name single-valued fields; list fields go in the extension
        lists = {fk["fields"] for fk in schema.get("mscexo:listForeignKeys", [])}
        assert all(_field(resources, resource["name"], f)["type"] == "list" for f in lists)
    assert ("document_id", "documents") in {
        (fk["fields"], fk["reference"]["resource"])
        for fk in resources["clinical_trials"]["schema"]["foreignKeys"]
    }
