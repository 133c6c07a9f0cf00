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


# --- who the father is: the name written beside the relation, whatever the form --------------------------------

def test_a_date_of_birth_beside_father_is_not_his_name():
    criterion, findings = judge(["The police log names Sarah Quinn (mother, DOB 04/09/1991) and Craig Quinn (father, "
                                 "DOB 21/12/1988) at the address.", "Mr Quinn was arrested at the scene."])
    assert criterion.status == "partial"
    assert findings[0].message.startswith("The report mentions Craig Quinn (father) but")
    assert "DOB" not in findings[0].message
    criterion, _ = judge(["The police log names Craig Quinn (father, DOB 21/12/1988) at the address.",
                          "Interviewed under caution, Mr Quinn denied pushing her."])
    assert criterion.status == "met"


def test_each_father_is_named_where_the_report_names_him():
    kids = [ChildFacts(name="Ruby Hall", age="7"), ChildFacts(name="Ben Hall", age="4")]
    criterion, findings = father.evaluate(report({"parent_views": [
        "Mr Dean Cole is the father of Ruby and lives with the family.",
        "Ben's father is Mr Paul Webb, who lives in Hull.",
        "Mr Cole met me at two home visits and said he wants to do more of the bedtime routine."]}, children=kids))
    assert criterion.status == "partial"
    assert [f.message.split(" but ")[0] for f in findings] == ["The report mentions Mr Paul Webb (father)"]


def test_an_unnamed_father_is_named_by_the_children_he_is_father_of():
    criterion, findings = judge(["Father: Ruby's father has not been part of her life and Mum does not say more."])
    assert "Ruby's (father)" not in criterion.reasons[0]
    criterion, findings = judge(["Ruby's father lives in Leeds."])
    assert findings[0].message.startswith("The report mentions the father of Ruby Hall (7) but")
    assert "what he said, or why not" in findings[0].suggestion


def test_someone_elses_father_named_in_the_header_is_not_a_father():
    criterion, _ = judge(["Ruby told a teacher that her grandad (Ms Hall's father, Mr Derek Lees, 64) had hurt her.",
                          "Mr Lees was arrested and denies it."],
                         family=[Person(name="Mr Derek Lees", relation="father")])
    assert criterion.status == "not_met"


def test_the_mothers_dad_is_a_grandfather():
    criterion, findings = judge(["Ruby's grandad, Mr Alan Reed (Kirsty's dad), collects her twice a week.",
                                 "Mr Reed said he wants the best for both of them.",
                                 "Mum's father visits on Sundays."],
                                family=[Person(name="Kirsty", relation="mother")])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-FATHER-001"


@pytest.mark.parametrize("text", [
    "Ruby told me that Jordan, who is 19, is her boyfriend.",
    "Mr Doyle was convicted of assaulting a previous partner.",
    "The damage was to his ex-partner's car.",
    "A violent partner would be the main risk.",
])
def test_partners_who_are_not_the_mothers_present_partner(text):
    criterion, _ = judge([text])
    assert criterion.status == "not_met", criterion.reasons


def test_the_mothers_partner_named_beside_her_name_is_a_male_carer():
    criterion, findings = judge(["Jason Pryce, Marta's partner, lives in the home."],
                                family=[Person(name="Marta Hall", relation="mother")])
    assert criterion.status == "partial"
    assert "Jason Pryce" in findings[0].message


def test_the_father_in_a_list_of_the_parents_is_the_one_who_is_not_the_mother():
    criterion, findings = judge(["Ruby lives with her parents, Leanne and Gary Hall, and her sister."],
                                family=[Person(name="Mrs Leanne Hall", relation="mother")])
    assert criterion.status == "partial"
    assert "Gary Hall" in findings[0].message
    criterion, _ = judge(["Parents: Lisa Hall (DOB 19/09/1987) and Paul Hall (DOB 04/12/1984)",
                          "Paul was referred to us by his GP. He completed a detox in July.",
                          "Lisa works nights and she is tired.", "Paul said he accepts the concerns."])
    assert criterion.status == "met"


def test_a_man_giving_his_views_in_the_parents_section_is_a_father_or_male_carer():
    kids = [ChildFacts(name="Mia Nowak", age="7 months")]
    a = report({"involvement": ["An interpreter speaks Polish with Tomasz, as he prefers."],
                "parent_views": ['Tomasz (via interpreter): "I would never hurt my daughter."',
                                 'Ola said: "I just want help."']}, children=kids)
    criterion, _ = father.evaluate(a)
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith("Tomasz")
    a = report({"involvement": ["Ola prefers English and she has no interpreter."],
                "parent_views": ['Ola said: "I just want help."']}, children=kids)
    criterion, _ = father.evaluate(a)
    assert criterion.status == "not_met"


def test_mother_and_father_named_as_a_pair():
    criterion, _ = judge(["Ms Kerry Dobson and Mr Wayne Hall, the children's mother and father, hold the tenancy.",
                          "Mr Hall said on the same visit that he accepts the house needs clearing."])
    assert criterion.status == "met"


def test_his_words_far_after_his_title_and_surname_are_his():
    criterion, _ = judge(["Ruby lives with her mother, Mrs Priya Hall, and her father, Mr Vikram Hall.",
                          "Mr Hall was visibly upset at the first appointment on 2 March and said: \"I only left her "
                          "a minute.\""])
    assert criterion.status == "met"


def test_the_mother_named_after_the_word_father_is_not_him():
    criterion, findings = judge(["The baby's father: Kirsty has told me she met him briefly and she does not have his "
                                 "full name or contact details."])
    assert criterion.status == "met"
    assert "Kirsty" not in " ".join(criterion.reasons)


def test_her_husband_is_the_one_father_named():
    criterion, findings = judge(["Mrs Hall's husband, Mr Stuart Hall, is the father of Ruby.",
                                 "He attended the discharge meeting and told me he now knows the warning signs.",
                                 "She left the house while her husband was asleep."])
    assert criterion.status == "met"
    assert findings == []


def test_mr_and_the_childrens_surname_is_the_father_or_a_male_carer_when_no_father_is_named():
    criterion, findings = judge(["Tenants: Mrs Amanda Hall and Mr Craig Hall (joint tenancy since 2016)."])
    assert criterion.status == "partial"
    assert "Mr Craig Hall" in findings[0].message
    criterion, _ = judge(["Ruby's maternal grandfather, Mr Ron Hall, drives her to school."])
    assert criterion.status == "not_met"


def test_no_contact_and_no_reply_explain_his_absence():
    criterion, _ = judge(["Ruby's father is Connor Dale. Mum says he moved to Glasgow in 2023 and has not seen Ruby "
                          "since; he does not reply to her messages."])
    assert criterion.status == "met"


@pytest.mark.parametrize("paragraphs", [
    ["Dad (Liam) lives nearby. I spoke with him on the phone on 4 May and he said he is worried."],
    ["Father: Liam Hall", "Liam did not respond to two letters or a text message."],
    ["Ruby's birth father, Liam Hall, is in prison until 2027."],
    ["Liam Hall (father) shares care every other weekend."],
    ["Ruby's stepfather is Dean. He came to the review and said he wants to help."],
])
def test_the_ways_reports_record_him(paragraphs):
    criterion, _ = judge(paragraphs)
    assert criterion.status == "met", criterion.reasons


@pytest.mark.parametrize("paragraphs", [
    ["Since dad left, Mum cares for Ruby alone."],
    ["Ruby's father is Liam Hall. I will try to contact him before the conference."],
    ["The children's father, Mr Liam Cole, is registered here. He has asthma and was last seen in 2024."],
])
def test_care_by_someone_else_an_intention_or_a_records_date_is_not_his_engagement(paragraphs):
    criterion, findings = judge(paragraphs)
    assert criterion.status == "partial", criterion.evidence
    assert findings[0].rule == "RC-FATHER-002"


def test_the_father_of_someone_elses_child_is_not_a_father():
    criterion, _ = judge(["The father of her friend drove them home."])
    assert criterion.status == "not_met"
    criterion, _ = judge(["The father of both children, Liam Hall, attended the meeting."])
    assert criterion.status == "met"
    criterion, findings = judge(["Mr Hall is the father of all three children."])
    assert "Mr Hall (father)" in findings[0].message


def test_a_regular_contact_arrangement_is_his_involvement():
    criterion, _ = judge(["Ruby's dad, Mr Asif Khan, lives in Bradford; Mum says he sees Ruby every second Sunday."])
    assert criterion.status == "met"


def test_his_wishes_are_his_only_when_he_is_the_one_wishing():
    criterion, findings = judge(["Ms Hall told officers she wants it to stop and does not want Mr Hall (father) to "
                                 "return home."])
    assert criterion.status == "partial"
    criterion, _ = judge(["Mr Hall (father) told the officer he wants to see his children."])
    assert criterion.status == "met"


def test_mr_speaking_in_the_parents_section_is_not_mrs_of_the_same_name():
    kids = [ChildFacts(name="Mia", age="6"), ChildFacts(name="Leo", age="4")]
    a = report({"parent_views": ['Mr Carter said he "just wants a roof over the kids\' heads".',
                                 "Mrs Carter said she agreed with what her husband said."]}, children=kids)
    criterion, _ = father.evaluate(a)
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith("Mr Carter said")


def test_the_father_of_several_named_children_and_the_mothers_partner_are_two_men():
    kids = [ChildFacts(name="Jay Price", age="10"), ChildFacts(name="Amy Price", age="7"),
            ChildFacts(name="Tom Cole", age="3")]
    a = report({"parent_views": ["Mr Price, Jay and Amy's father, spoke to me by phone on 3 May.",
                                 "Tom lives with Mum and her partner, Dean Cole."]}, children=kids)
    criterion, findings = father.evaluate(a)
    assert criterion.status == "partial"
    assert [f.message.split(" but ")[0] for f in findings] == ["The report mentions Dean Cole (her partner)"]


@pytest.mark.parametrize("text", [
    "Mum said she is struggling. She would like her dad to have Ruby after school.",
    "Ruby stays most weekends at Taid's house and says he makes her chips.",
    "Nain and Bampi collect Ruby from school on Fridays.",
    "Ruby's Grampy takes her fishing and she says he is kind.",
])
def test_the_mothers_dad_and_welsh_or_family_words_for_grandad_are_not_fathers(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-FATHER-001"


@pytest.mark.parametrize("paragraph", [
    ["Ruby said she misses her dad and would like to see him more."],
    ["Ruby told me about the weekend.", "She said her dad took her swimming and she was happy."],
    ["Her dad, Mr Liam Hall, lives in Leeds; Ms Hall says he phones Ruby every week."],
])
def test_a_girls_dad_is_still_her_father(paragraph):
    criterion, findings = judge(paragraph)
    assert criterion.status in ("partial", "met"), criterion.reasons
    assert findings == [] or findings[0].rule == "RC-FATHER-002"


HEADER = "Parents/carers: Dana MOSS (DOB 02/02/1994); Kieran HALL (DOB 05/05/1990)"


def test_a_parents_list_split_by_semicolons_and_a_bare_surname_name_the_father():
    said = "HALL was interviewed under caution on 02/11 and he said he would never hurt Ruby."
    criterion, findings = judge([HEADER, "Officers spoke to Ms MOSS at the address.", said])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == said
    assert findings == []


@pytest.mark.parametrize("text", [
    "MOSS stated that HALL had shouted at her in front of Ruby.",  # her account of him, not his engagement
    "Ruby HALL told officers that she was frightened.",  # the child's surname after her first name
    "Officers visited the Hall family home on 01/11.",
])
def test_a_bare_surname_that_is_someone_else_or_her_account_is_not_his_engagement(text):
    criterion, findings = judge([HEADER, "Officers spoke to Ms MOSS at the address.", text])
    assert criterion.status == "partial", criterion.reasons
    assert "Kieran HALL" in findings[0].message


def test_a_surname_the_mother_shares_is_not_him_alone():
    criterion, findings = judge(["Parents: Ms Dana Hall and Mr Kieran Hall.", "Hall said she was frightened."])
    assert criterion.status == "partial", criterion.reasons
    assert "Kieran Hall" in findings[0].message


def test_what_he_had_not_known_is_not_an_explained_absence():
    criterion, findings = judge(["Mum says Ruby's father, Liam Hall, had not known about the missed appointments."],
                                family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-FATHER-002"
    assert "Liam Hall" in findings[0].message


def test_a_father_whose_address_is_not_known_is_still_an_explained_absence():
    criterion, _ = judge(["Ruby's father, Liam Hall, has moved and his address is not known."],
                         family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "met"


def test_her_father_after_a_sentence_about_the_mother_is_a_grandfather():
    criterion, findings = judge(["There are protective factors. Ms Hall has kept every appointment since the "
                                 "summer. Her father, Mr Alan Hall, lives nearby and does the school run."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-FATHER-001"


def test_her_father_after_a_sentence_about_the_child_is_her_father():
    criterion, findings = judge(["There are protective factors. Ruby is settled at school. Her father, Mr Liam "
                                 "Hall, lives nearby and does the school run."])
    assert criterion.status == "partial"
    assert "Mr Liam Hall (father)" in findings[0].message


def test_a_father_listed_with_his_date_of_birth_before_the_relation_is_named():
    criterion, findings = judge(["Adults at the address: Kerry Hall (DOB 01/02/1990), mother; Liam Hall "
                                 "(DOB 03/04/1988), father."])
    assert criterion.status == "partial"
    assert "Liam Hall (father)" in findings[0].message


def test_a_grandfather_listed_with_his_date_of_birth_is_not_a_father():
    criterion, findings = judge(["Adults at the address: Kerry Hall (DOB 01/02/1990), mother; Alan Hall "
                                 "(DOB 03/04/1958), grandfather."])
    assert criterion.status == "not_met"


def test_a_she_after_the_fathers_name_that_belongs_to_the_woman_before_him_leaves_him_a_man():
    """"Jade says Tyrone followed her and she ...": the "she" is Jade's, so Tyrone, the father in the header, stays
    a man whose contact is recorded; a woman who is the subject before "she" is still not him."""
    family = [Person(name="Jade Hall", relation="mother"), Person(name="Tyrone Mills", relation="father")]
    text = ["She rang the police after Tyrone shoved her while she was holding Ruby.",
            "Jade says that Tyrone followed her home and she felt frightened.",
            "I met Tyrone at the office on 3/11/2025 and he told me he regrets the incident."]
    criterion, findings = judge(text, family=family)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text[2]
    criterion, findings = judge(["The baby's father: Jade has told me she met him once and she has no way to reach "
                                 "him."], family=[Person(name="Jade Hall", relation="mother")])
    assert "Jade" not in " ".join(criterion.reasons + [f.message for f in findings])


def test_a_choice_not_to_take_part_is_his_absence_only_when_he_makes_it():
    criterion, findings = judge(["Mum's partner, Craig Dunn, lives with them and chose not to meet me at either "
                                 "home visit."])
    assert criterion.status == "met", criterion.reasons
    assert "chose not to meet me" in criterion.evidence[0].quote
    criterion, findings = judge(["Mum's partner, Craig Dunn, lives with them.",
                                 "Ruby told me she did not want to go home when Craig had been drinking."])
    assert criterion.status == "partial"
    assert "Craig Dunn (mum's partner)" in findings[0].message
    criterion, _ = judge(["Ruby has never met her father and Mum does not know where he lives."])
    assert criterion.status == "met"
