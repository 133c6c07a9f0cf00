"""Template detection, heading recognition and sections, in every layout a report arrives in."""

from __future__ import annotations

import pytest

from reportcheck.document import Block, BlockKind, Document, Location, Source
from reportcheck.structure import analyse, load_profiles

# What an author writes under each area: enough words to count as content.
ANSWER = "I saw Ruby at school on 10/11/2025; she was quiet and tired and said she was hungry."

P8 = ["1. Details of service involvement", "2. Child's health and development",
      "3. Capacity of the parents/carers to safeguard and promote the child's welfare",
      "4. Family and environmental factors",
      "5. Analysis of implications for the child's future safety, health and development",
      "6. Parent/carer views", "7. Child/ren's views", "8. Need identified and service provision"]
SIGNS_OF_SAFETY = ["Summary of agency involvement", "What are we worried about?", "What is working well?",
                   "What needs to happen?", "Child's views, wishes and feelings", "Parent/carer views",
                   "Scaling (0-10 and why)", "Report shared with the family (date)"]
ASSESSMENT_FRAMEWORK = ["Family profile", "Chronology of involvement", "Child Development",
                        "Childs Wishes and Feelings", "Parenting Capacity", "Family & Environmental Factors",
                        "Analysis of implications for the child's future safety, health, and development",
                        "Future Plan of intervention", "Date report shared with parents/carers",
                        "Date report shared with child"]
FORMS = {"p8": P8, "signs-of-safety": SIGNS_OF_SAFETY, "assessment-framework": ASSESSMENT_FRAMEWORK}
LAYOUTS = ("heading", "bold", "capitals", "form", "markdown", "numbered")

HEADER = ["Report to Initial Child Protection Conference", "Name of child: Ruby Hall (DOB 02/04/2016)",
          "Date of conference: 18/11/2025"]


def document(blocks: list[Block], furniture: list[Block] | None = None) -> Document:
    for n, block in enumerate(blocks, start=1):
        block.location.paragraph = n
    return Document(source=Source(path="report.docx", format="docx", sha256="0" * 64, size=1), blocks=blocks,
                    furniture=furniture or [])


def para(text: str, **extra) -> Block:
    return Block(kind=BlockKind.paragraph, text=text, location=Location(page=1), **extra)


def heading(text: str, layout: str) -> Block:
    """A heading the way each layout marks it."""
    if layout == "heading":
        return Block(kind=BlockKind.heading, text=text, level=1, style="Heading 1", location=Location(page=1))
    if layout == "bold":
        return para(text, bold=True)
    if layout == "capitals":
        return para(text.upper())
    if layout == "markdown":
        return para(f"## {text}")
    return para(text if text[:1].isdigit() else f"Section 1 - {text}")


def form_rows(rows: list[tuple[str, str]], start: int, table: int = 1) -> list[Block]:
    """A two-column form table: the label cell (heading and printed prompt), the answer cell beside it."""
    blocks = []
    for r, (label, answer) in enumerate(rows, start=1):
        at = start + len(blocks)
        blocks.append(Block(kind=BlockKind.table_cell, text=label, role="label", pair=at + 1,
                            location=Location(page=1, table=table, row=r, column=1)))
        blocks.append(Block(kind=BlockKind.table_cell, text=answer, role="answer", pair=at,
                            location=Location(page=1, table=table, row=r, column=2)))
    return blocks


def report(headings: list[str], layout: str = "heading", answers: dict[int, str] | None = None,
           header: list[str] = HEADER, sign_off: list[str] = ("Signed: Jane Brown", "Date: 13/11/2025")) -> Document:
    """A report with the given headings; `answers` replaces the author's text of some sections (by position)."""
    answers = answers or {}
    blocks = [para(line) for line in header]
    if layout == "form":
        blocks += form_rows([(h, answers.get(n, ANSWER)) for n, h in enumerate(headings)], len(blocks))
    else:
        for n, h in enumerate(headings):
            blocks.append(heading(h, layout))
            text = answers.get(n, ANSWER)
            blocks += [para(line) for line in text.split("\n\n")] if text else []
    blocks += [para(line) for line in sign_off]
    return document(blocks)


def statuses(structure) -> dict[str, str]:
    return {s.id: s.status for s in structure.sections}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_form_in_each_layout_is_recognised_with_its_sections(form, layout):
    structure = analyse(report(FORMS[form], layout))
    assert structure.template.id == form
    assert structure.template.confidence >= 0.8
    assert set(statuses(structure).values()) == {"present"}
    assert all(s.words == len(ANSWER.split()) for s in structure.sections)
    assert structure.block_section[:3] == [None, None, None]  # the header belongs to no section


@pytest.mark.parametrize("wording", ["Child/ren's views", "The child's wishes and feelings", "7) Childrens views",
                                     "CHILD'S VIEWS", "Section 7 - Child/ren\u2019s views", "Voice of the child:",
                                     "Child's views and wishes"])
def test_headings_worded_differently_still_name_the_section(wording):
    headings = [*P8[:6], wording, P8[7]]
    structure = analyse(report(headings, "bold"))
    section = structure.section("child_views")
    assert section.status == "present"
    assert section.title == wording.rstrip(":")
    assert structure.document.blocks[section.heading_block].text == wording


def test_a_section_holding_only_its_guidance_text_is_empty():
    guidance = ("Please record the child's views, wishes and feelings, in their own words where possible.\n\n"
                "For a baby or a child who cannot express a view, describe their presentation and their interaction "
                "with their parents/carers.")
    structure = analyse(report(P8, "heading", answers={6: guidance}))
    section = structure.section("child_views")
    assert (section.status, section.empty_reason, section.words) == ("empty", "only the form's guidance text", 0)
    guidance_blocks = [i for i, g in enumerate(structure.guidance) if g]
    assert len(guidance_blocks) == 2
    assert all(structure.block_section[i] == "child_views" for i in guidance_blocks)
    assert section.content_blocks == []


def test_guidance_split_over_lines_and_followed_by_the_authors_words_is_taken_out():
    answer = ("Please record the child's views, wishes and feelings,\n\nin their own words where possible.\n\n"
              "Ruby told me \"I want my dad to stop shouting\".")
    section = analyse(report(P8, "heading", answers={6: answer})).section("child_views")
    assert section.status == "present"
    assert section.words == 10


@pytest.mark.parametrize("placeholder", ["N/A", "n/a.", "Nil", "None", "Not known", "See above",
                                         "Not applicable to housing", "No information held", "---", "TBC",
                                         "None known to police.", "No information held by the practice."])
def test_a_placeholder_is_empty(placeholder):
    section = analyse(report(P8, "heading", answers={3: placeholder})).section("family_environment")
    assert section.status == "empty"
    assert section.empty_reason == f"placeholder '{placeholder}'"


def test_a_blank_section_is_empty():
    section = analyse(report(P8, "bold", answers={4: ""})).section("analysis")
    assert (section.status, section.empty_reason) == ("empty", "blank")


def test_a_missing_heading_is_missing():
    structure = analyse(report([h for h in P8 if not h.startswith("6.")], "heading"))
    assert statuses(structure)["parent_views"] == "missing"
    assert structure.section("parent_views").heading_block is None
    assert structure.template.id == "p8"


def test_an_unfilled_form_is_all_empty():
    prompts = {s.title: s.guidance[0] for s in next(p for p in load_profiles() if p.id == "p8").sections}
    rows = [(f"{h}\n{prompts[h.split('. ', 1)[1]]}", "") for h in P8]
    structure = analyse(document([para(line) for line in HEADER] + form_rows(rows, len(HEADER))))
    assert structure.template.id == "p8"
    assert set(statuses(structure).values()) == {"empty"}
    assert {s.empty_reason for s in structure.sections} == {"blank"}


def test_heading_and_guidance_in_one_cell_still_match_and_the_answer_is_the_content():
    label = ("Parent/carer views\n"
             "Please record the views of the parents/carers about the concerns and about this report.")
    rows = [(h, ANSWER) for h in P8]
    rows[5] = (label, "Mum said she agrees with the report.")
    structure = analyse(document([para(line) for line in HEADER] + form_rows(rows, len(HEADER))))
    section = structure.section("parent_views")
    assert section.status == "present"
    assert section.title == "Parent/carer views"
    assert section.words == 7
    assert structure.document.blocks[section.content_blocks[0]].role == "answer"


def test_inline_label_lines_of_a_text_report():
    blocks = [para(f"{h}: {ANSWER}") for h in P8]
    blocks[6] = para("7. Child/ren's views: N/A")
    structure = analyse(document(blocks))
    assert structure.template.id == "p8"
    assert structure.section("involvement").words == len(ANSWER.split())
    assert structure.section("child_views").empty_reason == "placeholder 'N/A'"


def test_a_letter_with_no_headings_follows_no_form():
    letter = ["Dear Chair,", "I write about Ruby Hall who attends our school. Her attendance is 95%.",
              "Mum is supportive and Ruby seems happy.", "Yours sincerely,", "Jane Brown", "Headteacher"]
    structure = analyse(document([para(line) for line in letter]))
    assert structure.template.id == "none"
    assert structure.template.checked_against == "p8"
    assert set(statuses(structure).values()) == {"missing"}


def test_two_recognised_sections_are_not_enough_coverage_for_a_form():
    structure = analyse(report(["Background", "Child's views", "Conclusion"], "bold"))
    assert structure.template.id == "none"


def test_sign_off_after_the_last_section_is_not_its_content():
    structure = analyse(report(P8, "heading"))
    last = len(structure.document.blocks) - 1
    assert structure.block_section[last] is None
    assert structure.section("plan").words == len(ANSWER.split())


def test_sub_headings_inside_a_section_do_not_end_it():
    answers = {6: f"Ruby\n\n{ANSWER}\n\nCody\n\nCody is two; he ran to his mother and showed her his painting."}
    section = analyse(report(P8, "heading", answers=answers)).section("child_views")
    assert section.words == len(ANSWER.split()) + 15


def test_template_override_and_unknown_template():
    structure = analyse(report(P8, "heading"), template="signs-of-safety")
    assert structure.template.id == "signs-of-safety" and structure.template.overridden
    assert structure.section("parent_views").status == "present"
    with pytest.raises(ValueError, match="assessment-framework, p8, signs-of-safety"):
        analyse(report(P8), template="p9")


def test_headings_lists_every_recognised_heading():
    structure = analyse(report(P8, "heading"))
    assert [structure.document.blocks[i].text for i in structure.headings[:8]] == P8


def test_a_heading_naming_the_child_by_name_is_still_the_childs_views():
    headings = [*SIGNS_OF_SAFETY[:4], "Freya's views and what we see", *SIGNS_OF_SAFETY[5:]]
    structure = analyse(report(headings, "heading"))
    assert structure.section("child_views").title == "Freya's views and what we see"
    mothers = [*SIGNS_OF_SAFETY[:4], "Mother's views", *SIGNS_OF_SAFETY[5:]]
    assert analyse(report(mothers, "heading")).section("child_views").status == "missing"


@pytest.mark.parametrize("named", ["What Connor says", "What does Kai think?", "How does Ella-May feel?"])
def test_a_question_about_what_a_named_child_says_is_the_childs_views(named):
    # Out of the form's order (straight after the worries) so only its wording can place it.
    headings = [*SIGNS_OF_SAFETY[:2], named, *SIGNS_OF_SAFETY[2:4], *SIGNS_OF_SAFETY[5:]]
    section = analyse(report(headings, "heading")).section("child_views")
    assert (section.status, section.title) == ("present", named)


@pytest.mark.parametrize("adults", ["What does Mum think?", "What Shannon and Josh think"])
def test_what_the_parents_think_is_not_the_childs_views(adults):
    headings = [*SIGNS_OF_SAFETY[:2], adults, *SIGNS_OF_SAFETY[2:4], *SIGNS_OF_SAFETY[5:]]
    assert analyse(report(headings, "heading")).section("child_views").status == "missing"


def test_a_header_field_naming_a_section_does_not_take_its_heading():
    header = [*HEADER, "Report shared with family: 5th December 2025, with Ms Hall"]
    structure = analyse(report(SIGNS_OF_SAFETY, "heading", header=header))
    shared = structure.section("shared")
    assert structure.document.blocks[shared.heading_block].text == "Report shared with the family (date)"
    assert structure.block_section[3] is None


@pytest.mark.parametrize("signature", ["C. Dobson, School Nurse, 26/11/2025", "Dr A. Rao, Clinical Psychologist",
                                       "DC 1187 M. EVANS. Reviewed by DS 3012 R. KERR, 04/12/2025"])
def test_a_closing_signature_is_not_the_last_sections_content(signature):
    structure = analyse(report(P8, "heading", sign_off=[signature]))
    assert structure.block_section[-1] is None
    assert structure.section("plan").words == len(ANSWER.split())


def test_a_last_sentence_that_only_starts_with_a_name_stays_content():
    structure = analyse(report(P8, "heading", sign_off=["Ruby, Cody and mum will be offered weekly visits."]))
    assert structure.block_section[-1] == "plan"


def test_a_label_wrapped_over_lines_in_a_narrow_cell_still_names_its_section():
    """A PDF form row: the label cell's heading runs over three lines and the reader marks no label role."""
    wrapped = {1: "2. Information and knowledge\nrelating to the child's health and\ndevelopment",
               2: "3. Information and knowledge\nrelating to the capacity of the\nparents/carers to safeguard and\n"
                  "promote the child's welfare"}
    blocks = [para(line) for line in HEADER]
    for r, h in enumerate(P8, start=1):
        for column, text in ((1, wrapped.get(r - 1, h)), (2, ANSWER)):
            blocks.append(Block(kind=BlockKind.table_cell, text=text, location=Location(table=1, row=r, column=column)))
    structure = analyse(document(blocks))
    assert set(statuses(structure).values()) == {"present"}
    assert structure.section("child_development").title == ("2. Information and knowledge relating to the child's "
                                                            "health and development")
