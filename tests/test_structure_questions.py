"""Forms set out as their own questions: a printed question may run longer than a heading, and still heads its
section when the layout marks it (bold, numbered); the same words in the author's prose stay the author's."""

from __future__ import annotations

from reportcheck.criteria.required_sections import evaluate
from reportcheck.structure import analyse
from test_structure import ANSWER, HEADER, document, para

QUESTIONS = [
    "1. How does your service know this family and for how long?",
    "2. How are each of the children getting on with their health, learning and development?",
    "3. How well are the parents and carers able to keep each of the children safe and meet all of their needs?",
    "4. What is happening in the wider family and the home that the conference should be aware of?",
    "5. What do you think all of this means for the children's safety, health and development in the future?",
    "6. What do the parents and carers say about the concerns?",
    "7. What do the children say about life at home?",
    "8. What needs have you identified and what will your service provide to meet them?",
]
LONG = ("What would happen to the children if their mother relapsed again and there was nobody else at home who "
        "could look after them?")


def form(questions: list[str], extra: dict[int, list] | None = None):
    """A report whose headings are the given questions, each over one answer (and any `extra` blocks after it)."""
    blocks = [para(line) for line in HEADER]
    for n, question in enumerate(questions):
        blocks += [para(question, bold=True), para(ANSWER), *(extra or {}).get(n, [])]
    return analyse(document(blocks + [para("Signed: Jane Brown, Family Support Worker, 13/11/2025")]))


def test_a_long_bold_question_heads_its_section_and_the_sections_are_met():
    result = form(QUESTIONS)
    section = result.section("parenting")
    assert (result.template.id, section.status, section.title) == ("p8", "present", QUESTIONS[2])
    assert evaluate(result)[0].status == "met"


def test_a_question_naming_the_conference_is_no_form_title():
    result = form(QUESTIONS)
    assert (result.section("family_environment").status, result.section("family_environment").title) == (
        "present", QUESTIONS[3])


def test_a_long_question_unnumbered_in_bold_is_placed_by_its_words():
    result = form([q.split(". ", 1)[1] for q in QUESTIONS])
    assert result.section("parenting").status == "present"
    assert evaluate(result)[0].status == "met"


def test_a_long_question_in_the_authors_plain_prose_is_no_heading():
    questions = QUESTIONS[:2] + QUESTIONS[3:]
    result = form(questions, extra={3: [para(LONG)]})
    assert result.section("parenting").status == "missing"
    analysis = result.section("analysis")
    assert analysis.content_blocks[-1] == analysis.content_blocks[0] + 1  # the question is the author's own words
    criterion, [finding] = evaluate(result)
    assert criterion.status == "partial"
    assert finding.message.startswith("Section 3 'Capacity of the parents/carers to safeguard and promote the "
                                      "child's welfare' is missing")


def test_a_long_bold_statement_is_no_heading():
    statement = ("Mum has told us many times that she will stop drinking but she has not been able to keep to "
                 "this for longer than a week.")
    questions = QUESTIONS[:2] + QUESTIONS[3:]
    result = form(questions, extra={1: [para(statement, bold=True)]})
    assert result.section("parenting").status == "missing"
    assert len(result.section("child_development").content_blocks) == 2


TITLE = ("3. Knowledge and information held by the school about the capacity of the parents/carers to safeguard and "
         "promote the child's welfare")  # a printed area title longer than a heading, no question mark


def test_a_long_numbered_title_heads_its_section():
    result = form(QUESTIONS[:2] + [TITLE] + QUESTIONS[3:])
    section = result.section("parenting")
    assert (section.status, section.title) == ("present", TITLE)
    assert evaluate(result)[0].status == "met"


def test_a_long_numbered_title_over_a_placeholder_is_found_empty():
    questions = QUESTIONS[:2] + [TITLE] + QUESTIONS[3:]
    blocks = [para(line) for line in HEADER]
    for question in questions:
        blocks += [para(question, bold=True), para("Not known." if question == TITLE else ANSWER)]
    criterion, [finding] = evaluate(analyse(document(blocks)))
    assert criterion.status == "partial"
    assert finding.message.startswith(f"Section 3 '{TITLE[3:]}' is empty: it holds only the placeholder 'Not known.'")
    assert finding.quote == "Not known."


def test_the_same_long_line_unnumbered_in_plain_prose_is_the_authors():
    questions = QUESTIONS[:2] + QUESTIONS[3:]
    result = form(questions, extra={1: [para(TITLE.split(". ", 1)[1])]})
    assert result.section("parenting").status == "missing"
    assert len(result.section("child_development").content_blocks) == 2


def test_a_long_numbered_sentence_ending_in_a_full_stop_is_no_title():
    sentence = ("3. Mum has told the school more than once that she will keep Ruby home whenever she thinks the "
                "staff are being unfair.")
    result = form(QUESTIONS[:2] + QUESTIONS[3:], extra={1: [para(sentence, bold=True)]})
    assert result.section("parenting").status == "missing"
    assert len(result.section("child_development").content_blocks) == 2
