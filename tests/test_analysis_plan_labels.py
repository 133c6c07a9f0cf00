"""analysis: a plan item's label ("Safe storage: ...", "Safety goal: ...") names what the plan works towards, not a
strength the family has, so worries set only against it are one-sided; a strength stated in the plan, or a label
with a strength where the form asks what is working well, still weighs."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Leo Harte", age="2")]
WORRIES = ["Leo's cough is treated, but the medicines are kept on a low shelf he can reach, which puts him at risk "
           "of poisoning.",
           "In my view Leo is likely to swallow something harmful if nothing changes at home."]


def judge(sections):
    return analysis.evaluate(report({"worries": WORRIES, **sections}, children=KIDS))


@pytest.mark.parametrize("item", [
    "Safe storage: a locked cupboard for all medicines, fitted by the landlord by 30/04.",
    "Safety goal: Leo will live in a home where nothing harmful is within his reach.",
])
def test_a_strength_in_a_plan_items_label_is_not_a_strength_to_weigh(item):
    criterion, findings = judge({"plan": [item]})
    assert criterion.status == "partial", criterion.reasons
    assert [f.rule for f in findings] == ["RC-ANALYSIS-003"]
    assert "does not weigh the risks against strengths" in criterion.reasons[0]


def test_a_strength_the_plan_states_is_still_weighed():
    criterion, findings = judge({"plan": ["Locks to be fitted; his grandmother is protective and checks the flat "
                                          "daily."]})
    assert "RC-ANALYSIS-003" not in [f.rule for f in findings], criterion.reasons
    assert criterion.status == "met"


def test_a_label_with_a_strength_where_the_form_asks_what_is_working_well_still_weighs():
    criterion, findings = judge({"strengths": ["Protective factors: his grandmother checks the flat every day."]})
    assert "RC-ANALYSIS-003" not in [f.rule for f in findings], criterion.reasons
    assert criterion.status == "met"
