"""`mscexo add`: a contributed file (any format `mscexo validate` reads) written into the
curation YAML, the way a curator would write it by hand.

1. The file is read and checked by the validator itself (`contribution.validation`), which
   also hands over every record's text cells; an invalid file is refused with its report and
   nothing is written. Only an empty identifier is forgiven: `add` assigns one.
2. Each record goes where a curator would put it: a record that names its document
   (`document_id`) into that document's curation file, a document into its own new file
   (`NNN-slug.yaml`, the next number), an entity (cargo, trials ...) into the shared file that
   holds its table.
3. Identifiers are assigned as curators assign them: table prefix, the document's short code,
   the next number (`CT-SCI21-010`); a cited work takes its reference number
   (`CW-SCI21-88`). No identifier is reused, retired ones (`retired.yaml`) included.
4. A record whose identifier is curated already is skipped when it is identical, refused when
   it differs, and replaced only with `update=True`, the changes listed field by field.
5. The curation files are hand-formatted (comments, folded text), so they are never re-dumped:
   a new record is appended, as a YAML block in the schema's field order, to its table's list;
   an updated record's block is replaced. The new curation is then read back by the build's
   own `collect` (in a staging copy) and every written record compared with its input, field
   by field, before any file is replaced; the files are replaced together or not at all.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml
from pydantic import ValidationError

from mscexo.contract.cells import record_from_cells, record_from_values
from mscexo.contract.fastpath import arrow_strings
from mscexo.contract.record import Record, Resource, read_resources
from mscexo.contribution.report import Report
from mscexo.contribution.validation import Validation
from mscexo.curation import dose, evidence
from mscexo.curation.build import collect, curation_files, read_records
from mscexo.errors import DataError, InputError, Problem, shorten
from mscexo.files.atomic import staged

#: The table of documents, whose records each get a curation file of their own.
DOCUMENTS = "documents"
#: The table of cited works, whose identifiers carry the reference number.
CITED_WORKS = "cited_works"
#: Identifier patterns curators number: prefix, the document's short code, a number.
NUMBERED = re.compile(r"^\^([A-Z]+)-\[A-Z\]\[A-Z0-9\]\*-\[0-9\]")
#: A curated identifier's document code (`CT-SCI21-001` -> `SCI21`).
CODE = re.compile(r"^[A-Z]+-([A-Z][A-Z0-9]*)-[0-9A-Za-z]+$")
#: A top-level key of a curation file (a table's list starts there).
TOP_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*:")
#: Width at which written text is folded, as in the hand-written files.
WIDTH = 100


@dataclass
class Incoming:
    """A contributed record: its table, its typed values, and where it was read."""

    table: str
    data: dict[str, Any]
    file: str
    #: Its ordinal among the file's records of its table (1-based).
    record: int


class Collecting(Validation):
    """A validation run that also keeps the text cells of every record it reads, and that
    resolves references to records curated but not yet built (`curated`: table -> ids) as
    it resolves released ones; the build's own check of the new curation follows."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.rows: list[tuple[str, str, int, dict[str, str | None]]] = []
        self.curated: dict[str, list[str]] = {}
        self._file = ""
        released = self.index.released

        def known(table: str) -> pa.Array:
            base = released(table)
            if pa.types.is_dictionary(base.type):
                base = base.dictionary_decode()
            extra = arrow_strings(self.curated.get(table, []))
            return pa.concat_arrays([base.cast(pa.string()), extra.cast(pa.string())])

        self.index.released = known

    def source(self, path: Path, locate: Callable[[Any], list[dict[str, int]]]) -> int:
        self._file = str(path)
        return super().source(path, locate)

    def collect(self, table: str, batch: pa.RecordBatch, source: int, start: int) -> None:
        super().collect(table, batch, source, start)
        for offset, cells in enumerate(batch.to_pylist(), start=start + 1):
            self.rows.append((table, self._file, offset, cells))


def forgive_missing_ids(run: Collecting) -> None:
    """Drop the `required` problems of empty identifiers from the report: `add` assigns
    them. Every other problem stays, so the verdict is the validator's otherwise."""
    report = run.report
    missing = Counter(
        table
        for table, _, _, cells in run.rows
        if cells.get(run.resources[table].primary_key) in (None, "")
    )
    if not missing:
        return
    keys = {run.resources[table].primary_key for table in missing}
    dropped = [p for p in report.problems if p.code == "required" and p.field in keys]
    report.problems = [p for p in report.problems if p not in dropped]
    report.listed["error"] -= len(dropped)
    report.counts[("error", "required")] -= sum(missing.values())
    if report.counts[("error", "required")] <= 0:
        del report.counts[("error", "required")]


def read_contribution(
    path: Path,
    root: Path,
    curated: Curated,
    table: str | None = None,
    texts: Path | None = None,
) -> tuple[Report, list[Incoming]]:
    """The validator's report on a contribution, and its records as typed values (only when
    the report is valid). Keys and references are checked against the package of `root` and
    the records `curated` since it was built."""
    from mscexo.contribution.validation import validate_path

    package = root / "datapackage"
    release = package if (package / "datapackage.json").is_file() else None
    runs: list[Collecting] = []

    def run(*args: Any, **kwargs: Any) -> Collecting:
        made = Collecting(*args, **kwargs)
        made.curated = {name: sorted(ids) for name, ids in curated.records.items()}
        runs.append(made)
        return made

    report = validate_path(path, table=table, release=release, root=root, kind=run, documents=texts)
    collecting = runs[0]
    forgive_missing_ids(collecting)
    if not report.valid:
        return report, []
    records = []
    for name, file, ordinal, cells in collecting.rows:
        resource = collecting.resources[name]
        placeholder = Record(name, {}, file, ordinal, None)
        data, _ = record_from_cells(
            {k: v for k, v in cells.items() if k in resource.rules}, resource.rules, placeholder
        )
        records.append(Incoming(name, data, file, ordinal))
    return report, records


# ----- the curation as it is ---------------------------------------------------------------


@dataclass
class Curated:
    """What the curation holds: every record by table and id, and where each document is."""

    resources: dict[str, Resource]
    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    #: Every identifier ever used (all tables, retired ones too).
    used: set[str] = field(default_factory=set)
    #: document id -> its curation file.
    document_files: dict[str, Path] = field(default_factory=dict)
    #: table -> the files holding it.
    table_files: dict[str, list[Path]] = field(default_factory=dict)
    #: document id -> its identifiers' short code, once found or made.
    codes: dict[str, str] = field(default_factory=dict)


def read_curated(curation: Path, resources: dict[str, Resource]) -> Curated:
    """The curation's records (as read, not yet validated: the final check does that)."""
    curated = Curated(resources, {name: {} for name in resources})
    for item in read_records(curation, list(resources.values())):
        if isinstance(item, Problem):
            raise DataError([item])
        key = str(item.data.get(resources[item.table].primary_key, ""))
        curated.records[item.table][key] = item
        curated.used.add(key)
        files = curated.table_files.setdefault(item.table, [])
        if Path(item.file) not in files:
            files.append(Path(item.file))
        if item.table == DOCUMENTS:
            curated.document_files[key] = Path(item.file)
    return curated


def normal(resource: Resource, data: dict[str, Any]) -> dict[str, Any]:
    """A record's values as the model reads them, so that YAML and cells compare equal."""
    values, _ = record_from_values(data, resource.rules, Record(resource.name, {}, "", 0, None))
    try:
        return resource.model().model_validate(values).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        return values


# ----- where records go, and their identifiers -----------------------------------------------


def document_code(curated: Curated, document: str, path: Path) -> str:
    """The short code of a document's identifiers: the most common one among its curated
    records, else one made from its file name (initials of the slug, two digits of the year)
    that no other document uses."""
    if document not in curated.codes:
        curated.codes[document] = _document_code(curated, document, path)
    return curated.codes[document]


def _document_code(curated: Curated, document: str, path: Path) -> str:
    codes = Counter(
        match[1]
        for table in curated.records.values()
        for record in table.values()
        if record.data.get("document_id") == document
        and (match := CODE.match(str(record.data.get("id", ""))))
    )
    if codes:
        return codes.most_common(1)[0][0]
    taken = {match[1] for key in curated.used if (match := CODE.match(key))}
    words = path.stem.split("-")[1:]
    year = next((w for w in reversed(words) if re.fullmatch(r"[0-9]{4}", w)), "")
    initials = "".join(w[0] for w in words if w != year and w[:1].isalpha()).upper() or "DOC"
    code = f"{initials}{year[2:]}"
    suffix = 1
    while code in taken:
        suffix += 1
        code = f"{initials}{year[2:]}{chr(ord('A') + suffix - 2)}"
    return code


def slug(text: str, year: Any) -> str:
    """A short file-name slug: up to four words of `text` and the year."""
    words = re.findall(r"[a-z0-9]+", text.lower())[:4]
    return "-".join([*words, str(year)] if year else words) or "document"


def new_document_file(curation: Path, document: dict[str, Any], taken: set[str]) -> Path:
    """The next numbered curation file, named after the document's journal (or title)."""
    numbers = [int(p.name[:3]) for p in curation.glob("[0-9][0-9][0-9]-*.yaml")]
    numbers += [int(name[:3]) for name in taken if name[:3].isdigit()]
    number = max(numbers, default=-1) + 1
    name = slug(str(document.get("journal") or document.get("title") or ""), document.get("year"))
    return curation / f"{number:03d}-{name}.yaml"


def prefix(resource: Resource) -> str | None:
    """The prefix of a table whose identifiers are numbered per document (`CT`), else None."""
    constraints = (resource.field(resource.primary_key) or {}).get("constraints", {})
    match = NUMBERED.match(str(constraints.get("pattern", "")))
    return match[1] if match else None


# ----- the plan ------------------------------------------------------------------------------


@dataclass
class Change:
    """What `add` does with one record."""

    action: str  # "add", "update" or "skip"
    table: str
    key: str
    file: Path
    data: dict[str, Any]
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)
    old: Record | None = None


@dataclass
class Plan:
    """Every change, and the files' new texts."""

    changes: list[Change] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict)

    def summary(self, dry_run: bool = False) -> list[str]:
        """One line per record (and one per changed field of an update)."""
        added, updated = ("would add", "would update") if dry_run else ("added", "updated")
        lines = []
        for change in self.changes:
            where = change.file.name
            if change.action == "skip":
                lines.append(
                    f"skipped {change.table} {change.key}: identical to the curated record"
                )
            elif change.action == "add":
                lines.append(f"{added} {change.table} {change.key} to {where}")
            else:
                lines.append(f"{updated} {change.table} {change.key} in {where}:")
                for name, old, new in change.changes:
                    lines.append(f"  {name}: {_shown(old)} -> {_shown(new)}")
        return lines


def _shown(value: Any) -> str:
    return "(none)" if value is None else shorten(value)


def plan(incoming: list[Incoming], curated: Curated, curation: Path, update: bool = False) -> Plan:
    """Where every record goes, with its identifier; DataError when a record cannot be added
    (a changed record without `update`, a document not curated, an id that cannot be
    assigned)."""
    resources = curated.resources
    problems: list[Problem] = []
    result = Plan()
    new_files: dict[str, Path] = {}
    # Documents first: the records that follow may name them.
    for item in sorted(incoming, key=lambda i: i.table != DOCUMENTS):
        resource = resources[item.table]
        derived = underived(item, resource)
        if derived is not None:
            problems.append(derived)
            continue
        key = str(item.data.get(resource.primary_key) or "")
        if item.table == DOCUMENTS:
            target = curated.document_files.get(key) or new_files.get(key)
            if target is None:
                taken = {p.name for p in new_files.values()}
                target = new_document_file(curation, item.data, taken)
                new_files[key] = target
        elif "document_id" in resource.rules:
            document = str(item.data.get("document_id") or "")
            target = curated.document_files.get(document) or new_files.get(document)
            if target is None:
                problems.append(_problem(item, "foreign-key", document, "document_id"))
                continue
        else:
            files = curated.table_files.get(item.table) or [curation / f"{item.table}.yaml"]
            target = next((f for f in files if f.stem == item.table), files[0])
        if not key:
            key = _assign(item, resource, curated, target) or ""
            if not key:
                problems.append(_problem(item, "no-id", item.table, resource.primary_key))
                continue
            item.data[resource.primary_key] = key
        change = _change(item, resource, curated, key, target, update)
        if isinstance(change, Problem):
            problems.append(change)
            continue
        if change.action != "skip":
            curated.used.add(key)
        result.changes.append(change)
    if problems:
        raise DataError(problems)
    return result


def _same(first: Any, second: Any) -> bool:
    numbers = (int, float)
    if isinstance(first, numbers) and isinstance(second, numbers):
        return float(first) == float(second)
    return bool(first == second)


def underived(item: Incoming, resource: Resource) -> Problem | None:
    """Leave out the structured dose fields, which the build derives from `dose` (a released
    row carries them; a curation file may not): each must be what the build derives, or the
    record is refused, since its derivation would silently differ from the contribution."""
    given = [name for name in dose.FIELDS if name in item.data]
    if resource.field("dose") is None or not given:
        return None
    text = item.data.get("dose")
    parsed = dose.fields(dose.parse_dose(str(text), item.data.get("route"))) if text else {}
    for name in given:
        if not _same(item.data[name], parsed.get(name)):
            return Problem(
                code="derived-field",
                message=f"{name} is derived from `dose` by the build, as "
                f"{parsed.get(name)!r}, not {item.data[name]!r}",
                file=item.file,
                record=item.record,
                table=item.table,
                field=name,
                value=shorten(item.data[name]),
                hint="leave the field empty; write the dose as printed in `dose`",
            )
    for name in given:
        del item.data[name]
    return None


def _assign(item: Incoming, resource: Resource, curated: Curated, target: Path) -> str | None:
    """A new identifier for a record that came without one (None: the table's identifiers
    are not numbered, so the contributor must give one)."""
    document = str(item.data.get("document_id") or item.data.get("id") or "")
    if item.table == CITED_WORKS and item.data.get("reference_number") is not None:
        key = f"CW-{document_code(curated, document, target)}-{item.data['reference_number']}"
        return None if key in curated.used else key
    first = prefix(resource)
    if first is None or not document:
        return None
    code = document_code(curated, document, target)
    numbers = [
        int(match[1])
        for key in curated.used
        if (match := re.fullmatch(rf"{first}-{code}-([0-9]+)", key))
    ]
    return f"{first}-{code}-{max(numbers, default=0) + 1:03d}"


def _change(
    item: Incoming, resource: Resource, curated: Curated, key: str, target: Path, update: bool
) -> Change | Problem:
    old = curated.records[item.table].get(key)
    if old is None:
        if key in curated.used:
            return _problem(item, "id-used", key, resource.primary_key)
        return Change("add", item.table, key, target, item.data)
    before, after = normal(resource, old.data), normal(resource, item.data)
    differences = [
        (name, before.get(name), after.get(name))
        for name in resource.rules
        if before.get(name) != after.get(name)
    ]
    if not differences:
        return Change("skip", item.table, key, Path(old.file), item.data)
    if not update:
        fields = ", ".join(name for name, _, _ in differences)
        return Problem(
            code="changed",
            message=f"{key!r} is curated already and this record differs in: {fields}",
            file=item.file,
            record=item.record,
            table=item.table,
            record_id=key,
            hint="run `mscexo add --update` to replace the curated record (changes are listed)",
        )
    return Change("update", item.table, key, Path(old.file), item.data, differences, old)


MESSAGES = {
    "foreign-key": (
        "document {value!r} is not curated",
        "add it first (`mscexo add-document`) or include its documents record",
    ),
    "no-id": (
        "a record of {value!r} needs an identifier: this table's are not numbered per document",
        "write the identifier in the id column",
    ),
    "id-used": (
        "identifier {value!r} was used before (another table, or retired)",
        "leave the id empty and one is assigned",
    ),
}


def _problem(item: Incoming, code: str, value: str, name: str) -> Problem:
    message, hint = MESSAGES[code]
    return Problem(
        code=code,
        message=message.format(value=value),
        file=item.file,
        record=item.record,
        table=item.table,
        field=name,
        value=shorten(value),
        hint=hint,
    )


# ----- writing -------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, as in the hand-written curation files."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def record_text(data: dict[str, Any], resource: Resource) -> str:
    """A record as a block of its table's list, fields in the schema's order."""
    ordered = {name: data[name] for name in resource.rules if name in data}
    ordered |= {k: v for k, v in data.items() if k not in ordered}
    text = yaml.dump(
        [ordered],
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=WIDTH,
        default_flow_style=False,
    )
    return "".join("  " + line if line.strip() else line for line in text.splitlines(True))


def _table_range(lines: list[str], table: str) -> tuple[int, int] | None:
    """The lines of a table's list in a file: its key line to its last record line."""
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{table}:")), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if TOP_KEY.match(lines[i])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return start, end


def _record_range(lines: list[str], line: int) -> tuple[int, int]:
    """The lines of the record whose mapping starts on 1-based `line`."""
    start = line - 1
    end = start + 1
    while end < len(lines):
        text = lines[end]
        indent = len(text) - len(text.lstrip(" "))
        if text.strip() and indent <= 2:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


def apply(plan: Plan, curated: Curated) -> None:
    """The new text of every file touched (in `plan.texts`)."""
    for change in plan.changes:
        if change.action == "skip":
            continue
        path = change.file
        if path not in plan.texts:
            plan.texts[path] = path.read_text(encoding="utf-8") if path.exists() else ""
            if not path.exists() and change.table == DOCUMENTS:  # a new document's own file
                plan.texts[path] = f"# Curation of: {change.data.get('title', change.key)}\n"
        resource = curated.resources[change.table]
        block = record_text(change.data, resource)
        lines = plan.texts[path].splitlines(True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        if change.action == "update" and change.old is not None and change.old.line:
            start, end = _record_range(lines, change.old.line)
            lines[start:end] = [block]
        else:
            found = _table_range(lines, change.table)
            if found is None:
                gap = "\n" if any(TOP_KEY.match(line) for line in lines) else ""
                lines += [gap, f"{change.table}:\n", block]
            else:
                lines.insert(found[1], block)
        plan.texts[path] = "".join(lines)
        # Later updates in this file need the lines as they are now.
        if change.action == "update":
            _renumber(curated, path, plan.texts[path])


def _renumber(curated: Curated, path: Path, text: str) -> None:
    """Record lines of a file after an edit, read again from its new text."""
    from mscexo.files.yaml_lines import LineLoader

    content = yaml.load(text, Loader=LineLoader)  # noqa: S506 - LineLoader is a SafeLoader
    for table, rows in (content or {}).items():
        for row in rows or []:
            key = str(row.get(curated.resources[table].primary_key, ""))
            record = curated.records.get(table, {}).get(key)
            if record is not None and Path(record.file) == path:
                record.line = getattr(row, "line", None)


def verify(plan: Plan, curation: Path, resources: dict[str, Resource], texts: Path | None) -> None:
    """Read the new curation back with the build's `collect` (in a staging copy) and compare
    every written record with its input, field by field; DataError if anything differs or
    the build would refuse the curation (with `texts`, evidence snippets included)."""
    with tempfile.TemporaryDirectory(prefix="mscexo-add-") as scratch:
        copy = Path(scratch) / "curation"
        shutil.copytree(curation, copy, symlinks=True)
        for path, text in plan.texts.items():
            (copy / path.name).write_text(text, encoding="utf-8")
        try:
            records = collect(copy, list(resources.values()))
            problems = check_snippets(records, plan, texts) if texts is not None else []
        except DataError as error:
            problems = error.problems
        if problems:  # named by the curation files they will be in
            raise DataError([_renamed(p, copy, curation) for p in problems])
    for change in plan.changes:
        resource = resources[change.table]
        read = next((r for r in records[change.table] if r.data.get("id") == change.key), None)
        # The build adds the structured dose fields to what was read: they were not written.
        written = {k: v for k, v in (read.data if read else {}).items() if k not in dose.FIELDS}
        if read is None or normal(resource, written) != normal(resource, change.data):
            # The writer's promise: what is written reads back as given. Never the data's fault.
            raise RuntimeError(f"{change.key!r} would not read back as given; nothing was written")


def _renamed(problem: Problem, copy: Path, curation: Path) -> Problem:
    if problem.file and problem.file.startswith(str(copy)):
        return replace(problem, file=str(curation) + problem.file[len(str(copy)) :])
    return problem


def check_snippets(records: dict[str, list[Record]], plan: Plan, texts: Path) -> list[Problem]:
    """Evidence of the records added or updated, checked against the texts in `texts` of
    their documents (a document whose text is not there is not checked)."""
    touched = {(c.table, c.key) for c in plan.changes if c.action != "skip"}
    chosen = {
        table: [r for r in rows if (table, r.data.get("id")) in touched]
        for table, rows in records.items()
    }
    names = {str(r.data.get("document_id")) for rows in chosen.values() for r in rows}
    names |= {str(r.data.get("id")) for r in chosen.get(DOCUMENTS, [])}
    chosen[DOCUMENTS] = [
        r
        for r in records[DOCUMENTS]
        if r.data.get("id") in names and (texts / str(r.data.get("text_file"))).is_file()
    ]
    return evidence.check(chosen, texts)


def write(plan: Plan) -> None:
    """Replace every touched file, all or none: each new text is staged beside its file
    first; only when all are staged are they renamed, and if a rename fails the files
    already renamed are put back."""
    backups: dict[Path, bytes | None] = {}
    done: list[Path] = []
    try:
        for path in sorted(plan.texts):
            backups[path] = path.read_bytes() if path.exists() else None
        for path in sorted(plan.texts):
            with staged(path) as partial:
                partial.write_text(plan.texts[path], encoding="utf-8")
            done.append(path)
    except BaseException:
        for path in done:
            old = backups[path]
            if old is None:
                path.unlink(missing_ok=True)
            else:
                with staged(path) as partial:
                    partial.write_bytes(old)
        raise


def add(
    path: Path,
    root: Path,
    update: bool = False,
    table: str | None = None,
    texts: Path | None = None,
    dry_run: bool = False,
) -> tuple[Report, Plan | None]:
    """Add a contribution to the curation of `root`: the validator's report, and the plan
    carried out (None when the report is invalid: then nothing is written)."""
    resources = {r.name: r for r in read_resources(root)}
    curation = root / "curation"
    curation_files(curation)  # every input a regular file, before any is read
    curated = read_curated(curation, resources)
    report, incoming = read_contribution(path, root, curated, table, texts)
    if not report.valid:
        return report, None
    result = plan(incoming, curated, curation, update)
    apply(result, curated)
    verify(result, curation, resources, texts)
    if not dry_run:
        write(result)
    return report, result


# ----- documents -----------------------------------------------------------------------------


def text_name(path: Path, content: bytes) -> str:
    """The name a document's text is recorded under: its curation file's number and the
    start of its SHA-256 (`005_3f2a...txt`), as the seed texts are named."""
    return f"{path.name[:3]}_{hashlib.sha256(content).hexdigest()[:16]}.txt"


def add_document(
    root: Path,
    document: dict[str, Any],
    text: Path | None = None,
    dry_run: bool = False,
    curators: list[dict[str, str]] | None = None,
) -> Plan:
    """Record a new document (a `documents` record) in its own curation file; with its text,
    the text's file name and SHA-256 are recorded and the text is copied nowhere: the build
    verifies it when given a documents directory holding it under that name. The file names
    its `curators` (credited as authors of the releases built from it), if given."""
    resources = {r.name: r for r in read_resources(root)}
    curation = root / "curation"
    curation_files(curation)
    curated = read_curated(curation, resources)
    key = str(document.get("id") or "")
    if key in curated.document_files:
        raise InputError(f"document {key!r} is curated already, in {curated.document_files[key]}")
    target = new_document_file(curation, document, set())
    data = {k: v for k, v in document.items() if v not in (None, "", [])}
    content = None
    if text is not None:
        content = text.read_bytes()
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{text} is not UTF-8 plain text") from None
        data["text_file"] = text_name(target, content)
        data["text_sha256"] = hashlib.sha256(content).hexdigest()
    result = Plan([Change("add", DOCUMENTS, key, target, data)])
    apply(result, curated)
    if curators:
        title, _, rest = result.texts[target].partition("\n")
        result.texts[target] = f"{title}\n{curators_text(curators)}\n{rest}"
    if content is not None:
        with tempfile.TemporaryDirectory(prefix="mscexo-text-") as scratch:
            (Path(scratch) / data["text_file"]).write_bytes(content)
            verify(result, curation, resources, Path(scratch))
    else:
        verify(result, curation, resources, None)
    if not dry_run:
        write(result)
    return result


def curators_text(curators: list[dict[str, str]]) -> str:
    """The `curators:` block of a curation file (checked with the file by `verify`)."""
    body = yaml.dump(
        {"curators": [{k: v for k, v in c.items() if v} for c in curators]},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    return body


def environment_texts(option: Path | None) -> Path | None:
    """The documents directory for snippet checks: the option, else $MSCEXO_DOCUMENTS."""
    found = evidence.documents_dir(option)
    if found is not None and not found.is_dir():
        raise InputError(f"documents directory not found: {found}")
    return found
