"""The structure stage: which form a report follows, its sections with their content, its facts and its agency.

`analyse` is the entry point. Profiles are normalised once per profile set and reused, so analysing a report costs a
few milliseconds whatever the number of profiles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import BlockKind, Document
from ..result import Facts
from .agency import recognise
from .detect import Detection, detect
from .facts import extract_facts, sharing_dates
from .headings import HeadingIndex
from .model import Section, Structure, TemplateMatch
from .normalise import Named, as_named
from .profiles import Profile, load_profiles
from .sections import GuidanceIndex, build_sections

__all__ = ["analyse", "load_profiles", "Profile", "Section", "Structure"]

_CACHE_SIZE = 8
_indexes: dict[tuple[int, ...], tuple[Sequence[Profile], HeadingIndex, dict[str, GuidanceIndex]]] = {}


def _prepared(profiles: Sequence[Profile]) -> tuple[HeadingIndex, dict[str, GuidanceIndex]]:
    """The heading and guidance indexes of a profile set, built once and kept for the same profile objects."""
    key = tuple(id(p) for p in profiles)
    if key not in _indexes:
        if len(_indexes) >= _CACHE_SIZE:
            _indexes.pop(next(iter(_indexes)))
        _indexes[key] = (profiles, HeadingIndex.build(profiles), {p.id: GuidanceIndex.build(p) for p in profiles})
    _, headings, guidance = _indexes[key]
    return headings, guidance


def analyse(document: Document, *, profiles: Sequence[Profile] | None = None, template: str | None = None,
            agency: str | None = None) -> Structure:
    """The structure of `document`. `template` and `agency` override detection; unknown ids raise ValueError."""
    profiles = tuple(profiles) if profiles is not None else tuple(load_profiles())
    headings, guidance_indexes = _prepared(profiles)
    detection = detect(document, profiles, headings, template)
    sections, block_section, guidance = build_sections(document, detection, guidance_indexes[detection.profile.id])
    facts, fields = extract_facts(document, block_section)
    named = _named(facts, document)
    if any(as_named(c.text, named) != c.text for c in detection.candidates):
        # A heading names the subject children ("Lily-Rose and Harvey's views") or a parent by title ("Ms Hughes'
        # views"): placed again, knowing who they are.
        again = detect(document, profiles, headings, template, named)
        if _placement(again) != _placement(detection):  # else the sections and facts are those already found
            sections, block_section, guidance = build_sections(document, again, guidance_indexes[again.profile.id])
            facts, fields = extract_facts(document, block_section)
        detection = again
    sharing_dates(document, sections, facts)
    agency_id, evidence = recognise(document, fields, block_section, agency)
    heading_blocks = sorted({*detection.assigned, *detection.ends,
                             *(c.index for c in detection.candidates if c.strong)} - detection.unheaded)
    return Structure(
        document=document,
        template=TemplateMatch(id=detection.template_id, confidence=detection.confidence,
                               checked_against=detection.profile.id, overridden=detection.overridden),
        sections=sections, block_section=block_section, guidance=guidance, headings=heading_blocks,
        facts=facts, agency=agency_id, agency_evidence=evidence)


def _placement(d: Detection) -> tuple:
    """What the sections are built from: the form, where each heading goes and what opens, ends or answers them."""
    return (d.profile.id, d.assigned, d.unheaded, d.ends, d.from_header, d.also,
            [(c.index, c.text, c.inline, c.printed, c.strong) for c in d.candidates])


_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_SURNAME = re.compile(r"^[A-Za-z][A-Za-z'\-]+$")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_PARENTS = frozenset({"parent", "mother", "father", "stepfather", "stepmother", "carer"})
_PROSE = (BlockKind.paragraph, BlockKind.list_item)
# A name the prose gives a person: after a word in lower case, not the first of a name of several words ("and Leanne
# said", not "the Safer Futures team" or "Team Manager").
_MID_SENTENCE = re.compile(r"\b[a-z]+,? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['\u2019]?\s+[A-Z])")


def _named(facts: Facts, document: Document) -> Named:
    """The children's first names; the surnames of the children and of the adults the report calls their parents,
    carers or a parent's partner, and those adults' first names; the titled names of the other relatives ("mrs
    beddoes") and their first names; and the names the report's prose gives people."""
    parents = [p.name for p in facts.family if p.relation in _PARENTS or "partner" in p.relation]
    others = [p.name.lower().replace(".", "").split() for p in facts.family if p.name not in parents]
    relatives = (p.name.split()[0] for p in facts.family if p.name not in parents and p.name.split())
    return Named(children=_child_names(facts),
                 surnames=frozenset(w[-1].lower() for n in [*(c.name for c in facts.children), *parents]
                                    if n and len(w := n.split()) > 1 and _SURNAME.match(w[-1])),
                 others=frozenset(f"{w[0]} {w[-1]}" for w in others if len(w) > 1 and w[0] in _TITLES),
                 parents=frozenset(w[0] for n in parents if n and len(w := n.split()) > 1 and _NAME.match(w[0])
                                   and w[0].lower() not in _TITLES),
                 relatives=frozenset(relatives),
                 people=frozenset(n for b in document.blocks if b.kind in _PROSE
                                  for n in _MID_SENTENCE.findall(b.text)))


def _child_names(facts: Facts) -> frozenset[str]:
    """The names a heading may call the subject children by: each first name, and one in brackets ("Jessica (Jess)
    Thornton")."""
    words = (w.strip("()") for c in facts.children if c.name for i, w in enumerate(c.name.split())
             if i == 0 or w.startswith("("))
    return frozenset(w for w in words if _NAME.match(w))
