"""`rc_sentences`: sentence boundaries for reports.

Reports break lines without full stops (bullets, form answers, "Date: 14/11/2025"), so a line break starts a
sentence, except a single break inside a paragraph or cell between a line that ends mid-sentence and one that goes
on in lower case, or any line after one ending on a word no sentence ends with (text wrapped by hand: "... on police
bail, the\ninvestigation is ongoing", "at her review on\n26/03/2026"); a full stop, "!" or "?" ends one unless the
next word is lower case. Abbreviations such as "Dr." and "D.O.B." stay whole because the tokenizer keeps their stops
inside the token.

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
_LINE_ENDS = _ENDS | {":", ";"}  # a line ending so is complete: the next line starts afresh
_NEVER_LAST = {"a", "an", "the", "of", "on", "at", "by", "to", "from", "with", "for", "in", "and", "or", "until"}


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
    wrapped = False  # that break is a single one after a line that ends mid-sentence
    last = ""  # the previous token that is not whitespace
    quoted = False  # inside a quotation: 'Mum said: "I know. I want help."' is one sentence, whoever speaks in it
    for i, text in enumerate(texts):
        if text.isspace():  # whitespace stays with the sentence before it
            if i == 0:
                starts[0, 0] = 1
            if "\n" in text:
                wrapped = text.count("\n") == 1 and last != "" and last not in _LINE_ENDS
                prev_break, quoted = True, wrapped and quoted  # an unclosed quotation ends with its paragraph
            continue
        closing = prev_end and text in _CLOSERS  # the quote mark or bracket after a full stop stays with it
        if (prev_break and not (wrapped and (text[0].islower() or last.lower() in _NEVER_LAST))) or (
                prev_end and not closing and not quoted and not text[0].islower()):
            starts[i, 0] = 1
        if text in _QUOTE_MARKS:
            quoted = text != "”" and (text == "“" or not quoted)
        prev_break, wrapped, last = False, False, text
        if text in _ENDS:
            prev_end = True
        elif not closing:
            prev_end = False
    if len(doc):
        doc.from_array([SENT_START], starts.astype("uint64"))
    doc.user_data["rc_sent_starts"] = numpy.flatnonzero(starts[:, 0] == 1).tolist()
    return doc
