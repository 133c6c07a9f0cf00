"""A section answered only by a placeholder ("See above.") is still unanswered when a closing note on the report
itself follows it ("A copy of this report was emailed to both parents ..."): the note is about the report, not the
section. Something the section asks for after the placeholder still answers it, and in a section about sharing
the report the note is the answer."""

from __future__ import annotations

import pytest

from reportcheck.check import check_text

HEADER = """# GP report to Initial Child Protection Conference

Child: Maisie Rowe (DOB 14/08/2019)
Date of conference: 20/04/2026

"""
SECTIONS = [
    ("1. Details of service involvement", "Maisie has been registered with the practice since birth."),
    ("2. Child's health and development", "Maisie is well grown and her immunisations are up to date."),
    ("3. Capacity of the parents/carers to safeguard and promote the child's welfare",
     "Her mother Gemma and father Luke bring her to every appointment and follow advice."),
    ("4. Family and environmental factors", "The family live in a rented house near the surgery."),
    ("5. Analysis of implications for the child's future safety, health and development",
     "Gemma's low mood is a risk to Maisie's care when it dips, but Luke shares the care and I think she is safe. "
     "I recommend a referral to the perinatal team and a review at the surgery in six weeks."),
    ("6. Parent/carer views", "Gemma said she wants help with her mood; Luke said he is worried about her."),
    ("7. Child/ren's views", "Maisie showed me her plaster and said: \"Daddy made me a den.\""),
]
SIGN_OFF = "Dr Amir Shah MBBS MRCGP General Practitioner"


def report(*plan: str, sign_off: str = SIGN_OFF) -> str:
    body = "".join(f"## {title}\n\n{text}\n\n" for title, text in SECTIONS)
    return HEADER + body + "## 8. Need identified and service provision\n\n" + "\n\n".join(plan) + f"\n\n{sign_off}\n"


def required(text: str):
    return check_text(text).criteria["required_sections"]


@pytest.mark.parametrize("note", [
    "A copy of this report was emailed to Gemma and Luke on 15/04/2026 and they agree with it.",
    "I went through my findings with both parents on 16/04/2026. They do not agree with all of it.",
    "This report has been shared with Gemma and Luke at the surgery.",
])
def test_a_placeholder_then_a_note_on_the_reports_sharing_leaves_the_section_unanswered(note):
    criterion = required(report("See above.", note))
    assert criterion.status == "partial"
    assert criterion.reasons[0].startswith("Section 8 'Need identified and service provision' is empty: it holds "
                                           "only the placeholder 'See above.'")
    assert [e.quote for e in criterion.evidence] == ["See above."]


def test_what_the_section_asks_for_after_the_placeholder_answers_it():
    text = report("See above.", "I will also refer Maisie to the community paediatrician for her sleep.",
                  "A copy of this report was emailed to Gemma and Luke on 15/04/2026.")
    assert required(text).status == "met"


def test_a_note_on_the_report_with_no_placeholder_before_it_is_left_as_the_answer():
    assert required(report("A copy of this report was emailed to Gemma and Luke on 15/04/2026.")).status == "met"


SIGNS_OF_SAFETY = """# School report to Initial Child Protection Conference

Child: Maisie Rowe (DOB 14/08/2019)

## Summary of agency involvement

Maisie has attended Brook Lane Primary since Reception.

## What are we worried about?

Maisie has been late on twelve mornings and twice came in without a coat in the rain.

## What is working well?

Luke walks her in on his days off and she is always fed.

## What needs to happen?

School will offer breakfast club and a weekly check-in with her teacher.

## Child's views

Maisie said: "I like breakfast club because my friend goes."

## Parent/carer views

Gemma said she wants mornings to be calmer; Luke said he can do more school runs.

## Scaling

School would scale at 6 out of 10 because breakfast club has started.

## Report shared with the family

See above.

A copy of this report was given to Gemma and Luke at the school gate on 15/04/2026.

Mrs P. Okafor, Designated Safeguarding Lead, 16/04/2026
"""


def test_in_a_section_about_sharing_the_report_the_note_is_its_answer():
    result = check_text(SIGNS_OF_SAFETY)
    assert result.template.id == "signs-of-safety"
    assert result.criteria["required_sections"].status == "met", result.criteria["required_sections"].reasons
