"""What changed between two releases: records added, removed and changed, table by table.

Records are matched by primary key; a changed record lists each changed field with its old
and new value, compared as the package's canonical CSV text (which the build writes
deterministically, so a value that did not change never shows up).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mscexo.errors import UsageError

#: Longest value shown in a text diff; JSON output always has the full values.
SHOWN_CHARS = 60


@dataclass
class Package:
    """A built data package, read as text cells keyed by primary key."""

    path: Path
    version: str
    tables: dict[str, dict[str, dict[str, str]]]

    @classmethod
    def read(cls, path: Path) -> Package:
        descriptor_path = path / "datapackage.json" if path.is_dir() else path
        if not descriptor_path.is_file():
            raise UsageError(f"no datapackage.json at {path}")
        try:
            descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"{descriptor_path} is not a valid datapackage.json: {exc}") from None
        tables = {}
        for resource in descriptor.get("resources", []):
            key = resource["schema"]["primaryKey"][0]
            data = descriptor_path.parent / resource["path"]
            if not data.is_file():
                raise UsageError(f"{data} (resource {resource['name']!r}) does not exist")
            with data.open(encoding="utf-8", newline="") as handle:
                tables[resource["name"]] = {row[key]: row for row in csv.DictReader(handle)}
        return cls(descriptor_path.parent, str(descriptor.get("version", "?")), tables)


@dataclass
class TableDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    rows: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def compare(old: Package, new: Package) -> dict[str, TableDiff]:
    """Per table (new package order, then tables only the old one has), what changed."""
    names = list(new.tables) + [t for t in old.tables if t not in new.tables]
    result = {}
    for name in names:
        before, after = old.tables.get(name, {}), new.tables.get(name, {})
        diff = TableDiff(
            added=sorted(set(after) - set(before)),
            removed=sorted(set(before) - set(after)),
            rows=len(after),
        )
        for key in sorted(set(before) & set(after)):
            fields = sorted(set(before[key]) | set(after[key]))
            changes = {
                f: (before[key].get(f, ""), after[key].get(f, ""))
                for f in fields
                if before[key].get(f, "") != after[key].get(f, "")
            }
            if changes:
                diff.changed[key] = changes
        result[name] = diff
    return result


def to_dict(old: Package, new: Package, diffs: dict[str, TableDiff]) -> dict[str, Any]:
    """The JSON form: versions, per-table lists and a summary of counts."""
    return {
        "old": {"path": str(old.path), "version": old.version},
        "new": {"path": str(new.path), "version": new.version},
        "summary": {
            name: {
                "rows": d.rows,
                "added": len(d.added),
                "removed": len(d.removed),
                "changed": len(d.changed),
            }
            for name, d in diffs.items()
        },
        "tables": {
            name: {
                "added": d.added,
                "removed": d.removed,
                "changed": [
                    {"id": key, "fields": {f: {"old": o, "new": n} for f, (o, n) in fields.items()}}
                    for key, fields in d.changed.items()
                ],
            }
            for name, d in diffs.items()
            if d
        },
    }


def _short(value: str) -> str:
    return repr(value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…")


def to_text(old: Package, new: Package, diffs: dict[str, TableDiff]) -> str:
    lines = [f"MSC-Exo {old.version} ({old.path}) -> {new.version} ({new.path})"]
    for name, d in diffs.items():
        if not d:
            continue
        lines.append(
            f"\n{name}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed"
        )
        lines.extend(f"  + {key}" for key in d.added)
        lines.extend(f"  - {key}" for key in d.removed)
        for key, fields in d.changed.items():
            lines.append(f"  ~ {key}")
            lines.extend(f"      {f}: {_short(o)} -> {_short(n)}" for f, (o, n) in fields.items())
    if not any(diffs.values()):
        lines.append("no differences")
    return "\n".join(lines)


def to_markdown(old: Package, new: Package, diffs: dict[str, TableDiff]) -> str:
    """The summary table that goes into CHANGELOG.md under the release's heading."""
    lines = [
        f"<!-- generated by `mscexo diff` ({old.version} -> {new.version}); do not edit -->",
        "| table | rows | added | removed | changed |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, d in diffs.items():
        lines.append(
            f"| {name} | {d.rows} | {len(d.added)} | {len(d.removed)} | {len(d.changed)} |"
        )
    lines.append("<!-- end of generated summary -->")
    return "\n".join(lines)
