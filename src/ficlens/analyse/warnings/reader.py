"""The passage reader: a cheap learned first stage that scores every passage of a work for all 33 labels.

Unlike the cue path (:mod:`.aggregate`: only passages holding a listed cue of a label are judged for it), the
reader needs no cue: one logistic regression per label (one-vs-rest) over binary word unigrams and bigrams of the
passage (L2-normalised) plus, as extra inputs, which labels' cues occur in it (free: the cue scan of the whole work
has already found them). Trained on Webis set 0 and the team's written passages (data/passages/train.jsonl) by
``scripts/train_passage_reader.py``; the artifact (``ficlens/models/passage-reader.npz``) holds the vocabulary and
float16 weights, and scoring is a numpy sum of weight rows: no scikit-learn at run time.

A score is the label's probability mapped so the label's training threshold (best balanced accuracy out of fold)
reads 0.5, like the trained models of :mod:`.model`. How the reader's scores enter a decision is the classifier's
business (:class:`~.classifier.PassageClassifier`, engine ``reader``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.model import tokens
from ficlens.analyse.warnings.static_embed import EMBEDDINGS_ARTIFACT, StaticEmbedder, load_embedder
from ficlens.artifacts import npz_fields, shipped_bytes, write_npz
from ficlens.errors import FiclensError

READER_ARTIFACT = "models/passage-reader.npz"
READER_FORMAT = "ficlens.passage-reader/1"


def features(text: str) -> set[str]:
    """The passage's distinct word unigrams and bigrams ("a b"), lower-cased (the same for training and scoring)."""
    toks = tokens(text)
    out = set(toks)
    out.update(f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
    return out


@dataclass(frozen=True)
class PassageReader:
    """Per-label linear weights over the vocabulary's features, then one row per label's cue-present input, then
    (when ``embedder`` is set) one row per dimension of the passage's static embedding (:mod:`.static_embed`)."""

    vocabulary: dict[str, int]
    weights: np.ndarray  # (len(vocabulary) + len(LABELS) + embedding dims, len(labels)), float32 at run time
    bias: np.ndarray  # (len(labels),)
    shift: np.ndarray  # logit of each label's threshold
    labels: tuple[str, ...]
    embedder: StaticEmbedder | None = None

    def column(self, label: str) -> int:
        """The score column of ``label`` (a label of TAXONOMY.md)."""
        return self.labels.index(label)

    def logits(self, text: str, cues: set[str] | frozenset[str] = frozenset(),
               embedding: np.ndarray | None = None) -> np.ndarray:
        """The raw per-label logits of one passage; ``cues``: the labels whose cues occur in it; ``embedding``: its
        static embedding when already computed (else it is computed here when the reader has an embedder)."""
        found = [k for f in features(text) if (k := self.vocabulary.get(f)) is not None]
        z = self.bias.copy()
        if found:
            z += self.weights[found].sum(axis=0) / math.sqrt(len(found))
        base = len(self.vocabulary)
        for label in cues:
            z += self.weights[base + LABELS.index(label)]
        if self.embedder is not None:
            if embedding is None:
                embedding = self.embedder.encode([text])[0]
            z += embedding @ self.weights[base + len(LABELS):]
        return z

    def scores(self, text: str, cues: set[str] | frozenset[str] = frozenset()) -> np.ndarray:
        """Per-label scores in [0, 1] of one passage, 0.5 at each label's threshold (columns: :attr:`labels`)."""
        return 1.0 / (1.0 + np.exp(-(self.logits(text, cues) - self.shift)))

    def score_many(self, texts: list[str], cues: list[set[str]] | None = None) -> np.ndarray:
        """:meth:`scores` of many passages, one row each (their embeddings computed in one batch)."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        embedded = self.embedder.encode(texts) if self.embedder is not None else None
        rows = [self.logits(text, cues[i] if cues is not None else frozenset(),
                            embedded[i] if embedded is not None else None) for i, text in enumerate(texts)]
        return 1.0 / (1.0 + np.exp(-(np.vstack(rows) - self.shift)))


def write_reader(path: str, vocabulary: list[str], weights: np.ndarray, bias: np.ndarray, thresholds: np.ndarray,
                 labels: list[str], embed_dims: int = 0) -> None:
    """Save a reader artifact (float16 weights; deterministic bytes for the same inputs). ``embed_dims``: how many
    trailing weight rows read the static embedding of :mod:`.static_embed` (0: none)."""
    write_npz(path, READER_FORMAT, vocabulary=np.array("\n".join(vocabulary)), weights=weights.astype(np.float16),
              bias=bias.astype(np.float32), thresholds=thresholds.astype(np.float32),
              labels=np.array("\n".join(labels)), embed_dims=np.array(embed_dims))


def reader_from_bytes(blob: bytes, embedder: StaticEmbedder | None = None) -> PassageReader:
    """A reader from an artifact's bytes (``embedder``: the static embeddings it reads, when it reads them; the
    shipped table by default); a FiclensError names what is wrong."""
    with npz_fields(blob, "passage reader", READER_FORMAT) as data:
        vocab = str(data["vocabulary"]).split("\n")
        labels = tuple(str(data["labels"]).split("\n"))
        weights = data["weights"].astype(np.float32)
        thresholds = np.clip(data["thresholds"].astype(np.float64), 1e-6, 1 - 1e-6)
        bias = data["bias"].astype(np.float32)
        dims = int(data["embed_dims"]) if "embed_dims" in data.files else 0
    if weights.shape != (len(vocab) + len(LABELS) + dims, len(labels)):
        raise FiclensError(f"passage reader: weights of shape {weights.shape} do not fit the vocabulary")
    if dims:
        embedder = embedder if embedder is not None else load_embedder()
        if embedder is None or embedder.dims != dims:
            raise FiclensError(f"passage reader: needs static embeddings of {dims} dimensions ({EMBEDDINGS_ARTIFACT})")
    shift = np.log(thresholds / (1.0 - thresholds)).astype(np.float32)
    return PassageReader({w: i for i, w in enumerate(vocab)}, weights, bias, shift, labels,
                         embedder if dims else None)


@lru_cache(maxsize=1)
def load_reader() -> PassageReader | None:
    """The shipped reader, loaded once; None when the artifact is absent."""
    blob = shipped_bytes(READER_ARTIFACT)
    return reader_from_bytes(blob) if blob is not None else None
