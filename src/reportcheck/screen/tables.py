"""The summary tables every output shares: report rows, grades by agency, grades by template area, reports that
need attention first, and unreadable files. Computed once from the (possibly redacted) results.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..result import CRITERIA, GRADES, Result

AGENCY_NAMES = {
    "social_worker": "Social worker", "police": "Police", "gp": "GP", "school_primary": "Primary school",
    "school_secondary": "Secondary school", "school_nurse": "School nurse", "health_visitor": "Health visitor",
    "maternity": "Maternity", "family_nurse": "Family Nurse Partnership",
    "community_paediatrician": "Community paediatrician", "housing": "Housing", "probation": "Probation",
    "yot": "Youth Offending Team", "nursery": "Nursery", "early_help": "Early help",
    "adult_mental_health": "Adult mental health", "camhs": "CAMHS", "substance_misuse": "Substance misuse",
    "other": "Other", "unknown": "Agency not identified",
}
GRADE_ORDER = tuple(reversed(GRADES))  # good, adequate, inadequate: the order of seed 000's tables
REPORT_COLUMNS = ("file", "agency", "template", "grade", *CRITERIA, "reasons", "error_code", "error_message")
LATE_RULE = "RC-TIME-001"  # the report is dated too few working days before the conference


def agency_name(agency: str | None) -> str:
    return AGENCY_NAMES.get(agency or "unknown", agency or "")


@dataclass
class GradeCounts:
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GRADE_ORDER, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, grade: str) -> float:
        return self.counts[grade] / self.total if self.total else 0.0


@dataclass
class Attention:
    file: str
    grade: str
    flags: list[str]  # why it needs attention: "Inadequate", "Missing sections", "Not shared with parents", "Late"
    reasons: list[str]


def report_row(result: Result) -> dict[str, str]:
    """One row of summary.csv and of the workbook's Reports sheet."""
    row = dict.fromkeys(REPORT_COLUMNS, "")
    row["file"] = result.source.path
    if result.error is not None:
        row.update(error_code=result.error.code, error_message=result.error.message)
        return row
    row.update(agency=result.agency or "", template=result.template.id if result.template else "",
               grade=result.grade or "", reasons="; ".join(result.grade_reasons))
    for name in CRITERIA:
        criterion = result.criteria.get(name)
        row[name] = criterion.status if criterion else ""
    return row


def graded(results: list[Result]) -> list[Result]:
    return [r for r in results if r.error is None and r.grade is not None]


def overall(results: list[Result]) -> GradeCounts:
    counts = GradeCounts("All reports")
    for result in graded(results):
        counts.counts[result.grade] += 1
    return counts


def by_agency(results: list[Result]) -> list[GradeCounts]:
    """Grades per agency, in DOMAIN.md's agency order (as seed 000's table); the totals row is `overall`."""
    rows: dict[str, GradeCounts] = {}
    for result in graded(results):
        agency = result.agency or "unknown"
        rows.setdefault(agency, GradeCounts(agency_name(agency))).counts[result.grade] += 1
    order = list(AGENCY_NAMES)
    return [rows[a] for a in sorted(rows, key=lambda a: (order.index(a) if a in order else len(order), a))]


def by_area(results: list[Result]) -> list[GradeCounts]:
    """Grades per template area ("grades by indicator"), areas in the order the reports list them."""
    rows: dict[tuple[str, str], GradeCounts] = {}
    templates = sorted({r.template.id for r in graded(results) if r.template and r.areas})
    for result in graded(results):
        template = result.template.id if result.template else ""
        for area in result.areas:
            label = area.title if len(templates) <= 1 else f"{template}: {area.title}"
            rows.setdefault((template, area.id), GradeCounts(label)).counts[area.grade] += 1
    order = {template: i for i, template in enumerate(templates)}
    keys = sorted(rows, key=lambda k: order.get(k[0], len(order)))  # stable: first-seen area order per template
    return [rows[k] for k in keys]


def _flags(result: Result) -> list[str]:
    flags = []
    if result.grade == "inadequate":
        flags.append("Inadequate")
    if _status(result, "required_sections") != "met":
        flags.append("Missing sections")
    if _status(result, "shared_with_parents") in ("partial", "not_met"):
        flags.append("Not shared with parents")
    if any(f.rule == LATE_RULE for f in result.findings):
        flags.append("Late")
    return flags


def _status(result: Result, criterion: str) -> str | None:
    found = result.criteria.get(criterion)
    return "met" if found is None or found.status == "not_applicable" else found.status


def needs_attention(results: list[Result]) -> list[Attention]:
    """Reports to look at first: inadequate ones, then those with the most problems, then by file name."""
    rows = []
    for result in graded(results):
        flags = _flags(result)
        if not flags:
            continue
        reasons = list(result.grade_reasons)
        reasons += [f.message for f in result.findings if f.rule == LATE_RULE]
        rows.append(Attention(result.source.path, result.grade, flags, reasons))
    return sorted(rows, key=lambda a: (a.grade != "inadequate", -len(a.flags), a.file))


def unreadable(results: list[Result]) -> list[Result]:
    return [r for r in results if r.error is not None]
