"""Facts: a header field that asks for the children's names with their dates of birth or ages names the children;
one asking the same of the parents does not."""

from datetime import date

import pytest

from test_facts import facts_of


@pytest.mark.parametrize("label", ["Name(s) and date(s) of birth of child(ren)", "Names and DOBs of the children",
                                   "Name and D.O.B. of child"])
def test_names_and_dates_of_birth_of_the_children(label):
    facts = facts_of(f"{label}: Ava Lee 02/04/2016; Max Lee 05/10/2019")
    assert [(c.name, c.dob) for c in facts.children] == [("Ava Lee", date(2016, 4, 2)), ("Max Lee", date(2019, 10, 5))]


def test_name_and_age_of_the_young_person():
    facts = facts_of("Name and age of young person: Kai Brennan, 15")
    assert [(c.name, c.age) for c in facts.children] == [("Kai Brennan", "15")]


@pytest.mark.parametrize("label", ["Names and dates of birth of parents", "Name and date of birth of mother"])
def test_the_parents_names_and_dates_of_birth_are_not_children(label):
    facts = facts_of(f"{label}: Jo Lee 11/03/1990", "Child: Ava Lee (DOB 02/04/2016)")
    assert [c.name for c in facts.children] == ["Ava Lee"]


@pytest.mark.parametrize("label", ["Sibling (also subject of conference)", "Sibling (also subject)",
                                   "Siblings also subject of this conference"])
def test_a_sibling_who_is_also_a_subject_child_is_a_child(label):
    facts = facts_of("Child: Ava Lee (DOB 02/04/2016)", f"{label}: Max Lee, DOB 05/10/2019")
    assert [(c.name, c.dob) for c in facts.children] == [("Ava Lee", date(2016, 4, 2)), ("Max Lee", date(2019, 10, 5))]


def test_a_sibling_who_is_not_a_subject_is_no_subject_child():
    facts = facts_of("Child: Ava Lee (DOB 02/04/2016)", "Sibling (not subject of conference): Jade Lee, DOB 01/02/2012")
    assert [c.name for c in facts.children] == ["Ava Lee"]
