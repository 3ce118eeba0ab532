"""Every problem code, in one registry: its severity, default message, hint and documentation.

A `mscexo.errors.Problem` refuses a code that is not registered here, or a severity other than
the registered one, so a report never carries a code that users cannot look up. A call site
gives the specific message and hint (with the value, the column, the closest allowed value);
the registry's message and hint are used where it gives none.

The table of codes in `docs/validate.md` is generated from this registry (`mscexo generate`
rewrites it between the markers; the drift tests fail when it is stale). `tests/test_problems.py`
checks that every code the source can raise is registered, and that a test raises every
registered code with its registered severity.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ERROR = "error"
WARNING = "warning"

#: Groups of codes, in the order the documentation lists them: key -> heading.
GROUPS = {
    "file": "Files",
    "header": "Tables: header and rows",
    "records": "Records in JSON, YAML and curation files",
    "package": "Data packages and required files",
    "cell": "Values",
    "keys": "Keys and references",
    "release": "The release",
    "evidence": "Evidence (with the source documents)",
    "ontology": "Ontology terms of conditions",
    "add": "Adding to the curation (`mscexo add`)",
}


@dataclass(frozen=True)
class Code:
    """One problem code.

    `message` and `hint` are what a problem says when its call site gives no words of its own;
    `doc` says, for the documentation, when the code is raised.
    """

    code: str
    group: str
    message: str
    hint: str
    doc: str
    severity: str = ERROR


_CODES = (
    # ----- files --------------------------------------------------------------------------
    Code(
        "empty-file",
        "file",
        "the file is empty",
        "write the records into the file (a table file starts with its header row)",
        "The file is empty, its first line (the header) is empty, the worksheet has no rows, "
        "or a YAML file holds no records.",
    ),
    Code(
        "oversized-file",
        "file",
        "the file is too large",
        "split the contribution into several files",
        "The file is over 4 GiB (CSV, TSV, Excel, JSON Lines, JSON and Parquet, which are "
        "streamed), or 100 MiB (YAML and `datapackage.json`); a Parquet file with a row group "
        "over 256 MiB uncompressed or over 1,000 columns. An Excel workbook "
        "is also refused, before anything is unpacked, when a part it needs unpacks to more "
        "than 100 times its packed size (a zip bomb) or beyond its limit (32 MiB for the "
        "workbook, relationships and styles; 1 GiB for the shared strings; 4 GiB for the "
        "worksheet), when its archive lists over 10,000 entries, when its shared strings take "
        "over 128 MB of memory, or when its cells hold more than 100 times the file's size "
        "(and over 16 MiB) in text: a long shared string repeated in many cells.",
    ),
    Code(
        "encoding",
        "file",
        "the file is not UTF-8",
        "save the file as UTF-8 (in Excel: 'CSV UTF-8')",
        "The file is not UTF-8: it has a UTF-16 or UTF-32 byte-order mark, or a byte that "
        "cannot be decoded, whose line is given (in a CSV or TSV file: the row and column of "
        "each such cell; the other cells are still checked). UTF-8 with or without a "
        "byte-order mark is fine. The build reports a curation file that is not UTF-8 the "
        "same way.",
    ),
    Code(
        "unreadable",
        "file",
        "the file cannot be parsed",
        "save the file again: as CSV UTF-8, or as an Excel Workbook (.xlsx)",
        "The file cannot be parsed: a delimited file with a quoted cell that runs on over "
        "more than 1 MiB (usually an unterminated quote), or an Excel workbook that is "
        "damaged, encrypted (password-protected), a legacy `.xls` or binary `.xlsb` file, or "
        "whose worksheet is malformed (rows or cells out of order, or beyond row 1,048,576 or "
        "column XFD). The message says which.",
    ),
    Code(
        "hidden-sheet",
        "file",
        "the sheet of the table is hidden",
        "move the records to a visible sheet named after the table and delete the hidden one",
        "The worksheet named after the table (or the only worksheet) is hidden or very hidden. "
        "Only visible sheets are read, so that what is validated is what a reader of the "
        "workbook sees. The report names the sheet it read (`sheets` in the JSON report).",
    ),
    Code(
        "ambiguous-sheet",
        "file",
        "it cannot be told which sheet holds the table",
        "name the sheet that holds the records after the table, or delete the other sheets",
        "A workbook has two sheets named after the table (in another letter case or with "
        "spaces), or no sheet named after the table and more than one visible worksheet.",
    ),
    Code(
        "no-worksheet",
        "file",
        "the workbook has no worksheet for the table",
        "put the records on a worksheet named after the table",
        "A workbook lists no sheets, only chart, dialog or macro sheets, or the sheet named "
        "after the table is one of those.",
    ),
    Code(
        "json-syntax",
        "file",
        "not valid JSON",
        "check brackets, quotes and commas around the line shown",
        "Not valid JSON: a `.json` file, a line of a JSON Lines file, or a data package's "
        "`datapackage.json`.",
    ),
    Code(
        "yaml-syntax",
        "file",
        "not valid YAML",
        "check indentation and quoting around the line shown",
        "Not valid YAML, in a contribution or a curation file; the line is given. In a "
        "curation file (`mscexo build`), a tag that would construct an object is reported "
        "under this code too.",
    ),
    Code(
        "yaml-alias",
        "file",
        "the YAML uses anchors and aliases",
        "write every value out in full: aliases are not accepted in contributions",
        "A YAML contribution uses anchors and aliases (`&name`, `*name`), which can expand "
        "without bound; they are refused before anything is built.",
    ),
    Code(
        "yaml-tag",
        "file",
        "the YAML uses a tag",
        "remove the tag: contributions are plain data",
        "A YAML contribution uses a tag: a custom one (`!thing`) or one that constructs an "
        "object (`!!python/...`).",
    ),
    Code(
        "too-deep",
        "file",
        "the data are nested too deeply",
        "give a list of flat records (field: value, lists of values only)",
        "JSON or YAML nested more than 10 levels deep (a list of records needs 4).",
    ),
    Code(
        "number-too-long",
        "file",
        "a number has more digits than can be read",
        "check the value; write it as text in quotes if it is an identifier",
        "An integer of more than 4,300 digits in JSON, JSON Lines or YAML (Python refuses to "
        "read longer ones); its record is not checked further.",
    ),
    Code(
        "oversized-record",
        "file",
        "a single record is too large",
        "check that the records are separated properly",
        "One record of a JSON or JSON Lines file (a line, or an element of a list) is over "
        "16 MiB: records are read one block at a time, and no record is that large.",
    ),
    # ----- table header and rows -------------------------------------------------------------
    Code(
        "delimiter",
        "header",
        "the header is not split by the file's delimiter",
        "save a .csv file comma-separated and a .tsv file tab-separated",
        "The header is not split by the file's delimiter but looks split by another (e.g. a "
        "semicolon-separated `.csv`). The file is not read further.",
    ),
    Code(
        "empty-column-name",
        "header",
        "a column has no name",
        "give the column a name from the template or delete it",
        "A header cell is empty.",
    ),
    Code(
        "duplicate-column",
        "header",
        "a column name appears twice",
        "delete one of the two columns",
        "A column name appears twice in the header. The file is not read further.",
    ),
    Code(
        "unknown-column",
        "header",
        "the table has no such column",
        "remove the column; `mscexo template TABLE` lists the columns",
        "The header names a column the table does not have; the hint offers the closest "
        "column name.",
    ),
    Code(
        "missing-column",
        "header",
        "a required column is missing",
        "add the column with a value in every row",
        "A column the table requires is absent from the header.",
    ),
    Code(
        "ragged-row",
        "header",
        "the row has more or fewer cells than the header",
        "check for a missing or extra delimiter, or an unquoted delimiter in a text cell",
        "A row has more or fewer cells than the header, or (in a worksheet) a value beyond "
        "the header's columns (empty cells beyond them are ignored). The row is reported and "
        "skipped.",
    ),
    Code(
        "no-rows",
        "header",
        "the file has a header but no rows",
        "add at least one record below the header",
        "A table file has a header but no rows. An empty table of a data package is fine.",
    ),
    Code(
        "column-type",
        "header",
        "the column has the wrong type",
        "write the column with the type of the release's Parquet files",
        "A column of a Parquet file has an Arrow type that cannot hold the field's values "
        "(e.g. text in an integer field, or a single value in a list field); the rows are "
        "not checked.",
    ),
    # ----- records ------------------------------------------------------------------------
    Code(
        "not-records",
        "records",
        "the file holds no list of records",
        "give a list of records, or a mapping of table names to lists of records",
        "A JSON or YAML contribution is neither a list of records nor a mapping of table "
        "names to lists of records.",
    ),
    Code(
        "not-a-record",
        "records",
        "the item is not a record",
        "write `field: value` pairs",
        "An item of a list of records (JSON, JSON Lines, YAML) is not a mapping of field "
        "names to values.",
    ),
    Code(
        "not-a-mapping",
        "records",
        "not a mapping",
        "start the file with a table name, e.g. `clinical_trials:`, and write each record "
        "as `field: value` pairs",
        "A curation file (`mscexo build`) does not map table names to lists of records, or "
        "one of its records is not a mapping of field names to values.",
    ),
    Code(
        "not-a-list",
        "records",
        "the table is not a list of records",
        "write the records of the table as a list (`- id: ...`)",
        "In a curation file (`mscexo build`), a table name is followed by something other "
        "than a list of records.",
    ),
    Code(
        "unknown-table",
        "records",
        "no such table",
        "name one of the tables that `mscexo describe` lists",
        "Records for a table that does not exist: a table named in a JSON, YAML or curation "
        "file or by a data package's resource, a record file whose table cannot be told "
        "(pass `--table`), or a retirement record's `retired_table`.",
    ),
    Code(
        "unknown-field",
        "records",
        "the table has no such field",
        "remove the field",
        "A JSON, YAML or curation record has a field its table does not have; the hint "
        "offers the closest field name.",
    ),
    Code(
        "duplicate-field",
        "records",
        "a key is given twice in one object",
        "give each field once",
        "A JSON or YAML object names a key twice (a field of a record, or a table of a "
        "mapping of tables); JSON and YAML readers would silently keep only the last.",
    ),
    # ----- data packages and required files ------------------------------------------------
    Code(
        "no-resources",
        "package",
        "the descriptor lists no resources",
        "add a `resources` list with one entry per table file",
        "A `datapackage.json` lists no resources.",
    ),
    Code(
        "unsafe-path",
        "package",
        "the resource path is not a file inside the package",
        "give a relative path to a file inside the package directory",
        "A resource path is a URL, is absolute, leaves the package (`..`), is a symlink out "
        "of it, is not one file name (a list of files, inline data), or names something "
        "that is not a regular file (a directory, a FIFO, a device). Validation never reads "
        "the network.",
    ),
    Code(
        "too-many-resources",
        "package",
        "the descriptor lists too many resources",
        "list one resource per table file; join the files of a table into fewer files",
        "A `datapackage.json` lists more than 100 resources; none of them is read.",
    ),
    Code(
        "dialect",
        "package",
        "the resource's Table Dialect cannot be used",
        "give the dialect inline with a comma, tab, semicolon or pipe delimiter, or leave it out",
        "A resource's Table Dialect is a path or a URL (which is not read), is not an object, "
        "or gives a delimiter other than comma, tab, semicolon or pipe.",
    ),
    Code(
        "missing-file",
        "package",
        "a file is missing",
        "add the file or correct the path",
        "A file that must exist does not: a resource of a data package, or (in `mscexo "
        "build`) the version record `release.yaml` or, when there are conditions, their "
        "mapping decisions `conditions.sssom.tsv` beside the curation files.",
    ),
    # ----- values -------------------------------------------------------------------------
    Code(
        "required",
        "cell",
        "a value is required",
        "add a value; `mscexo describe TABLE FIELD` says what it holds",
        "A required field is empty or absent.",
    ),
    Code(
        "type",
        "cell",
        "the value has the wrong type",
        "write an integer such as 12, a number such as 0.75, a date such as 2023-02-28, "
        "or true or false",
        "Not a valid integer (at most 18 digits, which the release's 64-bit integers hold), "
        "number, date or boolean; in JSON and YAML also a value of the wrong kind (e.g. a "
        "list where one value is expected).",
    ),
    Code(
        "pattern",
        "cell",
        "the value does not match its pattern",
        "follow the example the hint shows",
        "The value does not match the field's pattern (an identifier, an NCT number, a DOI, "
        "an evidence snippet of one line at most 160 characters long). The message says it in "
        "words, the hint gives an example and the regular expression.",
    ),
    Code(
        "orcid-checksum",
        "cell",
        "the ORCID iD's check digit is wrong",
        "copy the iD from the curator's ORCID record (https://orcid.org/), without the "
        "https://orcid.org/ prefix",
        "A curator's ORCID iD (`curators` of a curation file) has the right form but its last "
        "character is not the check digit of the other fifteen (ISO 7064 MOD 11-2, as ORCID "
        "computes it): a digit is mistyped or two are swapped.",
    ),
    Code(
        "enum",
        "cell",
        "not one of the allowed values",
        "use one of the allowed values (`mscexo describe TABLE FIELD` lists them)",
        "Not one of the allowed values. The hint lists them and offers the one meant when it "
        "is close: a code of a release before 1.0, an abbreviation such as `EVs`, `Phase II` "
        "for `phase2`.",
    ),
    Code(
        "range",
        "cell",
        "the number is outside its allowed range",
        "check the number against the document",
        "A number outside its allowed range (e.g. a confidence above 1).",
    ),
    Code(
        "delimiter-in-value",
        "cell",
        "a list item contains the list delimiter",
        "split the item into separate list entries",
        "An item of a list field in a JSON or YAML record contains the list delimiter (a "
        "vertical bar), which would split it in the released CSV.",
    ),
    Code(
        "formula",
        "cell",
        "the cell starts like a spreadsheet formula",
        "paste the value, or start the text differently",
        "A cell starts like a spreadsheet formula: with `=`, `+`, `-` or `@`, and is not a "
        "plain number (`-2`, `+3.5` and `-1e3` are fine; `-A1+HYPERLINK(...)` and `- see "
        "text` are not). The build refuses such a cell too, and the Excel export never "
        "writes a formula.",
    ),
    Code(
        "control-character",
        "cell",
        "the cell holds a control character",
        "remove the character (it is invisible, and can change what a terminal shows)",
        "A cell holds a control character (NUL, ESC, BEL, DEL, or another C0 or C1 control). "
        "Tabs and line breaks are allowed only in multi-line text: free text and notes "
        "without a pattern, not in codes, identifiers, lists or evidence snippets.",
    ),
    Code(
        "excel-error",
        "cell",
        "the cell holds an Excel error value",
        "replace the formula or error with the value itself",
        "A worksheet cell holds an Excel error value (`#N/A`, `#DIV/0!`, `#REF!`, `#VALUE!` "
        "...), not data.",
    ),
    Code(
        "excel-date",
        "cell",
        "the cell is an Excel date or time, not text",
        "format the column as Text, type the value again, and check it against the document",
        "A worksheet cell in a column that is not a date holds an Excel date, time or "
        "duration: Excel may have turned what was typed (a gene name such as SEPT1, `1-2`, "
        "`3/4`) into a date. Date cells in a date column are read as dates.",
    ),
    Code(
        "whitespace",
        "cell",
        "the cell starts or ends with whitespace",
        "remove the leading and trailing spaces, tabs or line breaks",
        "A cell starts or ends with a space, tab or line break.",
    ),
    Code(
        "placeholder",
        "cell",
        "the cell holds a placeholder for a missing value",
        "leave the cell empty: an empty cell means the document does not say",
        'A free-text cell holds a placeholder for a missing value ("not stated", "n/a", '
        '"unknown", "(not named in this sentence)"): leave it empty. Codes, identifiers and '
        "notes in our own words are not checked.",
    ),
    Code(
        "oversized-cell",
        "cell",
        "the cell is too long",
        "shorten the text or check that columns did not run together",
        "A cell longer than 10,000 characters.",
    ),
    Code(
        "derived-field",
        "cell",
        "the field is derived by the build",
        "remove the field; write the dose as printed in `dose`",
        "A curation record (`mscexo build`) fills one of the structured dose fields, which "
        "the build derives from the printed `dose`.",
    ),
    # ----- keys and references -------------------------------------------------------------
    Code(
        "duplicate-key",
        "keys",
        "the identifier is already used",
        "give one of the records a new identifier",
        "An identifier used twice in the submission (or in the curation files).",
    ),
    Code(
        "duplicate-natural-key",
        "keys",
        "the natural key is already used",
        "describe the fact once: merge the records",
        "A natural key (e.g. document + NCT number) used twice in the submission, or already "
        "released under another identifier.",
    ),
    Code(
        "foreign-key",
        "keys",
        "the reference names no record",
        "add the record or correct the reference",
        "A reference that names no record: in `mscexo validate`, neither in the submission "
        "nor in the release; in `mscexo build`, none of the curation files, a retirement's "
        "`replaced_by` that is not in the new release, or a row of `conditions.sssom.tsv` "
        "for no condition.",
    ),
    # ----- the release --------------------------------------------------------------------
    Code(
        "duplicate",
        "release",
        "the record is already in the release, unchanged",
        "nothing to add: leave the record out of the contribution",
        "The record is already in the release, unchanged: leave it out.",
        WARNING,
    ),
    Code(
        "update",
        "release",
        "the record changes a released record",
        "fine if intended: say why in the contribution; otherwise give the record a new identifier",
        "The record's identifier is released and the record changes some of its fields "
        "(named in the message).",
        WARNING,
    ),
    Code(
        "identifier-dropped",
        "release",
        "an identifier of the previous release is missing",
        "restore the record, or retire the identifier in curation/retired.yaml",
        "`mscexo build`: an identifier of the previous release is neither in the new one nor "
        "retired in `retired.yaml`. Identifiers are stable.",
    ),
    Code(
        "retired-but-present",
        "release",
        "a retired identifier is still present",
        "delete the record, or delete the retirement record",
        "`mscexo build`: an identifier retired in `retired.yaml` is still in its table.",
    ),
    # ----- evidence -----------------------------------------------------------------------
    Code(
        "document-missing",
        "evidence",
        "the document text is not found",
        "put the file in the documents directory or correct text_file",
        "`mscexo build --documents DIR`: a document's `text_file` is not in the directory.",
    ),
    Code(
        "checksum",
        "evidence",
        "the document differs from the text that was curated",
        "curate against the exact text whose checksum is recorded",
        "`mscexo build --documents DIR`: a document's text does not have the curated SHA-256 "
        "(`text_sha256`).",
    ),
    Code(
        "evidence-not-found",
        "evidence",
        "the evidence snippet is not in the document text",
        "copy the snippet verbatim from the document (one line)",
        "`mscexo build --documents DIR`: an evidence snippet does not occur in its document. "
        "Ligatures, runs of white space and hyphens at line breaks are forgiven.",
    ),
    # ----- ontology terms -----------------------------------------------------------------
    Code(
        "unknown-term",
        "ontology",
        "the term is not in the vendored ontology terms",
        "check the term in the MONDO release, then vendor its row "
        "(`python -m mscexo.curation.ontology`)",
        "`mscexo build`: a condition's `mondo_id` or `context_term_id` is not among the "
        "vendored ontology terms.",
    ),
    Code(
        "xrefs",
        "ontology",
        "xrefs differ from MONDO's own mappings",
        "write exactly MONDO's exact-match mappings of the term, or none",
        "`mscexo build`: a condition's `xrefs` are not exactly MONDO's own exact-match "
        "mappings of its `mondo_id` (none for a broad or narrow match).",
    ),
    Code(
        "mapping",
        "ontology",
        "the mapping decision disagrees with the conditions table",
        "make the SSSOM row and the conditions table agree",
        "`mscexo build`: a condition's term has no row in `conditions.sssom.tsv`, or the row "
        "disagrees with the table (term, label, predicate, justification, confidence).",
    ),
    # ----- mscexo add ---------------------------------------------------------------------
    Code(
        "no-id",
        "add",
        "the record needs an identifier",
        "write the identifier in the id column",
        "`mscexo add`: a record came without an identifier, and its table's identifiers are "
        "not numbered per document (an entity such as a cargo or a condition), so none can "
        "be assigned.",
    ),
    Code(
        "id-used",
        "add",
        "the identifier was used before",
        "leave the id empty and one is assigned",
        "`mscexo add`: a new record's identifier is used by a record of another table, or was "
        "retired (`curation/retired.yaml`); identifiers are never reused.",
    ),
    Code(
        "changed",
        "add",
        "the record is curated already, with other values",
        "run `mscexo add --update` to replace the curated record (changes are listed)",
        "`mscexo add`: a record's identifier is curated and the values differ; without "
        "`--update` a curated record is never changed (an identical one is skipped).",
    ),
)

#: code -> its entry, in documentation order.
CODES: dict[str, Code] = {entry.code: entry for entry in _CODES}


def registered(code: str) -> Code:
    """The entry of a code; ValueError for a code that is not registered (a programmer's
    error: register the code here, with its documentation)."""
    try:
        return CODES[code]
    except KeyError:
        raise ValueError(
            f"problem code {code!r} is not registered in mscexo.problems; add it there"
        ) from None


# ----- the table in the documentation --------------------------------------------------------

#: The page that shows the table, relative to the project root, and the markers around it.
DOCS = Path("docs/validate.md")
BEGIN = "<!-- mscexo:problem-codes: generated from src/mscexo/problems.py, do not edit -->"
END = "<!-- /mscexo:problem-codes -->"


def _cell(text: str) -> str:
    if "|" in text or "\n" in text:
        raise ValueError(f"a table cell cannot hold '|' or a line break: {text!r}")
    return text


def table() -> str:
    """The codes as Markdown: one table per group, in registry order."""
    parts = []
    for group, heading in GROUPS.items():
        rows = [
            f"| `{c.code}` | {c.severity} | {_cell(c.doc)} | {_cell(c.hint)} |"
            for c in CODES.values()
            if c.group == group
        ]
        header = ["| code | severity | when | how to fix |", "| --- | --- | --- | --- |"]
        parts.append("\n".join([f"### {heading}", "", *header, *rows]))
    return "\n\n".join(parts)


def render_docs(text: str) -> str:
    """The page's text with the generated table put between the markers."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"{DOCS} lacks the markers {BEGIN!r} ... {END!r}")
    return text[: start + len(BEGIN)] + "\n\n" + table() + "\n\n" + text[end:]
