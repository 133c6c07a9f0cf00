"""facts: "Name of unborn child" labels the unborn baby, and a "Father of baby:" line in the text names the father
(whose relative he is, then his name), so neither the father nor anyone else is taken for a subject child whose
voice is missing; "the father of the baby is not known" names no one."""

import pytest

from reportcheck import check_text

HEADER = """Pre-birth Report to Initial Child Protection Conference
{child_label}
EDD: 02/08/2026
Conference date: 10/06/2026
"""

BODY = """
Summary of involvement
{line} Leah says he comes round "most days". Jordan works shifts at the depot.
Jordan has a caution for affray. Leah thinks Jordan is "calm now" and Jordan drives her to clinic.
"""


def _check(child_label="Name of unborn child: Unborn baby of Leah Moss",
           line="Father of the baby: Jordan Hale, DOB 03/03/2001."):
    return check_text(HEADER.format(child_label=child_label) + BODY.format(line=line))


@pytest.mark.parametrize("label", ["Name of unborn child: Unborn baby of Leah Moss",
                                   "Name of the unborn baby: Baby of Leah Moss"])
def test_a_name_of_unborn_child_field_makes_the_unborn_baby_the_subject(label):
    result = _check(child_label=label)
    assert [(c.name, c.unborn) for c in result.facts.children] == [(None, True)]
    assert result.criteria["child_voice"].status == "not_applicable"


@pytest.mark.parametrize("line", ["Father of baby: Jordan Hale, DOB 03/03/2001.",
                                  "Father to the unborn baby - Jordan Hale.",
                                  "Father of the children: Jordan Hale."])
def test_a_father_of_baby_line_names_the_father(line):
    result = _check(child_label="Mother: Leah Moss", line=line)  # no field names the baby: the text's names are weighed
    assert ("Jordan Hale", "father") in [(p.name, p.relation) for p in result.facts.family]
    assert not any("Jordan" in r for r in result.criteria["child_voice"].reasons)
    assert "Jordan Hale (father)" in result.criteria["father_involvement"].reasons[0]


@pytest.mark.parametrize("line", ["Father of the baby: not known.", "The father of the baby is not known."])
def test_a_father_of_baby_line_with_no_name_names_no_father(line):
    result = _check(line=line)
    assert not [p for p in result.facts.family if p.relation == "father"]
