"""A heading may name a parent by title and surname ("Ms Pryce's views", "Views of Mr and Mrs Okoro"): once the
header or the text says whose surname that is (the subject children's, or a parent's), it is placed as the parents'
views; a titled name the family does not bear (a teacher) or one the report gives another relative is not."""

from __future__ import annotations

from reportcheck.check import check_text
from reportcheck.structure.normalise import Named, as_named

HEADER = """# Health visiting report to Initial Child Protection Conference

Children: Noah Pryce (DOB 11/05/2021), Evie Pryce (DOB 02/10/2023)
{extra}Date of conference: 16/03/2026

"""
SECTIONS = [
    ("Details of service involvement", "I have been the family's health visitor since Evie's birth in October 2023."),
    ("Child's health and development", "Noah is toilet trained and talks in sentences; Evie walks and has ten words."),
    ("Parenting capacity", "The home was warm at each visit and both children had clean clothes and a meal ready."),
    ("Family and environmental factors", "The family rent a two-bedroom flat above the bakery on Mill Lane."),
    ("Analysis", "Noah's missed hearing appointments matter because his speech is at risk of falling behind, but his "
                 "mother now keeps a calendar and I think he is safe."),
    ("{parents}", "She told me she wants help with the letters from the hospital and is pleased with the nursery."),
    ("Children's views", "Noah showed me his drawing of the park and said: "
                         "\"Mummy pushes me on the swing.\""),
    ("Need identified and service provision", "I will visit monthly and refer Noah back to audiology."),
]


def report(parents: str, extra: str = "") -> str:
    body = "".join(f"## {title.format(parents=parents)}\n\n{text}\n\n" for title, text in SECTIONS)
    return HEADER.format(extra=extra) + body + "Jo Marsh, Health Visitor, 10/03/2026\n"


def required(text: str):
    result = check_text(text)
    return result.template.id, result.criteria["required_sections"]


def test_the_mother_by_title_and_the_childrens_surname_is_the_parents_views():
    template, criterion = required(report("Ms Pryce's views"))
    assert (template, criterion.status, criterion.reasons) == ("p8", "met", [])


def test_a_father_with_another_surname_named_in_the_header_is_a_parent_by_title():
    template, criterion = required(report("Views of Mr and Mrs Okoro", extra="Father: Daniel Okoro\n"))
    assert (template, criterion.status) == ("p8", "met")


def test_a_titled_name_the_family_does_not_bear_is_not_the_parents_views():
    template, criterion = required(report("Mrs Dale's views"))
    assert (template, criterion.status) == ("p8", "partial")
    assert criterion.reasons[0].startswith("Section 6 'Parent/carer views' is missing")


def test_a_grandparent_the_report_names_by_that_title_is_not_the_parents_views():
    template, criterion = required(report("Mrs Pryce's views", extra="Paternal grandmother: Mrs Joan Pryce\n"))
    assert (template, criterion.status) == ("p8", "partial")
    assert "'Parent/carer views' is missing" in criterion.reasons[0]


def test_titles_before_the_familys_surnames_read_as_the_parent():
    named = Named(surnames=frozenset({"pryce"}), others=frozenset({"mrs pryce"}))
    assert as_named("Ms PRYCE's views", named) == "the parent's views"
    assert as_named("Views of Mr. Pryce", named) == "Views of the parent"
    assert as_named("Mrs Pryce's views", named) == "Mrs Pryce's views"
    assert as_named("Pryce family views", named) == "Pryce family views"  # no title: no one person
    assert as_named("Ms Pryceson's views", named) == "Ms Pryceson's views"
