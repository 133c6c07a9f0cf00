"""A section answered "Not applicable" because the author's service does not do this is a placeholder; one that is
not applicable because of the child's or family's situation (an unborn baby, a young child) is answered."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.structure import analyse
from test_structure import SIGNS_OF_SAFETY, report

CHILD_VIEWS, SCALING = 4, 6  # positions in SIGNS_OF_SAFETY


def answered(position: int, answer: str):
    structure = analyse(report(SIGNS_OF_SAFETY, "markdown", answers={position: answer}))
    return structure, structure.sections[position]


@pytest.mark.parametrize("answer", [
    "N/A - scaling is not something the probation service does.",
    "Not applicable: this team does not score cases.",
    "N/A \u2013 outside our remit.",
    "Not completed by the GP practice.",
    "Not done \u2014 the drug service does not use scaling.",
    "N/A. Housing do not scale risk.",
    "Not completed.",
])
def test_not_applicable_because_the_service_does_not_do_it_is_a_placeholder(answer):
    structure, section = answered(SCALING, answer)
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer}'")
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message.startswith(f"Section 'Scaling (0-10 and why)' is empty: it holds only the placeholder "
                                      f"'{answer}'")
    assert finding.quote == answer


def test_a_placeholder_reason_leaving_the_answer_to_conference_is_a_placeholder():
    answer = "N/A - the police give incident information only. It is for the conference to weigh the risk."
    structure, section = answered(SCALING, answer)
    assert section.status == "empty"
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial" and finding.quote == answer


@pytest.mark.parametrize("position, answer", [
    (CHILD_VIEWS, "Not applicable \u2013 the baby is due in February."),
    (CHILD_VIEWS, "Not appropriate given her age (3 months)."),
    (CHILD_VIEWS, "N/A - he refused to meet the school nurse."),  # the child's situation, though a service is named
    (CHILD_VIEWS, "Not applicable, Kai is 10 weeks old."),
    (SCALING, "Not done as a formal scale, but we would put things at 3 because dad has moved out."),
    (SCALING, "N/A - Mum and I agreed 4 out of 10."),
    (SCALING, "Not used by our service in the past, but today I would score 5: mum is now engaging."),
])
def test_not_applicable_for_the_familys_situation_or_with_an_answer_is_content(position, answer):
    structure, section = answered(position, answer)
    assert section.status == "present"
    assert evaluate(structure)[0].status == "met"
