"""child_voice: whom "the twins" and "the baby" point to, and reasons and accounts in other wordings."""

from datetime import date

import pytest

from criteria_support import report
from reportcheck.criteria import child_voice
from reportcheck.result import ChildFacts

POPPY = ChildFacts(name="Poppy Reid", dob=date(2025, 9, 2))
FINN = ChildFacts(name="Finn Reid", dob=date(2025, 9, 2))
KIAN = ChildFacts(name="Kian Reid", dob=date(2020, 4, 11))
BUMP = ChildFacts(name="Unborn baby Reid", unborn=True)
JOE = ChildFacts(name="Joe Reid", dob=date(2019, 6, 30))


def judge(paragraphs, children):
    return child_voice.evaluate(report({"child_views": paragraphs}, children=list(children),
                                       conference=date(2026, 5, 1)))


def test_the_twins_are_the_children_born_the_same_day_not_their_brother():
    criterion, findings = judge(["Kian told me \"I like it when Nanna picks me up.\"",
                                 "At my visit both twins appeared settled in their bouncers."], [KIAN, POPPY, FINN])
    assert criterion.status == "partial"
    kian = [f for f in findings if "Kian Reid" in f.message and f.rule != "RC-VOICE-005"]
    assert kian == []  # Kian is heard in his own words
    for name in ("Poppy Reid (7 months)", "Finn Reid (7 months)"):
        said = [f for f in findings if name in f.message and f.rule == "RC-VOICE-002"]
        assert said and said[0].quote == "At my visit both twins appeared settled in their bouncers."


def test_the_twins_do_not_lend_their_description_to_an_older_brother():
    criterion, findings = judge(["The twins appeared content and well cared for."], [KIAN, POPPY, FINN])
    kian = next(f for f in findings if "Kian Reid (6)" in f.message and f.rule != "RC-VOICE-005")
    assert kian.rule == "RC-VOICE-001"  # nothing at all for him, not the twins' description
    assert criterion.status == "partial"


def test_the_unborn_babys_views_are_not_the_older_childs():
    criterion, findings = judge(["The unborn baby's wishes and feelings cannot be known."], [JOE, BUMP])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-001" and "Joe Reid (6)" in findings[0].message


def test_the_older_child_is_still_heard_in_a_pre_birth_report():
    criterion, _ = judge(['Joe said "I want a baby brother so I can teach him football."'], [JOE, BUMP])
    assert criterion.status == "met"


@pytest.mark.parametrize("text", [
    "I have not met Joe. My visits are booked in school hours, so he has been at school each time.",
    "Joe has not been seen by us; we are an adult service and children do not come to our clinic.",
])
def test_school_hours_and_an_adult_service_are_reasons_for_not_seeing_the_child(text):
    criterion, findings = judge([text], [JOE])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"
    assert findings[0].message.startswith("The report gives a reason why Joe Reid (6) was not seen")


@pytest.mark.parametrize("text", [
    "I have not met Joe. My visits to his mother have been at her flat.",
    "We have not talked with Joe about home.",
    "I have not yet talked to Joe about the incident.",
])
def test_not_seen_with_no_reason_is_still_not_met(text):
    criterion, findings = judge([text], [JOE])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-004"


@pytest.mark.parametrize("text", [
    "Dad says Joe is excited about the school trip.",
    "His mum told me he was excited to see his nan.",
])
def test_a_parent_saying_the_child_is_excited_is_second_hand(text):
    criterion, findings = judge(["Joe lives with his mum and dad.", text], [JOE])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"
    assert findings[0].quote == text


def test_the_child_saying_he_is_excited_is_his_own_voice():
    text = 'Joe told me he is excited about Year 2 and said "Miss Kay is funny."'
    criterion, _ = judge([text], [JOE])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == text


def test_what_the_child_chatted_to_me_about_is_her_own_account():
    text = "Poppy chatted to me about her new bike and her friend Jas at nursery."
    criterion, _ = judge([text], [ChildFacts(name="Poppy Reid", age="4")])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == text


def test_chatting_throughout_says_nothing_of_what_she_said():
    criterion, _ = judge(["Poppy chatted happily throughout the appointment."],
                         [ChildFacts(name="Poppy Reid", age="4")])
    assert criterion.status != "met"


def test_his_views_after_a_sentence_about_the_father_are_not_the_childrens():
    criterion, findings = judge(["The children's father, Mr Lee Ash, is registered with the practice.",
                                 "I hold no information about his contact with the children, his living arrangements "
                                 "or his views."], [KIAN, JOE])
    assert criterion.status == "not_met"
    assert {f.rule for f in findings} == {"RC-VOICE-001"}


def test_her_views_after_the_children_were_named_are_still_theirs():
    text = "Her views were that she wants to stay with Nanna and see Dad at weekends."
    criterion, _ = judge(["Poppy and Kian were seen together at school.", text],
                         [ChildFacts(name="Poppy Reid", age="8"), KIAN])
    assert criterion.evidence and criterion.evidence[0].quote == text


def test_he_after_a_sentence_whose_lone_subject_is_one_child_is_that_child():
    said = 'He has told me he stays off school when Mum "can\'t get up".'
    criterion, findings = judge(["Kian does the caring at home: he cooks tea and gets Poppy to school.", said],
                                [KIAN, ChildFacts(name="Poppy Reid", age="8")])
    assert criterion.status == "partial"
    assert criterion.evidence[0].quote == said
    assert [f.rule for f in findings if "Poppy Reid (8)" in f.message][0] == "RC-VOICE-001"



@pytest.mark.parametrize("text", [
    "Her social worker is best placed to report her wishes and feelings.",
    "School will be asked to provide his views before the conference.",
])
def test_views_someone_else_is_to_give_are_not_the_childs(text):
    criterion, findings = judge([text], [JOE])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-001"


def test_the_childs_wishes_given_here_are_still_hers():
    text = "Her wishes are to live with her nan and to see her dad at weekends."
    criterion, _ = judge(["Poppy was seen at school.", text], [ChildFacts(name="Poppy Reid", age="9")])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == text


def test_appeared_happy_and_settled_is_a_general_description_of_a_baby():
    criterion, findings = judge(["She appeared happy and settled when seen at home."], [POPPY])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_settling_in_her_mothers_arms_is_an_observation_of_a_baby():
    text = "She cried when the nurse held her and settled quickly in her mum's arms, reaching for her face."
    criterion, _ = judge([text], [POPPY])
    assert criterion.status == "met"
