"""analysis: what is weighed and viewed must be about the child. Risks and strengths that never mention a child
(rent, repairs) are not an analysis for the child; a view on an adult alone (her mood, the risk to Mum) is not a
view on the child's future safety."""

from criteria_support import report
from reportcheck.check import check_text
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Ellis Doyle", age="8"), ChildFacts(name="Rosa Doyle", age="5")]
FAMILY = [Person(name="Ms Niamh Doyle", relation="mother")]
NO_VIEW = "no professional view on the future safety"


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS, family=FAMILY))


def rules(findings):
    return [f.rule for f in findings]


def test_arrears_weighed_against_repairs_with_no_child_in_the_analysis_is_not_met():
    criterion, findings = judge({"analysis": [
        "The landlord has concerns about the level of arrears and the overgrown garden.",
        "The garden has improved since the spring inspection, although the arrears are still rising.",
        "Ms Doyle remains on the transfer list.",
    ]})
    assert criterion.status == "not_met"
    assert rules(findings) == ["RC-ANALYSIS-001"]
    assert "does not say what they mean for Ellis Doyle (8) and Rosa Doyle (5)" in criterion.reasons[0]


def test_the_same_weighing_with_the_children_in_it_is_partial():
    criterion, findings = judge({"analysis": [
        "The landlord has concerns about the damp in the room the children share.",
        "The damp has improved since the fan was fitted, although the arrears are still rising.",
    ]})
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-001" not in rules(findings)


def test_worries_and_strengths_about_a_parent_count_when_the_children_are_in_them():
    criterion, findings = judge({
        "worries": ["Ms Doyle drinks most evenings, and the danger is Ellis and Rosa left at home with her then."],
        "strengths": ["Their grandmother lives two doors away and is a safe adult they go to."],
    })
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-001" not in rules(findings)


def test_a_view_on_the_mothers_mental_health_alone_is_no_view_on_the_childrens_safety():
    criterion, findings = judge({"analysis": [
        "Ellis and Rosa have missed 14 days of school this term, which means they are falling behind.",
        "Ms Doyle is warm with the children; however the absences continue.",
        "In my professional opinion Ms Doyle's mood is steadier than it was last year, which is encouraging.",
        "Even so I am concerned that the winter could have an effect on her recovery.",
    ]})
    assert criterion.status == "partial"
    assert rules(findings) == ["RC-ANALYSIS-004"]
    assert NO_VIEW in criterion.reasons[0]


def test_the_same_view_about_the_children_counts():
    criterion, findings = judge({"analysis": [
        "Ellis and Rosa have missed 14 days of school this term, which means they are falling behind.",
        "Ms Doyle is warm with the children; however the absences continue.",
        "In my professional opinion Ellis and Rosa are likely to fall further behind if nothing changes.",
    ]})
    assert criterion.status == "met", criterion.reasons
    assert any("likely to fall further behind" in e.quote for e in criterion.evidence)


def test_a_risk_graded_to_the_mother_is_not_a_view_on_the_children_but_to_them_it_is():
    base = ["Ellis and Rosa have missed 14 days of school this term, which means they are falling behind.",
            "Ms Doyle is warm with the children; however the absences continue."]
    criterion, findings = judge({"analysis": base + ["Police assess the risk to Ms Doyle as high."]})
    assert "RC-ANALYSIS-004" in rules(findings)
    criterion, findings = judge({"analysis": base + ["Police assess the risk to the children as high."]})
    assert criterion.status == "met", criterion.reasons


def test_a_view_naming_nobody_still_counts():
    criterion, findings = judge({"analysis": [
        "Ellis and Rosa have missed 14 days of school this term, which means they are falling behind.",
        "Ms Doyle is warm with the children; however the absences continue.",
        "In my view the risk will remain high until the drinking is addressed.",
    ]})
    assert criterion.status == "met", criterion.reasons


def test_their_after_a_parent_is_not_taken_for_the_parent():
    criterion, findings = judge({"analysis": [
        "Ellis and Rosa have missed 14 days of school this term, which means they are falling behind.",
        "Ms Doyle is warm with the children; however the absences continue.",
        "In my view their safety cannot be assured while this continues.",
    ]})
    assert criterion.status == "met", criterion.reasons


def test_an_agencys_view_without_the_article_is_a_view():
    criterion, findings = judge({"analysis": [
        "In nursery's view, Rosa is a child whose needs are not met, and this is affecting her speech.",
        "Ms Doyle is warm with Rosa; however the absences continue.",
    ]})
    assert "RC-ANALYSIS-004" not in rules(findings)


LETTER = """Dear Chair,

Re: Jayden Cole (DOB 02/02/2019), 4 Mill Lane

I have known Mr Cole for many years. He has a history of depression and was admitted to hospital in 2022.
{view}
However, I am worried that losing his job could affect his mood again.

Yours sincerely,
Dr A. Shah, GP
"""


def test_a_gps_letter_giving_a_view_only_on_the_fathers_health_is_partial():
    result = check_text(LETTER.format(view="In my opinion Mr Cole's depression is well controlled at present."))
    analysis_result = result.criteria["analysis"]
    assert analysis_result.status == "partial"
    assert any(NO_VIEW in r for r in analysis_result.reasons)


def test_a_gps_letter_giving_a_view_on_the_child_is_not_flagged_for_it():
    result = check_text(LETTER.format(
        view="In my opinion Jayden is safe in his care at present and his needs are met."))
    assert not any(NO_VIEW in r for r in result.criteria["analysis"].reasons)
