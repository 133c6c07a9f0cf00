"""analysis: only the author's own weighing counts; others' views, denied worries, service names and plans do not."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Noah Green", age="6")]
IMPACT = "Noah's lateness means he misses phonics most mornings and is falling behind his class."


def rules(findings):
    return [f.rule for f in findings]


def test_a_parents_mixed_feelings_in_their_own_section_are_not_the_authors_weighing():
    criterion, findings = analysis.evaluate(report({
        "analysis": [IMPACT, "In my view Noah is likely to fall further behind without support."],
        "parent_views": ["Dad told me he is supportive of the school but is worried about paying for uniform."],
    }, children=KIDS))
    assert criterion.status == "partial"
    assert "does not weigh the risks against strengths" in " ".join(criterion.reasons)


def test_the_authors_own_weighing_still_counts():
    criterion, findings = analysis.evaluate(report({
        "analysis": [IMPACT, "Dad is supportive and walks Noah in on Fridays; however the lateness continues.",
                     "In my view Noah is likely to fall further behind without support."],
        "parent_views": ["Dad told me he is fond of the school."],
    }, children=KIDS))
    assert criterion.status == "met", criterion.reasons


def test_a_denied_worry_is_not_a_risk_set_against_a_strength():
    criterion, findings = analysis.evaluate(report({
        "involvement": ["Mum was warm with Noah at the visit.",
                        "The flat was cluttered but there were no concerns about food."],
    }, children=KIDS))
    assert "RC-ANALYSIS-003" in rules(findings) or criterion.status == "not_met"


def test_a_service_named_after_wellbeing_is_not_an_impact_on_the_child():
    criterion, findings = analysis.evaluate(report({
        "involvement": ["04/06/2026 Noah was referred to the Family Wellbeing Service.",
                        "Noah attends the Child Development Centre at Northgate."],
    }, children=KIDS))
    assert criterion.status == "not_met"
    assert "describes events but does not say what they mean for Noah Green (6)" in criterion.reasons[0]


def test_the_same_word_describing_the_child_is_an_impact():
    criterion, findings = analysis.evaluate(report({
        "involvement": ["04/06/2026 Noah was referred to the Family Wellbeing Service.",
                        "The shouting at home is harming Noah's wellbeing: he is anxious and tearful at school."],
    }, children=KIDS))
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-002" not in rules(findings)


def test_a_service_that_will_go_on_being_offered_is_a_plan_not_a_view():
    criterion, findings = analysis.evaluate(report({
        "analysis": [IMPACT, "Mum is warm with Noah; however the lateness continues.",
                     "The family will continue to be supported by the attendance officer."],
    }, children=KIDS))
    assert "RC-ANALYSIS-004" in rules(findings)
    assert "no professional view on the future safety of Noah Green (6)" in " ".join(criterion.reasons)


def test_a_harm_that_will_continue_to_be_suffered_is_a_view():
    criterion, findings = analysis.evaluate(report({
        "analysis": [IMPACT, "Mum is warm with Noah; however the lateness continues.",
                     "Without help Noah will continue to be exposed to the arguments and is likely to fall further "
                     "behind."],
    }, children=KIDS))
    assert "RC-ANALYSIS-004" not in rules(findings)


def test_a_contrast_in_the_narrative_is_not_a_weighing():
    criterion, findings = analysis.evaluate(report({
        "involvement": ["Mum was upset but calm and was able to get Noah dressed for school.",
                        "14/03/2026 Neighbour reported shouting; officers attended and found a broken window."],
        "analysis": [IMPACT, "In my view Noah is likely to fall further behind."],
    }, children=KIDS))
    assert "does not weigh the risks against strengths" in " ".join(criterion.reasons)


def test_the_same_contrast_where_the_form_asks_for_analysis_is_a_weighing():
    criterion, findings = analysis.evaluate(report({
        "analysis": [IMPACT, "Mum is able to get Noah to school on most days, but not on time.",
                     "In my view Noah is likely to fall further behind."],
    }, children=KIDS))
    assert criterion.status == "met", criterion.reasons


def test_a_denied_link_is_not_an_impact():
    criterion, findings = analysis.evaluate(report({
        "involvement": ["There are no weapons or previous call-outs linked to the flat.",
                        "03/03/2026 Noah seen at school, no marks."],
    }, children=KIDS))
    assert criterion.status == "not_met"
    assert criterion.reasons[0].startswith("The report describes events but does not say what they mean")


def test_a_weighing_word_beyond_a_plain_but_weighs_anywhere():
    criterion, findings = analysis.evaluate(report({
        "involvement": [IMPACT, "Mum is protective of Noah; nevertheless her own drinking has not stopped.",
                        "In my view Noah is likely to fall further behind."],
    }, children=KIDS))
    assert "RC-ANALYSIS-003" not in rules(findings)
