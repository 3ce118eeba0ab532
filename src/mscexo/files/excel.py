"""Read Excel workbooks: the sheet of a table, and its rows as text cells, the text a CSV
export of the sheet would hold."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mscexo.errors import Problem
from mscexo.files.checks import (
    MAX_FILE_BYTES,
    file_problem,
    size_problem,
)


def excel_text(value: Any) -> str | None:
    """A spreadsheet cell as the text a CSV export would hold."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def open_excel(path: Path, table: str) -> tuple[Any, list[Problem]]:
    """The worksheet holding the table: the sheet named after it, else the first one."""
    from openpyxl import load_workbook

    problem = size_problem(path, MAX_FILE_BYTES)
    if problem:
        return None, [problem]
    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        return None, [
            file_problem(
                path,
                "unreadable",
                f"not a readable Excel workbook ({exc})",
                "save the file again as .xlsx (Excel Workbook)",
            )
        ]
    sheet = book[table] if table in book.sheetnames else book.worksheets[0]
    return sheet, []


def excel_rows(sheet: Any) -> Iterator[tuple[int, list[str | None]]]:
    """(row number, cells as text) for every non-empty row of a worksheet."""
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [excel_text(v) for v in values]
        while cells and cells[-1] in (None, ""):
            cells.pop()
        if cells:
            yield number, cells
