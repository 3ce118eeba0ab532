"""Read files of records (JSON, JSON Lines, YAML) as records, each with its table and line.

Everything a contributor can get wrong about such a file itself (syntax, encoding, size, YAML
that builds objects or expands aliases, JSON nested without bound) becomes a `Problem` here,
never an exception. JSON and YAML are parsed whole and are therefore capped in size.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mscexo.errors import Problem
from mscexo.files.checks import (
    MAX_DOCUMENT_BYTES,
    MAX_FILE_BYTES,
    encoding_problem,
    file_problem,
    size_problem,
)
from mscexo.files.formats import format_of
from mscexo.files.yaml_lines import LineLoader

#: Deepest nesting accepted in JSON and YAML (a record list needs 4).
MAX_DEPTH = 10


@dataclass
class RawRecord:
    """One record of a JSON or YAML file, with where it is."""

    table: str | None
    data: Any
    index: int
    line: int | None = None


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth, counted without recursion (so a hostile document cannot exhaust it)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > limit:
            return depth
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else []
        )
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _too_deep(path: Path, line: int | None = None) -> Problem:
    return file_problem(
        path,
        "too-deep",
        f"the data are nested more than {MAX_DEPTH} levels deep",
        "give a list of flat records (field: value, lists of values only)",
        line=line,
    )


def _records_of(
    path: Path, content: Any, table: str | None
) -> tuple[list[RawRecord], list[Problem]]:
    """Records of a parsed document: a list of records, or a mapping of table -> records."""
    if isinstance(content, list):
        groups = [(table, content)]
    elif isinstance(content, dict) and all(isinstance(v, list) for v in content.values()):
        groups = list(content.items())
    else:
        return [], [
            file_problem(
                path,
                "not-records",
                "expected a list of records, or a mapping of table names to lists of records",
                "see `mscexo template --help`",
            )
        ]
    records = [
        RawRecord(name, item, index, getattr(item, "line", None))
        for name, items in groups
        for index, item in enumerate(items, start=1)
    ]
    return records, []


def read_json(path: Path, table: str | None) -> tuple[list[RawRecord], list[Problem]]:
    problem = size_problem(path, MAX_DOCUMENT_BYTES)
    if problem:
        return [], [problem]
    encoding = encoding_problem(path)
    if encoding:
        return [], [encoding]
    try:
        content = json.loads(path.read_text(encoding="utf-8-sig"))
    except RecursionError:
        return [], [_too_deep(path)]
    except json.JSONDecodeError as exc:
        return [], [
            file_problem(
                path,
                "json-syntax",
                f"not valid JSON: {exc.msg} (column {exc.colno})",
                "check brackets, quotes and commas around the line shown",
                line=exc.lineno,
            )
        ]
    if _depth(content) > MAX_DEPTH:
        return [], [_too_deep(path)]
    return _records_of(path, content, table)


def read_jsonl(path: Path, table: str | None) -> tuple[list[RawRecord], list[Problem]]:
    problem = size_problem(path, MAX_FILE_BYTES) or encoding_problem(path)
    if problem:
        return [], [problem]
    records: list[RawRecord] = []
    problems: list[Problem] = []
    with path.open(encoding="utf-8-sig") as handle:
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                item = json.loads(text)
            except RecursionError:
                problems.append(_too_deep(path, line))
                continue
            except json.JSONDecodeError as exc:
                problems.append(
                    file_problem(
                        path,
                        "json-syntax",
                        f"not valid JSON: {exc.msg}",
                        "write one JSON object per line",
                        line=line,
                    )
                )
                continue
            if _depth(item) > MAX_DEPTH:
                problems.append(_too_deep(path, line))
                continue
            records.append(RawRecord(table, item, len(records) + 1, line))
    return records, problems


def _yaml_problem(path: Path, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    message = str(getattr(exc, "problem", None) or exc)
    if "could not determine a constructor" in message:
        return file_problem(
            path,
            "yaml-tag",
            "the YAML asks to construct an object (a tag)",
            "remove the !tag: contributions are plain data",
            line=mark.line + 1 if mark else None,
        )
    return file_problem(
        path,
        "yaml-syntax",
        f"not valid YAML: {message}",
        "check indentation and quoting around the line shown",
        line=mark.line + 1 if mark else None,
    )


def unsafe_yaml(path: Path, text: str) -> Problem | None:
    """Aliases (which can expand without bound), tags and deep nesting, found by parsing
    events before anything is constructed."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return file_problem(
                path,
                "yaml-alias",
                "the YAML uses anchors and aliases (&name / *name)",
                "write every value out in full: aliases are not accepted in contributions",
                line=line,
            )
        tag = getattr(event, "tag", None)
        if tag and not (tag.startswith("tag:yaml.org,2002:") or tag == "!"):
            return file_problem(
                path,
                "yaml-tag",
                f"the YAML uses the tag {tag!r}",
                "remove the tag: contributions are plain data",
                line=line,
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return _too_deep(path, line)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def read_yaml_records(path: Path, table: str | None) -> tuple[list[RawRecord], list[Problem]]:
    problem = size_problem(path, MAX_DOCUMENT_BYTES) or encoding_problem(path)
    if problem:
        return [], [problem]
    text = path.read_text(encoding="utf-8-sig")
    try:
        problem = unsafe_yaml(path, text)
        if problem:
            return [], [problem]
        content = yaml.load(text, Loader=LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        return [], [_yaml_problem(path, exc)]
    if content is None:
        return [], [file_problem(path, "empty-file", "the file holds no records", "")]
    return _records_of(path, content, table)


#: The reader of each format of records (`formats.FORMATS` of kind `records`).
RECORD_READERS: dict[str, Callable[[Path, str | None], tuple[list[RawRecord], list[Problem]]]] = {
    "json": read_json,
    "jsonl": read_jsonl,
    "yaml": read_yaml_records,
}


def read_records(path: Path, table: str | None) -> tuple[list[RawRecord], list[Problem]]:
    """The records of a JSON, JSON Lines or YAML file, read by its format's reader."""
    fmt = format_of(path)
    if fmt is None or fmt.name not in RECORD_READERS:
        raise ValueError(f"{path.name} is not a file of records")
    return RECORD_READERS[fmt.name](path, table)
