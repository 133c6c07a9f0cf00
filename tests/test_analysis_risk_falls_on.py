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
    "The risk Mr Dean could pose to Maisie remains untested.",  # who poses it between the risk and the child
    "The risk of harm posed to Theo by the fires he lights is growing.",
    "His offences were against a girl of nine, and the risk to a girl of Maisie's age is plain.",  # a peer of hers
    "Mr Dean has not shown that he understands the risk he poses to Theo.",  # the grasp denied, not the risk
])
def test_a_risk_falling_on_the_children_links_the_worry_to_them(risk):
    criterion, _ = judge([risk, STRENGTH, VIEW])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == risk


@pytest.mark.parametrize("risk", [
    "I do not see any risk to the twins from Mr Dean.",  # the risk itself denied
    "There is no risk Mr Dean could pose to Maisie while he is in custody.",
    "Mum told me the risk to both girls is exaggerated.",  # the family's words
    "The risk Mr Dean poses to staff has been assessed by police.",  # not a child
    "The risk to a child of his own age is what the youth team assesses.",  # a peer of no subject child
    "Risk to the twins: none identified.",  # a risk line's label
])
def test_a_denied_reported_labelled_or_unrelated_risk_is_no_link(risk):
    criterion, _ = judge([risk, STRENGTH, VIEW])
    assert criterion.status == "partial", criterion.reasons
    assert MISSING in " ".join(criterion.reasons)


def test_the_risk_counts_where_the_form_scales_it():
    reason = "It is not higher because Mr Dean has not accepted the risk he could pose to a boy like Theo."
    criterion, _ = judge(["I would scale this at 5 out of 10.", reason, STRENGTH], section="scaling")
    assert MISSING not in " ".join(criterion.reasons)
    assert reason in [e.quote for e in criterion.evidence]
