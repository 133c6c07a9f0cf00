"""Facts: details in brackets after a relation ("Kerry Walsh (mother, DOB 12/08/1996)") are hers, not a name: the
relative is the person named before the bracket, never "DOB"."""

import pytest

from test_facts import facts_of


@pytest.mark.parametrize("line, expected", [
    ("Household: Kerry Walsh (mother, DOB 12/08/1996) and Jack Walsh (DOB 01/01/2018).", ("Kerry Walsh", "mother")),
    ("Household: Ryan Cole (father, D.O.B. 19/06/1991); Jack Cole (DOB 01/01/2018).", ("Ryan Cole", "father")),
    ("Household: Jack Cole (DOB 01/01/2018). Mother: Amy Cole, DOB 02/02/1995.", ("Amy Cole", "mother")),
])
def test_the_relative_is_named_before_the_details(line, expected):
    family = [(p.name, p.relation) for p in facts_of(line, "Conference date: 12/02/2026").family]
    assert expected in family
    assert all(name.upper() not in ("DOB", "D.O.B.") for name, _ in family)
