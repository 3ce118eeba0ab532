"""One way to open a data package: a directory holding `datapackage.json`, or the descriptor.

`Package` is what `load`, `info`, `cite`, `diff`, `validate --release` and the build's
stable-identifier check read a package through. Its resources are the tables: the release
also lists its LinkML form (every record as one `Dataset` instance, marked `mscexo:linkml`),
which `is_table` sets apart and a contributed package's reader skips. The descriptor is
parsed here and nowhere else (`parse_descriptor`), and every resource path is checked before
it is opened: a URL, an absolute path, `..`, a symlink that leads out of the package
directory, or something that is not a regular file is refused. Every read of a table's data
goes through `Package.file`.

A package that cannot be used (a descriptor that is not JSON or lists more than
`MAX_RESOURCES`, a resource without a usable schema, key, path or file) is an `InputError`
with a one-line reason naming the file. A contributed package's descriptor is data to
correct instead: `package_resources` reports its problems.
"""

from __future__ import annotations

import csv
import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mscexo.errors import InputError, Problem, os_error_message, printable, shorten
from mscexo.files.checks import MAX_DOCUMENT_BYTES, check_input, file_problem, size_problem
from mscexo.files.formats import DELIMITERS

if TYPE_CHECKING:
    import pyarrow as pa

DESCRIPTOR = "datapackage.json"
#: Most resources a descriptor may list (the release has one per table; a contribution may
#: split a table into several files). Each resource costs a file check and a reader, so a
#: descriptor listing 100,000 of them is refused before any is read.
MAX_RESOURCES = 100
#: Delimiters a contributed package's Table Dialect may give (those the readers name).
DIALECT_DELIMITERS = {",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe"}
#: The property that marks a resource as the release in LinkML's form (an instance of the
#: schema's tree root), not a table: its value names the schema and the class.
LINKML = "mscexo:linkml"


def is_table(resource: Any) -> bool:
    """Whether a resource of a descriptor is a table. Every resource is, but the LinkML form
    of the release: it holds the same records as the tables, so reading it as one more table
    would count each record twice."""
    return isinstance(resource, dict) and LINKML not in resource


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
    except (ValueError, RecursionError) as exc:  # bad JSON or UTF-8, an integer too long
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
    if len(resources) > MAX_RESOURCES:
        return None, file_problem(
            path,
            "too-many-resources",
            f"the descriptor lists {len(resources):,} resources (at most {MAX_RESOURCES:,})",
            "list one resource per table file; join the files of a table into fewer files",
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
    if "\0" in target:
        return "the path holds a NUL byte"
    if ".." in Path(target).parts:
        return "the path leaves the package directory (..)"
    try:
        resolved = (base / target).resolve()
    except RuntimeError:  # Python 3.11's pathlib on a loop of symbolic links
        return "the path is a loop of symbolic links"
    except OSError as error:
        return os_error_message(error, target)
    if not resolved.is_relative_to(base.resolve()):
        return "the path is a symlink that leads out of the package directory"
    return None


def missing_file(target: str, base: Path) -> str | None:
    """Why a safe resource path names no file that can be read, or None."""
    try:
        mode = (base / target).stat().st_mode
    except FileNotFoundError:
        return f"{printable(target)} does not exist"
    except OSError as error:
        return os_error_message(error, target)
    if not stat.S_ISREG(mode):
        return f"{printable(target)} is not a regular file (a directory, a FIFO or a device)"
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
        check_input(path)
        descriptor = descriptor_path(path)
        if not descriptor.is_file() and not descriptor.is_symlink():
            if path.is_dir():
                raise InputError(f"no {DESCRIPTOR} in the directory {printable(path)}")
            raise InputError(f"no {DESCRIPTOR} at {printable(path)}")
        check_input(descriptor)
        if descriptor.is_dir():
            raise InputError(f"{printable(descriptor)} is a directory, not a {DESCRIPTOR}")
        content, problem = parse_descriptor(descriptor)
        if problem is not None or content is None:
            reason = problem.message if problem else "unreadable"
            raise InputError(
                f"{printable(descriptor)} is not a usable {DESCRIPTOR}: {printable(reason)}"
            )
        return cls(descriptor.parent, content)

    def _refuse(self, name: str, reason: str) -> InputError:
        """The error for a resource of this package that cannot be used."""
        where = printable(self.directory / DESCRIPTOR)
        return InputError(f"{where}: resource {printable(repr(name))}: {reason}")

    @property
    def version(self) -> str:
        return str(self.descriptor.get("version", "?"))

    @property
    def resources(self) -> list[dict[str, Any]]:
        """The tables' resources (`is_table`), in package order."""
        return [r for r in self.descriptor["resources"] if is_table(r)]

    @property
    def linkml(self) -> list[str]:
        """Paths of the release's LinkML form (`Dataset` instances), as the descriptor lists
        them, each checked like a table's file (`_checked`); InputError otherwise."""
        return [
            self._checked(str(r.get("name")), r.get("path")).relative_to(self.directory).as_posix()
            for r in self.descriptor["resources"]
            if isinstance(r, dict) and not is_table(r)
        ]

    @property
    def names(self) -> list[str]:
        """Names of the tables, in package order."""
        return [str(r.get("name")) for r in self.resources]

    def resource(self, name: str) -> dict[str, Any]:
        for resource in self.resources:
            if resource.get("name") == name:
                return resource
        raise ValueError(f"no table named {name!r}; tables are: {', '.join(self.names)}")

    def schema(self, name: str) -> dict[str, Any]:
        """The Table Schema of a table ({} when it has none); InputError if it is no object."""
        schema = self.resource(name).get("schema") or {}
        if not isinstance(schema, dict):
            raise self._refuse(name, "its schema is not a JSON object; rebuild the package")
        return schema

    def file(self, name: str, parquet: bool = False) -> Path:
        """The data file of a table (its Parquet copy with `parquet`), checked to be a
        regular file inside the package; InputError otherwise. Every read of a table's data
        goes through here."""
        resource = self.resource(name)
        if parquet:
            copy = resource.get("mscexo:parquet")
            target = copy.get("path") if isinstance(copy, dict) else None
        else:
            target = resource.get("path")
        return self._checked(name, target)

    def _checked(self, name: str, target: Any) -> Path:
        """A resource's file: a regular file inside the package; InputError otherwise."""
        reason = unsafe_path(target, self.directory)
        reason = reason or missing_file(str(target), self.directory)
        if reason:
            raise self._refuse(name, printable(reason))
        return self.directory / str(target)

    def primary_key(self, name: str) -> str:
        """The table's key column (the first, if the key has several; `id` by default)."""
        key = self.schema(name).get("primaryKey") or ["id"]
        key = key[0] if isinstance(key, list) and key else key
        if not isinstance(key, str):
            raise self._refuse(name, "its primaryKey is not a field name; rebuild the package")
        return key

    @cached_property
    def row_counts(self) -> dict[str, int]:
        """Rows per table, from the Parquet footers when the package has them (no table is
        loaded), else by reading the CSV."""
        import pyarrow.parquet as pq

        counts = {}
        for name in self.names:
            if "mscexo:parquet" not in self.resource(name):
                counts[name] = self.text(name).num_rows
                continue
            path = self.file(name, parquet=True)
            with self._reading(path, "Parquet"):
                counts[name] = pq.read_metadata(path).num_rows
        return counts

    def arrow(self, name: str) -> pa.Table:
        """A table with its types, from its Parquet copy."""
        import pyarrow.parquet as pq

        path = self.file(name, parquet=True)
        with self._reading(path, "Parquet"):
            return pq.read_table(path)

    @contextmanager
    def _reading(self, path: Path, kind: str) -> Iterator[None]:
        """Turn a failure to read a data file of the package into a one-line InputError."""
        import pyarrow as pa

        try:
            yield
        except OSError as error:
            raise InputError(os_error_message(error, path)) from None
        except (pa.ArrowException, ValueError, csv.Error) as exc:  # incl. UnicodeDecodeError
            reason = printable(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            raise InputError(
                f"{printable(path)} cannot be read as {kind}: {reason}; rebuild the package"
            ) from None

    def text(self, name: str) -> pa.Table:
        """A table as text cells (an empty cell is null), from its CSV."""
        import pyarrow as pa
        import pyarrow.csv as pacsv

        fields = self.schema(name).get("fields", [])
        fields = fields if isinstance(fields, list) else []
        names = [
            f["name"] for f in fields if isinstance(f, dict) and isinstance(f.get("name"), str)
        ]
        path = self.file(name)
        with self._reading(path, "CSV"):
            table = pacsv.read_csv(
                path,
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in names},
                    null_values=[""],
                    strings_can_be_null=True,
                    quoted_strings_can_be_null=True,
                ),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
            )
        # A column the schema does not type is inferred, and bytes that are not UTF-8 make it
        # binary rather than an error.
        binary = [f.name for f in table.schema if pa.types.is_binary(f.type)]
        if binary:
            raise InputError(
                f"{printable(path)} cannot be read as CSV: column {printable(binary[0])!r} is "
                "not UTF-8 text; rebuild the package"
            )
        return table

    def rows(self, name: str) -> list[dict[str, str]]:
        """A table as rows of text cells (an empty cell is an empty string), in file order."""
        path = self.file(name)
        with self._reading(path, "CSV"), path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = []
            for row in reader:
                if None in row or None in row.values():  # more cells than the header, or fewer
                    raise InputError(
                        f"{printable(path)}:{reader.line_num}: the row does not have one cell "
                        "per column of the header; rebuild the package"
                    )
                rows.append(row)
        return rows


# ----- a contributed package -----------------------------------------------------------------


@dataclass
class PackageResource:
    """A data file of a contributed package, with the table it claims to be."""

    name: str
    path: Path
    delimiter: str


def package_resources(descriptor: Path) -> tuple[list[PackageResource], list[Problem]]:
    """The data files of a contributed Frictionless data package, and the problems of the
    descriptor (a bad one is invalid data, not an unusable input; a descriptor that cannot
    be read at all, or is a symlink out of its directory, is an InputError)."""
    check_input(descriptor)
    content, problem = parse_descriptor(descriptor)
    if problem is not None or content is None:
        return [], [problem] if problem else []
    base = descriptor.parent.resolve()
    found, problems = [], []
    for number, resource in enumerate(content["resources"], start=1):
        if isinstance(resource, dict) and not is_table(resource):
            continue  # the release's LinkML form: the same records as its tables
        name = resource.get("name") if isinstance(resource, dict) else None
        where = {"record": number, "field": "path"}
        target = resource.get("path") if isinstance(resource, dict) else None
        reason = unsafe_path(target, base)
        if reason is None and not os.path.lexists(base / str(target)):
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
        reason = reason or missing_file(str(target), base)
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
        delimiter, reason = dialect_delimiter(resource.get("dialect"))
        if reason:
            problems.append(
                file_problem(
                    descriptor,
                    "dialect",
                    f"resource {name!r}: {reason}",
                    "give the dialect inline with one of the delimiters "
                    + ", ".join(f"{d!r} ({n})" for d, n in DIALECT_DELIMITERS.items())
                    + ", or leave it out to read the file by its suffix",
                    record=number,
                    field="dialect",
                    value=shorten(json.dumps(resource.get("dialect"), ensure_ascii=False)),
                )
            )
            continue
        delimiter = delimiter or DELIMITERS.get(path.suffix.lower(), ",")
        found.append(PackageResource(str(name or path.stem), path, delimiter))
    return found, problems


def dialect_delimiter(dialect: Any) -> tuple[str | None, str | None]:
    """The delimiter a resource's Table Dialect gives (None: none given), or why the dialect
    cannot be used. A dialect given as a path or a URL is not followed."""
    if dialect is None or dialect == {}:
        return None, None
    if isinstance(dialect, str):
        return None, "the dialect is a path or a URL, which is not read; give it inline"
    if not isinstance(dialect, dict):
        return None, 'the dialect must be an object such as {"delimiter": ";"}'
    delimiter = dialect.get("delimiter")
    if delimiter is None:
        return None, None
    if not isinstance(delimiter, str) or delimiter not in DIALECT_DELIMITERS:
        return None, f"the delimiter {delimiter!r} cannot be used"
    return delimiter, None
