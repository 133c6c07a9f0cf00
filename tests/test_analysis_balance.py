"""analysis: a police or youth-justice author weighs in their own words ("the protective factors do not reduce the
risk", "what is working well is outweighed by ..."), wherever in the report they write it; a narrative "but" joining
two observations still weighs nothing outside the analysis sections."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Keira Dunn", age="14")]
WORRIES = {"worries": [
    "Keira has been found twice in cars with adult men from Bradford, which means she is at risk of sexual "
    "exploitation.",
    "In my view the risk to Keira will grow over the summer holidays when she is less supervised."]}


def judge(sections):
    criterion, findings = analysis.evaluate(report(sections, children=KIDS))
    return criterion, [f.rule for f in findings]


def test_protective_factors_that_do_not_reduce_the_risk_are_weighed_in_the_summary():
    weighed = ("Her aunt in Leeds and her youth worker are protective adults for Keira, but they do not reduce the "
               "risk from the men who contact her online.")
    criterion, rules = judge({**WORRIES, "involvement": ["Officers have visited the home four times since May.",
                                                           weighed]})
    assert criterion.status == "met", criterion.reasons
    assert weighed in [e.quote for e in criterion.evidence]


def test_strengths_offset_by_the_danger_are_weighed():
    weighed = "Keira's regular attendance at college is a strength, though it is offset by the danger from the group."
    criterion, rules = judge({**WORRIES, "involvement": [weighed]})
    assert criterion.status == "met", criterion.reasons


def test_a_narrative_but_outside_the_analysis_weighs_nothing():
    criterion, rules = judge({**WORRIES, "involvement": [
        "Keira was frightened but safe when officers found her, and her aunt was supportive."]})
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-003"]
    assert any("does not weigh the risks against strengths" in r for r in criterion.reasons)


def test_a_plan_to_reduce_the_risk_is_not_a_weighing():
    criterion, rules = judge({**WORRIES, "plan": [
        "Police will complete disruption visits to reduce the risk, and her aunt is supportive."]})
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-003"]


def test_a_safety_denied_weighed_with_though_in_the_analysis_is_met():
    weighed = "Keira is not safe when she goes missing, though her aunt is a protective adult she trusts."
    criterion, rules = judge({**WORRIES, "analysis": [weighed]})
    assert criterion.status == "met", criterion.reasons
    assert weighed in [e.quote for e in criterion.evidence]


def test_no_suggestion_that_she_is_not_safe_is_no_risk():
    criterion, rules = judge({"analysis": [
        "There is no evidence that Keira is not safe at home, and her aunt is a protective adult she trusts."]})
    assert criterion.status == "not_met"
    assert rules == ["RC-ANALYSIS-001"]


def test_tired_though_happy_in_the_narrative_weighs_nothing():
    criterion, rules = judge({**WORRIES, "involvement": ["Keira was tired though safe when officers found her."]})
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-003"]


STRENGTHS = "There are real strengths: Keira's aunt is a protective adult and her attendance has improved."


def test_a_turn_opening_the_sentence_after_the_strengths_weighs_them():
    turn = "However, Keira still goes missing most weekends and will not say where she has been."
    criterion, rules = judge({"analysis": [WORRIES["worries"][1], STRENGTHS, turn]})
    assert criterion.status == "met", criterion.reasons
    assert turn in [e.quote for e in criterion.evidence]


def test_a_turn_after_a_plain_fact_or_in_another_section_weighs_nothing():
    turn = "However, Keira still goes missing most weekends."
    criterion, rules = judge({"analysis": [WORRIES["worries"][1], "Officers visited in May.", turn]})
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-003"]
    assert turn not in [e.quote for e in criterion.evidence]
    criterion, rules = judge({"analysis": [WORRIES["worries"][1]], "involvement": [STRENGTHS, turn]})
    assert rules == ["RC-ANALYSIS-003"]
    assert turn not in [e.quote for e in criterion.evidence]


def test_the_author_balancing_the_risk_against_named_strengths_weighs():
    weighed = ("I balance this against a family where Keira is otherwise well supported, with no previous "
               "concerns, good engagement from her mother and a protective aunt.")
    criterion, _ = judge({"analysis": [*WORRIES["worries"], weighed]})
    assert criterion.status == "met", criterion.reasons
    assert weighed in [e.quote for e in criterion.evidence]


def test_no_strength_after_the_balancing_words_weighs_nothing():
    criterion, _ = judge({"analysis": [*WORRIES["worries"],
                                       "I balance this against the little that is known about her father."]})
    assert criterion.status == "partial"
    assert any("weigh" in r for r in criterion.reasons)
