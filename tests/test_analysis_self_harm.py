"""analysis: "she self-harmed" records what the child did; the harm's own word is not a link to its impact."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Maisie Todd", age="14")]


def judge(paragraphs):
    return analysis.evaluate(report({"analysis": paragraphs}, children=KIDS))


@pytest.mark.parametrize("act", [
    "Maisie self-harmed twice over the Easter holidays.",
    "She self harmed after the argument with her stepfather in April.",
    "Maisie self-harms when she is sent to her room, by her own account.",
])
def test_a_recorded_act_of_self_harm_in_a_narrative_is_not_analysis(act):
    criterion, findings = judge(["Maisie was seen at drop-in in March with headaches.", act,
                                 "She was referred to the emotional health service in May."])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"


def test_what_the_self_harm_means_for_her_is_still_a_link():
    link = "Maisie has self-harmed since the rows began, which means she has no safe way to cope at home."
    criterion, findings = judge(["Maisie was seen at drop-in in March.", link])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == link
    assert "does not say how the concerns affect" not in " ".join(criterion.reasons)


def test_harm_done_to_her_by_someone_else_is_still_an_impact():
    harm = "Maisie has been harmed by the way her stepfather speaks to her."
    criterion, _ = judge(["Maisie was seen at drop-in in March.", harm])
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote == harm
