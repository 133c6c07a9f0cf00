"""Word comments: the feedback written into a copy of the author's own report, where each point applies.

One summary comment at the start (the pre-grade and what to fix first), one comment per weak criterion at the words
it judged or, when something is missing, at the heading (or form answer cell) of the section where it belongs, and
one comment per located finding. The source file is only read; the copy is written beside it in one step, so a
failed save never leaves half a file.
"""

from __future__ import annotations

import io
import os
import tempfile
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml.etree import XMLSyntaxError

from ..errors import CORRUPT, ReportError
from ..parse.docx_package import Package
from ..parse.limits import Limits
from ..result import CRITERIA, CRITERION_TITLES, Finding, Location, Result
from ..structure.model import Structure

AUTHOR = "reportcheck"
INITIALS = "RC"
FIX_FIRST = 3  # how many points the summary asks the author to fix first

STATUS_WORDS = {"not_met": "not met", "partial": "partly met"}
WEAK = tuple(STATUS_WORDS)
_TEXT_BOX_STEP = "/txbx["  # the anchor step into a text box (parse.docx_reader)
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAIN_TYPES = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                     b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                     b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")

# What to do, for a weak criterion whose findings carry no suggestion of their own.
ADVICE = {
    "required_sections": "Complete every section of the form with what your agency knows; where a section does not "
                         "apply, say why in a sentence.",
    "child_voice": "Record each child's views, wishes and feelings in their own words or, for a baby or a child who "
                   "does not speak, what you observed of them and of how they are with their parents or carers.",
    "father_involvement": "Name the child's father and any man in the household, and record how he is involved and "
                          "what he says, or why he is absent and what was done to reach him.",
    "analysis": "Explain what the information means for the child's safety, weigh the worries against the "
                "strengths, and give your professional view of what will happen if nothing changes.",
    "shared_with_parents": "Record when and how the report was shared with each parent or carer before the "
                           "conference, or the safeguarding reason it was not.",
}

# Where a criterion's missing content belongs: section roles, most likely first.
CRITERION_ROLES = {
    "child_voice": ("child_views",),
    "father_involvement": ("parent_views", "household", "parenting"),
    "analysis": ("analysis",),
    "shared_with_parents": ("sharing", "parent_views"),
}


@dataclass(frozen=True)
class PlannedComment:
    block: int  # index into the document's body blocks: the paragraph the comment is anchored to
    text: str


def annotate_docx(source: Path, destination: Path, result: Result, structure: Structure, *,
                  limits: Limits | None = None) -> int:
    """Write a copy of the Word report `source` to `destination` with the result's feedback as comments.

    Returns the number of comments written. `source` is never modified; `destination` is replaced if it exists.
    Raises `ReportError` when the package fails the reading checks within `limits`.
    """
    from ..parse.docx_reader import resolve_anchor

    source, destination = Path(source), Path(destination)
    if destination.resolve() == source.resolve():
        raise ValueError("the annotated copy must not replace the report it was made from")
    word = _open(source, limits)
    planned = plan_comments(result, structure)
    # Word ignores a comment inside a text box, so such a comment goes on the paragraph that holds the box.
    anchors = {p.block: structure.document.blocks[p.block].anchor.split(_TEXT_BOX_STEP, 1)[0] for p in planned}
    runs = {}  # taken before any comment is added, so a later comment does not wrap an earlier one's marker
    for anchor in set(anchors.values()):
        paragraph = resolve_anchor(word, anchor)
        runs[anchor] = paragraph.runs or [paragraph.add_run()]
    for comment in planned:
        word.add_comment(runs[anchors[comment.block]], text=comment.text, author=AUTHOR, initials=INITIALS)
    _save(word, destination, like=source)
    return len(planned)


def plan_comments(result: Result, structure: Structure) -> list[PlannedComment]:
    """The comments for a result, in the order they are written: summary, weak criteria, then other findings."""
    first = _first_anchored(structure)
    if first is None:
        return []
    planned = [PlannedComment(first, summary_text(result, structure))]
    said: set[tuple[int | None, str]] = set()  # (block, finding message) already in a comment there
    for name in CRITERIA:
        criterion = result.criteria.get(name)
        if criterion is None or criterion.status not in WEAK:
            continue
        findings = [f for f in result.findings if f.criterion == name]
        places = [_place(structure, f.location) for f in findings]
        where = _usable(structure, [*(_index(e.location) for e in criterion.evidence),
                                    *(_index(f.location) for f in findings), *_section_blocks(structure, name)])
        where = first if where is None else where
        # When the findings point at several places (each empty section, say), this comment keeps what applies
        # here and each of the others gets its own comment where it applies.
        spread = len(set(places) - {None}) > 1
        away = [spread and place not in (None, where) for place in places]
        elsewhere = [f for f, is_away in zip(findings, away) if is_away]
        here = [f for f, is_away in zip(findings, away) if not is_away]
        reasons = [r for r in criterion.reasons if not any(r.startswith(f.message.rstrip(".")) for f in elsewhere)]
        text = criterion_text(name, criterion.status, reasons, here)
        if elsewhere:
            text += (f"\nThis check found {len(elsewhere)} more {'point' if len(elsewhere) == 1 else 'points'} of "
                     "this kind; each has its own comment where it applies.")
        planned.append(PlannedComment(where, text))
        said.update((place, f.message) for f, place, is_away in zip(findings, places, away) if not is_away)
    for finding in result.findings:
        where = _place(structure, finding.location)
        if where is not None and (where, finding.message) not in said:
            said.add((where, finding.message))
            planned.append(PlannedComment(where, finding_text(finding)))
    return planned


def summary_text(result: Result, structure: Structure) -> str:
    """The pre-grade, what to fix first and the points that have no place of their own in the report."""
    lines = [f"reportcheck pre-grade: {result.grade or 'not graded'}. This is a suggestion to help you improve the "
             "report before it is sent; the people at the conference make the final judgement."]
    weak = _fix_first(result)
    if weak:
        lines.append("Fix first:")
        for number, name in enumerate(weak[:FIX_FIRST], start=1):
            criterion = result.criteria[name]
            reason = f" {criterion.reasons[0]}" if criterion.reasons else ""
            lines.append(f"{number}. {CRITERION_TITLES.get(name, name)} ({STATUS_WORDS[criterion.status]}).{reason}")
        lines.append("Each point has its own comment where it applies in the report.")
    else:
        lines.append("The five core checks found nothing missing.")
    unplaced = [f for f in result.findings if f.criterion not in weak and _place(structure, f.location) is None]
    if unplaced:
        lines.append("Also check:")
        lines.extend(f"- {_sentence(f.message)} {_sentence(f.suggestion)}".rstrip() for f in unplaced)
    return "\n".join(lines)


def criterion_text(name: str, status: str, reasons: list[str], findings: list[Finding]) -> str:
    """What is weak about one criterion and what to do about it."""
    lines = [f"{CRITERION_TITLES.get(name, name)}: {STATUS_WORDS[status]}."]
    lines.extend(_sentence(r) for r in _unique(reasons))
    said = " ".join(lines)
    suggestions = _unique([f.suggestion for f in findings]) or [ADVICE.get(name, "")]
    lines.extend(f"What to do: {_sentence(s)}" for s in suggestions if s and _sentence(s) not in said)
    return "\n".join(lines)


def finding_text(finding: Finding) -> str:
    text = _sentence(finding.message)
    if finding.suggestion.strip():
        text += f"\nWhat to do: {_sentence(finding.suggestion)}"
    return text


def _fix_first(result: Result) -> list[str]:
    """Weak criteria, most urgent first: not met before partly met, then those the grade reasons name first."""
    def rank(name: str) -> tuple[int, int, int]:
        named = [i for i, reason in enumerate(result.grade_reasons) if name in reason]
        return (result.criteria[name].status != "not_met", named[0] if named else len(result.grade_reasons),
                CRITERIA.index(name) if name in CRITERIA else len(CRITERIA))
    return sorted((n for n, c in result.criteria.items() if c.status in WEAK), key=rank)


def _section_blocks(structure: Structure, name: str) -> list[int | None]:
    """Headings of the sections where a criterion's missing content belongs (unfilled sections, for the form)."""
    if name == "required_sections":
        sections = [s for s in structure.sections if s.status != "present"]
    else:
        sections = [s for role in CRITERION_ROLES.get(name, ()) for s in structure.by_role(role)]
    return [s.heading_block for s in sections]


def _usable(structure: Structure, candidates: list[int | None]) -> int | None:
    """The first candidate block that can carry a comment; a form's label gives way to the cell answering it."""
    blocks = structure.document.blocks
    for index in candidates:
        if index is None or not 0 <= index < len(blocks):
            continue
        for choice in (_answer_cell(structure, index), index):
            if choice is not None and blocks[choice].anchor:
                return choice
    return None


def _answer_cell(structure: Structure, index: int) -> int | None:
    """The cell where the author answers a form label: its pair or, for a heading in a table cell that the reader
    did not pair, the next cell of its row."""
    blocks = structure.document.blocks
    block = blocks[index]
    if block.role == "label":
        return block.pair
    if block.kind != "table_cell" or index not in structure.headings or index + 1 >= len(blocks):
        return None
    here, there = block.location, blocks[index + 1].location
    same_row = blocks[index + 1].kind == "table_cell" and (there.table, there.row) == (here.table, here.row)
    return index + 1 if same_row and there.column == (here.column or 0) + 1 else None


def _place(structure: Structure, location: Location | None) -> int | None:
    return _usable(structure, [_index(location)])


def _first_anchored(structure: Structure) -> int | None:
    return next((i for i, b in enumerate(structure.document.blocks) if b.anchor), None)


def _index(location: Location | None) -> int | None:
    return None if location is None or location.paragraph is None else location.paragraph - 1


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".?!)\"'" else text + "."


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i.strip()))


def _open(source: Path, limits: Limits | None):
    """The report as python-docx opens it, every part through the reader's safety checks first.

    A Strict Open XML package is mapped to the usual namespaces, a macro-enabled document or a template is declared
    a plain document, and any macros are dropped, so the copy is always a plain Word document (.docx).
    """
    import docx

    data = source.read_bytes()
    package = Package(data, limits or Limits())  # refuses zip bombs and damaged archives
    plain = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as copy:
            for member in archive.infolist():
                if member.filename.endswith((".xml", ".rels")):
                    content = package.content(member.filename)  # refuses entity tricks; maps Strict namespaces
                    if member.filename == "[Content_Types].xml":
                        for kind in _OTHER_MAIN_TYPES:
                            content = content.replace(kind, _DOCUMENT_TYPE)
                else:
                    content = archive.read(member)
                copy.writestr(member, content)
        word = docx.Document(plain)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, XMLSyntaxError):
        raise ReportError(CORRUPT, "this Word file is damaged or incomplete: comments cannot be added to it") \
            from None
    for rid, relationship in list(word.part.rels.items()):
        if relationship.reltype.endswith("/vbaProject"):
            word.part.drop_rel(rid)
    return word


def _save(word, destination: Path, like: Path) -> None:
    """Save beside `destination` and move into place, with the permissions of the report `like`."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".docx", prefix=".reportcheck-", dir=destination.parent)
    os.close(handle)
    try:
        word.save(temporary)
        shutil.copymode(like, temporary)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
