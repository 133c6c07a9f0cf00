"""`child_voice`: each subject child's own views, wishes and feelings, or for a pre-verbal or non-verbal child a
specific observation of them with their carers. Each child is judged separately; unborn babies are not applicable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..annotate import Annotated, Hit, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from .father_names import FEMALE_TITLES, MALE_TITLES
from .people import CHILD_PRONOUNS, DETERMINERS, Child, Resolver, children


_NOT_VERB = DETERMINERS | {"'s", "’s"}  # "the worries", "the children's shared bedroom"
_DESCRIBED = {"as", "seems", "seemed", "appears", "appeared", "gets", "becomes", "became", "finds", "struggles",
              "struggled"}
_MISSING = {"not", "unknown", "unclear", "never"}
_ELSEWHERE = {"included", "recorded", "captured", "covered", "detailed", "reflected", "set", "contained"}
_POINTER = re.compile(r"\b(?:see|above|below|refer|section|attached)\b", re.IGNORECASE)
_ASKED = {"asked", "told", "prompted", "questioned", "invited"}
_TO_GIVE = {"report", "provide", "give", "gather", "obtain", "seek", "capture", "ascertain", "represent"}
_SUBORDINATORS = {"when", "after", "once", "while", "whilst", "as", "before"}
_PASSIVE = {"be", "been", "being", "is", "was", "are", "were"}  # "is described as", "to be shared with him"


@dataclass
class _Heard:
    own: list[Sentence] = field(default_factory=list)  # own words, reported speech, views
    wishes: list[Sentence] = field(default_factory=list)  # a wish or feeling the author reports ("wants to ...")
    observed: list[Sentence] = field(default_factory=list)  # observation with carers
    second_hand: list[Sentence] = field(default_factory=list)  # generic description or an adult's account
    not_seen_reason: list[Sentence] = field(default_factory=list)
    not_seen: list[Sentence] = field(default_factory=list)
    non_verbal: bool = False


def evaluate(annotated: Annotated) -> tuple[Criterion, list[Finding]]:
    kids = children(annotated)
    living = [k for k in kids if not k.unborn]
    if not living:
        return Criterion(status="not_applicable", reasons=["The subject child is an unborn baby."]), []
    heard = {k.index: _Heard() for k in living}
    resolver = Resolver(annotated, kids)
    for sentence in annotated.sentences:
        refs = resolver.refs(sentence) | (_speaking(annotated, resolver, sentence) or set())  # "she said" too
        if not refs and len(living) == 1 and _about_child_anyway(annotated, resolver, sentence, living[0]):
            refs = {living[0].index}
        elif not refs and _quoted_child(annotated, resolver, sentence) and resolver.before[0] == "child" and len(
                resolver.before[1]) == 1:  # 'Ellie did a Three Houses drawing. Worries: "shouting at night".'
            refs = set(resolver.before[1])
        for kid in living:
            if kid.index in refs:
                _classify(annotated, resolver, sentence, heard[kid.index], kid)
    return _judge(annotated, living, heard)


def _about_child_anyway(annotated: Annotated, resolver: Resolver, sentence: Sentence, kid: Child) -> bool:
    """The one child's views section speaks of the child: every sentence when no name is known, else a quotation
    nobody else is named before ('House of worries - "Dad shouting"', not 'Mum: "she is fine"')."""
    return sentence.role == "child_views" and (not kid.names or _quoted_child(annotated, resolver, sentence))


def _quoted_child(annotated: Annotated, resolver: Resolver, sentence: Sentence) -> bool:
    """A quotation in the child's views section is the child's unless the last person named before it is an adult
    ('Mum: "she is fine"', not 'I watched him with his mother: he ran to her ("mummy", "car")')."""
    if sentence.role != "child_views" or not sentence.quotes:
        return False
    words = annotated.words
    for i in range(sentence.quotes[0][0] - 1, sentence.start - 1, -1):
        if words[i] in resolver.adults or words[i] in resolver.carers:
            return False
        if words[i] in resolver.by_name or resolver.child_word(i) or words[i] in {"he", "she", "they"}:
            return True
    return True


def _classify(annotated: Annotated, resolver: Resolver, s: Sentence, h: _Heard, kid: Child) -> None:
    if s.has("voice.non_verbal") or (kid.months is None and s.has("voice.young")):
        h.non_verbal = True  # not "Ruby (9) loves her baby brother"
    # Not seen, as a fact (not "will be seen"), by the author (not the father's "he has not seen the children", nor
    # the child's own "Ruby has not seen her dad since 2022").
    not_seen = [x for x in s.get("voice.not_seen") if not (x.future or x.hypothetical)
                and (by := resolver.speaker(s, x.start)) != "adult"
                and not (by == "child" and _child_sees(annotated.words, s, x))]
    if not_seen:
        (h.not_seen_reason if _reason_given(annotated, s) else h.not_seen).append(s)
        return
    who = _speaker(annotated, resolver, s)
    if who == "adult":
        if _child_is_reported(annotated, resolver, s):
            h.second_hand.append(s)
        return
    # 'She said Cody cries at night': a sister's account of Cody, unless Cody is also seen doing something
    sibling_speaks = _spoken_about(annotated, resolver, s, kid)
    if not sibling_speaks and (who == "child" or (who == "unknown" and s.role == "child_views") or (
            who is None and _quoted_child(annotated, resolver, s))):  # 'Amber, 03/02/2026: "I thought ..."'
        if s.quotes or _child_speaks(resolver, s):
            h.own.append(s)
        elif s.has("voice.wish", asserted=True):
            h.wishes.append(s)
        else:
            h.second_hand.append(s)  # "Finley loves Lego and football": what he likes, as staff describe him
        return
    nouns = s.get("voice.voice_noun")
    if not sibling_speaks and any(x.asserted and _possessive(annotated, resolver, s, x.start, kid) for x in nouns) and (
            not any(_not_here(annotated, s, x) for x in nouns)):
        h.own.append(s)
        return
    # Being seen ("seen in clinic", "I saw her with mum") is no observation, nor "appears settled with mum": what
    # the child did is ("reached for").
    generic = [g for g in s.get("voice.generic") if g.asserted]
    words = annotated.words
    # "did not reach for her", "did not cry when Mum left": what a baby does not do is observed too; "appeared
    # happy and settled": a word joined to a general description is part of it
    observations = [x for x in s.get("voice.observation") if not (x.future or x.hypothetical or x.historical)
                    and not any(g.start <= x.start < g.end or (x.start == g.end + 1 and words[g.end] in {"and", ","})
                                for g in generic)]
    if observations and (_with_carer(resolver, s) or len({x.start for x in observations + s.get("voice.seeing")}) >= 2):
        h.observed.append(s)
        return
    if sibling_speaks or s.has("voice.generic", asserted=True) or s.has("voice.account", asserted=True):
        h.second_hand.append(s)


def _with_carer(resolver: Resolver, s: Sentence) -> bool:
    """A parent or carer is in the sentence, by role ("mum", "to her") or by a family adult's first name."""
    return s.has("voice.carer") or any(w in resolver.carers for w in resolver.annotated.lower(s))


def _not_a_verb(words: list[str], s: Sentence, x: Hit) -> bool:
    """"the worries", "the children's shared bedroom", and a passive ("is described as", "came with the children
    when asked") are nobody speaking."""
    before = words[x.start - 1] if x.start > s.start else ""
    return before in _NOT_VERB or (x.label == "voice.speech" and (
        before in _PASSIVE or (before in {"when", "if", "once", "unless"} and words[x.start] in _ASKED)))


def _spoken_about(annotated: Annotated, resolver: Resolver, s: Sentence, kid: Child) -> bool:
    """The children who say or wish something here are others: their words about this child ("Lily said Alfie
    cries", "when I asked her about Alfie's face she said ...", "the children stay with Nan and Ellie says ...").
    When which child speaks cannot be told, a child named only after the first thing said is spoken about."""
    speakers = _speaking(annotated, resolver, s)
    if speakers is not None:
        return bool(speakers) and kid.index not in speakers
    words = annotated.words
    verbs = [x.start for x in s.get("voice.speech") + s.get("voice.wish") + s.get("voice.likes")
             if x.asserted and not _not_a_verb(words, s, x) and resolver.speaker(s, x.start) == "child"]
    named = [i for i in range(s.start, s.end) if words[i] in kid.names]
    return bool(verbs and named) and min(named) > min(verbs)


def _speaking(annotated: Annotated, resolver: Resolver, s: Sentence) -> set[int] | None:
    """The children whose words or wishes a sentence gives (None: a child, but which cannot be told). A verb inside
    a quotation is the quoted child's account ('Maya said "Toby told me ..."'), not Toby speaking."""
    words = annotated.words
    quoted = {i for a, b in s.quotes for i in range(a, b)}
    return resolver.speaking_children(s, [x.start for x in s.get("voice.speech") + s.get("voice.wish")
                                          + s.get("voice.likes")
                                          if x.asserted and not _not_a_verb(words, s, x) and x.start not in quoted])


def _child_speaks(resolver: Resolver, s: Sentence) -> bool:
    """A speech verb ("said", "told me", "drew") whose speaker is the child, or "according to Ruby"; not only a
    wish or feeling verb."""
    words = resolver.annotated.words
    said = any(x.asserted and not _not_a_verb(words, s, x) and resolver.speaker(s, x.start) == "child"
               for x in s.get("voice.speech"))
    return said or any(resolver.attributed(s, x.end) == "child" for x in s.get("voice.attribution"))


def _not_here(annotated: Annotated, s: Sentence, x: Hit) -> bool:
    """"Ruby's wishes and feelings are not yet known", "her views remain unclear", "his views are included in the
    social worker's report", "see her report for his views", "so that her views are known": the views are named as
    missing, held elsewhere or still to be sought (not "her views were that she did not want to go")."""
    opening = [w for w in annotated.words[s.start:s.start + 2] if w != "please"]
    if opening and opening[0] in {"see", "refer"}:  # "Please see the social worker's report for Ruby's views"
        return True
    before = annotated.words[max(s.start, x.start - 3):x.start]
    if "for" in before and {"defer", "refer", "see"} & set(annotated.words[s.start:x.start]):
        return True  # "I would defer to the social worker and nursery for their views"
    lead = " ".join(annotated.words[max(s.start, x.start - 4):x.start])
    if "so that" in lead or "ensure" in lead:  # "... meet her so that her own views are known": a purpose
        return True
    # "Her social worker is best placed to report her wishes": someone else is to give them
    if x.start - 3 >= s.start and annotated.words[x.start - 3] == "to" and annotated.words[x.start - 2] in _TO_GIVE:
        return True
    after = [w for w in annotated.words[x.end:min(x.end + 6, s.end)] if w not in {"been", "yet", "currently", "still"}]
    if len(after) < 2 or after[0] not in {"are", "is", "were", "was", "remain", "remains", "have", "has"}:
        return False
    elsewhere = {"report", "reports", "assessment", "referral"} & set(annotated.words[x.end:s.end])
    return after[1] in _MISSING or (after[1] in _ELSEWHERE and bool(elsewhere))


def _child_sees(words: list[str], s: Sentence, x: Hit) -> bool:
    """"has not seen", "did not see", "has not met": active, so the child named before is the one not seeing."""
    phrase = words[x.start:x.end]
    before = words[x.start - 1] if x.start > s.start else ""
    return (bool({"see", "seen", "met"} & set(phrase)) and "been" not in phrase
            and (before in {"has", "have", "had", "did"} or phrase[0] in {"has", "have", "did"}))


def _reason_given(annotated: Annotated, s: Sentence) -> bool:
    """A reason in the sentence, or opening the next sentence of the same paragraph ("... views. This was because")."""
    if s.has("voice.reason"):
        return True
    following = annotated.sentences[s.index + 1] if s.index + 1 < len(annotated.sentences) else None
    return following is not None and following.block == s.block and following.has("voice.reason")


def _speaker(annotated: Annotated, resolver: Resolver, s: Sentence) -> str | None:
    """Whose words a sentence gives: per clause (split at ";"), the first speech or wish verb whose subject is not the
    author decides; a child's words in any clause make it the child's voice ("Mum said she fell; Freya said ...")."""
    for x in s.get("voice.attribution"):  # "According to Mum, Ruby wants to stay at home"
        if (who := resolver.attributed(s, x.end)) is not None:
            return who
    words = annotated.words
    verbs = sorted((x for x in s.get("voice.speech") + s.get("voice.wish") + s.get("voice.likes")
                    if x.asserted and not _not_a_verb(words, s, x)), key=lambda x: x.start)
    found: list[str] = []
    clause_owner: dict[int, str] = {}
    if words[s.start] in _SUBORDINATORS:  # "When Ms Hill asked what she had for tea she said ...": not Ms Hill's
        verbs = verbs[1:]
    for verb in verbs:
        clause = words[s.start:verb.start].count(";")
        if clause in clause_owner:
            continue  # "Mum said Ruby wants ...": the later verb is inside what Mum said
        who = resolver.speaker(s, verb.start)
        if who != "author":
            clause_owner[clause] = who
            found.append(who)
    if "child" in found:
        return "child"
    return found[0] if found else None


def _child_is_reported(annotated: Annotated, resolver: Resolver, s: Sentence) -> bool:
    """"Mum says Jack is happy": a child named after the adult's verb is the subject of a later wish, feeling or
    description. "Ms Hall said she wants support with Ruby's sleep" reports the mother's wish, not Ruby's."""
    words = annotated.words
    marks = sorted(x.start for x in s.get("voice.attribution") + s.get("voice.speech") + s.get("voice.wish")
                   + s.get("voice.likes") + s.get("voice.generic"))
    if not marks:
        return False
    children_at = [i for i in range(marks[0], s.end) if words[i] in resolver.by_name or resolver.child_word(i)]
    quoted_of_child = any(0 < q - c <= 2 for c in children_at for q, _ in s.quotes)  # 'Lisa tells me Jack "is angry"'
    # "Her mother said she is happy": a description of the child, even by pronoun (not a wish: "she wants support")
    described = [x.start for x in s.get("voice.generic") if x.start > marks[0]]
    pronouns = [i for i in range(marks[0], s.end) if words[i] in CHILD_PRONOUNS]
    selves = _selves(annotated, resolver, s, marks[0], children_at)
    people = sorted(children_at + pronouns)

    def of_child(m: int) -> bool:  # the person named last before a description is not the adult speaking
        return not (before := [p for p in people if p < m]) or before[-1] not in selves
    # "Staff describe Ruby as quiet", "her teacher reports that Ruby is kind": the child is what is described
    subject_of = any(c + 1 < s.end and words[c + 1] in _DESCRIBED for c in children_at + pronouns if c not in selves)
    return (any(c < m and of_child(m) for c in children_at for m in marks[1:]) or quoted_of_child or subject_of
            or (len(marks) == 1 and s.has("voice.generic"))
            or any(p < d and of_child(d) for p in pronouns if p not in selves for d in described))


def _selves(annotated: Annotated, resolver: Resolver, s: Sentence, verb: int, children_at: list[int]) -> set[int]:
    """"Ms Hughes states she manages the routines well when she is well", "He reports that he gets up with Mason":
    an adult named by title or pronoun speaking of themselves, so "she" or "he" after the verb, until a child is
    named, is that adult (not "His mother said he is happy", where the adult is named from the child)."""
    words = annotated.words
    kind, at = resolver._speaker(s, verb)
    if kind != "adult" or at is None:
        return set()
    gender = words[at] if words[at] in {"he", "she"} else None
    if gender is None and at > s.start:
        title = words[at - 1]
        gender = "she" if title in FEMALE_TITLES else "he" if title in MALE_TITLES else None
    named = min((c for c in children_at if c > verb and words[c] in resolver.by_name), default=s.end)
    return {i for i in range(verb + 1, named) if words[i] == gender}


def _possessive(annotated: Annotated, resolver: Resolver, s: Sentence, start: int, kid: Child) -> bool:
    """"Ruby's wishes", "her views", "in his own words": the voice noun belongs to the child (not "my view"). A "his"
    or "her" is a child's only when the sentence names the child or a child came before it: not when the children
    are there only as a group after a sentence about an adult ("I hold nothing on his contact with the children or
    his views": the father's)."""
    words = annotated.words
    before = words[max(0, start - 2):start]
    if not any(w in {"'s", "’s", "his", "her", "their"} for w in before):
        return False
    if not {"his", "her"} & set(before) or len(resolver.kids) == 1 or kid.names & set(words[s.start:s.end]):
        return True
    return (resolver.before[0] == "child" and kid.index in resolver.before[1]) or kid.index in (resolver.topic or ())


def _left_blank(annotated: Annotated) -> bool:
    """The child's views section is there but answered with nothing, or only "Not known" or "N/A" (not "See
    above", which points to an answer elsewhere)."""
    views = [sec for sec in annotated.structure.sections if sec.role == "child_views" and sec.status != "missing"]
    return bool(views) and all(sec.status == "empty" and not _POINTER.search(sec.empty_reason or "")
                               for sec in views)


def _judge(annotated: Annotated, living: list[Child], heard: dict[int, _Heard]):
    reg = registry()
    reasons: list[str] = []
    evidence: list[Evidence] = []
    findings: list[Finding] = []
    states: dict[int, str] = {}
    blank_views = _left_blank(annotated)
    for kid in living:
        h = heard[kid.index]
        preverbal = kid.preverbal or h.non_verbal
        if (h.not_seen or h.not_seen_reason) and not any(s.role == "child_views" for s in h.own):
            # The report says their views were not obtained: words quoted outside the child's views (a disclosure to
            # a teacher, say) are an account of events, not the views this agency was asked for.
            h.own = []
            h.wishes = []
        if blank_views:  # "Child's views: Not known.": Dad's "she is doing fine" elsewhere is not her voice
            h.second_hand = [s for s in h.second_hand if s.role == "child_views"]
        # What a child wants or feels, told by the author, is their voice; for a baby, or beside a generic
        # description ("a happy boy who wants to help"), it is a description of them.
        for s in h.wishes:
            (h.second_hand if preverbal or s.has("voice.generic", asserted=True) else h.own).append(s)
        if h.own or (preverbal and h.observed):
            states[kid.index] = "met"
            for s in (h.own or h.observed)[:2]:
                if all(e.quote != s.text for e in evidence):
                    evidence.append(Evidence(quote=s.text, location=annotated.location(s)))
            continue
        fix = str(reg.setting("voice", "fix_preverbal" if preverbal else "fix_verbal")).format(child=kid.label)
        # The best of what there is decides: a reason for not seeing the child (what the author most needs to act
        # on), someone's account, "not seen" without a reason, then an observation of a child who can talk.
        weaker = ((h.not_seen_reason, "partial", "RC-VOICE-003"),
                  (h.second_hand, "partial", "RC-VOICE-002"),
                  (h.not_seen, "not_met", "RC-VOICE-004"),  # "not spoken to" outweighs a glimpse of a talking child
                  (h.observed, "partial", "RC-VOICE-002"))
        found = next(((said, state, rule) for said, state, rule in weaker if said), None)
        if found:
            said, states[kid.index], rule = found
            f = reg.finding(rule, location=annotated.location(said[0]), quote=said[0].text, child=kid.label,
                            excerpt=said[0].short(), fix=fix)
        else:
            states[kid.index] = "not_met"
            f = reg.finding("RC-VOICE-001", location=annotated.heading_location("child_views"), child=kid.label,
                            fix=fix)
        findings.append(f)
        reasons.append(f.message)
    values = set(states.values())
    if values == {"met"}:
        status = "met"
    elif values == {"not_met"}:
        status = "not_met"
    else:
        status = "partial"
        heard_kids = [k.label for k in living if states[k.index] == "met"]
        missing = [k.label for k in living if states[k.index] != "met"]
        if heard_kids and len(living) > 1:
            findings.append(reg.finding("RC-VOICE-005", location=annotated.heading_location("child_views"),
                                        heard=", ".join(heard_kids), missing=", ".join(missing)))
    return Criterion(status=status, reasons=reasons, evidence=evidence), findings

