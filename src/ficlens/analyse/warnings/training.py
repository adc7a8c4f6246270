"""Fitting the passage model on the labelled passages (used by scripts/train_warnings.py and eval/).

Per labelled warning: a logistic regression on sublinear TF-IDF unigrams (kind ``tfidf``) or MiniLM sentence
embeddings (kind ``minilm``, needs the ml extra) plus the lexicon features of every label
(:func:`ficlens.analyse.warnings.model.lexicon_features`). Targets are soft (each passage counts
as positive with weight votes/3 and as negative with weight 1 - votes/3); passages judged positive for *other*
warnings join as light negatives (weight 0.3), so the model learns the warning rather than the dark topic all
candidate passages share. Classes are balanced. The decision threshold is chosen by an inner cross-validation
grouped by work on the training rows only (maximising balanced accuracy among the label's own passages).
Needs scikit-learn (a default dependency); scoring does not.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ficlens.analyse.warnings.model import LabelWeights, LinearModel, lexicon_features, tokens

C = 4.0
OTHER_NEGATIVE_WEIGHT = 0.3
MIN_DF = 2
INNER_FOLDS = 5


@dataclass(frozen=True, slots=True)
class Passage:
    warning: str
    votes: int  # of 3 annotators
    text: str
    work_id: str

    @property
    def positive(self) -> bool:
        return self.votes >= 2


def load_passages(path: Path) -> list[Passage]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                rows.append(Passage(d["warning"], int(sum(d["labels"])), d["text"], str(d["work_id"])))
    return rows


def _fit_weights(x: object, rows: Sequence[Passage], label: str) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    own = [i for i, r in enumerate(rows) if r.warning == label]
    other = [i for i, r in enumerate(rows) if r.warning != label and r.positive]
    idx = own + other + own
    y = np.array([1] * len(own) + [0] * len(other) + [0] * len(own))
    w = np.array([rows[i].votes / 3 for i in own] + [OTHER_NEGATIVE_WEIGHT] * len(other)
                 + [1 - rows[i].votes / 3 for i in own], dtype=float)
    for cls in (0, 1):
        w[y == cls] *= w.sum() / 2 / max(w[y == cls].sum(), 1e-9)
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(x[idx], y, sample_weight=w)  # type: ignore[index]
    return clf.coef_[0], float(clf.intercept_[0])


Embedder = Callable[[list[str]], list[list[float]]]


class _Features:
    """Text features (TF-IDF fitted on the training rows, or embeddings) stacked with the lexicon features."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.tfidf = TfidfVectorizer(analyzer=tokens, min_df=MIN_DF, sublinear_tf=True)
        self.embedder = embedder

    def fit_transform(self, rows: Sequence[Passage]) -> object:
        if self.embedder is not None:
            return self.transform(rows)
        return self._stack(self.tfidf.fit_transform([r.text for r in rows]), rows)

    def transform(self, rows: Sequence[Passage]) -> object:
        if self.embedder is not None:
            from scipy import sparse

            return self._stack(sparse.csr_matrix(np.array(self.embedder([r.text for r in rows]))), rows)
        return self._stack(self.tfidf.transform([r.text for r in rows]), rows)

    @staticmethod
    def _stack(x: object, rows: Sequence[Passage]) -> object:
        from scipy import sparse

        lex = sparse.csr_matrix(np.array([_lexicon_row(r.text) for r in rows]))
        return sparse.hstack([x, lex]).tocsr()


_LEX_CACHE: dict[str, list[float]] = {}


def _lexicon_row(text: str) -> list[float]:
    if text not in _LEX_CACHE:
        _LEX_CACHE[text] = lexicon_features(text)
    return _LEX_CACHE[text]


def best_threshold(scores: np.ndarray, positive: np.ndarray) -> float:
    """The probability threshold with the best balanced accuracy (midpoints between distinct scores)."""
    if positive.all() or not positive.any():
        return 0.5
    cands = np.unique(scores)
    mids = (cands[:-1] + cands[1:]) / 2 if len(cands) > 1 else cands
    best, best_acc = 0.5, -1.0
    for t in mids:
        acc = (np.mean(scores[positive] >= t) + np.mean(scores[~positive] < t)) / 2
        if acc > best_acc + 1e-12:
            best, best_acc = float(t), float(acc)
    return min(max(best, 0.02), 0.98)


def _inner_thresholds(rows: Sequence[Passage], labels: Sequence[str], embedder: Embedder | None) -> dict[str, float]:
    from sklearn.model_selection import GroupKFold

    groups = [r.work_id for r in rows]
    oof = {label: np.zeros(len(rows)) for label in labels}
    for tr, te in GroupKFold(INNER_FOLDS).split(rows, groups=groups):
        sub = [rows[i] for i in tr]
        feats = _Features(embedder)
        xtr = feats.fit_transform(sub)
        xte = feats.transform([rows[i] for i in te])
        for label in labels:
            coef, bias = _fit_weights(xtr, sub, label)
            oof[label][te] = 1 / (1 + np.exp(-(xte @ coef + bias)))
    out = {}
    for label in labels:
        own = np.array([r.warning == label for r in rows])
        pos = np.array([r.positive for r in rows])
        out[label] = best_threshold(oof[label][own], pos[own])
    return out


def fit_model(rows: Sequence[Passage], labels: Sequence[str] | None = None,
              embedder: Embedder | None = None) -> LinearModel:
    """Fit the whole model (vocabulary, idf, one weight vector and threshold per label) on ``rows``; with an
    ``embedder`` (texts -> vectors) the text features are its embeddings (kind ``minilm``)."""
    labels = sorted({r.warning for r in rows}) if labels is None else list(labels)
    thresholds = _inner_thresholds(rows, labels, embedder)
    feats = _Features(embedder)
    x = feats.fit_transform(rows)
    vocab = {} if embedder else {str(k): int(v) for k, v in feats.tfidf.vocabulary_.items()}
    weights = {}
    for label in labels:
        coef, bias = _fit_weights(x, rows, label)
        weights[label] = LabelWeights({int(i): float(coef[i]) for i in np.flatnonzero(np.abs(coef) > 1e-4)}, bias,
                                      thresholds[label])
    meta = {"passages": len(rows), "C": C, "other_negative_weight": OTHER_NEGATIVE_WEIGHT, "min_df": MIN_DF,
            "source": "Wiegmann et al. 2024 passage-level trigger warnings (MIT)"}
    idf = [] if embedder else [float(v) for v in feats.tfidf.idf_]
    return LinearModel(vocabulary=vocab, idf=idf, labels=weights, meta=meta, kind="minilm" if embedder else "tfidf")


def passage_embedder(rows: Sequence[Passage], cache: Path | None = None) -> Embedder:
    """The MiniLM embedder (ml extra) with every passage of ``rows`` embedded once up front; ``cache`` (.npy)
    keeps those embeddings between runs (it is only trusted when its row count matches)."""
    from ficlens.analyse.warnings.embedding import embed

    texts = [r.text for r in rows]
    if cache is not None and cache.exists():
        matrix = np.load(cache)
        if len(matrix) == len(texts):
            known = dict(zip(texts, matrix.tolist(), strict=True))
            return cached_embedder(embed, known)
    embedder = cached_embedder(embed)
    vectors = embedder(texts)
    if cache is not None:
        np.save(cache, np.array(vectors, dtype=np.float32))
    return embedder


def cached_embedder(embed: Embedder, known: dict[str, list[float]] | None = None) -> Embedder:
    """``embed`` with a per-text cache (cross-validation embeds every passage once, not once per fold)."""
    cache: dict[str, list[float]] = dict(known or {})

    def run(texts: list[str]) -> list[list[float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        cache.update(zip(missing, embed(missing), strict=True))
        return [cache[t] for t in texts]

    return run
