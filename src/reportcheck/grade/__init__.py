"""The pre-grade: the rubric (rules/rubric.yaml, changed by a profile or the configuration) applied to a result's
criteria, with the reasons that decided it and a grade for each area of the template.
"""

from __future__ import annotations

from ..errors import ConfigError
from ..result import Result
from ..structure.model import Structure
from .areas import area_grades
from .rubric import Rubric, merged_rubric

__all__ = ["grade_result", "rubric_for"]


def rubric_for(config, profile_id: str | None) -> Rubric:
    """The shipped rubric, changed by the profile's `rubric:` and then by the configuration's."""
    profile = config.profile(profile_id) if config is not None else None
    try:
        return merged_rubric(profile.rubric if profile else None, config.rubric if config is not None else None)
    except ValueError as exc:
        raise ConfigError(f"template profile {profile_id!r} or configuration: {exc}") from None


def grade_result(result: Result, structure: Structure, *, config=None) -> Result:
    """Set `grade`, `grade_reasons` and `areas` of `result` (an error result is left as it is)."""
    if result.error is not None:
        return result
    profile_id = structure.template.checked_against
    rubric = rubric_for(config, profile_id)
    result.grade, result.grade_reasons = rubric.decide(result.criteria, result.findings)
    profile = config.profile(profile_id) if config is not None else None
    titles = {s.id: s.title for s in profile.sections} if profile else None
    result.areas = area_grades(structure, result.criteria, rubric, titles)
    return result
