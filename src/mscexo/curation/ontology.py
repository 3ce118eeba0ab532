"""Ontology terms the project writes, checked against a published release, offline.

Every ontology CURIE in the schema (enum `meaning`s) and in the data (a condition's MONDO,
GO or HP term and its DOID/NCIT cross-references) must be either

- in `ontologies/terms.tsv`, with the label recorded there: the rows of the MONDO release
  (and the UBERON, CL, NCBITaxon, CHEBI, GO and HP terms it imports) that the project uses,
  copied unchanged from `../shared/ontologies/` (source commit in `ontologies/README.md`); or
- in `ontologies/unverified.yaml`, one list of the terms those tables lack, each with the
  source that confirms it.

A condition's `xrefs` are exactly MONDO's own exact-match mappings of its `mondo_id`
(`ontologies/mondo_exactmatch_{doid,ncit}.sssom.tsv`: the release's rows, unchanged), and
every mapping decision is a row of `curation/conditions.sssom.tsv` (SSSOM), which must agree
with the conditions table.

`python -m mscexo.curation.ontology DIR` re-vendors the rows the project uses from the reference
tables in DIR (normally `../shared/ontologies`).
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from mscexo.errors import Problem, shorten

VENDORED = Path(__file__).parent / "ontologies"
TERMS = "terms.tsv"
UNVERIFIED = "unverified.yaml"
#: The mapping decisions of the conditions table, beside the curation files.
CONDITION_MAPPINGS = "conditions.sssom.tsv"
#: MONDO's own mapping files; the vendored copies hold their rows for the terms in use.
MAPPINGS = ("mondo_exactmatch_doid.sssom.tsv", "mondo_exactmatch_ncit.sssom.tsv")

#: Prefixes of ontologies whose terms are checked (not SPDX licences or schema.org).
ONTOLOGY_PREFIXES = ("MONDO", "UBERON", "CL", "NCBITaxon", "CHEBI", "GO", "HP", "NCIT", "SO", "EFO")
CURIE = re.compile(r"(?:" + "|".join(ONTOLOGY_PREFIXES) + r"):C?[0-9]{4,9}")
PREDICATES = ("skos:exactMatch", "skos:broadMatch", "skos:narrowMatch")
JUSTIFICATION = "semapv:ManualMappingCuration"
SUBJECT_PREFIX = "mscexo:"


def read_sssom(path: Path) -> list[dict[str, str]]:
    """The rows of an SSSOM TSV file (its `#` metadata header skipped)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def terms(directory: Path = VENDORED) -> dict[str, str]:
    """CURIE -> label of the vendored (or, given a directory, the reference) terms."""
    with (directory / TERMS).open(encoding="utf-8", newline="") as handle:
        return {row["curie"]: row["label"] for row in csv.DictReader(handle, delimiter="\t")}


@cache
def mondo_xrefs(directory: Path = VENDORED) -> dict[str, list[str]]:
    """MONDO CURIE -> its DOID and NCIT exact matches, from MONDO's own SSSOM files."""
    found: dict[str, set[str]] = {}
    for name in MAPPINGS:
        for row in read_sssom(directory / name):
            if row["predicate_id"] == "skos:exactMatch":
                found.setdefault(row["subject_id"], set()).add(row["object_id"])
    return {mondo: sorted(xrefs) for mondo, xrefs in found.items()}


@cache
def unverified() -> dict[str, dict[str, str]]:
    """CURIE -> {label, source, note} of the terms the reference tables lack."""
    entries = yaml.safe_load((VENDORED / UNVERIFIED).read_text(encoding="utf-8"))["terms"]
    return {entry["curie"]: entry for entry in entries}


def schema_curies(schema_path: Path) -> dict[str, str]:
    """Ontology CURIE -> where the schema writes it (enum `meaning`s, URIs)."""
    schema = yaml.safe_load(schema_path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for enum, definition in schema.get("enums", {}).items():
        for code, value in (definition.get("permissible_values") or {}).items():
            meaning = (value or {}).get("meaning", "")
            if CURIE.fullmatch(meaning):
                found.setdefault(meaning, f"{enum}.{code}")
    for kind in ("classes", "slots"):
        for name, definition in (schema.get(kind) or {}).items():
            for key in ("class_uri", "slot_uri"):
                uri = (definition or {}).get(key, "")
                if CURIE.fullmatch(uri):
                    found.setdefault(uri, f"{name}.{key}")
    return found


def data_curies(conditions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Ontology CURIE -> the condition that writes it."""
    found: dict[str, str] = {}
    for row in conditions:
        for curie in [row.get("mondo_id"), row.get("context_term_id"), *(row.get("xrefs") or [])]:
            if curie:
                found.setdefault(curie, str(row["id"]))
    return found


def check_curies(curies: dict[str, str]) -> list[str]:
    """Why each CURIE fails that is neither a vendored term, nor one of MONDO's own
    cross-references, nor on the unverified list."""
    allowed = set(terms()) | set(unverified()) | _all_xrefs()
    return [
        f"{curie} ({where}) is not in {TERMS}, not a MONDO mapping and not on the "
        f"unverified list ({UNVERIFIED})"
        for curie, where in sorted(curies.items())
        if curie not in allowed
    ]


@cache
def _all_xrefs() -> frozenset[str]:
    return frozenset(x for xrefs in mondo_xrefs().values() for x in xrefs)


def check_conditions(records: list[Any], curation: Path) -> list[Problem]:
    """Each condition's terms exist under their labels, its xrefs are MONDO's own mappings of
    an exactly matched term (none for a broad or narrow match), and the SSSOM file of mapping
    decisions says the same as the table."""
    if not records:
        return []
    path = curation / CONDITION_MAPPINGS
    if not path.is_file():
        return [
            Problem(
                code="missing-file",
                message="the conditions have no file of mapping decisions",
                file=str(path),
                hint=f"write {CONDITION_MAPPINGS} (SSSOM) beside the curation files",
            )
        ]
    problems: list[Problem] = []
    known, xrefs = terms(), mondo_xrefs()
    by_subject = {row["subject_id"].removeprefix(SUBJECT_PREFIX): row for row in read_sssom(path)}
    for record in records:
        data = record.data
        for name in ("mondo_id", "context_term_id"):
            curie = data.get(name)
            if curie and curie not in known:
                problems.append(
                    record.problem(
                        "unknown-term",
                        f"{curie} is not in the vendored ontology terms",
                        field=name,
                        value=curie,
                        hint="check it in the MONDO release, then run `python -m "
                        "mscexo.curation.ontology ../shared/ontologies` to vendor its row "
                        f"({TERMS})",
                    )
                )
        row = by_subject.pop(data["id"], None)
        predicate = (row or {}).get("predicate_id")
        # Cross-references name the same disease: only an exactly matched term lends its own.
        expected = xrefs.get(data.get("mondo_id") or "", []) if predicate == PREDICATES[0] else []
        if predicate in (None, *PREDICATES) and sorted(data.get("xrefs") or []) != expected:
            problems.append(
                record.problem(
                    "xrefs",
                    "xrefs differ from MONDO's own mappings of the mondo_id",
                    field="xrefs",
                    value=shorten("|".join(data.get("xrefs") or [])),
                    hint=f"write exactly {expected}" if expected else "leave xrefs empty",
                )
            )
        problems.extend(_agrees_with_sssom(record, row, path))
    for subject in sorted(by_subject):
        problems.append(
            Problem(
                code="foreign-key",
                message=f"mapping of {subject!r}, which is not a condition",
                file=str(path),
                value=shorten(subject),
                hint="delete the row or add the condition",
            )
        )
    return problems


def _agrees_with_sssom(record: Any, row: dict[str, str] | None, path: Path) -> list[Problem]:
    data = record.data
    term = data.get("mondo_id") or data.get("context_term_id")
    if row is None:
        return (
            [
                record.problem(
                    "mapping",
                    f"{term} has no row in {CONDITION_MAPPINGS}",
                    value=term,
                    hint="add the mapping decision (predicate, justification, confidence)",
                )
            ]
            if term
            else []
        )
    label = terms().get(row.get("object_id", ""))
    checks = [
        (row.get("object_id") == term, f"maps to {row.get('object_id')!r}, the table to {term!r}"),
        (row.get("object_label") == label, f"object_label is not the label of {term}: {label!r}"),
        (row.get("predicate_id") in PREDICATES, f"predicate_id must be one of {PREDICATES}"),
        (row.get("mapping_justification") == JUSTIFICATION, f"justification: {JUSTIFICATION}"),
        (_is_confidence(row.get("confidence")), "confidence must be a number from 0 to 1"),
    ]
    return [
        Problem(
            code="mapping",
            message=f"{CONDITION_MAPPINGS} row of {data['id']!r}: {message}",
            file=str(path),
            record_id=str(data["id"]),
            hint="make the SSSOM row and the conditions table agree",
        )
        for ok, message in checks
        if not ok
    ]


def _is_confidence(text: str | None) -> bool:
    try:
        return 0 <= float(text or "") <= 1
    except ValueError:
        return False


def vendor(reference: Path, curies: Iterable[str]) -> None:
    """Copy the reference rows of `curies` (and MONDO's mappings of the MONDO ones)."""
    reference_terms = terms(reference)
    used = sorted(c for c in set(curies) if c in reference_terms)
    with (VENDORED / TERMS).open("w", encoding="utf-8", newline="") as handle:
        handle.write("curie\tlabel\n")
        handle.writelines(f"{c}\t{reference_terms[c]}\n" for c in used)
    for name in MAPPINGS:
        lines = (reference / name).read_text(encoding="utf-8").splitlines()
        header = [line for line in lines if line.startswith("#")]
        columns, *rows = [line for line in lines if not line.startswith("#")]
        kept = sorted(row for row in rows if row.split("\t")[0] in used)
        text = "\n".join([*header, columns, *kept]) + "\n"
        (VENDORED / name).write_text(text, encoding="utf-8")


def used_curies(root: Path) -> set[str]:
    """Every checked CURIE the schema and the curated conditions write."""
    conditions: list[dict[str, Any]] = []
    path = root / "curation" / "conditions.yaml"
    if path.is_file():
        conditions = yaml.safe_load(path.read_text(encoding="utf-8")).get("conditions", [])
    return set(schema_curies(root / "schema" / "mscexo.yaml")) | set(data_curies(conditions))


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    if len(sys.argv) != 2:
        sys.exit(
            "usage: python -m mscexo.curation.ontology REFERENCE_DIR (e.g. ../shared/ontologies)"
        )
    vendor(Path(sys.argv[1]), used_curies(Path.cwd()))
    print(f"vendored the rows in use into {VENDORED}")
