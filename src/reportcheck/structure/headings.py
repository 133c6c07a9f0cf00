"""Heading recognition: which blocks are headings, whatever the layout, and which profile section each one names.

A heading may be a Word heading style, a Markdown heading, a PDF line in a larger font, a bold or capitalised short
paragraph, a numbered line ("7)", "Section 7 -"), the left cell of a two-column form row, or a short "Label:" line.
Wording varies, so a heading is matched to a section on its meaning-bearing words (normalise.heading_key): exactly,
by containing all of a wording's words, or by fuzzy similarity (rapidfuzz).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..document import Block, BlockKind
from .normalise import NUMBERING, flat, heading_key, heading_keys, strip_numbering
from .profiles import Profile

STRONG_MIN = 78  # score a layout-marked heading needs to name a section
WEAK_MIN = 90  # score a plain short paragraph needs (it may just be a short sentence)
_MAX_WORDS = 16
_QUESTION_WORDS = 24  # a form's printed question or title runs longer than a heading: "3. What is your view of ...?"
_MAX_CHARS = 140
_LABEL_CHARS = 71
_INLINE_LABEL = re.compile(r"^([^:\n]{3,70}):\s+\S")
_SENTENCE_END = re.compile(r"[.;,]$")
_SEEN_MAX = 4096
_WRAP_LINES = 3


@dataclass(frozen=True)
class Candidate:
    """A block that may be a heading: its index, the heading line and how sure the layout makes us."""

    index: int
    text: str  # the heading as written (first line, or the part before the colon of an inline label)
    strong: bool  # marked as a heading by the layout (style, bold, capitals, numbering, form label)
    inline: bool = False  # "Label: the author's words" in one block: the rest of the block is content
    printed: bool = False  # a form label or styled heading: any further lines in the block are the form's prompt
    topic: str = ""  # the heading as matched, where it differs: the subject children's names read as "the child"
    level: int | None = None  # a styled heading's level (1 = top)

    @property
    def said(self) -> str:
        return self.topic or self.text


@dataclass
class Match:
    profile: str
    section: str
    score: float


@dataclass
class HeadingIndex:
    """Every wording of every section of a profile set, normalised once and reused for every report."""

    keys: list[str] = field(default_factory=list)
    owners: list[tuple[str, str]] = field(default_factory=list)  # (profile id, section id) per key
    exact: dict[str, list[int]] = field(default_factory=dict)
    key_words: list[frozenset[str]] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)  # word -> keys holding it
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # profile id -> its form phrases, flattened
    _seen: dict[str, list[Match]] = field(default_factory=dict)  # heading key -> its matches (forms repeat headings)

    @classmethod
    def build(cls, profiles: Sequence[Profile]) -> HeadingIndex:
        index = cls()
        for profile in profiles:
            index.cues[profile.id] = tuple(flat(cue) for cue in profile.cues)
            for section in profile.sections:
                for wording in dict.fromkeys(heading_key(w) for w in section.wordings()):
                    if not wording:
                        continue
                    index.exact.setdefault(wording, []).append(len(index.keys))
                    index.keys.append(wording)
                    index.owners.append((profile.id, section.id))
                    index.key_words.append(frozenset(wording.split()))
                    for word in wording.split():
                        index.by_word.setdefault(word, []).append(len(index.keys) - 1)
        return index

    def match(self, text: str) -> list[Match]:
        """The best score per (profile, section) that the heading `text` reaches, above the weakest threshold."""
        best: dict[tuple[str, str], Match] = {}
        for key in heading_keys(text):
            if not key or len(key) > 120:
                continue
            if key not in self._seen:
                if len(self._seen) >= _SEEN_MAX:
                    self._seen.clear()
                self._seen[key] = self._match(key)
            for m in self._seen[key]:
                owner = (m.profile, m.section)
                if owner not in best or m.score > best[owner].score:
                    best[owner] = m
        return list(best.values())

    def _match(self, key: str) -> list[Match]:
        scores: dict[tuple[str, str], float] = {}

        def keep(i: int, score: float) -> None:
            owner = self.owners[i]
            if score > scores.get(owner, 0):
                scores[owner] = score

        for i in self.exact.get(key, ()):
            keep(i, 100)
        found = set(key.split())
        for i in {i for word in found for i in self.by_word.get(word, ())}:
            wanted = self.key_words[i]
            extra = len(found - wanted)
            if wanted <= found and 0 < extra <= 3:  # "Child's views and wishes" still says "child view"
                keep(i, 92 - 4 * extra)
        for _, score, i in process.extract(key, self.keys, scorer=fuzz.token_sort_ratio, score_cutoff=STRONG_MIN,
                                           limit=None):
            keep(i, score)
        return [Match(p, s, score) for (p, s), score in scores.items()]


def candidate(index: int, block: Block) -> Candidate | None:
    """The block as a possible heading, or None when it cannot be one (long prose, an answer cell)."""
    text = block.text.strip()
    if not text or block.role == "answer":
        return None
    first = text.partition("\n")[0].strip()
    if block.kind == BlockKind.heading or block.role == "label" or _left_cell(block):
        if len(first) > 2 * _MAX_CHARS:
            return None
        return Candidate(index, first, strong=True, printed=True,
                         level=block.level if block.kind == BlockKind.heading else None)
    label = _INLINE_LABEL.match(text) if ":" in first[:_LABEL_CHARS] else None
    if label and len(label.group(1).split()) <= 8 and strip_numbering(label.group(1)):
        return Candidate(index, label.group(1).strip(), strong=False, inline=True)
    if len(first) > _MAX_CHARS:
        return None
    count = len(first.split())
    numbered = bool(block.numbering) or bool(NUMBERING.match(first)) and not first[:4].isdigit()
    marked = bool(block.bold) or _capitals(first) or numbered or first.startswith("#") or first.endswith(":")
    if count <= _MAX_WORDS and (marked or not _SENTENCE_END.search(first)):
        return Candidate(index, first, strong=marked)
    if marked and count <= _QUESTION_WORDS and (first.endswith("?") or numbered and not _SENTENCE_END.search(first)):
        # set out as the form's own question, or as its long numbered title ("3. Information and knowledge relating
        # to the capacity of the parents/carers to safeguard and promote the child's welfare")
        return Candidate(index, first, strong=True)
    return None


def wrapped(block: Block, line: str) -> list[str]:
    """A printed heading as it may wrap in a narrow cell: its first line, then its first two and three lines."""
    lines = [ln.strip() for ln in block.text.strip().splitlines()[:_WRAP_LINES]]
    return [line, *(" ".join(lines[:n]) for n in range(2, len(lines) + 1))]


def _left_cell(block: Block) -> bool:
    """The first cell of a form row, whose label may run to several lines (heading and printed prompt)."""
    return block.kind == BlockKind.table_cell and block.location.column == 1 and block.role != "answer"


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def heading_title(text: str) -> str:
    """The heading as a person reads it: Markdown marks and trailing colons removed, numbering kept."""
    return re.sub(r"^\s*#{1,6}\s*|[*_]{2,3}", "", text).strip().rstrip(":").strip()
