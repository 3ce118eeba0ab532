"""The generated pages of the documentation site: data dictionary, browse pages, figures, CLI
reference and the release summary on the home page.

Everything is derived from the LinkML schema (through SchemaView) and the built package, at
docs build time, by the MkDocs hook `docs/hooks.py`; nothing generated is committed, so the
site can never drift from the data.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

from mscexo.files.package import is_table
from mscexo.load import data_root, descriptor, load, row_counts
from mscexo.publish import records
from mscexo.publish.records import markdown_cell

#: Front matter of the wide pages (tables of many columns): no side bars.
WIDE = "---\nhide:\n  - navigation\n  - toc\n---\n\n"


def _view():
    from linkml_runtime import SchemaView

    return SchemaView(str(data_root() / "schema" / "mscexo.yaml"))


def _resources() -> dict[str, dict[str, Any]]:
    """Each table's class, description and Table Schema (from the generated schemas)."""
    from mscexo.contract.record import read_resources

    return {
        r.name: {"class": r.class_name, "description": r.description, "schema": r.schema}
        for r in read_resources(data_root())
    }


# ----- home ----------------------------------------------------------------------------------


def release_summary() -> str:
    """The table of tables with row counts, for the home page."""
    package = descriptor()
    rows = row_counts()
    lines = [
        f"**Release {package['version']}** ({package['created'][:10]}), "
        f"licence {package['licenses'][0]['name']}.",
        "",
        "| table | rows | what it holds |",
        "| --- | ---: | --- |",
    ]
    for resource in filter(is_table, package["resources"]):
        first = resource["description"].split(". ")[0].rstrip(".")
        lines.append(
            f"| [{resource['name']}](browse/{resource['name']}.md) | {rows[resource['name']]} "
            f"| {markdown_cell(first)} |"
        )
    return "\n".join(lines)


# ----- data dictionary -----------------------------------------------------------------------


def _term_link(view, curie: str | None) -> str:
    if not curie:
        return ""
    try:
        url = view.expand_curie(curie)
    except Exception:  # a curie with an unknown prefix stays as text
        url = curie
    return f"[`{curie}`]({url})" if url and url.startswith("http") else f"`{curie}`"


def references(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """Every reference of a table: foreign keys and list fields whose items are keys."""
    schema = resource["schema"]
    return schema.get("foreignKeys", []) + schema.get("mscexo:listForeignKeys", [])


def table_page(view, name: str, resource: dict[str, Any]) -> str:
    cls = resource["class"]
    keys = {fk["fields"]: fk["reference"]["resource"] for fk in references(resource)}
    enums = set(view.all_enums())
    lines = [
        WIDE + f"# {name}",
        "",
        " ".join(resource["description"].split()),
        "",
        f"Class `{cls}` of the LinkML schema; one row per record, primary key `id`. "
        f"[Browse the rows](../browse/{name}.md).",
        "",
        "| field | type | required | pattern | allowed values | description | example | term |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for slot in view.class_induced_slots(cls):
        kind = slot.range or "string"
        if kind in enums:
            allowed = f"[{kind}](enums/{kind}.md)"
            kind = "enum"
        elif slot.name in keys:
            allowed = f"an id of [{keys[slot.name]}]({keys[slot.name]}.md)"
            kind = "reference"
        else:
            allowed = ""
        if slot.multivalued:
            kind = f"list of {kind}"
        example = slot.examples[0].value if slot.examples else ""
        words = slot.annotations["pattern_in_words"].value if slot.pattern else ""
        # a code span shows its text as is: only the table's own delimiter is escaped there
        code = (slot.pattern or "").replace("|", "&#124;")
        pattern = f"{markdown_cell(words)} (`{code}`)" if slot.pattern else ""
        term = _term_link(view, slot.slot_uri)
        lines.append(
            f"| `{slot.name}` | {kind} | {'yes' if slot.required or slot.identifier else ''} | "
            f"{pattern} | {allowed} | "
            f"{markdown_cell(slot.description)} | {markdown_cell(example)} | {term} |"
        )
    return "\n".join(lines) + "\n"


def enum_page(view, name: str) -> str:
    enum = view.get_enum(name)
    lines = [
        f"# {name}",
        "",
        " ".join((enum.description or "").split()),
        "",
        "| value | meaning | description |",
        "| --- | --- | --- |",
    ]
    for value, pv in enum.permissible_values.items():
        lines.append(
            f"| `{value}` | {_term_link(view, pv.meaning)} | {markdown_cell(pv.description)} |"
        )
    return "\n".join(lines) + "\n"


def dictionary_index(view, resources: dict[str, dict[str, Any]]) -> str:
    lines = [
        WIDE + "# Data dictionary",
        "",
        "Generated from the LinkML schema "
        f"`{view.schema.name}` {view.schema.version}, never edited by hand. "
        "Each table of the package is one class; arrows are references between tables.",
        "",
        "[![Tables of MSC-Exo and the references between them](diagram.svg)](diagram.svg)",
        "",
        "| table | class | fields | references |",
        "| --- | --- | ---: | --- |",
    ]
    for name, resource in resources.items():
        targets = sorted({fk["reference"]["resource"] for fk in references(resource)})
        lines.append(
            f"| [{name}]({name}.md) | `{resource['class']}` | {len(resource['schema']['fields'])} "
            f"| {', '.join(targets)} |"
        )
    lines += [
        "",
        "The [reporting checklist](checklist.md) lists the MISEV, ISCT and MSC-EV reporting "
        "items that `mscexo checklist` scores, with the fields that report each.",
    ]
    lines += ["", *artefacts_section(), ""]
    lines += [*CONVENTIONS.splitlines(), *unverified_terms(), "", "## Enumerations", ""]
    lines += [f"- [{name}](enums/{name}.md)" for name in sorted(view.all_enums())]
    return "\n".join(lines) + "\n"


CONVENTIONS = """
## Missing values

One convention, enforced by the build and by `mscexo validate`: **an empty cell means that the
document does not say.** No coded field has a `not_reported` value (it was removed in 1.0; the
validator tells you to leave the cell empty instead), and no text field holds a placeholder
such as "not stated", "n/a" or "(not named in this sentence)": such cells are refused with
the code `placeholder`. Where the reason for a gap matters, it is in `curation_note`. A field
marked required is one that every document states (or that the curator decides, such as the
kind of clinical study). `not_applicable` (a tissue, a trial phase) and `other` are values,
not gaps.

## Statements and entities

A row of a fact table (cargo_findings, preclinical_studies, clinical_trials,
genetic_modifications, approved_products, statistics) is a *statement*: what one document
says, with its locator and evidence. One statement is one row, even when it cites several
works (`cited_work_ids` lists them all), so counting distinct cited works counts distinct
studies. *Entities* are the real things statements are about, one row each however many
documents mention them: `conditions` (referenced by `condition_id`; the printed words stay in
`condition_as_reported`), `trials` (`trial_id`: the NCT number, or a minted `TR-` number),
`products` (`product_id`), `msc_sources` and `cargo`.

## Ontology terms

Every ontology CURIE in the schema and the data is checked by the tests against the rows of
the MONDO release the project vendors in `src/mscexo/ontologies/` (MONDO and the UBERON, CL,
NCBITaxon, CHEBI, GO and HP terms it imports, with labels, and MONDO's own mappings to DOID
and NCIT). The mapping decisions (exact, broad or narrow match, with a confidence) are in
`curation/conditions.sssom.tsv`: a broad match means the MONDO term is broader than the
condition. A condition's `xrefs` are exactly MONDO's mappings of an exactly matched `mondo_id`
(none for a broad match, as they would name another disease). Terms the
release does not hold cannot be checked offline; they are listed here with the source that
confirms each. NCIT route and phase codes are among them: new routes get no code until one
can be verified.
"""


#: What each artefact generated from the schema (`mscexo.datamodel.generate`) is, and for whom.
ARTEFACTS = {
    "mscexo.yaml": ("LinkML schema (YAML)", "the source of everything below"),
    "generated/mscexo.schema.json": (
        "JSON Schema",
        "validates a `Dataset` in JSON or YAML (LinkML `gen-json-schema`)",
    ),
    "generated/tableschema.json": (
        "Frictionless Table Schemas",
        "one per table of the package, as in `datapackage.json`",
    ),
    "generated/mscexo.owl.ttl": ("OWL ontology (Turtle)", "classes and slots (`gen-owl`)"),
    "generated/mscexo.shacl.ttl": (
        "SHACL shapes (Turtle)",
        "validate RDF data; the Turtle export conforms to them (`gen-shacl`, checked by pyshacl)",
    ),
    "generated/mscexo.shex": ("ShEx shapes (ShExC)", "validate RDF data (`gen-shex`)"),
    "generated/mscexo.sqlite.sql": (
        "SQL DDL (SQLite)",
        "a table per class, a join table per list field, foreign keys; "
        "`mscexo export --format sqlite` fills it (`gen-sqltables`)",
    ),
    "generated/mscexo.context.jsonld": (
        "JSON-LD context",
        "reads a `Dataset` in JSON as RDF (`gen-jsonld-context`); the field `doi` takes the "
        "place of the prefix `doi:` in it (LinkML issue 2971), so DOI identifiers are not "
        "expanded to https://doi.org/ through it: use the RDF export for those",
    ),
}
#: Where the artefacts are published on the site, beside the dictionary: `schema/` as in the
#: repository.
SCHEMA_DIR = "schema"


def artefact_files() -> dict[str, bytes]:
    """The schema and every artefact generated from it, as the site publishes them (path under
    docs/ -> bytes), copied from the data root (the checkout, or the installed wheel)."""
    from mscexo.datamodel.generate import ARTEFACTS as GENERATED
    from mscexo.datamodel.generate import SCHEMA

    paths = [SCHEMA, *GENERATED]
    published = {path.relative_to(SCHEMA.parent).as_posix() for path in paths}
    if published != set(ARTEFACTS):  # a new artefact needs its line on the dictionary page
        raise ValueError(f"site.ARTEFACTS does not describe {sorted(published ^ set(ARTEFACTS))}")
    return {
        f"{SCHEMA_DIR}/{path.relative_to(SCHEMA.parent).as_posix()}": (
            data_root() / path
        ).read_bytes()
        for path in paths
    }


def artefacts_section() -> list[str]:
    """The dictionary's list of the schema's artefacts, each linked for download."""
    lines = [
        "## Schema and artefacts",
        "",
        "The LinkML schema and what LinkML generates from it, for other tools. `mscexo "
        "generate` writes them and the tests check that they match the schema; they also "
        "ship in the Python package (`mscexo/_data/schema/`).",
        "",
        "| file | what | use |",
        "| --- | --- | --- |",
    ]
    for path, (what, use) in ARTEFACTS.items():
        name = path.rsplit("/", 1)[-1]
        lines.append(f"| [`{name}`](../{SCHEMA_DIR}/{path}) | {what} | {markdown_cell(use)} |")
    lines += [
        "",
        "Not published: GraphQL and TypeScript. LinkML's `gen-graphql` and `gen-typescript` "
        "(linkml 1.12.1) write invalid code for this schema: the first separates the "
        "interfaces a type implements with commas where GraphQL wants `&`, the second types "
        "`date` fields with a TypeScript type `date` that does not exist.",
    ]
    return lines


def unverified_terms() -> list[str]:
    """The table of terms the vendored ontology release lacks, with their sources."""
    from mscexo.curation.ontology import unverified

    lines = ["| term | label | confirmed by |", "| --- | --- | --- |"]
    for curie, entry in sorted(unverified().items()):
        lines.append(f"| `{curie}` | {entry['label']} | {markdown_cell(entry['source'])} |")
    return lines


def diagram(resources: dict[str, dict[str, Any]]) -> bytes:
    """The tables and their references as an SVG laid out by Graphviz (`dot`), which routes
    edges around the table boxes: an arrow from each table to every table it references,
    labelled with the field. Entity tables and statement tables are shaded apart."""
    import graphviz

    graph = graphviz.Digraph(
        "mscexo",
        graph_attr={"rankdir": "LR", "splines": "spline", "nodesep": "0.2", "ranksep": "0.9"},
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fontname": "Helvetica",
            "fontsize": "20",
        },
        edge_attr={"color": "#7b8794", "fontname": "Helvetica", "fontsize": "14"},
    )
    for name in resources:
        entity = name in records.ENTITIES or name in ("documents", "cited_works")
        fill = "#e8eaf6" if entity else "#e0f2f1"
        graph.node(name, name, fillcolor=fill, color="#3f51b5" if entity else "#00796b")
    for name, resource in resources.items():
        for fk in references(resource):
            target = fk["reference"]["resource"]
            if fk["fields"] != "document_id" and target != name:
                graph.edge(name, target, label=fk["fields"])
    # Every fact table cites its document: one note instead of a dozen crossing arrows.
    graph.node(
        "note",
        "every statement table also references documents (document_id)",
        shape="note",
        fillcolor="#fff8e1",
        color="#f9a825",
    )
    return graph.pipe(format="svg")


# ----- browse --------------------------------------------------------------------------------


#: Fields offered as facets on the browse pages, where a table has them.
FACETS = (
    "disease_area",
    "condition_kind",
    "clinical_study_type",
    "product_type",
    "phase",
    "msc_source_id",
    "organism",
    "study_setting",
    "route",
    "molecule_type",
    "cell_kind",
    "modification_method",
    "document_type",
    "exclusion_kind",
    "retired_table",
    "category",
)
#: A facet with more distinct values than this is not a facet but a column to filter.
MAX_FACET_VALUES = 40
#: Rows shown per page of a browse table (the rest stay in the data, not in the page).
PAGE_SIZE = 50


def browse_data(name: str, resource: dict[str, Any], release: records.Index) -> dict[str, Any]:
    """A table as the browse page's script reads it: columns, rows, references, facets.

    Tables that reference a condition get the condition's `disease_area` as a column of their
    own, so that statements can be filtered by disease area."""
    rows = release.rows[name]
    columns = [f["name"] for f in resource["schema"]["fields"]]
    derived = "condition_id" in columns and "disease_area" not in columns
    if derived:
        columns.insert(columns.index("condition_id") + 1, "disease_area")
        area = {c["id"]: c["disease_area"] for c in release.rows["conditions"]}
        rows = [{**row, "disease_area": area.get(row["condition_id"])} for row in rows]
    columns = [c for c in columns if any(row.get(c) not in (None, []) for row in rows)] or ["id"]
    targets = release.targets[name]
    facets = [
        f for f in FACETS if f in columns and len({str(r.get(f)) for r in rows}) <= MAX_FACET_VALUES
    ]
    names = {
        table: {i: release.name(table, i) for i in release.by_id[table]}
        for table in sorted(set(targets.values()))
        if table in records.NAMES
    }
    return {
        "table": name,
        "columns": columns,
        "compact": [c for c in records.COMPACT.get(name, columns[:6]) if c in columns],
        "facets": facets,
        "references": {f: t for f, t in targets.items() if f in columns},
        "resolvers": {f: u for f, u in records.COLUMN_RESOLVERS.items() if f in columns},
        "names": names,
        "page_size": PAGE_SIZE,
        "rows": [[_plain(row.get(c)) for c in columns] for row in rows],
    }


def _plain(value: Any) -> Any:
    """A JSON value: dates as text, the rest as is."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def browse_page(name: str, resource: dict[str, Any]) -> str:
    """The browse page of a table: the script (browse.js) loads `<table>.json` and shows a
    page of rows at a time with facets, a filter kept in the address and a CSV download."""
    count = row_counts()[name]
    return (
        WIDE + f"# {name}\n\n{' '.join(resource['description'].split())}\n\n"
        f"{count} rows. Type to filter, pick facet values to narrow, click a header to sort, "
        f"open a row for all its fields, or its id for its own page. The address keeps the "
        f"filter, so a filtered view can be shared. "
        f"[Field definitions](../dictionary/{name}.md).\n\n"
        f'<div class="mscexo-browse" data-src="../{name}.json" markdown="0">\n'
        f'<p class="mscexo-loading">Loading {count} rows…</p>\n</div>\n'
    )


# ----- figures -------------------------------------------------------------------------------


def _svg(figure) -> bytes:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(figure)
    return buffer.getvalue()


def _bar(counts: Counter, title: str, xlabel: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "mscexo"
    items = counts.most_common()
    figure, axes = plt.subplots(figsize=(8, 0.35 * len(items) + 1.2))
    axes.barh([k for k, _ in items][::-1], [v for _, v in items][::-1], color="#3f51b5")
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    for y, (_, value) in enumerate(items[::-1]):
        axes.text(value, y, f" {value}", va="center", fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def _counts(table: str, *columns: str) -> Counter:
    """Rows per value (or combination of values); `condition_id.disease_area` follows the
    reference to the conditions table."""
    area = {row["id"]: row["disease_area"] for row in load("conditions").to_pylist()}
    counts: Counter = Counter()
    for row in load(table).to_pylist():
        values = [
            area.get(row["condition_id"]) if c == "condition_id.disease_area" else row[c]
            for c in columns
        ]
        counts[" / ".join(str(v or "not stated") for v in values)] += 1
    return counts


FIGURES = [
    (
        "trials-by-product-and-phase",
        "clinical_trials",
        ("product_type", "phase"),
        "Clinical trials by product type and phase",
        "trials",
    ),
    (
        "preclinical-by-source",
        "preclinical_studies",
        ("msc_source_id",),
        "Preclinical studies by cell source",
        "studies",
    ),
    (
        "preclinical-by-organism",
        "preclinical_studies",
        ("organism",),
        "Preclinical studies by organism",
        "studies",
    ),
    (
        "preclinical-by-disease-area",
        "preclinical_studies",
        ("condition_id.disease_area",),
        "Preclinical studies by disease area of the condition",
        "studies",
    ),
    ("cargo-by-molecule-type", "cargo", ("molecule_type",), "Cargo molecules by type", "molecules"),
]


def figures() -> tuple[str, dict[str, bytes]]:
    """The figures page and its SVG files, each figure with alt text and its numbers."""
    files, lines = {}, ["# Figures", "", "Drawn from the release at build time, never by hand.", ""]
    for slug, table, columns, title, unit in FIGURES:
        counts = _counts(table, *columns)
        files[f"figures/{slug}.svg"] = _bar(counts, title, unit)
        top = ", ".join(f"{k} ({v})" for k, v in counts.most_common(3))
        alt = f"Bar chart: {title.lower()}; most frequent: {top}"
        lines += [
            f"## {title}",
            "",
            f"![{alt}](figures/{slug}.svg)",
            "",
            f"| {' / '.join(columns)} | {unit} |",
            "| --- | ---: |",
        ]
        lines += [f"| {markdown_cell(k)} | {v} |" for k, v in counts.most_common()]
        lines.append("")
    return "\n".join(lines), files


# ----- questions -----------------------------------------------------------------------------


def questions_page() -> str:
    """Each question of `mscexo.publish.questions` with its SQL and the answer from this release."""
    from mscexo.publish.questions import QUESTIONS, answer

    lines = [
        "# Questions, one join each",
        "",
        "Asked of this release with DuckDB (`con = mscexo.connect()`, then `con.sql(...)`); "
        "the answers below are computed when the site is built.",
        "",
    ]
    for question in QUESTIONS:
        columns, rows = answer(question)
        lines += [f"## {question.title}", "", question.explanation, "", "```sql"]
        lines += [question.sql, "```", "", f"{len(rows)} row(s).", ""]
        lines += ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
        lines += ["| " + " | ".join(markdown_cell(_text(v)) for v in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


# ----- command line --------------------------------------------------------------------------


def cli_page() -> str:
    from mscexo.cli import commands, parser

    main = parser()
    lines = [
        "# Command line",
        "",
        "Generated from the `mscexo` argument parser.",
        "",
        "```text",
        main.format_help().rstrip(),
        "```",
        "",
    ]
    for name, sub in commands().items():
        lines += [f"## mscexo {name}", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(lines)


def _section(item: Any) -> str:
    """An item's section; MISEV items without a confirmed one say so."""
    return item.section or ("not confirmed" if item.source == "MISEV" else "—")


def checklist_page() -> str:
    """The reporting checklist, rendered from the same items table `mscexo checklist` scores."""
    from mscexo.contribution.checklist import SCORED_TABLES, load_checklist

    checklist = load_checklist()
    scopes = {
        "producer_cells": "every record",
        "vesicles": "records of vesicles, secretome or medium (not cells)",
    }
    lines = [
        WIDE + "# Reporting checklist",
        "",
        "The items a primary study of MSC-derived extracellular vesicles should report, from the "
        "minimal-information standards of the field, and the fields of the "
        + " and ".join(f"[{t}]({t}.md)" for t in SCORED_TABLES)
        + " tables that report them. `mscexo checklist PATH` scores a contribution against "
        "them, item by item, as EV-METRIC does for EV-TRACK: an item is reported when at least "
        "*needs* of its fields are filled; the score of a record is reported / applicable. "
        "Generated from `checklist_items.yaml` of the package, never edited by hand.",
        "",
        "Where a standard's exact requirement or section could not be confirmed, the note says "
        "so: the items are those issue 17 of the project lists, and no requirement is added. "
        "MISEV sections are the six topics of MISEV2018 as ISEV's editorial 'Updating MISEV' "
        "(Witwer et al. 2021, doi:10.1002/jev2.12182) names them; MISEV2023's own section "
        "names are not cited.",
        "",
        "## Standards",
        "",
        "| source | standard |",
        "| --- | --- |",
    ]
    lines += [f"| {key} | {text} |" for key, text in checklist.sources.items()]
    lines += [
        "",
        "## Items",
        "",
        "| item | what is asked | source | section | applies to | fields (needs) | note |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for item in checklist.items:
        fields = ", ".join(f"`{name}`" for name in item.fields)
        lines.append(
            f"| `{item.id}` | {item.label} | {item.source} | {_section(item)} "
            f"| {scopes[item.scope]} | {fields} ({item.needs}) | {item.note} |"
        )
    return "\n".join(lines) + "\n"


# ----- everything ----------------------------------------------------------------------------


def generate(changelog: Path | None = None) -> dict[str, str | bytes]:
    """Every generated file of the site: path under docs/ -> content."""
    view, resources = _view(), _resources()
    files: dict[str, str | bytes] = {"dictionary/index.md": dictionary_index(view, resources)}
    files["dictionary/diagram.svg"] = diagram(resources)
    files["dictionary/checklist.md"] = checklist_page()
    files.update(artefact_files())
    release = records.Index(resources)
    for name, resource in resources.items():
        files[f"dictionary/{name}.md"] = table_page(view, name, resource)
        files[f"browse/{name}.md"] = browse_page(name, resource)
        data = browse_data(name, resource, release)
        files[f"browse/{name}.json"] = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for name in view.all_enums():
        files[f"dictionary/enums/{name}.md"] = enum_page(view, name)
    counts = row_counts()
    files["browse/index.md"] = (
        "# Browse the data\n\n"
        + "\n".join(f"- [{name}]({name}.md): {counts[name]} rows" for name in resources)
        + "\n"
    )
    page, svgs = figures()
    files["figures.md"] = page
    files.update(svgs)
    files["cli.md"] = cli_page()
    files["questions.md"] = questions_page()
    files.update(records.pages(release))
    if changelog is not None and changelog.is_file():
        files["changelog.md"] = changelog.read_text(encoding="utf-8")
    return files
