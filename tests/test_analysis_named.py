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


def test_a_worry_written_straight_after_the_fact_about_the_child_is_a_thin_analysis():
    criterion, findings = judge(["Alfie has lost weight over the winter and is often hungry at breakfast club. "
                                 "Significant concerns re neglect."])
    assert criterion.status == "partial", criterion.reasons
    assert [e.quote for e in criterion.evidence] == ["Significant concerns re neglect."]
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]


@pytest.mark.parametrize("paragraphs", [
    ["Mum's flat has damp in two rooms. Concerns re disrepair."],  # the sentence before names no child
    ["Dad has missed four probation appointments. Concerns re his drinking."],  # an adult's worry, not a child's
    ["Alfie has lost weight over the winter. No concerns re neglect."],  # the worry denied
])
def test_a_worry_not_tied_to_the_child_just_before_it_is_still_no_analysis(paragraphs):
    criterion, findings = judge(paragraphs)
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"
