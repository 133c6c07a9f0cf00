"""Template detection: which profile a report follows, with a confidence, and which block heads which section.

Each profile is scored by how many of its sections the report's headings name (and by the form phrases only that
profile prints). The best profile wins; a report that names too few sections follows no known form ("none") and is
checked against the closest profile.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pydantic import RootModel

from ..document import BlockKind, Document
from ..rulepack import rules_dir
from ..yamlload import load_yaml_model
from .combined import combined
from .dates import parse_date
from .headings import STRONG_MIN, WEAK_MIN, Candidate, HeadingIndex, candidate, wrapped
from .normalise import Named, as_named, flat, heading_key, stem, words
from .profiles import Profile

MIN_SECTIONS = 2  # fewer recognised sections than this is no recognisable structure
MIN_COVERAGE = 0.34  # share of a profile's sections a report must name to be said to follow it
MIN_BY_ORDER = 4  # sections a report must name, counting those placed by numbering and order, when wording names few
_ORDER_CONFIDENCE = 0.8  # placing by order and role words is less sure than matching the form's wording
_CUE_BONUS = 0.1
_CLOSE = 0.05  # forms whose wording scores lie this close are told apart by how many sections their order places
_CUE_SCAN_BLOCKS = 12  # form titles sit at the top of the first page
_CUE_CHARS = 200

# Headings of the sign-off and header fields: they close the section before them so that a signature, a date or the
# author's name is never counted as a section's content.
END_KEYS = frozenset(heading_key(t) for t in (
    "Signature", "Signed", "Sign off", "Signed off by", "Print name", "Name", "Report author", "Author",
    "Report prepared by", "Report completed by", "Completed by", "Name of report author", "Designation", "Job title",
    "Role", "Agency", "Date", "Date of report", "Report date", "Date report completed", "Date report submitted",
    "Contact details", "Email", "Telephone", "Tel no", "Manager", "Countersigned"))
# Labels of the header fields a form prints about the child and the conference: never a section, whatever their words
# resemble ("Name(s) of child(ren)" is not the child's views). Inside a section they are the author's sub-headings
# ("School" under the child's development), so they do not close it.
FIELD_KEYS = END_KEYS | frozenset(heading_key(t) for t in (
    "Name of child", "Names of children", "Name(s) of child(ren)", "Child's name", "Child", "Children",
    "Young person", "Date of birth", "DOB", "Address", "Home address", "School", "NHS number", "Conference date",
    "Date of conference", "Name and role of person completing report", "Person completing report", "Ethnicity",
    "Legal status", "Unborn baby", "Expected date of delivery"))

_SIGNATURE_BLOCKS = 2
_SIGNATURE_WORDS = 16
_NAME = (r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|PC|DC|DS|PS|Sgt)\.?\s+)?(?:\d{2,6}\s+)?(?:[A-Z]\.\s*)*"
         r"[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+){0,2}")
_SIGNATURE = re.compile(_NAME + r"\s*,\s*\S")
_NAME_LINE = re.compile(_NAME + r"\s*$")  # a name alone on the first line of a sign-off
# "Dr Fiona Latham MBBS FRCPCH Consultant Community Paediatrician": the name, letters after it, a role in capitals.
_SIGNATURE_LETTERS = re.compile(_NAME + r"(?:\s+[A-Z]{2,}(?:\s*\(\w+\))?)+"
                                r"(?:\s+(?:[A-Z][a-z]+|and|of|&|/)){1,6}\s*$")
_SIGNATURE_FORMAL = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|PC|DC|DS|PS|Sgt)\.?\s+(?:\d{2,6}\s+)?|[A-Z]\.\s*)"
                               r"(?:[A-Z]\.\s*)*[A-Z][a-zA-Z'\-]+\s*[,.]\s*\S")  # "DC 1187 M. EVANS. Reviewed by"

_SIGNATURE_ROLE = re.compile(r"\b(?:officer|worker|nurse|visitor|manager|lead|dsl|practitioner|co-?ordinator|teacher|"
                             r"midwife|gp|doctor|psychologist|psychiatrist|consultant|clinician|advis[eo]r|idva|"
                             r"paediatrician|constable|sergeant|headteacher|head|senco|therapist|counsellor)\b",
                             re.IGNORECASE)


@dataclass
class Detection:
    profile: Profile
    template_id: str  # the profile id, or "none"
    confidence: float
    overridden: bool
    candidates: list[Candidate]
    assigned: dict[int, str]  # heading block index -> section id (of `profile`)
    ends: set[int]  # heading blocks that close the section before them without opening one
    unheaded: set[int] = field(default_factory=set)  # assigned blocks that open a section with no heading: content
    from_header: dict[str, list[int]] = field(default_factory=dict)  # section id -> header fields answering it
    also: dict[int, list[str]] = field(default_factory=dict)  # heading block -> further sections it answers


def detect(document: Document, profiles: Sequence[Profile], index: HeadingIndex, template: str | None = None,
           named: Named = Named()) -> Detection:
    """`named`: who the family are, whom a heading may name for "the child" or "the parent" ("Lily-Rose's views",
    "Ms Hughes' views")."""
    candidates = [replace(c, topic=as_named(c.text, named)) for i, b in enumerate(document.blocks)
                  if (c := candidate(i, b)) is not None]
    matches = {}
    for n, c in enumerate(candidates):
        if _field_label(c.text):
            matches[c.index] = []
            continue
        found = _matches(index, c, c.said)
        if not found and c.printed and "\n" in document.blocks[c.index].text.strip():
            for text in wrapped(document.blocks[c.index], c.text)[1:]:  # a label wrapped in a narrow cell
                if found := _matches(index, c, as_named(text, named)):
                    candidates[n] = c = replace(c, text=text, topic=as_named(text, named))
                    break
        matches[c.index] = found
    by_id = {p.id: p for p in profiles}
    if template is not None:
        if template not in by_id:
            known = ", ".join(sorted(by_id))
            raise ValueError(f"unknown template {template!r}; the known templates are: {known}")
        profile = by_id[template]
        coverage = _coverage(profile, matches)
        assigned = _fill_gaps(profile, candidates, _assign(profile, candidates, matches))
        return _completed(Detection(profile, profile.id, min(1.0, coverage), True, candidates, assigned,
                                    _ends(candidates, assigned) | _signature(document, assigned)), document)
    cues = _cue_profiles(document, profiles, index) | _numbered_profiles(profiles, candidates, matches)
    scored = sorted(((min(1.0, _coverage(p, matches) + (_CUE_BONUS if p.id in cues else 0.0)), -n, p)
                     for n, p in enumerate(profiles)), key=lambda t: (t[0], t[1]), reverse=True)
    confidence, _, profile = scored[0]
    if confidence > 0:
        profile = max((p for c, _, p in scored if confidence - c <= _CLOSE),
                      key=lambda p: _placed(p, candidates, matches))
        confidence = next(c for c, _, p in scored if p is profile)
    if confidence == 0:
        profile = next((p for p in profiles if p.fallback), profile)
    assigned = _assign(profile, candidates, matches)
    follows = len(set(assigned.values())) >= MIN_SECTIONS and confidence >= MIN_COVERAGE
    if follows:
        assigned = _fill_gaps(profile, candidates, assigned)
    elif placed := _by_order(profiles, candidates, matches):
        # Worded its own way, but laid out as a form: numbered or ordered headings that speak of its sections.
        profile, assigned, coverage = placed
        confidence, follows = round(coverage * _ORDER_CONFIDENCE, 3), True
    else:
        confidence = 1.0 - confidence  # how sure we are that it follows no known form
    found = Detection(profile, profile.id if follows else "none", round(confidence, 3), False, candidates, assigned,
                      _ends(candidates, assigned) | _signature(document, assigned))
    return _completed(found, document) if follows else found


def _matches(index: HeadingIndex, c: Candidate, text: str) -> list:
    return [m for m in index.match(text) if m.score >= (STRONG_MIN if c.strong else WEAK_MIN)]


def _coverage(profile: Profile, matches: dict[int, list]) -> float:
    """The share of the profile's sections named by some heading, each weighted by how well it is named. A heading
    names one section: "Sharing this report" is not both the parents' and the child's sharing date."""
    best: dict[str, float] = {}
    for found in matches.values():
        own = [m for m in found if m.profile == profile.id]
        m = max(own, key=lambda m: m.score, default=None)
        if m is not None and m.score > best.get(m.section, 0):
            best[m.section] = m.score
    return sum(best.values()) / (100 * len(profile.sections))


def _placed(profile: Profile, candidates: list[Candidate], matches: dict[int, list]) -> float:
    """The share of the profile's sections the report's headings take by wording, numbering and the form's order: of
    forms whose wording the headings name about as well, the author followed the one whose order they keep ("What
    Ruby has told us" before the parenting and the sharing dates last, or the parents' views before the child's)."""
    return len(set(_fill_gaps(profile, candidates, _assign(profile, candidates, matches)).values())) / len(
        profile.sections)


def _numbered_profiles(profiles: Sequence[Profile], candidates: list[Candidate], matches: dict[int, list]) -> set[str]:
    """Profiles whose numbering the report's headings follow: "4. Family, home and community" names section 4 of a
    numbered form, which a form with the same areas unnumbered or numbered otherwise does not print."""
    agreeing: dict[str, int] = {}
    numbers = {(p.id, s.id): s.number for p in profiles for s in p.sections if s.number}
    for c in candidates:
        number = _NUMBER.match(c.text)
        for m in matches[c.index] if number else ():
            if numbers.get((m.profile, m.section)) == number.group(1):
                agreeing[m.profile] = agreeing.get(m.profile, 0) + 1
    return {profile for profile, n in agreeing.items() if n >= MIN_SECTIONS}


def _assign(profile: Profile, candidates: list[Candidate], matches: dict[int, list]) -> dict[int, str]:
    """Heading block -> section: each section goes to the heading naming it best; on a tie a heading marked by the
    layout wins over a "Label: value" line (a header field such as "Report shared with family: 5/12/2025")."""
    best: dict[str, tuple[float, bool, int]] = {}
    for c in candidates:
        own = [m for m in matches[c.index] if m.profile == profile.id]
        if not own:
            continue
        top = max(own, key=lambda m: m.score)
        rank = (top.score, not c.inline, -c.index)
        if top.section not in best or rank > best[top.section]:
            best[top.section] = rank
    return {-i: section for section, (_, _, i) in best.items()}


_TITLE_WORDS = frozenset({"report", "conference", "icpc", "submission"})  # the form's title, not a section
_PLAIN_WORDS = 8  # a plain line longer than this is a sentence, not a heading
_OPENING_WORDS = 25  # prose before the first heading that answers the form's opening section
_NUMBER = re.compile(r"^\s*(?:section|part|area)?\s*(\d{1,2})\s*[.):\-]?\s+\S", re.IGNORECASE)


class _RoleWords(RootModel[dict[str, list[str]]]):
    pass


@lru_cache(maxsize=1)
def role_words() -> dict[str, frozenset[str]]:
    """rules/roles.yaml: the words that speak of each kind of section, normalised as headings are."""
    data = load_yaml_model(rules_dir() / "roles.yaml", _RoleWords).root
    return {role: frozenset(stem(w.lower()) for w in words) for role, words in data.items()}


def _by_order(profiles: Sequence[Profile], candidates: list[Candidate],
              matches: dict[int, list]) -> tuple[Profile, dict[int, str], float] | None:
    """The profile whose sections the report's headings name best when placed by numbering, order and role words as
    well as wording, if it places enough of them (MIN_BY_ORDER) to say the report follows that form."""
    best = None
    for profile in profiles:
        assigned = _fill_gaps(profile, candidates, _assign(profile, candidates, matches))
        placed = len(set(assigned.values()))
        coverage = placed / len(profile.sections)
        if placed >= MIN_BY_ORDER and coverage >= MIN_COVERAGE and (best is None or coverage > best[2]):
            best = (profile, assigned, coverage)
    return best


def _fill_gaps(profile: Profile, candidates: list[Candidate], assigned: dict[int, str]) -> dict[int, str]:
    """Place the headings the wording left unplaced, by the form itself: a numbered heading takes the section of
    that number ("6. What the parents say" is section 6 of a numbered form), and a heading sitting where a missing
    section belongs in the form's order takes it when its words speak of that section ("Where are we on the
    scale?" between the parents' views and the plan), or wherever it stands for a section the form does not fix in
    order ("The children" before the plan)."""
    assigned = dict(assigned)
    order = {s.id: n for n, s in enumerate(profile.sections)}
    unordered = {s.id for s in profile.sections if not s.ordered}
    by_number = {s.number: s.id for s in profile.sections if s.number}
    words = role_words()
    inline = {c.index for c in candidates if c.inline}
    # A report whose recognised headings are plain short lines (a text file) sets all its headings that way.
    plain = sum(1 for c in candidates if c.index in assigned and not c.strong and not c.inline) >= MIN_SECTIONS
    free = [c for c in candidates if (c.strong or plain and len(c.text.split()) <= _PLAIN_WORDS) and not c.inline
            and c.index not in assigned and (_may_head(c) or c.level is not None and _field_label(c.text))]
    levels = {c.index: c.level for c in candidates}
    for c in free:
        placed = set(assigned.values())
        headings = {i: s for i, s in assigned.items() if i not in inline}  # a "Label: value" field sits anywhere
        if not _may_head(c) and not _among_sections(c, headings, levels):
            continue
        anchors = {i: s for i, s in headings.items() if s not in unordered}  # and so may an unordered section
        number = _NUMBER.match(c.text)
        section = by_number.get(number.group(1)) if number else None
        if section is None or section in placed or not _in_order(c.index, order[section], anchors, order):
            section = _by_slot(profile, c, placed, anchors, order, words)
        if section is not None:
            assigned[c.index] = section
    return assigned


def _may_head(c: Candidate) -> bool:
    """False for a sign-off or header field label and for the form's title: they head no section. A question is no
    title, whatever it asks ("What should the conference know about the home?")."""
    key = heading_key(c.text)
    return not _field_label(c.text) and (c.text.rstrip().endswith("?") or not set(key.split()) & _TITLE_WORDS)


def _field_label(text: str) -> bool:
    """A header field's label ("Children", "Child (known as)", "Address (with postcode)"). A bracket whose words
    speak of the same kind of section as the label's own ("The children (observations)", "School (attendance and
    progress)") makes it the author's heading for that section."""
    key = heading_key(text)
    if key not in FIELD_KEYS:
        return False
    own, extra = set(key.split()), set(words(text)) - set(key.split())
    return not any(own & kind and extra & kind for kind in role_words().values())


def _among_sections(c: Candidate, anchors: dict[int, str], levels: dict[int, int | None]) -> bool:
    """A heading worded as a header field ("The children") styled as the section headings placed right before and
    after it is a section of its own, not a sub-heading of the one before ("School" under the child's health)."""
    before = max((i for i in anchors if i < c.index), default=None)
    after = min((i for i in anchors if i > c.index), default=None)
    return before is not None and after is not None and levels[before] == levels[after] == c.level


def _in_order(index: int, position: int, assigned: dict[int, str], order: dict[str, int]) -> bool:
    """True when placing a heading at block `index` as the section at `position` keeps the form's order."""
    return all((i < index) == (order[s] < position) for i, s in assigned.items())


def _by_slot(profile: Profile, c: Candidate, placed: set[str], assigned: dict[int, str], order: dict[str, int],
             words: dict[str, frozenset[str]]) -> str | None:
    key = set(heading_key(c.said).split())
    fits = [s for s in profile.sections if s.id not in placed and key & words.get(s.role, frozenset())
            and (not s.ordered or _in_order(c.index, order[s.id], assigned, order))]
    # Most words in common wins; on a tie the earlier section, leaving the later ones for the headings after it.
    best = max(fits, key=lambda s: (len(key & words[s.role]), -order[s.id]), default=None)
    return best.id if best else None


def _ends(candidates: list[Candidate], assigned: dict[int, str]) -> set[int]:
    """Sign-off headings: form labels and styled headings anywhere, "Label: value" lines only after the last section
    heading (inside a section, "Date: 01/01/2020 first contact" is the author's words)."""
    last = max(assigned, default=-1)
    return {c.index for c in candidates if c.index not in assigned and (c.strong or c.index > last)
            and heading_key(c.text) in END_KEYS}


def _signature(document: Document, assigned: dict[int, str]) -> set[int]:
    """A closing "C. Dobson, School Nurse, 26/11/2025" line after the last section: the sign-off, not content; and
    the name alone on the line before it ("Bethany Cole RN" / "School Staff Nurse, ...")."""
    last = max(assigned, default=len(document.blocks))
    tail = range(max(last + 1, len(document.blocks) - _SIGNATURE_BLOCKS), len(document.blocks))
    signed = {i for i in tail if is_signature(document.blocks[i].text.strip())}
    name = min(signed, default=0) - 1  # after the section's own answer: a last answer of "Yes" or "Not Shared" stays
    if name > last + 1 and _NAME_LINE.match(document.blocks[name].text.strip()):
        signed.add(name)
    return signed


def is_signature(text: str) -> bool:
    """A name, then a role or a date: "Dr A. Rao, Clinical Psychologist", "Lee Gardner, Case Manager, 03.12.2025",
    "Dr Fiona Latham MBBS Consultant Paediatrician", or the same over lines, the name alone on the first ("Lee
    Gardner" / "Case Manager, Youth Justice" / "3.12.2025")."""
    name, _, rest = text.partition("\n")
    lines = bool(rest) and not any(line.rstrip().endswith((".", "!", "?")) for line in rest.splitlines())  # no prose
    named = bool(_SIGNATURE.match(text) or _SIGNATURE_FORMAL.match(text) or _SIGNATURE_LETTERS.match(text)) or bool(
        lines and _NAME_LINE.match(name))
    return (len(text.split()) <= _SIGNATURE_WORDS and named
            and (parse_date(text) is not None or bool(_SIGNATURE_ROLE.search(text))))


def _cue_profiles(document: Document, profiles: Sequence[Profile], index: HeadingIndex) -> set[str]:
    """Profiles whose printed form phrases appear at the top of the report or in its page headers."""
    top = flat(" \n ".join(b.text[:_CUE_CHARS] for b in [*document.furniture, *document.blocks[:_CUE_SCAN_BLOCKS]]))
    return {p.id for p in profiles if any(cue in top for cue in index.cues.get(p.id, ()))}


def _completed(detection: Detection, document: Document) -> Detection:
    """Sections a report answers without a heading the wording or the order placed: the form's opening section
    (`opening`, such as the summary of involvement) under whatever heading opens the report, or in the paragraphs
    before the first heading; and a section the header fields answer (`header_labels`, such as the family profile
    in "Parents: ..." or a "Household members" row); and a section a combined heading names besides its own
    ("Parents' and child's views")."""
    inline = {c.index for c in detection.candidates if c.inline}
    first = min((i for i in detection.assigned if i not in inline), default=None)
    if first is None:
        return detection
    profile, assigned = detection.profile, detection.assigned
    order = {s.id: n for n, s in enumerate(profile.sections)}
    placed = set(assigned.values())
    opening = next((s.id for s in profile.sections if s.opening and s.id not in placed
                    and order[s.id] < order[assigned[first]]), None)
    if opening is not None:
        heading = _opening_heading(detection, document, first)
        if heading is None and (heading := _opening_prose(detection, document, first)) is not None:
            detection.unheaded.add(heading)
        if heading is not None:
            assigned[heading] = opening
            first = min(first, heading)
    for spec in profile.sections:
        if spec.header_labels and spec.id not in placed:
            wanted = [frozenset(heading_key(label).split()) for label in spec.header_labels]
            answers = [i for c in detection.candidates if c.index < first
                       and any(w <= set(heading_key(c.text).split()) for w in wanted) for i in _answer(c, document)]
            if answers:
                detection.from_header[spec.id] = answers
    detection.also = combined(profile, detection.candidates, assigned, set(detection.from_header))
    return detection


def _answer(c: Candidate, document: Document) -> list[int]:
    """The blocks answering a header field: the "Label: value" line itself, the filled answer cell beside a form
    label, or the rows under a table's heading cell ("Name | Relationship to child | DOB")."""
    block = document.blocks[c.index]
    if c.inline:
        return [c.index]
    if block.role == "label" and block.pair is not None:
        return [block.pair] if document.blocks[block.pair].text.strip() else []
    where = block.location
    if block.kind != BlockKind.table_cell or where.row != 1:
        return []
    return [i for i, b in enumerate(document.blocks[c.index:], start=c.index) if b.kind == BlockKind.table_cell
            and b.location.table == where.table and (b.location.row or 0) > 1 and b.text.strip()]


def _words_between(detection: Detection, document: Document, start: int, end: int) -> int:
    """Words of prose (no heading, field or form cell) in blocks start..end-1."""
    labels = {c.index for c in detection.candidates if c.strong or c.inline}
    return sum(len(document.blocks[i].text.split()) for i in range(start, end)
               if i not in labels and document.blocks[i].kind in (BlockKind.paragraph, BlockKind.list_item))


def _opening_heading(detection: Detection, document: Document, first: int) -> int | None:
    """The heading right before the first placed one, when it is no field, sign-off or form title and has prose
    under it: "Why we are meeting", "How we know Kayla". A header field in between means the opening is unheaded:
    the form's title above the header fields heads nothing."""
    for c in reversed([c for c in detection.candidates if c.index < first]):
        if c.inline or not _may_head(c) or document.blocks[c.index].role == "label":
            return None
        if c.strong:
            return c.index if _words_between(detection, document, c.index + 1, first) >= _OPENING_WORDS else None
    return None


def _opening_prose(detection: Detection, document: Document, first: int) -> int | None:
    """The first block of the prose run right before the first heading, when it is long enough to be the
    author's opening (not a header field, a form cell or a salutation)."""
    labels = {c.index for c in detection.candidates if c.strong or c.inline}
    start = first
    while start > 0 and start - 1 not in labels and document.blocks[start - 1].kind in (BlockKind.paragraph,
                                                                                        BlockKind.list_item):
        start -= 1
    return start if start < first and _words_between(detection, document, start, first) >= _OPENING_WORDS else None
