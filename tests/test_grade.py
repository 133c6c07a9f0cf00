"""The pre-grade: DOMAIN.md's default rubric on the combinations that matter, its reasons, per-area grades and
partnerships' changes to the rubric."""

from __future__ import annotations

import re

import pytest
from grade_helpers import criteria, structure

from reportcheck.config import Config
from reportcheck.errors import ConfigError
from reportcheck.grade import grade_result
from reportcheck.grade.rubric import merged_rubric
from reportcheck.result import Finding, Result, SourceInfo

ALL_PRESENT = {sid: ["Some words the author wrote."] for sid in (
    "involvement", "child_development", "parenting", "family_environment", "analysis", "parent_views",
    "child_views", "plan")}


def graded(findings: tuple[Finding, ...] = (), config: Config | None = None, content=None, **statuses) -> Result:
    result = Result(source=SourceInfo(path="r.txt"), criteria=criteria(**statuses), findings=list(findings))
    return grade_result(result, structure(content or ALL_PRESENT), config=config or Config())


@pytest.mark.parametrize("statuses, grade", [
    ({}, "good"),
    ({"father_involvement": "partial"}, "good"),  # one partial is still good
    ({"father_involvement": "partial", "shared_with_parents": "partial"}, "adequate"),  # two partials
    ({"child_voice": "partial"}, "adequate"),  # child_voice must be met for good
    ({"analysis": "partial"}, "adequate"),  # analysis must be met for good
    ({"shared_with_parents": "not_met"}, "adequate"),  # one not_met (not analysis or sections)
    ({"analysis": "not_met"}, "inadequate"),  # analysis not_met alone
    ({"required_sections": "not_met"}, "inadequate"),
    ({"father_involvement": "not_met", "shared_with_parents": "not_met"}, "inadequate"),  # two not_met
    ({"child_voice": "not_applicable"}, "good"),  # an unborn baby: not_applicable counts as met
    ({"child_voice": "not_applicable", "father_involvement": "partial"}, "good"),
    ({"child_voice": "not_applicable", "father_involvement": "partial", "required_sections": "partial"},
     "adequate"),
])
def test_default_rubric(statuses, grade):
    assert graded(**statuses).grade == grade


def test_reasons_name_the_deciding_criteria_with_their_first_reason():
    result = graded(child_voice="partial:No words or observation for Cody (2).", shared_with_parents="not_met")
    assert result.grade == "adequate"
    assert result.grade_reasons == ["shared_with_parents is not_met",
                                    "child_voice is partial: No words or observation for Cody (2)."]


def test_inadequate_reasons_list_each_condition_once():
    result = graded(analysis="not_met:Only a chronology.", father_involvement="not_met")
    assert result.grade == "inadequate"
    assert result.grade_reasons == ["analysis is not_met: Only a chronology.", "father_involvement is not_met"]


def test_good_reasons_say_what_is_short_of_met():
    assert graded().grade_reasons == ["all criteria are met"]
    assert graded(father_involvement="partial:Dad is named only.").grade_reasons == [
        "father_involvement is partial: Dad is named only.", "the other criteria are met"]


def test_error_result_is_not_graded():
    result = Result(source=SourceInfo(path="x.pdf"), error={"code": "encrypted", "message": "It is locked."})
    assert grade_result(result, structure(ALL_PRESENT), config=Config()).grade is None


def test_secondary_findings_do_not_move_the_grade_by_default():
    late = Finding(rule="RC-TIME-001", criterion=None, severity="warning", message="Late.", suggestion="Send early.")
    assert graded(findings=(late,)).grade == "good"


def test_a_rubric_condition_on_rules_lets_findings_move_the_grade():
    late = Finding(rule="RC-TIME-001", criterion=None, severity="warning", message="The report is late.",
                   suggestion="Send early.")
    config = Config(rubric={"good_unless": [{"status": ["not_met"]}, {"rules": ["RC-TIME-001"]}]})
    result = graded(findings=(late,), config=config)
    assert (result.grade, result.grade_reasons) == ("adequate", ["RC-TIME-001: The report is late."])
    assert graded(config=config).grade == "good"


def test_config_rubric_replaces_only_the_keys_it_names():
    config = Config(rubric={"not_applicable_as": "partial"})
    assert graded(config=config, child_voice="not_applicable").grade == "adequate"
    assert graded(config=config, analysis="not_met").grade == "inadequate"  # inadequate_if kept


def test_profile_rubric_applies_and_config_overrides_it(monkeypatch):
    config = Config()
    p8 = config.profile("p8").model_copy(update={"rubric": {"inadequate_if": [{"status": ["not_met"]}]}})
    monkeypatch.setattr(config, "_profiles", [p8 if p.id == "p8" else p for p in config.profiles()])
    assert graded(config=config, shared_with_parents="not_met").grade == "inadequate"
    stricter = Config(rubric={"inadequate_if": [{"status": ["not_met"], "at_least": 3}]})
    monkeypatch.setattr(stricter, "_profiles", config.profiles())
    assert graded(config=stricter, shared_with_parents="not_met").grade == "adequate"


@pytest.mark.parametrize("override, words", [
    ({"good_unless": [{"status": ["bad"]}]}, "rubric.good_unless.0.status.0"),
    ({"inadequate_if": [{"criteria": ["voice"], "status": ["not_met"]}]}, "unknown criterion 'voice'"),
    ({"inadequate_if": [{"rules": ["RC-NOPE-001"]}]}, "unknown rule 'RC-NOPE-001'"),
    ({"inadequate_if": [{"rules": ["RC-TIME-001"], "status": ["partial"]}]}, "either `status`"),
    ({"areas": {"kitchen": ["analysis"]}}, "unknown section role 'kitchen'"),
    ({"colour": "red"}, "rubric.colour"),
])
def test_rubric_mistakes_are_named(override, words):
    with pytest.raises(ValueError, match=re.escape(words)):
        merged_rubric(override)


def test_a_bad_profile_rubric_is_a_config_error(monkeypatch):
    config = Config()
    p8 = config.profile("p8").model_copy(update={"rubric": {"good_unless": "sometimes"}})
    monkeypatch.setattr(config, "_profiles", [p8])
    with pytest.raises(ConfigError, match="p8"):
        graded(config=config)


# Per-area grades ----------------------------------------------------------------------------------------------------

def areas(result: Result) -> dict[str, tuple[str, list[str]]]:
    return {a.id: (a.grade, a.reasons) for a in result.areas}


def test_area_grades_follow_sections_and_their_criteria():
    content = dict(ALL_PRESENT, plan=None, family_environment=[])
    result = graded(content=content, child_voice="partial:No words for Cody (2).", analysis="not_met",
                    father_involvement="partial:Dad is named only.")
    by_id = areas(result)
    assert by_id["plan"] == ("inadequate", ["The section is missing."])
    assert by_id["family_environment"] == ("inadequate", ["The section is empty (blank)."])
    assert by_id["child_views"] == ("adequate", ["child_voice is partial: No words for Cody (2)."])
    assert by_id["analysis"] == ("inadequate", ["analysis is not_met"])
    assert by_id["parent_views"][0] == by_id["parenting"][0] == "adequate"
    assert by_id["involvement"] == ("good", [])
    assert [a.title for a in result.areas][0] == "Details of service involvement"  # the profile's own title


def test_area_of_an_unborn_baby_is_good_and_mapping_is_data():
    assert areas(graded(child_voice="not_applicable"))["child_views"] == ("good", [])
    config = Config(rubric={"areas": {"involvement": ["shared_with_parents"]}})
    by_id = areas(graded(config=config, shared_with_parents="not_met", child_voice="partial"))
    assert by_id["involvement"][0] == "inadequate"
    assert by_id["child_views"][0] == "good"  # the override replaced the whole mapping
