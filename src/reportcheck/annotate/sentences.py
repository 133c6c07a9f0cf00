"""`rc_sentences`: sentence boundaries for reports.

Reports break lines without full stops (bullets, form answers, "Date: 14/11/2025"), so every line break starts a
sentence; a full stop, "!" or "?" ends one unless the next word is lower case. Abbreviations such as "Dr." and
"D.O.B." stay whole because the tokenizer keeps their stops inside the token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDS = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}


@Language.component("rc_sentences")
def rc_sentences(doc: Doc) -> Doc:
    prev_end = False  # the previous token ends a sentence
    prev_break = True  # the previous token is a line break
    for token in doc:
        text = token.text
        if token.is_space:  # whitespace stays with the sentence before it
            token.is_sent_start = token.i == 0
            if "\n" in text:
                prev_break = True
            continue
        closing = prev_end and text in _CLOSERS  # the quote mark or bracket after a full stop stays with it
        token.is_sent_start = prev_break or (prev_end and not closing and not text[0].islower())
        prev_break = False
        if text in _ENDS:
            prev_end = True
        elif not closing:
            prev_end = False
    return doc
