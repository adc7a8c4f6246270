"""A learned judge of whether a name candidate is a character of the story, stacked on the hand rules.

A logistic model over :data:`judge_features.FEATURES` (the candidate's uses, shape, the KB's word and the hand rules'
verdicts as features) gives the probability that the form names a character. The weights are
src/ficlens/models/name_judge.json, fitted by scripts/train_name_judge.py on broad data that is none of the
fan-fiction works it is measured on (PDNC's training novels, LitBank's entity excerpts of the quotations' tuning
half). The artifact says how its verdict combines with the hand rules' (``mode``):

- ``veto``: a form the hand rules accept is dropped when its probability is below ``threshold``; a form they turn
  down stays down;
- ``decide``: the probability alone decides (a form is a character at ``threshold`` or above).

and whether the cast uses it by default (``on_by_default``); :func:`using` sets a judge for a block (tests,
evaluation). :func:`recording` collects every candidate's features and verdicts for the training script. No training
code lives here.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ficlens.analyse.cast.judge_features import FEATURES
from ficlens.analyse.cast.names import NameForm
from ficlens.artifacts import ModelChoice, pushed, read_artifact, shipped_artifact

SHIPPED_ARTIFACT = "models/name_judge.json"
MODEL_PATH = Path(__file__).resolve().parents[2] / SHIPPED_ARTIFACT
MODES = ("veto", "decide")
KB_KNOWN = FEATURES.index("kb_known")


@dataclass(frozen=True)
class NameJudge:
    """A logistic model over ``FEATURES``, its threshold and how it combines with the hand rules (``mode``)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5
    mode: str = "veto"
    on_by_default: bool = False

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def decide(self, row: Sequence[float], rule_accept: bool) -> bool:
        """Whether the candidate of feature vector ``row`` is a character (``rule_accept``: the hand rules' verdict)."""
        if self.mode == "veto" and not rule_accept:
            return False
        if row[KB_KNOWN]:
            return rule_accept  # a character of the detected fandom: its KB entry outweighs what training saw
        return self.probability(row) >= self.threshold

    def to_json(self) -> dict[str, object]:
        return {"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                "bias": round(self.bias, 6), "threshold": round(self.threshold, 4), "mode": self.mode,
                "on_by_default": self.on_by_default}


class NameJudgeError(ValueError):
    """A weights file that cannot be used; ``str()`` is one line naming the file and the reason."""


def parse_judge(blob: bytes, path: Path) -> NameJudge:
    """The judge a weights file holds; ``path`` names it in errors."""
    try:
        data = json.loads(blob.decode("utf-8"))
        names = list(data["features"])
        weights = tuple(float(w) for w in data["weights"])
        bias, threshold = float(data["bias"]), float(data["threshold"])
        mode, on = data.get("mode", "veto"), data.get("on_by_default", False)
    except (ValueError, KeyError, TypeError) as exc:
        raise NameJudgeError(f"{path}: not a name judge ({exc.__class__.__name__}: {exc})") from exc
    if names != list(FEATURES) or len(weights) != len(FEATURES):
        raise NameJudgeError(f"{path}: its features are not this ficlens's; rebuild it with "
                             "scripts/train_name_judge.py")
    if mode not in MODES or not isinstance(on, bool):
        raise NameJudgeError(f"{path}: mode must be one of {', '.join(MODES)} and on_by_default true or false")
    return NameJudge(weights, bias, threshold, mode, on)


def load_judge(path: Path) -> NameJudge:
    """The judge stored at ``path``."""
    return read_artifact(path, parse_judge, NameJudgeError)


@functools.cache
def shipped_judge() -> NameJudge | None:
    """The packaged judge (read once per process), or None when the install lacks it."""
    return shipped_artifact(SHIPPED_ARTIFACT, parse_judge, MODEL_PATH)


Recorded = list[tuple[NameForm, list[float]]]
_choice = ModelChoice(lambda: shipped_judge())  # looked up when asked, so a stand-in set on the module counts
_recorders: list[Recorded] = []


def active() -> NameJudge | None:
    """The judge the cast uses: the one set by :func:`using`, else the shipped one where it is on by default; None:
    the hand rules alone."""
    return _choice.active()


def using(judge: NameJudge | None) -> contextlib.AbstractContextManager[NameJudge | None]:
    """Within the block the cast judges name candidates with ``judge`` (None: the hand rules alone)."""
    return _choice.using(judge)


def recording() -> contextlib.AbstractContextManager[Recorded]:
    """Within the block every candidate the cast judges is appended to the yielded list as (the form, its feature
    vector)."""
    return pushed(_recorders, [])


def wanted() -> bool:
    """Whether anyone reads the candidates' features (a judge is active, or a recording is on)."""
    return bool(_recorders) or active() is not None


def judged(form: NameForm, row_of: Callable[[], list[float]], rule_accept: bool) -> bool:
    """The verdict on the candidate ``form``: the active judge's on its feature vector (``row_of()``, read only when
    needed), else the hand rules' (``rule_accept``); recorded where a recording is on."""
    judge = active()
    if not _recorders and (judge is None or (judge.mode == "veto" and not rule_accept)):
        return rule_accept and judge is None
    row = row_of()
    for rows in _recorders:
        rows.append((form, list(row)))
    return rule_accept if judge is None else judge.decide(row, rule_accept)
