"""Headings the wording alone does not place are placed by the form itself: its numbering and its order."""

from reportcheck.parse import document_from_text
from reportcheck.structure import analyse

BODY = "On 10/11/2025 I saw Mia at home with her mother; the flat was cold and there was little food."


def sections_of(headings: list[str], fmt: str = "md") -> dict[str, str]:
    lines = ["# Nursery report to the Initial Child Protection Conference", "Child: Mia Ford (DOB 03/03/2021)", ""]
    for heading in headings:
        lines += [f"## {heading}", BODY, ""]
    structure = analyse(document_from_text("\n".join(lines), fmt=fmt))
    return {s.id: s.status for s in structure.sections}, structure


def test_numbered_headings_take_the_numbered_sections_of_the_form():
    status, structure = sections_of([
        "1. Details of service involvement", "2. Child's health and development",
        "3. How well the adults look after Mia", "4. Family and environmental factors",
        "5. Analysis of implications for the child's future safety", "6. What the grown-ups told us",
        "7. Child/ren's views", "8. What nursery will do next"])
    assert structure.template.id == "p8"
    assert status == {s: "present" for s in status}


def test_an_unplaced_heading_in_a_missing_sections_slot_is_placed_by_its_words():
    status, structure = sections_of([
        "Summary of agency involvement", "What are we worried about?", "What is working well?",
        "What needs to happen?", "What Mia has told and shown us", "Parent/carer views",
        "Where we are on the scale, from 0 to 10"])
    assert structure.template.id == "signs-of-safety"
    assert status["child_views"] == "present" and status["scaling"] == "present"


def test_a_heading_that_speaks_of_no_missing_section_stays_unplaced():
    status, _ = sections_of([
        "1. Details of service involvement", "2. Child's health and development",
        "3. Capacity of the parents/carers to safeguard and promote the child's welfare",
        "4. Family and environmental factors", "Miscellaneous remarks",
        "6. Parent/carer views", "7. Child/ren's views", "8. Need identified and service provision"])
    assert status["analysis"] == "missing"


def test_a_number_out_of_the_forms_order_is_not_forced():
    status, _ = sections_of([
        "1. Details of service involvement", "2. Child's health and development",
        "3. Capacity of the parents/carers to safeguard and promote the child's welfare",
        "4. Family and environmental factors", "5. Analysis of implications for the child's future safety",
        "6. Parent/carer views", "7. Child/ren's views", "2. Other matters"])
    assert status["plan"] == "missing"


def test_a_form_worded_its_own_way_is_recognised_by_order_and_meaning():
    status, structure = sections_of([
        "Our involvement", "Health and development", "How the adults care for Mia", "Home and family life",
        "What this means for Mia", "What the adults told us", "What Mia told us", "What happens next"])
    assert structure.template.id == "p8"
    assert structure.template.confidence < 1.0  # placed by order, not by the form's wording
    assert status == {s: "present" for s in status}


def test_a_letter_with_a_few_bold_lines_still_follows_no_form():
    _, structure = sections_of(["Re: Mia Ford", "Thank you for the invitation", "Yours sincerely"])
    assert structure.template.id == "none"
