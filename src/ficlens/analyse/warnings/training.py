"""Fitting the passage model on the labelled passages (used by scripts/train_warnings.py and eval/).

Per labelled warning: a logistic regression on sublinear TF-IDF unigrams (kind ``tfidf``), or on those and MiniLM
sentence embeddings (kind ``tfidf+minilm``, needs the ml extra), plus the lexicon features of every label
(:func:`ficlens.analyse.warnings.model.lexicon_features`), trained on *all* passages:

- the label's own passages carry soft targets (each counts as positive with weight votes/3 and as negative with
  weight 1 - votes/3);
- every passage judged for another warning joins as a negative (weight :data:`OTHER_NEGATIVE_WEIGHT`), so the model
  learns the warning rather than the dark topic all candidate passages share;
- classes are balanced.

The regularisation ``C`` (from :data:`C_GRID`) and the decision threshold are chosen per label by an inner
cross-validation grouped by work on the training rows only. The inner objective is the mean of the two evaluation
protocols' balanced accuracies (same-label negatives and pooled negatives, see eval/warnings_cv.py), computed on the
decision the classifier ships: score over the threshold *and* the cue gate (:func:`.classifier.cue_gate`).
Needs scikit-learn (a default dependency); scoring does not.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ficlens.analyse.warnings.model import LabelWeights, LinearModel, lexicon_features, tokens

C_GRID = (1.0, 4.0, 16.0)
OTHER_NEGATIVE_WEIGHT = 1.0
MIN_DF = 2
INNER_FOLDS = 5
MAX_THRESHOLDS = 400  # candidate thresholds tried per label (quantiles of the inner out-of-fold scores)


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


def load_written(path: Path, labels: Sequence[str]) -> list[Passage]:
    """The team's written passages (data/passages/train.jsonl: ``label``, ``positive``, ``text``, ``id``) of the
    trained ``labels``, as :class:`Passage` rows: a positive with all 3 votes, a hard negative with none; each is its
    own work (CV groups). Passages written for other labels are left out: what they hold of a trained label is not
    labelled."""
    wanted = set(labels)
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                if d["label"] in wanted:
                    rows.append(Passage(d["label"], 3 if d["positive"] else 0, d["text"], f"written:{d['id']}"))
    return rows


def _fit_weights(x: object, rows: Sequence[Passage], label: str, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    own = [i for i, r in enumerate(rows) if r.warning == label]
    other = [i for i, r in enumerate(rows) if r.warning != label]
    idx = own + other + own
    y = np.array([1] * len(own) + [0] * len(other) + [0] * len(own))
    w = np.array([rows[i].votes / 3 for i in own] + [OTHER_NEGATIVE_WEIGHT] * len(other)
                 + [1 - rows[i].votes / 3 for i in own], dtype=float)
    keep = w > 0
    idx = [i for i, k in zip(idx, keep, strict=True) if k]
    y, w = y[keep], w[keep]
    for cls in (0, 1):
        w[y == cls] *= w.sum() / 2 / max(w[y == cls].sum(), 1e-9)
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x[idx], y, sample_weight=w)  # type: ignore[index]
    return clf.coef_[0], float(clf.intercept_[0])


Embedder = Callable[[list[str]], list[list[float]]]


class _Features:
    """Text features (TF-IDF fitted on the training rows, then the embeddings when there is an embedder) stacked
    with the lexicon features, in the order :meth:`.model.LinearModel.vectors` builds them."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.tfidf = TfidfVectorizer(analyzer=tokens, min_df=MIN_DF, sublinear_tf=True)
        self.embedder = embedder

    def fit_transform(self, rows: Sequence[Passage]) -> object:
        return self._stack(self.tfidf.fit_transform([r.text for r in rows]), rows)

    def transform(self, rows: Sequence[Passage]) -> object:
        return self._stack(self.tfidf.transform([r.text for r in rows]), rows)

    def _stack(self, x: object, rows: Sequence[Passage]) -> object:
        from scipy import sparse

        parts = [x]
        if self.embedder is not None:
            parts.append(sparse.csr_matrix(np.array(self.embedder([r.text for r in rows]))))
        parts.append(sparse.csr_matrix(np.array([_lexicon_row(r.text) for r in rows])))
        return sparse.hstack(parts).tocsr()


_LEX_CACHE: dict[str, list[float]] = {}


def _lexicon_row(text: str) -> list[float]:
    if text not in _LEX_CACHE:
        _LEX_CACHE[text] = lexicon_features(text)
    return _LEX_CACHE[text]


def protocol_accuracy(decided: np.ndarray, own: np.ndarray, positive: np.ndarray) -> float:
    """Mean of the two protocols' balanced accuracies for one label: positives = its own majority-positive
    passages; negatives = its own other passages (same-label) or every passage not positive for it (pooled).
    Without same-label negatives only the pooled one counts."""
    pos = own & positive
    if not pos.any():
        return 0.0
    tpr = float(decided[pos].mean())
    pooled = (tpr + float((~decided[~pos]).mean())) / 2
    same_neg = own & ~positive
    if not same_neg.any():
        return pooled
    return (pooled + (tpr + float((~decided[same_neg]).mean())) / 2) / 2


def best_threshold(scores: np.ndarray, own: np.ndarray, positive: np.ndarray,
                   gate: np.ndarray) -> tuple[float, float]:
    """The probability threshold with the best :func:`protocol_accuracy` of ``(scores >= t) & gate``, and that
    accuracy (ties: the first, i.e. the lowest threshold)."""
    cands = np.unique(scores)
    mids = (cands[:-1] + cands[1:]) / 2 if len(cands) > 1 else cands
    if len(mids) > MAX_THRESHOLDS:
        mids = np.quantile(mids, np.linspace(0, 1, MAX_THRESHOLDS))
    best, best_acc = 0.5, -1.0
    for t in mids:
        acc = protocol_accuracy((scores >= t) & gate, own, positive)
        if acc > best_acc + 1e-12:
            best, best_acc = float(t), acc
    return min(max(best, 0.02), 0.98), best_acc


def cue_gates(rows: Sequence[Passage], labels: Sequence[str]) -> dict[str, np.ndarray]:
    """Per label: which rows pass the classifier's cue gate for it (what a positive decision needs)."""
    from ficlens.analyse.warnings.classifier import gate_evidence
    from ficlens.analyse.warnings.context import LexiconEvidence, read_cues
    from ficlens.analyse.warnings.lexicon import LEXICONS, normalize

    out = {}
    for label in labels:
        for r in rows:
            if (r.text, label) not in _GATE_CACHE:
                norm = normalize(r.text)

                def evidence(name: str, norm: str = norm) -> LexiconEvidence:
                    return read_cues(norm, LEXICONS[name], normalized=True)

                found = gate_evidence(label, evidence, True)
                _GATE_CACHE[r.text, label] = found is not None
        out[label] = np.array([_GATE_CACHE[r.text, label] for r in rows])
    return out


_GATE_CACHE: dict[tuple[str, str], bool] = {}


def _inner_choice(rows: Sequence[Passage], labels: Sequence[str],
                  embedder: Embedder | None) -> dict[str, tuple[float, float]]:
    """Per label: (C, threshold) with the best inner grouped-CV protocol accuracy on ``rows``."""
    from sklearn.model_selection import GroupKFold

    groups = [r.work_id for r in rows]
    oof = {(label, c): np.zeros(len(rows)) for label in labels for c in C_GRID}
    for tr, te in GroupKFold(INNER_FOLDS).split(rows, groups=groups):
        sub = [rows[i] for i in tr]
        feats = _Features(embedder)
        xtr = feats.fit_transform(sub)
        xte = feats.transform([rows[i] for i in te])
        for label in labels:
            for c in C_GRID:
                coef, bias = _fit_weights(xtr, sub, label, c)
                oof[label, c][te] = 1 / (1 + np.exp(-(xte @ coef + bias)))
    gates = cue_gates(rows, labels)
    positive = np.array([r.positive for r in rows])
    out = {}
    for label in labels:
        own = np.array([r.warning == label for r in rows])
        best = max(((best_threshold(oof[label, c], own, positive, gates[label]), c) for c in C_GRID),
                   key=lambda found: found[0][1])  # max keeps the first (smallest C) among equals
        (threshold, _acc), c = best
        out[label] = (c, threshold)
    return out


def fit_model(rows: Sequence[Passage], labels: Sequence[str] | None = None,
              embedder: Embedder | None = None) -> LinearModel:
    """Fit the whole model (vocabulary, idf, one weight vector, C and threshold per label) on ``rows``; with an
    ``embedder`` (texts -> vectors) its embeddings join the text features (kind ``tfidf+minilm``)."""
    labels = sorted({r.warning for r in rows}) if labels is None else list(labels)
    chosen = _inner_choice(rows, labels, embedder)
    feats = _Features(embedder)
    x = feats.fit_transform(rows)
    vocab = {str(k): int(v) for k, v in feats.tfidf.vocabulary_.items()}
    weights = {}
    for label in labels:
        c, threshold = chosen[label]
        coef, bias = _fit_weights(x, rows, label, c)
        weights[label] = LabelWeights({int(i): float(coef[i]) for i in np.flatnonzero(np.abs(coef) > 1e-4)}, bias,
                                      threshold)
    meta = {"passages": len(rows), "C": {label: chosen[label][0] for label in labels},
            "other_negative_weight": OTHER_NEGATIVE_WEIGHT, "min_df": MIN_DF,
            "threshold_objective": "mean of same-label and pooled balanced accuracy, inner grouped CV, with cue gate",
            "source": "Wiegmann et al. 2024 passage-level trigger warnings (MIT)"}
    idf = [float(v) for v in feats.tfidf.idf_]
    return LinearModel(vocabulary=vocab, idf=idf, labels=weights, meta=meta,
                       kind="tfidf+minilm" if embedder else "tfidf")


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
