"""Forms print their guidance in italics under each heading: italics are read from Word, PDF and Markdown, and an
italic prompt right under a heading is the form's text, never the author's answer or evidence."""

from __future__ import annotations

import docx

from builders import make_docx, make_pdf
from reportcheck.check import check_file
from reportcheck.parse import document_from_text, read_document
from reportcheck.structure import analyse
from test_structure import P8, document, heading, para

CHILD = "I saw Ruby at school on 10/11/2025; she was quiet and tired and said she was hungry."
PROMPTS = ["How long has the family been known to your service and in what capacity?",
           "Include health needs, immunisations and missed appointments.",
           "Comment on each parent/carer including fathers and male carers: health, substance use, engagement.",
           "Housing, finances, wider family, support network.",
           "What does this information mean for the child? Weigh risks and strengths.",
           "Have you discussed the concerns with the parent/carer? Record their views.",
           "Record the child's views, wishes and feelings.",
           "What is your service offering?"]


def test_italics_are_read_from_direct_formatting_styles_and_table_cells(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    word = docx.Document()
    word.add_paragraph().add_run("Housing, finances, wider family.").italic = True
    prompt = word.styles.add_style("Form Prompt", WD_STYLE_TYPE.PARAGRAPH)
    prompt.font.italic = True
    word.add_paragraph("Record the child's views.", style="Form Prompt")
    mixed = word.add_paragraph()
    mixed.add_run("Mum said ")
    mixed.add_run("never again").italic = True
    word.add_paragraph("Plain words.")
    cells = word.add_table(rows=1, cols=2).rows[0].cells
    cells[0].paragraphs[0].add_run("Child's views").italic = True
    cells[1].paragraphs[0].add_run("Ruby said no.")
    word.save(tmp_path / "i.docx")
    assert [(b.text, b.italic) for b in read_document(tmp_path / "i.docx").blocks] == [
        ("Housing, finances, wider family.", True), ("Record the child's views.", True),
        ("Mum said never again", False), ("Plain words.", False), ("Child's views", True), ("Ruby said no.", False)]


def test_italics_are_read_from_markdown_and_pdf_fonts(tmp_path):
    blocks = document_from_text("## Child's views\n\n*Record the child's views.*\n\n* a bullet\n\n**Bold**\n\n"
                                "Ruby said *no*.", fmt="md").blocks
    assert [(b.text, b.italic) for b in blocks] == [
        ("Child's views", None), ("Record the child's views.", True), ("a bullet", None), ("Bold", None),
        ("Ruby said *no*.", None)]
    pdf = read_document(make_pdf(tmp_path / "i.pdf", [[("bold", "7. Child's views", 11), "",
                                                        ("italic", "Record the child's views.", 11), "",
                                                        "Ruby said she was hungry."]])).blocks
    assert [(b.text, b.italic) for b in pdf] == [("7. Child's views", False), ("Record the child's views.", True),
                                                  ("Ruby said she was hungry.", False)]


def _form(answers: dict[int, str], italic_answers: bool = False):
    """The p8 headings in bold, each with an italic prompt the profile does not know, then the answer."""
    blocks = [para("Report to Initial Child Protection Conference"), para("Child: Ruby Hall (DOB 02/04/2016)")]
    for n, title in enumerate(P8):
        blocks += [heading(title, "bold"), para(PROMPTS[n], italic=True)]
        blocks.append(para(answers.get(n, CHILD), italic=italic_answers or None))
    return document(blocks)


def test_an_italic_prompt_under_a_heading_is_the_forms_and_a_placeholder_after_it_is_empty():
    structure = analyse(_form({3: "Not known.", 5: "N/A"}))
    sections = {s.id: (s.status, s.words) for s in structure.sections}
    assert sections["family_environment"] == ("empty", 0) and sections["parent_views"] == ("empty", 0)
    assert sections["child_development"] == ("present", len(CHILD.split()))
    prompts = [structure.document.blocks[i].text for i, g in enumerate(structure.guidance) if g]
    assert prompts == PROMPTS


def test_a_report_set_mostly_in_italics_keeps_its_italic_answers():
    structure = analyse(_form({3: "Not known."}, italic_answers=True))
    assert {s.status for s in structure.sections} == {"present"}  # the prompts are taken for answers too
    assert structure.section("family_environment").words == len(PROMPTS[3].split()) + 2


def test_an_italic_quotation_of_the_child_under_the_heading_is_the_childs_words():
    structure = analyse(document([
        para("Child: Ruby Hall (DOB 02/04/2016)"), *[b for t in P8[:6] for b in (heading(t, "bold"), para(CHILD))],
        heading(P8[6], "bold"), para("\u201cI want my dad to stop shouting.\u201d", italic=True),
        para("Ruby said this to me at school on 10/11/2025."), heading(P8[7], "bold"), para(CHILD),
        para("Record each parent's views.", italic=True)]))
    views = structure.section("child_views")
    assert views.status == "present" and views.words == 16
    assert not structure.guidance[views.content_blocks[0]]


def test_the_forms_italic_prompt_about_fathers_is_no_evidence_of_the_father(tmp_path):
    rows = []
    for n, title in enumerate(P8):
        answer = {2: "Mother: anxiety, on sertraline. Declined referral to the alcohol service.",
                  5: "Mother said she will see her GP."}.get(n, CHILD)
        rows += [("bold", title), ("xml", _italic(PROMPTS[n])), ("para", answer)]
    path = make_docx(tmp_path / "gp.docx", [("para", "Child: Ruby Hall (DOB 02/04/2016)"),
                                            ("para", "Mother: Sarah Hall"), *rows])
    result = check_file(path)
    father = result.criteria["father_involvement"]
    assert father.status == "not_met"
    assert not any("fathers and male carers" in e.quote for e in father.evidence)


def _italic(text: str) -> str:
    return f'<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
