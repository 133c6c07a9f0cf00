"""analysis: a worry whose clause names the child and a harm, with "that" left out, links the harm to the child."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Rosie Kent", age="4")]
VISIT = "Rosie was collected late three times in January."
AFFECT = "does not say how the concerns affect"


def judge(paragraphs):
    return analysis.evaluate(report({"analysis": paragraphs}, children=KIDS))


@pytest.mark.parametrize("worry", [
    "Staff are worried Rosie is exposed to the arguments on the days Dad drops her off.",
    "We are concerned Rosie has seen her parents hurting each other.",
    "I am worried the children have seen violence at home in the evenings.",
])
def test_the_authors_worry_about_the_child_with_that_left_out_is_a_link(worry):
    criterion, _ = judge([VISIT, worry])
    assert AFFECT not in " ".join(criterion.reasons), criterion.reasons
    assert criterion.evidence[0].quote == worry


@pytest.mark.parametrize("other", [
    "We are not worried Rosie is at any risk from her grandparents.",
    "Mum is worried Rosie will be taken into care.",
])
def test_a_denied_worry_or_a_parents_worry_is_not_analysis(other):
    criterion, findings = judge([VISIT, other])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"


@pytest.mark.parametrize("worry", [
    "We are worried Mum is not coping since the move.",
    "We are worried Rosie will keep arriving late on Mondays.",
])
def test_the_authors_worry_about_an_adult_or_naming_no_harm_is_no_link_to_the_child(worry):
    criterion, findings = judge([VISIT, worry])
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-002" in [f.rule for f in findings]
    assert AFFECT in " ".join(criterion.reasons)
