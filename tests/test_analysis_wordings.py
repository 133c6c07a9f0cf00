"""analysis: how practitioners write it. A hedged professional opinion that weighs both sides is met; a bare list of
concerns, generic statements that fit any child and a chronology said again are not an analysis of this child."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Maisie Lowe", age="7")]


def judge(paragraphs):
    criterion, findings = analysis.evaluate(report({"analysis": paragraphs}, children=KIDS))
    return criterion, [f.rule for f in findings]


def test_a_hedged_opinion_weighed_on_balance_is_met():
    criterion, rules = judge([
        "It is my professional opinion that Maisie is likely to suffer significant harm if the drinking continues.",
        "On balance, although Mum loves Maisie and gets her to school, her drinking leaves Maisie caring for herself "
        "most evenings.",
    ])
    assert criterion.status == "met", criterion.reasons
    assert "It is my professional opinion" in criterion.evidence[0].quote


def test_a_list_of_concerns_with_no_conclusion_is_partial():
    criterion, rules = judge(["Concerns: Mum's drinking.", "Concerns: missed GP appointments.",
                              "Concerns: Maisie arriving hungry."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" in rules
    assert any("does not say how the concerns affect Maisie Lowe (7)" in r for r in criterion.reasons)


def test_generic_statements_that_fit_any_child_are_partial():
    criterion, rules = judge(["All children need safe and stable homes.",
                              "Children who live with parental alcohol misuse can be affected in many ways."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" in rules


def test_the_chronology_said_again_under_the_analysis_heading_is_not_met():
    criterion, rules = judge(["As above, Mum missed two appointments in March and Maisie was late on 12 days.",
                              "Mum attended the meeting in April."])
    assert criterion.status == "not_met"
    assert rules == ["RC-ANALYSIS-001"]


def test_a_prediction_about_mums_drinking_alone_is_not_a_view_on_maisie():
    criterion, rules = judge(["Maisie is often hungry, which is affecting her concentration.",
                              "Although Mum is warm, the drinking continues.",
                              "On balance I think Mum is unlikely to stop drinking without treatment."])
    assert criterion.status == "partial"
    assert rules == ["RC-ANALYSIS-004"]
