"""`reportcheck check` end to end on generated reports of each grade: the grade, its reasons and the exit codes,
and what an author sees when a child's voice is missing."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from reportcheck.cli import main
from reportcheck.render.json_schema import schema_path

GOOD = """\
Report to Initial Child Protection Conference

Conference date: 18/11/2025
Date of report: 12/11/2025
Name of child: Ruby Hall, date of birth 02/04/2016
Author: Jane Smith
Role: Class Teacher, Oakfield Primary School

1. Details of service involvement
Ruby has attended Oakfield Primary School since September 2020. There was no previous safeguarding involvement \
before this year. Ruby was last seen in school on 11/11/2025.

2. Child's health and development
Ruby is in Year 5. Her attendance is 91%. She is meeting expected standards in reading and is working towards them \
in maths. Ruby is White British and speaks English at home; no interpreter is needed.

3. Capacity of the parents/carers to safeguard and promote the child's welfare
Mum, Kerry Hall, brings Ruby to school every day and attends parents' evenings. Ruby's father, Mark Hall, lives \
separately; I spoke with him by telephone on 10/11/2025 and he said he wants to see Ruby more often and is worried \
about the arguments at home.

4. Family and environmental factors
Ruby lives with her mother and her mother's partner in a two-bedroom flat. Mum has told school about money worries.

5. Analysis of implications for the child's future safety, health and development
ANALYSIS

6. Parent/carer views
Mum said she agrees that the arguments upset Ruby and wants help. Dad said he will support any plan.

7. Child/ren's views
Ruby told me on 10/11/2025: "I don't like it when they shout. I go to my room and put my headphones on." She said \
she likes school because it is quiet.

8. Need identified and service provision
School will offer Ruby weekly sessions with the learning mentor and will share attendance with the social worker.

SHARED
"""
ANALYSIS = ("The arguments at home are affecting Ruby: she has been tired and tearful on Monday mornings, which shows "
            "the impact on her emotional wellbeing. Against this, Mum's consistent routines and Ruby's close "
            "relationship with her father are protective factors. In my professional view, Ruby is likely to remain "
            "at risk of emotional harm unless the arguments stop, but the strengths in her relationships with both "
            "parents mean that with support she can be kept safe.")
CHRONOLOGY = ("On 3 October 2025 Ruby arrived late. On 10 October 2025 Mum phoned the school about a dental "
              "appointment. On 4 November 2025 Ruby was collected by her aunt.")
SHARED = ("This report was shared with Kerry Hall in person on 12/11/2025 and with Mark Hall by email on "
          "12/11/2025.")


def report(analysis: str = ANALYSIS, shared: str = SHARED, two_children: bool = False) -> str:
    text = GOOD.replace("ANALYSIS", analysis).replace("SHARED", shared)
    if two_children:
        text = text.replace("Name of child: Ruby Hall, date of birth 02/04/2016",
                            "Names of children: Ruby Hall, date of birth 02/04/2016; Cody Hall, date of birth "
                            "05/06/2023")
        text = text.replace("Ruby was last seen in school on 11/11/2025.",
                            "Ruby was last seen in school on 11/11/2025. Cody was last seen at nursery on 10/11/2025.")
        text = text.replace("Ruby lives with her mother", "Ruby and Cody live with their mother")
    return text


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    texts = {"good.txt": report(), "adequate.txt": report(two_children=True),
             "inadequate.txt": report(analysis=CHRONOLOGY, shared="")}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def check(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_each_grade_with_its_reasons_and_valid_json(reports):
    outcome = check(*(str(reports / f) for f in ("good.txt", "adequate.txt", "inadequate.txt")), "--format", "json")
    assert outcome.exit_code == 0, outcome.output
    good, adequate, inadequate = data = json.loads(outcome.output)
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    for item in data:
        jsonschema.validate(item, schema)
    assert (good["grade"], good["grade_reasons"]) == ("good", ["all criteria are met"])
    assert good["findings"] == []
    assert adequate["grade"] == "adequate"
    assert adequate["grade_reasons"] == [
        "child_voice is partial: Nothing records the views, wishes or feelings of Cody Hall (2) in their own words, "
        "or an observation of them: describe what Cody Hall (2) did with their parents or carers (how they "
        "responded, sought comfort, played)."]
    assert inadequate["grade"] == "inadequate"
    assert [r.split(":")[0] for r in inadequate["grade_reasons"]] == ["analysis is not_met",
                                                                      "shared_with_parents is not_met"]
    areas = {a["id"]: a["grade"] for a in inadequate["areas"]}
    assert areas["analysis"] == "inadequate" and areas["child_views"] == "good"


@pytest.mark.parametrize("name, fail_under, code", [
    ("good.txt", "good", 0), ("adequate.txt", "good", 1), ("adequate.txt", "adequate", 0),
    ("inadequate.txt", "adequate", 1),
])
def test_exit_codes_with_fail_under(reports, name, fail_under, code):
    assert check(str(reports / name), "--fail-under", fail_under).exit_code == code


def test_unreadable_input_exits_3_and_the_report_is_still_checked(reports, tmp_path):
    outcome = check(str(tmp_path / "missing.docx"), str(reports / "good.txt"), "--format", "json")
    assert outcome.exit_code == 3
    missing, good = json.loads(outcome.output)
    assert "error" in missing and good["grade"] == "good"


def test_missing_child_voice_tells_the_author_which_child_where_and_what_to_add(reports):
    outcome = check(str(reports / "adequate.txt"))
    assert outcome.exit_code == 0
    text = outcome.output
    assert "Grade: ADEQUATE" in text
    fix_first = text[text.index("What to fix first"):]
    first = fix_first.splitlines()[1:4]
    assert first[0].startswith("  1. Nothing records the views, wishes or feelings of Cody Hall (2)")
    assert first[1].startswith("     What to do: Add what Cody Hall (2) said about home, school and the worries")
    assert "describe what you saw of them with their parents or carers" in first[1]
    assert first[2] == "     at paragraph 19, section child_views (7. Child/ren's views)"
