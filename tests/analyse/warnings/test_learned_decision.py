"""The work-level decision learned from authors' tags: its features, its artifact, and the warnings it may add (only
where the hand-set decision does not warn, as ``mentioned``, never in a ``--fast`` analysis)."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

import numpy as np
import pytest

from ficlens.analyse.warnings import aggregate
from ficlens.analyse.warnings.aggregate import scan_warnings
from ficlens.analyse.warnings.classifier import PassageClassifier
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.learned_decision import (
    FEATURES,
    OWN,
    LabelModel,
    features,
    load_model,
    logits_of,
    model_from_json,
    model_to_json,
    profile,
)
from ficlens.api import Work
from ficlens.errors import FiclensError
from ficlens.nlp.document import Profile, build_document
from ficlens.report import Warning

FILLER = "They walked to the shop and bought bread and milk for the week.\n\n"
STAIRS = "The boy slept in the dark space under the stairs among the spiders, as he had every night for years.\n\n"
TRAP = "He had fucked up. He had fucked up bad. Derek was going to kill him. Hell, he wanted to kill himself.\n\n"


class StubScorer:
    """Scores ``label`` 0.9 in passages holding ``word``, everything else 0.01."""

    def __init__(self, label: str, word: str) -> None:
        self.label, self.word = label, word

    def __call__(self, texts: Sequence[str], cues: Sequence[Collection[str]]) -> np.ndarray:
        out = np.full((len(texts), len(LABELS)), 0.01, dtype=np.float32)
        for i, text in enumerate(texts):
            if self.word in text:
                out[i, LABELS.index(self.label)] = 0.9
        return out


def best_logit_model(threshold: float = 0.5) -> LabelModel:
    """A model whose probability is the sigmoid of the best passage logit (the first feature), less 1."""
    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("z_max")] = 1.0
    return LabelModel(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), coef, -1.0, threshold)


def scan(text: str, scorer: StubScorer, profile: Profile = "full",
         rows: dict[str, list[float]] | None = None) -> dict[str, Warning]:
    doc = build_document(Work(text=text, source="story.txt", format="text"), profile)
    warnings, _ = scan_warnings(doc, PassageClassifier("linear"), None, scorer, rows=rows)
    return {w.label: w for w in warnings}


def long_work(*passages: str) -> str:
    return FILLER * 15 + "".join(p + FILLER * 5 for p in passages)


def test_features_read_the_best_passages_and_the_hand_set_verdict() -> None:
    logits = np.array([3.0, -2.0, 5.0, 1.0])
    work_profile = [0.0] * (2 * len(LABELS))
    row = features(logits, [20, 20, 5, 20], [0.8], [0.4, 0.5], 0.7, 2, "depicted", 0.3, work_profile)
    named = dict(zip(FEATURES, row, strict=True))
    assert named["z_max"] == 3.0  # the passage of 5 words is not read
    assert named["z_top3"] == pytest.approx((3.0 + 1.0 - 2.0) / 3)
    assert named["n_over_0"] == pytest.approx(np.log1p(2))
    assert named["cue_best"] == 0.8 and named["cue_probability"] == 0.7
    assert named["handset"] == 1.0 and named["severity"] == 2.0 and named["age_minor"] == 0.3
    assert features(logits, [20] * 4, [], [], 0.0, 0, None, 0.0, work_profile)[FEATURES.index("handset")] == 0.0


def test_the_profile_reads_every_labels_best_passages() -> None:
    logits = np.full((4, len(LABELS)), -5.0)
    logits[0, LABELS.index("violence")] = 4.0
    logits[1, LABELS.index("violence")] = 2.0
    got = dict(zip(FEATURES[len(OWN):], profile(logits, [20] * 4), strict=True))
    assert got["max:violence"] == 4.0 and got["top3:violence"] == pytest.approx((4.0 + 2.0 - 5.0) / 3)
    assert got["max:death"] == -5.0


def test_logits_of_scores_stay_finite_at_zero_and_one() -> None:
    assert np.isfinite(logits_of(np.array([0.0, 0.5, 1.0]))).all()


def test_the_artifact_reads_back_what_was_written() -> None:
    model = best_logit_model(0.7)
    back = model_from_json(json.loads(model_to_json({"suicide": model})))
    assert set(back) == {"suicide"}
    row = [1.0] * len(FEATURES)
    assert back["suicide"].probability(row) == pytest.approx(model.probability(row))
    assert back["suicide"].threshold == 0.7


def test_an_artifact_for_other_features_is_refused() -> None:
    with pytest.raises(FiclensError):
        model_from_json({"format": "ficlens-work-decision-silver-1", "features": ["z_max"], "labels": {}})


def test_the_shipped_artifact_loads() -> None:
    models = load_model()
    assert all(label in LABELS for label in models)


def test_the_learned_decision_adds_a_mentioned_warning_the_hand_set_one_does_not_raise(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "BARS", {})  # no cue-free path: only the learned decision can warn
    monkeypatch.setattr(aggregate, "load_model", lambda: {"child-abuse": best_logit_model()})
    warning = scan(long_work(STAIRS), StubScorer("child-abuse", "stairs"))["child-abuse"]
    assert warning.severity == "mentioned"  # nothing was read of when or how
    assert "stairs" in warning.evidence[0].text


def test_below_its_threshold_the_learned_decision_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "BARS", {})
    monkeypatch.setattr(aggregate, "load_model", lambda: {"child-abuse": best_logit_model(0.95)})
    assert "child-abuse" not in scan(long_work(STAIRS), StubScorer("child-abuse", "stairs"))


def test_a_fast_analysis_never_takes_the_learned_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "load_model", lambda: {"child-abuse": best_logit_model()})
    assert "child-abuse" not in scan(long_work(STAIRS), StubScorer("child-abuse", "stairs"), "fast")


def test_the_founding_trap_stays_silent_without_the_learned_decision_reading_it_high(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The learned decision reads the reader's scores: a reader that keeps the trap low keeps it silent."""
    monkeypatch.setattr(aggregate, "BARS", {})
    monkeypatch.setattr(aggregate, "load_model", lambda: {"suicide": best_logit_model()})
    assert "suicide" not in scan(long_work(TRAP, TRAP), StubScorer("suicide", "no such words"))


def test_rows_collect_every_labels_features_for_training(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "load_model", lambda: {})
    rows: dict[str, list[float]] = {}
    scan(long_work(STAIRS), StubScorer("child-abuse", "stairs"), rows=rows)
    assert set(rows) == set(LABELS)
    assert all(len(row) == len(FEATURES) for row in rows.values())
    assert rows["child-abuse"][FEATURES.index("z_max")] == pytest.approx(float(logits_of(np.array([0.9]))[0]), 1e-4)
