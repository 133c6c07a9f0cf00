"""Text and Markdown reports: encodings, headings of every kind, bullets, pipe tables, wrapped lines, pages."""

from __future__ import annotations

from reportcheck.parse import document_from_text, read_document


def _summary(document):
    return [(b.kind.value, b.level, b.text) for b in document.blocks]


def test_headings_bullets_and_paragraphs():
    text = ("REPORT TO INITIAL CHILD PROTECTION CONFERENCE\n\n"
            "1. Details of service involvement\n"
            "We have known the family since 2019.\n\n"
            "7) Childrens views\n"
            "- Ruby said she likes school\n"
            "* Cody is not yet speaking\n"
            "2) I visited the home on 3 May and saw both children.\n"
            "3 children live in the household.\n")
    assert _summary(document_from_text(text)) == [
        ("heading", 1, "REPORT TO INITIAL CHILD PROTECTION CONFERENCE"),
        ("heading", 1, "1. Details of service involvement"),
        ("paragraph", None, "We have known the family since 2019."),
        ("heading", 1, "7) Childrens views"),
        ("list_item", 0, "Ruby said she likes school"),
        ("list_item", 0, "Cody is not yet speaking"),
        ("list_item", 0, "2) I visited the home on 3 May and saw both children."),
        ("paragraph", None, "3 children live in the household."),
    ]


def test_markdown_headings_bold_and_pipe_table():
    text = ("# Report to conference\n\n"
            "Setext heading\n--------------\n\n"
            "**Child's views**\n\n"
            "| Name of child | Ruby Hall |\n"
            "|---|---|\n"
            "| **Parent views** | Mother said she **agrees** with the plan. |\n")
    document = document_from_text(text, name="r.md", fmt="md")
    blocks = document.blocks
    assert _summary(document)[:3] == [("heading", 1, "Report to conference"), ("heading", 2, "Setext heading"),
                                      ("paragraph", None, "Child's views")]
    assert blocks[2].bold is True
    cells = [(b.text, b.location.table, b.location.row, b.location.column, b.role) for b in blocks[3:]]
    assert cells == [("Name of child", 1, 1, 1, "label"), ("Ruby Hall", 1, 1, 2, "answer"),
                     ("Parent views", 1, 2, 1, "label"), ("Mother said she agrees with the plan.", 1, 2, 2, "answer")]
    assert blocks[3].pair == 4 and blocks[4].pair == 3
    assert document.source.format == "md" and document.source.path == "r.md"


def test_wrapped_lines_join_and_form_feeds_give_pages():
    document = document_from_text("The school has worked closely with\nmother and the class teacher.\n"
                                  "Next sentence.\fSecond page text.")
    assert [(b.text, b.location.page, b.location.paragraph) for b in document.blocks] == [
        ("The school has worked closely with mother and the class teacher.", 1, 1),
        ("Next sentence.", 1, 2), ("Second page text.", 2, 3)]


def test_encodings_are_found(tmp_path):
    words = "Ruby\u2019s views \u2013 caf\u00e9"
    cases = {"utf8.txt": b"\xef\xbb\xbf" + words.encode("utf-8"), "plain.txt": words.encode("utf-8"),
             "win.txt": words.encode("cp1252"), "utf16.txt": words.encode("utf-16")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        document = read_document(tmp_path / name)
        assert document.blocks[0].text == words, name
    assert read_document(tmp_path / "win.txt").source.properties["encoding"] == "cp1252"
    (tmp_path / "latin.txt").write_bytes(b"Caf\x81 \x8d menu")  # bytes cp1252 leaves undefined
    latin = read_document(tmp_path / "latin.txt")
    assert latin.source.properties["encoding"] == "latin-1" and "Latin-1" in latin.source.properties["note"]


def test_document_from_text_matches_reading_the_file(tmp_path):
    text = "1. Details\nWe visited on 3 May.\n"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    from_file = read_document(tmp_path / "r.txt")
    from_text = document_from_text(text, name=str(tmp_path / "r.txt"))
    assert from_file.blocks == from_text.blocks
    assert from_file.source.sha256 == from_text.source.sha256
