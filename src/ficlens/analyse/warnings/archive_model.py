"""The learned archive warnings: one logistic decision per text-judged archive warning, over work-level features the
warnings stage already computes.

For each of Graphic Depictions Of Violence, Major Character Death and Rape/Non-Con (``LEARNED``), the features
(``FEATURES``, :func:`archive_features`) are whether the hand rule (archive.py) raised it, the strongest score of the
labels that can raise it (the label table's ``archive_warnings``) at each severity (graphic, depicted, mentioned),
how many of those labels are on the page, their positive passages (log count and per 10,000 words) and the work's
length. A warning the hand rule raised is kept where the model's probability reaches its ``threshold`` (the model
only drops: it never raises one the hand rule did not). The artifact may govern only some of ``LEARNED``; the others
stay the hand rule's. The weights and thresholds
(src/ficlens/models/archive.json) are fitted by scripts/train_silver_decisions.py on AO3 works tagged by their
authors (scripts/ao3_silver.py), never on the labelled works; no training code lives here. Underage Sex (never in
the silver set) stays the hand rule's.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from ficlens.analyse.warnings.labels import TABLE
from ficlens.analyse.warnings.labels.schema import GRAPHIC_VIOLENCE, MAJOR_CHARACTER_DEATH, RAPE_NON_CON
from ficlens.artifacts import ModelChoice, read_artifact, shipped_artifact
from ficlens.errors import FiclensError
from ficlens.report import Warning

ArchiveLabel = Literal["Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con"]
LEARNED: tuple[ArchiveLabel, ...] = (GRAPHIC_VIOLENCE, MAJOR_CHARACTER_DEATH, RAPE_NON_CON)
FEATURES = (
    "rule", "graphic_score", "depicted_score", "mentioned_score",
    "on_page", "positive_log", "positive_per_10k", "words_log",
)
MIN_WORDS = 1_000  # shorter texts count as this long: the rates mean little below it (and no training work is shorter)
SHIPPED_ARTIFACT = "models/archive.json"
MODEL_PATH = Path(__file__).resolve().parents[2] / SHIPPED_ARTIFACT


class ArchiveModelError(FiclensError):
    """An archive model file that cannot be used."""


def raising_labels(archive_warning: str) -> tuple[str, ...]:
    """The labels whose warnings can raise ``archive_warning`` (label table order)."""
    return tuple(row.name for row in TABLE if archive_warning in row.archive_warnings)


def archive_features(archive_warning: str, warnings: Sequence[Warning], rule: Iterable[str], words: int) -> list[float]:
    """The ``FEATURES`` of one archive warning in a work: its ``warnings``, the hand rule's archive warnings
    ``rule`` and its length in ``words`` (archive.rough_words)."""
    labels = raising_labels(archive_warning)
    words = max(words, MIN_WORDS)
    mine = [w for w in warnings if w.label in labels]

    def strongest(severity: str) -> float:
        return max((w.score for w in mine if w.severity == severity), default=0.0)

    positive = sum(sum(1 for s in w.spans if s.positive and s.counted) or len(w.evidence) for w in mine)
    return [
        float(archive_warning in set(rule)),
        strongest("graphic"), strongest("depicted"), strongest("mentioned"),
        float(sum(1 for w in mine if w.severity != "mentioned")),
        math.log1p(positive), positive * 10_000 / max(words, 1), math.log(max(words, 100) / 1000),
    ]


@dataclass(frozen=True)
class WarningModel:
    """One archive warning's logistic decision: standardised features, weights, bias and the probability
    threshold."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (len(FEATURES),)
    bias: float
    threshold: float

    def probability(self, features: Sequence[float]) -> float:
        z = float(self.weights @ ((np.asarray(features, dtype=float) - self.mean) / self.scale)) + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@dataclass(frozen=True)
class ArchiveModel:
    """A :class:`WarningModel` per learned archive warning."""

    models: Mapping[str, WarningModel]
    on_by_default: bool = True

    def decide(self, archive_warning: str, features: Sequence[float]) -> tuple[bool, float]:
        """Whether ``archive_warning`` (raised by the hand rule) is kept, and its probability (1.0 for a warning the
        model does not govern: it is kept)."""
        if archive_warning not in self.models:
            return True, 1.0
        p = self.models[archive_warning].probability(features)
        return p >= self.models[archive_warning].threshold, p


def parse_archive_model(blob: bytes, path: Path) -> ArchiveModel:
    """The model a weights file holds; ``path`` names it in errors."""
    try:
        data = json.loads(blob.decode("utf-8"))
        names = data["features"]
        models = {name: WarningModel(
            mean=np.asarray(m["mean"], dtype=float), scale=np.asarray(m["scale"], dtype=float),
            weights=np.asarray(m["weights"], dtype=float), bias=float(m["bias"]), threshold=float(m["threshold"]))
            for name, m in data["warnings"].items()}
        model = ArchiveModel(models=models, on_by_default=bool(data.get("on_by_default", True)))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ArchiveModelError(f"{path}: not an archive model ({exc.__class__.__name__}: {exc})") from exc
    shapes_ok = all(m.weights.shape == m.mean.shape == m.scale.shape == (len(FEATURES),) for m in models.values())
    if list(names) != list(FEATURES) or not set(models) <= set(LEARNED) or not shapes_ok:
        raise ArchiveModelError(f"{path}: its features or warnings are not this ficlens's ({len(FEATURES)} features, "
                                f"{', '.join(LEARNED)}); rebuild it with scripts/train_silver_decisions.py")
    return model


def load_archive_model(path: Path | None = None) -> ArchiveModel:
    """The model stored at ``path`` (default: the shipped weights)."""
    return read_artifact(path or MODEL_PATH, parse_archive_model, ArchiveModelError)


@functools.cache
def shipped_archive_model() -> ArchiveModel | None:
    """The packaged model (read once per process), or None when the install lacks it."""
    return shipped_artifact(SHIPPED_ARTIFACT, parse_archive_model, MODEL_PATH)


ARCHIVE_MODEL = ModelChoice(lambda: shipped_archive_model())  # looked up when asked, so a stand-in counts
