"""Facts: a place named after "in", "at", "from" in a list of the household ("Mum, in a detox unit in Morecambe
(admitted 02/01/2026)") is no child, though a date sits beside it; child_voice then asks only after the children."""

import pytest

from reportcheck.check import check_text
from test_facts import facts_of

HOUSEHOLD = ("Household: Dean Price (DOB 22/03/1984), stepfather; Amy Price (DOB 05/05/1992), mother, {where}; "
             "Ruby Price (DOB 02/02/2019) and Leo Price (DOB 03/03/2021).")


@pytest.mark.parametrize("where", [
    "in a detox unit in Morecambe (admitted 02/01/2026)",
    "staying at Lancaster since 10/12/2025",
    "moved from Carlisle on 01/11/2025",
])
def test_a_place_in_the_household_line_is_no_child(where):
    facts = facts_of(HOUSEHOLD.format(where=where), "Conference date: 12/02/2026")
    assert [c.name for c in facts.children] == ["Ruby Price", "Leo Price"]


def test_child_voice_asks_after_the_children_only():
    report = "\n".join([
        "Report to Initial Child Protection Conference",
        HOUSEHOLD.format(where="in a detox unit in Morecambe (admitted 02/01/2026)"),
        "Conference date: 12/02/2026",
        "",
        "Child's views",
        'Ruby told me "I like it when Dean reads to me". Leo is two; he ran to Dean for a cuddle when I arrived.',
    ])
    voice = check_text(report).criteria["child_voice"]
    assert "Morecambe" not in " ".join(voice.reasons)


@pytest.mark.parametrize("line, expected", [
    ("Children: Ruby Price (DOB 02/02/2019), Leo Price (DOB 03/03/2021)", ["Ruby Price", "Leo Price"]),
    ("Re: Ruby Price (DOB 02/02/2019) and Leo Price (DOB 03/03/2021), 4 Mill Lane, Lancaster",
     ["Ruby Price", "Leo Price"]),
])
def test_children_listed_without_a_place_still_are(line, expected):
    assert [c.name for c in facts_of(line).children] == expected
