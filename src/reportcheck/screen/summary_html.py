"""summary.html: one self-contained page (inline CSS and SVG, no scripts, no external assets) for a screening.

It shows the overall grade split, seed 000's grades-by-agency table, its "all services grades by indicator" chart
(stacked bars per template area), the reports that need attention first, and the files that could not be read.
Colour is never the only signal: every bar segment and table cell also carries its figure and grade name.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..result import Result
from .tables import GRADE_ORDER, GradeCounts, by_agency, by_area, needs_attention, overall, unreadable

COLOURS = {"good": "#2e7d32", "adequate": "#f0a500", "inadequate": "#c62828"}
TEXT_ON = {"good": "#fff", "adequate": "#000", "inadequate": "#fff"}
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:1100px;
color:#1b1b1b;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0;font-size:.95rem}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold}
.grade{display:inline-block;padding:0 .4rem;border-radius:3px;font-weight:bold}
.good{background:#2e7d32;color:#fff}.adequate{background:#f0a500;color:#000}.inadequate{background:#c62828;color:#fff}
ul.reasons{margin:0;padding-left:1.1rem}.legend span{margin-right:1rem}.muted{color:#555}
"""


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _grade(grade: str) -> str:
    return f'<span class="grade {grade}">{escape(grade.capitalize())}</span>'


def _bar(counts: GradeCounts, y: int, x0: int, width: int, height: int) -> list[str]:
    """One stacked bar: a segment per grade, with the count written inside when it fits."""
    parts, x = [], float(x0)
    for grade in GRADE_ORDER:
        n = counts.counts[grade]
        if not n:
            continue
        w = width * n / counts.total
        tip = f"{counts.label}: {grade} {n} of {counts.total} ({_pct(n, counts.total)})"
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{height}" fill="{COLOURS[grade]}">'
                     f"<title>{escape(tip)}</title></rect>")
        if w >= 18:
            parts.append(f'<text x="{x + w / 2:.1f}" y="{y + height / 2 + 5:.1f}" text-anchor="middle" '
                         f'font-size="13" fill="{TEXT_ON[grade]}">{n}</text>')
        x += w
    return parts


_LABEL_CHARS = 46  # at 13px about 7px a character: fits the label column with room to spare


def _chart(rows: list[GradeCounts], title: str, label_width: int = 360) -> str:
    """Horizontal stacked bars, one per row, scaled to the largest total so the bars compare counts."""
    bar_height, gap, width = 24, 10, 530
    most = max((r.total for r in rows), default=0) or 1
    height = len(rows) * (bar_height + gap) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_width + width + 60}" '
             f'height="{height}" font-family="system-ui,Arial,sans-serif"><title>{escape(title)}</title>']
    for i, row in enumerate(rows):
        y = i * (bar_height + gap)
        label = row.label if len(row.label) <= _LABEL_CHARS else row.label[:_LABEL_CHARS - 1] + "\u2026"
        parts.append(f'<text x="{label_width - 8}" y="{y + bar_height / 2 + 5}" text-anchor="end" '
                     f'font-size="13">{escape(label)}</text>')
        parts += _bar(row, y, label_width, round(width * row.total / most), bar_height)
        parts.append(f'<text x="{label_width + width * row.total / most + 6:.1f}" y="{y + bar_height / 2 + 5}" '
                     f'font-size="12" fill="#555">{row.total}</text>')
    legend_y = len(rows) * (bar_height + gap) + 14
    for j, grade in enumerate(GRADE_ORDER):
        x = label_width + j * 130
        parts.append(f'<rect x="{x}" y="{legend_y}" width="14" height="14" fill="{COLOURS[grade]}"/>'
                     f'<text x="{x + 20}" y="{legend_y + 12}" font-size="13">{grade.capitalize()}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _counts_table(rows: list[GradeCounts], total: GradeCounts, first: str) -> str:
    head = "".join(f"<th>{g.capitalize()}</th><th>%</th>" for g in GRADE_ORDER)
    body = []
    for row in rows + [total]:
        cells = "".join(f'<td class="n">{row.counts[g]}</td><td class="n">{_pct(row.counts[g], row.total)}</td>'
                        for g in GRADE_ORDER)
        css = ' class="total"' if row is total else ""
        body.append(f'<tr{css}><td>{escape(row.label)}</td>{cells}<td class="n">{row.total}</td></tr>')
    return f"<table><tr><th>{escape(first)}</th>{head}<th>Total</th></tr>{''.join(body)}</table>"


def render(results: list[Result], *, title: str = "Screening summary") -> str:
    total = overall(results)
    failed = unreadable(results)
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
           f"<h1>{escape(title)}</h1>",
           f'<p class="muted">{len(results)} files: {total.total} graded, {len(failed)} could not be read. '
           "Grades are pre-grades for an auditor to confirm, with the reasons in results.jsonl.</p>",
           "<h2>Overall grades</h2>"]
    if total.total:
        split = ", ".join(f"{g}: {total.counts[g]} ({_pct(total.counts[g], total.total)})" for g in GRADE_ORDER)
        out.append(f"<p>{escape(split.capitalize())}.</p>")
        out.append(_chart([total], "Overall grades", label_width=120))
    else:
        out.append("<p>No report could be graded.</p>")
    total.label = "Total"
    out += ["<h2>Grades by agency</h2>", _counts_table(by_agency(results), total, "Agency")]
    areas = by_area(results)
    out.append("<h2>Grades by template area</h2>")
    out.append(_chart(areas, "All services grades by template area") if areas
               else "<p>No report gave grades by area.</p>")
    out.append(_attention_table(results))
    out.append("<h2>Files that could not be read</h2>")
    if failed:
        rows = "".join(f"<tr><td>{escape(r.source.path)}</td><td>{escape(r.error.code)}</td>"
                       f"<td>{escape(r.error.message)}</td></tr>" for r in failed)
        out.append(f"<table><tr><th>File</th><th>Problem</th><th>Details</th></tr>{rows}</table>")
    else:
        out.append("<p>None: every file was read.</p>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _attention_table(results: list[Result]) -> str:
    rows = needs_attention(results)
    head = "<h2>Reports that need attention first</h2>"
    if not rows:
        return head + "<p>None: no report is inadequate, missing sections, unshared or late.</p>"
    body = []
    for row in rows:
        reasons = "".join(f"<li>{escape(r)}</li>" for r in row.reasons)
        body.append(f"<tr><td>{escape(row.file)}</td><td>{_grade(row.grade)}</td>"
                    f"<td>{escape(', '.join(row.flags))}</td><td><ul class=\"reasons\">{reasons}</ul></td></tr>")
    return (head + "<table><tr><th>File</th><th>Grade</th><th>Why</th><th>Reasons</th></tr>"
            + "".join(body) + "</table>")


def write_html(results: list[Result], path: Path) -> None:
    path.write_text(render(results), encoding="utf-8")
