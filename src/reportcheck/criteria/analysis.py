"""`analysis`: what the information means for the child. Facts linked to impact on the child, risks weighed against
strengths and protective factors, and a professional view on future safety; description or a chronology alone is
not analysis. The analysis section is read first, then the whole report.
"""

from __future__ import annotations

from ..annotate import Annotated, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from .people import children

_ANALYTIC_ROLES = ("analysis", "worries", "strengths", "scaling")


def evaluate(annotated: Annotated) -> tuple[Criterion, list[Finding]]:
    reg = registry()
    impact: list[Sentence] = []
    view: list[Sentence] = []
    weighed: list[Sentence] = []
    risk = strength = False
    for s in annotated.sentences:
        has_risk = s.has("analysis.risk")
        has_strength = s.has("analysis.strength", asserted=True)
        risk |= has_risk
        strength |= has_strength
        if s.has("analysis.impact"):
            impact.append(s)
        if s.has("analysis.view"):
            view.append(s)
        if (has_risk and has_strength) or ((has_risk or has_strength) and s.has("analysis.weighing")):
            weighed.append(s)
    roles = {sec.role for sec in annotated.structure.sections if sec.status == "present"}
    analytic_part = annotated.in_role(*_ANALYTIC_ROLES)
    both_in_analysis = any(s.has("analysis.risk") for s in analytic_part) and any(
        s.has("analysis.strength", asserted=True) for s in analytic_part)
    weighing = both_in_analysis or (bool(weighed) and risk and strength) or {"worries", "strengths"} <= roles
    analytic = {s.index: s for s in impact + view + weighed}
    names = " and ".join(k.label for k in children(annotated) if not k.unborn) or "the child"

    where = annotated.heading_location("analysis")
    findings: list[Finding] = []
    attempted = any(s.role in _ANALYTIC_ROLES for s in view)  # an opinion where the form asks for analysis
    if not impact and not weighed and not attempted:  # a passing opinion in a chronology is not analysis
        finding = reg.finding("RC-ANALYSIS-001", children=names, location=where)
        return Criterion(status="not_met", reasons=[finding.message]), [finding]
    if not impact:
        findings.append(reg.finding("RC-ANALYSIS-002", children=names, location=where))
    if not weighing:
        findings.append(reg.finding("RC-ANALYSIS-003", children=names, location=where))
    if not view:
        findings.append(reg.finding("RC-ANALYSIS-004", children=names, location=where))
    enough = len(analytic) >= int(reg.setting("analysis", "min_analytic_sentences"))
    status = "met" if not findings and enough else "partial"
    reasons = [f.message for f in findings]
    if not findings and not enough:
        reasons.append(f"The analysis is brief: only {len(analytic)} sentence(s) say what the information means for {names}.")
    ranked = sorted(analytic.values(), key=lambda s: (s.role not in _ANALYTIC_ROLES, s.index))
    evidence = [Evidence(quote=s.text, location=annotated.location(s)) for s in ranked[:3]]
    return Criterion(status=status, reasons=reasons, evidence=evidence), findings

