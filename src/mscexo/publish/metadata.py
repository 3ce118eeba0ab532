"""Metadata that makes the package findable: schema.org `Dataset` JSON-LD (what dataset search
engines read) and Croissant 1.0 (the ML-community description of files, record sets and
fields), both derived from `datapackage.json`, which is itself generated from the schema.

They are written by the build next to `datapackage.json`; `tests/test_metadata.py` checks the
Croissant file with the `mlcroissant` validator.
"""

from __future__ import annotations

from typing import Any

from mscexo.files.package import is_table

HOMEPAGE = "https://w3id.org/mscexo"
CROISSANT = "http://mlcommons.org/croissant/1.0"

#: The JSON-LD context of Croissant 1.0, as the mlcroissant reference library writes it.
CROISSANT_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

#: Table Schema type -> Croissant data type. Lists are kept as their delimited text.
DATA_TYPES = {
    "string": "sc:Text",
    "integer": "sc:Integer",
    "number": "sc:Float",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
    "list": "sc:Text",
}


def _licence_url(package: dict[str, Any]) -> str:
    licence = package["licenses"][0]
    return licence.get("path") or f"https://spdx.org/licenses/{licence['name']}.html"


def _creators(package: dict[str, Any]) -> list[dict[str, str]]:
    """The release's contributors: a curator (with a family name) is a Person, with their
    ORCID iD's URL as `sameAs`; a collective author an Organization."""
    return [_creator(c) for c in package["contributors"]]


def _creator(contributor: dict[str, Any]) -> dict[str, str]:
    if not contributor.get("familyName"):
        return {"@type": "Organization", "name": contributor["title"]}
    person = {"@type": "Person", "name": contributor["title"]}
    person |= {"givenName": contributor["givenName"]} if contributor.get("givenName") else {}
    person["familyName"] = contributor["familyName"]
    if str(contributor.get("path", "")).startswith("https://orcid.org/"):
        person["sameAs"] = contributor["path"]
    return person


def schema_org(package: dict[str, Any], citation: str) -> dict[str, Any]:
    """A schema.org `Dataset` describing the release, its files (the tables and the LinkML
    form) and its sources."""
    return {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": package["title"],
        "alternateName": package["name"],
        "description": package["description"],
        "url": HOMEPAGE,
        "version": package["version"],
        "datePublished": package["created"][:10],
        "license": _licence_url(package),
        "keywords": package.get("keywords", []),
        "creator": _creators(package),
        "citation": citation,
        "isBasedOn": [
            {
                "@type": "ScholarlyArticle",
                "name": s["title"],
                **({"url": s["path"]} if "path" in s else {}),
            }
            for s in package["sources"]
        ],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": r["name"],
                "description": r["description"],
                "contentUrl": r["path"],
                "encodingFormat": r["mediatype"],
                "contentSize": f"{r['bytes']} B",
                "sha256": r["hash"].removeprefix("sha256:"),
            }
            for r in package["resources"]
        ],
    }


def croissant(package: dict[str, Any], citation: str) -> dict[str, Any]:
    """Croissant 1.0: one FileObject and one RecordSet (keyed by `id`) per table (the LinkML
    form of the release holds the same records, so it is not described again)."""
    distribution, record_sets = [], []
    for resource in filter(is_table, package["resources"]):
        name, file_id = resource["name"], f"{resource['name']}.csv"
        distribution.append(
            {
                "@type": "cr:FileObject",
                "@id": file_id,
                "name": file_id,
                "description": resource["description"],
                "contentUrl": resource["path"],
                "encodingFormat": "text/csv",
                "sha256": resource["hash"].removeprefix("sha256:"),
            }
        )
        fields = [
            {
                "@type": "cr:Field",
                "@id": f"{name}/{spec['name']}",
                "name": spec["name"],
                "description": spec.get("description", "")
                + (
                    f" (a list: items separated by '{spec['delimiter']}')"
                    if spec["type"] == "list"
                    else ""
                ),
                "dataType": DATA_TYPES[spec["type"]],
                "source": {"fileObject": {"@id": file_id}, "extract": {"column": spec["name"]}},
            }
            for spec in resource["schema"]["fields"]
        ]
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": name,
                "name": name,
                "description": resource["description"],
                "key": {"@id": f"{name}/{resource['schema']['primaryKey'][0]}"},
                "field": fields,
            }
        )
    return {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "name": package["name"],
        "description": f"{package['title']}. {package['description']}",
        "conformsTo": CROISSANT,
        "citeAs": citation,
        "creator": _creators(package),
        "datePublished": package["created"][:10],
        "keywords": package.get("keywords", []),
        "license": _licence_url(package),
        "url": HOMEPAGE,
        "version": package["version"],
        "distribution": distribution,
        "recordSet": record_sets,
    }
