"""Redaction of one report's names to roles, whatever case the report writes them in."""

from __future__ import annotations

from reportcheck.result import ChildFacts, Facts, Person
from reportcheck.screen.redact import Redactor


def facts() -> Facts:
    return Facts(children=[ChildFacts(name="Callum HARTLEY"), ChildFacts(name="Maisie HARTLEY"),
                           ChildFacts(name=None, unborn=True)],
                 family=[Person(name="Mr Lee Hartley", relation="father"), Person(name="Gemma Ross", relation="mother"),
                         Person(name="Sam Ross", relation="sibling"), Person(name="Ann Ross", relation="sibling")])


def test_names_in_any_case_become_roles_and_shared_surnames_are_hidden():
    redact = Redactor(facts()).text
    assert redact("Callum Hartley said \"I miss Dad\"; CALLUM was quiet.") == \
        "Child 1 said \"I miss Dad\"; Child 1 was quiet."
    assert redact("Mr Hartley and Ms Ross attended with Maisie's brother Sam.") == \
        "[name] and [name] attended with Child 2's brother Sibling 1."
    assert redact("Lee rang; Gemma did not.") == "Father rang; Mother did not."
    assert redact("Ann Ross is 15.") == "Sibling 2 is 15."


def test_words_that_only_contain_a_name_are_left_alone():
    assert Redactor(facts()).text("Samantha from Lees Road called Gemmas.") == "Samantha from Lees Road called Gemmas."


def test_no_facts_no_change():
    assert Redactor(None).text("Ruby Hall") == "Ruby Hall"


def test_a_redacted_result_keeps_no_dates_of_birth_or_due_dates():
    from datetime import date

    from reportcheck.result import Result, SourceInfo
    from reportcheck.screen.redact import redact_result

    result = Result(source=SourceInfo(path="r.docx"), grade="good",
                    facts=Facts(children=[ChildFacts(name="Callum HARTLEY", dob=date(2014, 3, 2)),
                                          ChildFacts(unborn=True, due_date=date(2026, 1, 9))]))
    redacted = redact_result(result)
    assert [(c.name, c.dob, c.due_date) for c in redacted.facts.children] == [("Child 1", None, None),
                                                                              (None, None, None)]
    assert redacted.source.path == "r.docx"
