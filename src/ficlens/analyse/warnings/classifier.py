"""The passage-level classifier: given a passage and a label, is that content there, and how strongly.

One decision function serves ``ficlens classify-passages`` and ``analyze`` alike:

1. the label's lexicon cues, read in context (:mod:`.context`), give a lexicon score;
2. for the eight labels with labelled passages, a trained model (:mod:`.model`, which reads the lexicon scores of
   every label among its features) gives the score instead. Engines: ``linear`` (TF-IDF; default install),
   ``ml`` (MiniLM embeddings; the ``ml`` extra; only run on passages that have a cue, since no other can be
   positive), ``lexicon`` (no model), ``auto`` (``ml`` when installed, else ``linear``; the environment variable
   ``FICLENS_WARNINGS_ENGINE`` overrides it), ``reader`` (``linear``, plus the passage reader of :mod:`.reader`,
   which reads passages without a cue: see step 5);
3. ``underage`` is sexual/sexualising content *and* a character under 18 (:mod:`.age`);
4. the passage is positive when the score reaches :data:`THRESHOLD` and a cue survived its context (no cue, no
   evidence, no warning): a cue of weight :data:`MIN_CUE` or more (weak corroborating words such as "blood" for
   violence do not count alone); for a modelled label a related label's cue also counts (:data:`RELATED_CUES`:
   "kidnapped" anchors abduction). See :func:`cue_gate` and :func:`gate_evidence`;
5. engine ``reader`` only: a passage holding no cue of the label at all (before context reading: a negated or
   hypothetical cue stays a veto) is positive when the passage reader scores it
   :data:`READER_BAR` (``reader_bar``) or more; its score is the reader's and its evidence the passage.

Severity: ``graphic`` when explicit or gory telling comes with the cues, ``mentioned`` when every cue sits in a
memory, the past or a hypothetical, else ``depicted``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from ficlens.analyse.warnings.age import AgeEvidence, read_age
from ficlens.analyse.warnings.context import LexiconEvidence
from ficlens.analyse.warnings.cue_scan import EvidenceFn, evidence_reader, lexicon_scan
from ficlens.analyse.warnings.labels import LABELS, check_label
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.analyse.warnings.model import ML_ARTIFACT, LinearModel, load_model
from ficlens.analyse.warnings.reader import PassageReader, load_reader
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
# The reader score a passage without any cue of the label needs (engine ``reader``). Chosen on the real-fanfic dev
# works (eval/works_realfic.py --split dev): a work has hundreds of passages, so the bar is far above the
# passage-level 0.5 (see docs/warnings.md).
READER_BAR = 0.9995
Engine = Literal["auto", "linear", "ml", "lexicon", "reader"]
ENGINES: tuple[str, ...] = ("auto", "linear", "ml", "lexicon", "reader")
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

    reader: PassageReader | None = None  # the passage reader (engine ``reader`` only)

    def __init__(self, engine: str = "auto", model: LinearModel | None = None, reader_bar: float = READER_BAR) -> None:
        self.reader_bar = reader_bar
        if model is not None:
            self.engine = "ml" if model.embeds else "linear"
            self.model: LinearModel | None = model
            return
        self.engine = resolve_engine(engine)
        if self.engine == "reader":
            self.reader = load_reader()
            if self.reader is None:
                raise FiclensError("the reader warnings engine needs its artifact (scripts/train_passage_reader.py)")
        if self.engine == "ml":
            from ficlens.analyse.warnings.embedding import available

            self.model = load_model(ML_ARTIFACT)
            if not available() or self.model is None:
                raise FiclensError("the ml warnings engine needs the ml extra (pip install 'ficlens[ml]') "
                                   "and the MiniLM model artifact (scripts/train_warnings.py --engine ml)")
        else:
            self.model = load_model() if self.engine in ("linear", "reader") else None

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
                 age: AgeEvidence | None = None, evidence: EvidenceFn | None = None,
                 reader_score: float | None = None, cues: set[str] | None = None) -> PassageDecision:
        """Decide one passage for one label. When scoring many labels or passages of one work, the caller may
        pass the model ``vector`` (from :meth:`vector`), the work's ``age`` cues, an ``evidence(label)``
        function that returns (cached) lexicon evidence for this passage, and for the ``reader`` engine the passage
        reader's score and the labels whose cues occur in the passage (:func:`cue_labels`)."""
        check_label(label)
        if evidence is None:
            evidence = _evidence_fn(text)
        decision = self._decide(text, label, vector, age, evidence)
        if self.reader is None or decision.positive:
            return decision
        if cues is None:
            cues = cue_labels(text)
        if label in cues:  # a cue read in context (negated, hypothetical, ...) decided: the reader cannot overrule it
            return decision
        if reader_score is None:
            reader_score = self.reader_score(text, label, cues)
        if label == "underage":  # sexual content *and* a minor: the reader reads the first, the age cues the second
            reader_score = min(reader_score, (age if age is not None else read_age(text)).minor)
        if reader_score < self.reader_bar:
            return decision
        return PassageDecision(label, round(reader_score, 4), True, "depicted", decision.evidence, reader_score)

    def reader_score(self, text: str, label: str, cues: set[str] | None = None) -> float:
        """The passage reader's score of ``text`` for ``label`` (0 for a label it was not trained on)."""
        if self.reader is None or label not in self.reader.labels:
            return 0.0
        found = cues if cues is not None else cue_labels(text)
        return float(self.reader.scores(text, found)[self.reader.column(label)])

    def _decide(self, text: str, label: str, vector: dict[int, float] | None, age: AgeEvidence | None,
                evidence: EvidenceFn) -> PassageDecision:
        """The cue path's decision (steps 1-4 of the module doc)."""
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


def cue_labels(text: str) -> set[str]:
    """The labels any of whose cue patterns occur in ``text``, before any context reading."""
    return {name for name, spans in zip(LABELS, lexicon_scan().label_spans(normalize(text)), strict=True) if spans}


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
