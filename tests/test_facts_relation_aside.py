"""Facts from a header line whose relation label carries an aside in brackets before its colon ("Father (subject to
supervision): Dean Marsh"): the name after the colon is the relative, so a father named only there is followed
through the report by "Mr <surname>"."""

import pytest

from reportcheck.check import check_text
from test_facts import facts_of
from test_structure import P8


@pytest.mark.parametrize("label", ["Father (subject to supervision)", "Father (on licence)", "Dad (Mia's)"])
def test_a_relation_label_with_an_aside_names_the_man_after_its_colon(label):
    facts = facts_of("Child: Mia Lowe (DOB 02/02/2024)", f"{label}: Dean Marsh (DOB 05/05/1995), Corby")
    assert [(p.name, p.relation) for p in facts.family] == [("Dean Marsh", "father")]


def test_a_name_in_the_brackets_is_still_read_without_a_colon():
    facts = facts_of("Child: Mia Lowe (DOB 02/02/2024)", "Household: Mia lives with her Dad (Dean Marsh) in Corby")
    assert ("Dean Marsh", "father") in [(p.name, p.relation) for p in facts.family]


def test_an_aside_answered_not_known_names_no_one():
    facts = facts_of("Child: Mia Lowe (DOB 02/02/2024)", "Father (if known): not known")
    assert [p for p in facts.family if p.relation == "father"] == []


def _checked(father_line: str, about_him: str):
    body = "\n\n".join(f"{h}\n\nThe health visitor saw Mia on 3 March 2026. {about_him if i == 2 else ''}"
                       for i, h in enumerate(P8))
    text = f"Child: Mia Lowe (DOB 02/02/2024)\nMother: Gemma Lowe\n{father_line}\n\n{body}"
    return check_text(text).criteria["father_involvement"]


def test_a_father_named_only_after_an_aside_is_followed_to_his_account():
    criterion = _checked("Father (subject to supervision): Dean Marsh", "Mr Marsh told me he feeds Mia at weekends.")
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == "Mr Marsh told me he feeds Mia at weekends."


def test_a_father_named_after_an_aside_with_nothing_recorded_of_him_is_partial():
    criterion = _checked("Father (subject to supervision): Dean Marsh", "Mr Marsh works in Corby.")
    assert criterion.status == "partial"
    assert "Dean Marsh (father)" in criterion.reasons[0]
