"""Facts: a relation in brackets after a name names that family member even when it says whose relation it is
("Josh Keane (father of both children)"); the father of someone else ("(father of her friend)") is not added."""

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
