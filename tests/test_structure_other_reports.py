"""An answer that points the reader to other agencies' reports or people ("Please refer to health reports",
"See the reports from the school nurse", "Refer to education colleagues") holds nothing of the author's own: an
auditor reads it as a placeholder, as with "See above". A sentence that goes on to say what those reports show, or
the author's own referral of the family, stays content."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.structure import analyse
from test_structure import P8, report

HEALTH = 1  # position of "2. Child's health and development" in P8


def health(answer: str, layout: str = "heading"):
    structure = analyse(report(P8, layout, answers={HEALTH: answer}))
    return structure, structure.section("child_development")


@pytest.mark.parametrize("answer", [
    "Nothing held by probation - please see the health visiting reports.",
    "Refer to school reports.",
    "See the reports submitted by the GP and school nurse.",
    "No information held. Please refer to our health colleagues.",
    "Please refer to the report prepared by the community paediatrician.",
    "Not applicable to our service; see health professionals.",
])
@pytest.mark.parametrize("layout", ["heading", "form"])
def test_a_pointer_to_other_agencies_reports_is_a_placeholder(answer, layout):
    structure, section = health(answer, layout)
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer[:57]}...'"
                                                      if len(answer) > 60 else f"placeholder '{answer}'")
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message.startswith("Section 2 'Child's health and development' is empty: it holds only the "
                                      "placeholder '")
    assert finding.quote == answer


@pytest.mark.parametrize("answer", [
    "See the reports from the school, which show Kayden missed nine days this term.",  # what they show: content
    "Refer to the paediatric clinic for a growth review.",  # the author's referral of the child
    "We will refer Kayden to speech and language colleagues next week.",
    "Colleagues in the health visiting team report that he is meeting his milestones.",
    "Kayden's school reports describe him as tired and hungry on Mondays.",
])
def test_a_sentence_saying_what_others_found_or_a_referral_is_content(answer):
    structure, section = health(answer)
    assert section.status == "present"
    assert evaluate(structure)[0].status == "met"
