"""analysis: a risk assessment's line under the analysis heading ("Risk to the children: none identified") says only
what follows its label's colon; the label names what the form asks about, not a risk the author sees."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Poppy Lane", age="5"), ChildFacts(name="Finn Lane", age="2")]


def judge(lines):
    return analysis.evaluate(report({"analysis": lines}, children=KIDS))


@pytest.mark.parametrize("lines", [
    ["Risk to the children: none identified."],
    ["Risk to Poppy and Finn: Mr Lane has never been violent towards them."],
    ["Risk to self: a cut to her wrist in 2020.", "Risks to others: not known.",
     "Risk of relapse: raised in winter; early signs are poor sleep and missed appointments."],
    ["Current risk to the children: low."],
])
def test_a_list_of_risk_labels_with_nothing_about_the_child_after_them_is_not_met(lines):
    criterion, findings = judge(lines)
    assert criterion.status == "not_met", criterion.reasons
    assert "does not say what they mean for Poppy Lane (5) and Finn Lane (2)" in criterion.reasons[0]
    assert criterion.evidence == []
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]


@pytest.mark.parametrize("line", [
    "Risk to the children: Poppy is at risk of neglect when Mr Lane stops his medication.",
    "Risk to the children: Finn is often left unsupervised, and I am worried about his safety near the road.",
])
def test_a_risk_to_the_child_stated_after_the_label_still_counts(line):
    criterion, findings = judge([line])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == line


def test_a_worry_under_a_plain_concerns_label_is_still_a_thin_analysis():
    """Trap: 'Concerns:' heads the author's own list of worries about the child, not a risk tool's category."""
    criterion, findings = judge(["Concerns: Poppy comes to school hungry and in the same clothes."])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote.startswith("Concerns: Poppy comes to school hungry")


def test_a_risk_said_to_fall_on_the_child_in_a_sentence_is_not_a_label():
    criterion, findings = judge(["The main risk to Finn is being left alone when Mr Lane is unwell: he is only two."])
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-002" not in [f.rule for f in findings]
