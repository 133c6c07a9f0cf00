"""analysis: the author's own judgement that there is nothing to worry about ("I have no significant concerns about
the children") is a view, thin and one-sided, so the report is partial, not purely descriptive; a record that no
concerns were raised, or a parent's own "no concerns", is not the author's judgement."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Lacey Dunn", age="6"), ChildFacts(name="Ty Dunn", age="2")]
FACTS = ["Lacey was seen on 3 March 2025 for an ear infection.", "Ty's two-year review is overdue."]


def judge(paragraphs):
    criterion, findings = analysis.evaluate(report({"involvement": FACTS + paragraphs}, children=KIDS))
    return criterion, [f.rule for f in findings]


def test_the_authors_own_no_concerns_is_a_thin_one_sided_view():
    said = "Having reviewed the records, I have no safeguarding concerns about Lacey or Ty at present."
    criterion, rules = judge([said])
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-002", "RC-ANALYSIS-003"]
    assert criterion.evidence[0].quote == said


def test_no_concerns_recorded_at_a_visit_is_a_fact_not_a_view():
    criterion, rules = judge(["No concerns were noted at the visit.", "The nurse had no concerns about Ty."])
    assert criterion.status == "not_met"
    assert rules == ["RC-ANALYSIS-001"]


def test_a_parents_no_concerns_is_theirs():
    criterion, rules = judge(['Ms Dunn told me: "I have no concerns about the kids, they are fine."'])
    assert criterion.status == "not_met"
    assert "does not say what they mean for Lacey Dunn (6) and Ty Dunn (2)" in criterion.reasons[0]
