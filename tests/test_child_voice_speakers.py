"""child_voice: whose words a sentence gives, when several children or several adults are in it."""

import pytest

from criteria_support import report
from reportcheck.criteria import child_voice
from reportcheck.result import ChildFacts

MAYA = ChildFacts(name="Maya Price", age="8 years")
OSCAR = ChildFacts(name="Oscar Price", age="10 months")
TOBY = ChildFacts(name="Toby Price", age="5 years")


def judge(sections, children):
    return child_voice.evaluate(report(sections, children=list(children)))


def findings_by_rule(findings):
    return {f.rule: f.message for f in findings}


@pytest.mark.parametrize("about_baby", [
    'When I asked her about Oscar\'s bruise she said "it was the door, not me".',
    "Asked about bedtimes, she told me Oscar cries a lot and keeps her awake.",
])
def test_an_older_sister_speaking_about_the_baby_is_not_the_babys_voice(about_baby):
    criterion, findings = judge({"child_views": ["Maya was seen on her own at school.", about_baby,
                                                 "Oscar seemed content and was well dressed."]}, [MAYA, OSCAR])
    assert criterion.status == "partial"
    rules = findings_by_rule(findings)
    assert "Oscar Price (10 months)" in rules["RC-VOICE-002"]
    assert "Maya Price (8)" in rules["RC-VOICE-005"]


def test_a_sibling_group_phrase_does_not_make_one_childs_words_the_others():
    criterion, findings = judge({"child_views": [
        "Nan has the children on Saturdays and Maya tells me she likes going there.",
        "Oscar is a contented little boy.",
    ]}, [MAYA, OSCAR])
    assert criterion.status == "partial"
    assert "Oscar Price (10 months)" in findings_by_rule(findings)["RC-VOICE-002"]


def test_children_speaking_together_are_each_heard():
    criterion, findings = judge({"child_views": ['Maya and Toby both said "we want Dad to stop shouting".']},
                               [MAYA, TOBY])
    assert (criterion.status, findings) == ("met", [])


def test_the_child_who_speaks_about_a_sibling_is_still_heard():
    criterion, _ = judge({"child_views": ['Maya said "Toby hides under his bed when they argue."',
                                          'Toby told me "I like my big sister reading to me."']}, [MAYA, TOBY])
    assert criterion.status == "met"


@pytest.mark.parametrize("adults", ["Mr Lane and Mrs Ortiz both know Maya well", "Her parents say Maya is chatty",
                                    "Mum and Dad describe Maya as chatty"])
def test_she_after_several_adults_in_the_childs_section_is_the_child(adults):
    criterion, _ = judge({"child_views": [f"{adults} and she talks to them easily.",
                                          "When I asked her about weekends she said \"I go swimming with my cousin.\""]},
                         [MAYA])
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith("When I asked her about weekends")


def test_she_after_one_adult_in_the_childs_section_is_still_that_adult():
    criterion, findings = judge({"child_views": ["Mrs Ortiz knows Maya well.",
                                                 'She said "I am very worried about her mornings."']}, [MAYA])
    assert criterion.status != "met"
    assert findings[0].rule in {"RC-VOICE-001", "RC-VOICE-002"}


def test_she_after_several_adults_outside_the_childs_section_is_not_taken_as_the_child():
    criterion, findings = judge({"parent_views": ["Mum and Dad met me with Maya and she was upset.",
                                                  'She said "I cannot cope with the mornings."'],
                                 "child_views": ["Maya appears happy in school."]}, [MAYA])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-VOICE-002"


def test_she_after_the_children_as_a_group_is_not_taken_as_one_of_them():
    # A name opening a sentence is not known as a person, so "the children" are the last people named before "She":
    # a singular pronoun cannot tell which of them it is.
    criterion, findings = judge({"child_views": [
        'Kerry reports the children are "no bother".',
        'She said Maya has begun asking where Dad went and she told her "he is working away".',
    ]}, [MAYA, TOBY])
    assert criterion.status == "partial"
    assert "Toby Price (5)" in " ".join(f.message for f in findings)


@pytest.mark.parametrize("quote", ['Maya said "Toby told me he is scared of the dark."',
                                   'Maya told me: "Toby wants his own room."'])
def test_a_sibling_speaking_inside_anothers_quotation_is_not_heard(quote):
    criterion, findings = judge({"child_views": [quote]}, [MAYA, TOBY])
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-VOICE-001", "RC-VOICE-005"]
    assert "Toby Price (5)" in findings[0].message


TOBY_SAYS = ('Toby (seen alone at school on 03/03/2026): in his worries house he wrote "shouting". When asked what '
             'would help he said, "Someone gets up first."')


def test_a_line_opening_with_a_childs_name_gives_its_pronoun_to_that_child_not_the_child_before():
    criterion, findings = judge({"child_views": [
        TOBY_SAYS, 'Maya (seen at school and at home): she told me, "I went to find Grandad," and that she likes '
                   '"Mummy\'s dinners".']}, [TOBY, MAYA])
    assert (criterion.status, findings) == ("met", [])
    assert any(e.quote.startswith("Maya (seen at school") for e in criterion.evidence)


def test_a_pronoun_on_a_line_that_names_no_child_does_not_make_the_next_child_heard():
    criterion, findings = judge({"child_views": [
        TOBY_SAYS, 'At home she told me, "I went to find Grandad."']}, [TOBY, MAYA])
    assert criterion.status in {"partial", "not_met"}
    assert any("Maya Price (8)" in f.message for f in findings)


def test_a_key_person_asking_is_an_adult_not_every_child():
    criterion, findings = judge({"child_views": [
        'When her key person asked Maya about home she said "Mummy shouts" and "I like nursery dinners".',
        "Oscar is a happy little boy who is always smiling."]}, [MAYA, OSCAR])
    assert criterion.status == "partial"
    assert "Oscar Price (10 months)" in findings_by_rule(findings)["RC-VOICE-002"]


def test_the_young_person_is_still_the_child():
    criterion, findings = judge({"child_views": ['The young person told me "I want to stay at Nan\'s".']}, [MAYA])
    assert (criterion.status, findings) == ("met", [])


def test_a_baby_doll_is_no_baby():
    criterion, findings = judge({"child_views": [
        'Maya (role play, 26/01/2026): put the baby doll in the cot and said "baby crying, shh, Mummy tired".',
        "Oscar does not attend, so we cannot comment on his presentation."]}, [MAYA, OSCAR])
    assert criterion.status == "partial"
    rules = findings_by_rule(findings)
    assert "Oscar Price (10 months)" in rules["RC-VOICE-001"]  # nothing of his: the doll's crying is Maya's play
    assert rules["RC-VOICE-005"].endswith("Maya Price (8) but not Oscar Price (10 months).")
