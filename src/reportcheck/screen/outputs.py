"""results.jsonl and summary.csv: the plain outputs scripts read. Byte-identical for the same inputs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..result import Result
from .tables import REPORT_COLUMNS, report_row


def write_jsonl(results: list[Result], path: Path) -> None:
    """One CONTRACT.md result per line, in the order given."""
    lines = [json.dumps(r.to_dict(), ensure_ascii=False, separators=(",", ":")) for r in results]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def write_csv(results: list[Result], path: Path) -> None:
    """One row per report with a header; UTF-8 with a byte order mark so spreadsheet programs read it right."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(report_row(r) for r in results)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
