"""A heading worded as a header field ('Children', 'School') with a bracket that speaks of the same kind of section
('The children (what I saw)', 'School (attendance and progress)') is the author's heading for that section; a
bracket that only says what to fill in ('Child (known as)', 'Children (names and dates of birth)') leaves it a
field label that heads nothing."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.structure import analyse
from test_structure import HEADER, P8, report

CHILD_VIEWS, DEVELOPMENT = 6, 1  # positions in P8


@pytest.mark.parametrize("layout", ["heading", "bold", "markdown"])
@pytest.mark.parametrize("wording", ["The child (as observed on my visits)", "Children (observations)",
                                     "Young person (what I observed)"])
def test_a_childs_heading_with_an_observation_bracket_is_the_childs_views(wording, layout):
    headings = [*P8[:CHILD_VIEWS], wording, P8[CHILD_VIEWS + 1]]
    structure = analyse(report(headings, layout))
    section = structure.section("child_views")
    assert (section.status, section.title) == ("present", wording)
    assert evaluate(structure)[0].status == "met"


def test_a_school_heading_about_progress_is_the_childs_development():
    headings = [P8[0], "School (attendance and progress)", *P8[DEVELOPMENT + 1:]]
    structure = analyse(report(headings, "bold"))
    assert (structure.section("child_development").status, structure.section("child_development").title) == (
        "present", "School (attendance and progress)")
    assert evaluate(structure)[0].status == "met"


@pytest.mark.parametrize("wording", ["Child (known as)", "Children (names and dates of birth)",
                                     "Young person (full name)"])
def test_a_field_label_with_a_fill_in_bracket_heads_nothing(wording):
    headings = [*P8[:CHILD_VIEWS], wording, P8[CHILD_VIEWS + 1]]
    structure = analyse(report(headings, "bold"))
    assert structure.section("child_views").status == "missing"
    criterion, findings = evaluate(structure)
    assert criterion.status == "partial"
    assert findings[0].message.startswith("Section 7 'Child/ren's views' is missing: there is no heading for it")


def test_a_header_field_about_the_children_stays_out_of_every_section():
    header = [*HEADER, "Children (names and dates of birth): Ruby Hall 02/04/2016"]
    structure = analyse(report(P8, "bold", header=header))
    assert structure.block_section[:len(header)] == [None] * len(header)
    assert evaluate(structure)[0].status == "met"
