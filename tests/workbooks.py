"""Workbooks for the tests, written by openpyxl."""

from __future__ import annotations

import io

from openpyxl import Workbook


def workbook(
    sheets: dict[str, list[list[object]]],
    states: dict[str, str] | None = None,
    chart: str | None = None,
) -> bytes:
    """An .xlsx file of worksheets (name: rows) in their states ("visible" unless given),
    and, if named, a chart sheet."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        sheet.sheet_state = (states or {}).get(name, "visible")
    if chart:
        book.create_chartsheet(chart)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
