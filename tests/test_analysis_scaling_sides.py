"""analysis: a safety scaling that says why the score is no lower and why it is no higher sets what holds the child's
safety up against what holds it down, the weighing DOMAIN.md asks for, even when the strengths are plain facts in no
stock phrase; one side alone, a parent's reasons or a bare score weigh nothing."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Tyler Marsh", age="3")]
SECTIONS = {
    "worries": ["We are worried that Tyler could be hurt if his father's drinking returns to how it was last winter."],
    "strengths": ["Dad has been going to the alcohol service every week since October.",
                  "Tyler's grandmother collects him from nursery on Tuesdays and Thursdays."],
}
UP = "It is no lower because Dad has been sober for four months and Tyler's grandmother sees him twice a week."
DOWN = "It is no higher because four months is a short time against ten years of heavy drinking."


def judge(scaling, **extra):
    return analysis.evaluate(report({**SECTIONS, "scaling": ["I would put this at 6 out of 10.", *scaling], **extra},
                                    children=KIDS))


def test_reasons_on_both_sides_of_a_score_weigh_the_risk_against_the_strengths():
    criterion, findings = judge([UP, DOWN])
    assert criterion.status == "met", criterion.reasons
    assert "RC-ANALYSIS-003" not in [f.rule for f in findings]
    assert UP in [e.quote for e in criterion.evidence]


def test_what_keeps_a_score_from_being_higher_is_the_side_that_holds_it_down():
    held = "The length of his drinking history keeps the score from being higher."
    criterion, findings = judge([UP, held])
    assert criterion.status == "met", criterion.reasons


def test_only_why_a_score_is_not_lower_is_one_sided_when_no_worry_is_named_anywhere():
    criterion, findings = analysis.evaluate(report({
        "strengths": SECTIONS["strengths"], "scaling": ["I would put this at 6 out of 10.", UP]}, children=KIDS))
    assert criterion.status == "partial"
    assert "The analysis does not weigh the risks against strengths" in " ".join(criterion.reasons)


def test_a_bare_score_beside_plain_facts_is_still_one_sided():
    criterion, findings = judge([])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-003" in [f.rule for f in findings]


def test_a_parents_reasons_for_their_own_score_are_not_the_authors_weighing():
    criterion, findings = judge([], parent_views=[
        "Dad said it is not lower because he has stopped drinking, and not higher because people still judge him."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-003" in [f.rule for f in findings]
