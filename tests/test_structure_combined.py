"""One heading that answers two of the form's sections: "Parents' and child's views", "Views of the child and
family". Each side of the "and" must name one of them: a heading about one person's views of another does not."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.structure import analyse
from test_structure import P8, SIGNS_OF_SAFETY, report

VIEWS = ("Zac told me he \"hates the shouting\". His mother said she wants help; his father agreed to a parenting "
         "course.")


def sos_with(heading: str, answer: str = VIEWS):
    """Signs of Safety with the child's and the parents' views (positions 4 and 5) under one heading."""
    headings = [*SIGNS_OF_SAFETY[:4], heading, *SIGNS_OF_SAFETY[6:]]
    return analyse(report(headings, "markdown", answers={4: answer}))


@pytest.mark.parametrize("heading", ["Parents' and child's views", "Views of the child and family",
                                     "Mum, Dad and Zac's views", "CHILD AND PARENT/CARER VIEWS:",
                                     "Young person & carers' views"])
def test_a_combined_views_heading_answers_both_sections(heading):
    structure = sos_with(heading)
    child, parents = structure.section("child_views"), structure.section("parent_views")
    assert (child.status, parents.status) == ("present", "present")
    assert child.heading_block == parents.heading_block
    assert child.content_blocks == parents.content_blocks and child.words == parents.words > 0
    assert evaluate(structure)[0].status == "met"


def test_a_combined_heading_left_empty_leaves_both_sections_empty():
    structure = sos_with("Views of the child and family", "N/A")
    criterion, findings = evaluate(structure)
    assert criterion.status == "partial"
    assert [f.message for f in findings] == [
        f"Section 'Views of the child and family' (for '{title}') is empty: it holds only the placeholder 'N/A' "
        "(page 1, paragraph 13)." for title in ("Child's views, wishes and feelings", "Parent/carer views")]


@pytest.mark.parametrize("heading", ["Child's views about Mum and Dad", "What Zac and his sister say",
                                     "Child's wishes and feelings"])
def test_one_persons_views_do_not_answer_the_parents_views(heading):
    structure = sos_with(heading)
    assert structure.section("child_views").status == "present"
    assert structure.section("parent_views").status == "missing"
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message.startswith("Section 'Parent/carer views' is missing: there is no heading for it after")


def test_a_combined_heading_does_not_take_a_section_that_has_its_own_heading():
    headings = [*P8[:4], "5. Analysis and recommendations", *P8[5:]]
    structure = analyse(report(headings, "heading"))
    assert structure.section("analysis").title == "5. Analysis and recommendations"
    assert structure.section("plan").title == P8[7]  # the plan keeps its own heading
    headings = [*P8[:4], "5. Analysis and recommendations", *P8[5:7]]
    structure = analyse(report(headings, "heading"))
    assert structure.section("plan").title == "5. Analysis and recommendations"
    assert evaluate(structure)[0].status == "met"
