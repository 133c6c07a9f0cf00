"""Facts: a relation in brackets after a name names that family member even when it says whose relation it is
("Josh Keane (father of both children)", "(stepfather to Mia, father of Jack)", "(mother, 33)"); the father of someone
else ("(father of her friend)", "(father of Ms Keane)", "(father of Dawn)" where Dawn is an adult) is not added."""

import pytest

from test_facts import facts_of

CHILD = "Child: Lily Keane (DOB 02/02/2019)"


@pytest.mark.parametrize("line", [
    "Household: Amy Keane (mother); Josh Keane (father of both children); Lily Keane (DOB 02/02/2019)",
    "Parents: Amy Keane (mother), Josh Keane (dad to the baby)",
    "Josh Keane (father of the two children) lives at the family home.",
    "Josh Keane (father) lives at the family home.",
])
def test_a_father_named_before_his_relation_in_brackets(line):
    family = [(p.name, p.relation) for p in facts_of(CHILD, line).family]
    assert ("Josh Keane", "father") in family


@pytest.mark.parametrize("line", [
    "Josh Keane (father of her friend Mia) gives Lily lifts to school.",
    "Ron Price (father of Ms Keane) visits most days.",
])
def test_someone_elses_father_in_brackets_is_not_added(line):
    assert all(p.relation != "father" for p in facts_of(CHILD, line).family)


HEADER = ["Children: Mia Rowe (DOB 04/05/2012); Jack Tait (DOB 09/09/2017)",
          "Parents/carers: Dawn Tait (mother, 41), Gary Tait (stepfather to Mia, father of Jack)"]


def test_a_relation_in_brackets_naming_the_child_names_the_family_member():
    family = {(p.name, p.relation) for p in facts_of(*HEADER).family}
    assert {("Dawn Tait", "mother"), ("Gary Tait", "stepfather")} <= family  # and not read as Mia's or Jack's


@pytest.mark.parametrize("line", ["Ken Tait (father of Dawn) visits on Sundays.",
                                  "Ken Tait (father of Ms Tait) visits on Sundays."])
def test_a_relation_in_brackets_naming_an_adult_is_not_the_childs(line):
    family = {(p.name, p.relation) for p in facts_of(*HEADER, line).family}
    assert not any(name == "Ken Tait" and relation == "father" for name, relation in family)
