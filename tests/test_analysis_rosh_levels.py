"""analysis: a probation risk-of-serious-harm level restated ('remains low', 'assessed ...: high') is a grading on
record, as 'remains assessed as' is; the author reasoning about that harm to the children is still analysis."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Tia Marsh", age="6")]
EVENTS = ["02/02/2026 - Attended supervision, on time.", "16/02/2026 - Reported a new partner as required."]


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


@pytest.mark.parametrize("level", [
    "His risk of serious harm remains high (children).",
    "Assessed risk of serious harm: low (public).",
    "The current assessed risk of serious harm to a known adult is medium.",
])
def test_a_restated_risk_of_serious_harm_level_among_dated_events_is_no_analysis(level):
    criterion, findings = judge({"involvement": EVENTS, "analysis": EVENTS + [level]})
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"
    assert "describes events but does not say what they mean for Tia Marsh (6)" in criterion.reasons[0]
    assert criterion.evidence == []


def test_the_authors_own_reasoning_about_serious_harm_to_the_child_still_counts():
    reasoning = "The risk of serious harm to Tia is highest if he drinks, as both assaults followed a binge."
    criterion, findings = judge({"involvement": EVENTS, "analysis": EVENTS + [reasoning]})
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == reasoning
