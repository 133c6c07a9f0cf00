"""Build small Structures and Results by hand, for the grade, secondary-check and render tests."""

from __future__ import annotations

from reportcheck.document import Block, BlockKind, Document, Location, Source
from reportcheck.result import CRITERIA, Criterion, Evidence, Facts, Finding, Result, SourceInfo, TemplateInfo
from reportcheck.result import Location as ResultLocation
from reportcheck.structure.model import Section, Structure, TemplateMatch

P8 = [("involvement", "involvement", "Details of service involvement"),
      ("child_development", "child_development", "Child's health and development"),
      ("parenting", "parenting", "Capacity of the parents/carers to safeguard and promote the child's welfare"),
      ("family_environment", "family_environment", "Family and environmental factors"),
      ("analysis", "analysis", "Analysis of implications for the child's future safety, health and development"),
      ("parent_views", "parent_views", "Parent/carer views"),
      ("child_views", "child_views", "Child/ren's views"),
      ("plan", "plan", "Need identified and service provision")]


def structure(content: dict[str, list[str] | None], *, facts: Facts | None = None, agency: str = "school_primary",
              layout=P8, profile: str = "p8", preamble: tuple[str, ...] = (), furniture: tuple[str, ...] = (),
              page: int = 1) -> Structure:
    """A Structure whose sections follow `layout`; `content[id]` is the section's paragraphs ([] empty, None or
    absent missing)."""
    blocks: list[Block] = []
    block_section: list[str | None] = []
    headings: list[int] = []
    sections: list[Section] = []

    def add(kind: BlockKind, text: str, section: str | None) -> int:
        blocks.append(Block(kind=kind, text=text, location=Location(page=page, paragraph=len(blocks) + 1)))
        block_section.append(section)
        return len(blocks) - 1

    for text in preamble:
        add(BlockKind.paragraph, text, None)
    for section_id, role, title in layout:
        paragraphs = content.get(section_id)
        if paragraphs is None:
            sections.append(Section(id=section_id, title=title, role=role, required=True, status="missing"))
            continue
        heading = add(BlockKind.heading, title, section_id)
        headings.append(heading)
        body = [add(BlockKind.paragraph, p, section_id) for p in paragraphs]
        sections.append(Section(id=section_id, title=title, role=role, required=True,
                                status="present" if body else "empty", heading_block=heading, content_blocks=body,
                                words=sum(len(p.split()) for p in paragraphs),
                                empty_reason=None if body else "blank"))
    document = Document(source=Source(path="report.txt", format="txt", sha256="0" * 64, size=1), blocks=blocks,
                        furniture=[Block(kind=BlockKind.paragraph, text=t, location=Location()) for t in furniture])
    return Structure(document=document, template=TemplateMatch(id=profile, confidence=0.9, checked_against=profile),
                     sections=sections, block_section=block_section, guidance=[False] * len(blocks),
                     headings=headings, facts=facts or Facts(), agency=agency)


def criteria(**statuses: str) -> dict[str, Criterion]:
    """All five criteria met, except those named: `child_voice="partial:No words for Cody (2)."`."""
    out = {}
    for name in CRITERIA:
        status, _, reason = statuses.get(name, "met").partition(":")
        out[name] = Criterion(status=status, reasons=[reason] if reason else [])
    return out


def result(grade: str | None = "adequate", **statuses: str) -> Result:
    """A graded result with one quoted piece of evidence and two findings."""
    crit = criteria(**statuses)
    crit["child_voice"].evidence.append(Evidence(
        quote='Bella said "I like it when Mum <b>reads</b> to me."',
        location=ResultLocation(section="child_views", page=2, paragraph=33)))
    return Result(
        source=SourceInfo(path="in/report.docx", format="docx", sha256="ab" * 32),
        template=TemplateInfo(id="p8", confidence=0.93, checked_against="p8"), agency="school_primary",
        facts=Facts(), criteria=crit, grade=grade, grade_reasons=["child_voice is partial: No words for Cody (2)."],
        findings=[
            Finding(rule="RC-VOICE-001", criterion="child_voice", severity="error",
                    message="Nothing records Cody's own views, wishes or feelings, or an observation of them.",
                    suggestion="Add what Cody said about home, school and the worries, in their own words.",
                    location=ResultLocation(section="child_views", page=2, paragraph=31)),
            Finding(rule="RC-PLAIN-001", criterion=None, severity="info",
                    message="CAMHS is used without being explained the first time it appears.",
                    suggestion="Write it out the first time.", quote="Ruby was referred to CAMHS in May.",
                    location=ResultLocation(section="child_development", page=1, paragraph=9)),
        ])
