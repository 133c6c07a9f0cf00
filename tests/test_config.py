"""Configuration beside the reports: found from the report's folder upward, paths relative to the file, errors that
name the file and the key."""

from __future__ import annotations

import pytest

from reportcheck.config import Config, load_config, read_config
from reportcheck.errors import ConfigError

PROFILE = """\
id: our-form
title: Our partnership's form
sections:
  - {id: worries, title: Our worries, role: worries}
  - {id: voice, title: What the child says, role: child_views}
"""


def test_no_file_gives_the_defaults(tmp_path):
    config = load_config(tmp_path)
    assert config.model_dump() == Config().model_dump() and config.source is None
    assert {"p8", "signs-of-safety", "assessment-framework"} <= {p.id for p in config.profiles()}


def test_nearest_reportcheck_toml_from_a_subfolder_with_relative_profile_dir(tmp_path):
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "ours.yaml").write_text(PROFILE)
    (tmp_path / "reportcheck.toml").write_text('profile_dirs = ["forms"]\ndisabled_rules = ["RC-PLAIN-001"]\n')
    reports = tmp_path / "2025" / "november"
    reports.mkdir(parents=True)
    config = load_config(reports / "report.docx")
    assert config.source == tmp_path / "reportcheck.toml"
    assert config.profile_dirs == [tmp_path / "forms"]
    assert config.disabled_rules == ["RC-PLAIN-001"]
    assert config.profile("our-form").title == "Our partnership's form"
    assert config.profiles() is config.profiles()  # loaded once per Config
    assert load_config(reports) is config  # one Config per file, however many reports


def test_tool_table_of_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.reportcheck.rubric]\n'
                                             'not_applicable_as = "partial"\n')
    assert load_config(tmp_path).rubric == {"not_applicable_as": "partial"}


def test_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / "reportcheck.toml").write_text('disabled_rules = ["RC-ID-001"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(tmp_path / "sub").disabled_rules == ["RC-ID-001"]


def test_limits_become_the_readers_limits(tmp_path):
    (tmp_path / "reportcheck.toml").write_text("[limits]\nseconds = 5\n")
    assert load_config(tmp_path).limits.seconds == 5


@pytest.mark.parametrize("text, words", [
    ('disabled_rules = ["RC-VOICE-01"]', "disabled_rules: unknown rule 'RC-VOICE-01' (did you mean RC-VOICE-001"),
    ('colour = "red"', "colour: Extra inputs are not permitted"),
    ("[rubric]\ngood_unless = [{status = ['great']}]", "rubric.good_unless.0.status.0"),
    ("[limits]\nseconds = -1", "limits"),
    ("disabled_rules = [", "not valid TOML"),
])
def test_errors_name_the_file_and_the_key(tmp_path, text, words):
    path = tmp_path / "reportcheck.toml"
    path.write_text(text + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(path) in str(caught.value) and words in str(caught.value)


def test_error_in_pyproject_names_the_tool_key(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.reportcheck]\ndisabled_rules = "RC-ID-001"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.reportcheck.disabled_rules: "):
        load_config(tmp_path)


def test_missing_profile_folder_is_named(tmp_path):
    (tmp_path / "reportcheck.toml").write_text('profile_dirs = ["nowhere"]\n')
    with pytest.raises(ConfigError, match="nowhere: no such folder"):
        load_config(tmp_path).profiles()


def test_read_config_of_a_given_file(tmp_path):
    path = tmp_path / "elsewhere.toml"
    path.write_text('disabled_rules = ["RC-HIST-001"]\n')
    assert read_config(path).disabled_rules == ["RC-HIST-001"]
    with pytest.raises(ConfigError, match="no such configuration file"):
        read_config(tmp_path / "missing.toml")


def test_a_phrase_list_as_a_set_holds_the_same_words_and_is_built_once():
    from reportcheck.rulepack import registry
    reg = registry()
    assert reg.words("past") == frozenset(reg.lexicon("past"))
    assert reg.words("past") is reg.words("past")
