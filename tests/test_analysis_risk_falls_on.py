"""analysis: a risk said to fall on the subject children, however they are named, links the worry to them."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Maisie Cole", age="10"), ChildFacts(name="Theo Cole", age="10")]
STRENGTH = "Their aunt lives two doors away and the children go to her every evening, which is a protective factor."
VIEW = "In my view the plan can keep them safe if the evening visits carry on."
MISSING = "does not say how the concerns affect Maisie Cole (10) and Theo Cole (10)"


def judge(paragraphs, section="analysis"):
    return analysis.evaluate(report({section: paragraphs}, children=KIDS))


@pytest.mark.parametrize("risk", [
    "The clearest risk to the twins is being left alone with Mr Dean after school.",  # the children as the twins
    "The biggest risk to both girls is Mr Dean returning to the house.",
])
def test_a_risk_falling_on_the_children_links_the_worry_to_them(risk):
    criterion, _ = judge([risk, STRENGTH, VIEW])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == risk


@pytest.mark.parametrize("risk", [
    "I do not see any risk to the twins from Mr Dean.",  # the risk itself denied
    "Mum told me the risk to both girls is exaggerated.",  # the family's words
    "Risk to the twins: none identified.",  # a risk line's label
])
def test_a_denied_reported_labelled_or_unrelated_risk_is_no_link(risk):
    criterion, _ = judge([risk, STRENGTH, VIEW])
    assert criterion.status == "partial", criterion.reasons
    assert MISSING in " ".join(criterion.reasons)

