"""Template profiles: the shipped forms, a partnership's own folder, and errors that name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportcheck.errors import ConfigError
from reportcheck.structure import analyse
from reportcheck.structure.model import ROLES
from reportcheck.structure.profiles import load_profiles
from test_structure import para, document

OWN_FORM = """\
id: {id}
title: Our partnership's conference report
cues: ["our partnership"]
rubric:
  good: {{max_partial: 0}}
sections:
  - id: worries
    title: Our worries
    role: worries
    headings: [What worries us]
    guidance: [Tell us what worries you about the child.]
  - id: hopes
    title: Our hopes
    role: strengths
  - id: voice
    title: What the child told us
    role: child_views
"""


def test_the_shipped_profiles():
    profiles = {p.id: p for p in load_profiles()}
    assert set(profiles) == {"p8", "signs-of-safety", "assessment-framework"}
    assert [s.number for s in profiles["p8"].sections] == [str(n) for n in range(1, 9)]
    for profile in profiles.values():
        assert all(s.role in ROLES and s.guidance and s.headings and s.advice for s in profile.sections)
        assert [s for s in profile.sections if s.role == "child_views"]


def test_a_partnership_adds_its_own_form(tmp_path: Path):
    (tmp_path / "ours.yaml").write_text(OWN_FORM.format(id="ours"), encoding="utf-8")
    profiles = load_profiles([tmp_path])
    assert [p.id for p in profiles][-1] == "ours"
    assert profiles[-1].rubric == {"good": {"max_partial": 0}}
    blocks = [para("What worries us"), para("Dad shouts at night."), para("Our hopes"), para("Mum is warm."),
              para("What the child told us"), para("(please specify)"),
              para("Tell us what worries you about the child.")]
    structure = analyse(document(blocks), profiles=profiles)
    assert structure.template.id == "ours"
    assert [s.status for s in structure.sections] == ["present", "present", "empty"]


def test_a_users_profile_replaces_the_shipped_one_of_the_same_id(tmp_path: Path):
    (tmp_path / "p8.yaml").write_text(OWN_FORM.format(id="p8"), encoding="utf-8")
    profiles = load_profiles([tmp_path])
    assert [p.id for p in profiles].count("p8") == 1
    assert next(p for p in profiles if p.id == "p8").title == "Our partnership's conference report"


@pytest.mark.parametrize("change, line, problem", [
    (("    role: strengths", "    role: hopes"), 14, "unknown role 'hopes'"),
    (("  - id: voice\n", "  - title_missing: voice\n"), 15, "sections -> 2 -> id: Field required"),
    (("    headings: [What worries us]", "    headings: What worries us"), 10, "valid list"),
    (("  - id: hopes", "  - id: worries"), None, "section id 'worries' is used twice"),
])
def test_an_error_names_the_file_the_line_and_the_problem(tmp_path: Path, change, line, problem):
    path = tmp_path / "ours.yaml"
    path.write_text(OWN_FORM.format(id="ours").replace(*change), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_profiles([tmp_path])
    message = str(raised.value)
    assert message.startswith(str(path))
    assert problem in message
    if line is not None:
        assert f"line {line}:" in message


def test_broken_yaml_names_the_line(tmp_path: Path):
    (tmp_path / "ours.yaml").write_text("id: ours\nsections: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"ours\.yaml, line \d+: not valid YAML"):
        load_profiles([tmp_path])


def test_a_missing_folder_is_an_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="no such folder"):
        load_profiles([tmp_path / "nowhere"])
