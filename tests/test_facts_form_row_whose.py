"""Facts from a form's header rows: a child's sex between the name and the date of birth is a detail of that child
("Jade MOSS, female, DOB ..."), a relation row saying whose relative it is in brackets ("Father (Jade)") still names
that relative, and a possessive name after a relation ("Jade's father, Lisa's partner") is its owner, not the man."""

from datetime import date

import pytest

from reportcheck.annotate import annotate
from reportcheck.criteria import father
from reportcheck.structure import analyse
from test_facts import _family, facts_of
from test_structure import P8, document, form_rows, para


@pytest.mark.parametrize("value", ["Jade MOSS, female, DOB 04/05/2015", "Jade MOSS, girl, 04/05/2015",
                                   "Jade MOSS (female), DOB 04/05/2015"])
def test_a_childs_sex_beside_the_name_keeps_the_name(value):
    facts = analyse(document(form_rows([("Child 1", value), ("Child 2", "Theo MOSS, male, DOB 09/09/2019")], 0)
                             + [para(h) for h in P8])).facts
    assert [(c.name, c.dob) for c in facts.children] == [("Jade MOSS", date(2015, 5, 4)),
                                                          ("Theo MOSS", date(2019, 9, 9))]


def test_a_sex_word_alone_is_no_child():
    assert [c.name for c in facts_of("Children: Jade Moss (DOB 04/05/2015), female").children] == ["Jade Moss"]


@pytest.mark.parametrize("label", ["Father (Jade)", "Father (of Jade)", "Father (both children)"])
def test_a_relation_row_saying_whose_relative_names_him(label):
    family = _family([("Child", "Jade Moss (DOB 04/05/2015)"), (label, "Carl DENT, DOB 01/01/1988")],
                     ["Known to the service since 2022."])
    assert ("Carl DENT", "father") in family


@pytest.mark.parametrize("label", ["Father (if known)", "Father (Jade)"])
def test_a_relation_row_answered_not_known_names_no_one(label):
    family = _family([("Child", "Jade Moss (DOB 04/05/2015)"), (label, "Not known")], ["Known since 2022."])
    assert all(relation != "father" for _, relation in family)


@pytest.mark.parametrize("line", ["Carl Dent (Jade's father, Lisa's partner since 2014) lives with them.",
                                  "Jade's father, Lisa\u2019s partner, lives with them."])
def test_a_possessive_name_after_a_relation_is_not_the_relative(line):
    family = _family([("Child", "Jade Moss (DOB 04/05/2015)"), ("Mother", "Lisa Moss")], [line])
    assert not [name for name, relation in family if name.startswith("Lisa") and relation != "mother"]


def test_a_father_named_only_in_a_whose_row_is_followed_to_his_engagement():
    rows = [("Child 1", "Jade MOSS, female, DOB 04/05/2015"), ("Mother", "Lisa MOSS"),
            ("Father (Jade)", "Carl DENT, DOB 01/01/1988")]
    text = ["Lisa lives with Jade. Carl told me on 02/02/2026 that he wants to see Jade every weekend."]
    blocks = form_rows(rows, 0) + [para(P8[0])] + [para(t) for t in text] + [para(h) for h in P8[1:]]
    criterion, findings = father.evaluate(annotate(analyse(document(blocks))))
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote.startswith("Carl told me on 02/02/2026")
    assert findings == []
