"""A hospital's acute services (the emergency department, a hospital safeguarding team, an acute trust) are no listed
agency: signing as one is another agency ("other"), not an unnamed one; a listed role within the hospital keeps its
own agency, and a hospital visit told in the body names none."""

from __future__ import annotations

import pytest

from reportcheck.structure import analyse
from test_structure import HEADER, P8, report


@pytest.mark.parametrize("sign_off, evidence", [
    (["Nadia Okafor, Safeguarding Nurse, Emergency Department, Riverbend General Hospital"],
     "Safeguarding Nurse, Emergency Department, Riverbend General Hospital"),
    (["Tom Ellery", "Named Nurse, Hospital Safeguarding Team", "Northfield University Hospitals"],
     "Named Nurse, Hospital Safeguarding Team"),
    (["S. Hale, Sister, Accident and Emergency, 09/02/2026"], "S. Hale, Sister, Accident and Emergency, 09/02/2026"),
    (["Dr P. Lowe, Consultant in Emergency Medicine, Westmarsh Acute Trust"],
     "Dr P. Lowe, Consultant in Emergency Medicine, Westmarsh Acute Trust"),
])
def test_a_hospital_acute_service_sign_off_is_another_agency(sign_off, evidence):
    structure = analyse(report(P8, "heading", sign_off=sign_off))
    assert (structure.agency, structure.agency_evidence) == ("other", evidence)


@pytest.mark.parametrize("sign_off, agency", [
    (["J. Marsh, Safeguarding Midwife, Riverbend Acute Hospital"], "maternity"),
    (["Dr K. Osei, Consultant Paediatrician, Emergency Department"], "community_paediatrician"),
])
def test_a_listed_role_in_a_hospital_keeps_its_own_agency(sign_off, agency):
    assert analyse(report(P8, "heading", sign_off=sign_off)).agency == agency


def test_an_emergency_department_visit_in_the_body_names_no_agency():
    answer = "Mum took Ruby to the emergency department on 02/02/2026 and the hospital safeguarding team were told."
    structure = analyse(report(P8, "heading", header=HEADER, answers={1: answer}, sign_off=["J. Reed, 03/02/2026"]))
    assert (structure.agency, structure.agency_evidence) == ("unknown", None)
