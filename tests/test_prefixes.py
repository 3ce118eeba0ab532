"""The schema's semantics: its prefixes expand as Bioregistry says, every class has a
`class_uri`, and every URI the schema maps a class or slot to is a real term of its vocabulary.

Bioregistry ships its registry inside the package, so the check runs offline. `mscexo` is the
one declared exception: the project's own namespace is not (yet) registered there.

schema.org is declared as `sdo:`, Bioregistry's synonym of `schema` (https://schema.org/):
the prefix `schema:` belongs to the imported `linkml:types`, which expands it to
http://schema.org/, and LinkML's SchemaLoader-based generators (gen-shex, ...) refuse a
schema that redeclares an imported prefix differently ("Prefix: schema mismatch").
"""

from __future__ import annotations

from pathlib import Path

import bioregistry
import pytest
import yaml
from rdflib import URIRef
from rdflib import namespace as rdf_namespaces

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = yaml.safe_load((ROOT / "schema" / "mscexo.yaml").read_text(encoding="utf-8"))

#: Prefixes Bioregistry does not know as the schema declares them, and why.
EXCEPTIONS = {"mscexo": "the project's own namespace, not registered in Bioregistry"}

#: rdflib's closed term lists of the vocabularies the schema maps to.
VOCABULARIES = {
    "sdo": rdf_namespaces.SDO,
    "dcterms": rdf_namespaces.DCTERMS,
    "prov": rdf_namespaces.PROV,
    "skos": rdf_namespaces.SKOS,
}

#: BIBO terms used by the schema. rdflib ships no BIBO namespace; each term was confirmed in
#: the term list of the BIBO ontology (purl.org/ontology/bibo/, the DCMI-maintained OWL file;
#: properties listed e.g. in the `RDF.Vocab.BIBO` and `@rdfjs/vocabularies` term lists).
BIBO_TERMS = {"Document", "doi", "pmid", "volume", "issue", "pages"}


def prefix_disagreements(prefixes: dict[str, str]) -> list[str]:
    """Each declared prefix whose expansion differs from Bioregistry's, as a sentence."""
    problems = []
    for prefix, expansion in sorted(prefixes.items()):
        if prefix in EXCEPTIONS:
            continue
        expected = bioregistry.get_uri_prefix(prefix)
        if expected is None:
            problems.append(f"{prefix}: not known to Bioregistry")
        elif expansion != expected:
            problems.append(f"{prefix}: {expansion} (Bioregistry: {expected})")
    return problems


def _mapped_uris() -> list[tuple[str, str]]:
    """(element, CURIE) for every class_uri, slot_uri and mapping of the schema."""
    found = []
    for kind in ("classes", "slots"):
        for name, spec in SCHEMA[kind].items():
            for key in ("class_uri", "slot_uri"):
                if spec and key in spec:
                    found.append((name, spec[key]))
            for key in ("exact_mappings", "close_mappings", "related_mappings"):
                found.extend((name, curie) for curie in (spec or {}).get(key, []))
    return found


def term_problem(curie: str) -> str | None:
    """Why a mapped CURIE is not a verified term, or None when it is."""
    prefix, _, local = curie.partition(":")
    if prefix not in SCHEMA["prefixes"]:
        return f"{curie}: prefix {prefix} is not declared"
    if prefix == "mscexo":
        return None
    if prefix == "bibo":
        return None if local in BIBO_TERMS else f"{curie}: not a confirmed BIBO term"
    namespace = VOCABULARIES.get(prefix)
    if namespace is None:
        return f"{curie}: no offline term list for {prefix}"
    uri = SCHEMA["prefixes"][prefix] + local
    # `in` on an rdflib DefinedNamespace consults its closed term list (iterating it does not).
    return None if URIRef(uri) in namespace else f"{curie}: not a {prefix} term"


def test_every_prefix_expands_as_bioregistry_says():
    assert prefix_disagreements(SCHEMA["prefixes"]) == []


@pytest.mark.parametrize(
    "prefix, broken",
    [
        ("EFO", "http://identifiers.org/efo/"),
        ("sdo", "http://schema.org/"),
        ("spdx", "http://spdx.org/licenses/"),
        ("UBERON", "http://purl.obolibrary.org/obo/UBERON:"),
    ],
)
def test_a_broken_prefix_is_reported(prefix: str, broken: str):
    prefixes = {**SCHEMA["prefixes"], prefix: broken}
    assert [p.split(":")[0] for p in prefix_disagreements(prefixes)] == [prefix]


def test_an_unknown_prefix_is_reported():
    assert prefix_disagreements({"notaprefixanywhere": "https://example.org/"}) == [
        "notaprefixanywhere: not known to Bioregistry"
    ]


def test_schema_org_is_https_and_the_schema_prefix_is_left_to_linkml_types():
    assert "schema" not in SCHEMA["prefixes"]
    assert bioregistry.normalize_prefix("sdo") == "schema"
    assert (
        SCHEMA["prefixes"]["sdo"] == bioregistry.get_uri_prefix("schema") == "https://schema.org/"
    )


def test_every_class_has_a_class_uri():
    assert [name for name, spec in SCHEMA["classes"].items() if "class_uri" not in spec] == []


def test_every_mapped_uri_is_a_term_of_its_vocabulary():
    problems = [term_problem(curie) for _, curie in _mapped_uris()]
    assert [p for p in problems if p] == []


@pytest.mark.parametrize(
    "curie", ["sdo:notATerm", "dcterms:titel", "prov:derivedFrom", "bibo:nope", "foaf:name"]
)
def test_a_made_up_term_is_reported(curie: str):
    assert term_problem(curie) is not None
