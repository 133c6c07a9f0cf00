"""analysis: a risk tool's rating or a grading on record is the tool's verdict, not the author's weighed view."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Isla Ward", age="5"), ChildFacts(name="Finn Ward", age="2")]
FACTS = ["03/02/2026 Officers attended after a neighbour heard screaming.", "Mr Ward was arrested and bailed."]


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


@pytest.mark.parametrize("rating", [
    "DASH high risk (18 ticks).",
    "The call-out in February was assessed as high risk.",
    "Mr Ward has been graded as posing a medium risk to partners.",
    "His latest OASys review puts him at medium risk of serious harm to children.",
    "Mr Ward remains assessed as high risk to former partners.",  # the grading on record, restated
    "The household continues to be assessed as medium risk by the MARAC.",
    "Mr Ward is currently assessed as posing a high risk of serious harm to known adults.",  # the grading as it stands
    "Since the review Mr Ward is assessed as posing a medium risk to his partner.",
])
def test_a_tools_rating_under_the_analysis_heading_is_still_only_description(rating):
    criterion, findings = judge({"involvement": FACTS, "analysis": [rating, "The investigation continues."]})
    assert criterion.status == "not_met", criterion.reasons
    assert "describes events but does not say what they mean for Isla Ward (5) and Finn Ward (2)" in \
        criterion.reasons[0]


def test_the_agency_assessing_in_its_own_voice_gives_a_view():
    criterion, findings = judge({"involvement": FACTS, "analysis": [
        "Police assess the current risk to Isla and Finn as high because the assaults are getting worse."]})
    assert criterion.status == "partial"
    assert "no professional view" not in " ".join(criterion.reasons)
    assert criterion.evidence[0].quote.startswith("Police assess the current risk")


@pytest.mark.parametrize("view", [
    "The nursery's view is that Finn will keep being frightened at home unless the violence stops.",
    "It is the view of the school that Isla is not safe at home at present.",
])
def test_an_agencys_stated_view_is_a_view(view):
    criterion, findings = judge({"analysis": [
        "The shouting at night means Isla arrives at school exhausted and Finn has stopped eating well.",
        "Mum is protective and has moved the children to her sister's; however Mr Ward still knows the address.",
        view]})
    assert criterion.status == "met", criterion.reasons


def test_a_worry_denied_beside_a_strength_is_not_a_weighing():
    criterion, findings = judge({"analysis": [
        "There is no history of violence towards Isla or Finn.",
        "Mum has engaged well with the family support worker.",
        "In my view Isla and Finn are likely to stay safe with their mother."]})
    assert "does not weigh the risks against strengths" in " ".join(criterion.reasons)


def test_a_restated_grading_beside_compliance_and_dates_is_not_met_but_the_authors_assessment_counts():
    restated = ["Mr Ward is still assessed as medium risk to known adults.",
                "He has attended all supervision appointments and his licence ends on 14/09/2026."]
    criterion, findings = judge({"involvement": FACTS, "analysis": restated})
    assert criterion.status == "not_met", criterion.reasons
    assert criterion.evidence == []
    criterion, findings = judge({"involvement": FACTS, "analysis": restated + [
        "In my assessment the risk to Isla and Finn remains high while Mr Ward visits the home."]})
    assert criterion.status == "partial"
    assert criterion.evidence[0].quote.startswith("In my assessment the risk to Isla and Finn")


def test_an_adults_current_grading_with_a_hedged_line_and_a_supervision_plan_gives_no_view():
    """Trap: a probation letter's risk language is about the adult; supervising him is a plan, not a view."""
    criterion, findings = judge({"involvement": FACTS, "analysis": [
        "Mr Ward is currently assessed as posing a medium risk of serious harm to a partner and a low risk to "
        "children.",
        "The children may be affected by any arguments at home.",
        "Probation will continue to supervise Mr Ward and will act should the risk he poses increase."]})
    assert criterion.status == "partial", criterion.reasons
    assert "gives no professional view on the future safety of Isla Ward (5) and Finn Ward (2)" in \
        " ".join(criterion.reasons)
    assert [e.quote for e in criterion.evidence] == ["The children may be affected by any arguments at home."]


def test_the_author_judging_the_risk_now_is_still_a_view():
    criterion, findings = judge({"involvement": FACTS, "analysis": [
        "Mr Ward is currently assessed as posing a medium risk of serious harm to a partner.",
        "In my view Isla and Finn are likely to see further violence while he stays at the address."]})
    assert "no professional view" not in " ".join(criterion.reasons)
