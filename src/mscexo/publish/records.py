"""Record and entity pages of the documentation site: one page per row of the release, at a
stable address, `records/<table>/<id>/`, so that any record can be linked to and cited.

A page shows every field of its row, the provenance (the evidence as a quotation, the place
in the document and the document's citation), the rows it references and every row that
references it, grouped by table with counts. For an entity (a condition, trial, product, cell
source or cargo molecule) that last part is everything the release knows about the thing,
across tables and documents, which is what makes the site browsable like a knowledge base.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from functools import cached_property
from typing import Any

from mscexo.load import load

#: The entity tables: a row is a real thing that statements are about.
ENTITIES = ("conditions", "trials", "products", "msc_sources", "cargo")

#: The field that names a row of a table, for headings and link texts.
NAMES = {
    "documents": "title",
    "conditions": "label",
    "trials": "label",
    "products": "name",
    "msc_sources": "label",
    "cargo": "name",
}

#: Columns shown for a table when it is listed compactly (browse pages, "referenced by").
COMPACT = {
    "documents": ["id", "title", "year", "document_type"],
    "cited_works": ["id", "reference_number", "first_author", "year", "document_id"],
    "msc_sources": ["id", "label", "cell_kind", "tissue"],
    "cargo": ["id", "name", "molecule_type", "synonyms"],
    "conditions": ["id", "label", "condition_kind", "disease_area", "mondo_id"],
    "trials": ["id", "label"],
    "products": ["id", "name", "product_type", "msc_source_id"],
    "cargo_findings": ["id", "cargo_id", "effect", "condition_id", "msc_source_id", "document_id"],
    "preclinical_studies": [
        "id",
        "condition_id",
        "organism",
        "msc_source_id",
        "product_type",
        "outcome",
        "document_id",
    ],
    "clinical_trials": [
        "id",
        "trial_id",
        "condition_id",
        "product_type",
        "phase",
        "route",
        "document_id",
    ],
    "genetic_modifications": [
        "id",
        "modified_factor",
        "modification_method",
        "condition_id",
        "document_id",
    ],
    "approved_products": ["id", "product_id", "name", "jurisdiction", "indication", "document_id"],
    "statistics": ["id", "quantity", "value", "unit", "document_id"],
    "source_tables": ["id", "table_label", "caption", "row_count"],
    "exclusions": ["id", "exclusion_kind", "items", "reason"],
    "retired": ["id", "retired_table", "retired_in", "replaced_by"],
}

#: Where an identifier resolves, by its prefix (CURIEs) or its column.
OBO = ("MONDO", "GO", "HP", "DOID", "NCIT", "UBERON", "CL", "NCBITaxon", "CHEBI", "SO")
RESOLVERS = {prefix: f"http://purl.obolibrary.org/obo/{prefix}_{{}}" for prefix in OBO} | {
    "doi": "https://doi.org/{}",
    "spdx": "https://spdx.org/licenses/{}.html",
}
COLUMN_RESOLVERS = {
    "nct_id": "https://clinicaltrials.gov/study/{}",
    "doi": "https://doi.org/{}",
    "pmid": "https://pubmed.ncbi.nlm.nih.gov/{}/",
    "pmcid": "https://www.ncbi.nlm.nih.gov/pmc/articles/{}/",
}
PROVENANCE = ("document_id", "locator", "evidence", "confidence", "curation_note")


def slug(identifier: str) -> str:
    """The path segment of a record's page: its identifier, with anything but letters,
    digits, dots, hyphens and underscores replaced (a DOI's slashes and colon)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", identifier)


def page_path(table: str, identifier: str) -> str:
    """The page of a record, relative to docs/."""
    return f"records/{table}/{slug(identifier)}.md"


def resolve(curie: str) -> str | None:
    """The resolver address of a CURIE, if its prefix is known."""
    prefix, _, local = curie.partition(":")
    return RESOLVERS[prefix].format(local) if prefix in RESOLVERS and local else None


def markdown_cell(text: Any) -> str:
    """Text safe inside a Markdown table cell (no table, link or reference syntax)."""
    if not text:
        return ""
    escaped = html.escape(" ".join(str(text).split()))
    for char, entity in (("|", "&#124;"), ("[", "&#91;"), ("]", "&#93;"), ("*", "&#42;")):
        escaped = escaped.replace(char, entity)
    return escaped


class Index:
    """Every row of the release, with the references between rows indexed both ways."""

    def __init__(self, resources: dict[str, dict[str, Any]]) -> None:
        self.resources = resources
        self.rows = {name: load(name).to_pylist() for name in resources}
        self.by_id = {
            name: {str(row["id"]): row for row in rows} for name, rows in self.rows.items()
        }

    @cached_property
    def targets(self) -> dict[str, dict[str, str]]:
        """table -> field -> the table it references (single and list fields)."""
        found: dict[str, dict[str, str]] = {}
        for name, resource in self.resources.items():
            schema = resource["schema"]
            keys = schema.get("foreignKeys", []) + schema.get("mscexo:listForeignKeys", [])
            found[name] = {fk["fields"]: fk["reference"]["resource"] for fk in keys}
        return found

    @cached_property
    def referenced_by(self) -> dict[tuple[str, str], dict[str, list[dict[str, Any]]]]:
        """(table, id) -> referencing table -> the rows that reference it."""
        index: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for name, rows in self.rows.items():
            for row in rows:
                for field, target in self.targets[name].items():
                    values = row.get(field)
                    for value in values if isinstance(values, list) else [values]:
                        if value is not None and row not in index[(target, str(value))][name]:
                            index[(target, str(value))][name].append(row)
        return index

    @cached_property
    def meanings(self) -> dict[str, dict[str, dict[str, str]]]:
        """table -> field -> code -> the ontology term the code stands for."""
        return {
            name: {
                f["name"]: f["mscexo:meanings"]
                for f in resource["schema"]["fields"]
                if "mscexo:meanings" in f
            }
            for name, resource in self.resources.items()
        }

    def table_of(self, identifier: str) -> str | None:
        """The table holding an identifier (for references that are not foreign keys)."""
        return next((name for name, rows in self.by_id.items() if identifier in rows), None)

    def name(self, table: str, identifier: str) -> str:
        """How a row is named in links: a label or name, a document as "Author year"."""
        row = self.by_id.get(table, {}).get(identifier)
        if row and table == "documents":
            author = (row.get("authors") or ["?"])[0].split(" ")[0]
            return f"{author} {row.get('year') or ''}".strip()
        field = NAMES.get(table)
        return str(row[field]) if row and field and row.get(field) else identifier


def link(release: Index, table: str, identifier: str, here: str, text: str | None = None) -> str:
    """A Markdown link from the page `here` (a path under docs/) to a record's page."""
    depth = here.count("/")
    target = "../" * depth + page_path(table, identifier)
    label = text or release.name(table, identifier)
    return f"[{markdown_cell(label) or markdown_cell(identifier)}]({target})"


def _value(release: Index, table: str, field: str, value: Any, here: str) -> str:
    """One value of a field as Markdown: references link to records, identifiers resolve."""
    if isinstance(value, list):
        return ", ".join(_value(release, table, field, v, here) for v in value)
    text = f"{value:g}" if isinstance(value, float) else str(value)
    target = release.targets.get(table, {}).get(field)
    if target and text in release.by_id.get(target, {}):
        return link(release, target, text, here)
    if field == "replaced_by" and release.table_of(text):
        return link(release, release.table_of(text) or "", text, here, text)
    if field in COLUMN_RESOLVERS:
        return f"[{markdown_cell(text)}]({COLUMN_RESOLVERS[field].format(text)})"
    url = resolve(text) if re.fullmatch(r"[A-Za-z]+:[A-Za-z0-9_.]+", text) else None
    if url:
        return f"[{markdown_cell(text)}]({url})"
    term = release.meanings.get(table, {}).get(field, {}).get(text)
    if term and resolve(term):
        # a code that stands for an ontology term (a tissue, a species, a route) links to it
        return f"{markdown_cell(text)} ([{term}]({resolve(term)}))"
    return markdown_cell(text)


def citation(document: dict[str, Any]) -> str:
    """A short citation of a source document, with its DOI as a link."""
    authors = document.get("authors") or []
    who = ", ".join(authors[:3]) + (" et al." if len(authors) > 3 else "")
    parts = [f"{who} ({document['year']})." if who and document.get("year") else who]
    parts.append(f"*{markdown_cell(document['title'])}*.")
    if document.get("journal"):
        parts.append(f"{markdown_cell(document['journal'])}.")
    if document.get("doi"):
        parts.append(f"[doi:{document['doi']}](https://doi.org/{document['doi']})")
    return " ".join(p for p in parts if p)


def compact_table(
    release: Index,
    table: str,
    rows: list[dict[str, Any]],
    here: str,
    skip: frozenset = frozenset(),
) -> str:
    """Rows of a table with its compact columns (less those in `skip`, such as the reference
    back to the page's own record), each id linking to the row's page."""
    columns = [c for c in COMPACT.get(table, []) if c not in skip and any(c in r for r in rows)]
    columns = columns or list(rows[0])[:5]
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for row in sorted(rows, key=lambda r: str(r["id"])):
        cells = [
            link(release, table, str(row["id"]), here, str(row["id"]))
            if column == "id"
            else _value(release, table, column, row[column], here)
            if row.get(column) not in (None, [])
            else ""
            for column in columns
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def record_page(release: Index, table: str, row: dict[str, Any]) -> str:
    """The page of one row: title, fields, provenance, references both ways."""
    identifier = str(row["id"])
    here = page_path(table, identifier)
    resource = release.resources[table]
    heading = row.get(NAMES.get(table, "")) or identifier
    lines = [
        f"# {markdown_cell(heading)}",
        "",
        f"`{identifier}` · a row of [{table}](../../browse/{table}.md) "
        f"([field definitions](../../dictionary/{table}.md)) · "
        f"{markdown_cell(resource['description'].split('. ')[0].rstrip('.'))}.",
        "",
    ]
    referencing = release.referenced_by.get((table, identifier), {})
    if table in ENTITIES:
        lines += _entity_summary(release, referencing)
    lines += ["## Fields", "", "| field | value |", "| --- | --- |"]
    for spec in resource["schema"]["fields"]:
        value = row.get(spec["name"])
        if value in (None, []) or spec["name"] in PROVENANCE:
            continue
        lines.append(f"| `{spec['name']}` | {_value(release, table, spec['name'], value, here)} |")
    lines.append("")
    if row.get("document_id"):
        lines += _provenance(release, row, here)
    for other, rows in sorted(referencing.items()):
        back = {f for f, t in release.targets[other].items() if t == table}
        lines += [f"## Referenced by {other} ({len(rows)})", ""]
        lines += [compact_table(release, other, rows, here, skip=frozenset(back)), ""]
    return "\n".join(lines)


def _entity_summary(release: Index, referencing: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Counts of everything that mentions an entity: statements by table, and documents."""
    if not referencing:
        return ["No statement of this release refers to it.", ""]
    counts = ", ".join(f"{len(rows)} in {table}" for table, rows in sorted(referencing.items()))
    documents = {row.get("document_id") for rows in referencing.values() for row in rows}
    documents.discard(None)
    return [f"**{counts}**, from {len(documents)} document(s).", ""]


def _provenance(release: Index, row: dict[str, Any], here: str) -> list[str]:
    document = release.by_id["documents"].get(str(row["document_id"]), {})
    lines = ["## Provenance", ""]
    if row.get("evidence"):
        lines += [f"> {markdown_cell(row['evidence'])}", ""]
    lines.append(f"{markdown_cell(row.get('locator'))} of {citation(document) if document else ''}")
    lines += ["", f"Document record: {link(release, 'documents', str(row['document_id']), here)}"]
    for field in ("confidence", "curation_note"):
        if row.get(field) is not None:
            lines += ["", f"**{field}**: {markdown_cell(row[field])}"]
    return [*lines, ""]


def pages(release: Index) -> dict[str, str]:
    """Every record page: path under docs/ -> Markdown."""
    return {
        page_path(table, str(row["id"])): record_page(release, table, row)
        for table, rows in release.rows.items()
        for row in rows
    }
