"""Secondary checks (DOMAIN.md): timeliness, each child's date last seen, identity and language, previous
involvement, acronyms explained at first use, author/role/agency/date, and Signs of Safety scaling.

They give findings only; the grade moves on them only when the rubric names their rules. Phrases and thresholds
live in rules/packs/secondary.yaml. Only the author's words count: they read the annotate stage's sentences, which
leave out headings and the form's guidance.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from ..annotate import Annotated
from ..result import Finding, Location
from ..rulepack import registry
from ..structure.dates import bank_holidays as _bank_holidays, find_dates

PACK = "secondary"
_NOT_A_SCORE = r"(?![\s-]*(?:years?|months?|weeks?|days?|%|am|pm|:))"
_SCORE = re.compile(  # "4/10", "4 out of 10", "I would scale this at 4", "it is a 5", or a section opening "5."
    rf"\b(?P<n>10|[0-9])\s*(?:/\s*10|out of (?:10|ten)|on the (?:safety )?scale)"
    rf"|\b(?:scaled?|scaling|rated?|scored?|score of|at a|at|is a|it's a)\s+(?:(?:it|this|the situation|safety)\s+)?"
    rf"(?:as\s+|at\s+)?(?:an?\s+)?(?P<m>10|[0-9])\b{_NOT_A_SCORE}"
    rf"|^\s*(?P<k>10|[0-9])\s*[.:)\-]?\s*$",
    re.IGNORECASE)


def evaluate(annotated: Annotated, config=None, *, today: date | None = None) -> list[Finding]:
    """The secondary findings for one report (rules the configuration disables are left out)."""
    report = _Report(annotated)
    today = today or date.today()
    findings = [*_timeliness(report, today), *_last_seen(report, today), *_identity(report), *_involvement(report),
                *_acronyms(report), *_sign_off(report), *_scaling(report)]
    disabled = set(config.disabled_rules) if config is not None else set()
    return [f for f in findings if f.rule not in disabled]


class _Report:
    """The author's blocks of one report, with their sentences (block index, text) as the annotate stage split them."""

    def __init__(self, annotated: Annotated):
        self.structure = annotated.structure
        self.sentences = [(s.block, s.text) for s in annotated.sentences]
        self.content = list(dict.fromkeys(b for b, _ in self.sentences))
        self.padded = [_padded(s) for _, s in self.sentences]

    def text(self, blocks: list[int] | None = None) -> str:
        return "\n".join(self.structure.document.blocks[i].text for i in (self.content if blocks is None else blocks))

    def answered_labels(self) -> str:
        """Form labels whose answer cell is filled in ("Ethnicity" beside "Polish"): the label says what is recorded."""
        blocks = self.structure.document.blocks
        return "\n".join(b.text for b in blocks if b.role == "label" and b.pair is not None
                         and blocks[b.pair].text.strip() and not self.structure.guidance[b.pair])

    def section_location(self, role: str) -> Location | None:
        section = next(iter(self.structure.by_role(role)), None)
        if section is None:
            return None
        if section.heading_block is None:
            return Location(section=section.id)
        return self.structure.location(section.heading_block)


_WORD = re.compile(r"[a-z0-9&']+")


def _normal(text: str) -> str:
    """Lower-case words separated by single spaces: "Multi-Agency  Hub," -> "multi agency hub"."""
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


def _padded(text: str) -> str:
    return f" {_normal(text)} "


@lru_cache(maxsize=None)
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(_padded(p) for p in registry().packs[PACK].lexicon[name])


def _has(name: str, padded: str) -> bool:
    """Whether `padded` (see `_padded`) holds a whole-word phrase of the pack's list `name`; plain substring tests
    on normalised text are many times faster than one regular expression of alternatives."""
    return any(p in padded for p in _phrases(name))


def _setting(name: str):
    return registry().setting(PACK, name)


def _finding(rule: str, location: Location | None = None, quote: str | None = None, **values) -> Finding:
    return registry().finding(rule, location=location, quote=quote, **values)


def _quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _uk(day: date) -> str:
    return day.strftime("%d/%m/%Y")


# Timeliness ------------------------------------------------------------------------------------------------------

def working_days_before(report: date, conference: date) -> int:
    """Working days from the report date up to (not including) the conference date, in England and Wales:
    weekends and bank holidays (Christmas, Boxing Day, Easter Monday, substitute days...) do not count."""
    if report >= conference:
        return 0
    closed = _bank_holidays(report.year, conference.year)
    days = (conference - report).days
    return sum(1 for n in range(days) if (d := report + timedelta(n)).weekday() < 5 and d not in closed)


def _is_review(report: _Report) -> bool:
    """A review conference, when the report's title or page header says so (not a mention of a future review)."""
    document = report.structure.document
    opening = "\n".join(b.text for b in [*document.furniture, *document.blocks[:6]])
    return _has("review_conference", _padded(opening)) and "initial" not in opening.lower()


def _timeliness(report: _Report, today: date) -> list[Finding]:
    facts = report.structure.facts
    if facts.report_date is None:
        return []  # RC-AUTH-001 names the missing date
    if facts.report_date > today:
        return [_finding("RC-TIME-003", report_date=_uk(facts.report_date))]
    if facts.conference_date is None:
        return [_finding("RC-TIME-002")]
    review = _is_review(report)
    needed = int(_setting("review_working_days" if review else "initial_working_days"))
    days = working_days_before(facts.report_date, facts.conference_date)
    if days >= needed:
        return []
    if facts.report_date > facts.conference_date:
        when = "after"
    elif facts.report_date == facts.conference_date:
        when = "on the day of"
    else:
        when = f"only {days} working day{'s' if days != 1 else ''} before"
    return [_finding("RC-TIME-001", report_date=_uk(facts.report_date), when=when,
                     kind="review" if review else "initial", conference_date=_uk(facts.conference_date),
                     needed=needed)]


# Each child's date last seen ---------------------------------------------------------------------------------------

def _last_seen(report: _Report, today: date) -> list[Finding]:
    children = [c for c in report.structure.facts.children if not c.unborn]
    names = [c.name for c in children]
    if not names:
        names = [None]
    latest = report.structure.facts.report_date or today
    first_names: dict[str, list[int]] = {}
    for n, name in enumerate(names):
        if name:
            first_names.setdefault(name.split()[0], []).append(n)
    mention = re.compile(r"\b(?:" + "|".join(map(re.escape, first_names)) + r")\b") if first_names else None
    seen: set[int] = set()
    last_named: list[int] = []
    previous_block = None
    for (block, sentence), padded in zip(report.sentences, report.padded):
        if block != previous_block:
            last_named, previous_block = [], block
        if len(names) == 1 or _has("all_children", padded):
            named = list(range(len(names)))
        else:
            named = [n for first in mention.findall(sentence) for n in first_names[first]] if mention else []
        named = named or last_named  # "She was last seen ..." after a sentence about her
        last_named = named
        if _is_seen(sentence, padded, latest) or _has("not_seen", padded):
            seen.update(named)
    where = report.section_location("involvement")
    return [_finding("RC-SEEN-001", location=where, child=name or "the child")
            for n, name in enumerate(names) if n not in seen]


def _is_seen(sentence: str, padded: str, latest: date) -> bool:
    """A sentence recording a past sighting with its date; planned visits and dates after the report do not count."""
    if not _has("seen", padded):
        return False
    if _has("not_yet", padded) and " last seen " not in padded:
        return False
    return any(d <= latest for d, _, _ in find_dates(sentence))


# Identity, culture and language ----------------------------------------------------------------------------------

def _identity(report: _Report) -> list[Finding]:
    text = report.text() + "\n" + report.answered_labels()
    padded = _padded(text)
    identity = _has("identity", padded)
    language = _has("language", padded)
    if not identity and not language:
        return [_finding("RC-ID-001", location=report.section_location("household"))]
    if not language:
        return [_finding("RC-ID-002", location=report.section_location("household"))]
    return []


# Previous and current involvement ----------------------------------------------------------------------------------

def _involvement(report: _Report) -> list[Finding]:
    sections = report.structure.by_role("involvement")
    if sections:
        blocks = [i for s in sections if s.status == "present" for i in s.content_blocks]
        label = f"the '{sections[0].title}' section"
    else:
        blocks, label = report.content, "the report"
    text = report.text(blocks)
    if blocks and (_has("involvement_history", _padded(text)) or len(list(find_dates(text))) >= 2):
        return []  # said in words, or set out as a chronology of dated contacts
    return [_finding("RC-HIST-001", location=report.section_location("involvement"), section=label)]


# Acronyms ---------------------------------------------------------------------------------------------------------

_CAPITALS = re.compile(r"(?<![\w&])[A-Z][A-Z&]{1,7}(?![\w&])")  # one pass finds every candidate acronym


@lru_cache(maxsize=1)
def _acronym_table() -> dict[str, tuple[str, ...]]:
    """Each listed acronym with its long forms, normalised."""
    lexicon = registry().packs[PACK].lexicon
    return {key.removeprefix("acronym."): tuple(_normal(x) for x in longs)
            for key, longs in lexicon.items() if key.startswith("acronym.")}


def _acronyms(report: _Report) -> list[Finding]:
    """Each listed acronym whose first use in the sections (not the header's form fields) is not explained: by its
    long form before it (the header included) or later in the same sentence, or by words in brackets right after it
    whose initials spell it ("MAPPA (the multi-agency arrangements for managing people who pose a risk)")."""
    in_header = [report.structure.block_section[b] is None for b, _ in report.sentences]
    header = _normal(" ".join(s for (_, s), h in zip(report.sentences, in_header) if h))
    sentences = [bs for bs, h in zip(report.sentences, in_header) if not h]
    starts, offset = [], 0
    for _, sentence in sentences:
        starts.append(offset)
        offset += len(sentence) + 1
    text = "\n".join(s for _, s in sentences)
    table = _acronym_table()
    first_uses: dict[str, re.Match] = {}
    for match in _CAPITALS.finditer(text):
        if match.group() in table:
            first_uses.setdefault(match.group(), match)
    findings = []
    for acronym, first in first_uses.items():
        longs = table[acronym]
        n = bisect_right(starts, first.start()) - 1
        before = header + " " + _normal(text[:first.start()])
        after = text[first.end():starts[n] + len(sentences[n][1])]
        if any(long in before or long in _normal(after) for long in longs) or _spelled_out(acronym, after):
            continue
        block, sentence = sentences[n]
        findings.append(_finding("RC-PLAIN-001", location=report.structure.location(block), quote=_quote(sentence),
                                 acronym=acronym, long=registry().packs[PACK].lexicon[f"acronym.{acronym}"][0]))
    return findings


def _spelled_out(acronym: str, after: str) -> bool:
    """Words in brackets straight after the acronym whose initials contain its letters in order."""
    bracket = re.match(r"\s*\(([^)]*)\)", after)
    if bracket is None:
        return False
    initials = iter(w[0] for w in _normal(bracket.group(1)).split())
    letters = [c for c in acronym.lower() if c.isalpha()]
    return len(bracket.group(1).split()) >= len(letters) and all(c in initials for c in letters)


# Author, role, agency and date ------------------------------------------------------------------------------------

def _sign_off(report: _Report) -> list[Finding]:
    facts = report.structure.facts
    missing = [what for what, known in (("the author's name", facts.author), ("the author's role", facts.role),
                                         ("the agency", report.structure.agency not in (None, "", "unknown")),
                                         ("the date of the report", facts.report_date)) if not known]
    if not missing:
        return []
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
    return [_finding("RC-AUTH-001", missing=listed)]


# Signs of Safety scaling ------------------------------------------------------------------------------------------

def _scaling(report: _Report) -> list[Finding]:
    sections = report.structure.by_role("scaling")
    if not sections:
        return []  # only Signs of Safety forms ask for a scale
    blocks = set(i for s in sections if s.status == "present" for i in s.content_blocks)
    sentences = [(b, s) for b, s in report.sentences if b in blocks]
    for n, (block, sentence) in enumerate(sentences):
        score = _SCORE.search(sentence)
        if score is None:
            continue
        rest = " ".join([sentence[score.end():], *(s for _, s in sentences[n + 1:])])
        if _has("scaling_reason", _padded(rest)):
            return []
        return [_finding("RC-SCALE-002", location=report.structure.location(block), quote=_quote(sentence),
                         score=score.group("n") or score.group("m") or score.group("k"))]
    return [_finding("RC-SCALE-001", location=report.section_location("scaling"))]
