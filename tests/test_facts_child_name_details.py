"""facts: details beside a child in a header field are not children or names: a school class in brackets is not a
known-as name ("Maya Stone (Reception)"), a room or flat number starts an address whose street and town follow ("Re:
Ms Jo Stone and family, Room 4, Ivy Lodge, Station Road, Leek"), and an unborn baby given only the family's surname
("unborn baby Stone-Adeyemi") has no name and is one baby with an "Unborn baby:" line."""

import pytest

from reportcheck import check_text
from reportcheck.structure.facts import parse_children


def _names(value):
    return [c.name for c in parse_children(value)]


@pytest.mark.parametrize("value, names", [
    ("Noah Stone (Year 3), DOB 01/03/2018; Maya Stone (Reception), DOB 12/12/2020", ["Noah Stone", "Maya Stone"]),
    ("Maya Stone (Nursery), DOB 12/12/2022", ["Maya Stone"]),
    ("Amelia (Millie) Stone (DOB 12/12/2019)", ["Amelia (Millie) Stone"]),  # a real known-as name stays
])
def test_a_school_class_in_brackets_is_not_a_known_as_name(value, names):
    assert _names(value) == names


@pytest.mark.parametrize("value", [
    "Ms Jo Stone and family, Room 4, Ivy Lodge, Station Road, Leek",
    "Ms Jo Stone and family, Flat 2b, Ashdown House, Leek",
])
def test_a_room_or_flat_number_starts_an_address_and_names_no_child(value):
    assert _names(value) == []


def test_a_child_before_a_flat_number_is_still_a_child():
    assert _names("Noah Stone (7), Flat 3, 12 Mill Lane, Leek") == ["Noah Stone"]


REPORT = """Report to Initial Child Protection Conference (pre-birth)
Children: Noah Stone (DOB 01/03/2018); unborn baby Stone-Adeyemi (EDD 30/04/2026)
Conference date: 16/03/2026

Health
Unborn baby: scans are normal and Jo attends every antenatal appointment.
"""


def test_an_unborn_baby_named_by_surname_only_is_one_nameless_baby():
    children = check_text(REPORT).facts.children
    assert [(c.name, c.unborn) for c in children] == [("Noah Stone", False), (None, True)]
    assert str(children[1].due_date) == "2026-04-30"


SCHOOL = """School report to Initial Child Protection Conference
Pupils: Noah Stone (Year 3), DOB 01/03/2018; Maya Stone (Reception), DOB 12/12/2020
Conference date: 16/03/2026

Child's views
Noah told me, "I like school because it is quiet here."
"""


def test_the_reason_names_the_child_without_her_class():
    reasons = check_text(SCHOOL).criteria["child_voice"].reasons
    assert any("Maya Stone (5)" in r for r in reasons), reasons
    assert not any("Reception" in r for r in reasons), reasons
