"""Facts: a "Household:" line lists the adults as well as the children, so only a date of birth, an age or an unborn
baby makes one of its names a child; a name read as a child is never a parent, so the mother and the stepfather named
in the header are no longer lost to father_involvement."""

import pytest

from reportcheck.check import check_text
from test_facts import facts_of

HEADER = ["Children: Mia Rowe (DOB 04/05/2012); Jack Tait (DOB 09/09/2017)",
          "Parents/carers: Dawn Tait (mother), Gary Tait (stepfather to Mia, father of Jack)"]


def _names(facts):
    return [c.name for c in facts.children]


def test_names_without_ages_in_a_household_line_are_not_children():
    facts = facts_of(*HEADER, "Household: Dawn, Gary, Mia and Jack. Mia's dad, Ross Rowe, lives in Hull.")
    assert _names(facts) == ["Mia Rowe", "Jack Tait"]


@pytest.mark.parametrize("line, expected", [
    ("Household: Dawn Tait (41), Mia Rowe (13), Jack Tait (8)", ["Mia Rowe", "Jack Tait"]),
    ("Household: Dawn Tait; Mia Rowe (DOB 04/05/2012); unborn baby (EDD 01/06/2026)", ["Mia Rowe", None]),
])
def test_children_with_ages_or_dates_in_a_household_line_still_are(line, expected):
    assert _names(facts_of(line)) == expected


REPORT = """School Nurse Report to Initial Child Protection Conference
Children: Mia Rowe (DOB 04/05/2012); Jack Tait (DOB 09/09/2017)
Parents/carers: Dawn Tait (mother), Gary Tait (stepfather to Mia, father of Jack)
Conference date: 20/03/2026

1. Details of service involvement
I have seen Mia at the school drop-in four times since January.

4. Family and environmental factors
Household: Dawn, Gary, Mia and Jack. Mia's birth father, Ross Rowe, has not seen her since 2020 and Dawn does not know
where he lives.

6. Parent/carer views
Gary (phone 02/03/2026): he said he wants Mia "to feel safe at home" and will come to the conference.
"""


def test_the_stepfather_heard_and_the_absent_father_explained_meet_the_criterion():
    criterion = check_text(REPORT).criteria["father_involvement"]
    assert criterion.status == "met", criterion.reasons
    quotes = " ".join(e.quote for e in criterion.evidence)
    assert "has not seen her since 2020" in quotes and "he said he wants Mia" in quotes


def test_the_stepfather_named_but_never_heard_is_partial():
    text = REPORT.replace('Gary (phone 02/03/2026): he said he wants Mia "to feel safe at home" and will come to the '
                          'conference.', "Dawn said she wants Mia home by nine.")
    criterion = check_text(text).criteria["father_involvement"]
    assert criterion.status == "partial"
    assert "Gary" in criterion.reasons[0] and "Ross" not in criterion.reasons[0]
