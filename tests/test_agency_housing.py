"""A housing author's agency, however a council's housing team or a social landlord signs: the team's name, the
officer's designation or the landlord's own name; a care or foster home, or housing named in the body, is not it."""

from __future__ import annotations

import pytest

from reportcheck.structure import analyse
from test_structure import HEADER, P8, report


@pytest.mark.parametrize("sign_off, evidence", [
    (["Yours sincerely,", "Alex Rowe", "Temporary Accommodation Officer", "Brookfield District Council"],
     "Temporary Accommodation Officer"),
    (["Hannah Obi, Housing Solutions Adviser, Westmere Borough Council"],
     "Hannah Obi, Housing Solutions Adviser, Westmere Borough Council"),
    (["Signed: R. Kaur, Lettings Officer, 02/02/2026"], "R. Kaur, Lettings Officer, 02/02/2026"),
    (["Lee Dunn", "Income Recovery Officer", "Greystone Homes"], "Greystone Homes"),
    (["Sam Lee, Estate Officer, Parkside Housing Trust"], "Sam Lee, Estate Officer, Parkside Housing Trust"),
    (["M. Ellis, on behalf of the Housing Needs Team"], "M. Ellis, on behalf of the Housing Needs Team"),
])
def test_a_housing_sign_off_names_housing(sign_off, evidence):
    structure = analyse(report(P8, "heading", sign_off=sign_off))
    assert (structure.agency, structure.agency_evidence) == ("housing", evidence)


def test_a_social_landlords_name_in_the_title_names_housing():
    header = ["Castlegate Housing - Tenancy Services", *HEADER]
    structure = analyse(report(P8, "heading", header=header, sign_off=["J. Moss"]))
    assert (structure.agency, structure.agency_evidence) == ("housing", "Castlegate Housing - Tenancy Services")


@pytest.mark.parametrize("sign_off, agency", [
    (["Jo Reed, Registered Manager, Maple Care Homes"], "unknown"),
    (["Dee Hall, Supervising Social Worker, Brook Foster Homes"], "social_worker"),
    (["Dr I. Shah, visiting patients in their homes, 27/01/2026"], "unknown"),
])
def test_a_care_or_foster_home_is_no_housing_provider(sign_off, agency):
    assert analyse(report(P8, "heading", sign_off=sign_off)).agency == agency


def test_temporary_accommodation_as_the_familys_address_or_housing_in_the_body_names_no_agency():
    header = [*HEADER, "Address: Room 4, Priory House (temporary accommodation)"]
    answer = "I have asked the housing options team and Eastgate Housing to look at a move for the family."
    structure = analyse(report(P8, "heading", header=header, answers={7: answer}, sign_off=["J. Reed, 03/02/2026"]))
    assert (structure.agency, structure.agency_evidence) == ("unknown", None)
