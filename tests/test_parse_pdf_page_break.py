"""PDF: a paragraph that runs over a page break is one paragraph; a paragraph that ends on a page stays its own."""

from builders import make_pdf
from reportcheck.parse import read_document


def paragraphs(tmp_path, first_page_end: str, second_page_start: str) -> list[str]:
    pages = [["Mum has a history of low mood since her teens.", first_page_end],
             [second_page_start, "", "Dad was seen at home on 3 March."]]
    document = read_document(make_pdf(tmp_path / "r.pdf", pages, footer="Page {page}"))
    return [b.text for b in document.blocks]


def test_a_sentence_cut_by_the_page_break_is_joined(tmp_path):
    texts = paragraphs(tmp_path, "She was restarted on medication after reporting low mood,",
                       "poor sleep and feeling overwhelmed with the children.")
    assert ("Mum has a history of low mood since her teens. She was restarted on medication after reporting low "
            "mood, poor sleep and feeling overwhelmed with the children.") in texts
    assert "Dad was seen at home on 3 March." in texts


def test_a_paragraph_ending_on_the_page_is_not_joined_to_the_next(tmp_path):
    texts = paragraphs(tmp_path, "She was restarted on medication in October.", "the children were at school.")
    assert "the children were at school." in texts


def test_a_capitalised_opening_on_the_next_page_starts_a_paragraph(tmp_path):
    texts = paragraphs(tmp_path, "She was restarted on medication after reporting low mood and", "Harvey was seen.")
    assert "Harvey was seen." in texts
