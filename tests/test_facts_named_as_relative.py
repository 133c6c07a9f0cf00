"""facts: a person named first and then said to be the child's relative ("Stacey Holt (22) is the children's mother",
"Dean Kerr is Ruby's dad") is that family member, as "Sarah Hall (mother)" already was; "Keith Holt is Stacey's
father" (an adult's relative) and a non-family role ("was the children's childminder") add no one."""

import pytest

from reportcheck import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Ruby Lane (DOB 01/01/2019); Theo Lane (DOB 02/02/2022)
Conference date: 10/03/2026

Family and environmental factors
{text}
"""


def _family(text):
    return [(p.name, p.relation) for p in check_text(REPORT.format(text=text)).facts.family]


@pytest.mark.parametrize("text, person", [
    ("Kayleigh Lane (24) is the children's mother. She works nights.", ("Kayleigh Lane", "mother")),
    ("Marcus Dyer is Ruby's dad and lives in Hull.", ("Marcus Dyer", "father")),
    ("Marcus Dyer was the baby's father.", ("Marcus Dyer", "father")),
])
def test_a_name_said_to_be_the_childs_relative_is_recorded(text, person):
    assert person in _family(text)


@pytest.mark.parametrize("text", [
    "Keith Lane is Kayleigh's father and helps with the school run.",
    "Joanne Platt was the children's childminder until May.",
])
def test_an_adults_relative_or_a_role_adds_no_parent(text):
    assert not any(relation in ("mother", "father") for _, relation in _family(text))


def test_the_mother_so_named_is_not_taken_for_a_father_or_a_child():
    result = check_text(REPORT.format(text="Kayleigh Lane (24) is the children's mother. Kayleigh said: \"I cope.\""))
    assert [c.name for c in result.facts.children] == ["Ruby Lane", "Theo Lane"]
    assert result.criteria["father_involvement"].status == "not_met"
