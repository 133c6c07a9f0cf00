"""father_involvement: "her father" or "her dad" of the parent a header names is the children's grandfather, not
their father; "her dad" of a child, or of "she" who is the child, is still the child's father."""

import pytest

from reportcheck import check_text

HEAD = """SCHOOL REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: Poppy Marsh (DOB 02/02/2016); Alfie Marsh (DOB 09/09/2019)
{parent}
Conference date: 10/03/2026
Date: 04/03/2026

4. FAMILY AND ENVIRONMENTAL FACTORS
{text}
"""


def check(text, parent="Parent: Gemma Marsh (DOB 14/03/1991)"):
    return check_text(HEAD.format(parent=parent, text=text))


@pytest.mark.parametrize("text", [
    "Gemma lives with Poppy and Alfie. Her father, Ken Marsh, lives close by and helps with the school run.",
    "Gemma is raising Poppy and Alfie on her own. Her dad collects the children from school on Fridays.",
    "Gemma told me she finds the mornings hard. She said Alfie's lateness is her fault and her dad will drive them.",
])
def test_the_parents_own_father_is_a_grandfather(text):
    result = check(text)
    criterion = result.criteria["father_involvement"]
    assert criterion.status == "not_met", criterion.reasons
    assert criterion.reasons == ["The report does not mention the father of Poppy Marsh (10), Alfie Marsh (6) or any "
                                 "male carer."]


def test_a_grandfather_named_after_the_parent_is_a_family_fact():
    result = check("Gemma lives with Poppy and Alfie. Her father, Ken Marsh, lives close by.")
    family = [(p.name, p.relation) for p in result.facts.family]
    assert ("Gemma Marsh", "parent") in family
    assert ("Ken Marsh", "grandparent") in family


@pytest.mark.parametrize("text", [
    "Poppy lives with her mum. She told me her dad lives in Leeds and she misses him.",
    "Poppy said she misses her dad, who moved to Leeds last year.",
])
def test_the_childs_own_dad_still_counts(text):
    criterion = check(text).criteria["father_involvement"]
    assert criterion.status == "partial", criterion.reasons
    assert "the father of Poppy Marsh (10) and Alfie Marsh (6)" in criterion.reasons[0]


def test_a_named_relation_adds_no_parent_of_unknown_relation():
    family = [(p.name, p.relation) for p in check("Poppy and Alfie are settled.",
                                                  "Parent/carer: Gemma Marsh (mother)").facts.family]
    assert ("Gemma Marsh", "mother") in family and ("Gemma Marsh", "parent") not in family


@pytest.mark.parametrize("text", [
    "Leanne goes to the parenting group when she can. Her dad minds Poppy and Alfie while she is there.",
    "Leanne said she struggles in the evenings. Her father helps with tea most nights.",
])
def test_her_dad_of_a_woman_named_by_first_name_only_is_a_grandfather(text):
    """No header names Leanne, but the report calls her "she" and she is not a child: her dad is their grandfather."""
    criterion = check(text, parent="").criteria["father_involvement"]
    assert criterion.status == "not_met", criterion.reasons
    assert criterion.evidence == []


@pytest.mark.parametrize("text", [
    "Poppy told me she likes drawing. Her dad takes her swimming on Saturdays.",
    "Leanne said she struggles in the evenings. Poppy said her dad helps with tea.",
])
def test_her_dad_of_a_girl_named_by_first_name_is_still_her_father(text):
    criterion = check(text, parent="").criteria["father_involvement"]
    assert criterion.status == "partial", criterion.reasons
    assert "the father of Poppy Marsh (10) and Alfie Marsh (6)" in criterion.reasons[0]
