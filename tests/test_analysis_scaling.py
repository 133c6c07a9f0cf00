"""analysis: the reasons a signs-of-safety scaling gives ("It is not lower because ...") are the author's judgement
of how safe the child is, whoever they name; the child's or a parent's own scaling reasons are theirs, and a bare
score or a list of scores with no reasons ("School would scale at 4/10.") is no analysis."""

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


LOG = {
    "worries": ["03/02 Kai late three times.", "10/02 Mum did not attend the review meeting."],
    "strengths": ["Kai has two friends in his class and goes to football club."],
}


def test_a_bare_score_after_a_dated_log_is_no_analysis():
    criterion, findings = judge({**LOG, "scaling": ["Nursery would scale at 5/10."]})
    assert criterion.status == "not_met"
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]
    assert "does not say what they mean for Kai Brennan (7)" in criterion.reasons[0]
    assert criterion.evidence == []


def test_a_list_of_scores_with_no_reasons_is_no_analysis():
    criterion, findings = judge({**LOG, "scaling": ["Our scaling: 3 out of 10.", "Mum: 7 out of 10.",
                                                    "Kai: 6 out of 10."]})
    assert criterion.status == "not_met"


def test_a_score_with_its_reason_is_the_authors_view():
    scored = "We would scale at 3 out of 10 because Mum has missed every review since January."
    criterion, findings = judge({**LOG, "scaling": [scored]})
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" not in [f.rule for f in findings]
    assert scored in [e.quote for e in criterion.evidence]


def test_a_score_beside_the_worry_it_weighs_is_the_authors_view():
    scored = "I would scale at 4 out of 10: Kai is at risk when Mum has been drinking, but his gran is a safe adult."
    criterion, findings = judge({**LOG, "scaling": [scored]})
    assert "RC-ANALYSIS-004" not in [f.rule for f in findings]
    assert scored in [e.quote for e in criterion.evidence]


def test_what_keeps_the_score_from_moving_is_the_authors_reason():
    held = ("Mum calling the police herself stops it being lower, and her partner still visiting keeps the score "
            "from being higher.")
    criterion, findings = judge({**WORRIES, "scaling": ["On a scale of 0 to 10 I give 4.", held]})
    assert criterion.status == "met", criterion.reasons
    assert held in [e.quote for e in criterion.evidence]


def test_the_childs_own_account_of_what_keeps_it_from_being_higher_is_the_childs():
    criterion, findings = judge({**WORRIES, "scaling": ["4."], "child_views": [
        "Kai said the shouting keeps it from being higher."]})
    assert "RC-ANALYSIS-004" in [f.rule for f in findings]
