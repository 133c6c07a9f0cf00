"""analysis: how practitioners write a strength without the word "strength" (carers who engage well, a child's
needs met), set against the worries; the same words denied are no strength."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ollie Price", age="5")]
WORRIES = [
    "Ollie has come to school with bruising twice this term, which means he may be being handled roughly at home.",
    "In my view Ollie will be hurt again if the shouting at home goes on.",
]


def judge(line):
    criterion, findings = analysis.evaluate(report({"analysis": WORRIES + [line]}, children=KIDS))
    return criterion, [f.rule for f in findings]


@pytest.mark.parametrize("strength", [
    "Both his parents engage well with the health visitor and the school nurse.",
    "Ollie's physical needs are being met: he is clean, fed and his clinic visits are kept.",
    "His dental and eye care needs have been met this year.",
    "Ollie is clearly loved by his nan, who collects him every day.",
])
def test_a_strength_in_the_practitioners_own_words_is_set_against_the_worries(strength):
    criterion, rules = judge(strength)
    assert criterion.status == "met", criterion.reasons
    assert rules == []


@pytest.mark.parametrize("denied", [
    "His parents do not engage well with the health visitor.",
    "There is no evidence that his health needs are met at home.",
    "Ollie does not feel loved by the adults at home.",
])
def test_the_same_strength_denied_leaves_the_analysis_one_sided(denied):
    criterion, rules = judge(denied)
    assert criterion.status == "partial", criterion.reasons
    assert rules == ["RC-ANALYSIS-003"]
    assert "does not weigh the risks against strengths" in criterion.reasons[0]
