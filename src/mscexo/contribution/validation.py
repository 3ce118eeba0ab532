"""`mscexo validate`: a contribution (table files, record files or a whole data package)
checked against the contract and against the released package, in five stages a reader can
follow one at a time:

1. read each file (`table_files`, `record_files`, with the readers of `files/`);
2. check every cell and record (the fast path, and the generated models for what it flags);
3. check the keys of all records together (`contract.keys.KeyIndex`, the index the build uses);
4. compare with the release (`release.Comparison`);
5. report (`report.Report`).

The build runs stages 2 and 3 on the curation with the same functions, so a contributor, the
build and CI get the same verdict; `tests/test_keys.py` and `tests/test_fastpath.py` hold the
two front ends to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from mscexo.contract.keys import KeyIndex, no_names, nothing_released
from mscexo.contract.record import Resource, read_resources
from mscexo.contribution.record_files import check_parquet_file, check_record_file, unknown_table
from mscexo.contribution.release import Comparison
from mscexo.contribution.report import DEFAULT_MAX_ERRORS, Report
from mscexo.contribution.snippets import Snippets
from mscexo.contribution.table_files import check_table_file
from mscexo.errors import InputError, closest
from mscexo.files.checks import check_input
from mscexo.files.formats import SUPPORTED, format_of
from mscexo.files.package import Package, descriptor_path, is_package, package_resources

#: A progress bar: called with a label and a total, returns the function to advance it.
Progress = Callable[[str, int], Callable[[int], None]]


def no_progress(label: str, total: int) -> Callable[[int], None]:
    return lambda n: None


@dataclass
class Validation:
    """One run of `mscexo validate`: the contract, the release, and what was collected."""

    resources: dict[str, Resource]
    release: Package | None
    report: Report
    progress: Progress = no_progress
    #: Directory of document texts to verify evidence snippets against (None: not checked).
    documents: Path | None = None
    index: KeyIndex = field(init=False)
    comparison: Comparison | None = field(init=False)
    #: The evidence of the records read, while `documents` is given.
    snippets: Snippets = field(init=False)

    def __post_init__(self) -> None:
        self.comparison = Comparison(self.resources, self.release) if self.release else None
        compared = self.comparison
        self.index = KeyIndex(
            self.resources,
            scope="the submission",
            with_release=compared is not None,
            released=compared.ids if compared else nothing_released,
            names=compared.names if compared else no_names,
        )
        self.snippets = Snippets(self.documents)

    def source(self, path: Path, locate: Callable[[np.ndarray], list[dict[str, int]]]) -> int:
        """Register a file whose records are about to be collected."""
        if str(path) not in self.report.files:
            self.report.files.append(str(path))
        return self.index.source(str(path), locate)

    def collect(self, table: str, batch: pa.RecordBatch, source: int, start: int) -> None:
        """Stage 3 and 4 input: the keys of a batch of text cells, and its released records."""
        keys = self.index.tables.get(table)
        offset = keys.count if keys else 0
        ids = self.index.add(table, batch, source, start)
        self.snippets.collect(table, batch, offset, ids)
        if self.comparison is not None:
            self.comparison.collect(table, batch, ids, offset)

    def check_file(
        self, path: Path, table: str | None, delimiter: str | None, in_package: bool = False
    ) -> None:
        """Stages 1 and 2 for one file, by its format (`table`: None for a record file that
        names its tables, or a package's file of an unknown table, which is skipped)."""
        fmt = format_of(path)
        if fmt is not None and fmt.kind == "records":
            check_record_file(self, path, table)  # which may name its tables itself
        elif table is None:
            return
        elif fmt is not None and fmt.kind == "excel":
            check_table_file(self, path, table, None, in_package)
        elif fmt is not None and fmt.kind == "parquet":
            check_parquet_file(self, path, table, in_package)
        else:  # delimited text; a package may name its delimiter for any suffix
            default = fmt.delimiter if fmt is not None else ","
            check_table_file(self, path, table, delimiter or default, in_package)

    def check_package(self, path: Path) -> None:
        """Stages 1 and 2 for every data file of a contributed data package."""
        descriptor = descriptor_path(path)
        if not descriptor.is_file():
            raise InputError(f"no datapackage.json in the directory {path}")
        entries, problems = package_resources(descriptor)
        for problem in problems:
            self.report.add(problem)
        self.report.files.append(str(descriptor))
        for entry in entries:
            if entry.name not in self.resources:
                self.report.add(unknown_table(descriptor, entry.name, list(self.resources), None))
                continue
            self.check_file(entry.path, entry.name, entry.delimiter, in_package=True)

    def finish(self) -> Report:
        """Stages 3 to 5: keys, the comparison with the release, the report."""
        # Key problems beyond those the report lists are counted, never made.
        for problem in self.index.problems(limit=self.report.room()):
            self.report.add(problem)
        for code, n in self.index.unlisted.items():
            self.report.counts[("error", code)] += n
        if self.comparison is not None:
            for problem in self.comparison.problems(self.index):
                self.report.add(problem)
        released = self.comparison.table("documents") if self.comparison else None
        for problem in self.snippets.problems(self.index, released, self.report):
            self.report.add(problem)
        return self.report


def table_for(path: Path, table: str | None, tables: list[str]) -> str:
    """The table a file is for: `--table`, else the file's name; InputError if neither."""
    name = table or path.stem
    if name in tables:
        return name
    suggestion = closest(name, tables)
    if table:
        raise InputError(
            f"unknown table {table!r}" + (f"; did you mean {suggestion!r}?" if suggestion else "")
        )
    raise InputError(
        f"cannot tell the table of {path.name}: name the file after a table or pass --table "
        + (f"(did you mean {suggestion!r}?)" if suggestion else f"(tables: {', '.join(tables)})")
    )


def validate_path(
    path: Path,
    table: str | None = None,
    release: Path | None = None,
    max_errors: int = DEFAULT_MAX_ERRORS,
    root: Path | None = None,
    progress: Progress = no_progress,
    kind: Callable[..., Validation] = Validation,
    documents: Path | None = None,
) -> Report:
    """Validate a file, a directory holding `datapackage.json`, or a descriptor, against the
    contract and the release (by default, the installed one).

    With `documents`, a directory of document texts, every evidence snippet is looked for in
    its document's text (named by the document's `text_file`, in the release or in the
    contribution); the report counts the snippets checked and those that were not.

    `kind` makes the run (`mscexo add` passes one that keeps the records it reads).

    Raises InputError for what is not the data's fault: a missing path, an unsupported kind of
    file, a table that cannot be determined, a release that cannot be read.
    """
    from mscexo.load import data_root
    from mscexo.load import release as installed

    root = root or data_root()
    resources = {r.name: r for r in read_resources(root)}
    check_input(path)  # readable, and no symbolic link out of its directory
    package = Package.open(release) if release else installed()
    run = kind(resources, package, Report(max_errors), progress, documents)
    if is_package(path):
        run.check_package(path)
    else:
        fmt = format_of(path)
        if fmt is None:
            raise InputError(
                f"cannot read {path.name}: use one of {', '.join(SUPPORTED)} or a data package"
            )
        if fmt.kind == "records":
            # A record file may name its tables itself; a file name that is no table is fine.
            named = table_for(path, table, list(resources)) if table else None
            run.check_file(path, named or (path.stem if path.stem in resources else None), None)
        else:
            run.check_file(path, table_for(path, table, list(resources)), fmt.delimiter)
    return run.finish()
