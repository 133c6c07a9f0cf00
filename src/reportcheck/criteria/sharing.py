"""`shared_with_parents`: the report records that it was shared with the parents/carers (how and/or when) before the
conference. Intentions ("will share"), one parent of two, or no date or means are partial; "not shared" needs a
safeguarding reason; a share dated after the conference does not count.

Each sentence about sharing the report is read for who it went to (the mother's side, the father's side, both, or
someone named), so that a parent left out, or only promised a copy, lowers the record while a parent who is absent,
unknown or kept out for a safeguarding reason does not. Sharing with a child is not sharing with the parents.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..annotate import Annotated, Hit, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from ..structure.dates import find_dates
from .father import fathers
from .father_names import FEMALE_TITLES
from .people import family_tokens, first_name

_DAY = re.compile(r"\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_MOTHER = {"mum", "mother", "mummy"} | FEMALE_TITLES
_FATHER = {"dad", "father", "mr", "stepfather", "step-father", "daddy", "partner"}
_BOTH = {"parents", "both", "carers"}
_CHILD = {"child", "children", "siblings"}
_CHILD_FIELD = re.compile(r"\b(?:child|children|young person)\b", re.I)
_PARENT_FIELD = re.compile(r"\b(?:parents?|carers?|family|mother|father)\b", re.I)
_YES = re.compile(r"^\s*(yes|y|shared|done)\b", re.I)
# A line of a sharing form: who, then when ("Ms Quinn: 09/12/2025, in person", "Mum - 14.11.25").
_DATED_ENTRY = re.compile(r"^\s*(?:mr|mrs|ms|miss|mum|dad|mother|father|[A-Z][a-z]+)\b[^:\n]{0,30}[:\-]\s*\d", re.I)
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:and|&)\s+(?:Mr\.?\s+|Ms\.?\s+)?[A-Z][a-z]+")
# A sharing-form answer that opens with the date: "03/12/2025 - Mum and Dad, at home", "3rd December, by email".
_DATED_ANSWER = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?[\s/.\-]")
_BARE_DATE = re.compile(r"^\s*[\d/.\-]+\s*$")  # "30/11/2026" alone on its line
_PLAN_REACH = 10  # tokens from "booked", "offered" to the "to" of the share it plans: "booked a visit on 9 May to"
_NO = re.compile(r"^\s*(no|not yet|n)\b", re.I)
_NOT_PEOPLE = {"the", "school", "police", "social", "children's", "conference", "a", "an", "my", "our", "his", "her",
               "their", "mr", "mrs", "ms", "miss", "dr", "mum", "dad", "date", "shared", "report", "copy", "sent"}


def evaluate(annotated: Annotated) -> tuple[Criterion, list[Finding]]:
    reg = registry()
    facts = annotated.structure.facts
    shared: list[Sentence] = []
    intended: list[Sentence] = []
    refused: list[Sentence] = []
    excused: list[Sentence] = []  # not shared with someone for a safeguarding reason, or no other parent to share with
    heads: dict[int, Sentence] = {}  # a share's clause before the tail that says who did not have it
    safety: set[int] = set()  # the excused sentences whose reason (theirs or the next sentence's) is safeguarding
    names = family_tokens(annotated)
    # the children the header names: a name guessed from the text may be a parent's
    kids = {n for c in facts.children for n in first_name(c.name or "")} | _CHILD
    adults = {n for p in facts.family for n in first_name(p.name)} - kids  # "I met with Lisa ... Jade's words"
    # "Date report shared with child": its "not shared with him" is about the child
    child_fields = {sec.id for sec in annotated.structure.sections if sec.role == "sharing"
                    and _CHILD_FIELD.search(sec.title) and not _PARENT_FIELD.search(sec.title)}
    for s in annotated.sentences:
        if not s.has("sharing.share") or s.text.endswith("?") or s.section in child_fields or any(
                h.start == s.start for h in s.get("sharing.instruction")):
            continue  # a question or the form's instruction is not a record: "Give the date and how it was shared."
        in_field = s.role == "sharing"
        words = annotated.lower(s)
        to_parent = s.has("sharing.parent") or any(w in names for w in words) or bool(_named(annotated, s)) or (
            _pronoun_a_parent(annotated, s, adults)) or any(f.names & set(words) for f in fathers(annotated))
        # "Report shared with ...", "Not shared with Mr Atkins: ...": a share with no subject is the report's own
        about_report = s.has("sharing.document") or in_field or _opens_with_share(annotated, s) or _it_the_report(
            annotated, s)
        if not about_report or not (to_parent or in_field) or _to_a_child(annotated, s, kids, adults) or (
                s.has("sharing.professional") and not to_parent):  # "shared with the social worker"
            continue
        hits = s.get("sharing.share")
        negated = any(h.negated for h in hits)
        because = [s] + ([_next(annotated, s)] if negated else [])
        reason = any(_reason(annotated, r) for r in because)
        if any(r and r.has("sharing.safeguarding_reason") for r in because):
            safety.add(s.index)
        # "A copy of this report will be shared": the copy is named before the future verb, which decides
        planned = any((h.future or h.hypothetical or _offered(annotated, s, h)) and annotated.words[h.start] != "copy"
                      for h in hits)
        # "Sharing this report: I will go through it ...": a label whose answer has its own verb shares nothing
        label = _label_end(annotated, s) if any(h.start > _label_end(annotated, s) >= 0 for h in hits) else -1
        acts = [h for h in hits if h.asserted and not _offered(annotated, s, h) and h.start > label
                and not (planned and annotated.words[h.start] == "copy")]
        if acts and _past(annotated, s):
            shared.append(s)  # "I read it to Mum ... as she does not read English": the sharing happened
            tail = _not_with(annotated, s)
            if tail:  # "Dad has seen the report but Mum has not": the tail says who did not have it
                heads[s.index] = replace(s, end=tail.start, text=annotated.doc[s.start:tail.start].text)
                reason_given = _reason(annotated, tail) or _reason(annotated, _next(annotated, s))
                (excused if reason_given else refused).append(tail)
            elif negated and reason:
                excused.append(s)  # "I read it to Mum ... not in writing, as she is in a refuge"
        elif negated:
            (excused if reason else refused).append(s)
        elif any(h.future or h.hypothetical or _offered(annotated, s, h) for h in hits):
            intended.append(s)  # not "the usual process is for the chair to share reports": no one intends it
    opened: set[str] = set()  # sharing fields whose answer has begun: a date further down is a sign-off's
    for s in annotated.in_role("sharing"):
        first = s.section not in opened
        opened.add(s.section)
        if _to_a_child(annotated, s, kids, adults) or s.section in child_fields:
            continue
        dated = _DATED_ANSWER.match(s.text) and (first or not _BARE_DATE.match(s.text))
        if (_YES.match(s.text) or _DATED_ENTRY.match(s.text) or dated) and s not in shared:
            shared.append(s)
        elif _NO.match(s.text) and s not in refused:
            refused.append(s)

    conference = facts.conference_date
    # the form's share date is not a share when read from a plan ("arranged to go through it with them on 02/12") or
    # from a sentence saying it was not shared ("not able to ... due to my leave (30/11 to 03/12)"), nor when the
    # form's answer says it was not shared (the date is then the sign-off's below it)
    denied = not shared and any(s.role == "sharing" for s in refused + excused)
    not_shares = [s for s in intended + refused + excused if s not in shared]
    shared_on = None if denied or any(facts.shared_date in [d for d, _, _ in find_dates(s.text)] for s in not_shares) \
        else facts.shared_date
    if facts.shared_date and conference and facts.shared_date > conference and not denied:
        return _late(facts.shared_date, conference, None)
    late = [s for s in shared if _after(s, conference)] + [s for s in intended if _after(s, conference) or (
        s.has("sharing.at_conference") and {"before", "prior"}.isdisjoint(annotated.lower(s)))]
    shared = [s for s in shared if s not in late]
    intended = [s for s in intended if s not in late]
    if shared or shared_on:
        return _judge_shared(annotated, shared, intended, refused, heads=heads, excused=bool(excused))
    if late:  # shared, or to be shared, only at or after the conference
        s = late[0]
        if not _after(s, conference):  # "the chair will share it at the conference": no date to compare
            f = reg.finding("RC-SHARE-008", location=annotated.location(s), quote=s.text, excerpt=s.short())
            return Criterion(status="not_met", reasons=[f.message]), [f]
        return _late(max(d for d, _, _ in find_dates(s.text)), conference, (annotated, s))
    withheld = [s for s in excused if s.index in safety]
    refused += [s for s in excused if s not in withheld]  # "no known father to share it with", and no one else
    known = fathers(annotated)
    kept_from = set().union(*(_sides(annotated, s, known) for s in withheld)) if withheld else set()
    if withheld and ("both" in kept_from or not _missing(annotated, kept_from, known)):  # no one else to share with
        s = withheld[0]
        return Criterion(status="not_applicable",
                         reasons=["The report was not shared with the parents for a stated safeguarding reason."],
                         evidence=[Evidence(quote=s.text, location=annotated.location(s))]), []
    if intended:
        s = intended[0]
        f = reg.finding("RC-SHARE-002", location=annotated.location(s), quote=s.text, excerpt=s.short())
        return Criterion(status="partial", reasons=[f.message],
                         evidence=[Evidence(quote=s.text, location=f.location)]), [f]
    if withheld:  # kept from one parent for safety, and nothing for the other
        s = withheld[0]
        kept = "the father" if "father" in kept_from else "the mother" if "mother" in kept_from else "one parent"
        f = reg.finding("RC-SHARE-007", location=annotated.location(s), quote=s.text, kept=kept,
                        missing=_missing(annotated, kept_from, known))
        return Criterion(status="not_met", reasons=[f.message]), [f]
    if refused:
        s = refused[0]
        f = reg.finding("RC-SHARE-006", location=annotated.location(s), quote=s.text, excerpt=s.short())
        return Criterion(status="not_met", reasons=[f.message]), [f]
    f = reg.finding("RC-SHARE-001", location=annotated.heading_location("sharing"))
    return Criterion(status="not_met", reasons=[f.message]), [f]


def _reason(annotated: Annotated, s: Sentence | None) -> bool:
    """A safeguarding reason, or a parent out of reach ("we have no working contact details for him")."""
    return bool(s) and (s.has("sharing.safeguarding_reason") or any(
        not _authors_own(annotated, s, h) for h in s.get("sharing.parent_absent")))


def _authors_own(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """"I have no contact with Ms Wood": the author's own lack of contact, not the parent's with the child."""
    words = annotated.words
    return words[hit.start:hit.end] == ["no", "contact", "with"] and bool(
        {"i", "we"} & set(words[max(s.start, hit.start - 2):hit.start]))


def _next(annotated: Annotated, s: Sentence) -> Sentence | None:
    """The sentence after a "not shared" one in the same section, where its reason often follows: "This report has
    not been shared with Mr Hall. He is on bail not to contact Ms Hall." Not one about sharing with a parent: its
    reason is that parent's."""
    after = annotated.sentences[s.index + 1] if s.index + 1 < len(annotated.sentences) else None
    return after if after and after.section == s.section and not (
        after.has("sharing.share") and after.has("sharing.parent")) else None


def _late(shared_on: date, conference: date, where: tuple[Annotated, Sentence] | None):
    """Shared (or to be shared) after the conference is not shared before it: it does not count."""
    extra = {} if where is None else {"location": where[0].location(where[1]), "quote": where[1].text}
    f = registry().finding("RC-SHARE-005", shared_date=shared_on.strftime("%d/%m/%Y"),
                           conference_date=conference.strftime("%d/%m/%Y"), **extra)
    return Criterion(status="not_met", reasons=[f.message]), [f]


def _judge_shared(annotated: Annotated, shared: list[Sentence], intended: list[Sentence], refused: list[Sentence], *,
                  heads: dict[int, Sentence], excused: bool):
    """A past share: partial when a parent is left out or only promised a copy, or when it says neither when nor
    how. `intended` and `refused` say the report will be, or has not been, shared with someone (a clause of a shared
    sentence, whose `heads` clause says who had it)."""
    reg = registry()
    findings: list[Finding] = []
    evidence = [Evidence(quote=s.text, location=annotated.location(s)) for s in shared[:2]]
    known = fathers(annotated)
    # "I emailed him asking him to call me; he has not received the report": a head that names no report was an
    # attempt, and the tail says he did not have it (not "I read the report to Mum but she does not read English")
    denied = {t.index: _sides(annotated, t, known) for t in refused
              if t.index in heads and any(h.negated for h in t.get("sharing.share"))
              and not any(h.start < t.start for h in annotated.sentences[t.index].get("sharing.document"))}
    reached = set().union(*(_sides(annotated, heads.get(s.index, s), known) - denied.get(s.index, set())
                            for s in shared)) if shared else {"both"}
    # both parents had it: only someone else named can be left out ("... with Mum and Dad, though Dad did not want a
    # copy"); with no sentence to say who had it, anyone said to be left out is
    had = reached | ({"mother", "father"} if shared and "both" in reached else set())
    # someone said not to have it, or to have it later; not a father whose absence from the child's life the report
    # records elsewhere than about the sharing ("I have not been able to share it with Mr Rowe despite the attempts
    # above"; not "Shaun was not present and has not seen the report" in the plan)
    out_of_touch = bool(known) and all(any(a.role != "sharing" and not a.has("sharing.share") for a in f.absence)
                                       for f in known)
    left_out = [s for s in intended + refused if (out := _sides(annotated, s, known) - had - {"both"})
                and not (out == {"father"} and out_of_touch)]
    if left_out:
        s = annotated.sentences[left_out[0].index]  # the whole sentence, not only its "but Mum has not"
        rule = "RC-SHARE-006" if left_out[0] in refused else "RC-SHARE-002"
        findings.append(reg.finding(rule, location=annotated.location(s), quote=s.text, excerpt=s.short()))
    elif reached and "both" not in reached and not excused:  # "Yes" names no one: nothing to say who was left out
        missing = _missing(annotated, reached, known)
        if missing:
            findings.append(reg.finding("RC-SHARE-003", location=evidence[0].location, quote=shared[0].text,
                                        shared=_who(reached), missing=missing))
    when_or_how = annotated.structure.facts.shared_date is not None or any(
        _DAY.search(s.text) or any(find_dates(s.text)) or s.has("sharing.means") for s in shared)
    if not when_or_how:
        s = shared[0]
        findings.append(reg.finding("RC-SHARE-004", location=annotated.location(s), quote=s.text,
                                    excerpt=s.short()))
    status = "partial" if findings else "met"
    return Criterion(status=status, reasons=[f.message for f in findings], evidence=evidence), findings


def _missing(annotated: Annotated, reached: set[str], known) -> str | None:
    """Who of the involved parents the report was not shared with, given who it `reached`; None when no one is left
    out (the other parent unknown, untraced, absent or never mentioned). A father is involved when the report
    records his engagement or he is also the mother's partner (a man of her household), and no absence; a partner
    who is not the child's father, only when his engagement is recorded."""
    if "father" not in reached:
        involved = [f.label for f in known if (f.engaged or (f.partner and f.kind == "father")) and not f.absence]
        return " and ".join(_lower_first(label) for label in involved) or None
    if "mother" in reached or reached - {"father"}:  # the father and a named adult who is not a father
        return None
    mothers = [p for p in annotated.structure.facts.family if p.relation.lower() == "mother"]
    if not mothers and not any(w in _MOTHER for w in annotated.words):
        return None
    # "their mother, Joanne Walsh, died in 2021": there is no mother to share it with
    names = {n for p in mothers for n in first_name(p.name)} | {"mother", "mum"}
    died = any(s.has("sharing.died") and names & set(annotated.lower(s)) for s in annotated.sentences)
    return None if died else "the mother"


def _who(reached: set[str]) -> str:
    """Whom the report reached, for a message: "the mother", "the father", or the name the report gives."""
    named = sorted(reached - {"mother", "father"})
    return "the mother" if "mother" in reached else "the father" if "father" in reached else named[0].title()


def _lower_first(label: str) -> str:
    """"The father of Ruby" in the middle of a sentence is "the father of Ruby"; names keep their capital."""
    first, _, rest = label.partition(" ")
    return f"{first.lower()} {rest}" if first in {"The", "Their", "His", "Her"} else label


def _sides(annotated: Annotated, s: Sentence, known) -> set[str]:
    """Who a sentence about sharing is about: "both", "mother", "father", and the name of anyone else named."""
    s = _share_clauses(annotated, _after_label(annotated, s))
    words = set(annotated.lower(s))
    # who comes after "to" or "with", skipping an article: "with the family" (not "at the family home", nor "with
    # the family support worker present")
    w = annotated.words
    roles = {h.start for h in s.get("sharing.professional")}
    recipients = {w[j] for i in range(s.start, s.end - 1) if w[i] in ("to", "with")
                  for j in [i + 2 if w[i + 1] == "the" and i + 2 < s.end else i + 1] if j not in roles}
    # two people named together are both parents, unless one is a subject child ("with Freya and Siobhan")
    kids = {n for c in annotated.structure.facts.children for n in first_name(c.name or "")}
    pairs = [m.group(0).lower() for m in _TWO_NAMES.finditer(s.text)]
    if words & _BOTH or "family" in recipients or any(kids.isdisjoint(re.findall(r"[a-z]+", p)) for p in pairs):
        return {"both"}
    sides = set()
    mothers = {n for p in annotated.structure.facts.family if p.relation.lower() == "mother"
               for n in first_name(p.name)}
    if words & _MOTHER or words & mothers or recipients & {"her", "she"}:  # "a copy was given to her"
        sides.add("mother")
    if words & _FATHER or any(f.names & words for f in known) or recipients & {"him", "he"}:
        sides.add("father")
    named = (_named(annotated, s) | _entry_name(s)) - kids
    sides |= {n for n in named if n not in mothers and not any(n in f.names for f in known)}
    if not sides:  # "...; at the time of writing he has not received the report": the person the clause is about
        sides |= {"father"} if words & {"he", "him"} else {"mother"} if words & {"she", "her"} else set()
    return sides


def _label_end(annotated: Annotated, s: Sentence) -> int:
    """Where a form's label with a share word ends ("Sharing with parents:", "Shared:"), or -1."""
    colon = next((i for i in range(s.start, min(s.start + 6, s.end - 1)) if annotated.words[i] == ":"), None)
    return colon if colon is not None and any(h.start < colon for h in s.get("sharing.share")) else -1


def _after_label(annotated: Annotated, s: Sentence) -> Sentence:
    """The answer after a form's label: "Sharing with parents: I went through it with Chelsea" names only Chelsea
    (but "Marta Nowak: 18 November, read through with her" is a row naming whom)."""
    colon = _label_end(annotated, s)
    return s if colon < 0 else replace(s, start=colon + 1, text=annotated.doc[colon + 1:s.end].text)


def _share_clauses(annotated: Annotated, s: Sentence) -> Sentence:
    """The sentence up to a new clause after the sharing: "I discussed it with Gemma; she asked that her comment
    about Lewis be added" reached Gemma, not Lewis (but "13/11 (mother); 14/11 (Mr Moss, by post)" goes on listing
    whom)."""
    words = annotated.words
    hits = [h.start for h in s.get("sharing.share")]
    stops = [i for i in range(s.start, s.end - 1) if words[i] == ";" and hits and i > max(hits)
             and words[i + 1] in {"she", "he", "they", "i", "we", "it"}]
    if not stops:
        return s
    return replace(s, end=stops[0], text=annotated.doc[s.start:stops[0]].text)


def _named(annotated: Annotated, s: Sentence) -> set[str]:
    """Names written after "with" or "to", or after a verb of contact: "shared this report with Wayne", "posted to
    Lewis Fenton", "Janet will ring Kerry-Ann to go through it"."""
    words, texts = annotated.words, annotated.texts
    contact = registry().words("contact")
    return {words[i + 1] for i in range(s.start, s.end - 1)
            if (words[i] in ("with", "to") or words[i] in contact) and texts[i + 1][:1].isupper()
            and texts[i + 1][1:].islower() and words[i + 1] not in _NOT_PEOPLE}


def _entry_name(s: Sentence) -> set[str]:
    """The person a sharing-form line opens with: "Marta Nowak: 18 November 2025, read through with her"."""
    m = _DATED_ENTRY.match(s.text)
    first = m.group(0).split()[0].lower() if m else ""
    not_a_name = _MOTHER | _FATHER | _NOT_PEOPLE | registry().words("past")
    return {first} if first and first not in not_a_name else set()


def _to_a_child(annotated: Annotated, s: Sentence, kids: set[str], adults: set[str]) -> bool:
    """"I went through my section with Maisie", "too young for the report to be shared with him": a child, and no
    parent by role or by first name. A capitalised "Children's" mid-sentence names a service ("at Balby Children's
    Centre", "Children's Social Care"), not a child."""
    texts = annotated.texts
    words = {w for i, w in enumerate(annotated.lower(s), s.start)
             if not (w in _CHILD and i > s.start and texts[i][:1].isupper())}
    return bool(words & kids) and not s.has("sharing.parent") and not words & (_BOTH | adults | {"mum", "dad"}) and (
        not _pronoun_a_parent(annotated, s, adults))  # not "... with her when she collects Lacey" after "with mum"


_CONTRAST = frozenset({"but", ";", "whereas", "however", "although", "though", "while"})
_NOT = frozenset({"not", "n't", "never"})


def _not_with(annotated: Annotated, s: Sentence) -> Sentence | None:
    """The clause after "but", ";" or ", not" that says someone has not had the report ("Dad has seen the report but
    Mum has not", "shared with Mum on 3/3, not with Dad"), as a sentence of its own."""
    words = annotated.words
    cut = next((i for i in range(s.start + 1, s.end - 1) if words[i] in _CONTRAST or (
        words[i] == "," and words[i + 1] in _NOT)), None)
    if cut is None or _NOT.isdisjoint(words[cut:s.end]):
        return None
    hits = {label: [h for h in found if h.start >= cut] for label, found in s.hits.items()}
    return replace(s, start=cut, text=annotated.doc[cut:s.end].text, hits={k: v for k, v in hits.items() if v})


def _opens_with_share(annotated: Annotated, s: Sentence) -> bool:
    """A form line or a note with no subject: "Shared with: Ms Lees (mother), 11/02/2026", "Shared: read through with
    Pat at home on 13/01", "Not shared with ..."."""
    opening = annotated.words[s.start:s.start + 3]
    return opening[:2] in (["shared", "with"], ["shared", ":"]) or opening == ["not", "shared", "with"]


def _pronoun_a_parent(annotated: Annotated, s: Sentence, adults: set[str]) -> bool:
    """"A copy was posted to each of them", "We will go through it with her" after sentences of the paragraph naming
    the parents: "them", "him" or "her" are the parents ("her" a mother, "him" a father, when named by role)."""
    words = annotated.lower(s)
    said = {b for a, b in zip(words, words[1:]) if a in {"with", "to"} and b in {"him", "her"}} | {"them"} & set(words)
    if not said:
        return False
    before = [set(annotated.lower(b)) for b in annotated.sentences[max(0, s.index - 2):s.index] if b.block == s.block]
    roles = ((_MOTHER | _BOTH) if "her" in said else set()) | ((_FATHER | _BOTH) if "him" in said else set())
    return any(adults & b or b & roles or ("them" in said and b & (_MOTHER | _FATHER)) for b in before)


def _it_the_report(annotated: Annotated, s: Sentence) -> bool:
    """"It has not been shared with Mr Cole: ...", "I will go through it with him" straight after a sentence about
    the report: "it" is the report."""
    words = annotated.words
    before = annotated.sentences[s.index - 1] if s.index else None
    it = words[s.start] == "it" or any(h.end < s.end and words[h.end] == "it" for h in s.get("sharing.share"))
    return it and before is not None and before.section == s.section and before.has("sharing.document")


def _offered(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """"for the report to be shared", "invited to read the report", "have booked a visit on 9 December to go through
    it": still to happen (unlike "was able to share it")."""
    before = annotated.words[max(0, hit.start - 2):hit.start]
    return before == ["to", "be"] or before[-1:] == ["to"] and any(
        hit.start - _PLAN_REACH <= o.start < hit.start for o in s.get("sharing.offer"))


def _after(s: Sentence, conference: date | None) -> bool:
    dates = [d for d, _, _ in find_dates(s.text)]
    return bool(conference and dates and min(dates) > conference)


def _past(annotated: Annotated, s: Sentence) -> bool:
    """"I gave both parents a copy", "has been shared": a past act, not the bare "share" of an intention."""
    return s.has("sharing.past")
