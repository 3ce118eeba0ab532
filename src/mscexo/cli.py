"""The `mscexo` command line.

Exit codes follow common conventions: 0 success, 1 invalid data (every problem is listed),
2 the input or output cannot be used (a bad option, a path that does not exist or cannot be
read or written, a package that cannot be read as one), 130 interrupted (Ctrl-C), 141 the
reader of the output closed the pipe early (`mscexo info | head -3`, as for a process ended
by SIGPIPE). No failure prints a traceback: each is one line naming the file and what to do.
An unexpected exception is a bug: one line says so too (with MSCEXO_DEBUG=1, the traceback).

Text output is for a terminal, so every name, path, identifier and value in it is shown with
its control characters escaped (`mscexo.errors.printable`): a header or a cell holding ESC
sequences cannot clear the screen or fake a verdict. JSON output keeps the values as they are
(JSON escapes the C0 controls itself).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from mscexo.errors import DataError, InputError, os_error_message, printable

OK, INVALID, USAGE = 0, 1, 2
#: Exit status when interrupted with Ctrl-C (128 + SIGINT).
INTERRUPTED = 130
#: Exit status when the reader of the output closed the pipe early (128 + SIGPIPE).
CLOSED_PIPE = 141


def _path(text: str) -> Path:
    """A path argument; a NUL byte cannot name a file (the system would cut the name there)."""
    if "\0" in text:
        raise argparse.ArgumentTypeError(f"{printable(text)}: the path holds a NUL byte")
    return Path(text)


def _existing_dir(text: str) -> Path:
    path = _path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"directory not found: {printable(text)}")
    return path


def _say(text: str, file: Any = None) -> None:
    """Print text output for a terminal, its control characters escaped (lines and tabs are
    the output's own)."""
    print(printable(text, keep="\n\t"), file=file)


def _report_problems(error: DataError, fmt: str) -> None:
    if fmt == "json":
        payload = {"valid": False, "problems": [p.to_dict() for p in error.problems]}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for problem in error.problems:
        print(problem, file=sys.stderr)  # Problem.__str__ escapes what it shows
    print(f"\n{len(error.problems)} problem(s); nothing was written.", file=sys.stderr)


# ----- build ---------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from mscexo.curation import evidence
    from mscexo.curation.build import build

    root = args.root
    if not (root / "schema" / "generated" / "tableschema.json").is_file():
        raise InputError(f"{root} is not an MSC-Exo source checkout (no schema/generated/)")
    curation = args.curation or root / "curation"
    if not curation.is_dir():
        raise InputError(f"curation directory not found: {curation}")
    documents = evidence.documents_dir(args.documents)
    if documents is not None and not documents.is_dir():
        raise InputError(f"documents directory not found: {documents}")
    try:
        result = build(
            root, curation=curation, output=args.output, documents=documents, previous=args.previous
        )
    except DataError as error:
        _report_problems(error, args.format)
        return INVALID
    except OSError as error:  # a failed write names no file: it is the package's
        if error.filename is not None:
            raise
        output = args.output or root / "datapackage"
        raise InputError(os_error_message(error, output)) from None
    if args.format == "json":
        print(
            json.dumps(
                {
                    "valid": True,
                    "output": str(result.output),
                    "version": result.version,
                    "rows": result.row_counts,
                    "evidence_checked": documents is not None,
                },
                indent=2,
            )
        )
    else:
        total = sum(result.row_counts.values())
        _say(
            f"built MSC-Exo {result.version} in {result.output}: "
            f"{len(result.row_counts)} tables, {total} rows"
        )
        _say(
            f"evidence snippets and document checksums verified against {documents}"
            if documents is not None
            else "evidence snippets and document checksums NOT checked: pass --documents DIR "
            "(or set MSCEXO_DOCUMENTS) to verify them against the source texts"
        )
    return OK


# ----- describe ------------------------------------------------------------------------------


def cmd_describe(args: argparse.Namespace) -> int:
    from mscexo.publish.describe import describe

    try:
        text = describe(args.table, args.field, args.format)
    except ValueError as error:  # an unknown table or field: the message lists the names
        _fail("mscexo describe", printable(error, keep="\n"))
        return USAGE
    if args.format == "json":
        print(text)
    else:
        _say(text)
    return OK


# ----- info ----------------------------------------------------------------------------------


def _package_info(package: Path | None) -> dict[str, Any]:
    """Version, licence, sources, row counts and the LinkML files of a built package."""
    from mscexo.files.package import Package
    from mscexo.load import release

    opened = Package.open(package) if package else release()
    descriptor = opened.descriptor

    def listed(key: str, field: str) -> list[Any]:
        items = descriptor.get(key)
        items = items if isinstance(items, list) else []
        return [item.get(field) for item in items if isinstance(item, dict)]

    return {
        "name": descriptor.get("name"),
        "title": descriptor.get("title"),
        "version": descriptor.get("version"),
        "created": descriptor.get("created"),
        "licenses": listed("licenses", "name"),
        "path": str(opened.directory),
        "sources": listed("sources", "title"),
        "tables": opened.row_counts,
        "linkml": opened.linkml,
    }


def cmd_info(args: argparse.Namespace) -> int:
    info = _package_info(args.package)
    if args.format == "json":
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return OK
    lines = [
        f"{info['title']}\nversion {info['version']} ({str(info['created'])[:10]}), "
        f"licence {', '.join(map(str, info['licenses']))}\npackage: {info['path']}\n"
    ]
    width = max(len("total"), *(len(name) for name in info["tables"]))
    lines.append(f"{'table':<{width}}  rows")
    for name, rows in info["tables"].items():
        lines.append(f"{printable(name):<{width}}  {rows:>4}")
    lines.append(f"{'total':<{width}}  {sum(info['tables'].values()):>4}\n")
    if info["linkml"]:
        files = ", ".join(printable(path) for path in info["linkml"])
        lines.append(f"every record as one LinkML Dataset: {files}\n")
    lines.append(f"source documents ({len(info['sources'])}):")
    lines.extend(f"  - {printable(title)}" for title in info["sources"])
    _say("\n".join(lines))
    return OK


# ----- coverage ------------------------------------------------------------------------------


def cmd_coverage(args: argparse.Namespace) -> int:
    from mscexo.contract.record import read_resources
    from mscexo.curation import evidence
    from mscexo.curation.build import collect
    from mscexo.curation.coverage import coverage

    documents = evidence.documents_dir(args.documents)
    if documents is None:
        raise InputError("give the directory of the source documents' texts with --documents DIR")
    if not documents.is_dir():
        raise InputError(f"--documents: {documents} is not a directory")
    curation = args.curation or args.root / "curation"
    if not curation.is_dir():
        raise InputError(f"curation directory not found: {curation}")
    records = collect(curation, read_resources(args.root))
    results = coverage(records, documents)
    if not results:
        raise InputError(f"none of the curated documents' text files is in {documents}")
    complete = all(r.complete for r in results)
    if args.format == "json":
        payload = {"complete": complete, "documents": [r.to_dict() for r in results]}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return OK if complete else INVALID
    for result in results:
        status = "complete" if result.complete else "INCOMPLETE"
        _say(f"{result.document_id}: {status}")
        width = max(map(len, result.counts))
        for kind, counts in result.counts.items():
            _say(
                f"  {kind:<{width}} {counts['found']:>4} found, {counts['covered']:>4} covered, "
                f"{counts['excluded']:>4} excluded"
            )
            if result.missing[kind]:
                _say(f"    not covered: {', '.join(map(str, result.missing[kind]))}")
            if result.not_in_document[kind]:
                _say(
                    f"    named by records but not in the document: "
                    f"{', '.join(map(str, result.not_in_document[kind]))}"
                )
    if not complete:
        _say(
            "\ncover each item with a record or list it in curation/exclusions "
            "(an `exclusions` record with a reason)",
            file=sys.stderr,
        )
    return OK if complete else INVALID


# ----- validate ------------------------------------------------------------------------------

#: Warnings listed per kind in the text report (all are in the JSON report).
WARNINGS_SHOWN = 10
#: Files named one by one in the report's first line; more are summarised by their folder.
FILES_SHOWN = 3
#: Kinds of problem the text report summarises in one line (the JSON report lists each).
SUMMARISED = {
    "duplicate": "record(s) already in the release, unchanged: nothing to add (listed in "
    "--format json)",
}


def _render_text(report: Any) -> str:
    """The report grouped by severity and kind, each kind with its count."""
    rows = ", ".join(f"{printable(table)} {n:,} row(s)" for table, n in report.rows.items())
    files = ", ".join(printable(report.label(f)) for f in report.files) or "nothing"
    if len(report.files) > FILES_SHOWN:
        folder = os.path.commonpath([os.path.abspath(f) for f in report.files])
        files = f"{len(report.files)} files in {printable(folder)}"
    lines = [f"checked {files}: {rows}" if rows else f"checked {files} (no rows read)"]
    for severity in ("error", "warning"):
        codes = sorted((n, code) for (s, code), n in report.counts.items() if s == severity and n)
        for n, code in sorted(codes, key=lambda item: (-item[0], item[1])):
            if code in SUMMARISED:
                lines.append(f"\n{severity} {code}: {n:,} {SUMMARISED[code]}")
                continue
            listed = [p for p in report.problems if p.severity == severity and p.code == code]
            if severity == "warning":
                listed = listed[:WARNINGS_SHOWN]
            shown = ""
            if not listed:
                shown = " (none listed: --max-errors was reached)"
            elif len(listed) < n:
                shown = f" (listing {len(listed):,})"
            lines.append(f"\n{severity} {code}: {n:,}{shown}")
            # Problem.__str__ escapes every name, path, message and value it shows.
            lines.extend(f"  {problem}".replace("\n", "\n  ") for problem in listed)
    errors, warnings = report.total("error"), report.total("warning")
    verdict = "VALID" if report.valid else "INVALID"
    lines.append(f"\n{report.evidence_line()}")
    lines.append(f"{verdict}: {errors:,} error(s), {warnings:,} warning(s)")
    if not report.valid:
        lines.append("fix the errors and run `mscexo validate` again")
    return "\n".join(lines)


# ----- add -----------------------------------------------------------------------------------


def _source_checkout(root: Path) -> Path:
    if not (root / "schema" / "generated" / "tableschema.json").is_file():
        raise InputError(f"{root} is not an MSC-Exo source checkout (no schema/generated/)")
    if not (root / "curation").is_dir():
        raise InputError(f"curation directory not found: {root / 'curation'}")
    return root


def cmd_add(args: argparse.Namespace) -> int:
    from mscexo.curation.add import add, environment_texts

    root = _source_checkout(args.root)
    texts = environment_texts(args.documents)
    try:
        report, plan = add(
            args.path,
            root,
            update=args.update,
            table=args.table,
            texts=texts,
            dry_run=args.dry_run,
        )
    except OSError as error:
        raise InputError(os_error_message(error, None if error.filename else args.path)) from None
    if plan is None:  # the validator's own report, and nothing written
        if args.format == "json":
            print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        else:
            print(_render_text(report))
            print("nothing was written")
        return INVALID
    lines = plan.summary(args.dry_run)
    if args.format == "json":
        changes = [
            {
                "action": c.action,
                "table": c.table,
                "id": c.key,
                "file": str(c.file),
                "changes": [{"field": n, "old": o, "new": v} for n, o, v in c.changes],
            }
            for c in plan.changes
        ]
        print(
            json.dumps({"valid": True, "written": not args.dry_run, "changes": changes}, indent=2)
        )
    else:
        _say("\n".join(lines))
        written = sorted(str(path) for path in plan.texts)
        verb = "would write" if args.dry_run else "wrote"
        _say(f"{verb} {', '.join(written)}" if written else "nothing to write")
        if texts is None:
            _say(
                "evidence NOT checked: pass --documents DIR (or set MSCEXO_DOCUMENTS) to verify "
                "the snippets against the source texts"
            )
        else:
            _say(f"evidence checked against the texts in {texts}")
    return OK


def _add_add(commands: Any) -> None:
    """The `mscexo add` command."""
    cmd = commands.add_parser(
        "add",
        help="write a contributed file's records into curation/*.yaml",
        description="Validate a contributed file (any format `mscexo validate` reads) and add "
        "its records to the curation: each record to its document's curation file, entities to "
        "their shared files, identifiers assigned where the id is empty. A curated record is "
        "never changed without --update. Invalid input is refused with the validator's report "
        "and nothing is written; otherwise every file is written, or none. "
        "Exit 0 added, 1 invalid or refused, 2 usage error.",
    )
    cmd.add_argument("path", type=_path, help="a table file, a record file or a data package")
    cmd.add_argument("--table", help="the table of PATH (default: taken from the file name)")
    cmd.add_argument(
        "--update",
        action="store_true",
        help="replace curated records that differ, listing the changes field by field",
    )
    cmd.add_argument(
        "--documents",
        type=_path,
        metavar="DIR",
        help="directory of document texts: verify the evidence snippets of the added records "
        "(default: $MSCEXO_DOCUMENTS; not checked when neither is set)",
    )
    cmd.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    _root_option(cmd)
    cmd.add_argument("--format", choices=["text", "json"], default="text")
    cmd.set_defaults(func=cmd_add)


def cmd_add_document(args: argparse.Namespace) -> int:
    from mscexo.curation.add import add_document

    root = _source_checkout(args.root)
    fields = {
        "id": args.id,
        "title": args.title,
        "authors": args.author or None,
        "journal": args.journal,
        "year": args.year,
        "doi": args.doi,
        "pmid": args.pmid,
        "document_type": args.document_type,
        "licence": args.licence,
        "licence_note": args.licence_note,
    }
    if args.text is not None and not args.text.is_file():
        raise InputError(f"text file not found: {args.text}")
    curators = [_curator(text) for text in args.curator or []]
    plan = add_document(root, fields, text=args.text, dry_run=args.dry_run, curators=curators)
    change = plan.changes[0]
    verb = "would write" if args.dry_run else "wrote"
    _say(f"{verb} {change.file}: documents {change.key}")
    if "text_sha256" in change.data:
        _say(
            f"text {args.text}: SHA-256 {change.data['text_sha256']}; keep it as "
            f"{change.data['text_file']} in the directory given to `--documents`"
        )
    return OK


def _curator(text: str) -> dict[str, str]:
    """'Family, Given[, ORCID]' as a curator (the ORCID iD is checked with the file)."""
    parts = [part.strip() for part in text.split(",")]
    if not 1 <= len(parts) <= 3 or not parts[0]:
        raise InputError(f"--curator takes 'Family, Given[, ORCID]', not {text!r}")
    names = ("family_names", "given_names", "orcid")
    return {name: part for name, part in zip(names, parts, strict=False) if part}


def _add_add_document(commands: Any) -> None:
    """The `mscexo add-document` command."""
    cmd = commands.add_parser(
        "add-document",
        help="record a new source document (and its text's SHA-256) in its own curation file",
        description="Record a source document's bibliographic facts and licence in a new "
        "curation file (the next number, named after the journal and year). With --text, the "
        "plain-text copy's SHA-256 and file name are recorded: `add --documents DIR` and "
        "`build --documents DIR` then verify evidence snippets against it (the text itself is "
        "not copied into the repository). Exit 0 written, 1 invalid, 2 usage error.",
    )
    cmd.add_argument("--id", required=True, help="doi:10.xxxx/... or mscexo:doc-SLUG")
    cmd.add_argument("--title", required=True)
    cmd.add_argument("--author", action="append", help="an author (repeat, in order)")
    cmd.add_argument("--journal")
    cmd.add_argument("--year", type=int)
    cmd.add_argument("--doi", help="the DOI without doi: (10.xxxx/...)")
    cmd.add_argument("--pmid")
    cmd.add_argument(
        "--document-type",
        metavar="CODE",
        help="e.g. review, research_article (`mscexo describe documents document_type`)",
    )
    cmd.add_argument(
        "--licence", metavar="CODE", help="e.g. cc_by_4_0 (`mscexo describe documents licence`)"
    )
    cmd.add_argument("--licence-note", help="what is and is not verified about the licence")
    cmd.add_argument(
        "--text", type=_path, metavar="FILE", help="plain-text (UTF-8) copy of the document"
    )
    cmd.add_argument(
        "--curator",
        action="append",
        metavar="'FAMILY, GIVEN[, ORCID]'",
        help="a curator of the records of this document, credited as an author of the "
        "releases (repeat for each; the ORCID iD without https://orcid.org/)",
    )
    cmd.add_argument("--dry-run", action="store_true", help="show what would be written")
    _root_option(cmd)
    cmd.set_defaults(func=cmd_add_document)


def _progress_bar():
    """A byte-counting progress bar on stderr, only when a person is watching."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def cmd_validate(args: argparse.Namespace) -> int:
    if args.max_errors < 1:
        raise InputError("--max-errors must be at least 1")
    try:
        report = _validate(args)
    except OSError as error:  # a reader's error that names no file is about the input
        raise InputError(os_error_message(error, None if error.filename else args.path)) from None
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        from mscexo.contribution.report import to_markdown

        print(to_markdown(report), end="")  # every value escaped for Markdown
    else:
        print(_render_text(report))  # escaped piece by piece: a value's newline stays escaped
    return OK if report.valid else INVALID


def _validate(args: argparse.Namespace) -> Any:
    from mscexo.contribution.validation import validate_path

    with _progress_bar() as bar:

        def progress(label: str, total: int):
            if bar is None:
                return lambda n: None
            from rich.markup import escape

            task = bar.add_task(escape(printable(label)), total=total)
            return lambda n: bar.advance(task, n)

        return validate_path(
            args.path,
            table=args.table,
            release=args.release,
            max_errors=args.max_errors,
            documents=args.documents,
            progress=progress,
        )


def cmd_checklist(args: argparse.Namespace) -> int:
    from mscexo.contribution.checklist import checklist_path, render_text

    try:
        report = checklist_path(args.path, release=args.release)
    except OSError as error:  # a reader's error that names no file is about the input
        raise InputError(os_error_message(error, None if error.filename else args.path)) from None
    if args.format == "json":
        payload = report.to_dict()
        if args.summary:
            payload.pop("scores")
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _say(render_text(report, per_record=not args.summary))
    return OK if report.complete and not report.problems else INVALID


def cmd_template(args: argparse.Namespace) -> int:
    from mscexo.contract.record import read_resources
    from mscexo.contribution.template import csv_template, xlsx_template
    from mscexo.files.atomic import check_output, write_file
    from mscexo.load import data_root

    if args.output is not None:
        check_output(args.output)  # before the format is read from its suffix
    resources = {r.name: r for r in read_resources(data_root())}
    if args.name not in resources:
        from mscexo.errors import closest

        suggestion = closest(args.name, list(resources))
        raise InputError(
            f"unknown table {args.name!r}"
            + (f"; did you mean {suggestion!r}?" if suggestion else "")
            + f" (tables: {', '.join(resources)})"
        )
    fmt = args.format or (args.output.suffix.lstrip(".") if args.output else "csv")
    if fmt not in ("csv", "xlsx"):
        raise InputError(f"unknown template format {fmt!r}: use csv or xlsx")
    content = (xlsx_template if fmt == "xlsx" else csv_template)(resources[args.name])
    output = args.output
    if output is None and fmt == "csv":
        sys.stdout.write(content.decode("utf-8"))
        return OK
    output = output or Path(f"{args.name}.xlsx")
    write_file(output, content)
    _say(f"wrote {output}", file=sys.stderr)
    return OK


# ----- cite ----------------------------------------------------------------------------------


def cmd_cite(args: argparse.Namespace) -> int:
    from mscexo.files.package import Package
    from mscexo.load import release
    from mscexo.publish import cite

    package = Package.open(args.package) if args.package else release()
    try:
        text = cite.render(cite.Citation.of(package), args.format, sources=args.sources)
    except ValueError as error:
        raise InputError(str(error)) from None
    if args.format == "text":
        _say(text)
    else:
        print(text)
    return OK


# ----- export --------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from mscexo.files.atomic import check_output
    from mscexo.publish.export import export

    if args.output is not None:
        check_output(args.output)  # before the export is made, not after
    text = export(args.format, args.output)
    if text is not None:
        sys.stdout.write(text)
    else:
        _say(f"wrote {args.output}", file=sys.stderr)
    return OK


# ----- diff ----------------------------------------------------------------------------------


def cmd_diff(args: argparse.Namespace) -> int:
    from mscexo.files.package import Package
    from mscexo.publish import diff

    old, new = Package.open(args.old), Package.open(args.new)
    changes = diff.compare(old, new)
    if args.format == "json":
        print(json.dumps(diff.to_dict(old, new, changes), indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        _say(diff.to_review_markdown(old, new, changes))
    else:
        _say(diff.to_text(old, new, changes))
    # Like `git diff --exit-code`: a script can ask whether the releases differ.
    return INVALID if args.exit_code and any(changes.values()) else OK


# ----- release -------------------------------------------------------------------------------


def cmd_release(args: argparse.Namespace) -> int:
    import importlib.util

    from mscexo.curation import evidence, release

    if importlib.util.find_spec("linkml") is None:  # regenerating needs LinkML's generators
        raise InputError("releasing needs the build extra: pip install 'mscexo[build]'")
    root = args.root
    if not (root / release.RELEASE).is_file():
        raise InputError(f"no {release.RELEASE} under {root}: not an MSC-Exo source checkout")
    if args.check:
        stale = release.check(root)
        for line in stale:
            _say(f"stale: {line}", file=sys.stderr)
        if stale:
            print("cut releases with `mscexo release --bump PART`", file=sys.stderr)
            return INVALID
        print("the release is consistent: versions, package, citation and changelog agree")
        return OK
    documents = evidence.documents_dir(args.documents)
    if documents is not None and not documents.is_dir():
        raise InputError(f"documents directory not found: {documents}")
    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        raise InputError(f"--date must be YYYY-MM-DD, not {args.date!r}") from None
    try:
        done = release.cut(root, args.bump, day, documents)
    except ValueError as error:
        raise InputError(str(error)) from None
    print(f"released MSC-Exo {done.version} ({done.date}), after {done.previous}")
    for path in done.written:
        print(f"wrote {path}")
    print(f"rebuilt {release.PACKAGE}/; add prose to the {done.version} section of CHANGELOG.md")
    if documents is None:
        print("evidence snippets and document checksums NOT checked: pass --documents DIR")
    return OK


# ----- generate ------------------------------------------------------------------------------


def cmd_generate(args: argparse.Namespace) -> int:
    try:
        from mscexo.datamodel import generate
    except ImportError as exc:
        raise InputError(
            f"generating needs the build extra: pip install 'mscexo[build]' ({exc})"
        ) from None
    if not (args.root / generate.SCHEMA).is_file():
        raise InputError(f"no {generate.SCHEMA} under {args.root}")
    if args.check:
        stale = generate.stale(args.root)
        for path in stale:
            _say(f"out of date: {path}", file=sys.stderr)
        if stale:
            print("run `mscexo generate` and commit the result", file=sys.stderr)
            return INVALID
        print("generated files are up to date")
        return OK
    for path in generate.write(args.root):
        print(f"wrote {path}")
    return OK


# ----- parser --------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    """The `mscexo` argument parser."""
    return _parser_and_commands()[0]


def commands() -> dict[str, argparse.ArgumentParser]:
    """The parser of every command, by name, in the order `--help` lists them."""
    choices = _parser_and_commands()[1].choices
    return dict(choices) if isinstance(choices, dict) else {}


def _parser_and_commands() -> tuple[argparse.ArgumentParser, argparse.Action]:
    main = argparse.ArgumentParser(
        prog="mscexo",
        description="MSC-Exo: build, inspect and check the MSC-derived exosome data package.",
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = main.add_subparsers(dest="command", metavar="COMMAND", required=True)

    for add in (
        _add_build,
        _add_info,
        _add_describe,
        _add_coverage,
        _add_validate,
        _add_checklist,
        _add_add,
        _add_add_document,
        _add_template,
        _add_cite,
        _add_export,
        _add_diff,
        _add_release,
        _add_generate,
    ):
        add(commands)
    return main, commands


def _root_option(parser: argparse.ArgumentParser) -> None:
    """`--root`: the source checkout a command works on (build, add, release, generate)."""
    parser.add_argument(
        "--root",
        type=_existing_dir,
        default=Path("."),
        help="source checkout (default: current directory)",
    )


def _add_build(commands: Any) -> None:
    """The `mscexo build` command."""
    build = commands.add_parser(
        "build",
        help="validate curation/*.yaml and write datapackage/",
        description="Validate every curated record and write the data package atomically.",
    )
    _root_option(build)
    build.add_argument("--curation", type=_path, help="curation directory (default: ROOT/curation)")
    build.add_argument("--output", type=_path, help="output directory (default: ROOT/datapackage)")
    build.add_argument(
        "--documents",
        type=_path,
        help="directory of the source document texts: verify checksums and evidence snippets "
        "(default: $MSCEXO_DOCUMENTS; skipped when neither is set)",
    )
    build.add_argument(
        "--previous",
        type=_existing_dir,
        help="previous release whose identifiers must all survive or be retired "
        "(default: the package being replaced)",
    )
    build.add_argument("--format", choices=["text", "json"], default="text")
    build.set_defaults(func=cmd_build)


def _add_info(commands: Any) -> None:
    """The `mscexo info` command."""
    info = commands.add_parser(
        "info",
        help="tables, row counts, version, licence and sources of a package",
        description="Describe the installed data package, or the one at --package.",
    )
    info.add_argument("--package", type=_path, help="a package directory or its datapackage.json")
    info.add_argument("--format", choices=["text", "json"], default="text")
    info.set_defaults(func=cmd_info)


def _add_describe(commands: Any) -> None:
    """The `mscexo describe` command."""
    des = commands.add_parser(
        "describe",
        help="the data dictionary in the terminal: tables, fields, allowed values",
        description="Describe the tables of the installed release, one table's fields, or "
        "everything about one field (type, pattern in words, allowed values with their "
        "meaning and ontology terms, examples), from the installed schema, offline.",
    )
    des.add_argument("table", nargs="?", help="a table (default: list the tables)")
    des.add_argument("field", nargs="?", help="a field of the table")
    des.add_argument("--format", choices=["text", "json"], default="text")
    des.set_defaults(func=cmd_describe)


def _add_coverage(commands: Any) -> None:
    """The `mscexo coverage` command."""
    cov = commands.add_parser(
        "coverage",
        help="check every NCT number, reference and table row of the documents is curated",
        description="Scan the source documents for NCT numbers, bracketed reference numbers "
        "and table rows, and report which are covered by a record or an exclusion.",
    )
    cov.add_argument(
        "--documents",
        type=_path,
        help="directory of the source document texts (default: $MSCEXO_DOCUMENTS)",
    )
    _root_option(cov)
    cov.add_argument("--curation", type=_path, help="curation directory (default: ROOT/curation)")
    cov.add_argument("--format", choices=["text", "json"], default="text")
    cov.set_defaults(func=cmd_coverage)


def _add_validate(commands: Any) -> None:
    """The `mscexo validate` command."""
    val = commands.add_parser(
        "validate",
        help="check contributed records (CSV, TSV, Excel, JSON, JSON Lines, YAML or a package)",
        description="Check a file or a data package against the MSC-Exo contract and the "
        "released package; list every problem with file, row, column, value and a hint. "
        "Exit 0 valid, 1 invalid, 2 usage error.",
    )
    val.add_argument("path", type=_path, help="a table file, a datapackage.json or its directory")
    val.add_argument("--table", help="the table of PATH (default: taken from the file name)")
    val.add_argument(
        "--format",
        choices=["text", "json", "markdown"],
        default="text",
        help="markdown: a report to post as a pull-request comment",
    )
    val.add_argument(
        "--release",
        type=_path,
        help="released package to check keys and duplicates against (default: the installed one)",
    )
    val.add_argument(
        "--documents",
        type=_existing_dir,
        metavar="DIR",
        help="directory of document texts (named by their text_file): look for every evidence "
        "snippet in its document (default: not checked, and the report says so)",
    )
    val.add_argument(
        "--max-errors",
        type=int,
        default=1000,
        metavar="N",
        help="list at most N errors (all are counted; default 1000)",
    )
    val.set_defaults(func=cmd_validate)


def _add_checklist(commands: Any) -> None:
    """The `mscexo checklist` command."""
    chk = commands.add_parser(
        "checklist",
        help="score study and trial records against the MISEV, ISCT and MSC-EV reporting items",
        description="Score every preclinical study and clinical trial record of a file or a "
        "data package against the MSC-EV reporting checklist (MISEV minimal items, ISCT "
        "criteria, EV-TRACK), item by item: what is reported, what is missing, and a score "
        "(reported / applicable). Exit 0 when every applicable item of every record is "
        "reported, 1 when items are missing or the records break the contract, 2 usage error.",
    )
    chk.add_argument("path", type=_path, help="a table file, a record file or a data package")
    chk.add_argument("--format", choices=["text", "json"], default="text")
    chk.add_argument(
        "--summary", action="store_true", help="the summary per item only, not every record"
    )
    chk.add_argument(
        "--release",
        type=_path,
        help="released package that references may point to (default: the installed one)",
    )
    chk.set_defaults(func=cmd_checklist)


def _add_template(commands: Any) -> None:
    """The `mscexo template` command."""
    tpl = commands.add_parser(
        "template",
        help="write an empty CSV or Excel file with a table's columns",
        description="Write an empty template of a table: the header row (CSV), or for Excel "
        "also drop-downs for allowed values and a sheet describing every column.",
    )
    tpl.add_argument("name", help="table name, e.g. clinical_trials")
    tpl.add_argument("--format", choices=["csv", "xlsx"], help="default: from -o, else csv")
    tpl.add_argument(
        "-o", "--output", type=_path, help="file to write (default: stdout for CSV, NAME.xlsx)"
    )
    tpl.set_defaults(func=cmd_template)


def _add_cite(commands: Any) -> None:
    """The `mscexo cite` command."""
    cit = commands.add_parser(
        "cite",
        help="how to cite the installed release (or, with --sources, its source documents)",
        description="Print the citation of the installed MSC-Exo release, or of the release at "
        "--package. `--format cff` is the CITATION.cff of the release, `zenodo` its "
        ".zenodo.json.",
    )
    cit.add_argument("--format", choices=["text", "bibtex", "cff", "ris", "zenodo"], default="text")
    cit.add_argument(
        "--sources", action="store_true", help="cite the source documents instead of the release"
    )
    cit.add_argument("--package", type=_path, help="a package directory or its datapackage.json")
    cit.set_defaults(func=cmd_cite)


def _add_export(commands: Any) -> None:
    """The `mscexo export` command."""
    exp = commands.add_parser(
        "export",
        help="the release as RDF (Turtle, JSON-LD) or a DuckDB, SQLite or Excel file",
        description="Export the installed release. RDF comes from LinkML's converter "
        "(needs `mscexo[rdf]`) and goes to stdout unless -o is given; duckdb, sqlite and "
        "xlsx need -o FILE. The SQLite file has the tables of the schema's SQL DDL "
        "(schema/generated/mscexo.sqlite.sql): one per class, a join table per list field, "
        "with foreign keys.",
    )
    exp.add_argument(
        "--format", choices=["ttl", "jsonld", "duckdb", "sqlite", "xlsx"], required=True
    )
    exp.add_argument("-o", "--output", type=_path, help="file to write")
    exp.set_defaults(func=cmd_export)


def _add_diff(commands: Any) -> None:
    """The `mscexo diff` command."""
    dif = commands.add_parser(
        "diff",
        help="records added, removed and changed between two data packages",
        description="Compare two data packages (directories or datapackage.json files) table "
        "by table: records added, removed and changed (by primary key, with old and new "
        "values). `--format markdown` gives the summary table for CHANGELOG.md, then the "
        "changed records (ids added and removed, fields with old and new values).",
    )
    dif.add_argument("old", type=_path, help="the older package")
    dif.add_argument("new", type=_path, help="the newer package")
    dif.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    dif.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when the packages differ (and 0 when they do not), as git diff does",
    )
    dif.set_defaults(func=cmd_diff)


def _add_release(commands: Any) -> None:
    """The `mscexo release` command."""
    rel = commands.add_parser(
        "release",
        help="cut the next release, or check that the current one is consistent",
        description="Bump the version and date in curation/release.yaml and the schema, "
        "regenerate, rebuild against the previous release, write CITATION.cff, .zenodo.json "
        "and the changelog summary; or, with --check, report what is stale.",
    )
    what = rel.add_mutually_exclusive_group(required=True)
    what.add_argument("--bump", choices=["major", "minor", "patch"], help="the part to bump")
    what.add_argument(
        "--check", action="store_true", help="report stale release files (exit 1 if any)"
    )
    rel.add_argument("--date", help="release date, YYYY-MM-DD (default: today)")
    _root_option(rel)
    rel.add_argument(
        "--documents",
        type=_path,
        help="directory of the source document texts, to verify the evidence while building "
        "(default: $MSCEXO_DOCUMENTS)",
    )
    rel.set_defaults(func=cmd_release)


def _add_generate(commands: Any) -> None:
    """The `mscexo generate` command."""
    gen = commands.add_parser(
        "generate",
        help="regenerate models and schemas from the LinkML schema",
        description="Regenerate the pydantic models, JSON Schema and Table Schemas, and the "
        "table of problem codes in docs/validate.md.",
    )
    _root_option(gen)
    gen.add_argument(
        "--check",
        action="store_true",
        help="only report generated files that are out of date (exit 1 if any)",
    )
    gen.set_defaults(func=cmd_generate)


def _version() -> str:
    try:
        from mscexo.load import version

        return version()
    except (FileNotFoundError, KeyError, ValueError):
        return "(no data package)"


def main(argv: Sequence[str] | None = None) -> int:
    command = "mscexo"
    try:
        args = parser().parse_args(argv)
        command = f"mscexo {args.command}"
        code = args.func(args)
        sys.stdout.flush()  # inside the try: a closed pipe is noticed here, not at exit
        return code
    except BrokenPipeError:
        # The reader went away (`mscexo info | head -3`): stop quietly with the status of a
        # process ended by SIGPIPE (128 + 13), as git and ls do; not 1, which means invalid
        # data. Point stdout at /dev/null so that the interpreter's last flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return CLOSED_PIPE
    except KeyboardInterrupt:
        _fail(command, "interrupted (Ctrl-C); no output was left half-written")
        return INTERRUPTED
    except InputError as error:
        _fail(command, printable(error))  # one line, whatever a path in it holds
        return USAGE
    except OSError as error:  # names the file the system could not use, and why
        _fail(command, os_error_message(error))
        return USAGE
    except MemoryError:
        _fail(command, "out of memory; give the input in smaller files, or free some memory")
        return USAGE
    except DataError as error:
        _report_problems(error, getattr(args, "format", "text"))
        return INVALID
    except Exception as error:  # the last line of defence: every known failure is above
        if os.environ.get("MSCEXO_DEBUG"):
            raise
        reason = printable(str(error).splitlines()[0] if str(error) else "")
        _fail(
            command,
            f"unexpected {type(error).__name__}: {reason} (a bug in mscexo: please report it "
            "with the command; set MSCEXO_DEBUG=1 to see the traceback)",
        )
        return USAGE


def _fail(command: str, message: str) -> None:
    """The one line a failure prints on stderr."""
    import contextlib

    with contextlib.suppress(OSError, ValueError):  # stderr is gone: the exit status must do
        print(f"{command}: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
