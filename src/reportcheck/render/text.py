"""The terminal view of results: the grade first, then each criterion with its reasons, quotes and locations, then
what to fix first and the other findings. Colour only when asked (a terminal), plain text otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from ..result import CRITERION_TITLES, Finding, Location, Result

FIX_FIRST = 3  # suggestions shown under "What to fix first"
GRADE_COLOURS = {"good": "green", "adequate": "yellow", "inadequate": "red"}
STATUS_COLOURS = {"met": "green", "not_applicable": "green", "partial": "yellow", "not_met": "red"}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def describe_location(location: Location | None, result: Result | None = None) -> str:
    """"page 2, paragraph 33, section child_views (7. Child/ren's views)": enough to find the words again."""
    if location is None:
        return ""
    parts = [f"{name} {value}" for name, value in (("page", location.page), ("paragraph", location.paragraph),
                                                     ("table", location.table), ("row", location.row),
                                                     ("column", location.column)) if value is not None]
    if location.section:
        title = next((s.title for s in (result.sections if result else []) if s.id == location.section), None)
        parts.append(f"section {location.section}" + (f" ({title})" if title and title != location.section else ""))
    return ", ".join(parts)


def one_line(text: str) -> str:
    """Text from the rule packs (folded YAML) as one line without trailing breaks."""
    return " ".join(text.split())


def ranked_findings(result: Result) -> list[Finding]:
    """Findings most important first: errors before warnings before notes, and among them those that inform a
    criterion judged not_met, then partial, before the secondary checks."""
    def badness(finding: Finding) -> int:
        criterion = result.criteria.get(finding.criterion or "")
        return {"not_met": 0, "partial": 1}.get(criterion.status, 2) if criterion else 3

    return sorted(result.findings, key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), badness(f)))


def render_text(results: list[Result], *, color: bool) -> str:
    """All results, one after another, separated by a rule."""
    style: Callable[..., str] = click.style if color else (lambda text, **_: text)
    return ("\n" + "-" * 72 + "\n\n").join(_one(r, style) for r in results)


def _one(result: Result, style) -> str:
    name = result.source.path
    if result.error is not None:
        return (f"{style(name, bold=True)}: {style('could not be read', fg='red', bold=True)} "
                f"({result.error.code})\n  {result.error.message}\n")
    lines = [style(name, bold=True) + _about(result), ""]
    grade = result.grade or "not graded"
    lines.append("Grade: " + style(grade.upper(), fg=GRADE_COLOURS.get(grade), bold=True))
    lines += [f"  because {reason}" for reason in result.grade_reasons]
    lines += ["", style("Criteria", bold=True)]
    for name, criterion in result.criteria.items():
        title = CRITERION_TITLES.get(name, name)
        lines.append(f"  {title} ({name}): " + style(criterion.status, fg=STATUS_COLOURS.get(criterion.status)))
        lines += [f"    - {reason}" for reason in criterion.reasons]
        for evidence in criterion.evidence:
            lines.append(f"    \"{evidence.quote}\"")
            lines.append(f"      at {describe_location(evidence.location, result)}")
    if result.areas:
        lines += ["", style("Areas of the template", bold=True)]
        for area in result.areas:
            detail = f": {'; '.join(area.reasons)}" if area.reasons else ""
            lines.append(f"  {area.title}: " + style(area.grade, fg=GRADE_COLOURS.get(area.grade)) + detail)
    ranked = ranked_findings(result)
    if ranked:
        lines += ["", style("What to fix first", bold=True)]
        for n, finding in enumerate(ranked[:FIX_FIRST], start=1):
            lines += _finding(finding, result, style, f"  {n}. ")
    if ranked[FIX_FIRST:]:
        lines += ["", style("Other findings", bold=True)]
        for finding in ranked[FIX_FIRST:]:
            lines += _finding(finding, result, style, "  - ")
    return "\n".join(lines) + "\n"


def _about(result: Result) -> str:
    parts = []
    if result.template is not None:
        template = result.template.id
        if template == "none" and result.template.checked_against:
            template = f"none recognised, checked against {result.template.checked_against}"
        parts.append(f"template {template}")
    if result.agency:
        parts.append(f"agency {result.agency}")
    return f" ({', '.join(parts)})" if parts else ""


def _finding(finding: Finding, result: Result, style, bullet: str) -> list[str]:
    colour = {"error": "red", "warning": "yellow"}.get(finding.severity)
    lines = [f"{bullet}{style(one_line(finding.message), fg=colour)} [{finding.rule}]"]
    indent = " " * len(bullet)
    lines.append(f"{indent}What to do: {one_line(finding.suggestion)}")
    if finding.quote:
        lines.append(f"{indent}\"{finding.quote}\"")
    where = describe_location(finding.location, result)
    if where:
        lines.append(f"{indent}at {where}")
    return lines
