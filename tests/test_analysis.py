"""analysis: facts linked to impact, risks weighed against strengths, a view on future safety; not chronology."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ava Price", age="4")]

FULL = [
    "Ava's weight loss and missed appointments mean her health needs are going unmet, which places her at risk of "
    "significant harm.",
    "Mum is warm and attentive with Ava and has engaged well with the health visitor; however these strengths have "
    "not been enough to keep Ava's weight stable.",
    "In my professional opinion, without a child protection plan Ava is likely to continue to lose weight.",
]


def judge(paragraphs, section="analysis"):
    return analysis.evaluate(report({section: paragraphs}, children=KIDS))


def test_impact_weighing_and_view_is_met():
    criterion, findings = judge(FULL)
    assert criterion.status == "met", criterion.reasons
    assert findings == []
    assert criterion.evidence[0].location.section == "analysis"


def test_a_chronology_alone_is_not_met():
    criterion, findings = judge([
        "12/09/2025 Mum did not attend the appointment.",
        "19/09/2025 Ava seen in clinic, weight 14.2 kg.",
        "03/10/2025 Home visit, Mum present, Ava in nursery.",
    ], section="involvement")
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-ANALYSIS-001"
    assert "Ava Price (4)" in findings[0].message


def test_one_sided_analysis_is_partial():
    criterion, findings = judge([
        "Ava's weight loss means her health is being harmed and places her at risk of significant harm.",
        "In my view the risk to Ava is high and is likely to increase.",
        "I am concerned that Mum's drinking is having an impact on Ava's care.",
    ])
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-ANALYSIS-003"]


def test_no_view_on_future_safety_is_partial():
    criterion, findings = judge([
        "Ava's weight loss has had an impact on her energy at nursery.",
        "Mum is warm with Ava; however the concern about her weight remains.",
    ])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" in [f.rule for f in findings]


def test_the_analysis_is_read_across_the_whole_report():
    a = report({"involvement": FULL, "analysis": ["See above."]}, children=KIDS)
    criterion, _ = analysis.evaluate(a)
    assert criterion.status == "met"


def test_a_bare_opinion_with_nothing_linked_to_the_child_is_not_met():
    criterion, findings = judge([
        "03/10/2025 Home visit, Mum present.",
        "In my view a child protection plan is needed.",
    ], section="involvement")
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-ANALYSIS-001"


def test_base_form_impact_counts():
    criterion, _ = judge([
        "Living with shouting and fear can affect how a baby's brain develops.",
        "Mum is warm and attentive; however the arguments continue.",
        "In my professional opinion Ava is likely to be hurt by accident if this continues.",
    ])
    assert criterion.status == "met"


def test_a_signs_of_safety_danger_statement_and_scaling_give_the_view():
    a = report({"worries": ["Ava's weight loss means she is at risk of significant harm.",
                            "Worry statement: the health visitor is worried that if Mum keeps missing feeds Ava will "
                            "be hurt."],
                "strengths": ["Mum is warm and attentive with Ava."],
                "scaling": ["4 out of 10. It is not lower because Mum is engaging."]}, children=KIDS)
    criterion, _ = analysis.evaluate(a)
    assert criterion.status == "met"


@pytest.mark.parametrize("view", [
    "The health visiting service believes Ava is at risk of significant harm.",
    "The risk of future harm is assessed as high.",
    "Police assess the risk as medium.",
    "Ava's safety cannot be assured at present.",
])
def test_more_ways_of_giving_a_professional_view(view):
    criterion, findings = judge(["Ava's weight loss means her health is being harmed.",
                                 "Mum is warm and loving; however the concern about feeding remains.", view])
    assert criterion.status == "met", [f.rule for f in findings]


def test_a_thin_opinion_where_the_form_asks_for_analysis_is_partial():
    criterion, _ = judge(["Mum struggles at times and we are concerned."])
    assert criterion.status == "partial"


@pytest.mark.parametrize("thin", [
    "Ava's missed feeds may be linked to the family's money problems.",
    "Taken together, the late immunisations suggest that Ava's health needs are not always put first.",
    "If the family lose the flat, that would mean a move away from Ava's nursery.",
    "The main risk to Ava is that her weight keeps falling.",
    "Her frequent absences mean she is missing early learning.",
    "This pattern of missed feeds is typical of neglect.",
    "The risk is that Ava is left with adults who are not safe.",
    "Nursery remain concerned about Ava's presentation.",
])
def test_a_thin_or_hedged_statement_of_meaning_is_partial_not_not_met(thin):
    criterion, findings = judge(["Ava was weighed on 03/10/2025 and was 14.2 kg.", thin])
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]


def test_the_authors_own_concern_in_a_chronology_is_at_least_partial():
    criterion, findings = judge(["12/09/2025 Mum did not attend the appointment.",
                                 "I have some concerns about the missed appointments and Ava's weight."],
                                section="involvement")
    assert criterion.status == "partial"
    assert criterion.evidence[0].quote.startswith("I have some concerns")


def test_a_parents_quoted_worry_is_not_the_authors_analysis():
    criterion, findings = judge(["12/09/2025 Mum did not attend the appointment.",
                                 "Mum said: \"I am worried that my concern about her weight is being ignored.\""],
                                section="involvement")
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-ANALYSIS-001"


def test_bare_facts_under_the_worried_and_working_well_headings_are_not_a_weighing():
    a = report({"worries": ["03/12/2025 School reported Ava had head lice.", "21/01/2026 Home visit, house cluttered."],
                "strengths": ["Mum attended the appointment on 08/10/2025.", "Ava's immunisations are up to date."]},
               children=KIDS)
    criterion, findings = analysis.evaluate(a)
    assert criterion.status == "not_met"
    assert "describes events but does not say what they mean for Ava Price (4)" in criterion.reasons[0]


def test_a_worry_beside_a_strength_under_those_headings_is_a_weighing():
    a = report({"worries": ["Ava's weight loss means she is at risk of significant harm."],
                "strengths": ["Mum is warm and attentive with Ava."],
                "scaling": ["In my view Ava is likely to keep losing weight without help."]}, children=KIDS)
    criterion, findings = analysis.evaluate(a)
    assert "RC-ANALYSIS-003" not in [f.rule for f in findings]


def test_a_positive_drug_test_is_not_a_strength():
    criterion, findings = judge(["Dad's drug test was positive for cocaine, which places Ava at risk of neglect.",
                                 "In my view the risk to Ava is high."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-003" in [f.rule for f in findings]


def test_a_service_recommendation_in_the_plan_does_not_fill_out_a_one_sentence_analysis():
    a = report({"analysis": ["We are worried that the missed feeds may affect Ava's growth, although her "
                             "grandmother is a protective factor."],
                "plan": ["We recommend a referral to the dietitian."]}, children=KIDS)
    criterion, findings = analysis.evaluate(a)
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-ANALYSIS-005"]
    assert criterion.reasons == ["The analysis is brief: only one sentence says what the information means for "
                                 "Ava Price (4)."]


def test_my_view_as_the_professional_is_a_view():
    criterion, findings = judge(FULL[:2] + ["My view as the health visitor is that Ava will keep losing weight "
                                            "unless the feeding plan is followed."])
    assert criterion.status == "met", criterion.reasons


def test_a_parent_beginning_to_accept_help_is_weighed_against_the_risk():
    criterion, findings = judge(["Missed feeds mean Ava is at risk of neglect; however Mum has begun to accept help.",
                                 "In my view Ava is likely to stay safe if that help continues."])
    assert "RC-ANALYSIS-003" not in [f.rule for f in findings]


def test_refusing_help_is_not_a_strength():
    criterion, findings = judge(["Missed feeds mean Ava is at risk of neglect.",
                                 "Mum has not engaged with the health visitor and will not accept help.",
                                 "In my view Ava is likely to keep losing weight."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-003" in [f.rule for f in findings]


def test_harm_described_in_its_effects_is_weighed_against_a_strength():
    criterion, findings = judge([
        "Ava's poor attendance has left her behind in her speech and she is missing out on time with friends.",
        "Ava is closest to her grandmother, who collects her twice a week.",
        "Weighing these, our view is that Ava's development will keep suffering unless the improvement lasts.",
    ])
    assert criterion.status == "met", criterion.reasons


def test_criminal_damage_in_a_chronology_is_not_analysis():
    criterion, findings = judge(["04/09/2025 Dad arrested for criminal damage to a neighbour's car.",
                                 "11/09/2025 Dad released under investigation."], section="involvement")
    assert criterion.status == "not_met"


def test_a_question_asks_but_does_not_analyse():
    criterion, findings = judge(["What does this mean for Ava and what is the impact on her?",
                                 "03/10/2025 Ava seen in clinic."])
    assert criterion.status == "not_met"


def test_a_worry_about_the_child_in_the_analysis_section_is_a_thin_analysis():
    criterion, findings = judge(["Ava's weight loss and the missed feeds are a serious concern."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]


@pytest.mark.parametrize("line", [
    "12/09/2025 Nursery raised a concern about Ava's weight.",
    "There are no concerns about Ava at nursery.",
])
def test_a_dated_or_negated_concern_in_the_analysis_section_is_not_analysis(line):
    criterion, findings = judge([line, "19/09/2025 Ava seen in clinic."])
    assert criterion.status == "not_met"


def test_a_month_named_log_and_a_promise_to_keep_watching_are_not_analysis():
    """Trap: a chronology under the analysis heading, dated in words, and 'we will continue to monitor' (a plan)."""
    criterion, findings = judge([
        "February 2024 - first worry about Ava recorded by nursery staff after she arrived without breakfast.",
        "9 May 2024: Ava's key worker logged a further concern about her weight.",
        "Nursery will continue to monitor Ava and record any concerns.",
    ])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"


def test_a_prediction_that_a_harm_will_continue_is_still_a_view():
    criterion, _ = judge(FULL[:2] + ["Unless Mum engages, Ava will continue to lose weight, and we will continue to "
                                     "support the family."])
    assert "no professional view" not in " ".join(criterion.reasons)
    criterion, _ = judge(FULL[:2] + ["We will continue to support the family and visit weekly."])
    assert any("no professional view" in r for r in criterion.reasons)
