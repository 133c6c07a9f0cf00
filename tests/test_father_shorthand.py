"""father_involvement: a father written in shorthand ("FOB", "FOC", "BF", "bio dad", "dad-to-be") is named; a key
fob, "plans to BF" (breastfeeding) and a parent's own "bio dad" are not the child's father."""

import pytest

from reportcheck import check_text

HEAD = """MATERNITY REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Subject: Unborn baby of Kerry ASHTON (EDD 02/05/2026)
Mother: Kerry Ashton, DOB 11/02/1998
Date of conference: 20/03/2026
Date of report: 16/03/2026

1. DETAILS OF SERVICE INVOLVEMENT
Kerry booked with the community team at 12 weeks.

4. FAMILY AND ENVIRONMENTAL FACTORS
{}
"""


def father_of(text):
    result = check_text(HEAD.format(text))
    return result.criteria["father_involvement"], result


@pytest.mark.parametrize("text", [
    "FOB: Liam Pryce (DOB 03/07/1996). Kerry says they are together.",
    "Kerry rents a flat with the FoB, Liam Pryce.",
    "FOC - Liam Pryce, who works away during the week.",
    "BF: Liam Pryce. Kerry says they met last year.",
    "Kerry lives with Liam Pryce (BF) in a rented flat.",
    "Birth dad: Liam Pryce.",
    "Kerry lives alone. The bio dad is Liam Pryce.",
    "Kerry lives with Liam Pryce, the dad-to-be.",
])
def test_a_father_written_in_shorthand_is_named(text):
    criterion, result = father_of(text)
    assert criterion.status == "partial", criterion.reasons
    assert "Liam Pryce" in criterion.reasons[0]
    finding = next(f for f in result.findings if f.rule == "RC-FATHER-002")
    assert "Pryce" in finding.quote


def test_shorthand_in_the_header_is_a_family_fact():
    _, result = father_of("FOB: Liam Pryce (DOB 03/07/1996).")
    assert ("Liam Pryce", "father") in [(p.name, p.relation) for p in result.facts.family]


@pytest.mark.parametrize("text, quote", [
    ("Kerry lives alone. The FOB is not known to services and Kerry declined to name him.",
     "The FOB is not known to services and Kerry declined to name him."),
    ("Kerry lives alone. The FOB came to the scan and said he wants to be there for the baby.",
     "The FOB came to the scan and said he wants to be there for the baby."),
])
def test_what_is_recorded_about_the_fob_counts(text, quote):
    criterion, _ = father_of(text)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == quote


@pytest.mark.parametrize("text", [
    "Kerry lives alone and has a key fob for the shared entrance.",
    "Kerry plans to BF and has been to an infant feeding class.",
    "Kerry lives alone. Her bio dad, Liam Pryce, visits on Sundays.",
])
def test_other_meanings_and_the_mothers_own_father_are_not_a_father(text):
    criterion, result = father_of(text)
    assert criterion.status == "not_met", criterion.reasons
    assert "does not mention the father of the unborn baby" in criterion.reasons[0]
    assert "Liam Pryce" not in [p.name for p in result.facts.family if p.relation == "father"]
