"""Two-column form rows: a label in the left cell ("7. Child's views", often bold or shaded), the author's answer
in the right. Later stages read the pair as heading and content, so an empty answer cell is still a finding.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..document import Block

LABEL_MAX_WORDS = 15
LABEL_MAX_CHARS = 120
PLAIN_LABEL_MAX_WORDS = 8


def _first_line(block: Block) -> str:
    return block.text.strip().split("\n", 1)[0].strip()


def _short(text: str, words: int = LABEL_MAX_WORDS) -> bool:
    return 0 < len(text) <= LABEL_MAX_CHARS and len(text.split()) <= words


def mark_form_rows(blocks: list[Block], rows: Sequence[Sequence[int]], emphasised: Collection[int] = ()) -> None:
    """Set role and pair on the cells of `rows` (each a list of body indices, one per cell) that form label/answer
    pairs. `emphasised` cells have a bold first line or shading (a label above the form's guidance text, say).
    A left cell is a label when its first line is short and it is bold, emphasised, or ends with ':' or '?'; when
    at least half the rows have such a label, every short left cell is one; in a table where no cell is marked
    so, every left cell is a label when all are short and the right cells say more."""
    pairs = [(row[0], row[1]) for row in rows if len(row) == 2 and _first_line(blocks[row[0]])]
    if not pairs:
        return

    def marked(i: int) -> bool:
        line = _first_line(blocks[i])
        return _short(line) and (blocks[i].bold is True or i in emphasised or line.endswith((":", "?")))

    chosen = [(left, right) for left, right in pairs if marked(left)]
    if chosen and 2 * len(chosen) >= len(pairs):  # a form: its other short left cells are labels too
        chosen = [(left, right) for left, right in pairs if _short(_first_line(blocks[left]))]
    elif not chosen and len(pairs) >= 2:
        plain = all(_short(blocks[left].text.strip(), PLAIN_LABEL_MAX_WORDS) for left, _ in pairs)
        left_chars = sum(len(blocks[left].text) for left, _ in pairs)
        right_chars = sum(len(blocks[right].text) for _, right in pairs)
        if plain and right_chars >= left_chars:
            chosen = pairs
    for left, right in chosen:
        blocks[left].role, blocks[left].pair = "label", right
        blocks[right].role, blocks[right].pair = "answer", left
