"""analysis: a worry tied to a subject child by name, or by the sentence before it, is about that child."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Rosie Dunn", age="12"), ChildFacts(name="Alfie Dunn", age="8")]
STRENGTH = "Grandad collects both children every day, which is a protective factor."
VIEW = "In my view, without help at home, Rosie's asthma will go on being missed."


def judge(paragraphs, section="analysis", **sections):
    return analysis.evaluate(report({section: paragraphs, **sections}, children=KIDS))


@pytest.mark.parametrize("risk", [
    "The main risk is to Rosie's breathing: three inhalers have run out this term.",
    "The greatest danger to Alfie is being left in the flat on his own after school.",
])
def test_a_risk_to_a_named_child_links_the_worry_to_that_child(risk):
    criterion, _ = judge([risk, STRENGTH, VIEW])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == risk


@pytest.mark.parametrize("risk", [
    "There is no risk to Rosie from her uncle, who has moved to Leeds.",  # negated
    "Mum told me the risk to Rosie is overstated.",  # the family's words, not the author's
    "The risk to staff on home visits has been assessed.",  # not a child
])
def test_a_denied_reported_or_unrelated_risk_is_no_link_to_the_child(risk):
    criterion, _ = judge([risk, STRENGTH, VIEW])
    assert criterion.status == "partial", criterion.reasons
    assert "does not say how the concerns affect Rosie Dunn (12) and Alfie Dunn (8)" in " ".join(criterion.reasons)
