"""analysis: a condition and the risk that follows it ("If Dad moves back in, the risk to Leo is high") is the
author's view on the child's future safety, even when the condition holds a "without" or "not"; a condition that
ends in a plan, a risk only inside the condition, or a condition someone else voiced is no such view."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Leo Dunn", age="6")]
WORRIES = ["Leo has heard his father threaten his mother, which means he is frightened and wets the bed.",
           "Leo's uncle is a protective adult who has him to stay at weekends."]


def judge(sentence):
    return analysis.evaluate(report({"analysis": WORRIES + [sentence]}, children=KIDS))


def test_a_risk_predicted_on_a_condition_is_a_view_on_future_safety():
    prediction = "If Mr Dunn moves back in without any work on his temper, the danger to Leo will be high."
    criterion, findings = judge(prediction)
    assert criterion.status == "met", criterion.reasons
    assert prediction in [e.quote for e in criterion.evidence]


def test_unless_opens_a_prediction_too():
    criterion, findings = judge("Unless the threats stop, the harm to Leo will go on.")
    assert criterion.status == "met", criterion.reasons


def test_a_condition_that_ends_in_a_plan_is_no_view():
    criterion, findings = judge("If there are any further concerns about Leo, school will contact the duty team.")
    assert criterion.status == "partial"
    assert "no professional view on the future safety of Leo Dunn (6)" in " ".join(criterion.reasons)


def test_a_condition_a_parent_voiced_is_theirs():
    criterion, findings = judge("Mum said that if Dad comes back, Leo will not be safe.")
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" in [f.rule for f in findings]
