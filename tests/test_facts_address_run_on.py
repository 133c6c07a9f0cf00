"""Facts: a PDF joins a letter's lines, so the address after the "Re:" line runs on straight after the last child's
date of birth with no comma; the street was taken for that child (with her date of birth) and the child was lost."""

from datetime import date

import pytest

from reportcheck.check import check_text
from reportcheck.structure.facts import parse_children

RE_LINE = "Re: Noah PRICE, DOB 11/06/2020, and Evie PRICE, DOB 02/12/2024 {address} Initial Child Protection Conference"
LETTER = """Hillview Surgery
Date: 3 March 2026
""" + RE_LINE + """, 9 March 2026

Dear Chair,

Noah was seen on 2 February 2026 with a chest infection. Evie is up to date with her immunisations.

Yours sincerely,

Dr Amir Shah
GP
"""


@pytest.mark.parametrize("address", ["7 Linden Way, Corby, NN17 2QT", "112a Station Road, Corby",
                                     "7 Upper Linden Close,"])
def test_an_address_run_on_after_a_childs_date_of_birth_is_no_child(address):
    result = check_text(LETTER.format(address=address))
    assert [(c.name, c.dob) for c in result.facts.children] == [("Noah PRICE", date(2020, 6, 11)),
                                                                ("Evie PRICE", date(2024, 12, 2))]
    reasons = " ".join(result.criteria["child_voice"].reasons)
    assert "Evie PRICE (15 months)" in reasons and "Linden" not in reasons and "Station" not in reasons


@pytest.mark.parametrize("value, children", [
    # a surname that is also a street word, with no house number before it, is still the child's
    ("Jade Court (DOB 01/02/2019) and Kai Court (DOB 03/04/2021)", ["Jade Court", "Kai Court"]),
    ("Ruby Hill (7), Jade Hill (5), 3 Beacon Rise, Stafford", ["Ruby Hill", "Jade Hill"]),
    # an age, then a name, with no street word: nothing is cut
    ("Ruby Hall, DOB 02/04/2016 and Cody Hall (2)", ["Ruby Hall", "Cody Hall"]),
])
def test_a_name_with_a_street_word_but_no_house_number_is_still_a_child(value, children):
    assert [c.name for c in parse_children(value)] == children
