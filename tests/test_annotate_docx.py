"""Word comments written into a copy of the author's report: each comment's words and the paragraph it sits on.

The reports are built with python-docx, read with the real Word reader, and given a structure and result built here,
so these tests hold the writer to what the author will see whatever the checker decides.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from reportcheck.document import Document
from reportcheck.parse import read_document
from reportcheck.render.docx_comments import annotate_docx
from reportcheck.result import Criterion, Evidence, Facts, Finding, Location, Result, SourceInfo
from reportcheck.structure.model import Section, Structure, TemplateMatch

P8 = {  # section id -> (role, heading as the report words it)
    "involvement": ("involvement", "1. Details of service involvement"),
    "child_development": ("child_development", "2. Child's health and development"),
    "parenting": ("parenting", "3. Capacity of the parents/carers to safeguard and promote the child's welfare"),
    "family_environment": ("family_environment", "4. Family and environmental factors"),
    "analysis": ("analysis", "5. Analysis of implications for the child's future safety, health and development"),
    "parent_views": ("parent_views", "6. Parent/carer views"),
    "child_views": ("child_views", "7. Child/ren's views"),
    "plan": ("plan", "8. Need identified and service provision"),
}
TITLE = "Agency report to Initial Child Protection Conference"
REPORT_DATE = "Date of report: 13 November 2025"
CONTENT = {
    "involvement": "Ruby Hall has attended Oakfield Primary School since September 2020. She was last seen on "
                   "12 November 2025.",
    "child_development": "Ruby is in Year 4 and is working at the expected standard in reading and maths.",
    "parenting": "Ms Hall brings Ruby to school on time most days. Mr Hall collects her on Fridays.",
    "family_environment": "Ruby lives with her mother, Jade Hall, and visits her father, Liam Hall, at weekends.",
    "analysis": "The arguments between the parents are the main risk to Ruby's wellbeing, and the support of "
                "school is a protective factor. In our view the risk to Ruby will increase if nothing changes.",
    "parent_views": "Ms Hall said she wants support with Ruby's sleep. Mr Hall has not replied to our letters.",
    "plan": "Ruby needs a consistent adult in school; her class teacher will check in with her each morning.",
}
SHARING = "The report will be shared with Ms Hall after the conference."


@dataclass
class Anchored:
    """One comment as the author sees it in Word: its words and the paragraph it is attached to."""

    text: str
    author: str
    initials: str | None
    paragraph: str  # the text of the paragraph it is anchored to
    covered: str  # the text between the comment's range markers
    row_label: str | None  # for a table cell: the text of the first cell of its row
    column: int | None  # for a table cell: 1-based column


def heading_report(path: Path, child_views: list[str]) -> Path:
    """A report in Word heading styles, its sharing sentence split over runs of different formatting."""
    word = docx.Document()
    word.add_paragraph(TITLE).runs[0].bold = True
    word.add_paragraph("Child: Ruby Hall, date of birth 02/04/2016")
    word.add_paragraph(REPORT_DATE)
    for section_id, (_, heading) in P8.items():
        word.add_heading(heading, level=1)
        if section_id == "child_views":
            for text in child_views:
                word.add_paragraph(text)
        elif section_id == "parent_views":
            word.add_paragraph(CONTENT[section_id])
            sharing = word.add_paragraph()
            sharing.add_run("The report ")
            sharing.add_run("will be shared").bold = True
            sharing.add_run(" with Ms Hall after the conference.").font.size = Pt(11)
        else:
            word.add_paragraph(CONTENT[section_id])
    word.save(path)
    return path


def form_report(path: Path, child_views: str) -> Path:
    """A report on a two-column form: the label on the left, the author's answer on the right."""
    word = docx.Document()
    word.add_paragraph(TITLE)
    word.add_paragraph("Child: Ruby Hall, date of birth 02/04/2016")
    table = word.add_table(rows=0, cols=2)
    for section_id, (_, heading) in P8.items():
        label, answer = table.add_row().cells
        label.paragraphs[0].add_run(heading.split(". ", 1)[1]).bold = True
        text = child_views if section_id == "child_views" else CONTENT[section_id]
        if text:  # an unanswered cell keeps Word's empty paragraph, with no run to anchor a comment on
            answer.text = text
    word.add_paragraph(REPORT_DATE)
    word.save(path)
    return path


def structure_for(document: Document) -> Structure:
    """The structure of a p8 report built above: headings found by their words, content up to the next heading."""
    def is_heading(text: str, title: str) -> bool:
        return text == title or text == title.split(". ", 1)[1]

    heading_of = {}
    for section_id, (_, title) in P8.items():
        heading_of[section_id] = next(i for i, b in enumerate(document.blocks) if is_heading(b.text, title))
    starts = sorted(heading_of.values())
    block_section: list[str | None] = [None] * len(document.blocks)
    sections = []
    for section_id, (role, title) in P8.items():
        start = heading_of[section_id]
        label = document.blocks[start]
        if label.role == "label":
            content = [label.pair] if label.pair is not None else []
        else:
            end = next((s for s in starts if s > start), len(document.blocks))
            content = list(range(start + 1, end))
        content = [i for i in content if document.blocks[i].text.strip()]
        for i in [start, *content]:
            block_section[i] = section_id
        words = sum(len(document.blocks[i].text.split()) for i in content)
        sections.append(Section(id=section_id, title=label.text, role=role, required=True,
                                status="present" if words else "empty", heading_block=start,
                                content_blocks=content, words=words))
    return Structure(document=document, template=TemplateMatch(id="p8", confidence=1.0, checked_against="p8"),
                     sections=sections, block_section=block_section, guidance=[False] * len(document.blocks),
                     headings=starts, facts=Facts(), agency="school_primary")


def block_location(structure: Structure, text: str) -> Location:
    index = next(i for i, b in enumerate(structure.document.blocks) if b.text == text)
    return structure.location(index)


def result_for(structure: Structure, *, grade: str, criteria: dict[str, Criterion],
               findings: list[Finding] = (), grade_reasons: list[str] = ()) -> Result:
    statuses = {name: Criterion(status="met") for name in
                ("required_sections", "child_voice", "father_involvement", "analysis", "shared_with_parents")}
    statuses.update(criteria)
    return Result(source=SourceInfo(path=structure.document.source.path, format="docx"), grade=grade,
                  criteria=statuses, findings=list(findings), grade_reasons=list(grade_reasons))


def anchored(path: Path) -> list[Anchored]:
    """Every comment of a Word file, in the order written, with the paragraph its range markers sit in."""
    word = docx.Document(str(path))
    body = word.element.body
    found = []
    for comment in word.comments:
        cid = comment.comment_id
        starts = body.xpath(f'.//w:commentRangeStart[@w:id="{cid}"]')
        ends = body.xpath(f'.//w:commentRangeEnd[@w:id="{cid}"]')
        references = body.xpath(f'.//w:commentReference[@w:id="{cid}"]')
        assert len(starts) == len(ends) == len(references) == 1, f"comment {cid} has broken range markers"
        p = starts[0].getparent()
        assert ends[0].getparent() is p, f"comment {cid} starts and ends in different paragraphs"
        inside, covered = False, []
        for child in p.iterchildren():
            if child is starts[0]:
                inside = True
            elif child is ends[0]:
                break
            elif inside:
                covered.extend(t.text or "" for t in child.iter(qn("w:t")))
        row_label = column = None
        cell = p.getparent()
        if cell.tag == qn("w:tc"):
            row = cell.getparent()
            cells = row.findall(qn("w:tc"))
            column = cells.index(cell) + 1
            row_label = "".join(t.text or "" for t in cells[0].iter(qn("w:t")))
        found.append(Anchored(text=comment.text, author=comment.author, initials=comment.initials,
                              paragraph=Paragraph(p, None).text, covered="".join(covered), row_label=row_label,
                              column=column))
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


VOICE_REASON = "No words or observation for Ruby Hall."
VOICE_FIX = "Record what Ruby said about home and school, in her own words where you can."


@pytest.fixture
def heading_case(tmp_path):
    source = heading_report(tmp_path / "report.docx", ["Ruby was not spoken to."])
    structure = structure_for(read_document(source))
    result = result_for(
        structure, grade="inadequate",
        grade_reasons=["child_voice is not_met", "shared_with_parents is partial"],
        criteria={
            "child_voice": Criterion(status="not_met", reasons=[VOICE_REASON]),
            "shared_with_parents": Criterion(status="partial", reasons=["The report is only to be shared later."],
                                             evidence=[Evidence(quote=SHARING,
                                                                location=block_location(structure, SHARING))]),
        },
        findings=[
            Finding(rule="RC-VOICE-001", criterion="child_voice", severity="error", message=VOICE_REASON,
                    suggestion=VOICE_FIX, location=structure.location(structure.section("child_views").heading_block)),
            Finding(rule="RC-TIME-001", criterion=None, severity="warning",
                    message="The report is dated 3 working days before the conference",
                    suggestion="Send reports at least 5 working days before the conference",
                    location=block_location(structure, REPORT_DATE)),
            Finding(rule="RC-META-002", criterion=None, severity="info", message="The author's role is not given.",
                    suggestion="Add your role and agency under your name."),
        ])
    return source, structure, result


def test_heading_report_comments_sit_where_each_point_applies(heading_case, tmp_path):
    source, structure, result = heading_case
    out = tmp_path / "report.reviewed.docx"

    written = annotate_docx(source, out, result, structure)

    comments = anchored(out)
    assert written == len(comments) == 4
    assert {(c.author, c.initials) for c in comments} == {("reportcheck", "RC")}
    summary, voice, sharing, late = comments
    assert summary.paragraph == TITLE
    assert summary.text.splitlines() == [
        "reportcheck pre-grade: inadequate. This is a suggestion to help you improve the report before it is sent; "
        "the people at the conference make the final judgement.",
        "Fix first:",
        f"1. The child's voice (not met). {VOICE_REASON}",
        "2. Sharing the report with parents (partly met). The report is only to be shared later.",
        "Each point has its own comment where it applies in the report.",
        "Also check:",
        "- The author's role is not given. Add your role and agency under your name.",
    ]
    assert voice.paragraph == voice.covered == "7. Child/ren's views"
    assert voice.text == f"The child's voice: not met.\n{VOICE_REASON}\nWhat to do: {VOICE_FIX}"
    assert sharing.paragraph == sharing.covered == SHARING  # the whole sentence, across its three runs
    assert sharing.text.startswith("Sharing the report with parents: partly met.\n"
                                   "The report is only to be shared later.\nWhat to do: Record when and how")
    assert late.paragraph == REPORT_DATE
    assert late.text == ("The report is dated 3 working days before the conference.\n"
                         "What to do: Send reports at least 5 working days before the conference.")


def test_the_report_itself_is_never_modified(heading_case, tmp_path):
    source, structure, result = heading_case
    before = sha256(source)

    annotate_docx(source, tmp_path / "copy.docx", result, structure)

    assert sha256(source) == before
    assert len(docx.Document(str(source)).comments) == 0
    with pytest.raises(ValueError, match="must not replace the report"):
        annotate_docx(source, source, result, structure)
    assert sha256(source) == before


def test_form_table_comment_goes_in_the_empty_answer_cell(tmp_path):
    source = form_report(tmp_path / "form.docx", child_views="")
    structure = structure_for(read_document(source))
    child_views = structure.section("child_views")
    assert child_views.status == "empty"
    result = result_for(
        structure, grade="adequate",
        criteria={
            "child_voice": Criterion(status="not_met", reasons=[VOICE_REASON]),
            "required_sections": Criterion(status="partial", reasons=["Child/ren's views is empty."]),
        })

    annotate_docx(source, tmp_path / "out.docx", result, structure)

    summary, sections, voice = anchored(tmp_path / "out.docx")
    assert summary.paragraph == TITLE and summary.row_label is None
    for comment in (sections, voice):  # the label cell is the form's; the author writes in the answer cell
        assert (comment.row_label, comment.column, comment.paragraph) == ("Child/ren's views", 2, "")
    assert sections.text.startswith("The form's sections: partly met.\nChild/ren's views is empty.\nWhat to do: ")
    assert voice.text.startswith(f"The child's voice: not met.\n{VOICE_REASON}\nWhat to do: Record each child's")


def test_evidence_in_a_form_answer_is_commented_in_that_cell(tmp_path):
    answer = "Ruby appears happy in class."
    source = form_report(tmp_path / "form.docx", child_views=answer)
    structure = structure_for(read_document(source))
    result = result_for(structure, grade="adequate", criteria={
        "child_voice": Criterion(status="partial", reasons=["Only a description of Ruby, not her own words."],
                                 evidence=[Evidence(quote=answer, location=block_location(structure, answer))]),
    })

    annotate_docx(source, tmp_path / "out.docx", result, structure)

    _, voice = anchored(tmp_path / "out.docx")
    assert (voice.row_label, voice.column, voice.paragraph, voice.covered) == ("Child/ren's views", 2, answer, answer)
    assert voice.text.splitlines()[:2] == ["The child's voice: partly met.",
                                           "Only a description of Ruby, not her own words."]


def test_a_good_report_gets_only_the_summary(tmp_path):
    source = heading_report(tmp_path / "report.docx", ['Ruby said "I like it when Dad takes me swimming."'])
    structure = structure_for(read_document(source))

    written = annotate_docx(source, tmp_path / "out.docx", result_for(structure, grade="good", criteria={}),
                            structure)

    (summary,) = anchored(tmp_path / "out.docx")
    assert written == 1
    assert summary.paragraph == TITLE
    assert summary.text.splitlines()[1:] == ["The five core checks found nothing missing."]


def test_each_point_is_made_once_where_it_applies(tmp_path):
    source = heading_report(tmp_path / "report.docx", ["Ruby was not spoken to."])
    structure = structure_for(read_document(source))
    heading = {s.id: structure.location(s.heading_block) for s in structure.sections}
    empty = {section: f"Section {title.split('.')[0]} '{title.split('. ', 1)[1]}' is empty." for section, title in
             (("family_environment", P8["family_environment"][1]), ("parent_views", P8["parent_views"][1]))}
    no_view = "The report gives no professional view on the future safety of Ruby Hall."
    result = result_for(structure, grade="adequate", criteria={
        "required_sections": Criterion(status="partial", reasons=list(empty.values())),
        "analysis": Criterion(status="partial", reasons=[no_view], evidence=[
            Evidence(quote=CONTENT["analysis"], location=block_location(structure, CONTENT["analysis"]))]),
    }, findings=[
        *(Finding(rule="RC-SECT-002", criterion="required_sections", severity="error", message=message,
                  suggestion="Write what your agency knows, or say why there is nothing to add.",
                  location=heading[section]) for section, message in empty.items()),
        Finding(rule="RC-ANALYSIS-004", criterion="analysis", severity="warning", message=no_view,
                suggestion="Say plainly what you think will happen to Ruby if nothing changes.",
                location=heading["analysis"]),
    ])

    annotate_docx(source, tmp_path / "out.docx", result, structure)

    _, sections, analysis, second_section = anchored(tmp_path / "out.docx")
    assert sections.paragraph == "4. Family and environmental factors"
    assert sections.text.splitlines() == [  # what applies here, and a pointer to the other place
        "The form's sections: partly met.", empty["family_environment"],
        "What to do: Write what your agency knows, or say why there is nothing to add.",
        "This check found 1 more point of this kind; each has its own comment where it applies."]
    assert analysis.paragraph == CONTENT["analysis"]  # the words judged, and not again at the heading
    assert analysis.text.splitlines() == [
        "Analysis of what this means for the child: partly met.", no_view,
        "What to do: Say plainly what you think will happen to Ruby if nothing changes."]
    assert second_section.paragraph == "6. Parent/carer views"
    assert second_section.text.splitlines() == [
        empty["parent_views"], "What to do: Write what your agency knows, or say why there is nothing to add."]


def test_a_form_label_the_reader_did_not_pair_still_gets_its_comment_in_the_answer_cell(tmp_path):
    source = form_report(tmp_path / "form.docx", child_views="")
    document = read_document(source)
    label = next(b for b in document.blocks if b.text == "Child/ren's views")
    answer = document.blocks[label.pair]
    label.role = label.pair = answer.role = answer.pair = None  # as for a label too long to be recognised
    structure = structure_for(document)
    result = result_for(structure, grade="adequate", criteria={
        "child_voice": Criterion(status="not_met", reasons=[VOICE_REASON])})

    annotate_docx(source, tmp_path / "out.docx", result, structure)

    _, voice = anchored(tmp_path / "out.docx")
    assert (voice.row_label, voice.column, voice.paragraph) == ("Child/ren's views", 2, "")


def test_a_comment_on_words_in_a_text_box_goes_on_the_paragraph_that_holds_the_box(tmp_path):
    source = heading_report(tmp_path / "report.docx", ["Ruby drew her family for us:"])
    word = docx.Document(str(source))
    holder = next(p for p in word.paragraphs if p.text == "Ruby drew her family for us:")
    holder._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-'
        'microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:40pt"><v:textbox><w:txbxContent><w:p><w:r>'
        '<w:t>Mum and me and the dog.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    word.save(source)
    structure = structure_for(read_document(source))
    boxed = block_location(structure, "Mum and me and the dog.")
    result = result_for(structure, grade="adequate", criteria={
        "child_voice": Criterion(status="partial", reasons=["Only a drawing, not Ruby's own words."],
                                 evidence=[Evidence(quote="Mum and me and the dog.", location=boxed)])})

    annotate_docx(source, tmp_path / "out.docx", result, structure)

    _, voice = anchored(tmp_path / "out.docx")
    assert voice.paragraph == "Ruby drew her family for us:"
    assert voice.text.startswith("The child's voice: partly met.\nOnly a drawing, not Ruby's own words.")
    assert not docx.Document(str(tmp_path / "out.docx")).element.body.xpath(".//w:txbxContent//w:commentRangeStart")


@pytest.mark.slow
def test_libreoffice_opens_the_annotated_copy_and_reads_every_comment(heading_case, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; install Debian's libreoffice-writer-nogui to run this")
    source, structure, result = heading_case
    out = tmp_path / "report.reviewed.docx"
    written = annotate_docx(source, out, result, structure)

    for target in ("pdf", "odt"):
        done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                               "--convert-to", target, "--outdir", str(tmp_path / target), str(out)],
                              capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr

    assert (tmp_path / "pdf" / "report.reviewed.pdf").read_bytes().startswith(b"%PDF-")
    with zipfile.ZipFile(tmp_path / "odt" / "report.reviewed.odt") as odt:
        content = odt.read("content.xml").decode()
    assert content.count("<office:annotation ") == written
    assert content.count("<dc:creator>reportcheck</dc:creator>") == written
    assert content.count("<office:annotation-end ") == written  # each comment still marks its passage
