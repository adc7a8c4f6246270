"""A work-level decision per label learned from AO3 authors' own tags (the silver set), beside the hand-set one.

The hand-set decision (:mod:`.work_decision`) is tuned for precision and misses most of the heavy labels on real
works. Here one small logistic regression per label reads, per work, what the analysis has already computed
(:func:`features`, :data:`FEATURES`): the passage reader's scores of the label over every passage (the best logit,
the mean of the best three and ten, how many passages pass logits of 0, 2 and 4), the cue path's positive and
supporting passages, its best score and its noisy-or, the cue-free passages, the hand-set decision's verdict and
severity, the work's strongest minor cue and its length. Where the hand-set decision does not warn and the
probability reaches the label's threshold, the label is raised as ``mentioned`` (nothing was read of when or how: no
Major Character Death, Rape/Non-Con or M from it), its evidence the passages the reader scores highest for it.

The artifact (``models/work-decision-silver.json``) is rebuilt by ``scripts/train_silver_work_decision.py``: trained on
a seeded sample of the silver set (``scripts/ao3_silver.py``; the authors' archive warnings and additional tags mapped
to labels by ``scripts/silver_warning_tags.py``), thresholds chosen on silver out of fold; nothing of it is fitted on
the hand-labelled works (docs/warnings.md, "A work-level decision learned from authors' tags").
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ficlens.analyse.warnings.labels import LABELS
from ficlens.artifacts import shipped_bytes
from ficlens.errors import FiclensError

ARTIFACT = "models/work-decision-silver.json"
FORMAT = "ficlens-work-decision-silver-1"
MIN_WORDS = 12  # a passage of fewer words is not read (as the cue-free path: its scores sit at the extremes)
LEVELS = (0.0, 2.0, 4.0)  # reader logits whose passage counts are features
SEVERITY = {"": 0.0, "mentioned": 1.0, "depicted": 2.0, "graphic": 3.0}
OWN: tuple[str, ...] = (
    "z_max", "z_top3", "z_top10", *(f"n_over_{int(level)}" for level in LEVELS),
    "cue_positives", "cue_support", "cue_best", "cue_probability", "cue_free", "handset", "severity",
    "age_minor", "passages",
)
# the work's reader profile: every label's best logit and mean of the best three (:func:`profile`), shared by the
# labels' models (sexual content beside violence or abuse tells of assault more than either alone)
FEATURES: tuple[str, ...] = (*OWN, *(f"max:{label}" for label in LABELS), *(f"top3:{label}" for label in LABELS))
EVIDENCE = 3  # passages shown for a learned warning


def logits_of(scores: np.ndarray) -> np.ndarray:
    """The logits of the reader's scores (probabilities, clipped away from 0 and 1)."""
    s = np.clip(np.asarray(scores, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.asarray(np.log(s / (1.0 - s)))


def _read(logits: np.ndarray, words: Sequence[int]) -> np.ndarray:
    """The logits of the passages of :data:`MIN_WORDS` words or more, best first (one -10 when there are none)."""
    return np.sort(np.asarray([z for z, n in zip(logits.tolist(), words, strict=True) if n >= MIN_WORDS] or [-10.0],
                              dtype=np.float64))[::-1]


def _top(read: np.ndarray, k: int) -> float:
    return float(np.concatenate([read, np.full(max(k - len(read), 0), read[-1])])[:k].mean())


def profile(logits: np.ndarray, words: Sequence[int]) -> list[float]:
    """The work's reader profile: ``logits`` (passages x :data:`LABELS`) read as every label's best logit, then every
    label's mean of the best three."""
    read = [_read(logits[:, j], words) for j in range(len(LABELS))]
    return [float(r[0]) for r in read] + [_top(r, 3) for r in read]


def features(logits: np.ndarray, words: Sequence[int], positives: Sequence[float], support: Sequence[float],
             probability: float, cue_free: int, severity: str | None, age_minor: float,
             work_profile: Sequence[float]) -> list[float]:
    """The :data:`FEATURES` of one (work, label): ``logits`` the reader's logits of the label for every passage,
    ``words`` every passage's word count, ``positives`` / ``support`` the cue path's positive and supporting passage
    scores, ``probability`` its noisy-or, ``cue_free`` how many cue-free passages reach the label's bar,
    ``severity`` the hand-set warning's (None: it does not warn), ``age_minor`` the work's strongest minor cue,
    ``work_profile`` the work's :func:`profile`."""
    read = _read(logits, words)
    counts = [math.log1p(int((read > level).sum())) for level in LEVELS]
    return [float(read[0]), _top(read, 3), _top(read, 10), *counts, math.log1p(len(positives)),
            math.log1p(len(support)), max([*positives, *support], default=0.0), probability, math.log1p(cue_free),
            float(severity is not None), SEVERITY.get(severity or "", 0.0), age_minor,
            math.log(max(len(words), 1)), *work_profile]


@dataclass(frozen=True)
class LabelModel:
    """One label's logistic regression over standardised :data:`FEATURES` and the probability that raises it."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    def probability(self, row: Sequence[float]) -> float:
        """The probability that the work carries the label given its :func:`features` ``row``."""
        x = (np.asarray(row, dtype=np.float64) - self.mean) / self.scale
        z = float(x @ self.coef) + self.intercept
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def model_from_json(data: dict[str, Any]) -> dict[str, LabelModel]:
    """Per label, its :class:`LabelModel` from the artifact's JSON; a FiclensError names what is wrong."""
    if data.get("format") != FORMAT or tuple(data.get("features", ())) != FEATURES:
        raise FiclensError(f"work decision: not a {FORMAT} artifact for these features")
    return {str(label): LabelModel(np.asarray(m["mean"], dtype=np.float64), np.asarray(m["scale"], dtype=np.float64),
                                   np.asarray(m["coef"], dtype=np.float64), float(m["intercept"]),
                                   float(m["threshold"]))
            for label, m in dict(data["labels"]).items()}


def model_to_json(models: dict[str, LabelModel], notes: dict[str, Any] | None = None) -> str:
    """The artifact's text for ``models`` (deterministic)."""
    data = {"format": FORMAT, "features": list(FEATURES), "notes": notes or {},
            "labels": {label: {"mean": [round(float(v), 5) for v in m.mean],
                               "scale": [round(float(v), 5) for v in m.scale],
                               "coef": [round(float(v), 5) for v in m.coef],
                               "intercept": round(m.intercept, 5), "threshold": round(m.threshold, 5)}
                       for label, m in sorted(models.items())}}
    return json.dumps(data, indent=1) + "\n"


@lru_cache(maxsize=1)
def load_model() -> dict[str, LabelModel]:
    """The shipped per-label models, loaded once; empty when the artifact is absent."""
    blob = shipped_bytes(ARTIFACT)
    return model_from_json(json.loads(blob)) if blob is not None else {}
