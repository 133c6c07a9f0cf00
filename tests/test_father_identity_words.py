"""Father names: an ethnicity, nationality, language or religion written between a man's name and "father" ("Ryan
Cole (DOB ...), Black Caribbean, father of Ellie") is no person; the father is the man named before it, so the sharing
check asks after him, not after "Black Caribbean". A surname that is also such a word ("Dean White") is still a
name."""

import pytest

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Ellie Cole (DOB 04/04/2019)
Conference date: 12/05/2026
Report date: 06/05/2026

Family and household
Jade Marsh (mother, DOB 02/02/1995), White British. {father}

Parent/carer views
Ms Marsh told me she wants Ellie to stay at home. {first} told me he wants to help with the school run.

Report shared with parents
{shared}
"""


def _check(father, first, shared):
    return check_text(REPORT.format(father=father, first=first, shared=shared))


@pytest.mark.parametrize("father, first, full", [
    ("Ryan Cole (DOB 19/06/1991), Black Caribbean, father of Ellie.", "Ryan", "Ryan Cole"),
    ("Tomasz Nowak (DOB 19/06/1991), Polish, Catholic, Ellie's father.", "Tomasz", "Tomasz Nowak"),
    ("Dean White (DOB 19/06/1991), White Irish, father of Ellie.", "Dean", "Dean White"),
])
def test_the_father_is_the_man_before_his_identity(father, first, full):
    result = _check(father, first, "Shared with Ms Marsh at home on 05/05/2026.")
    sharing = result.criteria["shared_with_parents"]
    assert sharing.status == "partial"
    assert full in " ".join(sharing.reasons)
    assert "Caribbean" not in " ".join(sharing.reasons) and "Polish" not in " ".join(sharing.reasons)
    assert result.criteria["father_involvement"].status == "met"


def test_shared_with_him_by_name_is_met():
    father = "Ryan Cole (DOB 19/06/1991), Black Caribbean, father of Ellie."
    shared = "Shared with Ms Marsh at home on 05/05/2026 and with Ryan Cole by phone on 05/05/2026."
    assert _check(father, "Ryan", shared).criteria["shared_with_parents"].status == "met"


def test_a_surname_like_an_identity_word_is_still_his_name():
    result = _check("Dean White (DOB 19/06/1991), father of Ellie.", "Dean", "Shared with Ms Marsh on 05/05/2026.")
    assert "Dean White" in " ".join(result.criteria["shared_with_parents"].reasons)
