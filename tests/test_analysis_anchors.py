"""analysis: the ends of a scale the author defines ("where 0 means Noor will be hurt and 10 that she is safe")
say what the numbers mean, not how this child is: no harm, risk or strength of hers. The scaling's reasons, in the
score's sentence or the ones after it ("I have not gone lower because ..."), are the author's view; a bare worry
("5, as I am still worried about her") gives no reason."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Noor Aziz", age="12")]
WORRIES = {"worries": ["Noor has stopped eating at school and I am worried about her mood."],
           "strengths": ["Noor goes to her older cousin when home is hard and talks to her most days."]}
ANCHORED = ("On a scale where 0 means Noor will be seriously hurt and 10 means she is safe at home, I would put 5, "
            "as I am still worried about her.")


def judge(sections):
    criterion, findings = analysis.evaluate(report(sections, children=KIDS))
    return criterion, [f.rule for f in findings]


def test_a_scales_ends_are_no_harm_and_no_strength():
    criterion, rules = judge({**WORRIES, "scaling": [ANCHORED]})
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-003" in rules
    assert ANCHORED not in [e.quote for e in criterion.evidence]


def test_a_bare_worry_is_no_reason_for_a_score():
    criterion, rules = judge({"worries": ["Noor has stopped eating at school."], "scaling": [ANCHORED]})
    assert criterion.status == "not_met"
    assert rules == ["RC-ANALYSIS-001"]


def test_reasons_after_the_score_are_the_authors_view_of_her_safety():
    reasons = ["I have not gone lower because her cousin is a safe adult she trusts and Dad is working with me.",
               "I have not gone higher because she may put herself at risk when the arguments start again."]
    criterion, rules = judge({**WORRIES, "scaling": [ANCHORED] + reasons})
    assert criterion.status == "met", criterion.reasons
    assert reasons[0] in [e.quote for e in criterion.evidence]


def test_a_reason_outside_the_scaling_with_no_score_is_not_a_view():
    criterion, rules = judge({"worries": ["Noor has missed school since the move because of the bus.",
                                          "Her cousin is a safe adult, which means she has someone to turn to."]})
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-004"]
    assert "no professional view on the future safety of Noor Aziz (12)" in criterion.reasons[0]


def test_a_score_out_of_ten_is_not_a_scales_end():
    criterion, rules = judge({**WORRIES, "scaling": [
        "5 out of 10 is my scaling, because Noor is safe with her cousin but her weight is still falling."]})
    assert criterion.status != "not_met"
    assert "RC-ANALYSIS-004" not in rules


def test_a_child_putting_herself_at_risk_is_an_impact():
    criterion, rules = judge({"analysis": ["When the arguments start Noor leaves the house late at night and puts "
                                           "herself at risk; however her cousin now collects her."]})
    assert "RC-ANALYSIS-002" not in rules


def test_a_secure_attachment_is_a_strength_to_weigh():
    criterion, rules = judge({"worries": ["Noor has seen Dad push Mum, which means she is frightened at home."],
                              "strengths": ["Noor is securely attached to her mother."]})
    assert "RC-ANALYSIS-003" not in rules
    criterion, rules = judge({"worries": ["Noor has seen Dad push Mum, which means she is frightened at home."],
                              "strengths": ["Noor likes art."]})
    assert "RC-ANALYSIS-003" in rules
