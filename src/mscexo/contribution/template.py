"""Empty templates of a table for contributors who work in a spreadsheet.

The columns, their order, the enum drop-downs and the column descriptions all come from the
generated Table Schema, so a template can never disagree with what `mscexo validate` checks.
"""

from __future__ import annotations

import csv
import io

from mscexo.contract.cells import Column, columns
from mscexo.contract.model import Resource

#: Data rows that get the enum drop-downs in an Excel template.
DROPDOWN_ROWS = 10_000
#: A reference gets a drop-down of the release's identifiers when its table is this small.
SMALL_VOCABULARY = 500


def csv_template(resource: Resource) -> bytes:
    """A UTF-8 CSV file holding only the header row."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(list(columns(resource)))
    return buffer.getvalue().encode("utf-8")


def _describe(column: Column, words: str = "") -> list[str]:
    kind = (
        f"list of {column.type} (separate items with {column.delimiter})"
        if column.is_list
        else column.type
    )
    allowed = ", ".join(column.enum or [])
    return [
        column.name,
        "yes" if column.required else "no",
        kind,
        f"{words} ({column.pattern})" if column.pattern and words else column.pattern or "",
        allowed,
        column.example or "",
        column.description,
    ]


def _small_references(resource: Resource) -> dict[str, list[str]]:
    """Reference column -> the identifiers of the release's referenced table, for the tables
    small enough to pick from (cell sources, conditions, products ...)."""
    from mscexo.load import load, row_counts

    counts = row_counts()
    return {
        fk["fields"]: sorted(map(str, load(target).column("id").to_pylist()))
        for fk in resource.schema.get("foreignKeys", [])
        if 0 < counts.get(target := fk["reference"]["resource"], 0) <= SMALL_VOCABULARY
    }


def xlsx_template(resource: Resource) -> bytes:
    """An Excel workbook: the table sheet with drop-downs, a `fields` sheet describing every
    column, and a hidden `lists` sheet holding the allowed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = resource.name
    rules = list(columns(resource).values())
    sheet.append([c.name for c in rules])
    sheet.freeze_panes = "A2"
    lists = book.create_sheet("lists")
    lists.sheet_state = "hidden"
    references = _small_references(resource)
    for index, column in enumerate(rules, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        sheet.column_dimensions[letter].width = max(12, min(40, len(column.name) + 4))
        choices = column.enum if column.enum and not column.is_list else None
        if column.name in references:
            choices = references[column.name]
        if choices:
            for row, value in enumerate(choices, start=1):
                lists.cell(row=row, column=index, value=value)
            source = f"{quote_sheetname('lists')}!${letter}$1:${letter}${len(choices)}"
            check = DataValidation(type="list", formula1=source, allow_blank=not column.required)
            check.prompt = column.description[:255]
            check.showErrorMessage = True
            if column.name in references:
                # a contribution may add the row it references: warn, do not refuse
                check.errorStyle = "warning"
                check.error = "not an identifier of the release; fine if you add that row too"
                check.errorTitle = "not in the release"
            else:
                check.error = f"choose one of the allowed values of {column.name}"
                check.errorTitle = "not an allowed value"
            check.add(f"{letter}2:{letter}{DROPDOWN_ROWS + 1}")
            sheet.add_data_validation(check)
    fields = book.create_sheet("fields")
    fields.append(
        ["column", "required", "type", "pattern", "allowed values", "example", "description"]
    )
    for cell in fields[1]:
        cell.font = Font(bold=True)
    for column in rules:
        spec = resource.field(column.name) or {}
        fields.append(_describe(column, spec.get("mscexo:patternInWords", "")))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
