"""`reportcheck annotate`: what the author sees on the command line, and the annotated copy the real checker writes."""

from __future__ import annotations

import zipfile

import docx
from click.testing import CliRunner
from test_annotate_docx import anchored, form_report, heading_report, sha256

from reportcheck.cli import main


def annotate(*args: str):
    return CliRunner().invoke(main, ["annotate", *map(str, args)])


def test_a_pdf_or_text_report_is_pointed_to_the_html_feedback(tmp_path):
    for name in ("report.pdf", "report.txt", "report.md"):
        report = tmp_path / name
        report.write_text("7. Child/ren's views\nRuby was not spoken to.\n")

        done = annotate(report)

        assert done.exit_code == 2
        assert f"comments cannot be written into {name}: it is not a Word document" in done.output
        assert "reportcheck check" in done.output and "--format html" in done.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md", "report.pdf", "report.txt"]


def test_a_text_file_named_as_word_is_recognised_as_text(tmp_path):
    report = tmp_path / "report.docx"
    report.write_text("7. Child/ren's views\nRuby was not spoken to.\n")

    done = annotate(report)

    assert done.exit_code == 2
    assert "comments cannot be written into report.docx: it is not a Word document" in done.output
    assert f'reportcheck check "{report}" --format html --out "{tmp_path / "report.html"}"' in done.output
    assert not (tmp_path / "report.reviewed.docx").exists()


def test_an_existing_output_is_kept_unless_forced(tmp_path):
    report = heading_report(tmp_path / "report.docx", ["Ruby was not spoken to."])
    existing = tmp_path / "report.reviewed.docx"
    existing.write_bytes(b"the author's own file")

    refused = annotate(report)

    assert refused.exit_code == 2
    assert "report.reviewed.docx already exists; add --force to replace it" in refused.output
    assert existing.read_bytes() == b"the author's own file"

    forced = annotate(report, "--force")

    assert forced.exit_code == 0, forced.output
    assert len(docx.Document(str(existing)).comments) >= 1


def test_the_copy_cannot_replace_the_report(tmp_path):
    report = heading_report(tmp_path / "report.docx", ["Ruby was not spoken to."])
    before = sha256(report)

    done = annotate(report, "-o", report, "--force")

    assert done.exit_code == 2
    assert "cannot replace the report itself" in done.output
    assert sha256(report) == before


def test_an_unreadable_word_file_gives_its_error_code(tmp_path):
    report = tmp_path / "broken.docx"
    with zipfile.ZipFile(report, "w") as package:
        package.writestr("readme.txt", "not a Word document")

    done = annotate(report)

    assert done.exit_code == 3
    assert "broken.docx could not be read (" in done.output
    assert not (tmp_path / "broken.reviewed.docx").exists()


def test_missing_child_voice_is_commented_at_the_childs_views_heading(tmp_path):
    report = heading_report(tmp_path / "report.docx", ["School has no further information to add."])
    before = sha256(report)

    done = annotate(report, "--conference-date", "2025-11-18")

    assert done.exit_code == 0, done.output
    out = tmp_path / "report.reviewed.docx"
    assert f"comments to {out}" in done.output
    assert sha256(report) == before
    assert out.stat().st_mode == report.stat().st_mode  # readable by whoever can read the report, no more
    comments = anchored(out)
    assert comments[0].text.startswith("reportcheck pre-grade: ")
    voice = [c for c in comments if c.text.startswith("The child's voice: not met.")]
    assert len(voice) == 1
    assert "Ruby" in voice[0].text
    assert voice[0].paragraph == "7. Child/ren's views"


def test_missing_child_voice_on_a_form_is_commented_in_the_answer_cell(tmp_path):
    report = form_report(tmp_path / "form.docx", child_views="")

    done = annotate(report, "-o", tmp_path / "reviewed" / "form.docx")

    assert done.exit_code == 0, done.output
    comments = anchored(tmp_path / "reviewed" / "form.docx")
    voice = [c for c in comments if c.text.startswith("The child's voice: not met.")]
    assert len(voice) == 1
    assert "Ruby" in voice[0].text
    assert (voice[0].row_label, voice[0].column) == ("Child/ren's views", 2)


def test_a_macro_enabled_document_gets_a_plain_word_copy_without_its_macros(tmp_path):
    report = heading_report(tmp_path / "report.docx", ["School has no further information to add."])
    macro = tmp_path / "report.docm"
    with zipfile.ZipFile(report) as source, zipfile.ZipFile(macro, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
                data = data.replace(b"<Default ", b'<Default Extension="bin" '
                                    b'ContentType="application/vnd.ms-office.vbaProject"/><Default ', 1)
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft'
                                    b'.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                                    b"</Relationships>")
            target.writestr(item, data)
        target.writestr("word/vbaProject.bin", b"macro code that must never be copied")
    before = sha256(macro)

    done = annotate(macro)

    assert done.exit_code == 0, done.output
    out = tmp_path / "report.reviewed.docx"
    assert sha256(macro) == before
    with zipfile.ZipFile(out) as copy:
        assert "word/vbaProject.bin" not in copy.namelist()
        assert b"macroEnabled" not in copy.read("[Content_Types].xml")
    voice = [c for c in anchored(out) if c.text.startswith("The child's voice: not met.")]
    assert [c.paragraph for c in voice] == ["7. Child/ren's views"]


def test_an_entity_trick_anywhere_in_the_package_is_refused(tmp_path):
    report = heading_report(tmp_path / "report.docx", ["School has no further information to add."])
    tricked = tmp_path / "tricked.docx"
    with zipfile.ZipFile(report) as source, zipfile.ZipFile(tricked, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/app.xml":  # a part that only the copy, not the check, reads
                data = data.replace(b"?>", b'?><!DOCTYPE Properties [<!ENTITY a "aaaaaaaaaa">]>', 1)
            target.writestr(item, data)

    done = annotate(tricked)

    assert done.exit_code == 3
    assert "tricked.docx could not be read (hostile)" in done.output
    assert not (tmp_path / "tricked.reviewed.docx").exists()


def test_an_unknown_template_is_a_usage_error(tmp_path):
    report = heading_report(tmp_path / "report.docx", ["School has no further information to add."])

    done = annotate(report, "--template", "no-such-form")

    assert done.exit_code == 2
    assert "unknown template 'no-such-form'; known templates: " in done.output
    assert not (tmp_path / "report.reviewed.docx").exists()
