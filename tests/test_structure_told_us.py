"""'What Priya and Sam told us' between the analysis and the children's views is where the form puts the parents'
views, and telling is giving a view: the heading takes that section as 'What the grown-ups said' would. A heading
naming the subject child ('What Mia told us') is still the child's."""

from reportcheck.check import check_text

AREAS = ["Our involvement with Mia", "Mia's health and development", "Care Mia gets at home",
         "Home and family circumstances", "What this means for Mia"]
BODY = "On 10/11/2025 I saw Mia at home with Priya; the flat was cold and there was little food in the cupboards."


def report(views: list[str]) -> str:
    lines = ["# Nursery report to the Initial Child Protection Conference", "Child: Mia Ford (DOB 03/03/2021)",
             "Parents: Priya Ford and Sam Ford", ""]
    for heading in [*AREAS, *views, "What Mia needs from us"]:
        lines += [f"## {heading}", BODY, ""]
    return "\n".join(lines) + "\nLou Grey, Nursery Manager, 12/11/2025\n"


def placed(views: list[str]):
    result = check_text(report(views))
    return {s.id: (s.status, s.title) for s in result.sections}, result.criteria["required_sections"]


def test_what_the_parents_told_us_is_the_parents_views():
    sections, criterion = placed(["What Priya and Sam told us", "Mia's views"])
    assert sections["parent_views"] == ("present", "What Priya and Sam told us")
    assert sections["child_views"] == ("present", "Mia's views")
    assert criterion.status == "met"


def test_what_the_child_told_us_is_still_the_childs_views():
    sections, criterion = placed(["Parents' views", "What Mia told us"])
    assert sections["child_views"] == ("present", "What Mia told us")
    assert sections["parent_views"] == ("present", "Parents' views")
    assert criterion.status == "met"


def test_without_a_parents_views_heading_the_section_is_still_missing():
    sections, criterion = placed(["What Mia told us"])
    assert sections["parent_views"][0] == "missing"
    assert criterion.status == "partial"
    assert "Section 6 'Parent/carer views' is missing" in criterion.reasons[0]
