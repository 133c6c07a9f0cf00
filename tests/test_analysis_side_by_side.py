"""analysis: an analysis section that only restates the contacts (a harm named, an improvement reported) says nothing
of what they mean for the child: not_met. A worry voiced, a sentence that weighs, or a form's worries and strengths
sections still make at least a thin analysis."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Kian Lowe", age="10"), ChildFacts(name="Maya Lowe", age="4")]
RESTATED = ["Kian has come to clinic three times this year with headaches, poor sleep and self-harm.",
            "Maya has missed two hearing appointments and has had impetigo twice.",
            "Their aunt reports some improvement in Kian's sleep.",
            "The school nursing team will continue to offer support to both children."]


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


def test_contacts_restated_with_a_harm_named_and_an_improvement_reported_are_no_analysis():
    criterion, findings = judge({"analysis": RESTATED})
    assert criterion.status == "not_met", criterion.reasons
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]
    assert "describes events but does not say what they mean for Kian Lowe (10) and Maya Lowe (4)" in \
        criterion.reasons[0]
    assert criterion.evidence == []


@pytest.mark.parametrize("added", [
    "These are serious concerns for Kian's emotional health.",  # a worry voiced about the child
    "Although his sleep is better, the self-harm has not stopped and no adult at home has noticed it.",  # weighed
])
def test_a_worry_voiced_or_a_weighing_sentence_is_a_thin_analysis(added):
    criterion, findings = judge({"analysis": RESTATED + [added]})
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]
    assert added in [e.quote for e in criterion.evidence]


def test_a_forms_worries_and_strengths_sections_are_set_against_each_other():
    criterion, findings = judge({"worries": ["Kian has cut his arms twice since the summer; the harm is to Kian."],
                                 "strengths": ["His aunt is a safe adult for Kian and Maya and visits every day."]})
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]
