"""What a user sees: the text view (grade first, criteria with quotes and locations, what to fix first), the HTML
page (content and escaping) and the published JSON Schema (up to date, and the JSON output valid against it)."""

from __future__ import annotations

import json
import re

import jsonschema
from grade_helpers import result

from reportcheck.render.html import render_html
from reportcheck.render.json_schema import schema_path, schema_text
from reportcheck.render.text import render_text
from reportcheck.result import ErrorInfo, Finding, Location, Result, SectionInfo, SourceInfo

BROKEN = Result(source=SourceInfo(path="in/locked.pdf"),
                error=ErrorInfo(code="encrypted", message="The PDF is password-protected; save an unlocked copy."))


def partial_voice() -> Result:
    r = result("adequate", child_voice="partial:No words or observation for Cody (2).")
    r.sections = [SectionInfo(id="child_views", title="7. Child/ren's views", status="present", words=40)]
    return r


def test_text_puts_the_grade_first_then_criteria_with_quotes_and_locations():
    text = render_text([partial_voice()], color=False)
    lines = text.splitlines()
    assert lines[0] == "in/report.docx (template p8, agency school_primary)"
    assert lines[2] == "Grade: ADEQUATE"
    assert "  because child_voice is partial: No words for Cody (2)." in lines
    assert "  The child's voice (child_voice): partial" in lines
    assert "    - No words or observation for Cody (2)." in lines
    assert '    "Bella said "I like it when Mum <b>reads</b> to me.""' in lines
    assert "      at page 2, paragraph 33, section child_views (7. Child/ren's views)" in lines
    assert text.index("Grade:") < text.index("Criteria") < text.index("What to fix first")
    assert "\x1b[" not in text


def test_what_to_fix_first_puts_errors_first_and_the_rest_after():
    r = partial_voice()
    r.findings += [Finding(rule=f"RC-ID-00{n}", criterion=None, severity="info", message=f"Note {n}.",
                           suggestion=f"Do {n}.") for n in (1, 2)]
    text = render_text([r], color=False)
    fix_first = text[text.index("What to fix first"):text.index("Other findings")]
    assert fix_first.index("1. Nothing records Cody's own views") < fix_first.index("2. CAMHS is used")
    assert "What to do: Add what Cody said" in fix_first
    assert "3. Note 1. [RC-ID-001]" in fix_first
    assert "  - Note 2. [RC-ID-002]" in text[text.index("Other findings"):]


def test_text_colour_only_when_asked():
    coloured = render_text([partial_voice()], color=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render_text([partial_voice()], color=False)


def test_text_of_an_unreadable_file_gives_its_code_and_message():
    text = render_text([partial_voice(), BROKEN], color=False)
    assert "in/locked.pdf: could not be read (encrypted)" in text
    assert "The PDF is password-protected; save an unlocked copy." in text
    assert text.index("in/report.docx") < text.index("in/locked.pdf")


def test_html_is_one_self_contained_page_with_the_evidence():
    page = render_html([partial_voice(), BROKEN])
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"<script|<link|src=|https?://", page)
    assert '<span class="grade adequate">adequate</span>' in page
    assert "No words or observation for Cody (2)." in page
    assert "page 2, paragraph 33, section child_views (7. Child/ren&#x27;s views)" in page
    assert "What to do: Add what Cody said about home, school and the worries" in page
    assert "Could not be read" in page and "encrypted" in page


def test_html_escapes_report_text():
    page = render_html([partial_voice()])
    assert "<b>reads</b>" not in page
    assert "Bella said &quot;I like it when Mum &lt;b&gt;reads&lt;/b&gt; to me.&quot;" in page


def test_published_schema_is_up_to_date():
    assert schema_path().read_text(encoding="utf-8") == schema_text(), \
        "run: python -m reportcheck.render.json_schema"


def test_results_and_errors_validate_against_the_published_schema():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    for r in (partial_voice(), BROKEN):
        jsonschema.validate(json.loads(r.to_json()), schema)
    bad = json.loads(partial_voice().to_json())
    bad["grade"] = "excellent"
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError as exc:
        assert "excellent" in exc.message
    else:
        raise AssertionError("an unknown grade validated")


def test_location_parts_are_only_those_known():
    r = partial_voice()
    r.findings = [Finding(rule="RC-ID-001", criterion=None, severity="warning", message="M.", suggestion="S.",
                          location=Location(table=1, row=3, column=2))]
    assert "at table 1, row 3, column 2" in render_text([r], color=False)
