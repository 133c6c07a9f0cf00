"""father_involvement: a hyphenated first name ("Lily-Mae") is one name, not a name and an apposition dash, so
"Lily-Mae's dad" is the mother's father (a grandfather), while "Liam Hall - Ruby's dad -" still names the father."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ruby Hall", age="7")]
MUM = "Lily-Mae works mornings at the bakery and she collects Ruby from school every day."


def judge(text):
    return father.evaluate(report({"family_environment": [MUM, text]}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Lily-Mae's dad lives two streets away and has Ruby after school.",
    "Ruby sees a lot of Lily-Mae's father, who takes her swimming on Fridays.",
])
def test_the_dad_of_a_woman_with_a_hyphenated_name_is_not_a_father(text):
    criterion, findings = judge(text)
    assert criterion.status == "not_met"
    assert [f.rule for f in findings] == ["RC-FATHER-001"]


def test_a_dash_with_spaces_still_sets_the_fathers_name_beside_the_term():
    text = "Liam Hall - Ruby's dad - rang me on 3/11/2025 and said he wants to help with the school run."
    criterion, findings = judge(text)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text
    assert findings == []
    names = [f.label for f in father.fathers(report({"family_environment": [MUM, text]}, children=KIDS))]
    assert names == ["Liam Hall (dad)"]
