"""Word documents: body order, headings, numbering, forms, tracked changes, fields, content controls, text boxes,
nested and merged tables, furniture and notes, page numbers, and anchors that lead back to the paragraph."""

from __future__ import annotations

import docx
import pytest

from builders import make_docx, replace_part
from reportcheck.parse import read_document
from reportcheck.parse.docx_reader import resolve_anchor


def _texts(document):
    return [block.text for block in document.blocks]


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_headings_paragraphs_and_bold_in_body_order(tmp_path):
    path = make_docx(tmp_path / "r.docx", [
        ("title", "Report to Initial Child Protection Conference"),
        ("heading1", "1. Details of service involvement"),
        ("para", "We have known the family since 2019."),
        ("bold", "Child's views"),
        ("heading2", "Health"),
        ("xml", '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Outline level three</w:t></w:r></w:p>'),
        ("xml", '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Bold by its character style</w:t></w:r>'
                '</w:p>'),
    ])
    document = read_document(path)
    blocks = document.blocks
    assert document.source.format == "docx"
    assert [(b.kind.value, b.level) for b in blocks] == [
        ("heading", 1), ("heading", 1), ("paragraph", None), ("paragraph", None), ("heading", 2), ("heading", 3),
        ("paragraph", None)]
    assert blocks[1].style == "heading 1" and blocks[1].bold is True and blocks[1].font_size == 14
    assert blocks[2].bold is False and blocks[2].font_size == 11
    assert blocks[3].bold is True
    assert blocks[6].bold is True
    assert [b.location.paragraph for b in blocks] == list(range(1, 8))
    assert all(b.location.page is None for b in blocks)  # Word stored no rendered page breaks


def test_automatic_numbering_is_restored_into_the_text(tmp_path):
    lists = {7: [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "(%3)")],
             8: [("upperLetter", "%1.")], 9: [("bullet", "\u2022")], 10: [("decimal", "%1."), ("decimal", "%1.%2.")]}
    path = make_docx(tmp_path / "n.docx", [
        ("numbered", "Details of service involvement", 7, 0),
        ("numbered", "School", 7, 1),
        ("numbered", "Attendance", 7, 2),
        ("numbered", "Nursery", 7, 1),
        ("numbered", "Child's health and development", 7, 0),
        ("numbered", "School", 7, 1),
        ("numbered", "First", 8, 0),
        ("numbered", "Second", 8, 0),
        ("numbered", "A bullet", 9, 0),
        ("numbered", "Legal", 10, 0),
        ("numbered", "Legal sub-point", 10, 1),
    ], lists=lists)
    blocks = read_document(path).blocks
    assert _texts(read_document(path)) == [
        "1. Details of service involvement", "a) School", "(i) Attendance", "b) Nursery",
        "2. Child's health and development", "a) School", "A. First", "B. Second", "A bullet", "1. Legal",
        "1.1. Legal sub-point"]
    assert [b.numbering for b in blocks[:3]] == ["1.", "a)", "(i)"]
    assert all(b.kind.value == "list_item" for b in blocks)
    assert [b.level for b in blocks[:4]] == [0, 1, 2, 1]
    assert blocks[8].numbering is None  # a bullet is not a number


def test_bullet_style_is_a_list_item(tmp_path):
    block = read_document(make_docx(tmp_path / "b.docx", [("bullet", "Ruby said she likes school")])).blocks[0]
    assert (block.kind.value, block.level, block.text) == ("list_item", 0, "Ruby said she likes school")


def test_form_table_rows_are_label_and_answer_pairs(tmp_path):
    path = make_docx(tmp_path / "f.docx", [
        ("para", "Before"),
        ("form", [["Name of child", "Ruby Hall"], ["7. Child's views", "Ruby said \"I like school\"."],
                  ["Parent views", ""]]),
        ("para", "After"),
    ])
    blocks = read_document(path).blocks
    assert _texts(read_document(path)) == ["Before", "Name of child", "Ruby Hall", "7. Child's views",
                                           "Ruby said \"I like school\".", "Parent views", "", "After"]
    label, answer = blocks[3], blocks[4]
    assert (label.role, label.pair, answer.role, answer.pair) == ("label", 4, "answer", 3)
    assert (label.location.table, label.location.row, label.location.column) == (1, 2, 1)
    assert (answer.location.table, answer.location.row, answer.location.column) == (1, 2, 2)
    assert blocks[6].role == "answer" and blocks[6].text == ""  # an empty answer is kept: it is a finding
    assert label.bold is True and answer.bold is False


def test_a_data_table_of_many_columns_has_no_pairs(tmp_path):
    path = make_docx(tmp_path / "t.docx", [("table", [["Name", "Date of birth", "School"],
                                                         ["Ruby", "2016-04-02", "Elm Primary"]])])
    blocks = read_document(path).blocks
    assert len(blocks) == 6 and all(b.role is None for b in blocks)


def test_tracked_changes_fields_hidden_text_and_content_controls(tmp_path):
    path = make_docx(tmp_path / "x.docx", [
        ("xml", '<w:p><w:r><w:t xml:space="preserve">Mother </w:t></w:r>'
                '<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">did not agree and </w:delText>'
                '</w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">has </w:t></w:r></w:ins>'
                '<w:r><w:t>agreed.</w:t></w:r></w:p>'),
        ("xml", '<w:p><w:r><w:t xml:space="preserve">Date: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/>'
                '</w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r>'
                '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3 May 2025</w:t></w:r><w:r>'
                '<w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">, page </w:t></w:r>'
                '<w:fldSimple w:instr=" PAGE "><w:r><w:t>4</w:t></w:r></w:fldSimple></w:p>'),
        ("xml", '<w:p><w:r><w:t xml:space="preserve">Seen </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>'
                '<w:t>hidden </w:t></w:r><w:r><w:t>today.</w:t></w:r></w:p>'),
        ("xml", '<w:sdt><w:sdtPr><w:alias w:val="Views"/></w:sdtPr><w:sdtContent>' + _p("Inside a control")
                + '</w:sdtContent></w:sdt>'),
        ("xml", '<w:p><w:r><w:t xml:space="preserve">Name: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r>'
                '<w:t>Ruby</w:t></w:r></w:sdtContent></w:sdt></w:p>'),
    ])
    assert _texts(read_document(path)) == ["Mother has agreed.", "Date: 3 May 2025, page 4", "Seen today.",
                                           "Inside a control", "Name: Ruby"]


def test_text_box_is_read_once_after_its_paragraph(tmp_path):
    box = '<w:txbxContent>' + _p("Words in a box") + '</w:txbxContent>'
    path = make_docx(tmp_path / "tb.docx", [
        ("xml", '<w:p><w:r><w:t>Anchor paragraph</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
                f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></mc:Choice><mc:Fallback><w:pict><v:shape>'
                f'<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'),
        ("para", "Next"),
    ])
    document = read_document(path)
    assert _texts(document) == ["Anchor paragraph", "Words in a box", "Next"]
    assert document.blocks[1].anchor == "p[0]/txbx[0]/p[0]"


def test_nested_tables_and_merged_cells_are_read_once_in_order(tmp_path):
    nested = ('<w:tbl><w:tr><w:tc>' + _p("Outer") + '<w:tbl><w:tr><w:tc>' + _p("Inner A") + '</w:tc><w:tc>'
              + _p("Inner B") + '</w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc>' + _p("Outer right")
              + '</w:tc></w:tr></w:tbl>')
    merged = ('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + _p("Spanning") + '</w:tc><w:tc>'
              + _p("Third") + '</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + _p("Tall")
              + '</w:tc><w:tc>' + _p("B2") + '</w:tc><w:tc>' + _p("C2") + '</w:tc></w:tr><w:tr><w:tc><w:tcPr>'
              '<w:vMerge/></w:tcPr>' + _p("Tall") + '</w:tc><w:tc>' + _p("B3") + '</w:tc><w:tc>' + _p("C3")
              + '</w:tc></w:tr></w:tbl>')
    document = read_document(make_docx(tmp_path / "m.docx", [("xml", nested), ("xml", merged)]))
    cells = [(b.text, b.location.table, b.location.row, b.location.column) for b in document.blocks]
    assert cells == [("Outer", 1, 1, 1), ("Inner A", 2, 1, 1), ("Inner B", 2, 1, 2), ("Outer right", 1, 1, 2),
                     ("Spanning", 3, 1, 1), ("Third", 3, 1, 3), ("Tall", 3, 2, 1), ("B2", 3, 2, 2),
                     ("C2", 3, 2, 3), ("B3", 3, 3, 2), ("C3", 3, 3, 3)]


def test_headers_footers_comments_are_kept_apart(tmp_path):
    path = make_docx(tmp_path / "h.docx", [("para", "Body text."), ("comment", "Commented words", "Check this")],
                     header="OFFICIAL - SENSITIVE", footer="Page 1")
    document = read_document(path)
    assert _texts(document) == ["Body text.", "Commented words"]
    assert [b.text for b in document.furniture] == ["OFFICIAL - SENSITIVE", "Page 1"]
    assert [b.text for b in document.notes] == ["Check this"]


def test_rendered_page_breaks_give_pages(tmp_path):
    path = make_docx(tmp_path / "pg.docx", [
        ("para", "First page"),
        ("xml", '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Second page</w:t></w:r></w:p>'),
        ("pagebreak",),
        ("xml", '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Third page</w:t></w:r></w:p>'),
    ])
    assert [(b.text, b.location.page) for b in read_document(path).blocks] == [
        ("First page", 1), ("Second page", 2), ("Third page", 3)]


def test_anchor_round_trip_finds_every_block_paragraph(tmp_path):
    path = make_docx(tmp_path / "a.docx", [
        ("heading1", "1. Details"),
        ("form", [["Child's views", "She said she was happy."]]),
        ("xml", '<w:sdt><w:sdtPr/><w:sdtContent>' + _p("Controlled") + '</w:sdtContent></w:sdt>'),
        ("xml", '<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
                + _p("Boxed") + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'),
        ("para", "Last"),
    ])
    document = read_document(path)
    word = docx.Document(str(path))
    found = [resolve_anchor(word, block.anchor).text for block in document.blocks]
    assert found == ["1. Details", "Child's views", "She said she was happy.", "Controlled", "Anchor", "Boxed", "Last"]
    assert document.blocks[2].anchor == "tbl[0]/tr[0]/tc[1]/p[0]"
    assert document.blocks[3].anchor == "sdt[0]/sdtContent[0]/p[0]"
    with pytest.raises(ValueError):
        resolve_anchor(word, "p[40]")
    with pytest.raises(ValueError):
        resolve_anchor(word, "tbl[0]/tr[0]")


def test_macro_enabled_document_is_read(tmp_path):
    path = make_docx(tmp_path / "m.docm", [("para", "Macro document text.")])
    import zipfile

    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml")
    replace_part(path, "[Content_Types].xml", types.replace(
        b"wordprocessingml.document.main+xml", b"dummy").replace(
        b"application/vnd.openxmlformats-officedocument.dummy",
        b"application/vnd.ms-word.document.macroEnabled.main+xml"))
    assert b"macroEnabled" in zipfile.ZipFile(path).read("[Content_Types].xml")
    assert _texts(read_document(path)) == ["Macro document text."]


def test_label_cell_with_bold_heading_over_guidance_is_a_label(tmp_path):
    def row(label: str, guidance: str, answer: str) -> str:
        return (f'<w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{label}</w:t></w:r></w:p>{_p(guidance)}</w:tc>'
                f'<w:tc>{_p(answer)}</w:tc></w:tr>')

    table = ("<w:tbl>" + row("Child's views", "Record each child's wishes in their own words.", "Ruby said no.")
             + row("Parent views", "Include the views of fathers.", "Mother agreed.") + "</w:tbl>")
    blocks = read_document(make_docx(tmp_path / "g.docx", [("xml", table)])).blocks
    assert [(b.text, b.role, b.bold) for b in blocks] == [
        ("Child's views\nRecord each child's wishes in their own words.", "label", False),
        ("Ruby said no.", "answer", False),
        ("Parent views\nInclude the views of fathers.", "label", False), ("Mother agreed.", "answer", False)]


def test_bold_and_size_inherited_through_based_on_styles(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    word = docx.Document()
    label = word.styles.add_style("Form Label", WD_STYLE_TYPE.PARAGRAPH)
    label.font.bold, label.font.size = True, Pt(12)
    derived = word.styles.add_style("Form Label Small", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style, derived.font.size = label, Pt(10)
    word.add_paragraph("Child's views", style="Form Label Small")
    word.add_paragraph("Plain words", style="Form Label Small").runs[0].bold = False
    word.save(tmp_path / "s.docx")
    blocks = read_document(tmp_path / "s.docx").blocks
    assert [(b.text, b.bold, b.font_size, b.style) for b in blocks] == [
        ("Child's views", True, 10, "Form Label Small"), ("Plain words", False, 10, "Form Label Small")]
