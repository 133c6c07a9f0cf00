"""`rc_lexicon`: every phrase list of the rule packs, matched in one pass with spaCy's PhraseMatcher.

Matches are stored as `Hit`s in `doc.user_data["rc_hits"]`, labelled "<pack>.<list>" (e.g. "voice.speech").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..rulepack import registry


@dataclass(slots=True)
class Hit:
    label: str  # "<pack>.<list>"
    start: int  # token index
    end: int  # token index, exclusive
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False

    @property
    def asserted(self) -> bool:
        """True when the text says this happened: not negated, not future, not hypothetical."""
        return not (self.negated or self.future or self.hypothetical)


class LexiconMatcher:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.labels: dict[int, str] = {}
        for pack_name, pack in registry().packs.items():
            for list_name, phrases in pack.lexicon.items():
                label = f"{pack_name}.{list_name}"
                key = nlp.vocab.strings.add(label)
                self.labels[key] = label
                self.matcher.add(label, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        labels = self.labels
        doc.user_data["rc_hits"] = [Hit(labels[key], start, end) for key, start, end in self.matcher(doc)]
        return doc


@Language.factory("rc_lexicon")
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    return LexiconMatcher(nlp)
