"""Answers that only say where the answer is, or that there is nothing yet: an auditor reads them as placeholders.
Short answers of the author's own, even when worded with the same verbs, stay content."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.structure import analyse
from test_structure import SIGNS_OF_SAFETY, report

PARENT_VIEWS = 5  # position of "Parent/carer views" in SIGNS_OF_SAFETY


def parent_views(answer: str):
    structure = analyse(report(SIGNS_OF_SAFETY, "markdown", answers={PARENT_VIEWS: answer}))
    return structure, structure.section("parent_views")


@pytest.mark.parametrize("answer", [
    "As above - both parents' views are in the summary.",
    "Dad's views are recorded in the summary of involvement.",
    "Their views are set out in section 2 above.",
    "Mr and Mrs Lowe's views are as stated above.",
    "Covered under the worries.",
    "Included in the chronology above.",
    "Already addressed.",
    "Her views are given throughout this report.",
    "Please refer to the summary above.",
    "See 'What is working well?' above.",
    "Please see the health visitor's assessment.",  # left to another agency's assessment
    "Refer to the CAMHS assessment.",
    "See the parenting assessment by the family centre.",
])
def test_an_answer_that_points_elsewhere_is_a_placeholder(answer):
    structure, section = parent_views(answer)
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer}'")
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message.startswith(f"Section 'Parent/carer views' is empty: it holds only the placeholder "
                                      f"'{answer}'")
    assert finding.quote == answer


@pytest.mark.parametrize("answer", ["Nil known.", "N/K", "Unknown at present.", "Information not held.",
                                    "TBC at conference.", "To be discussed at conference.",
                                    "Awaiting a response from dad.", "Pending.",
                                    "N/A - the school does not hold this information.",
                                    "Probation hold no information on this.", "We held no information.",
                                    "Our service holds no records about the family.",
                                    "The surgery holds no details of dad."])
def test_nothing_yet_is_a_placeholder(answer):
    structure, section = parent_views(answer)
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer}'")
    assert evaluate(structure)[0].status == "partial"


@pytest.mark.parametrize("answer", [
    "Mum is in agreement with the concerns.",  # "is in" a state, not in a part of the report
    "Mum is worried about the matters recorded above.",
    "Mr Lowe's account was given under caution on 12/11/2025.",
    "Their views were discussed at the core group on 14/11.",
    "Dad's views are in the summary; he also told me he wants Ruby home by Christmas.",
    "Pending her detox, mum has agreed not to drive the children.",
    "Unknown adults call at the flat late at night, mum says.",
    "Dad does not hold parental responsibility and has not been told.",
    "Mum has not been spoken to for this report.",  # no views, but the author's own statement, as auditors read it
    "Dad holds no parental responsibility for Ruby.",
    "Mum says she holds no grudge against the school.",
    "The nursery holds no information about dad, but Ruby says he collects her on Fridays.",
    "We hold no information on dad. Mum told me on 3/11 she wants him to see Ruby again.",
    "Mum would like to see the psychologist's assessment before conference.",
    "Dad has seen the school's assessment.",
    "Mum has asked to see the assessment and says she disagrees with all of it.",
])
def test_a_short_answer_of_the_authors_own_is_content(answer):
    structure, section = parent_views(answer)
    assert section.status == "present"
    assert evaluate(structure)[0].status == "met"


@pytest.mark.parametrize("answer", ["Mother:\n\nFather:", "**Mum's view:**\n\n**Dad's view:**", "Carer -"])
def test_labels_left_without_answers_are_blank(answer):
    structure, section = parent_views(answer)
    assert (section.status, section.empty_reason) == ("empty", "blank")
    criterion, [finding] = evaluate(structure)
    assert finding.message == ("Section 'Parent/carer views' is empty: nothing is written under the heading "
                               "(page 1, paragraph 15).")  # the first empty label


@pytest.mark.parametrize("answer", ["Mother: N/A\n\nFather: not known.", "Mum: see above. Dad: nil known."])
def test_a_placeholder_after_a_persons_label_is_a_placeholder(answer):
    structure, section = parent_views(answer)
    assert section.status == "empty" and section.empty_reason.startswith("placeholder")
    assert evaluate(structure)[0].status == "partial"


@pytest.mark.parametrize("answer", ["Mother:\n\nShe wants Zac home by Christmas.", "Mum said: no.",
                                    "Asked whether she agreed with the plan, Mum replied: no.",
                                    "Mother: wants help.\n\nFather: not known."])
def test_a_label_with_the_authors_answer_is_content(answer):
    structure, section = parent_views(answer)
    assert section.status == "present"
    assert evaluate(structure)[0].status == "met"

