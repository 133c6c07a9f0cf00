"""Build an annotated report at the structure seam, so each criterion is tested on sentences written for it."""

from __future__ import annotations

from datetime import date

from reportcheck.annotate import Annotated, annotate
from reportcheck.document import Block, BlockKind, Document, Location, Source
from reportcheck.result import ChildFacts, Facts, Person
from reportcheck.structure.model import Section, Structure, TemplateMatch

ROLE_TITLES = {
    "involvement": "Details of service involvement",
    "child_development": "Child's health and development",
    "analysis": "Analysis",
    "parent_views": "Parent/carer views",
    "child_views": "Child/ren's views",
    "sharing": "Date report shared with parents",
    "plan": "Need identified and service provision",
}


def report(sections: dict[str, list[str] | str], *, children: list[ChildFacts] | None = None,
           family: list[Person] | None = None, conference: date | None = None,
           shared: date | None = None, guidance: dict[str, str] | None = None) -> Annotated:
    """A report whose sections (keyed by role) hold the given paragraphs; `guidance` adds the form's prompt text."""
    blocks: list[Block] = []
    block_section: list[str | None] = []
    is_guidance: list[bool] = []
    headings: list[int] = []
    built: list[Section] = []
    for role, paragraphs in sections.items():
        paragraphs = [paragraphs] if isinstance(paragraphs, str) else paragraphs
        heading = len(blocks)
        blocks.append(Block(kind=BlockKind.heading, text=ROLE_TITLES.get(role, role), level=1,
                            location=Location(paragraph=heading + 1, page=1)))
        headings.append(heading)
        block_section.append(role)
        is_guidance.append(False)
        if guidance and role in guidance:
            blocks.append(Block(kind=BlockKind.paragraph, text=guidance[role],
                                location=Location(paragraph=len(blocks) + 1, page=1)))
            block_section.append(role)
            is_guidance.append(True)
        content = []
        for text in paragraphs:
            content.append(len(blocks))
            blocks.append(Block(kind=BlockKind.paragraph, text=text, location=Location(paragraph=len(blocks) + 1, page=1)))
            block_section.append(role)
            is_guidance.append(False)
        words = sum(len(p.split()) for p in paragraphs)
        built.append(Section(id=role, title=ROLE_TITLES.get(role, role), role=role, required=True,
                             status="present" if words else "empty", heading_block=heading,
                             content_blocks=content, words=words))
    document = Document(source=Source(path="test.txt", format="txt", sha256="0" * 64, size=1), blocks=blocks)
    structure = Structure(
        document=document, template=TemplateMatch(id="p8", confidence=1.0, checked_against="p8"),
        sections=built, block_section=block_section, guidance=is_guidance, headings=headings,
        facts=Facts(children=children or [], family=family or [], conference_date=conference, shared_date=shared),
        agency="school_primary",
    )
    return annotate(structure)
