"""father_involvement: a father not named on a document ("not named on her birth certificate", "not named in the
referral") is mentioned only: that says nothing of where he is or why he is absent (partial). A mother who has not
named him, or a reason given beside it (a prison: "at HMP Durham"), still explains his absence (met)."""

import pytest

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Ellie Marsh (DOB 04/04/2019)
Conference date: 12/05/2026

Family and environmental factors
Ellie lives with her mother, Ms Jade Marsh, who told me she works nights. {line}
"""


def _father(line):
    return check_text(REPORT.format(line=line)).criteria["father_involvement"]


@pytest.mark.parametrize("line", [
    "Ellie's father is not named on her birth certificate.",
    "Her dad is not named on the birth registration.",
    "Ellie's father is not named in the referral from the school.",
    "Her dad is not on the birth certificate.",
])
def test_not_named_on_a_document_is_a_mention_only(line):
    criterion = _father(line)
    assert criterion.status == "partial"
    assert "does not record any contact with him" in criterion.reasons[0]
    assert criterion.evidence == []


@pytest.mark.parametrize("line", [
    "Ms Marsh has not named Ellie's father.",
    "Ellie's father is not named on her birth certificate and Ms Marsh says he has never met Ellie.",
    "Ellie's father is not named on her birth certificate; he is serving a four year sentence at HMP Durham.",
])
def test_an_absence_explained_beside_it_is_met(line):
    criterion = _father(line)
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == line
