"""Word's styles and list numbering, resolved the way Word shows them.

Bold, italic, size, heading level and numbering are often not on the paragraph but inherited from its style (and that
style's `basedOn` chain) or from the document defaults; numbers ("1.", "a)") live in numbering.xml and are counted
as Word counts them, so they can be restored into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_VAL = f"{{{W_NS}}}val"
_FALSE = ("0", "false", "off", "none")
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
# The styles part, cut into pieces without parsing it (see Styles).
_ROOT = re.compile(rb"<(?P<p>[\w.-]+:)?styles\b[^>]*>")
_DEFAULTS = re.compile(rb"<(?P<p>[\w.-]+:)?docDefaults\b.*?</(?P=p)docDefaults>", re.DOTALL)
_STYLE_ID = re.compile(rb"\bstyleId=\"([^\"]*)\"")
_DEFAULT_PARAGRAPH = re.compile(rb"\bdefault=\"(?:1|true|on)\"")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def on_off(element) -> bool | None:
    """A Word toggle property (w:b, w:vanish): None when absent."""
    if element is None:
        return None
    return element.get(_VAL, "true").lower() not in _FALSE


def int_val(element, default: int | None = None) -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(_VAL, ""))
    except ValueError:
        return default


def half_points(element) -> float | None:
    value = int_val(element)
    return value / 2 if value else None


@dataclass(frozen=True)
class StyleFacts:
    """A style's effective properties after inheritance."""

    name: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    heading: int | None = None  # 1-based heading level, from the style's name or outline level
    num_id: str | None = None
    ilvl: int | None = None
    page_break_before: bool = False


@dataclass
class _Raw:
    name: str | None
    based_on: str | None
    bold: bool | None
    italic: bool | None
    size: float | None
    outline: int | None
    num_id: str | None
    ilvl: int | None
    page_break_before: bool | None


class Styles:
    """The styles part of one document. A generated document's styles part can hold hundreds of styles (350 KB
    from python-docx's template), of which a report uses a handful, so each style is parsed when first asked for:
    the part is cut into one byte range per style, and only those ranges are parsed."""

    def __init__(self, content: bytes | None, parse):
        self._parse = parse  # the package's safe XML parser, bytes -> element
        self._ranges: dict[str, tuple[int, int]] = {}
        self._raw: dict[str, _Raw | None] = {}
        self._content = content or b""
        self.default_bold: bool | None = None
        self.default_italic: bool | None = None
        self.default_size: float | None = None
        self.default_paragraph: str | None = None
        self.paragraph = lru_cache(maxsize=None)(self._paragraph)
        root = _ROOT.search(self._content)
        if root is None:
            return
        self._wrap = (root.group(0), b"</" + (root.group("p") or b"") + b"styles>")
        defaults = _DEFAULTS.search(self._content)
        if defaults is not None:
            r_pr = self._element(defaults.span()).find(f"{w('rPrDefault')}/{w('rPr')}")
            if r_pr is not None:
                self.default_bold = on_off(r_pr.find(w("b")))
                self.default_italic = on_off(r_pr.find(w("i")))
                self.default_size = half_points(r_pr.find(w("sz")))
        prefix = root.group("p") or b""
        opening, closing = b"<" + prefix + b"style ", b"</" + prefix + b"style>"
        start = self._content.find(opening)
        while start >= 0:
            tag_end = self._content.find(b">", start)
            end = self._content.find(closing, tag_end)
            if tag_end < 0 or end < 0:
                break
            start_tag = self._content[start:tag_end + 1]
            style_id = _STYLE_ID.search(start_tag)
            if style_id is not None and not start_tag.endswith(b"/>"):
                key = style_id.group(1).decode("utf-8", "replace")
                self._ranges[key] = (start, end + len(closing))
                if _DEFAULT_PARAGRAPH.search(start_tag) and b'type="paragraph"' in start_tag:
                    self.default_paragraph = key
            start = self._content.find(opening, end)

    def _element(self, span: tuple[int, int]):
        return self._parse(self._wrap[0] + self._content[span[0]:span[1]] + self._wrap[1])[0]

    def _style(self, style_id: str) -> _Raw | None:
        if style_id not in self._raw:
            span = self._ranges.get(style_id)
            self._raw[style_id] = None if span is None else _read_style(self._element(span))
        return self._raw[style_id]

    def _chain(self, style_id: str | None) -> list[_Raw]:
        chain, seen = [], set()
        while style_id and style_id not in seen and (raw := self._style(style_id)) is not None:
            seen.add(style_id)
            chain.append(raw)
            style_id = raw.based_on
        return chain

    def _paragraph(self, style_id: str | None) -> StyleFacts:
        chain = self._chain(style_id if style_id in self._ranges else self.default_paragraph)
        if not chain:
            return StyleFacts(bold=self.default_bold, italic=self.default_italic, size=self.default_size)

        def first(attribute):
            return next((getattr(raw, attribute) for raw in chain if getattr(raw, attribute) is not None), None)

        name = chain[0].name
        heading = None
        named = _HEADING_NAME.match(name or "")
        if named:
            heading = int(named.group(1))
        elif (name or "").lower() == "title":
            heading = 1
        else:
            outline = first("outline")
            heading = outline + 1 if outline is not None and outline < 9 else None
        bold, italic = first("bold"), first("italic")
        size = first("size")
        return StyleFacts(name=name, bold=self.default_bold if bold is None else bold,
                          italic=self.default_italic if italic is None else italic, size=size or self.default_size,
                          heading=heading, num_id=first("num_id"), ilvl=first("ilvl"),
                          page_break_before=bool(first("page_break_before")))

    def character(self, style_id: str) -> tuple[bool | None, bool | None, float | None]:
        """A character style's bold, italic and size (None where it leaves them to the paragraph)."""
        chain = self._chain(style_id)
        return tuple(next((getattr(raw, a) for raw in chain if getattr(raw, a) is not None), None)
                     for a in ("bold", "italic", "size"))


def _read_style(style) -> _Raw:
    r_pr = style.find(w("rPr"))
    p_pr = style.find(w("pPr"))
    num_pr = p_pr.find(w("numPr")) if p_pr is not None else None
    return _Raw(
        name=_attr(style.find(w("name"))),
        based_on=_attr(style.find(w("basedOn"))),
        bold=on_off(r_pr.find(w("b"))) if r_pr is not None else None,
        italic=on_off(r_pr.find(w("i"))) if r_pr is not None else None,
        size=half_points(r_pr.find(w("sz"))) if r_pr is not None else None,
        outline=int_val(p_pr.find(w("outlineLvl"))) if p_pr is not None else None,
        num_id=_attr(num_pr.find(w("numId"))) if num_pr is not None else None,
        ilvl=int_val(num_pr.find(w("ilvl"))) if num_pr is not None else None,
        page_break_before=on_off(p_pr.find(w("pageBreakBefore"))) if p_pr is not None else None,
    )


def _attr(element) -> str | None:
    return None if element is None else element.get(_VAL)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """List definitions and the running counters of each list, advanced paragraph by paragraph in body order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> level
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractNumId, starts)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_element(cls, numbering_element) -> Numbering:
        numbering = cls()
        if numbering_element is None:
            return numbering
        for abstract in numbering_element.iter(w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(w("lvl")):
                level = _Level()
                level.fmt = _attr(lvl.find(w("numFmt"))) or "decimal"
                text = lvl.find(w("lvlText"))
                level.text = "" if text is None else text.get(_VAL, "")
                level.start = int_val(lvl.find(w("start")), 1)
                levels[int(lvl.get(w("ilvl"), "0"))] = level
            numbering.levels[abstract.get(w("abstractNumId"))] = levels
        for num in numbering_element.iter(w("num")):
            starts = {}
            for override in num.iter(w("lvlOverride")):
                start = override.find(w("startOverride"))
                if start is not None:
                    starts[int(override.get(w("ilvl"), "0"))] = int_val(start, 1)
            numbering.nums[num.get(w("numId"))] = (_attr(num.find(w("abstractNumId"))), starts)
        return numbering

    def next_label(self, num_id: str | None, ilvl: int) -> tuple[str | None, bool]:
        """Advance list `num_id` at level `ilvl`; the label Word shows ("1.", "a)", "" for none) and whether it is
        a bullet. (None, False) when the paragraph is not in a list."""
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None, False
        abstract_id, starts = self.nums[num_id]
        levels = self.levels.get(abstract_id, {})
        level = levels.get(ilvl, _Level())
        if level.fmt == "bullet":
            return None, True
        key = num_id if starts else abstract_id  # lists sharing a definition continue each other's count
        counts = self.counters.setdefault(key, {})
        counts[ilvl] = counts.get(ilvl, starts.get(ilvl, level.start) - 1) + 1
        for deeper in [d for d in counts if d > ilvl]:
            del counts[deeper]

        def number(match: re.Match) -> str:
            at = int(match.group(1)) - 1
            at_level = levels.get(at, _Level())
            value = counts.get(at, starts.get(at, at_level.start))
            return format_number(value, at_level.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip() if level.fmt != "none" else "", False


def format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    if value <= 0:
        return str(value)
    out = []
    for amount, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= amount:
            out.append(digits)
            value -= amount
    return "".join(out)
