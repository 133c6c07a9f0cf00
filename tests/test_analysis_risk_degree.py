"""analysis: a child put "at serious risk" or "at direct risk of injury" is a fact linked to its impact on the child,
as "at risk of" is; a risk denied ("not at immediate risk") or asked about is no link."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Lottie Shaw", age="3")]
WEIGHED = "Against this, her aunt next door is a safe adult who has Lottie whenever Mum feels unwell."
VIEW = "In my view Lottie will be safe only if Mum keeps taking her medication."


def judge(link):
    return analysis.evaluate(report({"analysis": [link, WEIGHED, VIEW]}, children=KIDS))


@pytest.mark.parametrize("link", [
    "Mum left the pan on the hob while she slept, which put Lottie at serious risk of burns.",
    "Lottie was at direct risk when the glass was thrown, because she was sitting on the rug below.",
    "Whenever Mum stops her medication Lottie is at significant risk of being left without food.",
])
def test_a_degree_of_risk_to_the_child_links_the_fact_to_her(link):
    criterion, findings = judge(link)
    assert criterion.status == "met", criterion.reasons
    assert link in [e.quote for e in criterion.evidence]


@pytest.mark.parametrize("link", [
    "Lottie is not at immediate risk at home while her aunt is close by.",
    "Is Lottie at significant risk at home?",
])
def test_a_risk_denied_or_asked_about_says_nothing_of_its_impact(link):
    criterion, findings = judge(link)
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-002" in [f.rule for f in findings]
    assert "The analysis does not say how the concerns affect Lottie Shaw (3)." in criterion.reasons
