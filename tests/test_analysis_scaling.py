"""analysis: the reasons a signs-of-safety scaling gives ("It is not lower because ...") are the author's judgement
of how safe the child is; the child's or a parent's own scaling reasons are theirs."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Kai Brennan", age="7")]
WORRIES = {
    "worries": ["Kai has seen his mother being hit, which means he is frightened at home and hides when voices rise."],
    "strengths": ["Kai's aunt lives next door and is a safe adult he goes to."],
}
REASONS = ["It is not lower because his aunt is close by and Mum has called the police when needed.",
           "It would be higher if Mum's partner completed the perpetrator programme."]


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


def test_the_reasons_for_a_scaling_are_the_authors_view():
    criterion, findings = judge({**WORRIES, "scaling": ["4 out of 10."] + REASONS})
    assert criterion.status == "met", criterion.reasons
    assert REASONS[0] in [e.quote for e in criterion.evidence]


def test_a_scale_with_no_reasons_is_brief():
    criterion, findings = judge({**WORRIES, "scaling": ["4."]})
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" in [f.rule for f in findings]


def test_the_childs_own_scaling_reasons_are_the_childs():
    criterion, findings = judge({**WORRIES, "scaling": ["4."], "child_views": [
        "Kai said it is not lower because his aunt is there, and it would be higher if the shouting stopped."]})
    assert criterion.status == "partial"
    assert not any(e.quote.startswith("Kai said") for e in criterion.evidence)
