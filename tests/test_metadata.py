"""Findability: the Croissant file passes the mlcroissant validator and reads back every
record; the schema.org Dataset JSON-LD describes every file with its checksum."""

from __future__ import annotations

import hashlib
import json

import pytest

from mscexo.files.package import is_table
from mscexo.load import package_dir

mlc = pytest.importorskip("mlcroissant", reason="the mlcroissant validator is a dev dependency")


@pytest.fixture(scope="module")
def package() -> dict:
    return json.loads((package_dir() / "datapackage.json").read_text(encoding="utf-8"))


def test_croissant_is_valid_and_reads_every_record(package: dict):
    dataset = mlc.Dataset(jsonld=package_dir() / "croissant.json")
    issues = dataset.metadata.ctx.issues
    assert not issues.errors and not issues.warnings, issues.report()
    for resource in filter(is_table, package["resources"]):
        records = list(dataset.records(record_set=resource["name"]))
        with (package_dir() / resource["path"]).open(encoding="utf-8") as handle:
            rows = sum(1 for _ in handle) - 1
        if rows:  # an empty table (e.g. no retired identifiers yet) has a header only
            assert len(records) == rows, resource["name"]
            assert all(f"{resource['name']}/id" in r for r in records)


def test_croissant_fields_follow_the_table_schema(package: dict):
    croissant = json.loads((package_dir() / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert croissant["version"] == package["version"]
    by_name = {r["name"]: r for r in croissant["recordSet"]}
    assert sorted(by_name) == sorted(r["name"] for r in package["resources"] if is_table(r))
    for resource in filter(is_table, package["resources"]):
        fields = [f["name"] for f in by_name[resource["name"]]["field"]]
        assert fields == [f["name"] for f in resource["schema"]["fields"]]


def test_schema_org_dataset_lists_every_file_with_its_checksum(package: dict):
    dataset = json.loads((package_dir() / "dataset.jsonld").read_text(encoding="utf-8"))
    assert dataset["@type"] == "Dataset" and dataset["version"] == package["version"]
    assert 50 <= len(dataset["description"]) <= 5000  # what dataset search engines accept
    assert dataset["license"].startswith("https://creativecommons.org/")
    assert len(dataset["isBasedOn"]) == 5
    for download in dataset["distribution"]:
        content = (package_dir() / download["contentUrl"]).read_bytes()
        assert download["sha256"] == hashlib.sha256(content).hexdigest()
    # every file the descriptor lists, the LinkML form too
    assert [d["contentUrl"] for d in dataset["distribution"]] == [
        r["path"] for r in package["resources"]
    ]
    paths = {r["path"] for r in package["resources"]}
    assert {"linkml/dataset.yaml", "linkml/dataset.json"} <= paths
