"""A charity or voluntary service signing as itself is another agency ("other"), not one the report fails to name;
a charity mentioned in the body, or a statutory service that also names a charity, is not it."""

from __future__ import annotations

import pytest

from reportcheck.structure import analyse
from test_structure import HEADER, P8, report


@pytest.mark.parametrize("sign_off, evidence", [
    (["Priya Nair, Family Link Worker (Brightway Trust, registered charity no. 1098765)"],
     "Priya Nair, Family Link Worker (Brightway Trust, registered charity no. 1098765)"),
    (["Tom Acre", "Young Carers Support Worker", "Riverside Carers Centre"], "Young Carers Support Worker"),
    (["K. Byrne, Project Lead, Harbour Lights (a local voluntary organisation)"],
     "K. Byrne, Project Lead, Harbour Lights (a local voluntary organisation)"),
    (["Signed: D. Mensah, Mentor, Step Up Youth Charity, 04/03/2026"],
     "D. Mensah, Mentor, Step Up Youth Charity, 04/03/2026"),
])
def test_a_charity_or_voluntary_sign_off_is_another_agency(sign_off, evidence):
    structure = analyse(report(P8, "heading", sign_off=sign_off))
    assert (structure.agency, structure.agency_evidence) == ("other", evidence)


@pytest.mark.parametrize("sign_off, agency", [
    (["A. Cole, Family Support Worker, Early Help (working with the young carers service)"], "early_help"),
    (["R. Patel, Class Teacher, Millbrook Primary School (academy trust and exempt charity)"], "school_primary"),
])
def test_a_statutory_service_naming_a_charity_keeps_its_own_agency(sign_off, agency):
    assert analyse(report(P8, "heading", sign_off=sign_off)).agency == agency


def test_a_charity_named_in_the_body_names_no_agency():
    answer = "Mum has been referred to a local charity and the young carers project for Ruby."
    structure = analyse(report(P8, "heading", header=HEADER, answers={8: answer}, sign_off=["J. Reed, 03/02/2026"]))
    assert (structure.agency, structure.agency_evidence) == ("unknown", None)
