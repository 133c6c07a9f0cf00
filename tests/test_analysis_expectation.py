"""analysis: "I expect ..." is the author's own prediction of what will happen, a view on the child's future safety
like "I think"; the same words in a family member's quoted speech, or "more than I expected" looking back, are not."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Rory Dale", age="6")]
FACTS = {
    "worries": ["Rory was in the room when Mr Cole threw a chair, and the noise means he now sleeps in his coat."],
    "strengths": ["His mum has been protective: she moved them to a refuge the same night."],
}
NO_VIEW = "RC-ANALYSIS-004"


def judge(extra):
    sections = {k: list(v) for k, v in FACTS.items()}
    sections["worries"] += extra
    return analysis.evaluate(report(sections, children=KIDS))


def test_the_authors_expectation_is_a_view_on_future_safety():
    said = "When Mr Cole is released in May, I expect him to look for Rory and his mum at school."
    criterion, findings = judge([said])
    assert criterion.status == "met", criterion.reasons
    assert said in [e.quote for e in criterion.evidence]


def test_a_quoted_expectation_is_the_speakers():
    criterion, findings = judge(['Mum said, "I expect he will turn up at the school gates one day."'])
    assert criterion.status == "partial", criterion.reasons
    assert NO_VIEW in [f.rule for f in findings]
    assert "no professional view on the future safety of Rory Dale (6)" in " ".join(criterion.reasons)


def test_looking_back_on_what_was_expected_is_no_view():
    criterion, findings = judge(["Mum has engaged with the refuge staff more than I expected."])
    assert criterion.status == "partial", criterion.reasons
    assert NO_VIEW in [f.rule for f in findings]
