"""A father listed in a "Household:" line lives with the children, as the mother's partner does: he is one of the
parents a report must be shared with, so sharing it with the mother alone is only partial. A father listed as
living elsewhere, or named outside the household list, is not taken to live there."""

import pytest

from reportcheck.check import check_text

REPORT = """Health Visitor Report to Initial Child Protection Conference
Children: Nia Kowal (DOB 03/03/2023); Olek Kowal (DOB 10/10/2025)
Conference date: 16/03/2026

1. Details of service involvement
I have visited the family at home three times since October 2025, most recently on 02/03/2026.

4. Family and environmental factors
{household}
The family live in a two-bedroom flat above a shop. The flat was warm and tidy at each visit.

6. Parent/carer views
Ms Kowal told me she is "worn out" and wants help with Nia's sleep.

I went through this report with Ms Kowal at home on 12/03/2026 and gave her a copy.
"""


def _sharing(household: str):
    return check_text(REPORT.format(household=household)).criteria["shared_with_parents"]


@pytest.mark.parametrize("household", [
    "Household: Agata Kowal (mother, 29), Tomasz Kowal (father, 33), Nia and Olek.",
    "Household members: Agata Kowal (mum); Tomasz Kowal (dad); Nia; Olek.",
    "Lives with: Agata Kowal (mother) and Tomasz Kowal (father).",
])
def test_a_father_in_the_household_list_is_left_out_when_only_the_mother_saw_the_report(household):
    criterion = _sharing(household)
    assert criterion.status == "partial"
    assert "shared with the mother" in criterion.reasons[0] and "Tomasz Kowal (father)" in criterion.reasons[0]


@pytest.mark.parametrize("household", [
    "Household: Agata Kowal (mother, 29), Nia and Olek. Tomasz Kowal (father) lives in Leeds.",
    "Household: Agata Kowal (mother), Nia and Olek; Tomasz Kowal (father) does not live in the home.",
    "Household: Agata Kowal (mother, 29), Nia and Olek.",
])
def test_a_father_outside_the_household_list_is_not_taken_to_live_there(household):
    criterion = _sharing(household)
    assert criterion.status == "met", criterion.reasons
    assert "shared it with Ms Kowal" not in " ".join(criterion.reasons)
    assert "through this report with Ms Kowal" in criterion.evidence[0].quote
