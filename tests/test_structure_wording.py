"""Reports worded and laid out their own way: openings without the form's heading, header fields that answer a
section, plain-line headings, placeholders, and the author's agency from the header and sign-off only."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.document import Block, BlockKind, Location
from reportcheck.structure import analyse
from test_structure import ANSWER, ASSESSMENT_FRAMEWORK, HEADER, P8, SIGNS_OF_SAFETY, document, form_rows, para, \
    report

OPENING = ("I have worked with the family since March 2025, when the school referred Ruby for help with her "
           "attendance, and I have visited the home every fortnight since then.")


def heading(text: str) -> Block:
    return Block(kind=BlockKind.heading, text=text, level=2, style="Heading 2", location=Location(page=1))


def sos_without_summary(opening: list[Block]) -> list[Block]:
    """A signs-of-safety report whose summary of involvement is worded its own way (or not headed at all)."""
    blocks = [para(line) for line in HEADER] + opening
    for title in SIGNS_OF_SAFETY[1:]:
        blocks += [heading(title), para(ANSWER)]
    return blocks


@pytest.mark.parametrize("title", ["Where it started", "Why we are meeting", "How we know Ruby",
                                   "Our involvement"])
def test_the_opening_heading_answers_the_summary_of_involvement_whatever_it_is_called(title):
    structure = analyse(document(sos_without_summary([heading(title), para(OPENING)])))
    section = structure.section("involvement")
    assert (structure.template.id, section.status, section.title) == ("signs-of-safety", "present", title)
    assert evaluate(structure)[0].status == "met"


def test_opening_paragraphs_with_no_heading_answer_the_summary_of_involvement():
    structure = analyse(document(sos_without_summary([para(OPENING), para(OPENING)])))
    section = structure.section("involvement")
    assert (section.status, section.heading_block, section.content_blocks) == ("present", None, [3, 4])
    assert section.title == "Summary of agency involvement"
    assert structure.block_section[3:5] == ["involvement", "involvement"]
    assert 3 not in structure.headings  # the opening is the author's words, not a heading
    assert section.info(structure.document).location.paragraph == 4  # where its first words are


def test_a_short_line_before_the_first_heading_is_no_summary_of_involvement():
    structure = analyse(document(sos_without_summary([para("Ruby is known to us.")])))
    assert structure.section("involvement").status == "missing"
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message == ("Section 'Summary of agency involvement' is missing: there is no heading for it before "
                               "'What are we worried about?' (page 1, paragraph 5).")


def test_a_heading_over_header_fields_is_no_summary_of_involvement():
    fields = [heading("Details of the child"), para("Name: Ruby Hall"), para("School: Oakfield Primary")]
    structure = analyse(document(sos_without_summary(fields)))
    assert structure.section("involvement").status == "missing"


AF_HEADER = ["Report to Initial Child Protection Conference", "Child: Ruby Hall (DOB 02/04/2016)"]


def test_the_family_profile_in_the_header_fields_answers_the_section():
    header = [*AF_HEADER, "Parents: Sarah Hall (mother), Liam Hall (father)"]
    structure = analyse(report(ASSESSMENT_FRAMEWORK[1:], "heading", header=header))
    section = structure.section("household")
    assert (section.status, section.heading_block, section.content_blocks) == ("present", None, [2])
    assert evaluate(structure)[0].status == "met"


def test_the_family_profile_in_a_header_table_row_answers_the_section():
    rows = [("Name of child", "Ruby Hall"), ("Household members", "Sarah Hall (mother), Liam Hall (father), Ruby")]
    blocks = form_rows(rows, 0)
    for title in ASSESSMENT_FRAMEWORK[1:]:
        blocks += [heading(title), para(ANSWER)]
    structure = analyse(document(blocks))
    assert (structure.section("household").status, structure.section("household").content_blocks) == ("present", [3])


def test_a_header_naming_only_the_child_is_no_family_profile():
    structure = analyse(report(ASSESSMENT_FRAMEWORK[1:], "heading", header=AF_HEADER))
    assert structure.section("household").status == "missing"
    assert evaluate(structure)[0].status == "partial"


def test_a_header_field_is_never_taken_for_a_section():
    rows = [("Name(s) of child(ren)", "Mia Kowalska (d.o.b. 12/10/2017)"), ("Date of birth", "12/10/2017")]
    blocks = form_rows(rows, 0)
    for title in P8:
        if not title.startswith("5."):
            blocks += [heading(title), para(ANSWER)]
    structure = analyse(document(blocks))
    assert structure.section("analysis").status == "missing"  # not the child's name in the header
    assert {s.heading_block for s in structure.sections} & {0, 2} == set()


@pytest.mark.parametrize("wording, section", [
    ("What's working well", "strengths"),  # "What's" is no child's name
    ("What Mum and Dad say", "parent_views"),
    ("Ruby in her own words", "child_views"),
    ("What the children have told us", "child_views"),
    ("Sharing this report", "shared"),
])
def test_headings_in_the_authors_own_words(wording, section):
    headings = [wording if SIGNS_OF_SAFETY.index(h) == _position(section) else h for h in SIGNS_OF_SAFETY]
    structure = analyse(report(headings, "bold"))
    assert structure.section(section).title == wording
    assert structure.section(section).status == "present"


def _position(section: str) -> int:
    return ["involvement", "worries", "strengths", "plan", "child_views", "parent_views", "scaling",
            "shared"].index(section)


def test_a_bracket_can_carry_the_meaning_of_a_heading():
    headings = [*P8[:4], "5. What this means for the children (analysis)", *P8[5:]]
    structure = analyse(report(headings, "bold"))
    assert structure.section("analysis").title == "5. What this means for the children (analysis)"


def test_numbered_headings_that_follow_the_eight_areas_are_the_eight_area_form():
    headings = ["1. Our involvement with Ruby", "2. Ruby's health and development", "3. How Mum cares for Ruby",
                "4. Family, home and community", "5. What this means for Ruby", "6. What Mum thinks",
                "7. Ruby's experience", "8. What Ruby needs", "Sharing this report"]
    structure = analyse(report(headings, "heading"))
    assert structure.template.id == "p8"
    assert {s.status for s in structure.sections} == {"present"}


def test_plain_line_headings_of_a_text_report_are_placed_by_their_words_and_order():
    blocks = [para(line) for line in HEADER]
    for title in ["Our involvement", "What we are worried about", "What is working well", "What needs to happen",
                  "Hearing what Ruby says", "What the parents say", "Scaling"]:
        blocks += [para(title), para(ANSWER)]
    structure = analyse(document(blocks))
    assert structure.section("child_views").title == "Hearing what Ruby says"


def test_a_plain_line_is_no_heading_in_a_report_whose_headings_are_marked():
    blocks = [para(line) for line in HEADER]
    for title in SIGNS_OF_SAFETY[:4]:
        blocks += [heading(title), para(ANSWER)]
    blocks += [para("Ruby says she wants to go home"), para(ANSWER)]
    structure = analyse(document(blocks))
    assert structure.section("child_views").status == "missing"


def test_a_sharing_date_in_the_header_does_not_upset_the_order_of_the_sections():
    header = [*HEADER, "Date report shared with parents: 20/11/2025"]
    headings = ["How Ruby came to be known to us", *SIGNS_OF_SAFETY[1:7]]
    structure = analyse(report(headings, "bold", header=header))
    assert structure.section("involvement").title == "How Ruby came to be known to us"


@pytest.mark.parametrize("answer", ["N/A", "Not known.", "See above", "None", "No concerns.", "Nothing further to add.",
                                   "Not applicable to housing.", "Please see the chronology in section 1.",
                                   "No information held by CAMHS.", "Not known. See chronology above.",
                                   "N/A - not known to our service", "Nothing of note.", "Not aware of any concerns.",
                                   "No current involvement with the family."])
def test_placeholders_are_empty(answer):
    structure = analyse(report(P8, "heading", answers={4: answer}))
    section = structure.section("analysis")
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer}'")
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.quote == answer


@pytest.mark.parametrize("answer", ["Nothing known other than what is written above.",
                                    "No information held beyond that given in section 2.",
                                    "No concerns apart from those set out earlier."])
def test_nothing_to_say_pointing_back_to_the_report_is_a_placeholder(answer):
    structure = analyse(report(P8, "heading", answers={3: answer}))
    assert structure.section("family_environment").empty_reason == f"placeholder '{answer}'"
    criterion, [finding] = evaluate(structure)
    assert (criterion.status, finding.quote) == ("partial", answer)


@pytest.mark.parametrize("answer", ["No concerns beyond those above about his drinking, which is now daily.",
                                    "Nothing known other than that the flat is damp and the family owe rent arrears."])
def test_nothing_to_say_followed_by_the_authors_own_facts_is_content(answer):
    structure = analyse(report(P8, "heading", answers={3: answer}))
    assert structure.section("family_environment").status == "present"
    assert evaluate(structure)[0].status == "met"


@pytest.mark.parametrize("answer", ["Not applicable as the baby is unborn; I observed her mother feeding her.",
                                    "None of the children has been seen since May, despite three home visits.",
                                    "See Ruby weekly in school and tell the social worker of any absence.",
                                    "Unknown men visit the flat late at night.",
                                    "No concerns about her growth, but her speech is behind for her age.",
                                    "Nothing has changed since the strategy meeting - dad still visits daily."])
def test_sentences_that_begin_like_placeholders_are_content(answer):
    assert analyse(report(P8, "heading", answers={4: answer})).section("analysis").status == "present"


def test_an_optional_section_with_a_heading_must_be_answered():
    criterion, [finding] = evaluate(analyse(report(ASSESSMENT_FRAMEWORK, "heading", answers={9: "N/A"})))
    assert criterion.status == "partial"
    assert finding.message == ("Section 'Date report shared with child' is empty: it holds only the placeholder "
                               "'N/A' (page 1, paragraph 23).")
    assert evaluate(analyse(report(ASSESSMENT_FRAMEWORK[:9], "heading")))[0].status == "met"


@pytest.mark.parametrize("sign_off, last_answer, agency", [
    (["Dr Imran Shah, 27/01/2026"], "The practice will tell the social worker of any missed appointment.", "unknown"),
    (["Nicola Bent, Pre-School Leader"], "We will ring the social worker the same day.", "nursery"),
])
def test_the_agency_comes_from_the_sign_off_not_from_agencies_named_in_the_text(sign_off, last_answer, agency):
    structure = analyse(report(P8, "heading", answers={7: last_answer}, sign_off=sign_off))
    assert structure.agency == agency


def test_a_field_inside_a_section_does_not_name_the_authors_agency():
    header = [*HEADER, "School nurse: Jo Hart, Hereford City Team"]
    answer = "School nurse: weight checks every fortnight and a referral to the community mental health team."
    structure = analyse(report(P8, "heading", header=header, answers={7: answer}, sign_off=["J. Hart, 08/12/2026"]))
    assert (structure.agency, structure.agency_evidence) == ("school_nurse", "School nurse")


AUTHOR_ROW = ("Name and designation of author",
              "Rhian Price, Specialist Community Public Health Nurse (School Nursing)")


def test_the_authors_designation_outranks_the_childs_gp_in_the_header():
    rows = form_rows([("Name of child", "Ruby Hall"), ("GP", "Riverside Medical Centre"), AUTHOR_ROW], 0)
    blocks = [*rows, *report(P8, "heading", header=[]).blocks]
    structure = analyse(document(blocks))
    assert (structure.agency, structure.agency_evidence) == ("school_nurse", AUTHOR_ROW[1])
    lines = [*HEADER, "GP: Riverside Medical Centre", "Report completed by: Dr Imran Shah, GP partner"]
    assert analyse(report(P8, "heading", header=lines, sign_off=[])).agency == "gp"


def test_an_author_line_inside_a_section_does_not_name_the_authors_agency():
    answer = "Report completed by: the school nursing team, who weigh Ruby every fortnight."
    structure = analyse(report(P8, "heading", answers={2: answer}, sign_off=["Signed: Imran Shah, Housing Officer"]))
    assert structure.agency == "housing"


def test_the_agency_from_the_title_of_the_report():
    header = ["Report to Initial Child Protection Conference (General Practice)", *HEADER[1:]]
    assert analyse(report(P8, "heading", header=header, sign_off=["Dr I. Shah"])).agency == "gp"


@pytest.mark.parametrize("prompt", ["What do the parents think needs to change for Ruby to be safe?",
                                    "Please include the dates you saw each child.",
                                    "(Record each child's views separately.)"])
def test_another_forms_prompt_left_under_the_heading_is_no_answer(prompt):
    structure = analyse(report(P8, "heading", answers={5: prompt}))
    section = structure.section("parent_views")
    assert (section.status, section.empty_reason) == ("empty", "only the form's guidance text")
    assert evaluate(structure)[1][0].message == ("Section 6 'Parent/carer views' is empty: it holds only the form's "
                                                 "guidance text (page 1, paragraph 15).")


@pytest.mark.parametrize("answer", ["Mum asked: why is the school involved?\n\nShe said she wants help with Ruby.",
                                    "\"Why does everyone keep asking me?\" Mum said at the visit.",
                                    "What do the parents think?\n\nMum told me she wants help with mornings."])
def test_a_question_is_the_authors_when_it_is_quoted_or_answered(answer):
    assert analyse(report(P8, "heading", answers={5: answer})).section("parent_views").status == "present"


def test_a_forms_long_question_is_named_by_its_first_clause():
    rows = [("Summary of your agency's involvement with this child and family", OPENING),
            ("What are you worried or concerned about? Include the harm, the complicating factors and what could "
             "happen if nothing changes", ANSWER),
            ("What is going well? What are the strengths and protective factors that keep the child safe?", ANSWER),
            ("What needs to happen for the child to be safe, and what can your service offer to the plan?", ANSWER),
            ("What are the child's wishes and feelings? How did you gather them?", ANSWER)]
    structure = analyse(document([para(line) for line in HEADER] + form_rows(rows, len(HEADER))))
    assert structure.template.id == "signs-of-safety"
    assert [s.status for s in structure.sections[:5]] == ["present"] * 5


def test_a_long_heading_is_not_named_by_a_short_clause_of_another_area():
    headings = [*P8[:1], "2. Child's health, education and development: each child separately", *P8[2:]]
    structure = analyse(report(headings, "bold"))
    assert structure.section("child_development").title == "2. Child's health, education and development"
    assert {s.status for s in structure.sections} == {"present"}


@pytest.mark.parametrize("sign_off, agency", [
    ("Sam Patel, Social Work Team Manager", "social_worker"),
    ("Dr A. Shah, The Surgery, Mill Lane", "gp"),
    ("Kim Lowe, Family Practitioner, Eastgate Family Hub", "early_help"),
    ("Lee Marsh, Mental Health Nurse, CAMHS", "camhs"),
    ("Ann Cole, Community Mental Health Nurse", "adult_mental_health"),
    ("Dr Priya Nair, Paediatric Registrar", "community_paediatrician"),
])
def test_the_agency_from_designations_in_sign_offs(sign_off, agency):
    assert analyse(report(P8, "heading", sign_off=[sign_off])).agency == agency


@pytest.mark.parametrize("sign_off, agency, evidence", [
    (["Dr Tomas Reyes, Consultant Psychiatrist, Eastfield CMHT", "cc: Dr Leigh, Parkway Surgery (GP)"],
     "adult_mental_health", "Dr Tomas Reyes, Consultant Psychiatrist, Eastfield CMHT"),
    (["Mia Trent, Practice Nurse, Parkway Medical Centre\nCopy to: Health Visitor; Community Mental Health Team"],
     "gp", "Mia Trent, Practice Nurse, Parkway Medical Centre"),
    (["Dr Ola Ade, GP Partner cc: Perinatal Mental Health Team"], "gp", "Dr Ola Ade, GP Partner"),
])
def test_the_services_a_letter_is_copied_to_are_not_the_authors_agency(sign_off, agency, evidence):
    structure = analyse(report(P8, "heading", sign_off=sign_off))
    assert (structure.agency, structure.agency_evidence) == (agency, evidence)


def test_a_copy_list_alone_names_no_agency():
    structure = analyse(report(P8, "heading", sign_off=["Jo Reed", "cc: Riverside Surgery (GP); Police"]))
    assert (structure.agency, structure.agency_evidence) == ("unknown", None)


@pytest.mark.parametrize("row, agency, evidence", [
    (("Role and agency", "Orthoptist, County Eye Clinic"), "other", "Orthoptist, County Eye Clinic"),
    (("Name of organisation", "Hillside Deaf Children's Society"), "other", "Hillside Deaf Children's Society"),
    (("Agency", "Eastshire Constabulary"), "police", "Eastshire Constabulary"),
    (("Other agencies involved", "County Eye Clinic"), "unknown", None),
    (("Agency", "__________"), "unknown", None),
])
def test_an_agency_the_author_states_but_no_phrase_covers_is_other(row, agency, evidence):
    """The author's own service, stated in the header and none of the known ones, is "other"; a row about other
    services or left blank names nothing."""
    blocks = [*form_rows([("Name of child", "Ruby Hall"), row], 0), *report(P8, "heading", header=[]).blocks]
    structure = analyse(document(blocks))
    assert (structure.agency, structure.agency_evidence) == (agency, evidence)


def test_a_reason_names_the_section_by_the_reports_own_letter():
    headings = [f"{letter}. {h.split('. ', 1)[1]}" for letter, h in zip("ABCDEFGH", P8)]
    criterion, [finding] = evaluate(analyse(report(headings, "bold", answers={4: "See chronology above."})))
    assert finding.message.startswith("Section E 'Analysis of implications for the child's future safety, health and "
                                      "development' is empty: it holds only the placeholder 'See chronology above.'")


def test_a_sub_heading_named_like_a_header_field_stays_inside_its_section():
    answer = "Ruby is well and her immunisations are up to date."
    structure = analyse(report(P8, "heading", answers={1: answer}))
    blocks = list(structure.document.blocks)
    at = structure.section("child_development").heading_block + 2
    blocks[at:at] = [para("School", bold=True), para("Her attendance is 84% and she is often late.")]
    structure = analyse(document(blocks))
    section = structure.section("child_development")
    assert section.words == len(answer.split()) + len("Her attendance is 84% and she is often late.".split()) + 1


def test_a_teacher_of_a_pupil_in_year_four_writes_for_a_primary_school():
    header = [*HEADER, "Year group: Year 4"]
    assert analyse(report(P8, "heading", header=header, sign_off=["Jo Hart, Teacher"])).agency == "school_primary"
    assert analyse(report(P8, "heading", sign_off=["Jo Hart, Teacher"])).agency == "unknown"  # phase not given
    assert analyse(report(P8, "heading", sign_off=["Jo Hart, Class Teacher, Year 9"])).agency == "school_secondary"


def test_the_title_above_the_header_fields_heads_no_opening():
    opening = [para("Health Visiting Service", bold=True), para("Name: Ruby Hall"), para("Date: 13/11/2025"),
               para(OPENING)]
    structure = analyse(document(sos_without_summary(opening)))
    section = structure.section("involvement")
    assert (section.status, section.heading_block, section.content_blocks) == ("present", None, [6])
    assert structure.facts.report_date is not None  # the header fields stay the header's


def test_a_household_table_at_the_top_is_the_family_profile():
    rows = [["Name", "Relationship to child", "Date of birth"], ["Sarah Hall", "Mother", "01/02/1990"],
            ["Ruby Hall", "Subject", "02/04/2016"]]
    cells = [Block(kind=BlockKind.table_cell, text=text, location=Location(page=1, table=1, row=r, column=c))
             for r, row in enumerate(rows, start=1) for c, text in enumerate(row, start=1)]
    blocks = [para(HEADER[0]), *cells]
    for title in ASSESSMENT_FRAMEWORK[1:]:
        blocks += [heading(title), para(ANSWER)]
    structure = analyse(document(blocks))
    section = structure.section("household")
    assert (section.status, section.content_blocks) == ("present", [4, 5, 6, 7, 8, 9])


def _last(headings: list[str], at: int, wording: str) -> list[str]:
    """The form's headings with the one at `at` reworded and moved to the end, so only its words can place it."""
    return [h for n, h in enumerate(headings) if n != at] + [wording]


@pytest.mark.parametrize("wording, section", [
    ("Child's perspective", "child_views"), ("Young person's thoughts", "child_views"),
    ("Tyler's comments", "child_views"), ("What Tyler would like to happen", "child_views"),
    ("Direct work with the child", "child_views"), ("The parents' perspective", "parent_views"),
    ("Mum's thoughts", "parent_views"), ("Parents' and carers' comments", "parent_views"),
    ("Past harm", "worries"), ("What has happened?", "worries")])
def test_a_persons_perspective_comments_or_thoughts_are_their_views_wherever_the_heading_sits(wording, section):
    at = [4, 5, 1][("child_views", "parent_views", "worries").index(section)]
    structure = analyse(report(_last(SIGNS_OF_SAFETY[:7], at, wording), "markdown"))
    assert structure.section(section).title == wording
    assert evaluate(structure)[0].status == "met"


@pytest.mark.parametrize("wording", ["Professional perspective on risk", "Manager's comments"])
def test_a_professionals_perspective_is_no_persons_views(wording):
    structure = analyse(report(_last(SIGNS_OF_SAFETY[:7], 5, wording), "markdown"))
    assert structure.section("parent_views").status == "missing"
    assert structure.section("child_views").title == SIGNS_OF_SAFETY[4]
