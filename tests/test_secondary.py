"""Secondary checks: each one's finding when the report falls short, and silence when it does not, including the
traps (bank holidays, a date in the future, an acronym explained only later, planned visits)."""

from __future__ import annotations

from datetime import date

import pytest
from grade_helpers import structure

from reportcheck.annotate import annotate
from reportcheck.config import Config
from reportcheck.criteria.secondary import evaluate, working_days_before
from reportcheck.result import ChildFacts, Facts

TODAY = date(2026, 6, 1)
RUBY = ChildFacts(name="Ruby Hall")
CODY = ChildFacts(name="Cody Hall")
GOOD_INVOLVEMENT = ["Ruby has attended the school since September 2021. Ruby was last seen in school on 12/11/2025."]
IDENTITY = ["The family are White British and speak English at home; no interpreter is needed."]


def facts(**changes) -> Facts:
    values = dict(children=[RUBY], report_date=date(2025, 11, 13), conference_date=date(2025, 11, 18),
                  author="Jane Smith", role="Class teacher")
    values.update(changes)
    return Facts(**values)


def findings(content: dict, *, config: Config | None = None, **kwargs):
    content = {"involvement": GOOD_INVOLVEMENT, "family_environment": IDENTITY, **content}
    kwargs.setdefault("facts", facts())
    return evaluate(annotate(structure(content, **kwargs)), config, today=TODAY)


def rules(found) -> list[str]:
    return [f.rule for f in found]


def test_a_complete_report_has_no_secondary_findings():
    assert findings({}) == []


# Timeliness ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("report, conference, days", [
    (date(2025, 11, 13), date(2025, 11, 18), 3),  # Thu -> Tue: Thu, Fri, Mon
    (date(2025, 11, 14), date(2025, 11, 18), 2),
    (date(2025, 11, 15), date(2025, 11, 18), 1),  # a Saturday counts from Monday
    (date(2025, 11, 18), date(2025, 11, 18), 0),
    (date(2025, 11, 19), date(2025, 11, 18), 0),
    (date(2025, 12, 23), date(2025, 12, 29), 2),  # Christmas Day and Boxing Day are bank holidays
    (date(2026, 4, 2), date(2026, 4, 7), 1),  # Good Friday 3/4 and Easter Monday 6/4/2026
    (date(2026, 5, 1), date(2026, 5, 5), 1),  # the early May bank holiday, Monday 4/5/2026
])
def test_working_days_skip_weekends_and_england_bank_holidays(report, conference, days):
    assert working_days_before(report, conference) == days


def test_late_report_names_dates_and_the_working_days():
    found = findings({}, facts=facts(report_date=date(2025, 12, 24), conference_date=date(2025, 12, 29)))
    assert rules(found) == ["RC-TIME-001"]
    assert found[0].message == ("The report is dated 24/12/2025, only 1 working day before the initial conference "
                                "on 29/12/2025; local procedures ask for at least 2 working days before.")


def test_report_after_the_conference_and_on_the_day():
    after = findings({}, facts=facts(report_date=date(2025, 11, 19)))
    assert "dated 19/11/2025, after the initial conference" in after[0].message
    same = findings({}, facts=facts(report_date=date(2025, 11, 18)))
    assert "on the day of the initial conference" in same[0].message


def test_review_conference_needs_five_working_days():
    found = findings({}, preamble=("Report to Review Child Protection Conference",))
    assert rules(found) == ["RC-TIME-001"]
    assert "review conference" in found[0].message and "at least 5 working days" in found[0].message
    initial = findings({}, preamble=("Report to Initial Child Protection Conference",
                                     "A review conference will follow in three months."))
    assert initial == []


def test_future_report_date_and_missing_conference_date():
    future = findings({}, facts=facts(report_date=date(2026, 11, 13)))
    assert rules(future) == ["RC-TIME-003"]
    assert "13/11/2026, which is later than today" in future[0].message
    assert rules(findings({}, facts=facts(conference_date=None))) == ["RC-TIME-002"]


# Last seen -------------------------------------------------------------------------------------------------------

def test_each_child_needs_a_last_seen_date_and_the_finding_names_the_child():
    found = findings({}, facts=facts(children=[RUBY, CODY]))
    assert rules(found) == ["RC-SEEN-001"]
    assert found[0].message == "The report does not say when Cody Hall was last seen by your agency."
    assert found[0].location.section == "involvement" and found[0].location.paragraph == 1


def test_seen_dates_for_both_children_by_name_pronoun_or_together():
    both = ["Known to us since 2021. Ruby was seen at school on 12/11/2025. Cody attends nursery. He was last seen there on 11/11/2025."]
    assert findings({"involvement": both}, facts=facts(children=[RUBY, CODY])) == []
    together = ["Open to the service since May. I visited the home on 10 November 2025 and saw both children with their mother."]
    assert findings({"involvement": together}, facts=facts(children=[RUBY, CODY])) == []


def test_planned_visits_and_dates_after_the_report_do_not_count():
    planned = ["Ruby has attended since 2021. Ruby will be seen at home on 20/11/2025."]
    assert rules(findings({"involvement": planned})) == ["RC-SEEN-001"]
    typo = ["Ruby has attended since 2021. Ruby was last seen on 12/11/2026."]
    assert rules(findings({"involvement": typo})) == ["RC-SEEN-001"]


def test_unborn_baby_needs_no_seen_date():
    assert findings({}, facts=facts(children=[RUBY, ChildFacts(name="Unborn baby", unborn=True)])) == []


# Identity, culture and language ----------------------------------------------------------------------------------

def test_identity_and_language():
    none = findings({"family_environment": ["The family live in a two-bedroom flat."]})
    assert rules(none) == ["RC-ID-001"]
    assert "ethnicity, culture, religion, language" in none[0].message
    only_culture = findings({"family_environment": ["The family are of Romanian heritage."]})
    assert rules(only_culture) == ["RC-ID-002"]


# Previous involvement --------------------------------------------------------------------------------------------

def test_involvement_must_say_since_when_or_previous_involvement():
    vague = findings({"involvement": ["I am Ruby's teacher. Ruby was last seen in class on 12/11/2025."]})
    assert rules(vague) == ["RC-HIST-001"]
    assert "'Details of service involvement' section" in vague[0].suggestion
    missing = findings({"involvement": None, "child_development": ["Ruby was last seen on 12/11/2025."]})
    assert "RC-HIST-001" in rules(missing)
    no_history = ["There was no previous involvement. Ruby was last seen in class on 12/11/2025."]
    assert findings({"involvement": no_history}) == []


# Acronyms --------------------------------------------------------------------------------------------------------

def test_acronym_explained_only_later_is_a_finding_at_its_first_use():
    text = ["Ruby was referred to CAMHS in May.",
            "CAMHS (Child and Adolescent Mental Health Services) saw her in June."]
    found = findings({"child_development": text})
    assert rules(found) == ["RC-PLAIN-001"]
    assert found[0].message == "CAMHS is used without being explained the first time it appears."
    assert found[0].quote == "Ruby was referred to CAMHS in May."
    assert (found[0].location.section, found[0].location.paragraph) == ("child_development", 4)
    assert "Child and Adolescent Mental Health Service (CAMHS)" in found[0].suggestion


@pytest.mark.parametrize("text", [
    "Ruby was referred to CAMHS (Child and Adolescent Mental Health Services) in May.",
    "Ruby was referred to the Child and Adolescent Mental Health Service (CAMHS) in May.",
    "A DASH (Domestic Abuse, Stalking and Harassment) risk assessment was completed.",
    "She attended the MARAC - multi-agency risk assessment conference - in June.",
    "No acronyms here, and GCSE or DASHING are not acronyms of the list.",
])
def test_acronyms_explained_at_first_use(text):
    assert findings({"child_development": [text]}) == []


def test_each_unexplained_acronym_is_named_once():
    found = findings({"child_development": ["Concerns about CSE and a DASH assessment.", "CSE remains a worry."]})
    assert sorted(f.message.split()[0] for f in found) == ["CSE", "DASH"]


# Author, role, agency and date -------------------------------------------------------------------------------------

def test_missing_author_role_agency_and_date_are_listed():
    found = findings({}, facts=facts(author=None, role=None, report_date=None), agency="unknown")
    assert rules(found) == ["RC-AUTH-001"]
    assert found[0].message == ("The report does not record the author's name, the author's role, the agency or "
                                "the date of the report.")


# Scaling (signs of safety only) ----------------------------------------------------------------------------------

SOS = [("involvement", "involvement", "Summary of agency involvement"),
       ("family", "household", "Family"),
       ("scaling", "scaling", "Scaling")]


def sos(scaling):
    return findings({"family": IDENTITY, "scaling": scaling}, layout=SOS, profile="signs-of-safety")


def test_scaling_with_a_number_and_reason():
    assert sos(["I would scale this at 4 out of 10 because Dad still lives at home."]) == []
    assert sos(["4/10.", "This is because Mum has started the programme."]) == []


def test_scaling_without_a_number_or_without_a_reason():
    none = sos(["Concerns remain about the home."])
    assert rules(none) == ["RC-SCALE-001"]
    assert none[0].location.section == "scaling"
    bare = sos(["I would scale this as 4."])
    assert rules(bare) == ["RC-SCALE-002"]
    assert bare[0].message == "The scale number (4) is given without a reason."
    assert rules(sos(None)) == ["RC-SCALE-001"]


def test_scaling_is_not_asked_of_other_forms():
    assert "RC-SCALE-001" not in rules(findings({}))


def test_disabled_rules_are_left_out():
    config = Config(disabled_rules=["RC-ID-001"])
    assert findings({"family_environment": ["A flat."]}, config=config) == []


def test_own_words_in_brackets_that_spell_the_acronym_explain_it():
    own = "He is managed under MAPPA (the multi-agency arrangements for managing people who pose a risk)."
    assert findings({"child_development": [own]}) == []
    vague = findings({"child_development": ["I made a referral to Children's Social Care (the MASH)."]})
    assert rules(vague) == ["RC-PLAIN-001"] and vague[0].message.startswith("MASH ")
    not_spelled = findings({"child_development": ["She was referred to CAMHS (accepted, awaiting assessment)."]})
    assert rules(not_spelled) == ["RC-PLAIN-001"]


def test_header_fields_before_the_sections_are_the_form_s_not_checked_for_acronyms():
    assert findings({}, preamble=("ICPC date: 18/11/2025", "Author: Jane Smith, Headteacher and DSL")) == []


def test_a_child_the_agency_has_not_met_is_answered():
    not_met = ["Known to the service since May 2025. I have not met the children, as the service works with adults."]
    assert findings({"involvement": not_met}, facts=facts(children=[RUBY, CODY])) == []


def test_a_chronology_of_dated_contacts_makes_involvement_explicit():
    chronology = ["09/05/25 A&E attendance - scald to left hand.", "11/06/25 Surgery - dressing check.",
                  "Ruby was last seen on 12/11/2025."]
    assert findings({"involvement": chronology}) == []


@pytest.mark.parametrize("scaling", [
    ["5.", "Ruby is well cared for, which is why I would not put it lower."],
    ["I would scale this at 4, where 10 means Freya is safe.", "It is not higher because drugs were in the flat."],
    ["Shannon is low in mood. It is a 5 and not lower because Shannon has been open."],
])
def test_scale_number_with_its_reason_later_in_the_section(scaling):
    assert sos(scaling) == []


def test_ages_and_times_are_not_scale_numbers():
    assert rules(sos(["Ruby is a 9-year-old girl who was seen at 3 pm."])) == ["RC-SCALE-001"]


def test_an_acronym_spelled_out_in_the_header_is_explained():
    header = ("Author: Gemma Moore, Independent Domestic Violence Advisor (IDVA)",)
    assert findings({"child_development": ["She has accepted IDVA support."]}, preamble=header) == []


def test_a_section_s_content_counts_even_when_also_taken_for_a_heading():
    s = structure({"involvement": GOOD_INVOLVEMENT, "family": IDENTITY,
                   "scaling": ["8. Kirsty is engaged with maternity care, which is why I scale it high."]},
                  layout=SOS, profile="signs-of-safety", facts=facts())
    s.headings.append(s.section("scaling").content_blocks[0])
    assert evaluate(annotate(s), None, today=TODAY) == []
