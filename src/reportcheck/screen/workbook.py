"""summary.xlsx for auditors: the reports, grades by agency, grades by template area, and unreadable files.

openpyxl stamps the save time into the file; it is rewritten with a fixed date so the same inputs give the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..result import Result
from .tables import GRADE_ORDER, REPORT_COLUMNS, GradeCounts, by_agency, by_area, overall, report_row, unreadable

FIXED_TIME = datetime(2000, 1, 1)
ZIP_TIME = (2000, 1, 1, 0, 0, 0)
BOLD = Font(bold=True)
MAX_WIDTH = 60


def _sheet(workbook: Workbook, title: str, header: list[str], rows: list[list], *, percent_from: int | None = None):
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = BOLD
    for row in rows:
        sheet.append(row)
    if percent_from is not None:
        for row in sheet.iter_rows(min_row=2, min_col=percent_from + 1):
            for cell in row:
                cell.number_format = "0.0%"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"
    for index, name in enumerate(header, start=1):
        longest = max([len(str(name))] + [len(str(r[index - 1])) for r in rows if r[index - 1] is not None])
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, longest + 2)
    return sheet


def _count_rows(rows: list[GradeCounts], total: GradeCounts | None) -> list[list]:
    out = []
    for row in rows + ([total] if total else []):
        out.append([row.label, *(row.counts[g] for g in GRADE_ORDER), row.total,
                    *(round(row.share(g), 4) for g in GRADE_ORDER)])
    return out


def _count_header(first: str) -> list[str]:
    return [first, *(g.capitalize() for g in GRADE_ORDER), "Total", *(f"% {g}" for g in GRADE_ORDER)]


def build(results: list[Result]) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(workbook, "Reports", list(REPORT_COLUMNS), [list(report_row(r).values()) for r in results])
    total = overall(results)
    total.label = "Total"
    _sheet(workbook, "Grades by agency", _count_header("Agency"), _count_rows(by_agency(results), total),
           percent_from=4)
    _sheet(workbook, "Grades by area", _count_header("Area"), _count_rows(by_area(results), None), percent_from=4)
    _sheet(workbook, "Errors", ["file", "error_code", "error_message"],
           [[r.source.path, r.error.code, r.error.message] for r in unreadable(results)])
    workbook.properties.creator = "reportcheck"
    workbook.properties.created = FIXED_TIME
    return workbook


def write_workbook(results: list[Result], path: Path) -> None:
    buffer = io.BytesIO()
    build(results).save(buffer)
    path.write_bytes(_fixed_dates(buffer.getvalue()))


def _fixed_dates(data: bytes) -> bytes:
    """The same package with every date (zip entries, document properties) set to FIXED_TIME."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            target.writestr(zipfile.ZipInfo(item.filename, date_time=ZIP_TIME), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
