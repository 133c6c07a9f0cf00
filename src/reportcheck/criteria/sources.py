"""Sources named: information passed on ("it was reported that ...") should say who it came from (DOMAIN.md,
secondary checks). A finding per unattributed sentence, up to a few, so the author can fix each where it is."""

from __future__ import annotations

from ..annotate import Annotated
from ..result import Finding
from ..rulepack import registry

_MOST = 3  # more than this in one report is one habit, already shown by the first few


def evaluate(annotated: Annotated) -> list[Finding]:
    reg = registry()
    findings: list[Finding] = []
    for s in annotated.sentences:
        vague = [h for h in s.get("sources.unattributed") if not h.negated]
        if not vague:
            continue
        if s.has("sources.named_source"):
            continue  # "It was reported by the school that ...", "From the school's records, it is understood ..."
        findings.append(reg.finding("RC-SOURCE-001", location=annotated.location(s), quote=s.text,
                                    excerpt=s.short()))
        if len(findings) == _MOST:
            break
    return findings
