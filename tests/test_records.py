"""Record files (JSON Lines, JSON, YAML) and Parquet: read as a stream in bounded memory,
checked by the vectorised fast path with the verdict of the per-record models, and every
hostile file a problem with its place and a hint, never a traceback.

- the fast path over records gives, problem for problem, the verdict of checking each record
  with its model as the file holds it (hypothesis, every record format);
- the JSON scanner finds the records that `json` finds, with their lines;
- hostile files (duplicate keys, integers too long to read, binary YAML, a huge YAML scalar,
  a record of many megabytes, Parquet of the wrong types...) each end with exit 1 and a
  problem, in bounded time and memory, in a separate process as a user runs them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from launch import launched

from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, read_resources
from mscexo.contribution.record_files import record_data
from mscexo.contribution.report import Report
from mscexo.contribution.validation import Validation
from mscexo.errors import Problem
from mscexo.files.records import Chunk, read_records

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = {r.name: r for r in read_resources(ROOT)}
#: Problems of keys and of the release: the same index judges them for every format.
KEY_CODES = {"duplicate-key", "duplicate-natural-key", "foreign-key", "duplicate", "update"}
#: Peak memory allowed to a validation (the project's bound).
MAX_MEMORY_MB = 500

#: Seconds of processor time a small hostile file (under 10 MB) may take, start-up included.
SMALL = 5.0

#: Tables with every kind of field: integers and numbers, dates, lists and booleans.
TABLES = ["cited_works", "statistics", "preclinical_studies", "cargo"]


def _example(table: str) -> dict[str, Any]:
    cls = RESOURCES[table].class_name
    text = (ROOT / "schema" / "examples" / "valid" / f"{cls}-001.yaml").read_text()
    return yaml.safe_load(text)


EXAMPLES = {table: _example(table) for table in TABLES}


def _validate(path: Path, table: str | None, release: bool = False) -> Report:
    """`mscexo validate` of one file, against the installed release or none, every problem
    listed."""
    from mscexo.load import release as installed

    run = Validation(RESOURCES, installed() if release else None, Report(max_errors=10**6))
    run.check_file(path, table, None)
    return run.finish()


def _oracle(items: list[Any], table: str, file: str) -> list[tuple[str, int, str | None]]:
    """What checking each record with its model says: the verdict of record files before
    the fast path, plus values that are no data at all (binary YAML)."""
    resource = RESOURCES[table]
    found = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            found.append(("not-a-record", index, None))
            continue
        record = Record(table, record_data(item), file, index, None)
        problems = validate_record(record, resource)[1]
        found += [(p.code, index, p.field) for p in problems]
        named = {p.field for p in problems}
        found += [
            ("type", index, name)
            for name, value in item.items()
            if _binary(value) and name not in named
        ]
    return found


def _binary(value: Any) -> bool:
    if isinstance(value, list):
        return any(map(_binary, value))
    return isinstance(value, bytes)


def _judged(report: Report) -> tuple[Counter, Counter]:
    """A report's problems (code, record, field) and counts by code, keys left out."""
    listed = Counter(
        (p.code, p.record, p.field) for p in report.problems if p.code not in KEY_CODES
    )
    counts = Counter({code: n for (_, code), n in report.counts.items() if code not in KEY_CODES})
    return listed, counts


def _same_verdict(report: Report, expected: list[tuple[str, int, str | None]]) -> None:
    listed, counts = _judged(report)
    assert listed == Counter(expected)
    assert counts == Counter(code for code, _, _ in expected)


# ----- the fast path over records is the models' verdict -----------------------------------

ALPHABET = st.sampled_from(list('aZ09-+=@|!(). _\t\nEe:/,{}[]"\\') + ["é", "\u00a0", "\u2028"])


def _texts(table: str):
    rules = RESOURCES[table].rules
    known = sorted({v for c in rules.values() for v in (c.enum or [])})
    examples = sorted({c.example for c in rules.values() if c.example})
    return st.one_of(
        st.text(ALPHABET, max_size=8),
        st.sampled_from(known or ["x"]),
        st.sampled_from(examples or ["x"]),
        st.sampled_from(["1", "-1", "0.5", "2023-02-30", "2023-02-28", " a", "=1+2", "n/a"]),
        st.sampled_from(["a|b", "x" * 10_001, "true", "CW-X", "\\ud800"]),
    )


def _values(table: str, yaml_only: bool):
    scalar = st.one_of(
        st.none(),
        st.just(""),
        _texts(table),
        st.integers(-(10**20), 10**20),
        st.sampled_from([2**53, -(2**60), 10**30, 10**400, 0, 1, 2023]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0.5, 2.0, -0.0, 1e-7, 1.5, 158.0]),
        st.booleans(),
        *([st.dates(), st.binary(max_size=3)] if yaml_only else []),
    )
    return st.one_of(
        scalar,
        st.lists(scalar, max_size=3),
        st.dictionaries(st.sampled_from(["a", "b"]), scalar, max_size=1),
    )


def _records(table: str, yaml_only: bool):
    names = [*RESOURCES[table].rules, "nmae", "extra"]
    mutation = st.lists(st.tuples(st.sampled_from(names), _values(table, yaml_only)), max_size=3)

    def record(changes: list[tuple[str, Any]]) -> dict[str, Any]:
        base = {k: v.isoformat() if isinstance(v, date) else v for k, v in EXAMPLES[table].items()}
        return {**base, **dict(changes)}

    item = st.one_of(
        st.builds(record, mutation),
        st.builds(record, mutation),
        st.builds(record, mutation),
        st.sampled_from([1, "x", [1], None]),
    )
    return st.lists(item, min_size=1, max_size=6)


class _NoAliases(yaml.SafeDumper):
    """Writes a value shared by two records twice (aliases are refused, by design)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _write(tmp: Path, table: str, fmt: str, items: list[Any], shape: int) -> tuple[Path, list]:
    """The records written in a format (`shape` picks a layout); and the records as `json`
    or PyYAML reads them back, which the models judge."""
    if fmt == "jsonl":
        path = tmp / f"{table}.jsonl"
        path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        return path, [json.loads(line) for line in path.read_text().splitlines()]
    if fmt == "json":
        path = tmp / f"{table}.json"
        document = items if shape % 2 else {table: items}
        path.write_text(json.dumps(document, indent=2 if shape % 3 else None), encoding="utf-8")
        read = json.loads(path.read_text())
        return path, read if shape % 2 else read[table]
    path = tmp / f"{table}.yaml"
    document = items if shape % 2 else {table: items}
    text = yaml.dump(document, Dumper=_NoAliases, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    read = yaml.safe_load(path.read_text())
    return path, read if shape % 2 else read[table]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "yaml"])
@pytest.mark.parametrize("table", TABLES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_path_gives_the_models_verdict(table: str, fmt: str, data):
    items = data.draw(_records(table, yaml_only=fmt == "yaml"))
    shape = data.draw(st.integers(0, 5))
    with tempfile.TemporaryDirectory() as tmp:
        path, read = _write(Path(tmp), table, fmt, items, shape)
        report = _validate(path, table)
    _same_verdict(report, _oracle(read, table, str(path)))


def _odd_but_typed(table: str) -> list[dict[str, Any]]:
    """Records that Arrow reads (the same type in every record) but whose values the text
    cells do not stand for faithfully, so that the models must judge them."""
    base = {k: v.isoformat() if isinstance(v, date) else v for k, v in EXAMPLES[table].items()}
    rows = []
    for k in range(40):
        row = dict(base, id=f"{base['id']}{k}")
        if k % 5 == 0:
            row["extra"] = "x"  # a field the table does not have
        if k % 7 == 0:
            row["synonyms"] = []  # an empty list
        if k % 7 == 1:
            row["synonyms"] = ["a ", "b|c"]  # items with whitespace and the delimiter
        if k % 7 == 2:
            row["synonyms"] = ["n/a", "=1"]
        rows.append(row)
    return rows


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_odd_records_read_by_arrow_are_judged_by_the_models(tmp_path: Path, fmt: str):
    items = _odd_but_typed("cargo")
    path, read = _write(tmp_path, "cargo", fmt, items, shape=1)
    chunks = [c for c in read_records(path, "cargo", _types("cargo")) if isinstance(c, Chunk)]
    assert chunks and all(c.arrow is not None for c in chunks)  # Arrow read them all
    report = _validate(path, "cargo")
    _same_verdict(report, _oracle(read, "cargo", str(path)))
    assert {p.code for p in report.problems} >= {"unknown-field", "whitespace"}


def _types(table: str):
    from mscexo.contribution.record_files import arrow_types

    return arrow_types(Validation(RESOURCES, None, Report()))


@pytest.mark.parametrize("table", TABLES)
def test_valid_examples_are_valid_in_every_format(tmp_path: Path, table: str):
    items = [EXAMPLES[table]]
    for fmt in ("jsonl", "json", "yaml"):
        path, _ = _write(tmp_path, table, fmt, items if fmt == "yaml" else _jsonable(items), 0)
        report = _validate(path, table, release=True)
        assert report.valid, report.problems
        assert report.rows[table] == 1


def _jsonable(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v.isoformat() if isinstance(v, date) else v for k, v in i.items()} for i in items]


# ----- the JSON scanner ----------------------------------------------------------------------

TRICKY = st.text(st.sampled_from(list('a"\\{}[],:\n\t é') + ["\u2028", "\U0001f600"]), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(
        st.dictionaries(st.sampled_from(["name", "evidence", "nmae"]), TRICKY, max_size=3),
        min_size=1,
        max_size=30,
    ),
    indent=st.sampled_from([None, 0, 2, "lines"]),
    ascii_only=st.booleans(),
)
def test_the_json_scanner_finds_the_records_json_finds(records, indent, ascii_only):
    """Whatever strings hold (quotes, backslashes, brackets, commas, newlines), the records
    read in bulk are the records `json` reads, in order, in any layout (one line, one record
    a line, pretty-printed)."""
    items = [{"id": f"CG-{k}", **r} for k, r in enumerate(records)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cargo.json"
        if indent == "lines":
            text = "[\n" + ",\n".join(json.dumps(i, ensure_ascii=ascii_only) for i in items)
            text += "\n]\n"
        else:
            text = json.dumps(items, indent=indent, ensure_ascii=ascii_only)
        path.write_text(text, encoding="utf-8")
        got = _read_back(path, "cargo")
    assert got == [{k: v for k, v in i.items() if v != ""} for i in items]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(
        st.dictionaries(st.sampled_from(["name", "evidence"]), TRICKY, max_size=2),
        min_size=1,
        max_size=40,
    ),
    separators=st.lists(
        st.sampled_from([",\n"] * 6 + ["\n", ",\n\n", " ,\n", ", \n", ",\n ", ",,\n", ",\r\n"]),
        min_size=40,
        max_size=40,
    ),
    end=st.sampled_from(["\n]\n", ",\n]\n", "]", "\n", "\n]\nx"]),
    block=st.sampled_from([64, 200, 2**12]),
)
def test_records_one_a_line_are_read_as_json_reads_them(records, separators, end, block):
    """Records written one a line, with the separators a hand-edited file has (a missing or
    doubled comma, a blank line, a space, CRLF) and cut into blocks anywhere: the records
    read are those `json` reads, or the file is a syntax problem when `json` refuses it."""
    import mscexo.files.json_stream as json_stream

    items = [{"id": f"CG-{k}", **r} for k, r in enumerate(records)]
    text = (
        "[\n"
        + "".join(
            json.dumps(item) + (separators[k] if k < len(items) - 1 else "")
            for k, item in enumerate(items)
        )
        + end
    )
    try:
        expected: list[dict[str, Any]] | None = json.loads(text)
    except json.JSONDecodeError as exc:
        expected, error = None, exc
    saved = json_stream.CHUNK_BYTES
    json_stream.CHUNK_BYTES = block
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "cargo.json"
            path.write_text(text, encoding="utf-8")
            read = list(read_records(path, "cargo", _types("cargo")))
    finally:
        json_stream.CHUNK_BYTES = saved
    problems = [p for p in read if isinstance(p, Problem)]
    if expected is None:
        assert [p.code for p in problems] == ["json-syntax"], text
        where = (problems[0].line, problems[0].message)
        assert where == (error.lineno, f"not valid JSON: {error.msg} (column {error.colno})"), text
        return
    assert not problems, (text, problems)
    rows = [
        record_data(r)
        for c in read
        if isinstance(c, Chunk)
        for r in (c.arrow.to_pylist() if c.arrow is not None else c.values or [])
    ]
    assert rows == [{k: v for k, v in i.items() if v != ""} for i in expected]


def _read_back(path: Path, table: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk in read_records(path, table, _types(table)):
        assert isinstance(chunk, Chunk), chunk
        rows = chunk.arrow.to_pylist() if chunk.arrow is not None else chunk.values or []
        found += [record_data(r) for r in rows]
    return found


def test_records_one_a_line_keep_their_lines(tmp_path: Path):
    items = [{"id": f"CG-{k}", "name": f"n{k}"} for k in range(5000)]
    path = tmp_path / "cargo.json"
    path.write_text("[\n" + ",\n".join(json.dumps(i) for i in items) + "\n]\n")
    chunks = [c for c in read_records(path, "cargo", _types("cargo")) if isinstance(c, Chunk)]
    assert any(c.arrow is not None for c in chunks)
    lines = [int(x) for c in chunks for x in c.lines]
    index = [int(x) for c in chunks for x in c.index]
    assert lines == list(range(2, 5002)) and index == list(range(1, 5001))


def test_keys_are_placed_at_their_record_and_line_across_blocks(tmp_path: Path, monkeypatch):
    """A duplicate identifier far into a file of many blocks names the record and the line
    of both uses (positions are kept compactly, block by block)."""
    import mscexo.files.records as records

    monkeypatch.setattr(records, "CHUNK_BYTES", 2**12)
    record = {"name": "x", "molecule_type": "protein"}
    lines = [json.dumps({"id": f"CG-{k}", **record}) for k in range(900)]
    lines.insert(300, "")  # a blank line: the lines after it are one further
    lines[700] = lines[5]
    path = tmp_path / "cargo.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = _validate(path, "cargo")
    twice = [p for p in report.problems if p.code == "duplicate-key"]
    assert [(p.record, p.line) for p in twice] == [(700, 701)]
    assert "record 6, line 6" in (twice[0].hint or "")


def test_a_json_syntax_error_far_into_a_file_names_its_line_and_column(tmp_path: Path):
    items = [json.dumps({"id": f"CG-{k}", "name": "x"}) for k in range(3000)]
    items[2500] = '{"id": "CG-2500", "name": "x",}'
    path = tmp_path / "cargo.json"
    path.write_text("[\n" + ",\n".join(items) + "\n]\n")
    report = _validate(path, "cargo")
    syntax = [p for p in report.problems if p.code == "json-syntax"]
    with pytest.raises(json.JSONDecodeError) as whole:  # as `json` reads the whole file
        json.loads(path.read_text())
    assert len(syntax) == 1 and syntax[0].line == whole.value.lineno == 2502
    assert f"{whole.value.msg} (column {whole.value.colno})" in syntax[0].message
    assert report.rows["cargo"] == 2500  # the records before it are checked


def test_yaml_records_are_what_pyyaml_reads(tmp_path: Path):
    """The records built from events are the values PyYAML's safe loader builds, each with
    the line it starts on."""
    text = (
        "cargo:\n"
        "- {id: CG-1, name: x, n: 12, f: 1.5, b: true, d: 2023-02-28, t: 2023-02-28 10:00:00}\n"
        "- id: CG-2\n"
        "  synonyms: [a, b]\n"
        "  nested: {k: [1, null, z]}\n"
        "- id: CG-3\n"
        "  empty:\n"
        "  'yes': no\n"
        "  octal: 0o17\n"
        "  big: 1000000000000000000000000000000\n"
        "  folded: >\n"
        "    two\n"
        "    lines\n"
        "- 5\n"
        "other: []\n"
    )
    path = tmp_path / "records.yaml"
    path.write_text(text, encoding="utf-8")
    expected = yaml.safe_load(text)["cargo"]
    chunks = [c for c in read_records(path, None) if isinstance(c, Chunk)]
    assert [v for c in chunks for v in c.values or []] == expected
    assert [int(x) for c in chunks for x in c.lines] == [2, 3, 6, 14]
    assert {c.table for c in chunks} == {"cargo"}


def test_the_c_loader_gives_the_lines_of_the_python_loader(tmp_path: Path):
    """Curation files are read by libyaml's C parser when PyYAML has it; the mappings carry
    the same lines as with PyYAML's own parser."""
    from mscexo.files import yaml_lines

    text = "cargo:\n- id: CG-1\n  name: x\n\n- {id: CG-2, name: y}\n- id: CG-3\n"
    path = tmp_path / "records.yaml"
    path.write_text(text, encoding="utf-8")
    c_read = yaml_lines.read_yaml(path)
    python_read = yaml.load(text, Loader=yaml_lines.LineLoader)  # noqa: S506 - a safe loader
    assert c_read == python_read
    assert [r.line for r in c_read["cargo"]] == [r.line for r in python_read["cargo"]] == [2, 5, 6]
    assert yaml_lines.line_loader() is not yaml_lines.LineLoader or not yaml_lines.WITH_LIBYAML


def test_an_integer_too_long_in_a_curation_file_is_a_problem(tmp_path: Path):
    from mscexo.errors import DataError
    from mscexo.files.yaml_lines import read_yaml

    path = tmp_path / "records.yaml"
    path.write_text("cargo:\n- id: CG-1\n  year: " + "9" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_yaml(path)
    assert [p.code for p in error.value.problems] == ["number-too-long"]


# ----- hostile files -------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str
    peak_mb: float

    @property
    def report(self) -> dict[str, Any]:
        return json.loads(self.out)

    def codes(self) -> set[str]:
        return {p["code"] for p in self.report["problems"]}


def _run(tmp: Path, *args: str, setup: str = "", seconds: float = SMALL) -> Run:
    """`mscexo validate ARGS --format json` in its own process, as a user runs it (after
    `setup`: Python run first, e.g. to make a limit small), with its exit code and peak
    memory; no traceback, within the memory bound, in at most `seconds` of processor time
    (the machine may be busy: the wall-clock limit, which catches a hang, is generous)."""
    program = (
        f"{setup}\nimport sys\nfrom mscexo.cli import main\n"
        f"sys.exit(main({['validate', *args, '--format', 'json']!r}))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    hang = 10 * seconds + 30
    measured = launched(
        [sys.executable, "-c", program], tmp / "out.txt", tmp / "err.txt", hang, env=env
    )
    if measured is None:
        raise AssertionError(f"still running after {hang} s: {args}")
    code, cpu, peak_mb = measured
    run = Run(code, (tmp / "out.txt").read_text(), (tmp / "err.txt").read_text(), peak_mb)
    assert "Traceback" not in run.err, run.err
    assert run.peak_mb < MAX_MEMORY_MB, f"peak memory {run.peak_mb:.0f} MB"
    assert cpu < seconds, f"{cpu:.1f} s of processor time"
    return run


def _problem(run: Run, code: str) -> dict[str, Any]:
    found = [p for p in run.report["problems"] if p["code"] == code]
    assert found, run.report["problems"]
    assert all(p.get("hint") and p.get("file") for p in found)
    return found[0]


def _cargo_lines(n: int, start: int = 0) -> str:
    return "".join(
        json.dumps({"id": f"CG-T{k}", "name": f"T{k}", "molecule_type": "protein"}) + "\n"
        for k in range(start, start + n)
    )


def test_json_lines_are_streamed_in_bounded_memory(tmp_path: Path):
    """An 870 MB JSON Lines file went past 10 GB when read whole. With blocks made small,
    a file of many blocks takes no more memory than one of a few."""
    small, large = tmp_path / "small" / "cargo.jsonl", tmp_path / "large" / "cargo.jsonl"
    for path, n in ((small, 20_000), (large, 160_000)):
        path.parent.mkdir()
        path.write_text(_cargo_lines(n), encoding="utf-8")
    setup = "import mscexo.files.records as r; r.CHUNK_BYTES = 2**18"
    peaks = {}
    for path in (small, large):
        run = _run(path.parent, str(path), setup=setup, seconds=60)
        assert run.code == 0, run.report["problems"][:3]
        assert run.report["rows"] == {"cargo": 20_000 if path is small else 160_000}
        peaks[path] = run.peak_mb
    assert large.stat().st_size > 7 * small.stat().st_size
    assert peaks[large] - peaks[small] < 60, peaks


def test_a_json_lines_record_over_the_cap_is_refused_without_being_held(tmp_path: Path):
    """A line of 24 MB (with the record cap made 1 MB) is reported and skipped; the records
    around it are checked."""
    path = tmp_path / "cargo.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(_cargo_lines(3))
        handle.write('{"id": "CG-BIG", "name": "' + "x" * (24 * 2**20) + '"}\n')
        handle.write(_cargo_lines(3, start=3))
    setup = "import mscexo.files.records as r; r.MAX_RECORD_BYTES = 2**20; r.CHUNK_BYTES = 2**18"
    run = _run(tmp_path, str(path), setup=setup, seconds=30)
    assert run.code == 1
    assert _problem(run, "oversized-record")["line"] == 4
    assert run.report["rows"] == {"cargo": 6}
    small = tmp_path / "small"
    small.mkdir()
    (small / "cargo.jsonl").write_text(_cargo_lines(6), encoding="utf-8")
    baseline = _run(small, str(small / "cargo.jsonl"), setup=setup, seconds=30)
    # the 24 MB line, held as text even once, would add at least 24 MB to the baseline
    assert run.peak_mb < baseline.peak_mb + 20, (run.peak_mb, baseline.peak_mb)


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("cargo.jsonl", '{"id": "CG-X", "name": "a", "name": "b"}\n', 1),
        ("cargo.json", '[\n{"id": "CG-X",\n "name": "a", "name": "b"}\n]', 2),
        ("records.json", '{"cargo": [{"id": "CG-X", "name": "X"}], "cargo": []}', 1),
        ("cargo.yaml", "- id: CG-X\n  name: a\n  name: b\n", 3),
        ("records.yaml", "cargo:\n- id: CG-X\ncargo:\n- id: CG-Y\n", 3),
    ],
)
def test_a_key_given_twice_is_an_error(tmp_path: Path, name: str, content: str, line: int):
    """JSON and YAML readers keep the last of two equal keys silently."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    run = _run(tmp_path, str(tmp_path / name))
    assert run.code == 1
    problem = _problem(run, "duplicate-field")
    assert problem["line"] == line
    assert problem["field"] in ("name", "cargo")
    assert "twice" in problem["message"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cargo.jsonl", '{"id": "CG-X", "name": "X", "year": ' + "9" * 5000 + "}\n"),
        ("cargo.json", '[{"id": "CG-X", "name": "X", "year": ' + "9" * 5000 + "}]"),
        ("cargo.json", '[{"id": "CG-X", "name": "X", "year": ' + "9" * 50 + "}]"),
        ("cargo.yaml", "- id: CG-X\n  name: X\n  year: " + "9" * 5000 + "\n"),
    ],
)
def test_an_integer_too_long_to_read_is_a_problem(tmp_path: Path, name: str, content: str):
    """Python refuses to read an integer of over 4,300 digits (a ValueError); the record is
    reported, and the records after it are checked."""
    path = tmp_path / name
    good = {"id": "CG-Y", "name": "Y", "molecule_type": "protein"}
    if name.endswith(".jsonl"):
        content += json.dumps(good) + "\n"
    elif name.endswith(".json"):
        content = content[:-1] + ", " + json.dumps(good) + "]"
    else:
        content += "- " + json.dumps(good) + "\n"
    path.write_text(content, encoding="utf-8")
    run = _run(tmp_path, str(path))
    assert run.code == 1
    if "9" * 5000 in content:
        problem = _problem(run, "number-too-long")
        assert problem["line"] == (3 if name.endswith(".yaml") else 1)
        assert "5,000" in problem["message"]
    else:  # 50 digits: read, and judged by the model (an unknown field)
        assert "unknown-field" in run.codes()
    assert run.report["rows"]["cargo"] >= 1


def test_binary_yaml_in_a_text_field_is_flagged(tmp_path: Path):
    """`!!binary` reads as bytes, which pydantic would take as text."""
    path = tmp_path / "cargo.yaml"
    path.write_text(
        "- id: CG-X\n  name: !!binary aGVsbG8=\n  molecule_type: protein\n"
        "- id: CG-Y\n  name: Y\n  molecule_type: protein\n  synonyms: [a, !!binary aGk=]\n",
        encoding="utf-8",
    )
    run = _run(tmp_path, str(path))
    assert run.code == 1
    flagged = {(p["record"], p["field"]) for p in run.report["problems"] if p["code"] == "type"}
    assert flagged == {(1, "name"), (2, "synonyms")}
    assert any("binary" in p["message"] for p in run.report["problems"])


def test_a_huge_yaml_scalar_is_read_once_in_bounded_time_and_memory(tmp_path: Path):
    """A 95 MB scalar took 118 s, and a 99 MB file over 10 minutes and 4.3 GB: the
    pure-Python parser read everything twice. One of 20 MB is one pass of libyaml."""
    path = tmp_path / "cargo.yaml"
    path.write_text(
        "- id: CG-X\n  molecule_type: protein\n  name: " + "x" * (20 * 2**20) + "\n",
        encoding="utf-8",
    )
    run = _run(tmp_path, str(path), seconds=30)
    assert run.code == 1
    assert _problem(run, "oversized-cell")["field"] == "name"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("cargo.yaml", "- id: CG-X\n---\n- id: CG-Y\n", "yaml-syntax"),
        ("cargo.yaml", "- id: CG-X\n  synonyms: !!set {a: null}\n", "yaml-tag"),
        ("cargo.yaml", "- id: !!python/name:os.system CG-X\n", "yaml-tag"),
        ("cargo.yaml", "- {id: CG-X, <<: {name: X}}\n", "yaml-alias"),
        ("cargo.yaml", "- id: CG-X\n  [a]: b\n", "yaml-syntax"),
        ("statistics.yaml", "- id: ST-X-001\n  as_of_date: 2023-02-30\n", "type"),
        ("records.json", '{"cargo": {"id": "CG-X"}}', "not-records"),
        ("cargo.json", '[{"id": "CG-X", "name": "\\ud800"}]', "type"),
        ("cargo.jsonl", '{"id": "CG-X", "name": "\\udfff"}\n', "type"),
        ("cargo.json", "[" * 100_000 + "]" * 100_000, "too-deep"),
        ("cargo.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "too-deep"),
        ("cargo.json", '[{"id": "CG-X"}] [', "json-syntax"),
        ("cargo.json", '[{"id": "CG-X"},]', "json-syntax"),
        ("cargo.json", '[\n{"id": "CG-X"}\n{"id": "CG-Y"}\n]\n', "json-syntax"),
        ("cargo.json", '[\n{"id": "CG-X"},\n{"id": "CG-Y"},\n]\n', "json-syntax"),
        ("cargo.json", '[\n{"id": "CG-X", "a": [\n{"b": 1},\n{"b": 2}]}\n]\n', "unknown-field"),
        ("cargo.json", '\ufeff[{"id": "CG-X", "name": 5}]', "type"),
    ],
)
def test_unusual_record_files_are_problems(tmp_path: Path, name: str, content: str, code: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    run = _run(tmp_path, str(path))
    assert run.code == 1
    assert code in run.codes(), run.report["problems"]


def test_a_top_level_value_over_the_record_cap_is_refused(tmp_path: Path):
    path = tmp_path / "cargo.json"
    path.write_text('"' + "x" * (3 * 2**20) + '"', encoding="utf-8")
    setup = "import mscexo.files.records as r; r.MAX_RECORD_BYTES = 2**20; r.CHUNK_BYTES = 2**18"
    setup += "\nimport mscexo.files.json_stream as j; j.MAX_RECORD_BYTES = 2**20"
    setup += "; j.CHUNK_BYTES = 2**18"
    run = _run(tmp_path, str(path), setup=setup)
    assert run.code == 1 and "oversized-record" in run.codes()


# ----- Parquet -------------------------------------------------------------------------------


def test_the_releases_parquet_is_read_as_its_records(tmp_path: Path):
    """The release's own Parquet file of a table, given back, holds only released records:
    valid, each an unchanged duplicate (a warning)."""
    source = ROOT / "datapackage" / "parquet" / "cargo.parquet"
    run = _run(tmp_path, str(source))
    assert run.code == 0 and run.report["valid"]
    rows = pq.read_metadata(source).num_rows
    assert run.report["rows"] == {"cargo": rows}
    assert run.report["counts"]["warning"] == {"duplicate": rows}


def test_parquet_columns_of_the_wrong_type_are_named(tmp_path: Path):
    path = tmp_path / "cited_works.parquet"
    table = pa.table(
        {
            "id": ["CW-X-1"],
            "reference_number": ["23"],  # text in an integer field
            "year": [2018.5],  # a double in an integer field
            "confidence": [0.9],
            "document_id": ["doi:10.4252/wjsc.v12.i2.100"],
        }
    )
    pq.write_table(table, path)
    run = _run(tmp_path, str(path))
    assert run.code == 1
    wrong = {p["field"]: p for p in run.report["problems"] if p["code"] == "column-type"}
    assert set(wrong) == {"reference_number", "year"}
    assert "string" in wrong["reference_number"]["message"]
    assert "int64" in wrong["reference_number"]["message"]
    assert "double" in wrong["year"]["message"]


def test_parquet_rows_are_checked_like_records(tmp_path: Path):
    path = tmp_path / "cargo.parquet"
    table = pa.table(
        {
            "id": ["CG-PQ1", "CG-PQ2", "cg-bad"],
            "name": ["A", " B", "C"],
            "molecule_type": ["protein", "proteins", "protein"],
            "synonyms": pa.array([["b|c"], ["a"], []], type=pa.list_(pa.string())),
            "nmae": ["x", "y", "z"],
        }
    )
    pq.write_table(table, path)
    run = _run(tmp_path, str(path))
    assert run.code == 1
    found = {(p["code"], p.get("record"), p.get("field")) for p in run.report["problems"]}
    assert ("unknown-column", None, "nmae") in found
    assert ("whitespace", 2, "name") in found
    assert ("enum", 2, "molecule_type") in found
    assert ("delimiter-in-value", 1, "synonyms") in found
    assert ("pattern", 3, "id") in found


@pytest.mark.parametrize(
    ("content", "setup", "code"),
    [
        (b"PAR1 not a parquet file PAR1", "", "unreadable"),
        (None, "import mscexo.files.parquet as p; p.MAX_GROUP_BYTES = 1000", "oversized-file"),
    ],
)
def test_unreadable_or_oversized_parquet_is_a_problem(
    tmp_path: Path, content: bytes | None, setup: str, code: str
):
    path = tmp_path / "cargo.parquet"
    if content is None:
        pq.write_table(pa.table({"id": [f"CG-{k}" for k in range(1000)]}), path)
    else:
        path.write_bytes(content)
    run = _run(tmp_path, str(path), setup=setup)
    assert run.code == 1 and code in run.codes()


# ----- the benchmark -------------------------------------------------------------------------


def test_the_benchmark_table_in_the_docs_covers_every_format():
    """docs/validate.md holds the table `benchmarks/validate.py --write-docs` writes, with
    `mscexo validate` measured on every format the validator reads."""
    import importlib.util

    from mscexo.files.formats import FORMATS

    name = "benchmarks_validate"
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "validate.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[name] = bench  # (its dataclass looks itself up there)
    try:
        spec.loader.exec_module(bench)
    finally:
        del sys.modules[name]
    assert set(bench.FORMATS) == {f.name for f in FORMATS}
    text = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
    start, end = text.index(bench.BEGIN), text.index(bench.END)
    section = text[start + len(bench.BEGIN) : end]
    assert bench.HEADER in section
    assert bench.render_docs(text, section.strip()) == text
    measured = {
        cells[3].strip()
        for cells in (row.split("|") for row in section.splitlines() if row.startswith("| "))
        if len(cells) > 4 and cells[4].strip() == "mscexo validate"
    }
    assert measured == set(bench.FORMATS)


# ----- reading ahead ---------------------------------------------------------------------------


def test_reading_ahead_keeps_the_order_and_raises_the_readers_error_in_its_place():
    from mscexo.contribution.record_files import read_ahead

    def reader():
        yield from range(5)
        raise OSError(5, "Input/output error")

    got = []
    with pytest.raises(OSError, match="Input/output"):
        for item in read_ahead(reader(), depth=2):
            got.append(item)
    assert got == [0, 1, 2, 3, 4]


def test_leaving_early_stops_the_reader_and_closes_its_file():
    from mscexo.contribution.record_files import read_ahead

    closed = []

    def reader():
        try:
            yield from range(1000)
        finally:
            closed.append(True)

    items = reader()  # still held here: only an explicit close closes it
    ahead = read_ahead(items, depth=2)
    assert next(ahead) == 0
    ahead.close()
    assert closed == [True]


def test_a_block_of_brackets_is_scanned_in_a_window():
    """The scan's arrays grow with the brackets and quotes it finds: 8 MiB of brackets (a
    bracket bomb) took 344 MB; a window bounds it, and what a window holds is still found."""
    import tracemalloc

    from mscexo.files.json_stream import split_records

    tracemalloc.start()
    try:
        assert len(split_records(b"[" * 8 * 2**20)) == 0
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, f"{peak / 2**20:.0f} MiB"
    short = b'{"id": "CG-1", "name": "x"},' * 400_000 + b"]"  # dense, but records
    assert 0 < len(split_records(short)) < 400_000
