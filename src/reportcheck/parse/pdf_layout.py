"""The layout of PDF pages, from positioned words: lines, columns, running headers and footers, paragraphs.

A PDF stores where each word is drawn, not which words form a paragraph; this module rebuilds the reading order
a person would follow. It works on plain word dictionaries (pdfplumber's `extract_words`), so it is cheap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b|-b\b", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique|,i\b|-i\b|,bi\b|-bi\b", re.IGNORECASE)
_MARGIN_SHARE = 0.12  # top and bottom share of the page where running headers and footers sit
_NUMBER_SHARE = 0.2  # a page number alone on the first or last line may sit further in
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-\u2013(]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?\s*[-\u2013)]?$",
                          re.IGNORECASE)
_BANNER = re.compile(r"^(?:official|confidential|restricted|protect|private)(?:\s*[-:\u2013]?\s*"
                     r"(?:sensitive|personal|confidential|protect))*\.?$", re.IGNORECASE)


@dataclass
class Line:
    """A run of words on one baseline, as far as a wide gap (the gutter between columns splits a line)."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    words: list[dict] = field(default_factory=list)
    column: int = 0  # 1 or 2 in two-column text, 0 otherwise

    @property
    def text(self) -> str:
        return " ".join(word["text"] for word in self.words)

    @property
    def chars(self) -> int:
        return sum(len(word["text"]) for word in self.words)

    @property
    def size(self) -> float:
        weights: Counter = Counter()
        for word in self.words:
            weights[round(float(word.get("size") or 0), 1)] += len(word["text"])
        return weights.most_common(1)[0][0] if weights else 0.0

    @property
    def bold(self) -> bool:
        return all(is_bold(word) for word in self.words)

    @property
    def italic(self) -> bool:
        return all(is_italic(word) for word in self.words)


def is_bold(word: dict) -> bool:
    return bool(_BOLD_FONT.search(str(word.get("fontname") or "")))


def is_italic(word: dict) -> bool:
    return bool(_ITALIC_FONT.search(str(word.get("fontname") or "")))


def build_lines(words: Sequence[dict], page: int, width: float | None = None) -> list[Line]:
    """Words grouped into lines by their vertical position. With the page `width`, a gutter between two columns
    is looked for and lines are split at it (`column` 1 and 2; 0 for a line that spans both); any line is also
    split where its words are far apart."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= max(2.0, 0.4 * float(word.get("size") or 10)):
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    gutter, gap = _gutter(rows, width) if width else (None, 0.0)
    sides = [_sides(row, gutter, gap) for row in rows] if gutter is not None else [None] * len(rows)
    split_rows = [i for i, side in enumerate(sides) if side and side[0] and side[1]]
    lines: list[Line] = []
    for i, row in enumerate(rows):
        parts = [(0, row)]
        side = sides[i]
        if side and side[0] and side[1]:
            parts = [(1, side[0]), (2, side[1])]
        elif side and (split_rows[0] < i < split_rows[-1] or (i > split_rows[-1] and side[1])):
            # one column's line inside the two-column band, or the longer right column running on below it
            parts = [(1 if side[0] else 2, row)]
        for column, part in parts:
            current: list[dict] = []
            for word in part:
                gap_limit = max(2.5 * float(word.get("size") or 10), 18.0)
                if current and word["x0"] - current[-1]["x1"] > gap_limit:
                    lines.append(_line(current, page, column))
                    current = []
                current.append(word)
            if current:
                lines.append(_line(current, page, column))
    return lines


def _sides(row: list[dict], gutter: float, gap: float) -> tuple[list[dict], list[dict]] | None:
    """The row's words left and right of the gutter, or None when the row spans it."""
    left = [w for w in row if w["x1"] <= gutter]
    right = [w for w in row if w["x0"] >= gutter]
    if len(left) + len(right) != len(row) or (left and right and right[0]["x0"] - left[-1]["x1"] < gap):
        return None
    return left, right


def _gutter(rows: list[list[dict]], width: float) -> tuple[float | None, float]:
    """An x position near the middle of the page that splits most lines into column-wide text on both sides and
    that almost no word crosses (the gap between two columns), and the least gap that counts as the gutter on a
    line (a centred title's word space does not)."""
    if len(rows) < 6:
        return None, 0.0
    low, high = int(width * 0.3), int(width * 0.7)
    cover = [0] * (high - low)  # per x: how many rows have a word over it
    for row in rows:
        covered = set()
        for word in row:
            covered.update(range(max(low, int(word["x0"]) + 1), min(high, int(word["x1"]))))
        for x in covered:
            cover[x - low] += 1
    limit = max(1, len(rows) // 10)
    sizes = sorted(float(w.get("size") or 10) for row in rows for w in row)
    size = sizes[len(sizes) // 2]
    best: tuple[int, float, float] | None = None
    for x in (float(low + i) for i, count in enumerate(cover) if count <= limit):
        split = crossing = 0
        left_widths, right_widths, gaps = [], [], []
        for row in rows:
            if any(w["x0"] < x < w["x1"] for w in row):
                crossing += 1
                continue
            left = [w for w in row if w["x1"] <= x]
            right = [w for w in row if w["x0"] >= x]
            if left and right:
                split += 1
                left_widths.append((left[0]["x0"], left[-1]["x1"]))
                right_widths.append((right[0]["x0"], right[-1]["x1"]))
                gaps.append(right[0]["x0"] - left[-1]["x1"])
        if crossing > limit or split < 5 or split < 0.4 * len(rows):
            continue
        if not (_column_wide(left_widths) and _column_wide(right_widths)):
            continue  # short text beside text: a form's labels and answers, not two columns
        gap = sorted(gaps)[len(gaps) // 2]
        if gap < 0.8 * size:
            continue  # a space between words that happen to line up, not a gutter
        if best is None or (split, gap) > (best[0], best[2]):
            best = (split, x, gap)
    return (None, 0.0) if best is None else (best[1], 0.6 * best[2])


def _column_wide(extents: list[tuple[float, float]]) -> bool:
    """True when most of these line parts fill their column (as running text does), not a short label."""
    start = min(x0 for x0, _ in extents)
    end = max(x1 for _, x1 in extents)
    widths = sorted(x1 - x0 for x0, x1 in extents)
    return widths[len(widths) // 2] >= 0.6 * (end - start)


def _line(words: list[dict], page: int, column: int) -> Line:
    return Line(page=page, top=min(w["top"] for w in words), bottom=max(w["bottom"] for w in words),
                x0=words[0]["x0"], x1=max(w["x1"] for w in words), words=words, column=column)


def furniture_keys(pages: Sequence[tuple[list[Line], float]]) -> set[tuple[str, int]]:
    """The (text pattern, position) of lines repeated in the page margins of most pages, digits ignored so that
    "Page 3 of 9" repeats too."""
    if len(pages) < 2:
        return set()
    counts: Counter = Counter()
    for lines, height in pages:
        counts.update({_key(line) for line in lines if _in_margin(line, height)})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in counts.items() if count >= needed}


def is_furniture(line: Line, height: float, repeated: set[tuple[str, int]], *, outermost: bool) -> bool:
    """A running header or footer, a banner ("OFFICIAL - SENSITIVE") in the margins, or a page number as the
    first or last line of the page."""
    text = line.text.strip()
    if outermost and _PAGE_NUMBER.match(text) and _in_margin(line, height, _NUMBER_SHARE):
        return True
    return _in_margin(line, height) and (_key(line) in repeated or bool(_BANNER.match(text)))


def _key(line: Line) -> tuple[str, int]:
    return re.sub(r"\d+", "#", line.text.strip().lower()), round(line.top / 6)


def _in_margin(line: Line, height: float, share: float = _MARGIN_SHARE) -> bool:
    return line.bottom <= height * share or line.top >= height * (1 - share)


def reading_order(lines: list[Line]) -> list[list[Line]]:
    """The page's lines as runs to read top to bottom: in two-column text, each band's left column then its right
    column, with lines that span both (titles, full-width paragraphs) as runs of their own."""
    runs: list[list[Line]] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        if line.column == 1:
            left.append(line)
        elif line.column == 2:
            right.append(line)
        else:
            runs.extend(run for run in (left, right) if run)
            left, right = [], []
            if runs and runs[-1][-1].column == 0:
                runs[-1].append(line)
            else:
                runs.append([line])
    runs.extend(run for run in (left, right) if run)
    return runs


def body_size(lines: Sequence[Line]) -> float:
    """The size most of the text is set in."""
    weights: Counter = Counter()
    for line in lines:
        weights[line.size] += line.chars
    return weights.most_common(1)[0][0] if weights else 0.0
