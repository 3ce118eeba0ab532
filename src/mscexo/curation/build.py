"""Build the data package from the curation files.

`curation/*.yaml` (one file per source document, plus shared vocabularies) are read, every
record is validated by the pydantic models generated from the LinkML schema, every primary key
is checked for uniqueness and every foreign key resolved. Only when nothing is wrong is the
package written: to a temporary directory beside the output, which then replaces the previous
`datapackage/`, so a failed or interrupted build never leaves a half-written package.

The output is deterministic: rows are sorted by primary key, CSV and JSON are written with
fixed formatting, and the only date in the package is the release date of the version record.

Beside the tables, the build writes the release in LinkML's own form: every record as one
instance of the schema's tree root `Dataset` (one list per table), in YAML and in JSON
(`LINKML_FILES`), which `linkml-validate -s schema/mscexo.yaml -C Dataset` and LinkML's other
tools read as they are, with typed values instead of delimited text cells.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from mscexo.contract.cells import cell_text, encode
from mscexo.contract.curators import CURATORS, Curator, check_curators, credited
from mscexo.contract.keys import KeyIndex, Locate
from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, Resource, read_resources
from mscexo.curation import dose, evidence, ontology
from mscexo.errors import DataError, InputError, Problem, closest, shorten
from mscexo.files.atomic import claim, replace_directory
from mscexo.files.package import DESCRIPTOR, LINKML, Package
from mscexo.files.yaml_lines import read_yaml
from mscexo.publish import cite, metadata

if TYPE_CHECKING:
    from mscexo.datamodel import models

RELEASE_FILE = "release.yaml"
#: The release as one LinkML `Dataset` instance: format -> path in the package.
LINKML_FILES = {"yaml": "linkml/dataset.yaml", "json": "linkml/dataset.json"}
#: The class of the schema that the LinkML form is an instance of (its tree root).
TREE_ROOT = "Dataset"
#: Files in curation/ that are not collections of records.
NOT_RECORDS = {RELEASE_FILE}

#: Data licences we can describe fully in datapackage.json (SPDX id -> title, URL).
LICENCES = {
    "CC-BY-4.0": (
        "Creative Commons Attribution 4.0 International",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC0-1.0": (
        "Creative Commons Zero v1.0 Universal",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
}


# ----- curation records ----------------------------------------------------------------------


def _present(row: dict[str, Any]) -> dict[str, Any]:
    """The fields that hold a value: empty text and null count as missing, as in a CSV cell."""
    return {
        k: v for k, v in row.items() if v is not None and not (isinstance(v, str) and not v.strip())
    }


#: What a path that is not a regular file is, by its file type.
FILE_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFDIR: "a directory",
}


def curation_file(path: Path, curation: Path) -> None:
    """Refuse (InputError) a curation input that is not a regular file in `curation`: a FIFO
    or a device would block the build or never end, and a symlink that leads elsewhere would
    read a file that is not part of the curation."""
    link = os.readlink(path) if path.is_symlink() else None
    where = "put the file itself there, or remove the link"
    if link and not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(curation)):
        raise InputError(f"{path} is a symlink to {link}, outside the curation directory: {where}")
    try:
        mode = path.stat().st_mode
    except OSError as error:
        reason = (
            f"is a symlink to {link}, which does not exist: {where}"
            if link and isinstance(error, FileNotFoundError)
            else f"cannot be read: {error.strerror}; fix or remove it"
        )
        raise InputError(f"{path} {reason}") from None
    if not stat.S_ISREG(mode):
        kind = FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise InputError(
            f"{path} is {kind}, not a regular file: the build reads only regular files from "
            f"{curation}; remove it or rename it"
        )


def curation_files(curation: Path) -> list[Path]:
    """The files of records in `curation`, every input of the build checked to be a regular
    file there (`curation_file`) before any is read."""
    paths = sorted(curation.glob("*.yaml"))
    mappings = curation / ontology.CONDITION_MAPPINGS
    for path in [*paths, *([mappings] if os.path.lexists(mappings) else [])]:
        curation_file(path, curation)
    return [path for path in paths if path.name not in NOT_RECORDS]


def read_curation(path: Path) -> Any:
    """A curation file's YAML; InputError if the system cannot read it."""
    try:
        return read_yaml(path)
    except OSError as error:
        raise InputError(
            f"cannot read {path}: {error.strerror}; make it readable and build again"
        ) from None


#: Stands in `curators` for a curation file whose records name no curator: the release then
#: credits its collective author (the version record's `contributors`) beside the curators.
UNCREDITED = Curator(family_names="")


def read_records(
    curation: Path, resources: list[Resource], curators: list[Curator] | None = None
) -> Iterator[Record | Problem]:
    """Every record of every curation file, in file order; structural problems inline. The
    curators each file names (`curators:`) are checked and added to `curators`, if given
    (`UNCREDITED` for a file of records that names none)."""
    tables = [r.name for r in resources]
    for path in curation_files(curation):
        content = read_curation(path)
        if content is None:
            continue
        if not isinstance(content, dict):
            yield Problem(
                code="not-a-mapping",
                message="a curation file must map table names to lists of records",
                file=str(path),
                hint="start the file with a table name, e.g. `clinical_trials:`",
            )
            continue
        if curators is not None and CURATORS not in content and any(content.values()):
            curators.append(UNCREDITED)  # records that no named curator answers for
        for table, rows in content.items():
            if table == CURATORS:
                named, problems = check_curators(rows, str(path), getattr(content, "line", None))
                yield from problems
                if curators is not None:
                    curators.extend(named)
                continue
            if table not in tables:
                suggestion = closest(str(table), tables)
                yield Problem(
                    code="unknown-table",
                    message=f"unknown table {table!r}",
                    file=str(path),
                    line=getattr(content, "line", None),
                    value=shorten(table),
                    hint=f"did you mean {suggestion!r}?" if suggestion else f"tables: {tables}",
                )
                continue
            if not isinstance(rows, list):
                yield Problem(
                    code="not-a-list",
                    message=f"table {table!r} must be a list of records",
                    file=str(path),
                    table=table,
                )
                continue
            for index, row in enumerate(rows, start=1):
                if not isinstance(row, dict):
                    yield Problem(
                        code="not-a-mapping",
                        message="a record must be a mapping of field names to values",
                        file=str(path),
                        table=table,
                        record=index,
                        value=shorten(row),
                    )
                    continue
                yield Record(table, _present(row), str(path), index, getattr(row, "line", None))


def collect(
    curation: Path,
    resources: list[Resource],
    documents: Path | None = None,
    curators: list[Curator] | None = None,
) -> dict[str, list[Record]]:
    """Read, validate and cross-check every record, sorted by primary key; with `documents`,
    also verify evidence snippets; the curators the files name go into `curators`, if
    given. Raise DataError listing all problems."""
    from mscexo.datamodel import models

    by_name = {r.name: r for r in resources}
    problems: list[Problem] = []
    valid: dict[str, list[Record]] = {r.name: [] for r in resources}
    read: dict[str, list[Record]] = {r.name: [] for r in resources}
    for item in read_records(curation, resources, curators):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        read[item.table].append(item)
        resource = by_name[item.table]
        model = getattr(models, resource.class_name)
        problems.extend(derive_dose(item, resource))
        result, found = validate_record(item, resource, model)
        problems.extend(found)
        if result is not None:
            item.parsed = result
            valid[item.table].append(item)
    problems.extend(check_keys(read, by_name))
    problems.extend(ontology.check_conditions(valid.get("conditions", []), curation))
    if documents is not None and not problems:
        problems.extend(evidence.check(valid, documents))
    if problems:
        raise DataError(problems)
    return {name: sorted(rows, key=lambda r: str(r.data["id"])) for name, rows in valid.items()}


def check_keys(records: dict[str, list[Record]], resources: dict[str, Resource]) -> list[Problem]:
    """Identifiers and natural keys unique, every reference resolved: the records go through
    the key index `mscexo validate` uses, as the text cells they would be in a table file."""
    index = KeyIndex(
        resources, scope="the curation", names=lambda table: [r.data for r in records[table]]
    )
    for table, rows in records.items():
        resource = resources[table]
        names = [f["name"] for f in resource.fields]
        for path, group in groupby(rows, key=lambda r: r.file):
            kept = list(group)
            source = index.source(path, _locator(kept))
            cells = {
                name: [cell_text(r.data.get(name), resource.rules[name]) for r in kept]
                for name in names
            }
            batch = pa.RecordBatch.from_pydict(
                cells, schema=pa.schema([(name, pa.string()) for name in names])
            )
            index.add(table, batch, source, 0)
    return list(index.problems())


def _locator(records: list[Record]) -> Locate:
    """Where the records of one curation file are, by their order in it."""

    def locate(ordinals: np.ndarray) -> list[dict[str, Any]]:
        return [{"line": records[i].line, "record": records[i].index} for i in ordinals]

    return locate


def derive_dose(record: Record, resource: Resource) -> list[Problem]:
    """Fill the structured dose fields of a record from its printed `dose`.

    They are derived, never curated, so that one tested parser (`mscexo.curation.dose`) decides them
    for every record; a curation file that fills one by hand is refused."""
    if resource.field("dose") is None:
        return []
    given = sorted(name for name in dose.FIELDS if name in record.data)
    if given:
        return [
            record.problem(
                "derived-field",
                f"{given[0]} is derived from `dose` by the build",
                field=given[0],
                value=shorten(record.data[given[0]]),
                hint="remove the field; write the dose as printed in `dose`",
            )
        ]
    if record.data.get("dose"):
        parsed = dose.parse_dose(str(record.data["dose"]), record.data.get("route"))
        record.data.update(dose.fields(parsed))
    return []


# ----- writing -------------------------------------------------------------------------------


def _csv_bytes(resource: Resource, rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([f["name"] for f in resource.fields])
    for row in rows:
        writer.writerow([encode(row.get(name), column) for name, column in resource.rules.items()])
    return buffer.getvalue().encode("utf-8")


def _arrow_table(resource: Resource, rows: list[dict[str, Any]]):
    """The same rows as a typed Arrow table, with each column's description as metadata."""
    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    fields, columns = [], []
    for spec in resource.fields:
        item = types[spec.get("itemType", spec["type"]) if spec["type"] == "list" else spec["type"]]
        arrow_type = pa.list_(item) if spec["type"] == "list" else item
        values = [row.get(spec["name"]) for row in rows]
        if spec["type"] == "number":
            values = [None if v is None else float(v) for v in values]
        metadata = {"description": spec.get("description", "")}
        fields.append(pa.field(spec["name"], arrow_type, metadata=metadata))
        columns.append(pa.array(values, type=arrow_type))
    schema = pa.schema(fields, metadata={"description": resource.description})
    return pa.Table.from_arrays(columns, schema=schema)


def _parquet_bytes(resource: Resource, rows: list[dict[str, Any]]) -> bytes:
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(_arrow_table(resource, rows), sink, compression="zstd")
    return sink.getvalue()


def _filled(value: Any) -> bool:
    """Whether a value is given: null, empty text and an empty list are not (as in a CSV)."""
    return value is not None and value != "" and value != []


def _instance(resource: Resource, record: Record) -> dict[str, Any]:
    """One record as LinkML reads it: the values typed as the generated model holds them
    (lists as lists, integers, dates as ISO 8601 text), only the fields that hold one, in
    the order of the table's columns."""
    values = record.valid().model_dump(mode="json")
    unknown = set(values) - set(resource.rules)
    if unknown:  # a model field that no column holds would be lost without a word
        raise ValueError(f"{resource.name}: fields without a column: {sorted(unknown)}")
    return {name: values[name] for name in resource.rules if _filled(values.get(name))}


def dataset(
    resources: list[Resource], rows: dict[str, list[Record]], curators: Sequence[Curator] = ()
) -> dict[str, Any]:
    """The whole release as one instance of the tree root `Dataset`: a list of records per
    table, tables in package order and records sorted as in the CSV files; an empty table is
    left out, as an empty field is. Then the release's curators (`credited`), if any."""
    instance: dict[str, Any] = {
        resource.name: [_instance(resource, record) for record in rows[resource.name]]
        for resource in resources
        if rows[resource.name]
    }
    named = [{k: v for k, v in vars(c).items() if v is not None} for c in _named(curators)]
    return instance | ({CURATORS: named} if named else {})


def _yaml_bytes(content: dict[str, Any]) -> bytes:
    import yaml

    text = yaml.safe_dump(content, sort_keys=False, allow_unicode=True, width=100)
    return text.encode("utf-8")


def _linkml_resources(files: dict[str, Any], schema_id: str) -> list[dict[str, Any]]:
    """The descriptor's entries for the LinkML form: not tables (no `type`, no Table Schema),
    each marked with the schema and class it is an instance of."""
    media = {"yaml": "application/yaml", "json": "application/json"}
    return [
        {
            "name": f"dataset-{fmt}",
            "path": path,
            "scheme": "file",
            "format": fmt,
            "mediatype": media[fmt],
            "encoding": "utf-8",
            **files[path],
            "description": (
                f"Every record of the release in {fmt.upper()}, as one instance of the class "
                f"`{TREE_ROOT}` (the tree root) of the LinkML schema {schema_id}: one list of "
                "records per table, with typed values. Check it with "
                f"`linkml-validate -s mscexo.yaml -C {TREE_ROOT} {path}`."
            ),
            LINKML: {"schema": schema_id, "class": TREE_ROOT},
        }
        for fmt, path in LINKML_FILES.items()
    ]


def _file_facts(content: bytes) -> dict[str, Any]:
    return {"bytes": len(content), "hash": "sha256:" + hashlib.sha256(content).hexdigest()}


def _contributor(text: str) -> dict[str, Any]:
    """'Name (role)' -> a Data Package v2 contributor."""
    name, _, role = text.partition(" (")
    entry: dict[str, Any] = {"title": name.strip()}
    if role:
        entry["roles"] = [role.rstrip(")").strip()]
    return entry


def _source(document: dict[str, Any]) -> dict[str, Any]:
    source = {"title": document["title"]}
    if document.get("doi"):
        source["path"] = f"https://doi.org/{document['doi']}"
    return source


def _named(curators: Sequence[Curator]) -> list[Curator]:
    return credited([c for c in curators if c != UNCREDITED])


def contributors(release: models.Release, curators: Sequence[Curator]) -> list[dict[str, Any]]:
    """The release's contributors (its authors in every citation): the curators named in the
    curation files, each once, with their ORCID iD's URL as `path`; then the version record's
    `contributors` (the collective author), while any curation file names no curator."""
    named = [c.contributor() for c in _named(curators)]
    collective = [_contributor(c) for c in release.contributors]
    return named + collective if UNCREDITED in curators or not named else named


def descriptor(
    release: models.Release,
    resources: list[Resource],
    files: dict[str, Any],
    documents: list[dict[str, Any]],
    keywords: list[str],
    schema_id: str = "",
    curators: Sequence[Curator] = (),
) -> dict[str, Any]:
    """datapackage.json as a dict (Data Package v2): a table resource per table, then the
    LinkML form of the release when `files` holds it; the curators are its contributors."""
    licence = release.data_licence
    title, url = LICENCES.get(licence, (None, None))
    licence_entry = {"name": licence} | ({"title": title, "path": url} if title else {})
    package: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": release.name,
        "title": release.title,
        "description": " ".join((release.description or "").split()),
        "version": release.version,
        "created": f"{release.release_date.isoformat()}T00:00:00Z",
        "licenses": [licence_entry],
        "keywords": keywords,
        "contributors": contributors(release, curators),
        "sources": [_source(d) for d in documents],
        "resources": [],
    }
    if release.doi:  # the package's globally unique identifier, once an archive minted one
        package = {"id": f"https://doi.org/{release.doi}", **package}
    for resource in resources:
        csv_path, parquet_path = f"data/{resource.name}.csv", f"parquet/{resource.name}.parquet"
        package["resources"].append(
            {
                "name": resource.name,
                "type": "table",
                "path": csv_path,
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                **files[csv_path],
                "description": resource.description,
                "schema": resource.schema,
                # Parquet bytes depend on the pyarrow version that wrote them, so only the
                # CSV (the canonical resource) carries bytes and hash.
                "mscexo:parquet": {
                    "path": parquet_path,
                    "format": "parquet",
                    "mediatype": "application/vnd.apache.parquet",
                },
            }
        )
    if all(path in files for path in LINKML_FILES.values()):
        package["resources"].extend(_linkml_resources(files, schema_id))
    return package


def render(
    release: models.Release,
    resources: list[Resource],
    rows: dict[str, list[Record]],
    keywords: Sequence[str] = (),
    schema_id: str = "",
    curators: Sequence[Curator] = (),
) -> dict[str, bytes]:
    """Every file of the package: relative path -> bytes."""
    files: dict[str, bytes] = {}
    for resource in resources:
        dumped = [r.valid().model_dump(mode="python") for r in rows[resource.name]]
        files[f"data/{resource.name}.csv"] = _csv_bytes(resource, dumped)
        files[f"parquet/{resource.name}.parquet"] = _parquet_bytes(resource, dumped)
    instance = dataset(resources, rows, curators)
    files[LINKML_FILES["yaml"]] = _yaml_bytes(instance)
    files[LINKML_FILES["json"]] = _json(instance)
    # Parquet bytes depend on the pyarrow version, so only the text files carry bytes and hash.
    facts = {p: _file_facts(content) for p, content in files.items() if not p.endswith(".parquet")}
    documents = [r.valid().model_dump(mode="python") for r in rows["documents"]]
    package = descriptor(release, resources, facts, documents, list(keywords), schema_id, curators)
    files["datapackage.json"] = _json(package)
    citation = cite.bibtex(cite.Citation.from_descriptor(package, []))
    files["croissant.json"] = _json(metadata.croissant(package, citation))
    files["dataset.jsonld"] = _json(metadata.schema_org(package, citation))
    return files


def _json(content: dict[str, Any]) -> bytes:
    return (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode()


# ----- stable identifiers --------------------------------------------------------------------


def check_stable_ids(rows: dict[str, list[Record]], previous: Path | None) -> list[Problem]:
    """Every identifier of the previous release (if any) is still there or has a retirement
    record; retirement records name a real table and an existing replacement."""
    released = Package.open(previous) if previous else None
    version = released.version if released else ""
    old = (
        {
            name: set(released.text(name)[released.primary_key(name)].to_pylist())
            for name in released.names
        }
        if released
        else {}
    )
    new = {table: {str(r.data["id"]) for r in records} for table, records in rows.items()}
    retired = {(r.data["retired_table"], str(r.data["id"])): r for r in rows.get("retired", [])}
    problems = []
    for table, ids in sorted(old.items()):
        for missing in sorted(ids - new.get(table, set()) - {i for t, i in retired if t == table}):
            problems.append(
                Problem(
                    code="identifier-dropped",
                    message=f"{missing!r} was in {table} of release {version} and is missing",
                    table=table,
                    record_id=missing,
                    hint="restore the record, or retire the identifier in curation/retired.yaml "
                    "(id, retired_table, retired_in, reason, replaced_by)",
                )
            )
    for (table, identifier), record in sorted(retired.items()):
        if table not in new:
            problems.append(
                record.problem(
                    "unknown-table",
                    f"no table {table!r}",
                    field="retired_table",
                    value=shorten(table),
                    hint=f"one of {sorted(new)}",
                )
            )
        elif identifier in new[table]:
            problems.append(
                record.problem(
                    "retired-but-present",
                    f"{identifier!r} is retired but still in {table}",
                    hint="delete the record, or delete the retirement record",
                )
            )
        replacement = record.data.get("replaced_by")
        if replacement and not any(replacement in ids for ids in new.values()):
            problems.append(
                record.problem(
                    "foreign-key",
                    f"the replacement {replacement!r} is not in this release",
                    field="replaced_by",
                    value=shorten(replacement),
                    hint="name an identifier of this release (of the same table, or of the "
                    "table the statement moved to)",
                )
            )
    return problems


# ----- the build -----------------------------------------------------------------------------


@dataclass
class BuildResult:
    output: Path
    version: str
    row_counts: dict[str, int] = field(default_factory=dict)


def read_release(curation: Path) -> models.Release:
    """The version record, validated by the generated Release model."""
    from mscexo.datamodel import models

    path = curation / RELEASE_FILE
    if os.path.lexists(path):
        curation_file(path, curation)
    else:
        raise DataError(
            [
                Problem(
                    code="missing-file",
                    message="the version record is missing",
                    file=str(path),
                    hint="create it with name, title, version, release_date, data_licence",
                )
            ]
        )
    content = read_curation(path)
    record = Record("release", content if isinstance(content, dict) else {}, str(path), 1, 1)
    resource = Resource("release", "Release", "", {"fields": []})
    release, problems = validate_record(record, resource, models.Release)
    if problems or not isinstance(release, models.Release):
        raise DataError(problems)
    return release


def build(
    root: Path,
    curation: Path | None = None,
    output: Path | None = None,
    documents: Path | None = None,
    previous: Path | None = None,
) -> BuildResult:
    """Validate the curation of `root` and write its data package; DataError on bad input.

    With `documents` (the directory of source texts), evidence snippets and document
    checksums are verified too. Every identifier of the `previous` release (default: the
    package being replaced) must still be there or be retired in `curation/retired.yaml`.

    The package being replaced is the release as the last build left it, even if that build
    was killed: what it left is restored or refused (InputError) before the check
    (`mscexo.files.atomic.claim`), so the check is never skipped because of a crash.
    """
    curation = curation or root / "curation"
    output = output or root / "datapackage"
    resources = read_resources(root)
    release = read_release(curation)
    curators: list[Curator] = []
    rows = collect(curation, resources, documents, curators)
    with claim(output, DESCRIPTOR):
        released = previous or (output if (output / DESCRIPTOR).is_file() else None)
        problems = check_stable_ids(rows, released)
        if problems:
            raise DataError(problems)
        schema = read_yaml(root / "schema" / "mscexo.yaml")
        keywords, schema_id = schema.get("keywords", []), schema.get("id", "")
        files = render(release, resources, rows, keywords, schema_id, curators)
        replace_directory(files, output)
    return BuildResult(output, release.version, {r.name: len(rows[r.name]) for r in resources})
