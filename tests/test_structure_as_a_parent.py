"""A heading that judges someone "as a parent" ("Mr Okafor as a parent", "Gemma as a mother") answers the
parenting capacity area, whoever it names and whether or not the report has said who he is; without the role it
stays a heading about a person, and an empty one is still a placeholder."""

from __future__ import annotations

import pytest

from reportcheck.check import check_text
from reportcheck.structure.normalise import heading_key

HEADER = """# Community Mental Health Team - Report to Initial Child Protection Conference

Child: Amara Okafor (DOB 03/07/2022)
Client: Tunde Okafor (DOB 14/02/1990)
Conference date: 12/03/2026
Author: Dev Patel, Care Coordinator

"""
SECTIONS = [
    ("Household", "Amara lives with her father, Tunde Okafor, in a council flat on Park Road."),
    ("Mental health involvement and background", "He has been open to the team since May 2024 for bipolar disorder "
                                                 "and sees me fortnightly."),
    ("Amara's development", "Amara attends nursery three days a week; her keyworker says she is meeting milestones."),
    ("Amara's wishes and feelings", "I saw Amara at home on 02/03/2026; she showed me her doll and said: "
                                    "\"Daddy makes pancakes.\""),
    ("{parenting}", "{answer}"),
    ("Family and environmental factors", "His sister lives nearby and has Amara two nights a week."),
    ("Analysis of risk to Amara", "When he is well he cares for Amara warmly; when he stops medication his sleep "
                                  "goes and Amara would be left without a carer at night, which is the main risk."),
    ("Recommendations", "Weekly contact with me; a relapse plan shared with his sister and the nursery."),
    ("Report shared with parents", "I read this report with Mr Okafor on 05/03/2026 and gave him a copy."),
    ("Report shared with child", "Amara is three, so the report was not shared with her."),
]
CARE = "He keeps to Amara's routines, cooks for her and takes her to nursery on time; he says he struggles when low."


def report(parenting: str, answer: str = CARE) -> str:
    body = "".join(f"## {title.format(parenting=parenting)}\n\n{text.format(answer=answer)}\n\n"
                   for title, text in SECTIONS)
    return HEADER + body + "Dev Patel, Care Coordinator\n"


def required(text: str):
    result = check_text(text)
    return result.template.id, result.criteria["required_sections"]


@pytest.mark.parametrize("heading", ["Mr Okafor as a parent", "Tunde as a father", "Dad as a carer",
                                     "Mr Okafor as parent"])
def test_someone_as_a_parent_answers_the_parenting_area(heading):
    template, criterion = required(report(heading))
    assert (template, criterion.status, criterion.reasons) == ("assessment-framework", "met", [])


def test_a_heading_naming_the_person_without_the_role_leaves_the_parenting_missing():
    template, criterion = required(report("Mr Okafor's hobbies"))
    assert (template, criterion.status) == ("assessment-framework", "partial")
    assert criterion.reasons[0].startswith(
        "Section 'Parenting capacity' is missing: there is no heading for it after 'Amara's wishes and feelings'")


def test_an_as_a_parent_heading_with_only_a_placeholder_is_still_empty():
    template, criterion = required(report("Mr Okafor as a parent", answer="N/A"))
    assert (template, criterion.status) == ("assessment-framework", "partial")
    assert criterion.reasons[0].startswith(
        "Section 'Mr Okafor as a parent' is empty: it holds only the placeholder 'N/A'")


def test_the_role_words_become_parenting_and_the_parents_own_views_do_not():
    assert heading_key("Ms Reid as a mother") == "ms reid parenting"
    assert heading_key("Parents as carers") == "parent parenting"
    assert heading_key("What Mum and Dad say") == "parent say"
    assert heading_key("Views of the parents") == "view parent"
