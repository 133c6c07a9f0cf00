"""father_involvement: fathers and male carers identified, engaged or their absence explained; not grandfathers."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(paragraphs, family=()):
    return father.evaluate(report({"parent_views": paragraphs}, children=KIDS, family=list(family)))


@pytest.mark.parametrize("text", [
    "I spoke with Ruby's father on 3/11/2025 and he said he wants to help with the school run.",
    "Dad attended the strategy meeting and agreed to the safety plan.",
    "Mum's partner, Dean, declined to meet with me.",
    "Ruby's father is not known to Mum and is not named on the birth certificate.",
    "Dad's whereabouts are unknown; I made three attempts to trace him through his last address.",
    "Father has had no contact since 2021 when he moved to Spain.",
])
def test_engagement_or_explained_absence_is_met(text):
    criterion, findings = judge([text])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text
    assert findings == []


@pytest.mark.parametrize("text", [
    "Ruby lives with her mum and her grandfather, who takes her to school.",
    "PC Smith attended the address and he spoke to Mum.",
    "Ruby was excited to see Father Christmas at the school fair.",
    "The alleged perpetrator, a neighbour, has been arrested.",
    "Father O'Brien from the parish visits the family.",
])
def test_men_who_are_not_fathers_do_not_count(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-FATHER-001"
    assert "Ruby Hall (7)" in findings[0].message


@pytest.mark.parametrize("text", [
    "Ruby's father is Liam Hall.",
    "There is no evidence that dad has engaged with services.",
    "I will contact dad before the conference.",
    "I was unable to speak with dad.",
])
def test_named_only_negated_or_intended_is_partial(text):
    criterion, findings = judge([text])
    assert criterion.status == "partial", criterion.reasons
    assert findings[0].rule == "RC-FATHER-002"


def test_a_named_father_is_followed_by_name_and_pronoun():
    criterion, _ = judge(["Liam collected Ruby on Friday.", "He told me he is worried about Mum's drinking."],
                         family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "met"


def test_each_named_father_in_a_sibling_group_is_considered():
    criterion, findings = judge(["I met Liam Hall at the home visit and he shared his views."],
                                family=[Person(name="Liam Hall", relation="father"),
                                        Person(name="Craig Dunn", relation="father")])
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-FATHER-002"]
    assert "Craig Dunn" in findings[0].message


def test_the_forms_prompt_about_fathers_is_not_a_mention():
    a = report({"parent_views": ["Mum said she is coping."]}, children=KIDS,
               guidance={"parent_views": "Include the views of the child's father and any male carer."})
    criterion, _ = father.evaluate(a)
    assert criterion.status == "not_met"


@pytest.mark.parametrize("text", [
    "There is no evidence in our records that dad has any health issues; he is registered with another practice.",
    "Mum told me that she and the children's dad argue most nights.",
    "Ruby's father is not involved.",
    "Her father lives in Dublin.",
])
def test_words_about_him_are_not_his_engagement(text):
    criterion, findings = judge([text])
    assert criterion.status == "partial", criterion.evidence
    assert findings[0].rule == "RC-FATHER-002"


def test_his_own_words_reported_are_his_engagement():
    criterion, _ = judge(["When I phoned him, dad said he would like to see the children more."])
    assert criterion.status == "met"


def test_a_father_named_only_in_the_text_is_followed():
    criterion, _ = judge(["Gareth is a practical and affectionate father.",
                          "I have met him at home four times and he said he did not realise how bad it had got."])
    assert criterion.status == "met"


def test_he_after_a_sentence_that_opens_with_the_child_is_not_the_father():
    criterion, _ = judge(["Ruby's father has occasional contact.", "He said he feels safe at school."])
    assert criterion.status == "partial"


def test_where_he_lives_unknown_in_his_paragraph_is_an_explained_absence():
    criterion, _ = judge(["Ruby's birth father is Aaron Mills. Mum says they separated during the pregnancy and she "
                          "does not know where he lives; he has never met Ruby."])
    assert criterion.status == "met"


def test_mr_surname_beside_father_is_him_but_mrs_surname_is_not():
    criterion, findings = judge(["Mrs Cross told me that Mr Cross, the children's father, moved out in August.",
                                 "Mrs Cross said she is coping."])
    assert criterion.status == "partial"
    assert "Mr Cross" in findings[0].message
    criterion, _ = judge(["Mrs Cross told me that Mr Cross, the children's father, moved out in August.",
                          "I spoke to Mr Cross by phone on 06/11/2025 and he said he wants to stay in touch."])
    assert criterion.status == "met"


def test_his_refusal_reported_by_mum_is_recorded_non_engagement():
    criterion, _ = judge(["I have not met Mr Sutton, Ruby's stepfather; Mum told me he did not want to come to the "
                          "appointment."])
    assert criterion.status == "met"


@pytest.mark.parametrize("text", [
    "Mr Hall's view is that the school is overreacting.",
    "Dad came to the review meeting on 3/11 and was open about his drinking.",
    "Ruby's father has asked for more contact.",
    "Ruby's father has not been contacted as Mum does not know his details.",
])
def test_more_ways_of_recording_him(text):
    criterion, _ = judge([text], family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "met"


def test_a_teacher_beside_father_christmas_is_not_the_father():
    criterion, findings = judge(["Tia told Mr Hughes she has asked Father Christmas for a bed of her own."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-FATHER-001"


@pytest.mark.parametrize("text", [
    "John did not attend the strategy meeting despite being invited twice.",
    "Mr Hall's account is that Ruby fell from her bike.",
    "I have been unable to contact John despite three letters and two calls.",
])
def test_attempts_and_his_account_are_recorded(text):
    criterion, _ = judge([text], family=[Person(name="John Hall", relation="father")])
    assert criterion.status == "met"


def test_the_boys_he_said_after_his_father_is_named_is_not_the_father():
    criterion, _ = judge(["Tyler's father, Gavin Wood, has occasional contact with Tyler.",
                          "Tyler told me about school. He said he feels safe there."],
                         family=[Person(name="Gavin Wood", relation="father")])
    assert criterion.status == "partial"


def test_dad_only_in_the_childs_quoted_words_is_no_father_identified():
    criterion, findings = judge(['Tia said "Dad used to take me to the park".'])
    assert criterion.status == "not_met"


def test_the_evidence_quoted_is_him_not_something_of_his():
    criterion, _ = judge(["I have spoken to Mr Doyle's probation officer.", "Mr Doyle attended a meeting with me."],
                         family=[Person(name="Kieran Doyle", relation="father")])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == "Mr Doyle attended a meeting with me."
