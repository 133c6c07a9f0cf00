"""What one line of plain text is (heading, list item or paragraph), for formats that keep no styles: text,
Markdown and the lines of a PDF. Word keeps styles and numbering apart, so it does not need this.
"""

from __future__ import annotations

import re

from ..document import BlockKind

# A typed or drawn bullet, including the private-use glyphs of Symbol and Wingdings that PDFs keep.
_BULLETS = "-*+\u2022\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u2013\u00b7\uf0b7\uf0a7\uf076\uf0d8"
BULLET = re.compile(rf"^(\s*)[{re.escape(_BULLETS)}]\s+(?=\S)")
# "1.", "2)", "1.2", "(a)", "a)", "iv.", "Section 7 -": a number a form or author typed in front of a line.
NUMBERED = re.compile(
    r"^\s*(?:(?:section|part)\s+)?"
    r"(?P<num>\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[ivx]{1,4}[.)])"
    r"(?:\s*[-:\u2013]\s*|\s+)(?=\S)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.,;]$")
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100


def heading_like(text: str) -> bool:
    """Short, one line, and not ending as a sentence does ("What are we worried about?" and "Views:" qualify)."""
    text = text.strip()
    return (0 < len(text) <= HEADING_MAX_CHARS and "\n" not in text and len(text.split()) <= HEADING_MAX_WORDS
            and not _SENTENCE_END.search(text))


def all_capitals(text: str) -> bool:
    """A line in capitals ("CHILD'S VIEWS"), not a lone abbreviation ("DOB: 22/06/2010")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def classify(line: str) -> tuple[BlockKind, int | None, str]:
    """The kind, level and text of one line. Bullets lose their bullet character; typed numbers stay in the text
    (they are the author's, so `numbering` stays empty). A numbered line is a heading only when it reads as one."""
    bullet = BULLET.match(line)
    if bullet:
        indent = len(bullet.group(1).expandtabs(4))
        return BlockKind.list_item, indent // 2, line[bullet.end():].strip()
    text = line.strip()
    numbered = NUMBERED.match(text)
    if numbered:
        rest = text[numbered.end():]
        num = numbered.group("num")
        if num[0].isalpha() and num.endswith(".") and "," in rest:
            return BlockKind.paragraph, None, text  # an initial in a signature: "D. Kowalski, DSL"
        bare_number = num.isdigit()  # "3 Capacity of the parents" is a heading, "2 children live here" is not
        if heading_like(text) and rest[:1].isupper():
            level = num.rstrip(".)").count(".") + 1 if num[0].isdigit() else 2
            return BlockKind.heading, level, text
        if not bare_number:
            return BlockKind.list_item, 0, text
    if all_capitals(text) and heading_like(text):
        return BlockKind.heading, 1, text
    return BlockKind.paragraph, None, text
