"""The passage-level classifier: given a passage and a label, is that content there, and how strongly.

One decision function serves ``ficlens classify-passages`` and ``analyze`` alike:

1. the label's lexicon cues, read in context (:mod:`.context`), give a lexicon score;
2. for the eight labels with labelled passages, a trained model (:mod:`.model`, which reads the lexicon scores of
   every label among its features) gives the score instead. Engines: ``linear`` (TF-IDF; default install),
   ``ml`` (MiniLM embeddings; the ``ml`` extra; only run on passages that have a cue, since no other can be
   positive), ``lexicon`` (no model), ``auto`` (``ml`` when installed, else ``linear``; the environment variable
   ``FICLENS_WARNINGS_ENGINE`` overrides it);
3. ``underage`` is sexual/sexualising content *and* a character under 18 (:mod:`.age`);
4. the passage is positive when the score reaches :data:`THRESHOLD` and a cue survived its context (no cue, no
   evidence, no warning): a cue of weight :data:`MIN_CUE` or more (weak corroborating words such as "blood" for
   violence do not count alone); for a modelled label a related label's cue also counts (:data:`RELATED_CUES`:
   "kidnapped" anchors abduction). See :func:`cue_gate` and :func:`gate_evidence`.

Severity: ``graphic`` when explicit or gory telling comes with the cues, ``mentioned`` when every cue sits in a
memory, the past or a hypothetical, else ``depicted``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from ficlens.analyse.warnings.age import AgeEvidence, read_age
from ficlens.analyse.warnings.context import LexiconEvidence
from ficlens.analyse.warnings.cue_scan import EvidenceFn, evidence_reader
from ficlens.analyse.warnings.labels import check_label
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.analyse.warnings.model import ML_ARTIFACT, LinearModel, load_model
from ficlens.errors import FiclensError, UsageError
from ficlens.report import Severity

THRESHOLD = 0.5
MIN_CUE = 0.3
# The cue weight a modelled label needs. Measured (eval/warnings_cv.py, 1 repeat): any surviving cue (> 0) gains
# about 0.02 pooled accuracy, but lets halved hypotheticals ("Derek was going to kill him", 0.225) through on whole
# works, so modelled labels keep the lexicon's bar.
MODEL_MIN_CUE = MIN_CUE
# Labels whose cues also anchor a modelled label (docs/taxonomy.md: abduction = taken by force, kidnapping = held for
# ransom; "kidnapped" is evidence of both).
RELATED_CUES: dict[str, tuple[str, ...]] = {"abduction": ("kidnapping",)}
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
            self.engine = "ml" if model.embeds else "linear"
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

    def modelled(self, label: str) -> bool:
        """Whether the engine's model scores ``label`` (else the lexicon score decides)."""
        return self.model is not None and label in self.model.labels

    def wants_vector(self, evidence: EvidenceFn) -> bool:
        """Whether a passage with lexicon ``evidence`` can be positive for a label the model scores: only such
        passages need model features (the ml engine embeds nothing else)."""
        return self.model is not None and any(gate_evidence(label, evidence, True) is not None
                                              for label in self.model.labels)

    def vector(self, text: str, evidence: EvidenceFn | None = None) -> dict[int, float] | None:
        """Model features of ``text``; None without a model, or for the ml engine when no modelled label has a cue
        in the passage (it cannot be positive for any, so the embedding is spared)."""
        if self.model is None:
            return None
        if self.engine == "ml" and evidence is not None and not self.wants_vector(evidence):
            return None
        return self.model.vector(text, evidence)

    def classify(self, text: str, label: str, *, vector: dict[int, float] | None = None,
                 age: AgeEvidence | None = None, evidence: EvidenceFn | None = None) -> PassageDecision:
        """Decide one passage for one label. When scoring many labels or passages of one work, the caller may
        pass the model ``vector`` (from :meth:`vector`), the work's ``age`` cues and an ``evidence(label)``
        function that returns (cached) lexicon evidence for this passage."""
        check_label(label)
        if evidence is None:
            evidence = _evidence_fn(text)

        if label == "underage":
            return self._underage(text, age, evidence)
        lex = evidence(label)
        model_score = None
        score = lex.score
        modelled = self.modelled(label)
        anchor = gate_evidence(label, evidence, modelled)
        gate = anchor is not None
        skip = self.engine == "ml" and vector is None and not gate  # cannot be positive: spare the embedding
        if self.model is not None and modelled and not skip:
            vec = vector if vector is not None else self.model.vector(text, evidence)
            model_score = self.model.score(vec, label)
            if model_score is not None:
                score = model_score
        positive = score >= THRESHOLD and gate
        shown = anchor if anchor is not None else lex
        return PassageDecision(label, round(score, 4), positive, severity_of(shown), shown, model_score)

    def classify_many(self, items: list[tuple[str, str]]) -> list[PassageDecision]:
        """:meth:`classify` for many (text, label) pairs, with the model features of the passages that need them
        computed in one batch (what makes the ml engine fast on many passages)."""
        evidences = [_evidence_fn(text) for text, _label in items]
        vectors: list[dict[int, float] | None] = [None] * len(items)
        if self.model is not None:
            wanted = [i for i, (_text, label) in enumerate(items)
                      if self.modelled(label) and gate_evidence(label, evidences[i], True) is not None]
            batch = self.model.vectors([items[i][0] for i in wanted], [evidences[i] for i in wanted])
            for i, vec in zip(wanted, batch, strict=True):
                vectors[i] = vec
        return [self.classify(text, label, vector=vectors[i], evidence=evidences[i])
                for i, (text, label) in enumerate(items)]

    def _underage(self, text: str, age: AgeEvidence | None, evidence: EvidenceFn) -> PassageDecision:
        sexual = evidence("underage")
        porn = evidence("pornographic-content")
        age = age if age is not None else read_age(text)
        score = min(max(sexual.score, porn.score), age.minor)
        positive = score >= THRESHOLD and (has_strong_cue(sexual) or has_strong_cue(porn))
        if porn.score >= THRESHOLD:
            severity: Severity = "graphic" if porn.graphic else "depicted"
        else:
            severity = "mentioned" if sexual.mentioned_only else "depicted"
        return PassageDecision("underage", round(score, 4), positive, severity, sexual if sexual.hits else porn)


def _evidence_fn(text: str) -> EvidenceFn:
    """Lexicon evidence of ``text`` for any label, each computed once (see :func:`~.cue_scan.evidence_reader`)."""
    return evidence_reader(normalize(text))


def has_cue(lex: LexiconEvidence) -> bool:
    """Whether a cue of weight :data:`MODEL_MIN_CUE` or more survived its context (what a modelled label needs;
    see :func:`cue_gate`)."""
    return any(hit.weight >= MODEL_MIN_CUE for hit in lex.hits)


def has_strong_cue(lex: LexiconEvidence) -> bool:
    """Whether a cue of weight :data:`MIN_CUE` or more survived its context (what a lexicon-only label needs)."""
    return any(hit.weight >= MIN_CUE for hit in lex.hits)


def cue_gate(lex: LexiconEvidence, modelled: bool) -> bool:
    """The cue a positive decision needs: any surviving cue when a trained model scores the label, else one of
    weight :data:`MIN_CUE` or more."""
    return has_cue(lex) if modelled else has_strong_cue(lex)


def gate_evidence(label: str, evidence: EvidenceFn, modelled: bool) -> LexiconEvidence | None:
    """The lexicon evidence that lets a passage be positive for ``label``: its own cues when they pass
    :func:`cue_gate`, else (for a modelled label) a related label's (:data:`RELATED_CUES`); None when none does."""
    own = evidence(label)
    if cue_gate(own, modelled):
        return own
    if modelled:
        for related in RELATED_CUES.get(label, ()):
            found = evidence(related)
            if cue_gate(found, True):
                return found
    return None


def severity_of(lex: LexiconEvidence) -> Severity:
    if lex.graphic:
        return "graphic"
    if lex.mentioned_only:
        return "mentioned"
    return "depicted"
