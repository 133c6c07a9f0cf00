"""shared_with_parents: a past record of sharing, with whom, how and when; intention, one parent, negation."""

from datetime import date

import pytest

from criteria_support import report
from reportcheck.criteria import sharing
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(paragraphs, *, extra=None, family=(), **kw):
    sections = {"sharing": paragraphs} if paragraphs is not None else {}
    sections.update(extra or {})
    return sharing.evaluate(report(sections, children=KIDS, family=list(family), **kw))


@pytest.mark.parametrize("text", [
    "I went through this report with Mum and Dad at a home visit on 14/11/2025.",
    "This report was shared with both parents by email on 13th November 2025.",
    "The report has been discussed with parents over the phone.",
])
def test_shared_with_date_or_means_is_met(text):
    criterion, findings = judge([text])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text


def test_intention_only_is_partial():
    criterion, findings = judge(["I will share this report with mum before conference."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


def test_not_shared_without_reason_is_not_met():
    criterion, findings = judge(["This report has not been shared with parents."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-006"


def test_not_shared_for_a_safeguarding_reason_is_accepted():
    criterion, _ = judge(["The report has not been shared with Mr Hall on police advice due to the ongoing police "
                          "investigation."])
    assert criterion.status == "not_applicable"


def test_nothing_recorded_is_not_met():
    criterion, findings = judge(None, extra={"analysis": ["Ruby is at risk."]})
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-001"


def test_no_date_or_means_is_partial():
    criterion, findings = judge(["This report has been shared with parents."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-004"


def test_one_parent_of_two_involved_is_partial():
    criterion, findings = judge(["I shared this report with mum at a home visit on 12/11/2025."],
                                extra={"parent_views": ["Dad attended the meeting and said he disagrees."]},
                                family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003"
    assert "Liam Hall" in findings[0].message


def test_a_share_date_after_the_conference_does_not_count():
    criterion, findings = judge(["Yes"], shared=date(2025, 11, 20), conference=date(2025, 11, 18))
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-005"
    assert "20/11/2025" in findings[0].message


def test_a_date_shared_field_before_the_conference_is_met():
    criterion, _ = judge(["14/11/2025"], shared=date(2025, 11, 14), conference=date(2025, 11, 18))
    assert criterion.status == "met"


def test_the_forms_prompt_is_not_a_record_of_sharing():
    criterion, _ = judge(["-"], guidance={"sharing": "Has this report been shared with the parents? Give the date."})
    assert criterion.status == "not_met"


def test_giving_a_copy_and_talking_it_through_is_a_past_record():
    criterion, _ = judge(["I gave both parents a copy of this report at the surgery on 21/01/2026 and talked it "
                          "through with them."])
    assert criterion.status == "met"


def test_withholding_from_one_parent_for_safety_is_not_one_parent_only():
    criterion, _ = judge(["I went through this report with Ms Kelly in person on 04.12.2025.",
                          "It has not been shared with Mr Kelly because he is on bail not to contact her and sharing "
                          "it would put her and the children at risk."],
                         extra={"parent_views": ["Mr Kelly attended the meeting and said he wants contact."]},
                         family=[Person(name="Gary Kelly", relation="father")])
    assert criterion.status == "met"


def test_shared_with_a_parent_named_by_first_name():
    criterion, _ = judge(["I shared this report with Wayne at his key-work session on 02/12/2025."])
    assert criterion.status == "met"


def test_a_copy_posted_to_the_father_by_name_is_shared_with_him():
    criterion, _ = judge(["I read this report with Ms Fenton at her appointment on 04/12/2025 and gave her a copy.",
                          "A copy was posted to Lewis Fenton at his mother's address on 04/12/2025."],
                         extra={"parent_views": ["Lewis attended the meeting and said he wants to be involved."]},
                         family=[Person(name="Kirsty Fenton", relation="mother"),
                                 Person(name="Lewis Fenton", relation="father")])
    assert criterion.status == "met"


def test_a_later_negation_does_not_undo_the_sharing():
    criterion, _ = judge(["Parents have seen this report; I read it to Mum over the phone on 13 November as she does "
                          "not read English."])
    assert criterion.status == "met"


def test_shared_with_the_father_only_is_partial():
    criterion, findings = judge(["I shared this report with Wayne at his key-work session on 02/12/2025."],
                                extra={"parent_views": ["Amy, the children's mother, was not present."]},
                                family=[Person(name="Wayne Ross", relation="father"),
                                        Person(name="Amy Ross", relation="mother")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003"
    assert "the father" in findings[0].message and "the mother" in findings[0].message


def test_a_letter_is_the_document_too():
    criterion, _ = judge(["I have discussed the content of this letter with Mr and Mrs Sutton on 4th December 2025."])
    assert criterion.status == "met"


def test_the_mother_named_by_first_name_counts_as_her():
    criterion, findings = judge(["I went through this report with Sarah at home on 12/11/2025."],
                                extra={"parent_views": ["Dad attended the meeting and said he disagrees."]},
                                family=[Person(name="Ms Sarah Bennett", relation="mother"),
                                        Person(name="Liam Hall", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003" and "Liam Hall" in findings[0].message


def test_two_people_named_together_are_both_parents():
    criterion, _ = judge(["I read this report with Shannon and Kieran together at their flat on 04/12/2025."],
                         extra={"parent_views": ["Kieran attended and said he wants to help."]},
                         family=[Person(name="Kieran Doyle", relation="father")])
    assert criterion.status == "met"


def test_a_sharing_form_line_with_a_date_is_a_record():
    criterion, _ = judge(["Mr Quinn: 09/12/2025, by secure email.", "Ms Quinn: 09/12/2025, in person."],
                         extra={"parent_views": ["Mr Quinn attended and said he agrees."]},
                         family=[Person(name="Ms Natalie Quinn", relation="mother"),
                                 Person(name="Mr Gary Quinn", relation="father")])
    assert criterion.status == "met"


def test_a_subjectless_not_shared_note_with_a_safeguarding_reason_keeps_it_met():
    criterion, findings = judge(None, extra={"plan": [
        "Report shared with Ms Dawn Reed in person on 03/12/2025. Not shared with Mr Carl Reed: he is on bail not to "
        "contact Ms Reed while the police investigation continues."]},
        family=[Person(name="Carl Reed", relation="father")])
    assert criterion.status == "met", criterion.reasons
    assert findings == []


def test_a_shared_with_line_outside_the_sharing_section_is_a_record():
    criterion, _ = judge(None, extra={"involvement": ["Shared with: Ms Dawn Reed (mother), 03/12/2025, in person."]})
    assert criterion.status == "met", criterion.reasons


def test_discussing_something_else_with_mum_is_not_sharing_the_report():
    criterion, findings = judge(None, extra={"involvement": ["Discussed with Mum at the visit on 03/11/2025.",
                                                             "Letter sent to mum offering an appointment."]})
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-001"


def test_a_description_of_the_usual_process_is_not_an_intention():
    criterion, findings = judge(["This report has not been shared with the parents.",
                                 "Our usual practice is for the chair to share reports at the conference."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-006"
    assert "has not been shared with the parents" in findings[0].message


def test_sharing_with_the_child_is_not_sharing_with_the_parents():
    criterion, findings = judge(["Ruby is too young for the report to be shared with her.",
                                 "I went through my report with Ruby at school on 03/12/2025."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-001"


def test_going_through_a_section_with_the_child_does_not_undo_a_share_with_parents():
    criterion, _ = judge(["I went through this report with Mum and Dad at home on 03/12/2025.",
                          "Ruby is too young for the report to be shared with her."])
    assert criterion.status == "met"


def test_an_intention_to_share_after_the_conference_is_not_met():
    criterion, findings = judge(["I will go through this report with Mum on 02/12/2025."],
                                conference=date(2025, 11, 28))
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-005"
    assert "02/12/2025" in findings[0].message and "28/11/2025" in findings[0].message


def test_an_intention_to_share_before_the_conference_is_partial():
    criterion, findings = judge(["I will go through this report with Mum on 26/11/2025."],
                                conference=date(2025, 11, 28))
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


FATHER_DEAN = dict(extra={"parent_views": ["Dean came to the meeting and said he wants to help."]},
                   family=[Person(name="Dean Ross", relation="father")])


def test_two_people_named_in_two_sentences_are_both_parents():
    criterion, _ = judge(["I went through this letter with Kerry on 03/12/2025.",
                          "I emailed a copy to Dean the same day."], **FATHER_DEAN)
    assert criterion.status == "met", criterion.reasons


def test_one_named_person_of_two_is_one_parent():
    criterion, findings = judge(["I went through this letter with Kerry on 03/12/2025."], **FATHER_DEAN)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003" and "Dean Ross" in findings[0].message


def test_not_yet_shared_with_the_father_is_partial():
    criterion, findings = judge(["Shared with Ms Ross at school on 03/12/2025.",
                                 "Mr Ross has not seen the report yet."], **FATHER_DEAN)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006"
    assert findings[0].quote == "Mr Ross has not seen the report yet."


def test_not_shared_with_a_father_whose_whereabouts_are_unknown_is_met():
    criterion, findings = judge(["Shared with Ms Ross at school on 03/12/2025.",
                                 "Mr Ross has not had a copy: his whereabouts have not been known since the summer."])
    assert criterion.status == "met", criterion.reasons


def test_a_copy_to_be_posted_to_the_father_is_partial():
    criterion, findings = judge(["I went through this report with Mrs Ross on 03/12/2025.",
                                 "Mr Ross left before we finished, so I will send him a copy."], **FATHER_DEAN)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"
    assert "I will send him a copy" in findings[0].message


def test_no_other_parent_to_share_with_is_met():
    criterion, _ = judge(["Report shared with Kerry at the midwife clinic on 03/12/2025.",
                          "The baby's father is not known, so there is no one else to share it with."])
    assert criterion.status == "met"


def test_no_known_father_and_no_share_at_all_is_not_met():
    criterion, findings = judge(["The baby's father is not known, so there is no one else to share it with."])
    assert criterion.status == "not_met"


def test_at_the_family_home_is_a_place_not_the_family():
    criterion, findings = judge(["Shared with Ms Ross at the family home on 03/12/2025."], **FATHER_DEAN)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003"


def test_shared_with_the_family_is_both_parents():
    criterion, _ = judge(["Shared with the family at home on 03/12/2025."], **FATHER_DEAN)
    assert criterion.status == "met"


def test_a_sharing_answer_that_opens_with_the_date_is_a_record():
    criterion, _ = judge(["03/12/2025 - Mum and Dad, at home."])
    assert criterion.status == "met", criterion.reasons


def test_sharing_with_a_colleague_is_not_sharing_with_the_parents():
    criterion, findings = judge(["The report was shared with the social worker on 03/12/2025."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-001"


def test_kept_from_the_father_for_safety_with_nothing_for_the_mother_is_not_met():
    criterion, findings = judge(["This report will not be shared with Mr Ross as he is on bail not to contact the "
                                 "children."], family=[Person(name="Kerry Ross", relation="mother")])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-007"
    assert criterion.reasons == ["The report was not shared with the father for a safeguarding reason, but there is "
                                 "no record of sharing it with the mother."]


def test_sharing_with_the_mother_and_another_relative_still_leaves_the_father_out():
    criterion, findings = judge(["Shared with Mum on 03/12/2025 and with Sandra, her mother, on 04/12/2025."],
                                **FATHER_DEAN)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003" and "Dean Ross" in findings[0].message


def test_a_yes_with_only_mum_is_one_parent():
    criterion, findings = judge(["Yes - 03/12/2025, with mum at home."], **FATHER_DEAN)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003"


def test_an_offer_to_go_through_the_report_is_not_a_record_of_sharing():
    criterion, findings = judge(["I have offered to go through the report with both parents."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


def test_meeting_both_parents_to_go_through_the_report_is_a_record():
    criterion, _ = judge(["I met with both parents on 03/12/2025 to go through my report."])
    assert criterion.status == "met", criterion.reasons


def test_being_able_to_share_is_a_record():
    criterion, _ = judge(["I was able to share the report with both parents at home on 03/12/2025."])
    assert criterion.status == "met", criterion.reasons


def test_a_bare_yes_with_a_date_shared_names_no_one_to_leave_out():
    criterion, _ = judge(["Yes"], shared=date(2025, 12, 3), conference=date(2025, 12, 8), **FATHER_DEAN)
    assert criterion.status == "met"


def test_a_promise_to_send_a_copy_by_post_is_an_intention():
    criterion, findings = judge(["I will send a copy of this report to both parents by post and have offered to talk "
                                 "it through with them by phone."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


def test_the_forms_question_typed_by_the_author_is_not_a_record():
    criterion, findings = judge(["Has this report been shared with the parents?"])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-001"


def test_the_date_shared_with_child_field_is_about_the_child():
    a = report({"sharing": ["Shared with both parents at home on 03/12/2025."],
                "shared_child": ["Not shared with him as he is only three."]}, children=KIDS)
    child_field = next(sec for sec in a.structure.sections if sec.id == "shared_child")
    child_field.role, child_field.title = "sharing", "Date report shared with child"
    for s in a.sentences:
        s.role = "sharing" if s.section == "shared_child" else s.role
    criterion, findings = sharing.evaluate(a)
    assert criterion.status == "met", criterion.reasons


def test_a_form_line_that_opens_with_the_verb_names_no_one_else():
    criterion, findings = judge(["Posted to Dad - 03/12/2025."],
                                family=[Person(name="Kerry Ross", relation="mother"),
                                        Person(name="Dean Ross", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003" and "the mother" in findings[0].message


def test_an_intention_to_share_at_the_conference_is_not_sharing_before_it():
    criterion, findings = judge(["The chair will go through this report with the parents at the conference."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-008"


@pytest.mark.parametrize("text", [
    "I went through this report with both parents on 03/12/2025 so they know what I will say at the conference.",
    "I will go through this report with both parents before the conference so they know what I will say at the "
    "conference.",
])
def test_mentioning_the_conference_is_not_sharing_at_it(text):
    criterion, findings = judge([text])
    assert "RC-SHARE-008" not in [f.rule for f in findings]


PARENTS = [Person(name="Lisa Hall", relation="mother"), Person(name="Liam Hall", relation="father")]


def test_a_parent_named_by_first_name_beside_the_childs_name_is_still_a_parent():
    mum = "I met Lisa at school on 2/12/2025 and we went through the report, though Ruby's words upset her."
    criterion, findings = judge([mum, "I emailed a copy to Mr Hall the same day and he rang to say he agreed."],
                                family=PARENTS)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == mum
    assert findings == []


def test_going_through_the_report_with_the_child_alone_is_not_sharing_with_parents():
    criterion, findings = judge(["I went through my report with Ruby at school on 2/12/2025."], family=PARENTS)
    assert criterion.status == "not_met", criterion.reasons


def test_a_plan_followed_by_the_authors_signature_date_is_only_an_intention():
    plan = "I have arranged to go through this report with Mum and Dad at home on 04/12/2025."
    criterion, findings = judge([plan, "Jo Bloggs", "Social Worker", "30/11/2025"],
                                shared=date(2025, 12, 4), conference=date(2025, 12, 5))
    assert criterion.status == "partial", criterion.reasons
    assert findings[0].rule == "RC-SHARE-002"
    assert findings[0].quote == plan


def test_a_date_opening_the_sharing_answer_is_a_share():
    criterion, _ = judge(["30/11/2025", "Went through it with Mum and Dad at home."], conference=date(2025, 12, 5))
    assert criterion.status == "met", criterion.reasons


def test_the_safeguarding_reason_may_follow_in_the_next_sentence():
    criterion, _ = judge(["I went through the report with Ms Hall at home on 10/11/2025.",
                          "The report has not been shared with Mr Hall.",
                          "He is on bail for an assault on Ms Hall and must not contact her."],
                         family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "met", criterion.reasons


def test_a_next_sentence_without_a_reason_leaves_the_parent_left_out():
    criterion, findings = judge(["I went through the report with Ms Hall at home on 10/11/2025.",
                                 "The report has not been shared with Mr Hall.",
                                 "He lives in Hull and works nights."],
                                family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006"
    assert "Mr Hall" in findings[0].message


def test_a_reason_does_not_reach_a_later_section():
    criterion, findings = judge(["This report has not been shared with parents."],
                                extra={"analysis": ["Mr Hall is on bail not to contact Ms Hall."]})
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-006"


def test_withheld_from_a_father_charged_with_an_offence_against_the_mother():
    criterion, findings = judge(["I went through this report with Ms Hall at the clinic on 09/11/2025.",
                                 "It has not been shared with Mr Hall because he is charged with an offence against "
                                 "Ms Hall and she is the main witness."],
                                family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "met", criterion.reasons
    assert findings == []


def test_a_father_who_cannot_be_reached_does_not_lower_the_record():
    criterion, _ = judge(["I went through this report with Ms Hall at home on 09/11/2025.",
                          "We could not share it with Mr Hall as we have no working contact details for him."],
                         extra={"parent_views": ["Mr Hall was sent two letters but did not respond."]},
                         family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "met"


def test_not_sharing_because_a_parent_cannot_be_reached_is_still_not_met_alone():
    criterion, findings = judge(["The report has not been shared as we were unable to contact the parents."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-006"


def test_a_not_shared_answer_is_not_met_despite_a_date_in_the_field():
    criterion, findings = judge(["This report has not been shared with the parents before conference.",
                                 "A. Author, 04/11/2025"], shared=date(2025, 11, 4), conference=date(2025, 11, 18))
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-006"
    assert "has not been shared" in findings[0].message


def test_shared_with_mum_only_when_dad_spoke_to_me_but_had_not_known_something():
    criterion, findings = judge(["This report was shared with Mum in person on 12/11/2025."],
                                extra={"parent_views": ["I phoned Dad on 10/11/2025. He said he had not known about "
                                                        "the missed appointments and wants to help."]},
                                family=[Person(name="Liam Hall", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003"
    assert "Liam Hall" in findings[0].message


def test_withheld_from_both_parents_with_the_reason_in_the_next_sentence():
    criterion, findings = judge(["This report has not been shared with the parents.",
                                 "Police have advised that sharing it now would prejudice the criminal investigation "
                                 "into the children's injuries."])
    assert criterion.status == "not_applicable"
    assert findings == []
    assert criterion.evidence[0].quote == "This report has not been shared with the parents."


HALLS = [Person(name="Kerry Hall", relation="mother"), Person(name="Dean Hall", relation="father")]


def test_it_after_a_sentence_about_the_report_is_the_report_withheld_for_a_reason():
    text = ("Report shared: this report was read to Ms Hall by phone on 10/11/2025 and emailed to her the same day. "
            "It has not been shared with Mr Hall: he is on police bail with conditions not to contact her.")
    views = ["Mr Hall said he wants to see Ruby more often."]
    criterion, _ = judge(None, extra={"parent_views": views, "plan": [text]}, family=HALLS)
    assert criterion.status == "met", criterion.reasons


def test_it_without_the_report_before_it_is_not_a_share():
    criterion, _ = judge(None, extra={"plan": ["Mum has a new phone. It has not been shared with Mr Hall."]},
                         family=HALLS)
    assert criterion.status == "not_met"
    assert "does not record" in criterion.reasons[0]


def test_a_copy_posted_to_each_of_them_after_naming_the_parents_is_a_share():
    text = ("I explained my findings to Kerry and Dean together on 3 November. Dean said he understood. "
            "A copy of this letter was posted to each of them on 10 November 2025.")
    criterion, _ = judge(None, extra={"plan": [text]}, family=HALLS)
    assert criterion.status == "met", criterion.reasons


def test_them_after_the_children_is_not_the_parents():
    text = "I saw Ruby and her friends at lunch. A copy of this letter was sent to them."
    criterion, _ = judge(None, extra={"plan": [text]}, family=HALLS)
    assert criterion.status == "not_met"


@pytest.mark.parametrize("text", [
    "I will discuss this report with Ms Hall when she next comes to the surgery.",
    "I plan to go over the report with both parents at the next home visit.",
])
def test_a_discussion_still_to_come_is_an_intention(text):
    criterion, findings = judge(None, extra={"plan": [text]}, family=HALLS)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


def test_a_field_label_naming_parents_does_not_say_both_had_it():
    views = ["Dean said he is sorry for what happened and wants to help."]
    text = ("Sharing with parents: I went through this report with Kerry at home on 6/11/2025 and gave her a copy. "
            "Dean was at work; I will go through it with him when I next visit.")
    criterion, findings = judge(None, extra={"parent_views": views, "plan": [text]}, family=HALLS)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"
    assert "I will go through it with him" in findings[0].quote


def test_a_row_headed_by_a_parents_name_still_names_whom_it_reached():
    rows = ["Kerry Hall: 6 November 2025, read through with her at home; she was given a copy.",
            "Dean Hall: 6 November 2025, at the same visit; he read the sections about him."]
    criterion, findings = judge(rows, extra={"parent_views": ["Dean said he wants to help."]}, family=HALLS)
    assert criterion.status == "met", criterion.reasons


def test_a_father_named_in_a_later_clause_did_not_have_the_report():
    text = ("I went through this report with Kerry on 6/11/2025; she asked that her comment about Dean's new job be "
            "added. I have not shared it with Mr Pryce as he is not one of our patients.")
    views = ["Dean Pryce, Ruby's father, said he wants to help with the school runs."]
    family = [Person(name="Kerry Hall", relation="mother"), Person(name="Dean Pryce", relation="father")]
    criterion, findings = judge(None, extra={"parent_views": views, "plan": [text]}, family=family)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006"


def test_a_mothers_partner_who_is_only_named_is_not_a_parent_left_out():
    text = "I read this report to Ms Hall by phone on 9/11/2025 and posted her a copy the same day."
    household = ["Ms Hall lives with her partner, Gary Sutton, and Ruby."]
    criterion, _ = judge(None, extra={"family_environment": household, "plan": [text]},
                         family=[Person(name="Kerry Hall", relation="mother")])
    assert criterion.status == "met", criterion.reasons


def test_a_mothers_partner_who_gave_his_views_is_left_out():
    text = "I read this report to Ms Hall by phone on 9/11/2025 and posted her a copy the same day."
    household = ["Ms Hall lives with her partner, Gary Sutton, and Ruby.",
                 "Gary told me he wants to support Kerry and will attend the conference."]
    criterion, _ = judge(None, extra={"family_environment": household, "plan": [text]},
                         family=[Person(name="Kerry Hall", relation="mother")])
    assert criterion.status == "partial"
    assert "Gary" in criterion.reasons[0]


def test_a_list_of_share_dates_separated_by_semicolons_names_every_parent():
    row = "Shared: 3 May 2025 (mother, at home); 4 May 2025 (Mr Pryce, by post to HMP Lowdham)."
    views = ["Dean Pryce, Ruby's father, said he wants to help with the school runs."]
    family = [Person(name="Kerry Hall", relation="mother"), Person(name="Dean Pryce", relation="father")]
    criterion, _ = judge([row], extra={"parent_views": views}, family=family)
    assert criterion.status == "met", criterion.reasons


@pytest.mark.parametrize("text", [
    "A copy of this report will be given to Ms Hall and Mr Hall before conference, with an interpreter.",
    "A copy of the report is to be posted to both parents next week.",
])
def test_a_copy_named_before_a_future_verb_is_still_an_intention(text):
    criterion, findings = judge(None, extra={"plan": [text]}, family=HALLS)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


def test_a_copy_given_in_the_past_is_a_share():
    criterion, _ = judge(None, extra={"plan": ["A copy of this report was handed to Ms Hall and Mr Hall at home "
                                               "on 3/11/2025."]}, family=HALLS)
    assert criterion.status == "met", criterion.reasons


def test_a_childrens_centre_named_in_a_share_is_not_sharing_with_a_child():
    text = "I will go through this report with Kerry at the Riverside Children's Centre on 12/11/2025."
    criterion, findings = judge([text], family=[Person(name="Dean Hall", relation="father")])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"


def test_sharing_with_the_children_is_still_not_sharing_with_the_parents():
    criterion, _ = judge(["I went through a child-friendly version with the children on 12/11/2025."])
    assert criterion.status == "not_met"


def test_the_forms_instruction_left_in_the_answer_is_no_share():
    criterion, _ = judge(["Give the date and how the report was shared. If it has not been shared, say why.",
                          "This report has not been shared with Ms Hall."], family=HALLS)
    assert criterion.status == "not_met"
    assert "has not been shared" in criterion.reasons[0]


def test_not_yet_shared_with_a_copy_to_be_posted_is_an_intention():
    criterion, findings = judge(["Not yet shared with mum. I will post a copy to her this week and talk it through "
                                 "by phone before conference."], family=HALLS)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"
