"""analysis: a state said of a family adult ("she is vulnerable to drinking when low", "Dad is at risk of relapse",
"Mum is suffering with depression") is the adult's, not an impact on the child; the same words said of the child
("puts Ellie at risk of", "leaves Ellie vulnerable to") still link the fact to her."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ellie Ward", age="2")]
WEIGHED = "However Dad has been sober for a year and is a protective factor."
VIEW = "In my view both parents are committed to their treatment and to Ellie."
NO_IMPACT = "The analysis does not say how the concerns affect Ellie Ward (2)."


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


@pytest.mark.parametrize("adult", [
    "Mum has been in treatment since 2024. Her relapse in March is a worry and shows she is vulnerable to drinking.",
    "Dad remains at increased risk of relapse in the months after his detox.",
])
def test_an_adults_vulnerability_or_risk_of_relapse_is_no_impact_on_the_child(adult):
    criterion, findings = judge({"analysis": [adult, WEIGHED, VIEW]})
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-002" in [f.rule for f in findings]
    assert NO_IMPACT in criterion.reasons


@pytest.mark.parametrize("child", [
    "Mum's drinking when she is low puts Ellie at risk of being left alone at night.",
    "Each relapse leaves Ellie vulnerable to going without meals and changes.",
])
def test_the_same_words_said_of_the_child_link_the_fact_to_her(child):
    criterion, findings = judge({"analysis": [child, WEIGHED, VIEW]})
    assert criterion.status == "met", criterion.reasons
    assert child in [e.quote for e in criterion.evidence]


def test_a_parents_illness_alone_is_description():
    criterion, findings = judge({"involvement": ["Mum is suffering with depression and sees her GP monthly.",
                                                 "Ellie attends nursery three mornings a week."]})
    assert criterion.status == "not_met", criterion.reasons
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]
