"""The criteria: the five core criteria of DOMAIN.md plus the secondary checks, each from its own module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..result import Criterion, Finding

if TYPE_CHECKING:
    from ..annotate import Annotated
    from ..config import Config


def evaluate_all(annotated: Annotated, *, config: Config) -> tuple[dict[str, Criterion], list[Finding]]:
    """Every criterion's judgement and all findings, less those of rules the configuration disables."""
    from . import analysis, child_voice, father, required_sections, secondary, sharing, sources

    criteria: dict[str, Criterion] = {}
    findings: list[Finding] = []
    judged = {
        "required_sections": required_sections.evaluate(annotated.structure, config.profiles()),
        "child_voice": child_voice.evaluate(annotated),
        "father_involvement": father.evaluate(annotated),
        "analysis": analysis.evaluate(annotated),
        "shared_with_parents": sharing.evaluate(annotated),
    }
    for name, (criterion, found) in judged.items():
        criteria[name] = criterion
        findings.extend(found)
    findings.extend(secondary.evaluate(annotated, config))
    findings.extend(sources.evaluate(annotated))
    disabled = set(config.disabled_rules)
    return criteria, [f for f in findings if f.rule not in disabled]
