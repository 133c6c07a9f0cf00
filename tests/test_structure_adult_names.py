"""Headings that name the family without the report saying who is who: a first name that is none of the subject
children ("Dawn's thoughts", "What Dawn says") is an adult's, the parents' views, once the report names its children
and gives that name to a person in its prose; and "The children", worded as a header field, heads a section of its
own when it is styled as the section headings either side of it, but stays a sub-heading when styled below them."""

from __future__ import annotations

import pytest

from reportcheck.check import check_text
from reportcheck.structure.normalise import Named, as_named

SECTIONS = [
    ("## Why I am involved", "I have supported Dawn at the Brightwell family hub since her referral in October."),
    ("## What worries me", "Dawn's partner shouted at her in front of Mason and threw a plate; Mason hid upstairs."),
    ("## What is going well", "Dawn asked him to leave and has kept every appointment with me since."),
    ("## What should happen now", "Dawn to join the Freedom Programme in March; a referral for Mason to a group."),
    ("{children}", "Mason drew me his house and said: \"I like it now it's quiet, I can sleep.\""),
    ("{adult}", "\"I should have ended it sooner,\" she told me. She wants help to keep Mason safe."),
    ("## Scale", "I score 6 out of 10: he has moved out and Dawn is protective, but he has breached bail twice."),
    ("## Sharing", "I went through this report with Dawn on 20/02/2026 and gave her a copy."),
]


def report(adult: str = "## Dawn's thoughts", children: str = "## The children", header: str = "Client") -> str:
    body = "".join(f"{title.format(adult=adult, children=children)}\n\n{text}\n\n" for title, text in SECTIONS)
    return (f"# Family support report for the ICPC\n\n- {header}: Dawn Kelly\n- Children: Mason Kelly "
            "(DOB 03/05/2018)\n- Conference: 02/03/2026\n\n" + body + "Asha Patel, Family Support Worker, 24/02/2026\n")


def placed(text: str) -> tuple[dict[str, tuple[str, str]], object]:
    result = check_text(text)
    return {s.id: (s.status, s.title) for s in result.sections}, result.criteria["required_sections"]


@pytest.mark.parametrize("heading", ["## Dawn's thoughts", "## What Dawn says"])
def test_an_adults_first_name_heads_the_parents_views(heading):
    found, criterion = placed(report(adult=heading))
    assert found["parent_views"] == ("present", heading.lstrip("# "))
    assert found["child_views"] == ("present", "The children")
    assert criterion.status == "met"


def test_the_children_styled_below_the_sections_is_a_sub_heading():
    found, criterion = placed(report(children="### The children"))
    assert found["child_views"][0] == "missing"
    assert criterion.status == "partial"
    assert "'Child's views" in criterion.reasons[0] and "is missing" in criterion.reasons[0]


def test_a_name_read_only_with_no_children_known_or_for_a_relative_stays_as_it_was():
    named = Named(children=frozenset({"Mason"}), people=frozenset({"Dawn", "Pat"}), relatives=frozenset({"Pat"}))
    assert as_named("Dawn's thoughts", named) == "the parent's thoughts"
    assert as_named("3. What does Dawn think?", named) == "3. What does the parent think?"
    assert as_named("Mason's views", named) == "the child's views"
    assert as_named("Pat's views", named) == "Pat's views"  # the grandmother
    assert as_named("Manager's comment", named) == "Manager's comment"  # no person the prose names
    assert as_named("Dawn's thoughts", Named(people=frozenset({"Dawn"}))) == "Dawn's thoughts"  # no children known
