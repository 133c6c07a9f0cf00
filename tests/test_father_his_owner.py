"""father_involvement: "his father" or "his dad" of the mother's partner (or of "he" who is that man) is not the
children's father, so no second, unnamed father is added; "his dad" of a boy is still the boy's father."""

import pytest

from reportcheck import check_text

HEAD = """SCHOOL REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: Ivy Rowe (DOB 12/01/2017); Sonny Rowe (DOB 30/08/2020)
Conference date: 10/03/2026
Date: 04/03/2026

4. FAMILY AND ENVIRONMENTAL FACTORS
{text}
"""


def father_of(text):
    return check_text(HEAD.format(text=text)).criteria["father_involvement"]


@pytest.mark.parametrize("text", [
    "Craig Dunn, Mum's partner, has lived with the family since May and I met him on 01/03/2026. His dad sees the "
    "children most weekends.",
    "Craig Dunn, Mum's partner, has lived with the family since May and I met him on 01/03/2026. He told me his "
    "father is unwell.",
])
def test_the_partners_own_father_is_not_a_second_father(text):
    criterion = father_of(text)
    assert criterion.status == "met", criterion.reasons
    assert criterion.reasons == []
    assert [e.quote[:26] for e in criterion.evidence] == ["Craig Dunn, Mum's partner,"]  # one man, not two


@pytest.mark.parametrize("text", [
    "Sonny is a chatty boy. His dad sees him most weekends.",
    "Sonny is a chatty boy. He misses his father, who moved to Hull.",
])
def test_a_boys_own_dad_still_counts(text):
    criterion = father_of(text)
    assert criterion.status == "partial", criterion.reasons
    assert "the father of Ivy Rowe (9) and Sonny Rowe (5)" in criterion.reasons[0]
