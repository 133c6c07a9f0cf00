"""An answer that leaves the area to another agency ("Not known to us; the GP will provide this") or points the
reader to other agencies' reports or people ("Please refer to health reports", "Refer to education colleagues")
holds nothing of the author's own: an auditor reads it as a placeholder, as with "See above". What the author's
agency or others will do or did, what those reports show, and the author's own referral stay content."""

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
    "Not held by probation. Details of Kayden's health will be given by the school nurse.",
    "No information held. The health visitor is better placed to comment on this.",
    "The family's GP will be able to provide an update on this at conference.",
    "Information to be sought from the community paediatrician.",
    "Unknown to housing - this will be covered in the health visitor's report.",
    "Health are best placed to comment.",
    "Nothing held by probation - please see the health visiting reports.",
    "Refer to school reports.",
    "See the reports submitted by the GP and school nurse.",
    "No information held. Please refer to our health colleagues.",
    "Please refer to the report prepared by the community paediatrician.",
    "Not applicable to our service; see health professionals.",
])
@pytest.mark.parametrize("layout", ["heading", "form"])
def test_an_answer_left_to_another_agency_is_a_placeholder(answer, layout):
    structure, section = health(answer, layout)
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer[:57]}...'"
                                                      if len(answer) > 60 else f"placeholder '{answer}'")
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message.startswith("Section 2 'Child's health and development' is empty: it holds only the "
                                      "placeholder '")
    assert finding.quote == answer


@pytest.mark.parametrize("answer", [
    "Speech therapy will be provided by the children's centre from January.",  # a service, not information
    "Kayden's asthma review will be given priority by the GP.",
    "The GP will provide a letter confirming his diagnosis.",
    "Information about the bruise was provided by the school on 3/11.",  # what was given: a fact
    "Mum will comment on the plan at the core group.",
    "Not known to probation. Kayden's school says he is often hungry and tired on Mondays.",
    "See the reports from the school, which show Kayden missed nine days this term.",  # what they show: content
    "Refer to the paediatric clinic for a growth review.",  # the author's referral of the child
    "We will refer Kayden to speech and language colleagues next week.",
    "Colleagues in the health visiting team report that he is meeting his milestones.",
    "Kayden's school reports describe him as tired and hungry on Mondays.",
])
def test_a_short_answer_naming_what_others_do_or_did_is_content(answer):
    structure, section = health(answer)
    assert section.status == "present"
    assert evaluate(structure)[0].status == "met"
