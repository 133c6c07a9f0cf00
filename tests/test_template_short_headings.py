"""Authors often head the eight areas in their own short words ("Parenting", "Home and family circumstances", "What
is needed"): a report laid out that way follows the eight-area form, each area present; the same words in a report
laid out on the Assessment Framework domains keep it on that form."""

from __future__ import annotations

from reportcheck.check import check_text

HEADER = """# School nursing report to Initial Child Protection Conference

Child: Maisie Oduya (DOB 14/02/2017)
Date of conference: 02/03/2026

"""
EIGHT_AREAS = [
    ("How we know the family", "I have been Maisie's school nurse since she started in Reception in 2021."),
    ("Health and development", "Maisie is well grown; her hearing test in January was normal."),
    ("Parenting", "Her mother makes sure she has her inhaler and comes to every health review."),
    ("Home and family circumstances", "Maisie lives with her mother in a one-bedroom flat; money is very tight."),
    ("What this means for Maisie", "Maisie's asthma is controlled because her mother keeps on top of it, but the "
                                    "damp flat is a risk to her chest, so I think her health will suffer if the "
                                    "family are not rehoused."),
    ("Parents' views", "Her mother, Grace Oduya, said she has asked the council to move them twice."),
    ("Children's views", "Maisie told me: \"My room is cold and the window is all black.\""),
    ("What is needed", "I will review Maisie's asthma plan each term and support the housing application."),
]


def report(sections: list[tuple[str, str]]) -> str:
    body = "".join(f"## {title}\n\n{text}\n\n" for title, text in sections)
    return HEADER + body + "Lena Hart, School Nurse, 25/02/2026\n"


def test_short_headings_of_the_eight_areas_follow_the_eight_area_form():
    result = check_text(report(EIGHT_AREAS))
    assert result.template.id == "p8"
    titles = {s.id: (s.status, s.title) for s in result.sections}
    assert titles["parenting"] == ("present", "Parenting")
    assert titles["family_environment"] == ("present", "Home and family circumstances")
    assert titles["plan"] == ("present", "What is needed")
    assert result.criteria["required_sections"].status == "met"


def test_a_short_heading_left_out_is_named_missing_by_the_forms_title():
    result = check_text(report([s for s in EIGHT_AREAS if s[0] != "Parenting"]))
    assert result.template.id == "p8"
    criterion = result.criteria["required_sections"]
    assert criterion.status == "partial"
    assert criterion.reasons[0].startswith("Section 3 'Capacity of the parents/carers to safeguard and promote the "
                                           "child's welfare' is missing")


def test_the_same_words_on_the_assessment_framework_form_keep_that_form():
    sections = [("Family profile", "Maisie lives with her mother, Grace Oduya (34)."),
                ("Chronology of involvement", "School nurse since 2021; health reviews 09/2024 and 01/2026."),
                *EIGHT_AREAS[1:5],
                ("Child's wishes and feelings", EIGHT_AREAS[6][1]),
                ("What is needed", EIGHT_AREAS[7][1]),
                ("Date report shared with parents/carers", "Read through with Grace at home on 26/02/2026.")]
    result = check_text(report(sections))
    assert result.template.id == "assessment-framework"
    titles = {s.id: (s.status, s.title) for s in result.sections}
    assert titles["family_environment"] == ("present", "Home and family circumstances")
    assert titles["plan"] == ("present", "What is needed")
