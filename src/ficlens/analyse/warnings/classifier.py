"""The passage-level classifier: given a passage and a label, is that content there, and how strongly.

One decision function serves ``ficlens classify-passages`` and ``analyze`` alike:

1. the label's lexicon cues, read in context (:mod:`.context`), give a lexicon score;
2. for the eight labels with labelled passages, a trained model (:mod:`.model`, which reads the lexicon scores of
   every label among its features) gives the score instead. Engines: ``linear`` (TF-IDF; default install),
   ``ml`` (MiniLM embeddings; the ``ml`` extra; only run on passages that have a cue, since no other can be
   positive), ``lexicon`` (no model), ``auto`` (``ml`` when installed, else ``linear``; the environment variable
   ``FICLENS_WARNINGS_ENGINE`` overrides it);
3. ``underage`` is sexual/sexualising content *and* a character under 18 (:mod:`.age`);
4. the passage is positive when the score reaches :data:`THRESHOLD` and at least one cue of weight
   :data:`MIN_CUE` or more survived its context (no cue, no evidence, no warning; weak corroborating words such as
   "blood" for violence do not count alone).

Severity: ``graphic`` when explicit or gory telling comes with the cues, ``mentioned`` when every cue sits in a
memory, the past or a hypothetical, else ``depicted``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from ficlens.analyse.warnings.age import AgeEvidence, read_age
from ficlens.analyse.warnings.context import LexiconEvidence, read_cues
from ficlens.analyse.warnings.labels import check_label
from ficlens.analyse.warnings.lexicon import LEXICONS, normalize
from ficlens.analyse.warnings.model import ML_ARTIFACT, EvidenceFn, LinearModel, load_model
from ficlens.errors import FiclensError, UsageError
from ficlens.report import Severity

THRESHOLD = 0.5
MIN_CUE = 0.3
Engine = Literal["auto", "linear", "ml", "lexicon"]
ENGINES: tuple[str, ...] = ("auto", "linear", "ml", "lexicon")
ENGINE_ENV = "FICLENS_WARNINGS_ENGINE"


def resolve_engine(engine: str = "auto") -> str:
    """The concrete engine for ``engine`` (``auto`` reads FICLENS_WARNINGS_ENGINE, then what is installed)."""
    if engine == "auto":
        engine = os.environ.get(ENGINE_ENV, "auto") or "auto"
    if engine not in ENGINES:
        raise UsageError(f"unknown warnings engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "auto":
        from ficlens.analyse.warnings.embedding import available

        return "ml" if available() and load_model(ML_ARTIFACT) is not None else "linear"
    return engine


@dataclass(frozen=True, slots=True)
class PassageDecision:
    label: str
    score: float
    positive: bool
    severity: Severity
    evidence: LexiconEvidence
    model_score: float | None = None


class PassageClassifier:
    """Scores (passage, label) pairs with one engine (see the module doc); ``model`` overrides the shipped one."""

    def __init__(self, engine: str = "auto", model: LinearModel | None = None) -> None:
        if model is not None:
            self.engine = "ml" if model.kind == "minilm" else "linear"
            self.model: LinearModel | None = model
            return
        self.engine = resolve_engine(engine)
        if self.engine == "ml":
            from ficlens.analyse.warnings.embedding import available

            self.model = load_model(ML_ARTIFACT)
            if not available() or self.model is None:
                raise FiclensError("the ml warnings engine needs the ml extra (pip install 'ficlens[ml]') "
                                   "and the MiniLM model artifact (scripts/train_warnings.py --engine ml)")
        else:
            self.model = load_model() if self.engine == "linear" else None

    def vector(self, text: str, evidence: EvidenceFn | None = None) -> dict[int, float] | None:
        return self.model.vector(text, evidence) if self.model is not None else None

    def classify(self, text: str, label: str, *, vector: dict[int, float] | None = None,
                 age: AgeEvidence | None = None, evidence: EvidenceFn | None = None) -> PassageDecision:
        """Decide one passage for one label. When scoring many labels or passages of one work, the caller may
        pass the model ``vector`` (from :meth:`vector`), the work's ``age`` cues and an ``evidence(label)``
        function that returns (cached) lexicon evidence for this passage."""
        check_label(label)
        if evidence is None:
            norm = normalize(text)

            def evidence(name: str) -> LexiconEvidence:
                return read_cues(norm, LEXICONS[name], normalized=True)

        if label == "underage":
            return self._underage(text, age, evidence)
        lex = evidence(label)
        model_score = None
        score = lex.score
        skip = self.engine == "ml" and vector is None and not has_cue(lex)  # cannot be positive: spare the embedding
        if self.model is not None and label in self.model.labels and not skip:
            vec = vector if vector is not None else self.model.vector(text, evidence)
            model_score = self.model.score(vec, label)
            if model_score is not None:
                score = model_score
        positive = score >= THRESHOLD and has_cue(lex)
        return PassageDecision(label, round(score, 4), positive, severity_of(lex), lex, model_score)

    def _underage(self, text: str, age: AgeEvidence | None, evidence: EvidenceFn) -> PassageDecision:
        sexual = evidence("underage")
        porn = evidence("pornographic-content")
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
