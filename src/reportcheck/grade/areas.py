"""Per-area grades for the template's sections (seed 000's "grades by indicator"), from the same evidence as the
overall grade: the section's own status and the criteria the rubric assigns to its role.
"""

from __future__ import annotations

from ..result import AreaGrade, Criterion
from ..structure.model import Section, Structure
from .rubric import Rubric, criterion_reason

_BY_STATUS = {"not_met": "inadequate", "partial": "adequate"}


def area_grades(structure: Structure, criteria: dict[str, Criterion], rubric: Rubric,
                titles: dict[str, str] | None = None) -> list[AreaGrade]:
    """One grade per section of the template; optional sections the report leaves out are not graded.

    `titles` gives each section id the profile's own title, so areas add up across reports however authors word
    their headings.
    """
    titles = titles or {}
    return [_area(s, criteria, rubric, titles.get(s.id, s.title)) for s in structure.sections
            if s.required or s.status == "present"]


def _area(section: Section, criteria: dict[str, Criterion], rubric: Rubric, title: str) -> AreaGrade:
    if section.status == "missing":
        return AreaGrade(id=section.id, title=title, grade="inadequate", reasons=["The section is missing."])
    if section.status == "empty":
        why = f" ({section.empty_reason})" if section.empty_reason else ""
        return AreaGrade(id=section.id, title=title, grade="inadequate", reasons=[f"The section is empty{why}."])
    judged = [n for n in rubric.areas.get(section.role, []) if n in criteria]
    worst = [n for n in judged if rubric.effective(criteria[n].status) in _BY_STATUS]
    if not worst:
        return AreaGrade(id=section.id, title=title, grade="good")
    grade = "inadequate" if any(rubric.effective(criteria[n].status) == "not_met" for n in worst) else "adequate"
    return AreaGrade(id=section.id, title=title, grade=grade, reasons=[criterion_reason(n, criteria[n]) for n in worst])
