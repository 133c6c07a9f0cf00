"""analysis: what a worry is about ("concerned about her safety") is at stake, not a strength weighed against it."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Mia Grant", age="13")]
RISK = "Mia is at risk of being groomed by older men she meets online."
VIEW = "In my view the danger to Mia will grow over the summer holidays if nothing changes."


def judge(sentences):
    return analysis.evaluate(report({"analysis": sentences}, children=KIDS))


@pytest.mark.parametrize("worry", [
    "The school remains concerned about her mood and her safety at weekends.",
    "Staff have real concerns for Mia's safety when she stays out overnight.",
    "We are worried about how safe she is on the bus home.",
])
def test_a_worry_about_the_childs_safety_weighs_nothing(worry):
    criterion, findings = judge([RISK, worry, VIEW])
    assert criterion.status == "partial", criterion.reasons
    assert "does not weigh the risks against strengths" in " ".join(criterion.reasons)
    assert [f.rule for f in findings] == ["RC-ANALYSIS-003"]


@pytest.mark.parametrize("weighed", [
    "We are worried about Mia, but she is safe with her aunt at weekends and tells her everything.",
    "The school is concerned about her attendance; however her aunt is a protective adult she trusts.",
])
def test_a_strength_after_the_worry_turns_is_still_weighed(weighed):
    criterion, findings = judge([RISK, weighed, VIEW])
    assert criterion.status == "met", criterion.reasons


def test_a_safety_plan_outside_a_worry_is_still_a_strength():
    criterion, findings = judge([RISK, "Mia has a safety plan with her aunt and uses it.", VIEW])
    assert "does not weigh" not in " ".join(criterion.reasons)
