"""`analysis`: what the information means for the child. Facts linked to impact on the child, risks weighed against
strengths and protective factors, and a professional view on future safety; description or a chronology alone is
not analysis. The analysis section is read first, then the whole report.

Only the author's own words count: a quotation is someone else speaking ("Mum said 'I'm worried that...'"), and so
are what the family tell the author ("Dad told me he was worried that...") and the sections that record the child's
and the parents' views.
"""

from __future__ import annotations

import re
from functools import partial

from ..annotate import Annotated, Hit, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from .people import CHILD_WORDS, Resolver, children

# A chronology line: "12/09/2025 ...", "- 03.10 ...", "March 2025 - ...", "4 March 2025: ...".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATED = re.compile(rf"^\W*(?:\d{{1,2}}[/.\-]\d{{1,2}}|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                    rf"{_MONTH}\s+\d{{4}}\b\s*[-–:,])", re.IGNORECASE)
# Where the form asks for analysis; None is a report with no recognisable sections (a letter), where any sentence may.
_ANALYTIC_ROLES = ("analysis", "worries", "strengths", "scaling", None)
_SIDE_BY_SIDE = ("worries", "strengths", "scaling")  # sections a form sets against each other (signs of safety)
_OTHERS_VIEWS = ("child_views", "parent_views")
_CHILD = CHILD_WORDS - {"person", "people"}  # "children" with no article, which the resolver leaves to a pronoun
_SINGULAR = {"he", "she", "him", "her", "his"}  # "their" after "her parents" is as often the children
# A wording that contains a match but means something else: a commitment ("we will continue to monitor") is a plan,
# not a view; a records link ("occurrences linked to the address") files an event, it is not its impact, and "she
# self-harmed" records what the child did, the harm itself, not a fact's effect on her; "risk assessment" names a task.
_MASKED_BY = {"analysis.view": ("analysis.commitment",),
              "analysis.impact": ("analysis.record_link", "analysis.self_harm"),
              "analysis.risk": ("analysis.process",)}
# The author's judgement, which a family member's reported words ("Mum said she is worried that...") are not: their
# worry is theirs to record, not a risk the author has weighed.
_JUDGEMENT = ("analysis.impact", "analysis.area", "analysis.view", "analysis.own_worry", "analysis.risk",
              "analysis.harm")
# Where reported words end and the author goes on: "Mum said she fell asleep, which means ...", "...; I think ..."
_SPEECH_ENDS = {";", "but", "however", "although", "whereas", "whilst", "while"}
_SPEECH_ENDS_AFTER_COMMA = {"and", "which", "so", "as"}
_ANCHOR_ENDS = {",", ";", ":", ")", "."}
_POSER_WORDS = 4  # at most this many words between a risk and who it is posed to ("the risk he could pose to")
_LABEL_WORDS = 6  # at most this many words before a risk line's colon ("Current risk to the children:")
# A reporting verb after one of these reports no one: the fact just given speaks ("That tells me he is frightened").
_FACT_SUBJECTS = {"this", "that", "which"}


def _has(annotated: Annotated, reported: dict[int, tuple[int, int]], labels: dict[int, list[tuple[int, int]]],
         states: dict[int, list[tuple[int, int]]], s: Sentence, label: str, *, asserted: bool = False,
         affirmed: bool = False) -> bool:
    """A match of `label` outside the quotations of `s` (`asserted`: said to be so; `affirmed`: not denied, though
    it may be a prediction or a possibility); a question ("What does this mean for Ava?") asks, it does
    not analyse, a match inside a wording that means something else (`_MASKED_BY`) does not count, and a word of a
    service's name ("the Emotional Wellbeing Hub") names it, it does not describe the child; a judgement after
    a family member's reporting verb (`reported`: the span of their words) is theirs, not the author's, and a scale's
    ends or a risk line's label (`labels`) name what the scale or line is about, they say nothing of the child; and
    what a worry is about is at stake, not a strength; a state said of a family adult (`states`: "she is vulnerable to
    relapse") is theirs, no impact on the child; a denied grasp of "the risk" (`_presupposed`) leaves the risk there."""
    hits = s.get(label)
    if not hits or s.text.endswith("?"):
        return False
    masks = [(h.start, h.end) for m in _MASKED_BY.get(label, ()) for h in s.get(m)] + labels.get(s.index, [])
    if label == "analysis.impact":
        masks += states.get(s.index, [])
    if label == "analysis.strength":
        masks += [_worried_about(annotated, s, h) for h in s.get("analysis.worry_about")]
        masks += _label(annotated, s, label) if s.role == "plan" else []
    if label in _JUDGEMENT and s.index in reported:
        masks.append(reported[s.index])
    denied = [h.negated and not _presupposed(annotated, s, h) for h in hits]
    return any(
        (not (no or h.future or h.hypothetical) or not asserted) and not (affirmed and no)
        and not any(a <= h.start and h.end <= b for a, b in s.quotes)
        and not any(a < h.end and h.start < b for a, b in masks) and not _in_name(annotated, s, h)
        and not (label == "analysis.impact" and _counts_records(annotated, h))
        for h, no in zip(hits, denied))


def _worried_about(annotated: Annotated, s: Sentence, h: Hit) -> tuple[int, int]:
    """What a worry is about, from the worry to the next comma, semicolon, colon or weighing word: "concerned about
    her health and her safety" names what is at stake, not a protective factor; "worried about her, but she is
    safe with Nan" goes on to one."""
    words = annotated.words
    turns = {w.start for w in s.get("analysis.weighing")}
    return h.start, next((i for i in range(h.end, s.end) if words[i] in {",", ";", ":"} or i in turns), s.end)


def _anchors(annotated: Annotated, s: Sentence) -> list[tuple[int, int]]:
    """The ends of a scale the author defines ("where 0 means Kai will be hurt again and 10 that he is safe"), each
    from its number to the next comma, bracket or end; "4 out of 10 is" is a score, not an end."""
    words = annotated.words
    if s.role != "scaling" and not any(w.startswith("scal") for w in annotated.lower(s)):
        return []
    starts = [h.start for h in s.get("analysis.anchor") if h.start == s.start or words[h.start - 1] not in {"of", "/"}]
    return [(a, next((i for i in range(a + 1, s.end) if words[i] in _ANCHOR_ENDS or i in starts), s.end))
            for a in starts]


def _predicts(annotated: Annotated, reported: dict[int, tuple[int, int]], s: Sentence) -> bool:
    """A sentence opening on a condition with a risk or harm in what follows it ("If Dad returns before the work is
    done, the risk of further assaults is high") predicts the child's future: the author's view, though the
    condition's own "without" or "not" reaches the words after it; a condition that ends in a plan ("If there are
    concerns, school will refer") names no risk after it."""
    words = annotated.words
    if s.index in reported or not any(h.start == s.start for h in s.get("analysis.condition")):
        return False
    comma = next((i for i in range(s.start, s.end) if words[i] == ","), s.end)
    return any(h.start > comma and not any(a <= h.start < b for a, b in s.quotes)
               for label in ("analysis.risk", "analysis.harm", "analysis.impact", "analysis.area")
               for h in s.get(label))


def _risk_to(annotated: Annotated, reported: dict[int, tuple[int, int]], s: Sentence, kids: set[str]) -> bool:
    """A risk said to fall on a subject child ("the risk to Jess", "the main danger is to Mason's health", "the risk
    to the twins", "the risk he could pose to a girl of Amber's age") links the worry to that child, as "risk to
    him" does; "there is no risk to Jess" and a family member's words ("Mum said the risk to Jess is small") do not,
    nor a risk assessment's label ("Risk to children: none known"), where only what follows the colon says anything."""
    words = annotated.words
    theirs = [reported[s.index]] if s.index in reported else []
    for h in s.get("analysis.risk"):
        to = h.end + (words[h.end:h.end + 1] in (["is"], ["are"]))
        posed = [p.end - 1 for p in s.get("analysis.posed_to") if h.end <= p.start <= h.end + _POSER_WORDS
                 and _ANCHOR_ENDS.isdisjoint(words[h.end:p.start])]
        to = posed[0] if posed and words[to:to + 1] != ["to"] else to
        if ((not h.negated or _presupposed(annotated, s, h)) and words[to:to + 1] == ["to"]
                and _falls_on(annotated, s, to + 1, kids)
                and not any(a <= h.start < b for a, b in s.quotes + theirs + _label(annotated, s))):
            return True
    return False


def _worried_for(annotated: Annotated, reported: dict[int, tuple[int, int]], s: Sentence, kids: set[str]) -> bool:
    """A worry whose clause opens on a subject child and names a harm ("We are worried Ava has seen her mums hurting
    each other") links the harm to that child; a worry naming no harm ("worried Ava will be late again"), "not
    worried", a quotation and a family member's worry ("Mum is worried Ava ...") do not."""
    theirs = [reported[s.index]] if s.index in reported else []
    harms = [h.start for label in ("analysis.harm", "analysis.risk", "analysis.impact") for h in s.get(label)]
    return any(not h.negated and _falls_on(annotated, s, h.end, kids) and any(i > h.end for i in harms)
               and not any(a <= h.start < b for a, b in s.quotes + theirs)
               for h in s.get("analysis.worry_clause"))


def _presupposed(annotated: Annotated, s: Sentence, h: Hit) -> bool:
    """"the risk" straight after a grasp of it ("he has not shown he understands the risk he poses") is there, and
    only the grasp is denied; "he does not see any risk" denies the risk itself."""
    return any(i.end == h.start - 1 and annotated.words[i.end] == "the" for i in s.get("analysis.insight"))


def _falls_on(annotated: Annotated, s: Sentence, i: int, kids: set[str]) -> bool:
    """The words from `i` name a subject child: by name, as the children ("the twins", "both boys"), or as a child
    of their kind ("a girl of Amber's age")."""
    words = annotated.words
    i += words[i:i + 1] in (["the"], ["both"], ["all"])
    if i < s.end and (words[i] in kids or words[i] in _CHILD):
        return True
    peer = next((p.end for p in s.get("analysis.peer") if p.start == i), s.end)
    return peer < s.end and words[peer] in kids


def _label(annotated: Annotated, s: Sentence, kind: str = "analysis.risk_label") -> list[tuple[int, int]]:
    """A risk assessment line's label, up to its colon ("Risk to children: none known", "Risk of relapse: low when
    well"): it names what the form asks about, not a risk the author sees; only what follows the colon says
    anything. So does a plan item's label with a strength in it (`kind`: "Safe sleep: a cot for every sleep",
    "Safety goal: ..."): it names what the plan works towards, not a strength the family has."""
    words = annotated.words
    colon = next((i for i in range(s.start, min(s.end, s.start + _LABEL_WORDS)) if words[i] == ":"), None)
    labelled = colon is not None and any(h.start < colon for h in s.get(kind))
    return [(s.start, colon + 1)] if labelled else []


def _dated(annotated: Annotated) -> set[int]:
    """The sentences of a chronology's dated entries: a line opening on a date and the sentences after it on that
    line ("05/01 - Her progress check is overdue. She is behind in her speech."), which go on recording that day."""
    dated: set[int] = set()
    entry = False
    for s in annotated.sentences:
        before = annotated.sentences[s.index - 1] if s.index else None
        if not before or before.block != s.block or annotated.doc[s.start - 1].text_with_ws.endswith("\n"):
            entry = bool(_DATED.match(s.text))
        dated |= {s.index} if entry else set()
    return dated


def _turns(annotated: Annotated, s: Sentence, sided: set[int]) -> bool:
    """A sentence where the form asks for analysis that opens on a weighing word right after a risk or strength in
    the same section ("There are real strengths: ... However, Mum plays down the arguments.") sets what it says
    against that side, whatever words it says it in."""
    before = s.index - 1
    return (s.role in _ANALYTIC_ROLES and before in sided and annotated.sentences[before].section == s.section
            and any(h.start == s.start for h in s.get("analysis.weighing")))


def _names_child(annotated: Annotated, s: Sentence, kids: set[str]) -> bool:
    """The sentence, or the one before it in the same paragraph, names a subject child: a worry written straight
    after the fact about the child ("Children's needs are not being met. Concerns re neglect.") is about them."""
    before = annotated.sentences[s.index - 1] if s.index else None
    return any(not kids.isdisjoint(annotated.lower(t)) for t in (s, before) if t and t.block == s.block)


def _counts_records(annotated: Annotated, h: Hit) -> bool:
    """A link followed by a number counts records ("she is linked to 4 of these"), it says nothing of the child."""
    return h.end < len(annotated.words) and annotated.words[h.end].isdigit()


def _in_name(annotated: Annotated, s: Sentence, h: Hit) -> bool:
    """Every word of the match capitalised, and not because it opens the sentence: part of a proper name."""
    return h.start > s.start and all(w.istitle() for w in annotated.texts[h.start:h.end])


def _speech(annotated: Annotated, start: int, end: int) -> tuple[int, int]:
    """The words a reporting verb ending at `start` introduces, up to the clause where the author goes on."""
    words = annotated.words
    for i in range(start, end - 1):
        if words[i] in _SPEECH_ENDS or (
                words[i] == "," and words[i + 1] in _SPEECH_ENDS_AFTER_COMMA and words[i + 2:i + 3] != ["that"]):
            return start, i
    return start, end


def _family_feels(resolver: Resolver, s: Sentence, h: Hit, staff: set[int]) -> bool:
    """A family adult's own feeling ("Dad is worried that ...", "Mum believes ..."); a child's feeling is how the
    harm reaches them, and a professional's ("School is worried that ...") is the agency's own view."""
    words = resolver.annotated.words
    clause = max((i + 1 for i in range(s.start, h.start) if words[i] in {",", ";", ":"}), default=s.start)
    return resolver.speaker(s, h.start) == "adult" and staff.isdisjoint(range(clause, h.start))


def _whom(annotated: Annotated) -> tuple[set[int], set[int], dict[int, tuple[int, int]],
                                         dict[int, list[tuple[int, int]]]]:
    """The sentences that refer to a subject child, and those about the family's adults only: one named, or a
    pronoun that points to one ("her mental health" after "Miss Price"), and no child. A professional ("Police
    assess the risk as medium") is whose view it is, not whom it is about. Also where a child or adult of the family
    is reported ("He told Mr Hughes [he was worried that ...]"), by sentence; "has not disclosed" reports nothing;
    and the states said of an adult of the family ("Dad is at risk of relapse"), by sentence."""
    resolver = Resolver(annotated, children(annotated))
    child: set[int] = set()
    adult: set[int] = set()
    reported: dict[int, tuple[int, int]] = {}
    states: dict[int, list[tuple[int, int]]] = {}
    for s in annotated.sentences:
        words = annotated.lower(s)
        staff = {i for h in s.get("analysis.professional") for i in range(h.start, h.end)}
        refs = resolver.refs(s)
        said = [h.end for h in s.get("voice.speech")
                if h.asserted and resolver.speaker(s, h.start) in ("child", "adult")
                and (h.start == s.start or annotated.words[h.start - 1] not in _FACT_SUBJECTS)]
        said += [h.start for h in s.get("analysis.feeling") if h.asserted and _family_feels(resolver, s, h, staff)]
        if said:
            reported[s.index] = _speech(annotated, min(said), s.end)
        states[s.index] = [(h.start, h.end) for h in s.get("analysis.state") if resolver.speaker(s, h.start) == "adult"]
        if refs or not _CHILD.isdisjoint(words):
            child.add(s.index)
        elif any(w in resolver.adults and i not in staff for i, w in enumerate(words, s.start)) or (
                resolver.before[0] == "adult" and not _SINGULAR.isdisjoint(words)):
            adult.add(s.index)
    return child, adult, reported, states


def evaluate(annotated: Annotated) -> tuple[Criterion, list[Finding]]:
    reg = registry()
    child, adult_only, reported, states = _whom(annotated)
    has = partial(_has, annotated, reported,
                  {s.index: _anchors(annotated, s) + _label(annotated, s) for s in annotated.sentences}, states)
    impact: list[Sentence] = []
    links: list[Sentence] = []  # the impact sentences that link a fact to the child, more than an area named
    view: list[Sentence] = []
    weighed: list[Sentence] = []
    balanced: list[Sentence] = []
    risky: list[Sentence] = []
    strong: list[Sentence] = []
    # The child's and parents' own views are what they think, and a risk tool's rating ("DASH: high") or a recorded
    # grading is the tool's verdict: neither is the author weighing what it all means for the child. A chronology's
    # dated entry outside the analysis records what happened then, whoever's worry it notes ("07/10 - Gran rang,
    # concerned that ..."), and a chronology is not analysis.
    dated = _dated(annotated)
    own = [s for s in annotated.sentences if s.role not in _OTHERS_VIEWS and not has(s, "analysis.rating")
           and not (s.role not in _ANALYTIC_ROLES and s.index in dated)]
    kids = {n for k in children(annotated) for n in k.names} | {"child", "children", "baby"}
    sided: set[int] = set()  # the sentences with a risk or a strength
    for s in own:
        # "has left him behind" is harm done; "there were no concerns" is no risk to weigh
        has_risk = (has(s, "analysis.risk", asserted=True) or has(s, "analysis.harm", asserted=True)
                    or has(s, "analysis.impact", affirmed=True) or has(s, "analysis.area", affirmed=True))
        has_strength = has(s, "analysis.strength", asserted=True)
        risky += [s] if has_risk else []
        strong += [s] if has_strength else []
        # an area of the child's life only named ("below the expected range in her development") is a thin impact
        linked = (has(s, "analysis.impact", affirmed=True) or _risk_to(annotated, reported, s, kids)
                  or _worried_for(annotated, reported, s, kids))
        impact += [s] if linked or has(s, "analysis.area", affirmed=True) else []
        links += [s] if linked else []
        # A scaling is the author's judgement of how safe the child is only with its reasons ("4 out of 10 because
        # Mum has stopped drinking", or the scaling's next sentence: "It is not lower because ..."); a bare score
        # ("School would scale at 4/10.") or a bare worry ("4, as I am still worried about her") does not say why.
        scored = has(s, "analysis.score") and (has_risk or has_strength) or (
            has(s, "analysis.reason") and (s.role == "scaling" or has(s, "analysis.score")))
        predicted = _predicts(annotated, reported, s)  # "If Dad returns, the risk ... is high"
        if has(s, "analysis.view") or has(s, "analysis.own_worry") or scored or predicted:  # "I do have concerns"
            view.append(s)
        # A connective beside one side weighs ("however these strengths have not been enough"), but outside the
        # analysis sections a plain "but" or "although" only joins two observations ("she was tearful but calm").
        joined = has(s, "analysis.weighing") and (
            s.role in _ANALYTIC_ROLES or len(s.get("analysis.weighing")) > len(s.get("analysis.contrast")))
        one_side = (has_risk or has_strength) and joined
        sided |= {s.index} if has_risk or has_strength else set()
        if (has_risk and has_strength) or one_side or _turns(annotated, s, sided):
            weighed.append(s)
            # both sides in one narrative line with no connective ("friends who are supportive and share her
            # worries", "safety plan for self-harm") still count as analytic sentences, but weigh nothing
            balanced += [s] if joined or s.role in _ANALYTIC_ROLES else []
    both_in_analysis = all(any(s.role in _ANALYTIC_ROLES for s in side) for side in (risky, strong))
    # A risk and a strength both stated where the form asks for analysis (signs of safety: "worried about" beside
    # "working well") are set side by side; bare facts under those headings are not.
    weighing = both_in_analysis or bool(balanced and risky and strong)
    # An opinion where the form asks for analysis, or the author's own worry; a passing opinion in a chronology
    # ("In my view a plan is needed" among the dates) is not analysis.
    considered = [s for s in view if s.role in _ANALYTIC_ROLES or has(s, "analysis.own_worry")]
    # A worry about the child stated in the analysis section ("Her weight loss and self-harm are serious concerns
    # for her health", or the child named in the sentence before it: "Ella's weight has dropped. Concerns re
    # neglect.") is a thin analysis even in no stock phrase; a dated line there is still a chronology, and a harm
    # only named ("seen four times with low mood and self-harm") records what happened, and a concern someone raised
    # ("concerns about the children were raised by neighbours") is theirs, on record: neither voices the author's worry.
    considered += [s for s in own if s.role == "analysis" and s not in considered and s.index not in dated
                   and has(s, "analysis.risk", asserted=True) and not s.get("analysis.raised")
                   and _names_child(annotated, s, kids)]
    # Risks weighed against strengths where the analysis never mentions a child (rent arrears against repairs done)
    # are the agency's own business, not what it all means for the child. A letter with no sections is all analysis.
    sectioned = any(sec.content_blocks for sec in annotated.structure.sections)
    weighing = weighing and any(s.index in child for s in balanced + [
        s for s in own if s.role in _ANALYTIC_ROLES and (s.role or not sectioned)])
    names = " and ".join(k.label for k in children(annotated) if not k.unborn) or "the child"

    where = annotated.heading_location("analysis")
    findings: list[Finding] = []
    # With nothing said of what it means for the child and no view, a risk and a strength restated side by side in a
    # narrative analysis are still description; worries and strengths sections are set against each other by the form.
    # An area of the child's life only named, with no link, no view and nothing weighed, describes where the child is.
    by_form = all(any(s.role in _SIDE_BY_SIDE for s in side) for side in (risky, strong))
    if not links and not considered and not (weighing and (balanced or by_form)):
        finding = reg.finding("RC-ANALYSIS-001", children=names, location=where)
        return Criterion(status="not_met", reasons=[finding.message]), [finding]
    # A view on an adult alone ("In my opinion Mum's mental health is more stable") is still some analysis, but says
    # nothing yet of the child's safety; a scaling's reasons do, whoever they name, since the scale is the child's.
    view = [s for s in view if s.index not in adult_only or s.role == "scaling"]
    analytic = {s.index: s for s in impact + considered + weighed}
    if not impact:
        findings.append(reg.finding("RC-ANALYSIS-002", children=names, location=where))
    if not weighing:
        findings.append(reg.finding("RC-ANALYSIS-003", children=names, location=where))
    if not view:
        findings.append(reg.finding("RC-ANALYSIS-004", children=names, location=where))
    if not findings and len(analytic) < int(reg.setting("analysis", "min_analytic_sentences")):
        said = "only one sentence says" if len(analytic) == 1 else f"only {len(analytic)} sentences say"
        findings.append(reg.finding("RC-ANALYSIS-005", children=names, location=where, said=said))
    status = "partial" if findings else "met"
    ranked = sorted(analytic.values(), key=lambda s: (s.role not in _ANALYTIC_ROLES, s.index))
    evidence = [Evidence(quote=s.text, location=annotated.location(s)) for s in ranked[:3]]
    return Criterion(status=status, reasons=[f.message for f in findings], evidence=evidence), findings
