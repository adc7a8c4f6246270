"""The trained passage models: text features plus lexicon features into one logistic regression per labelled warning.

Three kinds share this code: ``tfidf`` (sublinear TF-IDF unigrams; the default install), ``tfidf+minilm`` (the same
unigrams followed by the 384-d all-MiniLM-L6-v2 sentence embedding; the ``ml`` extra, see :mod:`.embedding`) and
``minilm`` (the embedding alone; artifacts of earlier releases). The lexicon features are, for
every label of docs/taxonomy.md, the context-read cue score and the number of cues (:func:`lexicon_features`): they let
the model learn how far to trust each lexicon on real passages.

The artifact (``ficlens/models/warnings-linear.json.gz``) is small plain JSON — vocabulary, idf, per-label
weights, bias and decision threshold — rebuilt by ``scripts/train_warnings.py`` from shared/data/passages. Scoring
is a sparse dot product in pure Python, so no scikit-learn is needed at run time. The same :func:`featurize` is
used for training and scoring.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ficlens.analyse.warnings.cue_scan import EvidenceFn, evidence_reader
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.artifacts import shipped_bytes
from ficlens.errors import FiclensError

ARTIFACT = "models/warnings-linear.json.gz"
ML_ARTIFACT = "models/warnings-minilm.json.gz"
FORMAT = "ficlens.warnings-linear/2"
# Words of two or more word characters: the same tokens as scikit-learn's r"\b\w\w+\b" (a greedy run from a word's
# start ends at its end, so the \b tests are implied), found about twice as fast without them.
TOKEN = re.compile(r"\w\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (the training passages are lower-cased, so every input is)."""
    return TOKEN.findall(normalize(text))


LEXICON_FEATURES = 2 * len(LABELS)
MAX_CUES = 4


def featurize(text: str, vocabulary: dict[str, int], idf: list[float]) -> dict[int, float]:
    """Sublinear TF-IDF of the known words, L2-normalised: the vector scikit-learn's TfidfVectorizer would give."""
    vec: dict[int, float] = {}
    for tok, n in Counter(tokens(text)).items():  # counted first, then looked up once per distinct word
        k = vocabulary.get(tok)
        if k is not None:
            vec[k] = (1.0 + math.log(n)) * idf[k]
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def lexicon_features(text: str, evidence: EvidenceFn | None = None) -> list[float]:
    """Per label (TAXONOMY order): the context-read lexicon score and min(cues, 4) / 4. ``evidence(label)`` may
    supply already computed evidence for ``text``."""
    if evidence is None:
        evidence = evidence_reader(normalize(text))
    out: list[float] = []
    for label in LABELS:
        found = evidence(label)
        out += [found.score, min(len(found.hits), MAX_CUES) / MAX_CUES]
    return out


@dataclass(frozen=True, slots=True)
class LabelWeights:
    coef: dict[int, float]
    bias: float
    threshold: float  # probability at which the label is decided positive (chosen by inner CV when training)


@dataclass(frozen=True, slots=True)
class LinearModel:
    vocabulary: dict[str, int]
    idf: list[float]
    labels: dict[str, LabelWeights]
    meta: dict[str, Any]
    kind: str = "tfidf"  # or "tfidf+minilm", "minilm"

    @property
    def embeds(self) -> bool:
        """Whether the text features include the MiniLM embedding (the ml extra)."""
        return "minilm" in self.kind

    @property
    def text_dim(self) -> int:
        if self.embeds:
            from ficlens.analyse.warnings.embedding import DIM

            return len(self.vocabulary) + DIM
        return len(self.vocabulary)

    def vector(self, text: str, evidence: EvidenceFn | None = None) -> dict[int, float]:
        """Text features (indices below :attr:`text_dim`) followed by the lexicon features."""
        return self.vectors([text], [evidence])[0]

    def vectors(self, texts: list[str], evidences: list[EvidenceFn | None]) -> list[dict[int, float]]:
        """:meth:`vector` for many texts (embeddings are computed in one batch)."""
        text_vecs = [featurize(text, self.vocabulary, self.idf) for text in texts]
        if self.embeds:
            from ficlens.analyse.warnings.embedding import embed

            offset = len(self.vocabulary)
            for vec, row in zip(text_vecs, embed(texts), strict=True):
                vec.update({offset + i: v for i, v in enumerate(row)})
        base = self.text_dim
        for vec, text, evidence in zip(text_vecs, texts, evidences, strict=True):
            vec.update({base + i: v for i, v in enumerate(lexicon_features(text, evidence)) if v})
        return text_vecs

    def score(self, vector: dict[int, float], label: str) -> float | None:
        """Calibrated score in [0, 1] with 0.5 at the label's threshold; None for a label the model lacks."""
        weights = self.labels.get(label)
        if weights is None:
            return None
        z = weights.bias + sum(weights.coef.get(k, 0.0) * v for k, v in vector.items())
        shift = math.log(weights.threshold / (1.0 - weights.threshold))
        return 1.0 / (1.0 + math.exp(-(z - shift)))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kind": self.kind,
            "meta": self.meta,
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.__getitem__),
            "idf": [round(x, 5) for x in self.idf],
            "labels": {
                label: {"coef": {str(k): round(v, 5) for k, v in sorted(w.coef.items())},
                        "bias": round(w.bias, 6), "threshold": round(w.threshold, 6)}
                for label, w in sorted(self.labels.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        if data.get("format") != FORMAT:
            raise FiclensError(f"warnings model: unknown artifact format {data.get('format')!r}")
        labels = {
            label: LabelWeights({int(k): float(v) for k, v in w["coef"].items()}, float(w["bias"]),
                                float(w["threshold"]))
            for label, w in data["labels"].items()
        }
        vocab = {word: i for i, word in enumerate(data["vocabulary"])}
        return cls(vocabulary=vocab, idf=[float(x) for x in data["idf"]], labels=labels, meta=dict(data["meta"]),
                   kind=str(data.get("kind", "tfidf")))


def write_model(model: LinearModel, path: str) -> None:
    # mtime=0 keeps the gzip bytes deterministic.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8"))


@lru_cache(maxsize=2)
def load_model(artifact: str = ARTIFACT) -> LinearModel | None:
    """A shipped model, loaded once; None when the artifact is absent."""
    blob = shipped_bytes(artifact)
    if blob is None:
        return None
    return LinearModel.from_json(json.loads(gzip.decompress(blob)))
