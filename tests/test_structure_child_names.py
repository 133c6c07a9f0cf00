"""A heading may call the subject children by name ("Tilly-Ann and Ezra's views"): once the header names them, such
a heading is placed as "the child's" would be; the same words about anyone else, or about the children's parents
("What Ezra's mum told us"), are not the children's views."""

from __future__ import annotations

from reportcheck.check import check_text
from reportcheck.structure.normalise import as_child

HEADER = """# School report to Initial Child Protection Conference

Children: Tilly-Ann Brooks (DOB 03/03/2017), Ezra Brooks (DOB 19/09/2020)
Date of conference: 09/03/2026

"""
BODY = "I saw {who} at school on 02/03/2026 and we talked through the week in the quiet room off the hall."
SECTIONS = [
    ("Summary of school's involvement", "Both children have attended Fernlea Primary since Reception."),
    ("What are we worried about?", "Tilly-Ann has come in hungry on four mornings this half term."),
    ("What is working well?", "Their mum, Kerry, rings the office every morning the children are late."),
    ("What needs to happen?", "School will offer breakfast club places and a weekly check-in."),
    ("{views}", 'Tilly-Ann said: "I like school because it is warm." Ezra said: "I want my dinner here."'),
    ("{parents}", "Kerry said she is struggling with money and wants help with the gas bill."),
    ("Scaling", "School would put the children at 6 out of 10 because breakfast club has started."),
    ("Sharing this report with the family", "I went through the report with Kerry on 04/03/2026 at school."),
]


def report(views: str, parents: str = "Parents' views", header: str = HEADER) -> str:
    body = "".join(f"## {title.format(views=views, parents=parents)}\n\n{text}\n\n" for title, text in SECTIONS)
    return header + body + "Mrs A. Okafor, Designated Safeguarding Lead, 05/03/2026\n"


def required(text: str):
    result = check_text(text)
    return result.template.id, result.criteria["required_sections"]


def test_a_heading_naming_both_subject_children_is_the_childrens_views():
    template, criterion = required(report("Tilly-Ann and Ezra's views"))
    assert (template, criterion.status, criterion.reasons) == ("signs-of-safety", "met", [])


def test_a_heading_naming_the_children_after_views_of_is_the_childrens_views():
    assert required(report("Views of Tilly-Ann and Ezra"))[1].status == "met"


def test_the_same_heading_with_names_that_are_not_the_subject_childrens_is_not_their_views():
    template, criterion = required(report("Kerry and Dean's views"))
    assert (template, criterion.status) == ("signs-of-safety", "partial")
    assert criterion.reasons[0].startswith("Section 'Child's views, wishes and feelings' is missing")


def test_without_the_childrens_names_in_the_header_a_named_heading_is_not_placed_by_name():
    header = HEADER.replace("Children: Tilly-Ann Brooks (DOB 03/03/2017), Ezra Brooks (DOB 19/09/2020)\n", "")
    criterion = required(report("Tilly-Ann and Ezra's views", header=header))[1]
    assert criterion.status == "partial"
    assert "Child's views, wishes and feelings" in criterion.reasons[0]


def test_a_heading_about_a_named_childs_parent_is_the_parents_views_not_the_childs():
    template, criterion = required(report("Tilly-Ann and Ezra's views", parents="What Ezra's mum told us"))
    assert (template, criterion.status) == ("signs-of-safety", "met")


def test_names_are_read_as_the_child_only_whole_and_with_a_person_word_after_them_as_that_person():
    names = frozenset({"Ezra", "Tilly-Ann"})
    assert as_child("Tilly-Ann, Ezra & Tilly-Ann's wishes", names) == "the child's wishes"
    assert as_child("What Ezra's grandad says", names) == "What the grandad says"
    assert as_child("Ezrah's views and Ann's views", names) == "Ezrah's views and Ann's views"
    assert as_child("Ezra's views", frozenset()) == "Ezra's views"
