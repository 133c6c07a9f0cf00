"""The spaCy pipeline: a blank English tokenizer (or a user's installed model) plus the report components.

No model can be downloaded: by default the pipeline is `spacy.blank("en")`; setting the environment variable
REPORTCHECK_SPACY_MODEL (or `spacy_model` in the configuration) to an installed package such as en_core_web_sm uses
that model's tokenizer and components instead, with the report components added after them.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ConfigError
from . import context, lexicon, quotes, sentences  # noqa: F401  (registers the components)

COMPONENTS = ("rc_sentences", "rc_lexicon", "rc_context", "rc_quotes")


def build_pipeline(model: str | None = None) -> Language:
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError:
            raise ConfigError(f"the spaCy model {model!r} is not installed; "
                              "install it or unset the model setting") from None
        # The report's own sentence rules decide boundaries; a parser's would disagree on bullets and form lines.
        for name in ("parser", "senter"):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
    else:
        nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def pipeline(model: str | None = None) -> Language:
    """The pipeline for `model` (default: the environment's choice, else blank English), built once per process."""
    return build_pipeline(model or os.environ.get("REPORTCHECK_SPACY_MODEL") or None)
