"""A learned scorer of candidate pairings: which pairs of the pairing cast are tagged, and whether romantic ("/").

Each candidate pair (two characters of the pairing cast who share sentences: see
:func:`ficlens.analyse.relations.candidates`) is described by ``FEATURES``: how much the two are together (shared
sentences, the speakers' exchanges, the pair's share of the work's most present pair, its rank among the work's
pairs, whether they are scene partners), the romantic cues between them (strong ones, those of the sentences they
share, the weak ones, the romance against the strongest one of either), the platonic ones (friendship words, family
words, a shared surname), who they are (the work's main character, their names, whether they speak) and the
knowledge base's priors (the pair's works on AO3, canon and popular couples: zero for a fandom or pair the KB
lacks). Two logistic models score the vector: ``tag`` (the pair is tagged at all) and ``romance`` (a tagged pair is
romantic). The hard rules stay rules in the relations analyser (no self-pairs, romance only with romantic evidence
between the two, no romance from forced contact).

The weights are src/ficlens/models/pair_scorer.json, fitted by scripts/train_pair_scorer.py on the dev works'
author-tagged relationships; no training code lives here.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ficlens.artifacts import shipped_bytes

SHIPPED_ARTIFACT = "models/pair_scorer.json"
MODEL_PATH = Path(__file__).resolve().parents[1] / SHIPPED_ARTIFACT
FEATURES = (
    "together", "exchanges", "share", "pair_rank", "scene",
    "strong", "close", "weak", "romance_share", "friend", "kin", "surname", "romance_balance",
    "main", "names", "cast_rank", "speak", "silent", "forced", "both_kb",
    "prior_romantic", "prior_platonic", "canon", "popular",
)
PRIOR_FEATURES = frozenset({"prior_romantic", "prior_platonic", "canon", "popular"})


@dataclass(frozen=True)
class Logistic:
    """One logistic model over ``FEATURES``."""

    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"weights": [round(w, 6) for w in self.weights], "bias": round(self.bias, 6)}


@dataclass(frozen=True)
class PairScorer:
    """The two models and the tag threshold: a pair is tagged where ``tag`` gives at least ``threshold``, and
    romantic where ``romance`` gives at least one half."""

    tag: Logistic
    romance: Logistic
    threshold: float = 0.5

    def to_json(self) -> dict[str, object]:
        return {"features": list(FEATURES), "tag": self.tag.to_json(), "romance": self.romance.to_json(),
                "threshold": round(self.threshold, 4)}


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
        models = [Logistic(tuple(float(w) for w in data[k]["weights"]), float(data[k]["bias"]))
                  for k in ("tag", "romance")]
        threshold = float(data["threshold"])
    except (ValueError, KeyError, TypeError) as exc:
        raise PairScorerError(f"{path}: not a pair scorer ({exc.__class__.__name__}: {exc})") from exc
    if names != list(FEATURES) or any(len(m.weights) != len(FEATURES) for m in models):
        raise PairScorerError(f"{path}: its features are not this ficlens's; rebuild it with "
                              "scripts/train_pair_scorer.py")
    return PairScorer(models[0], models[1], threshold)


def load_scorer(path: Path) -> PairScorer:
    """The scorer stored at ``path``."""
    try:
        return parse_scorer(path.read_bytes(), path)
    except OSError as exc:
        raise PairScorerError(f"{path}: cannot be read ({exc.__class__.__name__}: {exc})") from exc


@functools.cache
def shipped_scorer() -> PairScorer | None:
    """The packaged scorer (read once per process), or None when the install lacks it."""
    blob = shipped_bytes(SHIPPED_ARTIFACT)
    return None if blob is None else parse_scorer(blob, MODEL_PATH)


_override: list[PairScorer | None] = []


def active() -> PairScorer | None:
    """The scorer the relations analyser uses: the one set by :func:`using`, else the shipped one; None: the rules."""
    return _override[-1] if _override else shipped_scorer()


@contextlib.contextmanager
def using(scorer: PairScorer | None) -> Iterator[None]:
    """Within the block the relations analyser decides with ``scorer`` (None: the hand rules)."""
    _override.append(scorer)
    try:
        yield
    finally:
        _override.pop()
