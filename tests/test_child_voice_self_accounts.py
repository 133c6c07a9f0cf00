"""child_voice: a parent's account of their own care ("Ms Dale says she manages the mornings well") is not a
description of the child; "his mother said he is happy" still is."""

import pytest

from criteria_support import report
from reportcheck.criteria import child_voice
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Lola Dale", age="8"), ChildFacts(name="Reggie Dale", age="5")]
FAMILY = [Person(name="Ms Tanya Dale", relation="mother"), Person(name="Mr Colin Dale", relation="father")]


def judge(sections):
    return child_voice.evaluate(report(sections, children=KIDS, family=FAMILY))


@pytest.mark.parametrize("text", [
    "Ms Dale states she manages the children's bedtimes well when she is well.",
    "Mr Dale reports that he gets up with Reggie in the night.",
])
def test_a_parent_speaking_of_their_own_care_is_no_account_of_the_children(text):
    criterion, findings = judge({"parenting": [text]})
    assert criterion.status == "not_met"
    assert {f.rule for f in findings} == {"RC-VOICE-001"}


@pytest.mark.parametrize("text", [
    "Ms Dale says Lola is happy at school and Reggie is settled.",
    "Lola and Reggie live at home. Their mother said they are happy and settled there.",
])
def test_a_parent_describing_the_children_is_still_second_hand(text):
    criterion, findings = judge({"parenting": [text]})
    assert criterion.status == "partial"
    assert {f.rule for f in findings} == {"RC-VOICE-002"}
    assert findings[0].quote == text.split(". ")[-1]
