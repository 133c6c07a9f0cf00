"""A heading may name a parent by first name ("Grace's views", "What Grace says"): once the report says she is the
children's mother or carer, it is placed as the parents' views, not the child's; a subject child's name stays the
child's, and a first name the report gives another relative (an aunt) is no parent."""

from __future__ import annotations

from reportcheck.check import check_text
from reportcheck.structure.normalise import Named, as_named

SECTIONS = [
    ("Details of service involvement", "I have been Maisie's school nurse since she started in Reception in 2021."),
    ("Child's health and development", "Maisie is well grown; her hearing test in January was normal."),
    ("Parenting capacity", "{adult} makes sure Maisie has her inhaler and comes to every health review."),
    ("Family and environmental factors", "Maisie lives in a one-bedroom flat; money is very tight."),
    ("Analysis", "Maisie's asthma is controlled because her mother keeps on top of it, but the damp flat is a risk "
                 "to her chest, so I think her health will suffer if the family are not rehoused."),
    ("{heading}", "Grace said she has asked the council to move them twice and wants the damp seen to."),
    ("{child}", "Maisie told me: \"My room is cold and the window is all black.\""),
    ("Need identified and service provision", "I will review Maisie's asthma plan each term."),
]


def report(heading: str, adult: str = "Her mother, Grace Oduya,", child: str = "Children's views") -> str:
    body = "".join(f"## {title.format(heading=heading, child=child)}\n\n{text.format(adult=adult)}\n\n"
                   for title, text in SECTIONS)
    return ("# School nursing report to Initial Child Protection Conference\n\nChild: Maisie Oduya (DOB 14/02/2017)\n"
            "Date of conference: 02/03/2026\n\n" + body + "Lena Hart, School Nurse, 25/02/2026\n")


def sections(text: str) -> dict[str, tuple[str, str]]:
    result = check_text(text)
    return {s.id: (s.status, s.title) for s in result.sections}, result.criteria["required_sections"]


def test_the_mothers_first_name_heads_the_parents_views():
    for heading in ("Grace's views", "What Grace says"):
        found, criterion = sections(report(heading))
        assert found["parent_views"] == ("present", heading)
        assert found["child_views"] == ("present", "Children's views")
        assert criterion.status == "met"


def test_the_childs_own_name_still_heads_the_childs_views():
    found, criterion = sections(report("Parents' views", child="Maisie's views"))
    assert found["child_views"] == ("present", "Maisie's views")
    assert criterion.status == "met"


def test_an_aunts_first_name_is_no_parent():
    found, criterion = sections(report("Grace's views", adult="Her maternal aunt, Grace Oduya,"))
    assert found["parent_views"][0] == "missing"
    assert criterion.status == "partial"
    assert "Section 6 'Parent/carer views' is missing" in criterion.reasons[0]


def test_a_parents_name_reads_as_the_parent_once_known():
    named = Named(children=frozenset({"Maisie"}), parents=frozenset({"Grace", "Maisie"}))
    assert as_named("Grace's views", named) == "the parent's views"
    assert as_named("What Grace and Tom say", named) == "What the parent and Tom say"
    assert as_named("Maisie's views", named) == "the child's views"  # a child's name is the child's first
    assert as_named("Grace's views", Named()) == "Grace's views"
