"""A learned work-level decision for the heavy labels the hand-set decision misses (:data:`LABELS`).

The hand-set decision (:mod:`.work_decision`) is tuned for precision: on the real works' dev split it found child
abuse in none of its gold works, suicide in 2 of 13. Here a logistic regression reads, per (work, label), the passage
reader's scores of every passage of the work (:func:`features`: the best raw logit, the mean of the best three and
ten, how many passages pass raw logits of 0, 2 and 4), what the cue path found (its positive and supporting
passages, its noisy-or), the work's age cues and its length, and gives the probability that the work carries the
label. Where the hand-set decision does not warn and the probability reaches the label's threshold, the label is
raised as ``mentioned`` (nothing was read of when or how: no Major Character Death, Rape/Non-Con or M from it), its
evidence the passages the reader scores highest for it (the evidence rule: a reader sees why).

The artifact (``models/work-decision.json``) is rebuilt by ``eval/warnings_work_decision_folds.py --ship``: trained on
the dev works with reader scores from a reader that never saw them (``--no-realfic``), its features and threshold
chosen out of fold by source repository (docs/warnings.md, "A learned decision for the heavy labels").
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ficlens.artifacts import shipped_bytes
from ficlens.errors import FiclensError

ARTIFACT = "models/work-decision.json"
FORMAT = "ficlens-work-decision-1"
MIN_WORDS = 12  # a passage of fewer words is not read (as the cue-free path: its scores sit at the extremes)
LEVELS = (0.0, 2.0, 4.0)  # raw reader logits whose passage counts are features
FEATURES: tuple[str, ...] = (
    "z_max", "z_top3", "z_top10", *(f"n_over_{int(level)}" for level in LEVELS),
    "cue_positives", "cue_support", "cue_best", "cue_probability", "age_minor", "passages",
)
EVIDENCE = 3  # passages shown for a learned warning


def features(logits: np.ndarray, words: Sequence[int], positives: Sequence[float], support: Sequence[float],
             probability: float, age_minor: float) -> list[float]:
    """The :data:`FEATURES` of one (work, label): ``logits`` the reader's raw logits of the label for every passage,
    ``words`` every passage's word count, ``positives`` / ``support`` the cue path's positive and supporting passage
    scores, ``probability`` its noisy-or, ``age_minor`` the work's strongest minor cue (0-1)."""
    read = np.sort(np.asarray([z for z, n in zip(logits.tolist(), words, strict=True) if n >= MIN_WORDS] or [-10.0],
                              dtype=np.float64))[::-1]
    top = [float(read[:k].mean()) if len(read) >= k else float(np.concatenate(
        [read, np.full(k - len(read), read[-1])]).mean()) for k in (3, 10)]
    counts = [math.log1p(int((read > level).sum())) for level in LEVELS]
    return [float(read[0]), *top, *counts, math.log1p(len(positives)), math.log1p(len(support)),
            max([*positives, *support], default=0.0), probability, age_minor, math.log(max(len(words), 1))]


@dataclass(frozen=True)
class WorkModel:
    """One logistic regression for every label of :attr:`labels`: standardised features, one weight vector, one
    intercept per label, a threshold per label (one for the high-stakes labels, one for the others)."""

    labels: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercepts: dict[str, float]
    thresholds: dict[str, float]  # label -> the probability that raises it

    def probability(self, label: str, row: Sequence[float]) -> float:
        """The probability that the work carries ``label`` given its :func:`features` ``row``."""
        x = (np.asarray(row, dtype=np.float64) - self.mean) / self.scale
        z = float(x @ self.coef) + self.intercepts[label]
        return 1.0 / (1.0 + math.exp(-z))


def model_from_json(data: dict[str, Any]) -> WorkModel:
    """A :class:`WorkModel` from the artifact's JSON; a FiclensError names what is wrong."""
    if data.get("format") != FORMAT or tuple(data.get("features", ())) != FEATURES:
        raise FiclensError(f"work decision: not a {FORMAT} artifact for these features")
    intercepts = {str(k): float(v) for k, v in dict(data["intercepts"]).items()}
    thresholds = {str(k): float(v) for k, v in dict(data["thresholds"]).items()}
    return WorkModel(tuple(intercepts), np.asarray(data["mean"], dtype=np.float64),
                     np.asarray(data["scale"], dtype=np.float64), np.asarray(data["coef"], dtype=np.float64),
                     intercepts, thresholds)


def model_to_json(model: WorkModel, notes: str = "") -> str:
    """The artifact's text for ``model`` (deterministic)."""
    data = {"format": FORMAT, "features": list(FEATURES), "mean": [round(float(v), 6) for v in model.mean],
            "scale": [round(float(v), 6) for v in model.scale], "coef": [round(float(v), 6) for v in model.coef],
            "intercepts": {k: round(v, 6) for k, v in model.intercepts.items()},
            "thresholds": {k: round(v, 6) for k, v in model.thresholds.items()}, "notes": notes}
    return json.dumps(data, indent=1) + "\n"


@lru_cache(maxsize=1)
def load_work_model() -> WorkModel | None:
    """The shipped model, loaded once; None when the artifact is absent."""
    blob = shipped_bytes(ARTIFACT)
    return model_from_json(json.loads(blob)) if blob is not None else None


def raw_logits(scores: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """The reader's raw logits from its (threshold-mapped) ``scores`` and its ``shift``."""
    s = np.clip(scores.astype(np.float64), 1e-7, 1 - 1e-7)
    return np.log(s / (1.0 - s)) + shift.astype(np.float64)
