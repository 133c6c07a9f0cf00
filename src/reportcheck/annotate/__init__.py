"""Annotate the author's words: one spaCy Doc of the report body, split into sentences that know their block,
section and matches.

Only the author's content goes in: headings, form labels and the form's printed guidance are left out, so a prompt
such as "Please record the child's views" can never count as evidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..result import Location
from ..structure.model import Structure
from . import spacy_cli

spacy_cli.defer()  # before spaCy is first imported (the imports below): see spacy_cli

from spacy.attrs import IDX  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from .lexicon import Hit  # noqa: E402
from .pipeline import pipeline  # noqa: E402

__all__ = ["Annotated", "Hit", "Sentence", "annotate"]


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # token index in the doc
    end: int
    text: str
    block: int  # body block index
    section: str | None  # section id
    role: str | None  # the section's role (structure.model.ROLES)
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # token spans of quotations

    def has(self, label: str, *, asserted: bool = False) -> bool:
        return any(h.asserted for h in self.hits.get(label, ())) if asserted else label in self.hits

    def get(self, label: str) -> list[Hit]:
        return self.hits.get(label, [])

    def short(self, limit: int = 120) -> str:
        """The sentence cut to `limit` characters, for a message; the full text goes in the quote."""
        return self.text if len(self.text) <= limit else self.text[: limit - 1].rstrip() + "…"


@dataclass
class Annotated:
    structure: Structure
    doc: Doc
    sentences: list[Sentence]
    words: list[str]  # every token's lower-case text, read once: criteria look up words, not spaCy Tokens
    texts: list[str]  # every token's text as written
    memo: dict = field(default_factory=dict)  # what several criteria derive from the same report (children, fathers)

    def lower(self, sentence: Sentence) -> list[str]:
        return self.words[sentence.start:sentence.end]

    def location(self, sentence: Sentence) -> Location:
        return self.structure.location(sentence.block)

    def in_role(self, *roles: str) -> list[Sentence]:
        return [s for s in self.sentences if s.role in roles]

    def heading_location(self, role: str) -> Location | None:
        """Where something missing belongs: the heading of the first section with `role`, when the form has one."""
        for section in self.structure.by_role(role):
            if section.heading_block is not None:
                return self.structure.location(section.heading_block)
        return None


def author_blocks(structure: Structure) -> list[int]:
    """The blocks holding the author's words: a section's content always (a line such as "5. Both parents are
    engaging..." may also have been taken for a heading), anything else unless it is a heading or the form's
    guidance."""
    sections = {i for s in structure.sections for i in s.content_blocks}
    headings = set(structure.headings)
    return [i for i, block in enumerate(structure.document.blocks) if block.text.strip()
            and (i in sections or (i not in headings and not structure.guidance[i]))]


def annotate(structure: Structure, *, model: str | None = None) -> Annotated:
    document = structure.document
    parts: list[str] = []
    block_starts: list[int] = []
    block_ids: list[int] = []
    offset = 0
    for i in author_blocks(structure):
        block = document.blocks[i]
        block_starts.append(offset)
        block_ids.append(i)
        parts.append(block.text)
        offset += len(block.text) + 2
    text = "\n\n".join(parts)
    doc = pipeline(model)(text)
    roles = {s.id: s.role for s in structure.sections}
    texts = doc.user_data["rc_texts"]  # read once by rc_sentences, as are the sentence starts
    starts = doc.user_data["rc_sent_starts"]
    chars = doc.to_array(IDX).tolist()  # each token's offset in `text`: no Span or Token objects are made

    sentences: list[Sentence] = []
    for n, (start, end) in enumerate(zip(starts, [*starts[1:], len(doc)])):
        first, last = chars[start], chars[end - 1] + len(texts[end - 1])
        block = block_ids[bisect_right(block_starts, first) - 1] if block_ids else 0
        section = structure.block_section[block] if block_ids else None
        sentences.append(Sentence(n, start, end, text[first:last].strip(), block, section, roles.get(section)))
    for hit in doc.user_data.get("rc_hits", ()):
        if not hit.label.startswith("context."):
            sentences[bisect_right(starts, hit.start) - 1].hits.setdefault(hit.label, []).append(hit)
    for q in doc.user_data.get("rc_quotes", ()):
        sentences[bisect_right(starts, q[0]) - 1].quotes.append(q)
    return Annotated(structure, doc, sentences, [t.lower() for t in texts], texts)
