"""`rc_context`: whether each match is negated, future, hypothetical or historical (a ConText-style component).

Unlike a pairing of every modifier with every match over the whole document, triggers only reach within their own
sentence, up to a terminator ("but", "however", ";") and at most `window` tokens, so the cost grows with the length
of the report, not with the square of its matches. Trigger lists and the window live in rules/packs/context.yaml.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from ..rulepack import registry

_FORWARD = {"context.negated_forward": "negated", "context.future_forward": "future",
            "context.hypothetical_forward": "hypothetical", "context.historical_forward": "historical"}
_BACKWARD = {"context.negated_backward": "negated"}
_TERMINATOR = "context.terminators"
_QUESTION = "context.question_words"
_PSEUDO = "context.pseudo"  # phrases holding a negation word that negate nothing ("no objection", "no doubt")
_NEGATIONS = ("context.negated_forward", "context.negated_backward")


class ContextTagger:
    def __init__(self, window: int):
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        hits = doc.user_data.get("rc_hits", [])
        sent_starts = doc.user_data["rc_sent_starts"]
        by_sent: dict[int, tuple[list, list, list]] = {}
        questions = {hit.end for hit in hits if hit.label == _QUESTION}  # where a question word's next token is
        pseudo = [(hit.start, hit.end) for hit in hits if hit.label == _PSEUDO]
        for hit in hits:
            sent = bisect_right(sent_starts, hit.start) - 1
            triggers, terminators, targets = by_sent.setdefault(sent, ([], [], []))
            if hit.label in _FORWARD or hit.label in _BACKWARD:
                if not _is_date_word(doc, hit) and not (hit.label in _NEGATIONS and any(
                        a <= hit.start < b for a, b in pseudo)):
                    triggers.append(hit)
            elif hit.label == _TERMINATOR:
                terminators.append(hit.start)
            elif not hit.label.startswith("context."):
                targets.append(hit)
        for sent, (triggers, terminators, targets) in by_sent.items():
            sent_end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else len(doc)
            ends = {id(t): _reach_end(doc, t, sent_end, questions) for t in triggers}
            for target in targets:
                for trig in triggers:
                    if target.start >= ends[id(trig)]:
                        continue
                    if trig.start < target.end and trig.end > target.start:
                        continue  # a trigger inside the match is part of what was matched
                    if trig.label in _FORWARD and trig.end <= target.start:
                        lo, hi = trig.end, target.start
                        attr = _FORWARD[trig.label]
                    elif trig.label in _BACKWARD and trig.start >= target.end:
                        lo, hi = target.end, trig.start
                        attr = _BACKWARD[trig.label]
                    else:
                        continue
                    if hi - lo <= self.window and not any(lo <= t < hi for t in terminators):
                        setattr(target, attr, True)
        return doc


def _reach_end(doc: Doc, trig, sent_end: int, questions: set[int]) -> int:
    """Where a trigger's reach ends: for a modal inside a question someone asked ("When asked what would help, she
    said ..."), the next comma, so the answer is not hypothetical; else the sentence's end."""
    if trig.label != "context.hypothetical_forward" or trig.start not in questions:
        return sent_end
    return next((i for i in range(trig.end, sent_end) if doc[i].text == ","), sent_end)


def _is_date_word(doc: Doc, hit) -> bool:
    """"May" in "3 May 2025" is a month, not a modal verb."""
    if doc[hit.start].lower_ != "may" or hit.end - hit.start != 1:
        return False
    near = [doc[i] for i in (hit.start - 1, hit.start + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in near) or doc[hit.start].text == "May"


@Language.factory("rc_context")
def make_context_tagger(nlp: Language, name: str) -> ContextTagger:
    return ContextTagger(window=int(registry().setting("context", "window")))
