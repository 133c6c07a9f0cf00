"""analysis: an area of the child's life only named ("below the expected range in her language development") records
where the child is; with no link to what it means, no view and nothing weighed the report is description (not_met).
Named beside a link, a view or a weighing it still counts as a thin impact."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Rosie Kent", age="3")]
TRACKED = ["Rosie's key worker records her progress each term.",
           "In the spring review she was below the expected level for speech and physical development.",
           "Her emotional wellbeing check is due in May."]
DIARY = ["04/02/26 - Rosie arrived in yesterday's clothes.", "11/02/26 - Collected an hour late."]


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


def test_an_area_only_named_among_dated_care_notes_is_no_analysis():
    criterion, findings = judge({"involvement": TRACKED, "worries": DIARY})
    assert criterion.status == "not_met", criterion.reasons
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]
    assert "describes events but does not say what they mean for Rosie Kent (3)" in criterion.reasons[0]
    assert criterion.evidence == []


@pytest.mark.parametrize("added", [
    "Being left in wet clothes and collected late has affected how settled Rosie is at nursery.",  # a link
    "I am worried that Rosie's speech will fall further behind without more support.",  # the author's own worry
])
def test_a_link_or_a_worry_beside_the_area_makes_a_thin_analysis(added):
    criterion, findings = judge({"involvement": TRACKED, "worries": DIARY + [added]})
    assert criterion.status == "partial", criterion.reasons
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]
    assert added in [e.quote for e in criterion.evidence]


def test_an_area_named_in_a_weighed_analysis_with_a_view_is_still_the_impact():
    area = "Rosie's development is behind for her age in speech."
    criterion, findings = judge({"analysis": [
        area,
        "However her grandmother is a safe adult who collects her twice a week.",
        "In my view Rosie will be safe if Mum accepts the parenting support offered."]})
    assert criterion.status == "met", criterion.reasons
    assert area in [e.quote for e in criterion.evidence]


def test_a_denied_area_links_nothing():
    criterion, findings = judge({"involvement": ["There are no worries about Rosie's development."],
                                 "worries": DIARY})
    assert criterion.status == "not_met", criterion.reasons
