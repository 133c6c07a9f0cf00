"""facts: a header's "Parents:" field naming two people records both as adults of the family (mother and father
where a title says which), as a lone "Parent:" already did, so "her dad" or "Tanya's dad" after one of them is the
children's grandfather; a relation beside a name, "not known" or an address adds no parent of unknown relation."""

import pytest

from reportcheck import check_text

REPORT = """SCHOOL REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: Isla Rook (DOB 05/05/2017); Finn Rook (DOB 21/01/2020)
{parents}
Conference date: 12/03/2026
Date: 06/03/2026

4. FAMILY AND ENVIRONMENTAL FACTORS
{text}
"""


def _check(parents, text="Isla and Finn are settled in class."):
    return check_text(REPORT.format(parents=parents, text=text))


def _family(parents):
    return [(p.name, p.relation) for p in _check(parents).facts.family]


@pytest.mark.parametrize("parents, family", [
    ("Parents: Tanya Rook and Ian Rook", [("Tanya Rook", "parent"), ("Ian Rook", "parent")]),
    ("Parents: Tanya and Ian Rook", [("Tanya Rook", "parent"), ("Ian Rook", "parent")]),
    ("Parents/carers: Ms Tanya Rook (DOB 02/02/1990) & Mr Ian Rook (DOB 03/03/1988)",
     [("Tanya Rook", "mother"), ("Ian Rook", "father")]),
    ("Parents: Tanya ROOK / Ian WYLDE", [("Tanya ROOK", "parent"), ("Ian WYLDE", "parent")]),
])
def test_both_parents_of_the_field_are_recorded(parents, family):
    assert _family(parents) == family


@pytest.mark.parametrize("parents, family", [
    ("Parents: not known", []),
    ("Parents: Tanya Rook, 14 Mill Road, Derby", [("Tanya Rook", "parent")]),
    ("Parents: Tanya Rook (mother), Ian Rook (father)", [("Tanya Rook", "mother"), ("Ian Rook", "father")]),
])
def test_no_parent_is_made_of_an_address_or_of_not_known(parents, family):
    assert _family(parents) == family


def test_the_dad_of_either_named_parent_is_a_grandfather():
    text = "Tanya's dad, Bill Hughes, collects Isla and Finn on Fridays. Ian works away in the week; he drives a lorry."
    criterion = _check("Parents: Tanya Rook and Ian Rook", text).criteria["father_involvement"]
    assert criterion.status == "partial", criterion.reasons
    assert "Ian Rook" in criterion.reasons[0] and "Bill" not in criterion.reasons[0]


def test_a_titled_father_of_the_field_is_the_father_the_reason_names():
    criterion = _check("Parents: Ms Tanya Rook and Mr Ian Rook").criteria["father_involvement"]
    assert criterion.status == "partial", criterion.reasons
    assert "Ian Rook (father)" in criterion.reasons[0]
