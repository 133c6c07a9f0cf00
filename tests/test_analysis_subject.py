"""analysis: what is weighed must be about the child. Risks and strengths that never mention a child (rent, repairs)
are not an analysis for the child."""

from criteria_support import report
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
