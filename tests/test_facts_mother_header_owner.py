"""Facts: once a header line names the mother ("Mother: Sarah Hall"), "Sarah ... her father" later in the report is
her father, the child's grandfather, not the child's father; before, only adults known before the text was read
counted as owners. The child's own "her father" is still the father."""

import pytest

from reportcheck.check import check_text
from test_facts import facts_of

CHILD = "Child: Ruby Hall (DOB 02/04/2016)"


def _family(*lines):
    return {(p.name, p.relation) for p in facts_of(CHILD, *lines).family}


@pytest.mark.parametrize("lines", [
    ("Mother: Sarah Hall", "Sarah has moved in with her father, Ken Hall, in Leek."),
    ("Mum - Sarah Hall", "Since March Sarah and Ruby live with her dad, Ken Hall."),
    ("Sarah Hall (mother)", "Sarah relies on her father, Ken Hall, for childcare."),
])
def test_the_named_mothers_father_is_a_grandparent(lines):
    family = _family(*lines)
    assert ("Ken Hall", "grandparent") in family
    assert ("Ken Hall", "father") not in family


@pytest.mark.parametrize("lines", [
    ("Mother: Sarah Hall", "Ruby sees her father, Liam Hall, every Saturday."),
    ("Mother: Sarah Hall", "Father: Liam Hall"),
])
def test_the_childs_own_father_is_still_the_father(lines):
    assert ("Liam Hall", "father") in _family(*lines)


REPORT = """Health Visitor Report to Initial Child Protection Conference
Child: Ruby Hall (DOB 02/04/2016)
Mother: Sarah Hall
Conference date: 20/03/2026

Family and environmental factors
Sarah has moved in with her father, Ken Hall, who I met at the home visit on 02/03/2026; he said he is happy to help.
"""


def test_the_mothers_father_heard_does_not_meet_the_father_criterion():
    criterion = check_text(REPORT).criteria["father_involvement"]
    assert criterion.status == "not_met"
    assert "Ken Hall" not in " ".join(criterion.reasons)


def test_the_childs_father_heard_meets_it():
    text = REPORT.replace("Sarah has moved in with her father, Ken Hall,", "Ruby's father, Liam Hall,")
    criterion = check_text(text).criteria["father_involvement"]
    assert criterion.status == "met", criterion.reasons
    assert "Liam Hall" in criterion.evidence[0].quote
