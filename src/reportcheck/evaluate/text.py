"""The evaluation for people: the figures first, then every disagreement with the checker's reasons."""

from __future__ import annotations


def _percent(part: dict) -> str:
    if part["accuracy"] is None:
        return "not labelled"
    return f"{part['correct']} of {part['total']} ({100 * part['accuracy']:.1f}%)"


def _matrix(confusion: dict, indent: str = "  ") -> list[str]:
    classes = confusion["classes"]
    width = max(len(c) for c in classes) + 2
    lines = [indent + "auditor \\ reportcheck".ljust(width + 10) + "".join(c.rjust(width) for c in classes)]
    for name, row in zip(classes, confusion["matrix"]):
        lines.append(indent + name.ljust(width + 10) + "".join(str(n).rjust(width) for n in row))
    return lines


def _off_diagonal(confusion: dict) -> str:
    classes, cells = confusion["classes"], []
    for i, row in enumerate(confusion["matrix"]):
        cells += [f"{classes[i]} found {classes[j]}: {n}" for j, n in enumerate(row) if i != j and n]
    return "; ".join(cells) if cells else "no disagreement"


def render_text(report: dict, folder: str) -> str:
    grade = report["grade"]
    kappa = "undefined (every report in one grade)" if grade["kappa"] is None else f"{grade['kappa']:.3f}"
    lines = [f"Evaluated {report['files']} labelled reports in {folder} "
             f"({len(report['unreadable'])} could not be read).", "",
             f"Grade agreement: {_percent(grade)}",
             f"Quadratic-weighted kappa: {kappa} (over the {grade['kappa_over']} readable reports)",
             f"Good/inadequate swaps: {grade['swaps']}",
             "Grade confusion (rows: auditor's grade, columns: reportcheck's):", *_matrix(grade["confusion"]), "",
             "Criteria (not_applicable counts as met; labelled status found as another):"]
    for name, part in report["criteria"].items():
        lines.append(f"  {name}: {_percent(part)}; {_off_diagonal(part['confusion'])}")
    lines += ["", f"Template: {_percent(report['template'])}", f"Agency: {_percent(report['agency'])}"]
    if report["wrong"]:
        lines += ["", "Disagreements:"]
    for wrong in report["wrong"]:
        lines.append(f"  {wrong['file']}")
        if "grade" in wrong:
            g = wrong["grade"]
            lines.append(f"    grade: {g['got']}, auditor {g['expected']} ({'; '.join(g['reasons']) or 'no reason'})")
        for c in wrong.get("criteria", []):
            evidence = "; ".join(f'"{quote}"' for quote in c["evidence"])
            why = "; ".join(c["reasons"]) or (evidence and f"its evidence: {evidence}") or "no reason given"
            lines.append(f"    {c['criterion']}: {c['got']}, auditor {c['expected']} ({why})")
        for part in ("template", "agency"):
            if part in wrong:
                lines.append(f"    {part}: {wrong[part]['got']}, auditor {wrong[part]['expected']}")
    if report["unreadable"]:
        lines += ["", "Could not be read (counted as wrong):"]
        lines += [f"  {u['file']}: {u['code']}: {u['message']}" for u in report["unreadable"]]
    return "\n".join(lines)
