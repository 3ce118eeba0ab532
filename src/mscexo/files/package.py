"""One way to open a data package: a directory holding `datapackage.json`, or the descriptor.

`Package` is what `load`, `info`, `cite`, `diff`, `validate --release` and the build's
stable-identifier check read a package through. The descriptor is parsed here and nowhere
else (`parse_descriptor`), and every resource path is checked before it is opened: a URL, an
absolute path, `..` or a symlink that leads out of the package directory is refused.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mscexo.errors import InputError, Problem, shorten
from mscexo.files.checks import MAX_DOCUMENT_BYTES, file_problem, size_problem
from mscexo.files.formats import DELIMITERS

if TYPE_CHECKING:
    import pyarrow as pa

DESCRIPTOR = "datapackage.json"


def descriptor_path(path: Path) -> Path:
    """The descriptor of a package given as its directory or as the descriptor itself."""
    return path / DESCRIPTOR if path.is_dir() else path


def is_package(path: Path) -> bool:
    """Whether a path names a data package (a directory, or a file named datapackage.json)."""
    return path.is_dir() or path.name == DESCRIPTOR


def parse_descriptor(path: Path) -> tuple[dict[str, Any] | None, Problem | None]:
    """The descriptor as a dict with a list of resources, or the problem that prevents it."""
    problem = size_problem(path, MAX_DOCUMENT_BYTES)
    if problem:
        return None, problem
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        return None, file_problem(
            path, "json-syntax", f"not valid JSON: {exc}", "check the descriptor with a JSON linter"
        )
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not resources:
        return None, file_problem(
            path,
            "no-resources",
            "the descriptor lists no resources",
            "add a `resources` list with one entry per table file",
        )
    return descriptor, None


def unsafe_path(target: Any, base: Path) -> str | None:
    """Why a resource path may not be read, or None when it names a file inside `base`."""
    if not isinstance(target, str) or not target:
        return "the path must be one file name (lists of files and inline data are not accepted)"
    if "://" in target or target.startswith(("//", "\\\\")):
        return "the path is a URL; nothing is read from the network"
    if os.path.isabs(target) or (len(target) > 1 and target[1] == ":"):
        return "the path is absolute"
    if ".." in Path(target).parts:
        return "the path leaves the package directory (..)"
    resolved = (base / target).resolve()
    if not resolved.is_relative_to(base.resolve()):
        return "the path is a symlink that leads out of the package directory"
    return None


@dataclass
class Package:
    """A data package on disk: its descriptor, resources, row counts and tables."""

    directory: Path
    descriptor: dict[str, Any]

    @classmethod
    def open(cls, path: Path) -> Package:
        """The package at `path` (a directory or its descriptor); InputError if it cannot be
        read as one."""
        descriptor = descriptor_path(path)
        if not descriptor.is_file():
            if path.is_dir():
                raise InputError(f"no {DESCRIPTOR} in the directory {path}")
            raise InputError(f"no {DESCRIPTOR} at {path}")
        content, problem = parse_descriptor(descriptor)
        if problem is not None or content is None:
            reason = problem.message if problem else "unreadable"
            raise InputError(f"{descriptor} is not a usable {DESCRIPTOR}: {reason}")
        return cls(descriptor.parent, content)

    @property
    def version(self) -> str:
        return str(self.descriptor.get("version", "?"))

    @property
    def resources(self) -> list[dict[str, Any]]:
        return [r for r in self.descriptor["resources"] if isinstance(r, dict)]

    @property
    def names(self) -> list[str]:
        """Names of the tables, in package order."""
        return [str(r.get("name")) for r in self.resources]

    def resource(self, name: str) -> dict[str, Any]:
        for resource in self.resources:
            if resource.get("name") == name:
                return resource
        raise ValueError(f"no table named {name!r}; tables are: {', '.join(self.names)}")

    def file(self, name: str, parquet: bool = False) -> Path:
        """The data file of a table (its Parquet copy with `parquet`), checked to be a file
        inside the package; InputError otherwise."""
        resource = self.resource(name)
        target = (resource.get("mscexo:parquet") or {}).get("path") if parquet else None
        target = target if parquet else resource.get("path")
        reason = unsafe_path(target, self.directory)
        if reason is None and not (self.directory / str(target)).is_file():
            reason = f"{target} does not exist"
        if reason:
            raise InputError(f"{self.directory / DESCRIPTOR}: resource {name!r}: {reason}")
        return self.directory / str(target)

    def primary_key(self, name: str) -> str:
        key = self.resource(name).get("schema", {}).get("primaryKey") or ["id"]
        return key[0] if isinstance(key, list) else key

    @cached_property
    def row_counts(self) -> dict[str, int]:
        """Rows per table, from the Parquet footers when the package has them (no table is
        loaded), else by reading the CSV."""
        import pyarrow.parquet as pq

        return {
            name: pq.read_metadata(self.file(name, parquet=True)).num_rows
            if "mscexo:parquet" in self.resource(name)
            else self.text(name).num_rows
            for name in self.names
        }

    def arrow(self, name: str) -> pa.Table:
        """A table with its types, from its Parquet copy."""
        import pyarrow.parquet as pq

        return pq.read_table(self.file(name, parquet=True))

    def text(self, name: str) -> pa.Table:
        """A table as text cells (an empty cell is null), from its CSV."""
        import pyarrow as pa
        import pyarrow.csv as pacsv

        fields = self.resource(name).get("schema", {}).get("fields", [])
        names = [f["name"] for f in fields if isinstance(f, dict) and "name" in f]
        try:
            return pacsv.read_csv(
                self.file(name),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in names},
                    null_values=[""],
                    strings_can_be_null=True,
                    quoted_strings_can_be_null=True,
                ),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
            )
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise InputError(f"{self.file(name)} cannot be read as CSV: {exc}") from None

    def rows(self, name: str) -> list[dict[str, str]]:
        """A table as rows of text cells (an empty cell is an empty string), in file order."""
        with self.file(name).open(encoding="utf-8", newline="") as handle:
            try:
                return list(csv.DictReader(handle))
            except (csv.Error, UnicodeDecodeError) as exc:
                raise InputError(f"{self.file(name)} cannot be read as CSV: {exc}") from None


# ----- a contributed package -----------------------------------------------------------------


@dataclass
class PackageResource:
    """A data file of a contributed package, with the table it claims to be."""

    name: str
    path: Path
    delimiter: str


def package_resources(descriptor: Path) -> tuple[list[PackageResource], list[Problem]]:
    """The data files of a contributed Frictionless data package, and the problems of the
    descriptor (a bad one is invalid data, not an unusable input)."""
    content, problem = parse_descriptor(descriptor)
    if problem is not None or content is None:
        return [], [problem] if problem else []
    base = descriptor.parent.resolve()
    found, problems = [], []
    for number, resource in enumerate(content["resources"], start=1):
        name = resource.get("name") if isinstance(resource, dict) else None
        where = {"record": number, "field": "path"}
        target = resource.get("path") if isinstance(resource, dict) else None
        reason = unsafe_path(target, base)
        if reason is None and not (base / str(target)).is_file():
            problems.append(
                file_problem(
                    descriptor,
                    "missing-file",
                    f"resource {name!r}: {target} does not exist",
                    "add the file or correct the path",
                    value=shorten(target),
                    **where,
                )
            )
            continue
        if reason:
            problems.append(
                file_problem(
                    descriptor,
                    "unsafe-path",
                    f"resource {name!r}: {reason}",
                    "give a relative path to a file inside the package directory",
                    value=shorten(target),
                    **where,
                )
            )
            continue
        path = base / str(target)
        dialect = resource.get("dialect") or {}
        delimiter = dialect.get("delimiter") or DELIMITERS.get(path.suffix.lower(), ",")
        found.append(PackageResource(str(name or path.stem), path, delimiter))
    return found, problems
