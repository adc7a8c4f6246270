"""The learned work-level decision for the heavy labels: its features, its artifact, and the warning it raises where
the hand-set decision does not (``mentioned``, with the reader's best passages as evidence)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ficlens.analyse.warnings import aggregate
from ficlens.analyse.warnings.aggregate import scan_warnings
from ficlens.analyse.warnings.classifier import PassageClassifier
from ficlens.analyse.warnings.work_model import (
    FEATURES,
    MIN_WORDS,
    WorkModel,
    features,
    load_work_model,
    model_from_json,
    model_to_json,
    raw_logits,
)
from ficlens.api import Work
from ficlens.errors import FiclensError
from ficlens.nlp.document import build_document

FILLER = "They walked to the shop and bought bread and milk for the week, talking about the weather.\n\n"
TRAP = "He had fucked up. He had fucked up bad. Derek was going to kill him. Hell, he wanted to kill himself.\n\n"


def test_features_are_named_and_skip_short_passages() -> None:
    logits = np.array([9.0, 1.0, -2.0, 3.0])
    words = [3, 20, 20, 20]  # the first passage is too short to be read
    row = features(logits, words, [0.8], [0.4, 0.3], 0.6, 0.25)
    named = dict(zip(FEATURES, row, strict=True))
    assert len(row) == len(FEATURES)
    assert named["z_max"] == 3.0
    assert named["z_top3"] == pytest.approx((3.0 + 1.0 - 2.0) / 3)
    assert named["n_over_0"] == pytest.approx(math.log1p(2))
    assert named["cue_positives"] == pytest.approx(math.log1p(1))
    assert named["cue_best"] == 0.8
    assert named["passages"] == pytest.approx(math.log(4))


def test_a_work_of_short_passages_only_has_features_too() -> None:
    row = features(np.array([5.0]), [MIN_WORDS - 1], [], [], 0.0, 0.0)
    assert len(row) == len(FEATURES) and row[0] == -10.0


def test_raw_logits_undo_the_threshold_mapping() -> None:
    shift = np.array([1.5])
    scores = 1.0 / (1.0 + np.exp(-(np.array([0.3]) - shift)))
    assert raw_logits(scores, shift)[0] == pytest.approx(0.3, abs=1e-5)


def test_the_artifact_round_trips_and_refuses_other_features() -> None:
    model = WorkModel(("suicide",), np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.arange(len(FEATURES)) / 10,
                      {"suicide": -1.0}, {"suicide": 0.7})
    back = model_from_json(__import__("json").loads(model_to_json(model)))
    row = [1.0] * len(FEATURES)
    assert back.probability("suicide", row) == pytest.approx(model.probability("suicide", row))
    assert back.thresholds == {"suicide": 0.7}
    with pytest.raises(FiclensError):
        model_from_json({"format": "ficlens-work-decision-1", "features": ["z_max"]})


def test_the_shipped_model_loads_when_present() -> None:
    model = load_work_model()
    assert model is None or all(0.0 < t <= 1.01 for t in model.thresholds.values())


def always(label: str) -> WorkModel:
    """A model that raises ``label`` in every work (probability ~1)."""
    return WorkModel((label,), np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros(len(FEATURES)),
                     {label: 20.0}, {label: 0.5})


def scan(text: str, fast: bool = False) -> dict[str, object]:
    doc = build_document(Work(text=text, source="story.txt", format="text"), "fast" if fast else "full")
    warnings, _findings = scan_warnings(doc, PassageClassifier("linear"), None)
    return {w.label: w for w in warnings}


def test_a_learned_warning_is_mentioned_and_shows_whole_passages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "load_work_model", lambda: always("child-abuse"))
    text = FILLER * 3
    warning = scan(text)["child-abuse"]
    assert warning.severity == "mentioned"  # type: ignore[attr-defined]
    assert warning.evidence  # type: ignore[attr-defined]
    for span in warning.evidence:  # type: ignore[attr-defined]
        assert text[span.start:span.end] == span.text and len(span.text.split()) >= MIN_WORDS


def test_fast_analysis_never_uses_the_learned_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "load_work_model", lambda: always("child-abuse"))
    assert "child-abuse" not in scan(FILLER * 3, fast=True)


def test_the_shame_trap_raises_nothing_with_the_shipped_model() -> None:
    """Founding trap: "Derek was going to kill him", "he wanted to kill himself" said in shame."""
    found = scan(FILLER + TRAP + FILLER)
    assert not {"suicide", "self-harm", "violence", "death"} & set(found)
