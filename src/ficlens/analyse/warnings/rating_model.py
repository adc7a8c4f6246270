"""The calibrated rating: a multinomial logistic model over work-level features the warnings stage already computes.

The features (``FEATURES``) are the hand rule's rating (archive.rule_rating, one-hot), the strongest score of each
kind of rating reason (explicit sex, a graphic warning, a heavy theme on the page, a T theme), how many warnings
there are and how many are on the page, how many of those on the page are of violence, blood, war or death (the
labels of Graphic Depictions Of Violence) and their summed score, the positive passages per 10,000 words, the swear-
word rate and count and the work's length. The model gives a probability to each of G, T, M, E; the rating is, of
the hand rule's rating and the one above it, the label of least expected cost, where rating a work lower than its
gold costs ``under_cost`` times as much per step as rating it higher (a reader warned too much loses less than one
warned too little). The model never lowers the hand rule's rating, nor raises a G: a changed rating needs a passage
to show for itself, and the hand rule's reason is one the reader can check (it stays the evidence of a raised
rating). The shipped weights (src/ficlens/models/rating.json; used only where their ``on_by_default`` says so, or
within ``RATING_MODEL.using``) are fitted by scripts/train_rating.py on the dev works of data/works; no training
code lives here.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ficlens.analyse.warnings.labels import BY_NAME
from ficlens.analyse.warnings.labels.schema import GRAPHIC_VIOLENCE
from ficlens.artifacts import ModelChoice, read_artifact, shipped_artifact
from ficlens.errors import FiclensError
from ficlens.report import RatingLabel, Warning

RATINGS: tuple[RatingLabel, ...] = ("G", "T", "M", "E")
FEATURES = (
    "rule_T", "rule_M", "rule_E",
    "explicit_score", "graphic_score", "heavy_score", "theme_score",
    "warnings", "on_page", "violent_on_page", "violent_sum", "positive_per_10k",
    "swears_per_1k", "swears_log", "words_log",
)
MAX_RAISE = 1  # the model may raise the hand rule's rating by this many steps, and never lower it
SHIPPED_ARTIFACT = "models/rating.json"
MODEL_PATH = Path(__file__).resolve().parents[2] / SHIPPED_ARTIFACT


class RatingModelError(FiclensError):
    """A rating model file that cannot be used."""


def rating_features(rule: str, warnings: Sequence[Warning], words: int, swears: int) -> list[float]:
    """The ``FEATURES`` of a work: the hand rule's rating ``rule``, its ``warnings``, its length in ``words`` and
    its count of strong-language words ``swears``."""
    def strongest(chosen: list[Warning]) -> float:
        return max((w.score for w in chosen), default=0.0)

    on_page = [w for w in warnings if w.severity != "mentioned"]
    positive = sum(sum(1 for s in w.spans if s.positive and s.counted) or len(w.evidence) for w in warnings)
    per = 10_000 / max(words, 1)
    return [
        float(rule == "T"), float(rule == "M"), float(rule == "E"),
        strongest([w for w in warnings if BY_NAME[w.label].rating == "E"]),
        strongest([w for w in warnings if w.severity == "graphic"]),
        strongest([w for w in on_page if BY_NAME[w.label].rating_if_depicted == "M" or BY_NAME[w.label].rating == "M"]),
        strongest([w for w in warnings if BY_NAME[w.label].rating == "T"]),
        float(len(warnings)), float(len(on_page)),
        float(len(violent := [w for w in on_page if GRAPHIC_VIOLENCE in BY_NAME[w.label].archive_warnings])),
        sum(w.score for w in violent),
        positive * per, swears * per / 10, math.log1p(swears), math.log(max(words, 100) / 1000),
    ]


@dataclass(frozen=True)
class RatingModel:
    """Standardised features (``mean``, ``scale``), one weight row and bias per rating of ``RATINGS``, and the cost
    of under-rating a work by one step relative to over-rating it by one."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (len(RATINGS), len(FEATURES))
    bias: np.ndarray  # (len(RATINGS),)
    under_cost: float = 2.0
    on_by_default: bool = True
    offsets: np.ndarray | None = None  # (len(RATINGS),) added to the logits: a prior shift from training works to read

    def probabilities(self, features: Sequence[float]) -> np.ndarray:
        """The probability of each rating of ``RATINGS``."""
        z = self.weights @ ((np.asarray(features, dtype=float) - self.mean) / self.scale) + self.bias
        if self.offsets is not None:
            z = z + self.offsets
        e = np.exp(z - z.max())
        return np.asarray(e / e.sum())

    def decide(self, features: Sequence[float]) -> tuple[RatingLabel, float]:
        """The rating of least expected cost among the hand rule's (read from ``features``) and the one above it,
        and its probability. A hand rule's G is kept: with no warning and no strong language there is no passage
        to show for a higher rating."""
        p = self.probabilities(features)
        cost = cost_matrix(self.under_cost).T @ p
        rule = rule_index(features)
        top = min(rule + MAX_RAISE, len(RATINGS) - 1) if rule > 0 else rule
        best = min(range(rule, top + 1), key=lambda k: cost[k])
        return RATINGS[best], float(p[best])


def rule_index(features: Sequence[float]) -> int:
    """The hand rule's rating (an index of ``RATINGS``), read back from its one-hot ``features``."""
    first = FEATURES.index("rule_T")
    return next((i + 1 for i in range(len(RATINGS) - 1) if features[first + i]), 0)


def cost_matrix(under_cost: float) -> np.ndarray:
    """cost[gold, predicted]: one per step rated too high, ``under_cost`` per step rated too low."""
    n = len(RATINGS)
    return np.array([[(p - g) if p >= g else under_cost * (g - p) for p in range(n)] for g in range(n)], dtype=float)


def parse_rating_model(blob: bytes, path: Path) -> RatingModel:
    """The model a weights file holds; ``path`` names it in errors."""
    try:
        data = json.loads(blob.decode("utf-8"))
        names, ratings = data["features"], data["ratings"]
        model = RatingModel(
            mean=np.asarray(data["mean"], dtype=float), scale=np.asarray(data["scale"], dtype=float),
            weights=np.asarray(data["weights"], dtype=float), bias=np.asarray(data["bias"], dtype=float),
            under_cost=float(data["under_cost"]), on_by_default=bool(data.get("on_by_default", True)),
            offsets=np.asarray(data["offsets"], dtype=float) if "offsets" in data else None)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RatingModelError(f"{path}: not a rating model ({exc.__class__.__name__}: {exc})") from exc
    shapes_ok = (model.weights.shape == (len(RATINGS), len(FEATURES)) and model.bias.shape == (len(RATINGS),)
                 and model.mean.shape == model.scale.shape == (len(FEATURES),)
                 and (model.offsets is None or model.offsets.shape == (len(RATINGS),)))
    if list(names) != list(FEATURES) or list(ratings) != list(RATINGS) or not shapes_ok:
        raise RatingModelError(f"{path}: its features or ratings are not this ficlens's ({len(FEATURES)} features, "
                               f"ratings {'/'.join(RATINGS)}); rebuild it with scripts/train_rating.py")
    return model


def load_rating_model(path: Path | None = None) -> RatingModel:
    """The model stored at ``path`` (default: the shipped weights)."""
    return read_artifact(path or MODEL_PATH, parse_rating_model, RatingModelError)


@functools.cache
def shipped_rating_model() -> RatingModel | None:
    """The packaged model (read once per process), or None when the install lacks it."""
    return shipped_artifact(SHIPPED_ARTIFACT, parse_rating_model, MODEL_PATH)


RATING_MODEL = ModelChoice(lambda: shipped_rating_model())  # looked up when asked, so a stand-in counts
