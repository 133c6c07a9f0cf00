"""One self-contained HTML page a practitioner can open offline: the grade, the criteria with their quoted evidence
and locations, what to fix first, the other findings. Inline CSS only, no scripts, every piece of report text
escaped.
"""

from __future__ import annotations

from html import escape

from ..result import CRITERION_TITLES, Finding, Result
from .text import FIX_FIRST, describe_location, one_line, ranked_findings

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:58rem;padding:0 1rem;
color:#1b1b1b;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}
.report{border-top:3px solid #ccc;padding-top:1rem;margin-top:2rem}
.grade{display:inline-block;padding:.2rem .7rem;border-radius:.3rem;font-weight:bold;text-transform:uppercase}
.good,.met,.not_applicable{background:#dff3e3;color:#135c22}.adequate,.partial{background:#fff2cc;color:#6b4e00}
.inadequate,.not_met,.error-result{background:#fbe0e0;color:#8a1414}
.status{padding:.05rem .4rem;border-radius:.2rem;font-size:.9em}
blockquote{margin:.4rem 0 .2rem 1rem;padding-left:.7rem;border-left:3px solid #999;font-style:italic}
.where{color:#555;font-size:.9em;margin-left:1rem}.rule{color:#555;font-size:.85em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
li{margin-bottom:.6rem}
"""


def render_html(results: list[Result]) -> str:
    """The page for one or several results."""
    title = "reportcheck: " + (results[0].source.path if len(results) == 1 else f"{len(results)} reports")
    body = "\n".join(_one(r) for r in results)
    return (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            f"<h1>Report check</h1>\n<p>A suggested pre-grade with the evidence behind it. It supports, and never "
            f"replaces, the judgement of the auditor.</p>\n{body}\n</body>\n</html>\n")


def _one(result: Result) -> str:
    head = f"<section class=\"report\">\n<h2>{escape(result.source.path)}</h2>\n"
    if result.error is not None:
        return (head + f"<p><span class=\"grade error-result\">Could not be read</span> "
                f"<span class=\"rule\">({escape(result.error.code)})</span></p>\n"
                f"<p>{escape(result.error.message)}</p>\n</section>")
    grade = result.grade or "not graded"
    parts = [head, f"<p>Grade: <span class=\"grade {escape(grade)}\">{escape(grade)}</span></p>\n"]
    if result.template is not None or result.agency:
        about = []
        if result.template is not None:
            about.append(f"template {escape(result.template.id)}")
        if result.agency:
            about.append(f"agency {escape(result.agency)}")
        parts.append(f"<p class=\"rule\">{', '.join(about)}</p>\n")
    if result.grade_reasons:
        parts.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in result.grade_reasons) + "</ul>\n")
    ranked = ranked_findings(result)
    if ranked:
        parts.append("<h3>What to fix first</h3>\n<ol>" + "".join(_finding(f, result) for f in ranked[:FIX_FIRST])
                     + "</ol>\n")
    parts.append("<h3>Criteria</h3>\n")
    for name, criterion in result.criteria.items():
        parts.append(f"<p><strong>{escape(CRITERION_TITLES.get(name, name))}</strong> ({escape(name)}) "
                     f"<span class=\"status {escape(criterion.status)}\">"
                     f"{escape(criterion.status)}</span></p>\n")
        if criterion.reasons:
            parts.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in criterion.reasons) + "</ul>\n")
        for evidence in criterion.evidence:
            parts.append(f"<blockquote>{escape(evidence.quote)}</blockquote>\n"
                         f"<div class=\"where\">{escape(describe_location(evidence.location, result))}</div>\n")
    if result.areas:
        rows = "".join(f"<tr><td>{escape(a.title)}</td><td><span class=\"status {escape(a.grade)}\">"
                       f"{escape(a.grade)}</span></td><td>{escape('; '.join(a.reasons))}</td></tr>"
                       for a in result.areas)
        parts.append(f"<h3>Areas of the template</h3>\n<table><tr><th>Area</th><th>Grade</th><th>Why</th></tr>"
                     f"{rows}</table>\n")
    if ranked[FIX_FIRST:]:
        parts.append("<h3>Other findings</h3>\n<ul>" + "".join(_finding(f, result) for f in ranked[FIX_FIRST:])
                     + "</ul>\n")
    parts.append("</section>")
    return "".join(parts)


def _finding(finding: Finding, result: Result) -> str:
    quote = f"<blockquote>{escape(finding.quote)}</blockquote>" if finding.quote else ""
    where = describe_location(finding.location, result)
    where = f"<div class=\"where\">{escape(where)}</div>" if where else ""
    return (f"<li><strong>{escape(one_line(finding.message))}</strong> "
            f"<span class=\"rule\">{escape(finding.rule)}, {escape(finding.severity)}</span>"
            f"<br>What to do: {escape(one_line(finding.suggestion))}{quote}{where}</li>")
