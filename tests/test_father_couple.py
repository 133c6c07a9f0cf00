"""father_involvement: a father the report describes as in a relationship with the mother or staying at her home is
her partner, a man of her household, so a report shared with the mother alone leaves out an involved parent. A
child staying with her dad, a separation or another woman's relationship does not make him the mother's partner."""

import pytest

from criteria_support import report
from reportcheck.criteria import father, sharing
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Maisie Ward", age="4")]
FAMILY = [Person(name="Leah Ward", relation="mother"), Person(name="Connor Bell", relation="father")]
NAMED = "Maisie's father is Connor Bell (DOB 02/03/2001)."
SHARED = "I read this report with Leah at the clinic on 14/03/2026 and gave her a copy."


def judge(text):
    annotated = report({"family_environment": [NAMED + " " + text], "sharing": [SHARED]}, children=KIDS,
                       family=FAMILY)
    return father.fathers(annotated), sharing.evaluate(annotated), father.evaluate(annotated)


@pytest.mark.parametrize("text", [
    "Leah says the relationship is on and off and that he stays at her flat most weekends.",
    "Leah describes her relationship with Connor as \"up and down\" but they are still together.",
    "Connor and Leah are in a relationship, though they do not live together.",
    "He stays over at Mum's two or three nights a week.",
])
def test_a_father_in_a_couple_with_the_mother_is_left_out_of_a_share_with_her_alone(text):
    fathers, (criterion, findings), (involvement, _) = judge(text)
    assert [(f.label, f.partner) for f in fathers] == [("Connor Bell (father)", True)]
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-SHARE-003"]
    assert "Connor Bell (father)" in criterion.reasons[0] and "shared with the mother" in criterion.reasons[0]
    assert involvement.status == "partial"  # named and his relationship told: still nothing of his own views


@pytest.mark.parametrize("text", [
    "Maisie stays with her dad on Saturdays.",  # the child stays with him: contact, not the mother's household
    "Leah and Connor separated in 2024 and he is in a relationship with someone else.",
    "In the past he was living with her.",
    "He does not stay over at Mum's.",
])
def test_contact_a_separation_or_a_denial_does_not_make_him_her_partner(text):
    fathers, (criterion, findings), _ = judge(text)
    assert [(f.label, f.partner) for f in fathers] == [("Connor Bell (father)", False)]
    assert (criterion.status, findings) == ("met", [])
