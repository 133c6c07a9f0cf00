"""child_voice: each child's own words, or an observation for a pre-verbal child; traps of DOMAIN.md."""

import pytest

from criteria_support import report
from reportcheck.criteria import child_voice
from reportcheck.result import ChildFacts, Person

RUBY = ChildFacts(name="Ruby Hall", age="7 years")
CODY = ChildFacts(name="Cody Hall", age="18 months")
JACK = ChildFacts(name="Jack Mills", age="9")


def judge(paragraphs, children=(JACK,), **kw):
    criterion, findings = child_voice.evaluate(report({"child_views": paragraphs}, children=list(children), **kw))
    return criterion, findings


@pytest.mark.parametrize("text", [
    'Jack told me "I don\'t like it when Dad shouts, I hide in my room."',
    "Jack said that he wants to stay living with his mum but he misses his dad.",
    "When I asked about home, he said it is noisy and he feels scared at night.",
    "Jack's wishes are to live with his nan, and he was clear that he feels safe there.",
])
def test_own_words_are_met(text):
    criterion, findings = judge([text])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == text
    assert criterion.evidence[0].location.section == "child_views"
    assert findings == []


@pytest.mark.parametrize("text", [
    "Jack's views have not been obtained.",
    "I was unable to obtain his views.",
    "Jack will be seen before conference to gather his views.",
    "The social worker should seek Jack's wishes and feelings.",
])
def test_negated_future_and_hypothetical_views_do_not_count(text):
    criterion, _ = judge([text])
    assert criterion.status in {"not_met", "partial"}
    assert criterion.status != "met"


def test_nothing_at_all_is_not_met_and_says_where():
    criterion, findings = judge(["School has no concerns about attendance."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-001"
    assert "Jack Mills (9)" in findings[0].message
    assert findings[0].location.section == "child_views"  # the heading where the voice belongs


def test_not_spoken_to_without_reason_is_not_met():
    criterion, findings = judge(["Jack has not been spoken to."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-004"


def test_not_seen_with_a_reason_is_partial():
    criterion, findings = judge(["Jack was not seen as he was in hospital for his operation."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"


@pytest.mark.parametrize("text", [
    "Jack appears happy and settled in class.",
    "Mum says Jack is happy at home and wants to stay with her.",
])
def test_generic_or_second_hand_is_partial(text):
    criterion, findings = judge([text])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_pre_verbal_child_observation_with_carer_is_met():
    criterion, _ = judge(["Cody babbled and reached for his mum when she came in, and settled quickly in her arms."],
                         children=[CODY])
    assert criterion.status == "met"


def test_pre_verbal_child_only_appears_happy_is_partial():
    criterion, findings = judge(["Cody appears happy."], children=[CODY])
    assert criterion.status == "partial"
    assert "Cody Hall (18 months)" in findings[0].message


def test_sibling_left_out_is_partial_and_names_the_child():
    criterion, findings = judge(['Ruby said "I like my new room."', "She told me she worries about Mum crying."],
                                children=[RUBY, CODY])
    assert criterion.status == "partial"
    rules = {f.rule: f.message for f in findings}
    assert "Cody Hall (18 months)" in rules["RC-VOICE-001"]
    assert "Ruby Hall (7)" in rules["RC-VOICE-005"] and "Cody Hall (18 months)" in rules["RC-VOICE-005"]


def test_unborn_baby_is_not_applicable():
    criterion, findings = judge(["Baby is due in January."], children=[ChildFacts(name="Unborn Hall", unborn=True)])
    assert criterion.status == "not_applicable"
    assert findings == []


def test_the_forms_guidance_text_is_not_evidence():
    criterion, _ = judge(["Nothing to add."],
                         guidance={"child_views": "Record the child's views, wishes and feelings in their own words. "
                                                  "What did the child say?"})
    assert criterion.status == "not_met"


def test_a_child_quoted_elsewhere_in_the_report_counts():
    a = report({"involvement": ['On 3/11 Jack told his teacher "Dad hit me with a belt."'],
                "child_views": ["See above."]}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "met"
    assert criterion.evidence[0].location.section == "involvement"


def test_an_adult_named_by_first_name_is_not_the_child():
    from reportcheck.result import Person
    criterion, findings = judge(['Neil said he did not think it was "that bad" and the children are fine.'],
                                family=[Person(name="Neil Ashworth", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_a_childs_words_in_a_later_clause_count():
    criterion, _ = judge(['Mum said he fell against the table; Jack said "Dad push" and pointed to his face.'])
    assert criterion.status == "met"


def test_words_reported_inside_an_adults_speech_are_second_hand():
    criterion, _ = judge(["Mum said Jack wants to stay with her."])
    assert criterion.status == "partial"


def test_a_fathers_he_said_about_a_child_is_not_the_childs_voice():
    from reportcheck.result import Person
    criterion, _ = judge(["I spoke with Mr Mills by phone.",
                          'He said he is "gutted" that Jack has been caring for the others.'],
                         family=[Person(name="Dean Mills", relation="father")])
    assert criterion.status != "met"


def test_a_hyphenated_first_name_is_followed():
    criterion, _ = judge(["Archie-James told me he likes the big cars at nursery."],
                         children=[ChildFacts(name="Archie-James Cole", age="7")])
    assert criterion.status == "met"


def test_with_no_child_in_the_header_the_name_the_report_follows_is_used():
    a = report({"involvement": ["Tyrese was excluded in March.", "Tyrese attends the unit three days a week.",
                                "Tyrese said he wants to go back to college."]})
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == "Tyrese said he wants to go back to college."


def test_the_reason_may_open_the_next_sentence():
    criterion, findings = judge(["I was unable to obtain Jack's views. He was in hospital for his operation."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"


def test_a_family_surname_is_not_taken_for_the_child():
    a = report({"involvement": ["Mrs Cross told me that Mr Cross moved out.", "Lily Cross attends nursery.",
                                "The Cross family rent the house.", "Mrs Cross said she is coping."]})
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "not_met"


@pytest.mark.parametrize("text", [
    "Jack's attendance has fallen since the summer, which suggests that the worries at home are affecting him.",
    "His close bond with his class teacher is a strength.",
])
def test_the_professionals_analysis_is_not_the_childs_voice(text):
    a = report({"analysis": [text], "child_views": ["School has no further information to add."]}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "not_met"


@pytest.mark.parametrize("text, status, rule", [
    ("Neither child has been spoken to.", "not_met", "RC-VOICE-004"),
    ("Neither child was seen because they were on holiday with their grandparents.", "partial", "RC-VOICE-003"),
])
def test_neither_child_is_each_child(text, status, rule):
    criterion, findings = judge([text], children=[RUBY, CODY])
    assert criterion.status == status
    assert [f.rule for f in findings] == [rule, rule]


def test_presents_as_happy_is_generic():
    criterion, findings = judge(["Jack presents as a happy, settled boy."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_an_adults_he_said_outside_the_childs_section_is_nobodys_child():
    a = report({"parent_views": ["He said he is not proud of pushing her."]}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "not_met"


def test_someone_named_before_tells_is_another_person():
    criterion, findings = judge(['Lisa tells me Jack "is angry with his dad".'])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_not_my_role_is_a_reason():
    criterion, findings = judge(["I was unable to obtain Jack's views. Probation works with the adult and it would "
                                 "not be appropriate for me to meet him."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"


def test_not_spoken_to_outweighs_a_glimpse_of_a_child_who_talks():
    criterion, findings = judge(["Jack has not been spoken to for this report.",
                                 "Jack was seen in school with his teaching assistant."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-004"


def test_when_no_child_is_named_a_name_before_said_may_be_the_child():
    criterion, _ = judge(['When Ruby told her teacher, she said: "I did not want to say."'], children=[])
    assert criterion.status == "met"


def test_a_verb_in_another_clause_is_not_the_child_speaking():
    a = report({"involvement": ["Jack has stopped eating, which worries his teacher."]}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "not_met"


def test_too_young_to_give_views_is_a_reason_not_a_view():
    criterion, findings = judge(["Reggie is 2 and too young to give his views.",
                                 "When I saw him he appeared happy and well cared for."],
                                children=[ChildFacts(name="Reggie Fenwick", age="2")])
    assert criterion.status == "partial"
    assert criterion.evidence == []


def test_mother_says_she_is_happy_is_second_hand():
    criterion, findings = judge(["When seen on 03.12.2025 Jack was quiet. His mother said he is happy at home."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_a_quotation_introduced_by_the_childs_name_and_date_is_their_voice():
    criterion, _ = judge(['Jack, 03/02/2026: "I thought if I told, Mum would be sad."'])
    assert criterion.status == "met"


def test_the_father_not_seeing_the_children_is_not_the_author_not_seeing_them():
    a = report({"parent_views": ["Dad left the family home in 2019. He has not seen the children since."],
                "child_views": ['Jack said "I miss my dad."']}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "met"


def test_a_child_named_after_when_is_still_the_child_followed():
    a = report({"involvement": ["When Tyrese was 12 he moved schools.", "Tyrese attends the unit in Wolverhampton.",
                                "Tyrese said he wants to go back to college.", "Tyrese plays pool at the centre."]})
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "met"
    assert "Tyrese" in criterion.evidence[0].quote


@pytest.mark.parametrize("text, status", [
    ("During the visit Leo crawled to her and pulled himself up on her legs.", "met"),
    ("When Mum came back into the room Leo smiled at her and reached out to be picked up.", "met"),
    ("When I saw him he appeared happy and well cared for.", "partial"),
    ("Leo was asleep in his cot throughout the visit so could not be observed.", "partial"),
])
def test_a_babys_turning_to_a_carer_counts_but_being_seen_does_not(text, status):
    criterion, _ = judge([text], children=[ChildFacts(name="Leo Hall", age="10 months")])
    assert criterion.status == status


def test_the_mothers_she_stays_the_mother_after_she_mentions_the_children():
    a = report({"parenting": ["Ms Moss is the mother of all three children.",
                              "She is warm with the children and they are attached to her.",
                              'She told me she "just stopped coping" after her mother died.']},
               children=[JACK, ChildFacts(name="Lily Moss", age="6")])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "not_met"


def test_the_childrens_father_as_subject_keeps_his_he():
    a = report({"parenting": ["Jack and Lily's father is Mr Shane Moss, who is in prison.",
                              "I spoke with him by telephone on 29th October.",
                              'He said he is "gutted" that Jack has been looking after the others.']},
               children=[JACK, ChildFacts(name="Lily Moss", age="6")])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "not_met"


def test_an_adult_quoting_another_adult_is_not_the_childs_voice_second_hand():
    criterion, _ = judge(["Mrs Cross told me that Mr Cross, the children's father, moved out after "
                          '"one argument too many".'])
    assert criterion.status == "not_met"


# Whose words: a verb joined by "and" shares its clause's subject, not the child named just before it.
@pytest.mark.parametrize("text, status", [
    ('He chats to staff about what Jack did at the weekend and has told them he is "doing his best".', "not_met"),
    ("He has little to say about Jack and describes him as a handful.", "partial"),  # the father's account
    ('Jack builds dens with his dad and has told me he feels "safe and happy" there.', "met"),
    ("I spoke to Jack and asked him about home.", "not_met"),  # the author asking is not Jack speaking
])
def test_a_verb_after_and_belongs_to_the_clauses_subject(text, status):
    a = report({"parenting": ["Dad, Wes, collects Jack on Fridays.", text]}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == status


def test_a_sibling_named_inside_anothers_quotation_is_not_heard():
    criterion, findings = judge(['Ruby told me: "Mum never shouts at Cody, only at me."'], children=[RUBY, CODY])
    assert criterion.status == "partial"
    assert "Cody Hall (18 months)" in {f.rule: f.message for f in findings}["RC-VOICE-001"]


def test_a_childs_shared_bedroom_is_not_the_child_sharing():
    criterion, _ = judge(["The children's shared bedroom was cold and damp."], children=[RUBY, JACK])
    assert criterion.status == "not_met"


# What a child wants or feels, told by the author: voice for a child who talks; for a baby, beside "a happy boy", or
# only what the child likes or enjoys ("loves football"), a description.
@pytest.mark.parametrize("text, status", [
    ("Jack wants to live with his nan and misses his dad.", "met"),
    ("Jack is a happy, sociable boy who loves football.", "partial"),
    ("Jack does not want to go home.", "met"),
    ("Jack loves football and always has a smile for staff.", "partial"),
    ("Jack said he loves football because his dad takes him.", "met"),
    ('Jack enjoys drawing and drew his "safe house" with his nan in it.', "met"),
])
def test_a_reported_wish_is_voice_but_a_like_or_a_generic_description_is_not(text, status):
    criterion, findings = judge([text])
    assert criterion.status == status
    if status == "partial":
        assert findings[0].rule == "RC-VOICE-002"
        assert "Jack Mills (9)" in findings[0].message and "add what Jack Mills (9) said" in findings[0].message


@pytest.mark.parametrize("text, status", [
    ("She loves the water tray and enjoys songs at circle time.", "partial"),
    ('Cody said "more" and pointed to the water tray.', "met"),
    ("Cody looked to his mum each time a stranger spoke, and settled only once she picked him up.", "met"),
])
def test_a_babys_likes_are_a_description_not_their_voice(text, status):
    criterion, _ = judge([text.replace("She", "Cody")], children=[CODY])
    assert criterion.status == status


@pytest.mark.parametrize("text, status, rule", [
    ("Cody was seen in clinic with his mother for his immunisations.", "not_met", "RC-VOICE-001"),
    ("I saw Cody with his mum at the surgery on 3 March for an ear infection.", "not_met", "RC-VOICE-001"),
    ("The health visitor observed Cody at home with his mother.", "not_met", "RC-VOICE-001"),
    ("I observed a positive interaction between Cody and his mother.", "not_met", "RC-VOICE-001"),
    ("Cody appeared settled with his mum throughout the visit.", "partial", "RC-VOICE-002"),
])
def test_being_seen_or_a_summary_of_what_was_seen_is_not_an_observation(text, status, rule):
    criterion, findings = judge([text], children=[CODY])
    assert (criterion.status, findings[0].rule) == (status, rule)


def test_views_left_to_another_worker_for_a_stated_reason_are_partial_not_met():
    criterion, findings = judge(["It is not the role of this service to speak to the children; their views will be "
                                 "gathered by the social worker."], children=[RUBY, JACK])
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-VOICE-003", "RC-VOICE-003"]
    assert findings[0].message.startswith("The report gives a reason why Ruby Hall (7) was not seen")
    assert "say when and how their views will be gathered" in findings[0].message


def test_views_still_to_be_gathered_without_a_reason_are_not_met():
    criterion, findings = judge(["Jack's views will be gathered by his social worker."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-004"
    assert findings[0].message.endswith("say why, or add their views.")


def test_a_thing_of_the_childs_keeps_the_child_for_the_next_pronoun():
    criterion, findings = judge(["Jack's account was given to school staff and is not repeated here.",
                                 "I was unable to obtain his views as he did not want to speak to me."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"


def test_a_pre_school_booster_is_not_an_adult_taking_the_pronoun():
    a = report({"involvement": ["Jack is registered with the practice.", "His pre-school booster was given in May.",
                                "When I saw him in June he appeared well and happy."]}, children=[JACK])
    criterion, findings = child_voice.evaluate(a)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_a_child_without_a_name_is_named_by_date_of_birth():
    from datetime import date
    _, findings = judge(["Nothing to add."], children=[ChildFacts(dob=date(2021, 9, 6))])
    assert "the child born 06/09/2021" in findings[0].message


@pytest.mark.parametrize("text, status", [
    ("Jack is described by staff as a kind and sociable boy.", "partial"),
    ("Jack is too young for the report to be shared with him.", "not_met"),
    ("Jack described his bedroom as \"the only quiet place\".", "met"),
])
def test_a_passive_speech_verb_is_not_the_child_speaking(text, status):
    criterion, _ = judge([text])
    assert criterion.status == status


@pytest.mark.parametrize("text, status, rule", [
    ("Jack was not present during my visit as he was at his nan's.", "partial", "RC-VOICE-003"),
    ("Jack's views are unknown at this time.", "not_met", "RC-VOICE-004"),
    ("Jack's wishes and feelings have not been explored by this service.", "not_met", "RC-VOICE-004"),
    ("I have not had the opportunity to speak with Jack.", "not_met", "RC-VOICE-004"),
])
def test_other_ways_of_saying_the_child_was_not_heard(text, status, rule):
    criterion, findings = judge([text])
    assert (criterion.status, findings[0].rule) == (status, rule)


@pytest.mark.parametrize("text, status", [
    ("According to his mum, Jack wants to move back to his old school.", "partial"),
    ("According to Jack, his dad shouts every night.", "met"),
    ("Staff describe Jack as a quiet boy who keeps to himself.", "partial"),
    ("Mum feels Jack is coping well.", "partial"),
    ("Mr Mills tells me Jack is in Year 4 at Oak Lane.", "not_met"),  # a fact about him, not an account of him
])
def test_an_adults_account_of_the_child_is_second_hand(text, status):
    criterion, _ = judge([text])
    assert criterion.status == status


@pytest.mark.parametrize("text, status", [
    ("Cody is a content baby who is meeting his milestones.", "partial"),
    ("Cody was observed to be clean and appropriately dressed.", "partial"),
    ("When his dad went out Cody became distressed, and he was soothed quickly when dad came back.", "met"),
    ("Cody was asleep throughout the visit.", "partial"),
    ("Cody is meeting his developmental milestones.", "partial"),
    ("When I arrived Cody was crying in his cot; mum picked him up and he settled against her.", "met"),
])
def test_a_babys_presentation_generic_or_specific(text, status):
    criterion, _ = judge([text], children=[CODY])
    assert criterion.status == status


def test_with_no_child_in_the_header_a_parent_of_children_is_not_taken_for_the_child():
    a = report({"involvement": ["Donna has attended every session since June.", "Donna's children stay with their "
                                "nan at weekends.", 'Donna said she has been "dry for twelve weeks".',
                                "Donna told me she wants to keep going."]})
    criterion, findings = child_voice.evaluate(a)
    assert criterion.status == "not_met"
    assert "of the child in their own words" in findings[0].message


def test_a_sister_speaking_about_her_brother_is_her_voice_not_his():
    criterion, findings = judge(["Ruby told me she is scared when Dad drinks.", "She said Cody cries a lot at night."],
                                children=[RUBY, CODY])
    assert criterion.status == "partial"
    rules = {f.rule: f.message for f in findings}
    assert "For Cody Hall (18 months) there is only someone else's account" in rules["RC-VOICE-002"]


def test_a_brother_seen_in_the_sentence_where_his_sister_speaks_is_observed():
    criterion, _ = judge(['They both ran to mum; Ruby said "mummy\'s home" and Cody smiled and reached for her.'],
                         children=[RUBY, CODY])
    assert criterion.status == "met"


@pytest.mark.parametrize("text, status", [
    ("Jack's teacher says he seems withdrawn and tired.", "partial"),
    ("Jack attends every day and is a pleasant, polite boy.", "partial"),
    ("Jack's teacher says he has swimming on Tuesdays.", "not_met"),
])
def test_a_professionals_picture_of_the_child_is_generic(text, status):
    criterion, _ = judge([text])
    assert criterion.status == status


def test_the_reason_says_how_to_fix_it_for_a_talking_child_and_for_a_baby():
    criterion, _ = judge(["Ruby appears happy.", "Cody appears happy."], children=[RUBY, CODY])
    ruby, cody = criterion.reasons
    assert ruby.startswith("For Ruby Hall (7) there is only someone else's account or a general description")
    assert ruby.endswith(": add what Ruby Hall (7) said, in their own words.")
    assert cody.endswith(": describe what Cody Hall (18 months) did with their parents or carers (how they responded, "
                         "sought comfort, played).")


def test_a_school_age_child_mentioning_a_baby_is_not_pre_verbal():
    criterion, _ = judge(["Jack wants to live with his mum.", "Jack loves his baby sister and helps with her bottles."])
    assert criterion.status == "met"


def test_with_no_age_a_baby_is_pre_verbal():
    criterion, _ = judge(["Mia is a baby who wants to be held all the time."], children=[ChildFacts(name="Mia Lee")])
    assert criterion.status == "partial"
    criterion, _ = judge(["Mia wants to be held all the time."], children=[ChildFacts(name="Mia Lee")])
    assert criterion.status == "met"  # nothing says she is a baby


@pytest.mark.parametrize("text, status, rule", [
    ("Jack has not seen his father since 2022.", "not_met", "RC-VOICE-001"),  # Jack not seeing, not Jack unseen
    ("Jack has not been seen by this service.", "not_met", "RC-VOICE-004"),
    ("Jack did not want to speak to me, which I respected.", "partial", "RC-VOICE-003"),
])
def test_who_was_not_seeing_whom(text, status, rule):
    criterion, findings = judge([text])
    assert (criterion.status, findings[0].rule) == (status, rule)


def test_a_child_who_has_not_seen_a_parent_keeps_their_words_elsewhere():
    a = report({"involvement": ['On 3 March Jack told his teacher "Dad hit me."'],
                "child_views": ["Jack has not seen his dad since the incident."]}, children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "met"


@pytest.mark.parametrize("text, status", [
    ("Jack's wishes and feelings are not yet known.", "not_met"),
    ("His views remain unclear.", "not_met"),
    ("Jack's views were that he did not want to go back to his dad's.", "met"),
])
def test_views_named_as_missing_are_not_views(text, status):
    criterion, _ = judge([text])
    assert criterion.status == status


@pytest.mark.parametrize("text, status", [
    ("Jack is described as loving and affectionate by his mother.", "partial"),
    ("Jack is said to be thriving at his new school.", "partial"),
    ("Jack says that he feels safe at school but not at home.", "met"),
    ("The children were not present during the incident.", "not_met"),
])
def test_passive_accounts_and_absence_from_an_incident(text, status):
    criterion, _ = judge([text])
    assert criterion.status == status


def test_a_child_absent_from_an_incident_keeps_their_words_elsewhere():
    a = report({"involvement": ["Jack was not present during the assault.",
                                'Jack told the officer "Dad was shouting."'],
                "child_views": ["Officers did not obtain Jack's views as he was asleep when they returned."]},
               children=[JACK])
    criterion, _ = child_voice.evaluate(a)
    assert criterion.status == "partial"  # his views were not obtained, for a reason; the disclosure is an account


def test_a_stated_reason_for_not_seeing_the_child_is_what_the_reason_reports():
    criterion, findings = judge(["Jack was not seen as it is not my role to speak to children.",
                                 "His father describes him as hard work."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"
    assert criterion.reasons[0].startswith("The report gives a reason why Jack Mills (9) was not seen or spoken to")


def _from_header(header: list[str], views: str):
    """The whole way from a report's header fields to the judgement, as a user runs it."""
    from reportcheck.annotate import annotate
    from reportcheck.structure import analyse
    from test_structure import P8, report as document_of

    header = ["Report to Initial Child Protection Conference", *header, "Date of conference: 18/11/2025"]
    return child_voice.evaluate(annotate(analyse(document_of(P8, answers={6: views}, header=header))))


def test_a_sleeping_sibling_in_a_police_style_header_is_still_a_child_to_hear():
    """Seed 003: one child quoted does not speak for a younger sibling only checked on while asleep."""
    criterion, findings = _from_header(
        ["Subject(s): Mia FOX (DOB 02/05/2018); Alfie FOX (DOB 11/01/2025)"],
        'Mia told officers "Dad threw the remote at Mum and I hid." Alfie was asleep in his cot and was not woken; '
        "no injuries were seen.")
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-VOICE-003", "RC-VOICE-005"]
    assert criterion.reasons[0].startswith("The report gives a reason why Alfie FOX (10 months) was not seen")
    assert findings[1].message == "The children are not all heard: Mia FOX (7) but not Alfie FOX (10 months)."


def test_the_younger_sibling_seen_with_mum_is_heard_too():
    criterion, findings = _from_header(
        ["Subject(s): Mia FOX (DOB 02/05/2018); Alfie FOX (DOB 11/01/2025)"],
        'Mia told officers "Dad threw the remote at Mum and I hid." When Mum came in, Alfie smiled and reached '
        "for her to be picked up.")
    assert (criterion.status, findings) == ("met", [])


def test_a_father_listed_with_the_household_is_not_a_child_to_hear():
    criterion, findings = _from_header(
        ["Pupil: Mia Fox (DOB 02/05/2012)", "Household: Mum - Jo Fox; Mum's partner - Dan Cole. Dad - Lee Fox (Hull)"],
        'Mia told me "I stay at my friend\'s because it is calmer there."')
    assert (criterion.status, findings) == ("met", [])


@pytest.mark.parametrize("text", [
    "I understand the social worker has seen Jack and his views will be in the social work report.",
    "Jack's views will be included in the report from children's social care.",
])
def test_views_left_to_another_report_are_not_the_childs_voice_here(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-004"
    assert criterion.evidence == []


def test_no_direct_contact_with_the_children_is_a_reason_for_not_seeing_them():
    criterion, findings = judge(["I have not met Jack. Our service has no direct contact with the children of the "
                                 "adults we supervise."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"
    assert "I have not met Jack." in findings[0].message


TEDDY = ChildFacts(name="Theodore (Teddy) Blake", age="10")


def test_a_child_called_by_their_known_as_name_is_heard():
    criterion, _ = judge(["Teddy told me he feels safest when he is at his gran's flat."], children=[TEDDY])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith("Teddy told me")


def test_another_name_is_not_the_known_as_child():
    criterion, findings = judge(["Freddie told me he feels safest when he is at his gran's flat."],
                                children=[TEDDY])
    assert criterion.status == "not_met"
    assert "Theodore (Teddy) Blake (10)" in findings[0].message


def test_a_baby_observed_with_a_parent_named_by_first_name_is_met():
    criterion, _ = judge(["When Jodie came back into the room Cody stopped grizzling and held eye contact with her."],
                         children=[CODY], family=[Person(name="Jodie Hall", relation="mother")])
    assert criterion.status == "met"
    assert "Jodie came back" in criterion.evidence[0].quote


def test_a_baby_with_a_professional_named_by_first_name_is_not_observed_with_a_carer():
    criterion, findings = judge(["When Priya came back into the room Cody held eye contact with her."],
                                children=[CODY], family=[Person(name="Jodie Hall", relation="mother")])
    assert criterion.status != "met"
    assert "Cody Hall (18 months)" in findings[0].message


def test_a_baby_feeding_well_beside_a_named_parent_is_no_observation():
    criterion, findings = judge(["Jodie is bonding well with Cody, who is feeding well and gaining weight."],
                                children=[CODY], family=[Person(name="Jodie Hall", relation="mother")])
    assert criterion.status != "met"
    assert "describe what Cody Hall (18 months) did" in findings[0].message


@pytest.mark.parametrize("text", [
    'Three houses, 4 December: House of worries - "shouting at bedtime", "the police coming". House of dreams - '
    '"a dog and a quiet house".',
    'In his own drawing he wrote: "I want my dad to stop drinking".',
])
def test_a_quotation_in_the_one_childs_section_with_no_adult_before_it_is_the_childs(text):
    criterion, _ = judge([text])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith(text[:20])


@pytest.mark.parametrize("text", [
    'Jack presents as a cheerful boy. Mum: "he\'s fine, he sleeps through all of it".',
    'Jack is settled in class. Class teacher - "a polite lad, no worries from us".',
    'Jack appears happy. Sandra: "he never mentions home".',
])
def test_a_quotation_after_an_adult_in_the_childs_section_is_their_account(text):
    criterion, findings = judge([text], family=[Person(name="Sandra Mills", relation="mother")])
    assert criterion.status == "partial"
    assert "someone else's account" in criterion.reasons[0]
    assert findings[0].rule == "RC-VOICE-002"


def test_a_toddlers_single_words_to_his_mother_are_his_own():
    text = ('On 3 March I saw Cody with his mother at the door: he toddled to her and chatted in single words '
            '("juice", "car", "mama").')
    criterion, _ = judge([text], children=[RUBY, CODY])
    assert "Ruby" in criterion.reasons[0] and not any("Cody" in r for r in criterion.reasons)


@pytest.mark.parametrize("text", [
    "Jack's wishes and feelings are captured in the social worker's assessment.",
    "Please see the family support worker's report for Jack's views.",
    "His views are recorded in the referral made by school on 2 March.",
])
def test_views_held_in_another_report_are_not_recorded_here(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-001"


@pytest.mark.parametrize("text", [
    "Jack's views are recorded below. He said \"I just want everyone to stop arguing\".",
    "His wishes are set out here: he wants to live with his mum and see his dad at weekends.",
])
def test_views_set_out_in_this_report_still_count(text):
    criterion, _ = judge([text])
    assert criterion.status == "met"


def test_a_sibling_who_asked_for_help_in_a_later_clause_is_not_the_other_speaking():
    criterion, _ = judge(["Ruby told me she is frightened of Dad's temper.",
                          "Both children are bright, Ruby trusts her teacher and asked for help, and Mum is warm."],
                         children=[RUBY, JACK])
    assert criterion.status == "partial"
    assert len(criterion.reasons) == 1 and criterion.reasons[0].startswith("For Jack Mills (9) there is only")


def test_meeting_a_child_so_that_their_views_are_known_is_a_plan_not_their_views():
    criterion, findings = judge(["Staff will meet Jack individually before core group so that his own views are "
                                 "known."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-001"


def test_quotations_after_a_named_child_in_their_section_are_that_childs_words():
    criterion, _ = judge(["Jack told me he feels sad at home.",
                          "Ruby did a three houses drawing with me on 4 May.",
                          'Worries: "Dad shouting". Good things: "Grandad and my rabbit Pip".',
                          'She said, "I hide in my room when they fight."'],
                         children=[RUBY, JACK], family=[Person(name="Sue Hall", relation="mother")])
    assert criterion.status == "met", criterion.reasons
    quotes = [e.quote for e in criterion.evidence]
    assert 'Worries: "Dad shouting".' in quotes


def test_quotations_with_no_child_before_them_in_a_sibling_group_stay_unattributed():
    criterion, _ = judge(["Jack told me he feels sad at home.", 'Worries: "Dad shouting".'], children=[RUBY, JACK])
    assert criterion.status == "partial"
    assert any("Ruby" in r for r in criterion.reasons)


def test_she_in_a_paragraph_opening_with_the_child_is_the_child_after_the_key_person():
    criterion, _ = judge(["Cody (key person: Donna). When Donna asked about tea, she said \"no tea, tummy hurts\". "
                          "At story time she put teddy in a box and said \"Teddy sad\"."],
                         children=[ChildFacts(name="Cody Hall", age="3")])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote.startswith("When Donna asked about tea")


def test_a_paragraph_opening_with_one_child_still_lets_he_follow_a_sibling_named_later():
    criterion, _ = judge(["Ruby told me she likes her new school. Jack showed me his bike. He said \"I ride it to "
                          "Nana's when they shout\"."], children=[RUBY, JACK])
    assert criterion.status == "met", criterion.reasons


BLANK_VIEWS = """Report to Initial Child Protection Conference
Child: Ruby HALL (7)
Conference date: 14/12/2026

Child's health and development
Mr Hall reports that Ruby is in Year 2 and "doing fine".

Parent/carer views
Mr Hall said he loves the children and wants to be at home.

Child's views
{views}
"""


def test_an_account_elsewhere_does_not_lift_a_childs_views_section_answered_not_known():
    from reportcheck.check import check_text
    result = check_text(BLANK_VIEWS.format(views="Not known."))
    assert result.criteria["child_voice"].status == "not_met"
    assert result.criteria["child_voice"].reasons[0].startswith("Nothing records the views")


def test_an_account_elsewhere_still_counts_when_the_section_points_to_it():
    from reportcheck.check import check_text
    result = check_text(BLANK_VIEWS.format(views="See section 1 above."))
    assert result.criteria["child_voice"].status == "partial"


def test_deferring_to_another_agency_for_the_childs_views_is_not_their_views():
    criterion, findings = judge(["I have not seen Jack. I would defer to his school and the social worker for his "
                                 "views."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-VOICE-004"


def test_the_child_at_nursery_during_the_only_visit_is_a_reason_for_not_seeing_them():
    criterion, findings = judge(["I have not met Jack. On my home visit on 2 May he was at nursery."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-003"


def test_a_babys_name_after_a_preposition_is_not_who_shared_something():
    criterion, _ = judge(["Cody is a content baby.", "A weight check is recorded for Cody and shared with the GP."],
                         children=[CODY])
    assert criterion.status == "partial"


def test_the_answer_after_a_question_with_a_modal_is_not_hypothetical():
    criterion, _ = judge(["When asked what would make home better, Jack said he wants Dad to stop shouting."])
    assert criterion.status == "met", criterion.reasons


def test_a_modal_outside_a_question_still_makes_the_views_hypothetical():
    criterion, _ = judge(["Jack would probably say that he wants to stay with his mum."])
    assert criterion.status != "met"


TWINS = [ChildFacts(name="Alfie Hall", age="13 months"), ChildFacts(name="Rosa Hall", age="13 months")]


def test_a_line_opening_with_the_other_twin_moves_the_topic_and_its_she_is_that_twin():
    text = ('Alfie: crawling everywhere and babbling "da-da". He reached for Kerry when I arrived. '
            "Rosa: quiet and pale. When Kerry lifted her she went floppy and did not reach for her. "
            "She stared at Alfie and did not join in.")
    criterion, _ = judge([text], children=TWINS, family=[Person(name="Kerry Hall", relation="mother")])
    assert criterion.status == "met", criterion.reasons
    assert any("did not reach for her" in e.quote for e in criterion.evidence)


def test_what_a_baby_will_do_is_no_observation():
    criterion, _ = judge(["Cody is a content baby. He will be observed with Mum at the next visit to see if he "
                          "reaches for her."], children=[CODY])
    assert criterion.status != "met"


def test_parents_who_come_with_the_children_when_asked_is_not_the_children_speaking():
    criterion, _ = judge(["Both parents have always brought the children when asked and follow advice."],
                         children=[RUBY, CODY])
    assert criterion.status != "met"


def test_when_asked_the_child_said_is_still_the_childs_words():
    criterion, _ = judge(["When asked about home, Jack said he wants Dad to stop shouting."])
    assert criterion.status == "met"
