"""`rc_quotes`: the quotations in a report, the strongest form of a child's (or anyone's) own words.

Double quotes of any style, and single quotes that are not apostrophes. Who is speaking is decided by the criteria,
which know the people in the report; this component only finds the quoted words.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_QUOTE = re.compile(
    r"[\"“”„]([^\"“”„\n]{2,400}?)[\"“”]"  # "..." “...”
    r"|(?<![\w’'])['‘]([^'‘’\n]{2,400}?)['’](?![\w’'])"  # '...' ‘...’ but not don't / parents'
)


@Language.component("rc_quotes")
def rc_quotes(doc: Doc) -> Doc:
    spans = []
    for m in _QUOTE.finditer(doc.user_data["rc_text"]):  # doc.text, read once by rc_sentences
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) >= 2:
            spans.append((span.start, span.end))
    doc.user_data["rc_quotes"] = spans
    return doc
