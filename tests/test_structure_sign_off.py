"""A sign-off with letters after the name and the role in capitals ("Dr Amir Shah MBBS MRCGP General
Practitioner", no comma) closes the last section: it is not the author's answer to it. A line with a surname in
capitals that goes on as a sentence, or only names the parents, is no sign-off."""

from __future__ import annotations

import pytest

from reportcheck.check import check_text
from reportcheck.structure.detect import is_signature

REPORT = """# GP report to Initial Child Protection Conference

Child: Maisie Rowe (DOB 14/08/2019)

## Details of service involvement

Maisie has been registered with the practice since birth and was last seen on 02/04/2026.

## Child's views

Maisie showed me her plaster and said: "Daddy made me a den."

## Need identified and service provision

{plan}

Dr Amir Shah MBBS MRCGP General Practitioner
"""


@pytest.mark.parametrize(("line", "signed"), [
    ("Dr Amir Shah MBBS MRCGP General Practitioner", True),
    ("Dr Fiona Grey MBBS FRCPCH Consultant Community Paediatrician", True),
    ("Sarah Cole RGN Health Visitor", True),
    ("Gemma ROWE will attend the GP appointment.", False),
    ("Gemma ROWE and Luke ROWE", False),
])
def test_a_sign_off_with_letters_after_the_name(line, signed):
    assert is_signature(line) is signed


def test_the_sign_off_is_not_the_last_sections_answer():
    reasons = " ".join(check_text(REPORT.format(plan="N/A")).criteria["required_sections"].reasons)
    assert "'Need identified and service provision' is empty: it holds only the placeholder 'N/A'" in reasons


def test_an_answer_above_the_sign_off_still_answers_the_section():
    result = check_text(REPORT.format(plan="I will review Maisie at the surgery in six weeks."))
    assert next(s for s in result.sections if s.id == "plan").status == "present"


SPLIT_SIGN_OFF = """# GP report to Initial Child Protection Conference

Child: Maisie Rowe (DOB 14/08/2019)

## Details of service involvement

Maisie has been registered with the practice since birth and was last seen on 02/04/2026.

## Child's views

Maisie showed me her plaster and said: "Daddy made me a den."

## Need identified and service provision

{plan}

Priya Nandra RGN

Practice Nurse, Elm Tree Surgery

Countersigned by: Dr Lena Ward, Safeguarding Lead GP
"""


def test_a_name_alone_above_the_role_line_is_part_of_the_sign_off():
    result = check_text(SPLIT_SIGN_OFF.format(plan="N/A"))
    reasons = " ".join(result.criteria["required_sections"].reasons)
    assert "'Need identified and service provision' is empty: it holds only the placeholder 'N/A' " in reasons
    assert result.criteria["required_sections"].evidence[0].quote == "N/A"


@pytest.mark.parametrize("plan", ["Not Shared", "Jo Rowe"])  # the section's only answer is no sign-off
def test_the_sections_only_answer_above_the_sign_off_stays_its_answer(plan):
    result = check_text(SPLIT_SIGN_OFF.format(plan=plan))
    assert next(s for s in result.sections if s.id == "plan").status == "present"
