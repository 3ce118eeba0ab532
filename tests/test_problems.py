"""The registry of problem codes (`mscexo.problems`) is complete and true.

- every code the source can raise is registered, with the severity it is raised with (a
  static scan of every module under src/mscexo);
- every registered code is raised by a small input through the command line, with its
  registered severity (one or more cases per code below);
- the table of codes in docs/validate.md is the one the registry generates;
- a Problem refuses an unregistered code or another severity.
"""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from workbooks import workbook

from mscexo import problems
from mscexo.cli import main
from mscexo.curation import dose, ontology
from mscexo.errors import Problem

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "mscexo"
DATA = Path(__file__).parent / "data" / "contributions"


# ----- the registry --------------------------------------------------------------------------


def test_entries_are_well_formed():
    for code, entry in problems.CODES.items():
        assert code == entry.code and code == code.lower() and " " not in code
        assert entry.severity in (problems.ERROR, problems.WARNING), code
        assert entry.group in problems.GROUPS, code
        assert entry.message and entry.hint and entry.doc.endswith("."), code


def test_the_table_in_the_docs_is_generated_from_the_registry():
    text = (ROOT / problems.DOCS).read_text(encoding="utf-8")
    assert problems.render_docs(text) == text, "run `mscexo generate` and commit the result"
    for code in problems.CODES:
        assert f"| `{code}` |" in text
    edited = text.replace("| `duplicate` | warning |", "| `duplicate` | error |")
    assert edited != text and problems.render_docs(edited) == text


def test_a_problem_refuses_an_unregistered_code_or_another_severity():
    with pytest.raises(ValueError, match="not registered"):
        Problem(code="no-such-code", message="m")
    with pytest.raises(ValueError, match="registered as 'warning'"):
        Problem(code="duplicate", message="m")
    with pytest.raises(ValueError, match="registered as 'error'"):
        Problem(code="enum", message="m", severity="warning")


def test_a_problem_without_words_of_its_own_gets_the_registrys():
    problem = Problem(code="not-a-list", hint="")
    entry = problems.CODES["not-a-list"]
    assert (problem.message, problem.hint) == (entry.message, entry.hint)
    assert Problem(code="enum", message="m", hint="h").hint == "h"


# ----- what the source raises (static) -------------------------------------------------------


@dataclass
class Site:
    """A place that builds a problem: the codes it can give (None: cannot tell) and its
    severity (None: cannot tell)."""

    where: str
    codes: set[str] | None
    severity: str | None


def _callee(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _params(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    names = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


class Module:
    """One parsed module: its calls with their enclosing function, and its module-level
    bindings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.calls: list[tuple[ast.Call, ast.AST]] = []
        self._visit(self.tree, self.tree)

    def _visit(self, node: ast.AST, function: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                self.calls.append((child, function))
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else None
            self._visit(child, inner or function)

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{node.lineno}"


def _code_argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    keyword = next((k.value for k in call.keywords if k.arg == name), None)
    if keyword is not None:
        return keyword
    return call.args[index] if len(call.args) > index else None


def _helpers(modules: list[Module]) -> dict[str, tuple[int, str]]:
    """Functions that build a problem with a code they are given: name -> (position, name)
    of that argument. `Problem` itself, and whatever passes a parameter on to a helper."""
    helpers = {"Problem": (0, "code")}
    changed = True
    while changed:
        changed = False
        for module in modules:
            for call, function in module.calls:
                if _callee(call) not in helpers or not isinstance(function, ast.FunctionDef):
                    continue
                arg = _code_argument(call, *helpers[_callee(call)])
                params = _params(function)
                if isinstance(arg, ast.Name) and arg.id in params:
                    entry = (params.index(arg.id), arg.id)
                    if helpers.get(function.name) != entry:
                        helpers[function.name] = entry
                        changed = True
    return helpers


def _bindings(scope: ast.AST, name: str) -> list[ast.expr | None]:
    """The expressions assigned to `name` in a scope (None for one that cannot be told)."""
    found: list[ast.expr | None] = []

    def bind(target: ast.expr, value: ast.expr | None) -> None:
        if isinstance(target, ast.Name) and target.id == name:
            found.append(value)
        elif isinstance(target, ast.Tuple):
            for i, element in enumerate(target.elts):
                item = value.elts[i] if isinstance(value, ast.Tuple) else None
                if isinstance(element, ast.Name | ast.Tuple):
                    bind(element, item)

    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bind(target, node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            bind(node.target, node.value)
        elif isinstance(node, ast.For | ast.comprehension) and _names(node.target, name):
            items = _literal_items(scope, node.iter)
            for item in items if items is not None else [None]:
                bind(node.target, item)
    return found


def _names(target: ast.expr, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target))


def _literal_items(scope: ast.AST, expr: ast.expr) -> list[ast.expr] | None:
    """The elements of a literal list or tuple, directly or through a name bound to one."""
    if isinstance(expr, ast.Name):
        values = _bindings(scope, expr.id)
        expr = values[0] if len(values) == 1 else None
    if isinstance(expr, ast.List | ast.Tuple):
        return list(expr.elts)
    return None


def _resolve(expr: ast.expr | None, function: ast.AST, module: Module) -> set[str] | None:
    """The string literals an expression can evaluate to; None when that cannot be told."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.IfExp):
        return _union(_resolve(e, function, module) for e in (expr.body, expr.orelse))
    if isinstance(expr, ast.Name):
        values = _bindings(function, expr.id) if function is not module.tree else []
        values = values or _bindings(module.tree, expr.id)
        return _union(_resolve(v, function, module) for v in values) if values else None
    if (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "get"
        and isinstance(expr.func.value, ast.Name)
    ):  # a lookup in a module-level dict literal, with a default
        mapping = _bindings(module.tree, expr.func.value.id)
        if len(mapping) == 1 and isinstance(mapping[0], ast.Dict):
            values = [*mapping[0].values, *expr.args[1:2]]
            return _union(_resolve(v, function, module) for v in values)
    return None


def _union(sets) -> set[str] | None:
    result: set[str] = set()
    for found in sets:
        if found is None:
            return None
        result |= found
    return result


def _modules() -> list[Module]:
    return [Module(path) for path in sorted(SOURCE.rglob("*.py"))]


def raising_sites() -> list[Site]:
    """Every call that builds a problem with a code of its own (not one it is given)."""
    modules = _modules()
    helpers = _helpers(modules)
    sites = []
    for module in modules:
        for call, function in module.calls:
            name = _callee(call)
            if name not in helpers:
                continue
            arg = _code_argument(call, *helpers[name])
            if (
                isinstance(arg, ast.Name)
                and isinstance(function, ast.FunctionDef)
                and arg.id in _params(function)
            ):
                continue  # a helper passing its parameter on: its callers are the sites
            severity_arg = next((k.value for k in call.keywords if k.arg == "severity"), None)
            severity = (
                problems.ERROR
                if severity_arg is None
                else severity_arg.value
                if isinstance(severity_arg, ast.Constant)
                else None
            )
            sites.append(Site(module.where(call), _resolve(arg, function, module), severity))
    return sites


def test_the_scan_sees_every_way_of_building_a_problem():
    helpers = _helpers(_modules())
    assert {"Problem", "file_problem", "problem"} <= set(helpers)
    assert len(raising_sites()) > 50


def test_every_code_the_source_can_raise_is_registered_with_its_severity():
    sites = raising_sites()
    unresolved = [s.where for s in sites if s.codes is None or s.severity is None]
    assert not unresolved, "cannot tell the code or severity: write it as a literal"
    raised = {code for s in sites for code in s.codes}
    assert raised - set(problems.CODES) == set(), "register these codes in mscexo.problems"
    assert set(problems.CODES) - raised == set(), "registered but never raised: remove them"
    wrong = [
        (s.where, code, s.severity)
        for s in sites
        for code in s.codes
        if problems.CODES[code].severity != s.severity
    ]
    assert wrong == []


def test_every_code_the_source_compares_with_is_registered():
    """`problem.code == "..."` and `code in (...)` name registered codes only."""
    compared = set()
    for module in _modules():
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Compare):
                continue
            left = node.left
            if not (
                (isinstance(left, ast.Attribute) and left.attr == "code")
                or (isinstance(left, ast.Name) and left.id == "code")
            ):
                continue
            for comparator in node.comparators:
                items = comparator.elts if isinstance(comparator, ast.Tuple | ast.Set) else []
                for item in [comparator, *items]:
                    if isinstance(item, ast.Constant) and isinstance(item.value, str):
                        compared.add(item.value)
    assert compared and compared - set(problems.CODES) == set()


# ----- every registered code is raised (through the command line) ---------------------------

#: A condition of the example curation, with its MONDO term and MONDO's cross-references.
CONDITION = {
    "id": "CO-myocardial-infarction",
    "label": "myocardial infarction",
    "condition_kind": "disease",
    "mondo_id": "MONDO:0005068",
    "xrefs": ["DOID:5844", "NCIT:C27996"],
}
DOCUMENT = {
    "id": "mscexo:doc-test",
    "title": "A test document",
    "document_type": "review",
    "licence": "cc_by_4_0",
}
TEXT = "Smith et al[1], 2020, found that the exosomes helped."
CITED = {
    "id": "CW-TEST-1",
    "document_id": "mscexo:doc-test",
    "reference_number": 1,
    "first_author": "Smith",
    "year": 2020,
    "locator": "Paragraph 1",
    "evidence": "Smith et al[1], 2020",
}
CARGO = {"id": "CG-TEST", "name": "test", "molecule_type": "protein"}


def _retired(identifier: str, table: str, replacement: str) -> dict:
    return {
        "id": identifier,
        "retired_table": table,
        "retired_in": "0.2.0",
        "reason": "Merged.",
        "replaced_by": replacement,
    }


def _validate(*argv: str) -> list[str]:
    return ["validate", *argv, "--format", "json"]


def _invalid(name: str, table: str | None = None) -> Callable[[Path], list[str]]:
    """A file of tests/data/contributions/invalid."""
    path = str(DATA / "invalid" / name)
    return lambda tmp: _validate(path, *(["--table", table] if table else []))


def _file(name: str, content: str | bytes) -> Callable[[Path], list[str]]:
    """A contribution written into tmp_path."""

    def make(tmp: Path) -> list[str]:
        path = tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return _validate(str(path if path.parent == tmp else path.parent))

    return make


def _parquet(name: str, columns: dict[str, list]) -> Callable[[Path], list[str]]:
    """A Parquet contribution written into tmp_path."""

    def make(tmp: Path) -> list[str]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table(columns), tmp / name)
        return _validate(str(tmp / name))

    return make


def _package(resources: list) -> Callable[[Path], list[str]]:
    return _file("package/datapackage.json", json.dumps({"resources": resources}))


def _dialect(dialect: object) -> Callable[[Path], list[str]]:
    """A contributed package whose table file has a Table Dialect."""

    def make(tmp: Path) -> list[str]:
        package = tmp / "package"
        package.mkdir()
        shutil.copy(DATA / "valid" / "clinical_trials.csv", package / "clinical_trials.csv")
        resource = {"name": "clinical_trials", "path": "clinical_trials.csv", "dialect": dialect}
        (package / "datapackage.json").write_text(json.dumps({"resources": [resource]}))
        return _validate(str(package))

    return make


def _oversized(tmp: Path) -> list[str]:
    path = tmp / "clinical_trials.yaml"
    with path.open("wb") as handle:  # sparse: nothing is written
        handle.truncate(100 * 2**20 + 1)
    return _validate(str(path))


def _released(change: dict[str, str]) -> Callable[[Path], list[str]]:
    """The first released cargo row, as is or changed."""

    def make(tmp: Path) -> list[str]:
        header, row = (ROOT / "datapackage" / "data" / "cargo.csv").read_text().splitlines()[:2]
        for old, new in change.items():
            row = row.replace(old, new)
        (tmp / "cargo.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
        return _validate(str(tmp / "cargo.csv"))

    return make


def _build(
    records: dict | str | bytes | None = None,
    files: dict[str, str] | None = None,
    release: bool = True,
    previous: bool = False,
    documents: dict[str, str] | None = None,
) -> Callable[[Path], list[str]]:
    """`mscexo build` of a small curation directory."""

    def make(tmp: Path) -> list[str]:
        curation = tmp / "curation"
        curation.mkdir()
        if release:
            shutil.copy(ROOT / "curation" / "release.yaml", curation / "release.yaml")
        path = curation / "records.yaml"
        if isinstance(records, bytes):
            path.write_bytes(records)
        elif isinstance(records, str):
            path.write_text(records, encoding="utf-8")
        elif records is not None:
            path.write_text(yaml.safe_dump(records, sort_keys=False), encoding="utf-8")
        for name, content in (files or {}).items():
            (curation / name).write_text(content, encoding="utf-8")
        argv = ["build", "--root", str(ROOT), "--curation", str(curation)]
        argv += ["--output", str(tmp / "out"), "--format", "json"]
        if previous:
            argv += ["--previous", str(ROOT / "datapackage")]
        if documents is not None:
            (tmp / "documents").mkdir()
            for name, content in documents.items():
                (tmp / "documents" / name).write_text(content, encoding="utf-8")
            argv += ["--documents", str(tmp / "documents")]
        return argv

    return make


def _sssom(*rows: tuple[str, str]) -> str:
    """conditions.sssom.tsv with an exact match for each (condition id, term)."""
    lines = ["\t".join(["subject_id", "subject_label", "predicate_id", "object_id"])]
    lines[0] += "\tobject_label\tmapping_justification\tconfidence"
    for subject, term in rows:
        label = ontology.terms().get(term, "")
        values = [f"mscexo:{subject}", subject, "skos:exactMatch", term, label]
        lines.append("\t".join([*values, ontology.JUSTIFICATION, "0.95"]))
    return "\n".join(lines) + "\n"


def _with_text(text_file: str, sha: str, evidence: str) -> Callable[[Path], list[str]]:
    """A document with its text in the documents directory, and a record citing it."""
    document = {**DOCUMENT, "text_file": text_file, "text_sha256": sha}
    records = {"documents": [document], "cited_works": [{**CITED, "evidence": evidence}]}
    return _build(records, documents={"doc.txt": TEXT})


SHA = hashlib.sha256(TEXT.encode()).hexdigest()
TRIAL = yaml.safe_load((ROOT / "schema/examples/valid/ClinicalTrial-001.yaml").read_text())
TRIAL_CSV = (DATA / "valid" / "clinical_trials.csv").read_text(encoding="utf-8").splitlines()
#: A trial whose id holds ESC.
ESCAPED_CSV = TRIAL_CSV[0] + "\n" + TRIAL_CSV[1].replace("CT-", "CT\x1b-", 1) + "\n"
#: A quoted cell that runs on over more blocks than the CSV reader takes at once.
RUNAWAY_QUOTE = f'{TRIAL_CSV[0]}\nCT-TEST-001,"{"x" * 2**21}\n'
CONDITION_FILES = {ontology.CONDITION_MAPPINGS: _sssom((CONDITION["id"], CONDITION["mondo_id"]))}


def _add_case(
    table: str, rows: Callable[[list[dict[str, str]]], list[dict[str, str]]], retire: str = ""
) -> Callable[[Path], list[str]]:
    """`mscexo add` of rows made from the released rows of a table, into a copy of the
    checkout (with `retire`, one more retired identifier)."""

    def make(tmp: Path) -> list[str]:
        import csv
        import io

        copy = tmp / "checkout"
        for name in ("schema", "curation", "datapackage"):
            shutil.copytree(ROOT / name, copy / name)
        if retire:
            retired = copy / "curation" / "retired.yaml"
            entry = f"  - id: {retire}\n    retired_table: {table}\n    retired_in: 1.0.0\n"
            retired.write_text(
                retired.read_text(encoding="utf-8") + entry + "    reason: a test\n",
                encoding="utf-8",
            )
        text = (ROOT / "datapackage" / "data" / f"{table}.csv").read_text(encoding="utf-8")
        made = rows(list(csv.DictReader(io.StringIO(text))))
        path = tmp / f"{table}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(made[0]))
            writer.writeheader()
            writer.writerows(made)
        return ["add", str(path), "--root", str(copy), "--format", "json"]

    return make


def _trial(rows: list[dict[str, str]], key: str, **values: str) -> list[dict[str, str]]:
    return [{**next(r for r in rows if r["id"] == key), **values}]


CARGO_ROWS = [["id", "name", "molecule_type"], ["CG-TEST", "test", "protein"]]

#: (code, case name, how to make the input and the command that must raise it).
CASES: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    # files
    ("empty-file", "csv", _invalid("empty.csv", "clinical_trials")),
    ("empty-file", "yaml without records", _file("clinical_trials.yaml", "# nothing\n")),
    ("oversized-file", "yaml", _oversized),
    ("encoding", "latin-1 csv", _invalid("latin1.csv", "clinical_trials")),
    ("encoding", "utf-16 csv", _invalid("utf16.csv", "clinical_trials")),
    ("encoding", "curation file", _build("cargo:\n- id: CG-caf\xe9\n".encode("latin-1"))),
    ("unreadable", "damaged workbook", _file("clinical_trials.xlsx", b"not a workbook")),
    ("unreadable", "runaway quote", _file("clinical_trials.csv", RUNAWAY_QUOTE)),
    ("json-syntax", "json", _invalid("json_syntax.json")),
    ("json-syntax", "descriptor", _file("package/datapackage.json", "{")),
    ("yaml-syntax", "yaml", _invalid("yaml_syntax.yaml")),
    ("yaml-syntax", "curation file", _build("cargo:\n  - id: [\n")),
    ("yaml-alias", "yaml", _invalid("alias.yaml")),
    ("yaml-tag", "yaml", _invalid("python_tag.yaml")),
    ("too-deep", "json", _invalid("deep.json")),
    (
        "hidden-sheet",
        "very hidden",
        _file(
            "cargo.xlsx",
            workbook({"Sheet1": CARGO_ROWS, "cargo": CARGO_ROWS}, {"cargo": "veryHidden"}),
        ),
    ),
    (
        "ambiguous-sheet",
        "two sheets",
        _file("cargo.xlsx", workbook({"Sheet1": CARGO_ROWS, "Sheet2": CARGO_ROWS})),
    ),
    (
        "no-worksheet",
        "chart sheet",
        _file("cargo.xlsx", workbook({"data": CARGO_ROWS}, chart="cargo")),
    ),
    (
        "number-too-long",
        "jsonl",
        _file("cargo.jsonl", '{"id": "CG-X", "name": "X", "count": ' + "9" * 5000 + "}\n"),
    ),
    ("oversized-record", "jsonl", _file("cargo.jsonl", " " * (17 * 2**20))),
    # table header and rows
    ("delimiter", "semicolons", _invalid("semicolon.csv", "clinical_trials")),
    (
        "empty-column-name",
        "csv",
        _file("clinical_trials.csv", f"{TRIAL_CSV[0]},\n{TRIAL_CSV[1]},\n"),
    ),
    ("duplicate-column", "csv", _invalid("duplicate_column.csv", "clinical_trials")),
    ("unknown-column", "csv", _invalid("unknown_column.csv", "clinical_trials")),
    ("missing-column", "csv", _invalid("missing_column.csv", "clinical_trials")),
    ("ragged-row", "csv", _invalid("ragged.csv", "clinical_trials")),
    ("no-rows", "csv", _invalid("header_only.csv", "clinical_trials")),
    ("column-type", "parquet", _parquet("cargo.parquet", {"id": ["CG-X"], "name": [5]})),
    # records
    ("not-records", "json", _file("clinical_trials.json", '{"id": "CT-1"}')),
    ("not-a-record", "json", _file("clinical_trials.json", "[1]")),
    ("not-a-mapping", "curation file", _build("- cargo\n")),
    ("not-a-mapping", "curation record", _build({"cargo": ["CG-TEST"]})),
    ("not-a-list", "curation file", _build({"cargo": "CG-TEST"})),
    ("unknown-table", "yaml", _invalid("unknown_table.yaml")),
    ("unknown-table", "json without a table", _file("records.json", '[{"id": "x"}]')),
    ("unknown-table", "curation file", _build({"cargos": [CARGO]})),
    ("unknown-table", "retirement", _build({"retired": [_retired("CG-OLD", "cargos", "")]})),
    ("unknown-field", "jsonl", _invalid("unknown_field.jsonl", "cargo")),
    ("unknown-field", "curation record", _build({"cargo": [{**CARGO, "nmae": "x"}]})),
    ("duplicate-field", "json", _file("cargo.json", '[{"id": "CG-X", "id": "CG-Y"}]')),
    ("duplicate-field", "yaml", _file("cargo.yaml", "- id: CG-X\n  id: CG-Y\n")),
    # data packages and required files
    ("no-resources", "descriptor", _package([])),
    ("unsafe-path", "url", _invalid("package_url")),
    ("unsafe-path", "absolute", _invalid("package_absolute")),
    ("unsafe-path", "parent", _invalid("package_parent")),
    ("missing-file", "resource", _package([{"name": "cargo", "path": "cargo.csv"}])),
    ("too-many-resources", "descriptor", _package([{"name": "cargo", "path": "c.csv"}] * 101)),
    ("dialect", "a URL", _dialect("https://example.org/dialect.json")),
    ("dialect", "two characters", _dialect({"delimiter": ";;"})),
    ("dialect", "a quote", _dialect({"delimiter": '"'})),
    ("dialect", "a number", _dialect(5)),
    ("missing-file", "release.yaml", _build({"cargo": [CARGO]}, release=False)),
    ("missing-file", "condition mappings", _build({"conditions": [CONDITION]})),
    # values
    ("required", "csv", _invalid("required.csv", "clinical_trials")),
    ("type", "csv", _invalid("type.csv", "clinical_trials")),
    (
        "type",
        "json",
        _file("cargo.json", '[{"id": "CG-X", "name": ["a"], "molecule_type": "protein"}]'),
    ),
    ("pattern", "csv", _invalid("pattern.csv", "clinical_trials")),
    (
        "orcid-checksum",
        "curator of a curation file",  # ORCID's documented example iD, its last digit changed
        _file(
            "curation.yaml", "curators:\n- family_names: Carberry\n  orcid: 0000-0002-1825-0098\n"
        ),
    ),
    (
        "orcid-checksum",
        "curator, build",
        _build({"curators": [{"family_names": "Carberry", "orcid": "0000-0002-1825-0098"}]}),
    ),
    ("enum", "csv", _invalid("enum.csv", "clinical_trials")),
    ("range", "csv", _invalid("range.csv", "clinical_trials")),
    (
        "delimiter-in-value",
        "json",
        _file("cargo.json", json.dumps([{**CARGO, "synonyms": ["a|b"]}])),
    ),
    ("formula", "csv", _invalid("formula.csv", "clinical_trials")),
    (
        "excel-error",
        "#N/A",
        _file("cargo.xlsx", workbook({"cargo": [CARGO_ROWS[0], ["CG-TEST", "#N/A", "protein"]]})),
    ),
    (
        "excel-date",
        "a date as a name",
        _file(
            "cargo.xlsx",
            workbook({"cargo": [CARGO_ROWS[0], ["CG-TEST", datetime(2023, 9, 1), "protein"]]}),
        ),
    ),
    ("whitespace", "csv", _invalid("whitespace.csv", "clinical_trials")),
    ("control-character", "csv", _file("clinical_trials.csv", ESCAPED_CSV)),
    ("control-character", "curation", _build({"cargo": [{**CARGO, "name": "a\x07b"}]})),
    ("placeholder", "csv", _invalid("placeholder.csv", "clinical_trials")),
    ("oversized-cell", "csv", _invalid("oversized_cell.csv", "clinical_trials")),
    ("derived-field", "curation", _build({"clinical_trials": [{**TRIAL, "dose_unit": "mg"}]})),
    # keys and references
    ("duplicate-key", "csv", _invalid("duplicate_id.csv", "clinical_trials")),
    ("duplicate-key", "curation", _build({"cargo": [CARGO, CARGO]})),
    ("duplicate-natural-key", "csv", _invalid("duplicate_nct.csv", "clinical_trials")),
    ("duplicate-natural-key", "released", _invalid("released_nct.csv", "clinical_trials")),
    ("foreign-key", "csv", _invalid("foreign_key.csv", "clinical_trials")),
    ("foreign-key", "curation", _build({"cited_works": [CITED]})),
    (
        "foreign-key",
        "replacement",
        _build({"retired": [_retired("CG-OLD", "cargo", "CG-NONE")]}),
    ),
    (
        "foreign-key",
        "condition mapping",
        _build(
            {"conditions": [CONDITION]},
            files={
                ontology.CONDITION_MAPPINGS: _sssom(
                    (CONDITION["id"], CONDITION["mondo_id"]), ("CO-none", "MONDO:0005068")
                )
            },
        ),
    ),
    # the release
    ("duplicate", "released row", _released({})),
    ("update", "changed row", _released({",Alix,": ",ALIX,"})),
    ("identifier-dropped", "previous release", _build({"cargo": [CARGO]}, previous=True)),
    (
        "retired-but-present",
        "curation",
        _build({"cargo": [CARGO], "retired": [_retired("CG-TEST", "cargo", "")]}),
    ),
    # evidence
    ("document-missing", "text file", _with_text("absent.txt", SHA, CITED["evidence"])),
    ("checksum", "changed text", _with_text("doc.txt", "0" * 64, CITED["evidence"])),
    ("evidence-not-found", "snippet", _with_text("doc.txt", SHA, "Jones et al[1], 2020")),
    # ontology terms
    (
        "unknown-term",
        "mondo_id",
        _build(
            {"conditions": [{**CONDITION, "mondo_id": "MONDO:9999999", "xrefs": []}]},
            files={ontology.CONDITION_MAPPINGS: _sssom((CONDITION["id"], "MONDO:9999999"))},
        ),
    ),
    (
        "xrefs",
        "one missing",
        _build({"conditions": [{**CONDITION, "xrefs": ["DOID:5844"]}]}, files=CONDITION_FILES),
    ),
    (
        "mapping",
        "no row",
        _build(
            {"conditions": [{**CONDITION, "xrefs": []}]},
            files={ontology.CONDITION_MAPPINGS: _sssom()},
        ),
    ),
    # mscexo add
    ("no-id", "cargo", _add_case("cargo", lambda rows: [{**rows[0], "id": ""}])),
    (
        "id-used",
        "retired",
        _add_case(
            "clinical_trials",
            lambda rows: _trial(
                rows,
                "CT-NRBE23-001",
                id="CT-SCI21-990",
                document_id="doi:10.1155/2021/2616807",
                cited_work_ids="",
                **dict.fromkeys(dose.FIELDS, ""),
            ),
            retire="CT-SCI21-990",
        ),
    ),
    (
        "changed",
        "without --update",
        _add_case(
            "clinical_trials",
            lambda rows: _trial(rows, "CT-SCI21-001", results="other results"),
        ),
    ),
]


def _run(argv: list[str], capsys) -> dict:
    main(argv)
    return json.loads(capsys.readouterr().out)


def test_every_registered_code_has_a_case():
    assert {code for code, _, _ in CASES} == set(problems.CODES)


@pytest.mark.parametrize(
    ("code", "make"), [(c[0], c[2]) for c in CASES], ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_every_registered_code_is_raised_with_its_severity(
    code: str, make, tmp_path: Path, capsys, monkeypatch
):
    monkeypatch.delenv("MSCEXO_DOCUMENTS", raising=False)
    report = _run(make(tmp_path), capsys)
    severities = {(p["code"], p["severity"]) for p in report["problems"]}
    assert (code, problems.CODES[code].severity) in severities, report["problems"]
    for found, severity in severities:
        assert problems.CODES[found].severity == severity
    for severity, counted in report.get("counts", {}).items():
        for found in counted:  # codes counted by the vectorised checks, too
            assert problems.CODES[found].severity == severity
