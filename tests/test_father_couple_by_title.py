"""father_involvement: a list of parents naming a couple of one surname whose first names the report never ties to
"he" or "she" ("their parents, Tom Hale and Sam Hale") leaves the father to the titles: the "Mr Hale" of the report
is the man of the couple, not the grandfather of that surname."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Ivy Hale", age="9")]
GRANDAD = Person(name="Mr Roy Hale", relation="grandparent")
COUPLE = "Ivy lives with her parents, Tom Hale (40) and Sam Hale (38), and her grandfather, Mr Roy Hale, visits."


def judge(*paragraphs):
    return father.evaluate(report({"involvement": list(paragraphs)}, children=KIDS, family=[GRANDAD]))


def test_the_mr_of_a_couple_is_the_father_and_his_account_counts():
    criterion, findings = judge(COUPLE, "Mrs Hale works nights.", "Mr Hale told me he walks Ivy to school.")
    assert criterion.status == "met", criterion.reasons
    assert findings == []
    assert criterion.evidence[0].quote == "Mr Hale told me he walks Ivy to school."


def test_the_mr_of_a_couple_with_nothing_of_his_is_partial():
    criterion, findings = judge(COUPLE, "Mrs Hale works nights.", "Mr Hale works away.")
    assert criterion.status == "partial"
    assert "Mr Hale (father)" in findings[0].message


@pytest.mark.parametrize("titles", ["Mr Hale told me he walks Ivy to school.",
                                    "Mrs Hale told me she walks Ivy to school."])
def test_without_both_titles_the_couple_names_no_father(titles):
    criterion, _ = judge(COUPLE, titles)
    assert all("Mr Hale" not in r for r in criterion.reasons)
    assert not any(e.quote == titles for e in criterion.evidence)
