"""The passage-level classifier: given a passage and a label, is that content there, and how strongly.

One decision function serves ``ficlens classify-passages`` and ``analyze`` alike:

1. the label's lexicon cues, read in context (:mod:`.context`), give a lexicon score;
2. for the eight labels with labelled passages, the trained linear model (:mod:`.model`, which reads the lexicon
   scores of every label among its features) gives the score instead (``mode="full"``); ``mode="lexicon"`` skips
   the model;
3. ``underage`` is sexual/sexualising content *and* a character under 18 (:mod:`.age`);
4. the passage is positive when the score reaches :data:`THRESHOLD` and at least one cue of weight
   :data:`MIN_CUE` or more survived its context (no cue, no evidence, no warning; weak corroborating words such as
   "blood" for violence do not count alone).

Severity: ``graphic`` when explicit or gory telling comes with the cues, ``mentioned`` when every cue sits in a
memory, the past or a hypothetical, else ``depicted``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ficlens.analyse.warnings.age import AgeEvidence, read_age
from ficlens.analyse.warnings.context import LexiconEvidence, read_cues
from ficlens.analyse.warnings.labels import check_label
from ficlens.analyse.warnings.lexicon import LEXICONS
from ficlens.analyse.warnings.model import LinearModel, load_model
from ficlens.report import Severity

THRESHOLD = 0.5
MIN_CUE = 0.3
Mode = Literal["full", "lexicon"]


@dataclass(frozen=True, slots=True)
class PassageDecision:
    label: str
    score: float
    positive: bool
    severity: Severity
    evidence: LexiconEvidence
    model_score: float | None = None


class PassageClassifier:
    """Scores (passage, label) pairs. ``mode="lexicon"`` never uses the trained model."""

    def __init__(self, mode: Mode = "full", model: LinearModel | None = None) -> None:
        self.mode = mode
        self.model = (model or load_model()) if mode == "full" else None

    def vector(self, text: str) -> dict[int, float] | None:
        return self.model.vector(text) if self.model is not None else None

    def classify(self, text: str, label: str, *, vector: dict[int, float] | None = None,
                 age: AgeEvidence | None = None) -> PassageDecision:
        """Decide one passage for one label; ``vector`` (from :meth:`vector`) and ``age`` (the work's age cues)
        may be passed in when scoring many labels or passages of one work."""
        check_label(label)
        if label == "underage":
            return self._underage(text, age)
        lex = read_cues(text, LEXICONS[label])
        model_score = None
        score = lex.score
        if self.model is not None and label in self.model.labels:
            vec = vector if vector is not None else self.model.vector(text)
            model_score = self.model.score(vec, label)
            if model_score is not None:
                score = model_score
        positive = score >= THRESHOLD and has_cue(lex)
        return PassageDecision(label, round(score, 4), positive, severity_of(lex), lex, model_score)

    def _underage(self, text: str, age: AgeEvidence | None) -> PassageDecision:
        sexual = read_cues(text, LEXICONS["underage"])
        porn = read_cues(text, LEXICONS["pornographic-content"])
        age = age if age is not None else read_age(text)
        score = min(max(sexual.score, porn.score), age.minor)
        positive = score >= THRESHOLD and (has_cue(sexual) or has_cue(porn))
        if porn.score >= THRESHOLD:
            severity: Severity = "graphic" if porn.graphic else "depicted"
        else:
            severity = "mentioned" if sexual.mentioned_only else "depicted"
        return PassageDecision("underage", round(score, 4), positive, severity, sexual if sexual.hits else porn)


def has_cue(lex: LexiconEvidence) -> bool:
    return any(hit.weight >= MIN_CUE for hit in lex.hits)


def severity_of(lex: LexiconEvidence) -> Severity:
    if lex.graphic:
        return "graphic"
    if lex.mentioned_only:
        return "mentioned"
    return "depicted"
