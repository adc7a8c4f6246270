"""A learned scorer of candidate pairings: which pairs of the pairing cast are tagged, and whether romantic ("/").

Each candidate pair (two characters of the pairing cast who share sentences: see
:func:`ficlens.analyse.relations.pair_table`) is described by ``FEATURES``: how much the two are together (shared
sentences, the speakers' exchanges, the pair's share of the work's most present pair, its rank among the work's
pairs, whether they are scene partners), the romantic cues between them (strong ones, those of the sentences they
share, the weak ones, the romance against the strongest one of either), the platonic ones (friendship words, family
words, a shared surname), who they are (the work's main character, their names, whether they speak), the knowledge
base's priors (the pair's works on AO3, canon and popular couples: zero for a fandom or pair the KB lacks), the
hand rules' conditions and the hand rules' decision. A multinomial logistic model scores the vector over
``CLASSES``: not tagged, tagged " & ", tagged "/". The hard rules stay rules in the relations analyser (no
self-pairs, romance only with romantic evidence between the two or a canon couple, no romance from forced contact).

The weights are src/ficlens/models/pair_scorer.json, fitted by scripts/train_pair_scorer.py on the dev works'
author-tagged relationships; the artifact says whether the analyser uses it by default (``on_by_default``). No
training code lives here.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ficlens.artifacts import ModelChoice, read_artifact, shipped_artifact

SHIPPED_ARTIFACT = "models/pair_scorer.json"
MODEL_PATH = Path(__file__).resolve().parents[1] / SHIPPED_ARTIFACT
FEATURES = (
    "together", "exchanges", "share", "pair_rank", "scene", "pairs",
    "strong", "close", "weak", "intimate", "romance_share", "friend", "kin", "surname", "romance_balance",
    "main", "names", "cast_rank", "speak", "silent", "forced", "both_kb",
    "prior_romantic", "prior_platonic", "canon", "popular",
    "strong_min", "romance_min", "romance_ratio", "friend_min", "central", "main_romance",
    "rules_romantic", "rules_platonic",
    "scenes", "scene_share", "named", "touch",
)
PRIOR_FEATURES = frozenset({"prior_romantic", "prior_platonic", "canon", "popular"})


@dataclass(frozen=True)
class Linear:
    """One class's linear score over ``FEATURES``."""

    weights: tuple[float, ...]
    bias: float

    def z(self, row: Sequence[float]) -> float:
        return self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))

    def to_json(self) -> dict[str, object]:
        return {"weights": [round(w, 6) for w in self.weights], "bias": round(self.bias, 6)}


CLASSES = ("none", "platonic", "romantic")


@dataclass(frozen=True)
class PairScorer:
    """A multinomial logistic model over ``CLASSES`` (not tagged, tagged " & ", tagged "/") and the tag threshold:
    a pair is tagged where the probability of a tag (either kind) reaches ``threshold`` (or, with ``keep_rules``,
    where the hand rules tag it), and romantic where the romantic class is likelier than the platonic one."""

    scores: tuple[Linear, Linear, Linear]
    threshold: float = 0.5
    on_by_default: bool = False  # the relations analyser uses the shipped scorer (else the hand rules decide)
    keep_rules: bool = False  # a pair the hand rules tag stays tagged whatever its probability (the scorer types it)
    kind: Linear | None = None  # a binary type model fitted on the tagged pairs only: "/" where its score is >= 0

    def probabilities(self, row: Sequence[float]) -> tuple[float, float, float]:
        zs = [s.z(row) for s in self.scores]
        top = max(zs)
        e = [math.exp(max(-60.0, z - top)) for z in zs]
        total = sum(e)
        return (e[0] / total, e[1] / total, e[2] / total)

    def tagged(self, row: Sequence[float]) -> float:
        """The probability that the pair is tagged at all."""
        return 1.0 - self.probabilities(row)[0]

    def romantic(self, row: Sequence[float]) -> bool:
        """Whether a tagged pair is likelier romantic than platonic: by the type model where there is one (the
        romantic vs platonic decision learned from the tagged pairs alone), else by the two tag classes."""
        if self.kind is not None:
            return self.kind.z(row) >= 0.0
        return self.romance_margin(row) >= 0.0

    def romance_margin(self, row: Sequence[float]) -> float:
        """How much likelier the two tag classes find the pair romantic than platonic: the romantic class's linear
        score less the platonic one's (the log of their odds; the type model, where there is one, is not read)."""
        return self.scores[2].z(row) - self.scores[1].z(row)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "features": list(FEATURES),
            "classes": {k: s.to_json() for k, s in zip(CLASSES, self.scores, strict=True)},
            "threshold": round(self.threshold, 4), "on_by_default": self.on_by_default, "keep_rules": self.keep_rules}
        if self.kind is not None:
            out["type"] = self.kind.to_json()
        return out


def vector(values: Mapping[str, float]) -> list[float]:
    """The feature vector of a pair from its named values (a feature missing is 0)."""
    return [float(values.get(name, 0.0)) for name in FEATURES]


class PairScorerError(ValueError):
    """A weights file that cannot be used; ``str()`` is one line naming the file and the reason."""


def parse_scorer(blob: bytes, path: Path) -> PairScorer:
    """The scorer a weights file holds; ``path`` names it in errors."""
    try:
        data = json.loads(blob.decode("utf-8"))
        names = list(data["features"])
        models = [Linear(tuple(float(w) for w in data["classes"][k]["weights"]), float(data["classes"][k]["bias"]))
                  for k in CLASSES]
        threshold = float(data["threshold"])
        on, keep = data.get("on_by_default", False), data.get("keep_rules", False)
        typed = data.get("type")
        kind = None if typed is None else Linear(tuple(float(w) for w in typed["weights"]), float(typed["bias"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise PairScorerError(f"{path}: not a pair scorer ({exc.__class__.__name__}: {exc})") from exc
    if names != list(FEATURES) or any(len(m.weights) != len(FEATURES) for m in [*models, *([kind] if kind else [])]):
        raise PairScorerError(f"{path}: its features are not this ficlens's; rebuild it with "
                              "scripts/train_pair_scorer.py")
    if not isinstance(on, bool) or not isinstance(keep, bool):
        raise PairScorerError(f"{path}: on_by_default and keep_rules must be true or false")
    return PairScorer((models[0], models[1], models[2]), threshold, on, keep, kind)


def load_scorer(path: Path) -> PairScorer:
    """The scorer stored at ``path``."""
    return read_artifact(path, parse_scorer, PairScorerError)


@functools.cache
def shipped_scorer() -> PairScorer | None:
    """The packaged scorer (read once per process), or None when the install lacks it."""
    return shipped_artifact(SHIPPED_ARTIFACT, parse_scorer, MODEL_PATH)


_choice = ModelChoice(lambda: shipped_scorer())  # looked up when asked, so a stand-in set on the module counts


def active() -> PairScorer | None:
    """The scorer the relations analyser uses: the one set by :func:`using`, else the shipped one where it is on by
    default; None: the hand rules."""
    return _choice.active()


def using(scorer: PairScorer | None) -> contextlib.AbstractContextManager[PairScorer | None]:
    """Within the block the relations analyser decides with ``scorer`` (None: the hand rules)."""
    return _choice.using(scorer)
