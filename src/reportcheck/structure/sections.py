"""Sections with their content: the blocks between a section's heading and the next one, the form's words removed.

The guidance a form prints under or beside a heading is the form's, not the author's: it is recognised (exactly,
as part of a line, or fuzzily; or, for a form we do not know, by being worded as a prompt or set in italics right
under the heading) and never counted. A section is `empty` when what is left is blank, a placeholder
("N/A", "See above", "Not applicable to housing", dashes) or nothing but the form's guidance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..document import Block, Document
from ..rulepack import registry
from .agency import matcher as agency_matcher
from .detect import Detection
from .headings import heading_title
from .model import Section
from .normalise import flat
from .profiles import Profile, ProfileSection

# What any form prints besides its prompts: tick boxes, "(please specify)", word-processor placeholders.
FORM_FURNITURE = (
    "please tick", "tick as appropriate", "please tick as appropriate", "tick all that apply", "delete as appropriate",
    "please delete as appropriate", "please specify", "please state", "please give details", "if yes please specify",
    "if so please give details", "yes no", "continue on a separate sheet", "continue on a separate sheet if necessary",
    "please continue on a separate sheet if necessary", "click or tap here to enter text", "click here to enter text",
    "enter text here", "type here", "insert text here", "insert details here",
)
_GUIDANCE_RATIO = 85
_MIN_PART = 12  # characters of a prompt a line must share to count as a split piece of it
_PLACEHOLDER_WORDS = 24  # the longest answer that may still be only placeholders ("Not known. See chronology ...")
_REASON_WORDS = 8  # a longer "Not applicable, but ..." goes on to answer the section
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\s+[-\u2013\u2014]\s+")  # "N/A - not known to our service" is two
# A label left without its answer ("Dad's view:", "Mother -"): it names what should follow and is no answer itself.
_BARE_LABEL = re.compile(r"^[*_\s]*[^\W\d][^:.!?\n]{0,50}?[*_\s]*[:\-\u2013][*_\s]*$")
_LABEL_WORDS = 5
_QUOTES = re.compile("[\"\u201c\u201d]")  # an italic quotation under a heading is the child's words, not a prompt
_ITALIC_SHARE = 0.5  # in a report mostly set in italics, italics say nothing about whose words they are
_LABEL = re.compile(r"^\s*(?![^:\n]*\b(?:said|says?|told|tells?|stated|replied|answered|asked|thinks?|thought|feels?|"
                    r"felt|wants?|wanted)\b)[^\W\d][^:\n]{0,30}:\s+(?=\S)", re.IGNORECASE)  # "Mum said: no" is hers


@lru_cache(maxsize=1)
def prompt() -> re.Pattern:
    """A line worded as a form's prompt, not an answer (rules/packs/sections.yaml): "What do the parents think?"."""
    return re.compile(str(registry().setting("sections", "prompt")), re.IGNORECASE)


def _part(name: str) -> str:
    """A setting of rules/packs/sections.yaml as one regex: alternatives are separated by " | " (a "|" inside a
    group has no spaces) and may wrap over lines."""
    return "|".join(" ".join(str(registry().setting("sections", name)).split()).split(" | "))


@lru_cache(maxsize=1)
def report_note() -> re.Pattern:
    """The opening sentence of a note on the report itself (rules/packs/sections.yaml): "A copy of this report was
    posted to both parents", "I discussed my findings with Mum and Dad"."""
    subject, verb = _part("report_note_subject"), _part("report_note_verb")
    return re.compile(rf"^(?:\S+ ){{0,6}}?(?:{subject})(?: \S+){{0,8}}? (?:{verb})\b|"
                      rf"^(?:\S+ ){{0,4}}?(?:{verb})(?: \S+){{0,3}}? (?:{subject})\b")


@lru_cache(maxsize=1)
def placeholder() -> re.Pattern:
    """A sentence that is no answer (rules/packs/sections.yaml): "N/A", "Not known to probation", "See above",
    "No information held by this service beyond that recorded above", "Dad's views are in the summary"."""
    tail = rf"(?: (?:{_part('placeholder_tail')})(?: \S+){{0,4}}?)?(?: {_part('placeholder_beyond')})?"
    written, where, parts = _part("placeholder_written"), _part("placeholder_where"), _part("placeholder_part")
    see = (rf"(?:{_part('placeholder_see')})(?: \S+){{0,6}} "
           rf"(?:{where}|(?:{parts})(?: {_part('placeholder_source')})?|{_part('placeholder_others')})")
    # "Included in the summary above", and with a subject "Mum's views are (set out) in the summary": the subject's
    # own verb must be a verb of writing or "is in <a part of the report>" ("Mum is in agreement with..." is a view).
    pointer = (rf"(?:{written})(?: \S+){{0,6}}? (?:{where}|(?:in|under|within)(?: \S+){{0,5}}? "
               rf"(?:{parts}|{_part('placeholder_area')}))")
    stated = (rf"(?:\S+ ){{1,5}}?(?:is|are|was|were|has been|have been)(?: already| also| fully)? (?:as )?"
              rf"(?:{pointer}|{where}|(?:in|within)(?: the| my| this| our)?(?: \S+)? (?:{parts}))")
    # Left to another agency: "Health information will be provided by the GP", "The GP will provide this".
    what = rf"(?:{_part('placeholder_defer_what')})(?: (?:of|about|on|regarding)(?: \S+){{1,4}}?)?"
    where_to = r"(?: (?:by|from|in|at|to|with)(?: \S+){1,6}?)?"
    defer = (rf"(?:{what} )?(?:{_part('placeholder_defer_passive')}){where_to}|(?:\S+ ){{1,5}}?"
             rf"(?:{_part('placeholder_defer_modal')}) "
             rf"(?:(?:{_part('placeholder_defer_verb')}) {what}|comment){where_to}")
    return re.compile(rf"^(?:{_part('placeholder_word')}|(?:{_part('placeholder_nothing')}){tail}|{defer}|"
                      rf"{_part('placeholder_left_to')}|{_part('placeholder_reference')}|"
                      rf"(?:{see}|(?:already )?{pointer}|{stated})(?: \S+){{0,2}})$")


@lru_cache(maxsize=1)
def inapplicable() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A sentence opening "Not applicable", a service named in its reason, the family's situation named in it
    (rules/packs/sections.yaml): "N/A - adult service" is no answer, "Not applicable: the baby is unborn" is one."""
    return (re.compile(rf"^(?:{_part('placeholder_inapplicable')})\b ?"),
            re.compile(rf"\b(?:{_part('placeholder_service')})\b"),
            re.compile(rf"\b(?:{_part('placeholder_situation')})\b"))


@dataclass
class GuidanceIndex:
    """The printed text of one profile's form, flattened once."""

    prompts: list[str]
    long_prompts: list[str]  # prompts long enough to be looked for inside a line
    longest: int  # a line longer than any prompt: the author's, unless its opening holds a prompt

    def __post_init__(self) -> None:
        self._joined = "\n".join(self.long_prompts)  # one search finds a line that is a piece of any prompt

    @classmethod
    def build(cls, profile: Profile) -> GuidanceIndex:
        texts = [*FORM_FURNITURE, *(flat(t) for t in profile.furniture)]
        for section in profile.sections:
            texts += [flat(g) for g in section.guidance]
        prompts = sorted({t for t in texts if t}, key=len, reverse=True)
        return cls(prompts, [p for p in prompts if len(p) >= _MIN_PART], len(prompts[0]) + _MIN_PART if prompts else 0)

    def residue(self, line: str) -> tuple[str, int]:
        """What is left of `line` once the form's printed text is taken out (flattened) and its number of words.

        A line longer than any prompt whose opening holds no prompt is the author's own: only that opening is
        flattened, which keeps long reports fast."""
        if len(line) > self.longest:
            opening = flat(line[:self.longest])
            if not any(p in opening for p in self.long_prompts):
                return opening, len(line.split())
        text = flat(line)
        for prompt in self.long_prompts:
            if prompt in text:
                text = " ".join(text.replace(prompt, " ").split())
        if not text or text in self.prompts or (len(text) >= _MIN_PART and text in self._joined):
            return "", 0
        if process.extractOne(text, self.prompts, scorer=fuzz.ratio, score_cutoff=_GUIDANCE_RATIO):
            return "", 0
        return text, len(text.split())


def build_sections(document: Document, detection: Detection,
                   guidance_index: GuidanceIndex) -> tuple[list[Section], list[str | None], list[bool]]:
    """The profile's sections in order, and per block its section id and whether it is the form's guidance."""
    blocks = document.blocks
    block_section: list[str | None] = [None] * len(blocks)
    guidance = [False] * len(blocks)
    inline = {c.index for c in detection.candidates if c.inline}
    printed = {c.index for c in detection.candidates if c.printed}
    titles = {c.index: c.text for c in detection.candidates}
    subheadings = {c.index for c in detection.candidates if c.strong and not c.inline} - set(detection.assigned)
    printed_italic = _italics_are_printed(blocks)
    found: dict[str, _Content] = {}
    current: str | None = None
    for i, block in enumerate(blocks):
        if i in detection.unheaded:  # the report's opening paragraphs answer the section: content, no heading
            current = detection.assigned[i]
            block_section[i] = current
            lines = [line for line in block.text.splitlines() if line.strip()]
        elif i in detection.assigned:
            current = detection.assigned[i]
            block_section[i] = current
            lines = [] if i in printed else _after_heading(block, i in inline)
        elif i in detection.ends:
            current = None
            continue
        else:
            block_section[i] = current
            lines = [line for line in block.text.splitlines() if line.strip()]
        if current is None:
            continue
        into = found.setdefault(current, _Content())
        if i in subheadings and into.lead is None:
            into.lead = list(into.lines)
        if printed_italic and block.italic and not into.lines and i not in detection.assigned \
                and not _QUOTES.search(block.text):
            into.guidance = guidance[i] = True  # the form's prompt, set in italics under its heading
        elif into.add(i, lines, guidance_index) is False and i not in detection.assigned:
            guidance[i] = True
    for section, answers in detection.from_header.items():
        into = found.setdefault(section, _Content())
        for i in answers:
            into.add(i, _after_heading(blocks[i], True) if i in inline else [blocks[i].text.strip()], guidance_index)
    heading_of = {section: i for i, section in detection.assigned.items() if i not in detection.unheaded}
    for i, others in detection.also.items():  # a combined heading's words answer each section it names
        for other in others:
            heading_of[other] = i
            if detection.assigned[i] in found:
                found[other] = found[detection.assigned[i]]
    sections = [_section(spec, heading_of.get(spec.id), found.get(spec.id), titles)
                for spec in detection.profile.sections]
    return sections, block_section, guidance


def _italics_are_printed(blocks: list[Block]) -> bool:
    """Whether italics can mark the form's guidance: some blocks are italic, but not most of the report."""
    italic = sum(1 for b in blocks if b.italic)
    return 0 < italic <= _ITALIC_SHARE * len(blocks)


@dataclass
class _Content:
    """What a section holds so far: the author's blocks and lines, and whether the form's guidance was seen."""

    blocks: list[int] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the author's lines as written (placeholders included)
    residue: list[str] = field(default_factory=list)  # the same, flattened, with the form's text taken out
    words: int = 0
    guidance: bool = False
    lead: list[str] | None = None  # the lines before the first heading the form does not have, once there is one
    by_block: list[list[str]] = field(default_factory=list)  # the author's lines of each of `blocks`

    def add(self, index: int, lines: list[str], guidance_index: GuidanceIndex) -> bool | None:
        """Add a block's lines; False when they are all the form's guidance, None when there are none."""
        if not lines:
            return None
        own: list[str] = []
        for line in lines:
            if len(line.split()) <= _LABEL_WORDS and _BARE_LABEL.match(line):
                continue
            rest, words = guidance_index.residue(line)
            if rest and not self.lines and prompt().match(line.strip()):  # another form's prompt under the heading
                rest = ""
            if rest or not _has_words(line):  # the author's words, or marks such as "---"
                own.append(line.strip())
                self.lines.append(line.strip())
                self.words += words
                if rest:
                    self.residue.append(rest)
            else:
                self.guidance = True
        if own:
            self.blocks.append(index)
            self.by_block.append(own)
        return bool(own)


def _has_words(line: str) -> bool:
    return any(c.isalnum() for c in line)


def _after_heading(block: Block, inline: bool) -> list[str]:
    """The lines of a heading block after the heading itself (guidance or an inline answer)."""
    text = block.text.strip()
    if inline:
        return [text.split(":", 1)[1].strip()]
    return [line for line in text.splitlines()[1:] if line.strip()]


def _section(spec: ProfileSection, heading: int | None, content: _Content | None,
             titles: dict[int, str]) -> Section:
    """The section as found. With no heading it is missing, unless the opening paragraphs or the header fields
    answer it (then it keeps the form's title and no heading block)."""
    base = dict(id=spec.id, role=spec.role, required=spec.required)
    if heading is None and not (content and content.blocks):
        return Section(**base, title=spec.title, status="missing")
    content = content or _Content()
    reason = _empty_reason(content, spec.role != "sharing")
    title = spec.title if heading is None else heading_title(titles[heading])
    return Section(**base, title=title, status="empty" if reason else "present",
                   heading_block=heading, content_blocks=content.blocks,
                   words=0 if reason else content.words, empty_reason=reason)


def _empty_reason(content: _Content, notes_apart: bool = True) -> str | None:
    """Why the section's content does not count, or None when it holds the author's words.

    A placeholder right under the heading is the author's answer to it even when a heading of the author's own
    follows ("Views of parents/carers: See above." then "Father: ...") or a closing note on the report itself does
    ("See above." then "A copy of this report was posted to both parents ..."): what follows answers something else.
    In a section about sharing the report (`notes_apart` False) such a note is the answer."""
    if not content.lines:
        return "only the form's guidance text" if content.guidance else "blank"
    if content.lead and _placeholders(content.lead):
        return _placeholder_reason(content.lead)
    first, *rest = content.by_block or [[]]
    if notes_apart and rest and _placeholders(first) and all(_report_note(lines) for lines in rest):
        return _placeholder_reason(first)
    if content.words > _PLACEHOLDER_WORDS:  # an answer this long is no placeholder, whatever it opens with
        return None
    if all(placeholder().match(r) for r in content.residue) or _placeholders(content.lines):
        return _placeholder_reason(content.lines)
    return None


def _placeholders(lines: list[str]) -> bool:
    """Every sentence is a placeholder, also after a short label naming whose it is ("Dad: not known"), or the reason
    a "Not applicable" gives when it is only that the author's service does not do this ("N/A - adult service")."""
    after = False  # the sentence before was only "N/A"
    for piece in (piece for line in lines for piece in _SENTENCE.split(line)):
        said = flat(piece)
        if not (placeholder().match(flat(_LABEL.sub("", piece))) or _not_ours(said, after)):
            return False
        after = bool(inapplicable()[0].fullmatch(said))
    return True


def _not_ours(said: str, after: bool) -> bool:
    """A "Not applicable" whose short reason names a service and not the family's situation: "N/A - not completed by
    police", "Not applicable as Housing Options do not use scaling"."""
    opening, service, situation = inapplicable()
    lead = opening.match(said)
    reason = said[lead.end():] if lead else said if after else ""
    return (0 < len(reason.split()) <= _REASON_WORDS and not situation.search(reason)
            and bool(service.search(reason) or agency_matcher().find(reason)))


def _report_note(lines: list[str]) -> bool:
    """A paragraph opening with the report's own sharing: a note on the report, not an answer to the section."""
    return bool(report_note().match(flat(_SENTENCE.split(" ".join(lines), maxsplit=1)[0])))


def _placeholder_reason(lines: list[str]) -> str:
    text = " ".join(lines)
    return f"placeholder '{text if len(text) <= 60 else text[:57] + '...'}'"
