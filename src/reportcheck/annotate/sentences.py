"""`rc_sentences`: sentence boundaries for reports.

Reports break lines without full stops (bullets, form answers, "Date: 14/11/2025"), so every line break starts a
sentence; a full stop, "!" or "?" ends one unless the next word is lower case. Abbreviations such as "Dr." and
"D.O.B." stay whole because the tokenizer keeps their stops inside the token.

What the later components and `annotate` need is kept in `doc.user_data`, read from arrays once here: the token
texts ("rc_texts"), the document text ("rc_text") and the first token of each sentence ("rc_sent_starts"). Reading
`doc.text`, `doc.sents` or `span.text` instead creates a Python object per token, several times per report.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

_ENDS = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}
_QUOTE_MARKS = {'"', "“", "”"}


@Language.component("rc_sentences")
def rc_sentences(doc: Doc) -> Doc:
    # Boundaries are set in one array call: setting token.is_sent_start one token at a time re-checks the whole
    # document each time, which makes long reports quadratic.
    strings = doc.vocab.strings
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    texts = [strings[orth] for orth in orths]
    doc.user_data["rc_texts"] = texts
    doc.user_data["rc_text"] = "".join([t + " " if space else t for t, space in zip(texts, spaces)])
    starts = numpy.full((len(doc), 1), -1, dtype="int32")
    prev_end = False  # the previous token ends a sentence
    prev_break = True  # the previous token is a line break
    quoted = False  # inside a quotation: 'Mum said: "I know. I want help."' is one sentence, whoever speaks in it
    for i, text in enumerate(texts):
        if text.isspace():  # whitespace stays with the sentence before it
            if i == 0:
                starts[0, 0] = 1
            if "\n" in text:
                prev_break, quoted = True, False  # an unclosed quotation ends with its paragraph
            continue
        closing = prev_end and text in _CLOSERS  # the quote mark or bracket after a full stop stays with it
        if prev_break or (prev_end and not closing and not quoted and not text[0].islower()):
            starts[i, 0] = 1
        if text in _QUOTE_MARKS:
            quoted = text != "”" and (text == "“" or not quoted)
        prev_break = False
        if text in _ENDS:
            prev_end = True
        elif not closing:
            prev_end = False
    if len(doc):
        doc.from_array([SENT_START], starts.astype("uint64"))
    doc.user_data["rc_sent_starts"] = numpy.flatnonzero(starts[:, 0] == 1).tolist()
    return doc
