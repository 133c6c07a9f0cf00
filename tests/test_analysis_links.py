"""analysis: what counts as linking a fact to what it means, and what only looks like it."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Noah Bell", age="6")]


def judge(paragraphs, section="involvement"):
    return analysis.evaluate(report({section: paragraphs}, children=KIDS))


@pytest.mark.parametrize("inference", [
    "Noah's repeated late arrivals could indicate that mornings at home are chaotic.",
    "The unwashed uniform might suggest that Noah's care has slipped since the move.",
])
def test_a_hedged_inference_from_the_facts_is_a_thin_link(inference):
    criterion, findings = judge(["Noah attended the dentist on 04/03/2025.", inference])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == inference
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]


@pytest.mark.parametrize("record", [
    "Records indicate Noah attended the dentist on 04/03/2025.",
    "There is no evidence that might indicate a problem with Noah's care.",
])
def test_a_record_that_indicates_a_fact_or_a_denied_inference_is_not_analysis(record):
    criterion, findings = judge(["Noah was seen by the school nurse on 11/02/2025.", record])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"


@pytest.mark.parametrize("record", [
    "Force systems show nine incidents linked to the address over the last year.",
    "Noah appears as a linked child on 3 of those calls, and his mother is linked to 5 of them.",
])
def test_a_records_link_is_filing_not_impact(record):
    criterion, findings = judge(["12/01/2025 Officers attended the home.", record])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"


def test_a_worry_linked_to_what_happens_at_home_is_still_an_impact():
    worry = "Noah's sleeplessness and nail biting are linked to the shouting he hears at night."
    criterion, findings = judge(["12/01/2025 Officers attended the home.", worry])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == worry
    assert "does not say how the concerns affect" not in " ".join(criterion.reasons)


def test_a_childs_freedom_to_come_to_harm_is_not_a_strength_but_a_parents_capacity_is():
    risk = "Noah is at risk of serious harm from the older boys he meets in the park."
    view = "In my view Noah will be drawn further into their group."
    criterion, _ = judge([risk, "He is able to stay out past midnight without anyone checking on him.", view],
                         section="analysis")
    assert criterion.status == "partial", criterion.reasons
    assert any("does not weigh the risks" in r for r in criterion.reasons)
    criterion, _ = judge([risk, "Dad was able to collect him from the park twice last week.", view],
                         section="analysis")
    assert not any("does not weigh the risks" in r for r in criterion.reasons), criterion.reasons


def test_both_sides_in_one_narrative_line_describe_but_do_not_weigh():
    worry = "Noah's bruising and his fear of going home mean he is at risk of physical harm."
    line = "His football coach is supportive and has passed on his worries to the club's welfare lead."
    view = "In my view Noah will be hurt again without a plan."
    criterion, _ = analysis.evaluate(report({"child_development": [line], "analysis": [worry, view]},
                                            children=KIDS))
    assert criterion.status == "partial", criterion.reasons
    assert any("does not weigh the risks" in r for r in criterion.reasons)
    criterion, _ = judge([worry, line, view], section="analysis")
    assert criterion.status == "met", criterion.reasons


@pytest.mark.parametrize("inference", [
    "Noah's bedwetting since the summer may reflect how unsettled he is by the arguments at home.",
    "His sudden quietness in class could reflect worry about Mum's health.",
])
def test_what_a_change_in_the_child_may_reflect_is_a_thin_link(inference):
    criterion, findings = judge(["Noah attended the dentist on 04/03/2025.", inference])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == inference
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]


def test_what_may_not_reflect_the_facts_is_no_link():
    denied = "Noah's reading age may not reflect his ability, as he was absent for the test."
    criterion, findings = judge(["Noah was seen by the school nurse on 11/02/2025.", denied])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"
