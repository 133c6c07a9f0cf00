"""father_involvement: "not known" about one of his particulars (his date of birth, his age) is a gap in the
author's record of him, not an explained absence; "unknown" about him or where he is still explains it."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Isla Grant", age="2")]


def judge(paragraphs):
    return father.evaluate(report({"family_environment": paragraphs}, children=KIDS))


@pytest.mark.parametrize("said", [
    "Isla's father is Jordan Reeve (date of birth not known).",
    "Isla's father is Jordan Reeve; his DOB is still not known.",
    "Isla's father is Jordan Reeve, unknown date of birth, and his age is unknown.",
    "Isla's father is Jordan Reeve. His nationality and surname are not known to us, his d.o.b. unknown.",
])
def test_a_particular_not_known_is_not_an_explained_absence(said):
    criterion, findings = judge([said])
    assert criterion.status == "partial", criterion.evidence
    assert criterion.evidence == []
    assert "Jordan Reeve" in findings[0].message
    assert "does not record any contact with him" in findings[0].message


@pytest.mark.parametrize("said", [
    "Isla's father is Jordan Reeve (DOB unknown); his whereabouts are unknown.",
    "Isla's father is Jordan Reeve, age 31. He is not known to Isla, who has never met him.",
    "Isla's father is Jordan Reeve (date of birth not known). Mum has had no contact with him since 2023.",
    "Isla's father is unknown; Mum says she does not know his date of birth or his surname.",
])
def test_an_absence_beside_a_missing_particular_still_counts(said):
    criterion, findings = judge([said])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence
    assert findings == []
