"""analysis: a scaling's "Why not lower:" and "Why not higher:" lines give the author's reasons for the score, what
holds it up and what holds it down: a view on how safe the child is. The same prompts asked and left unanswered, or
answered by the child, are no view of the author's."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Tia Morgan", age="14")]
WORRY = {"worries": ["We are worried that Tia's nights away with older adults will lead to her being exploited."]}
LOWER = "Why not lower: Tia confides in her form tutor and her gran collects her from school each day."
HIGHER = "Why not higher: two nights unaccounted for this month and a new phone she will not explain."


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


def test_why_not_lower_and_higher_are_the_authors_reasons_for_the_score():
    criterion, findings = judge({**WORRY, "scaling": ["School scores 4.", LOWER, HIGHER]})
    assert criterion.status == "met", criterion.reasons
    quotes = [e.quote for e in criterion.evidence]
    assert LOWER in quotes and HIGHER in quotes


def test_the_prompts_asked_and_not_answered_are_no_view():
    criterion, findings = judge({**WORRY, "scaling": ["School scores 4.", "Why not lower?", "Why not higher?"]})
    assert criterion.status == "partial", criterion.reasons
    assert not any(e.quote.startswith("Why not") for e in criterion.evidence)


def test_the_childs_answer_to_the_prompt_is_hers():
    criterion, findings = judge({**WORRY, "scaling": ["School scores 4."],
                                 "child_views": ["Why not lower: Tia said her gran always picks her up."]})
    assert criterion.status == "partial", criterion.reasons
    assert not any(e.quote.startswith("Why not lower") for e in criterion.evidence)
