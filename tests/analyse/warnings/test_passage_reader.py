"""The passage reader (engine ``reader``): its artifact, its scores, and what it may and may not rescue."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ficlens.analyse.warnings.aggregate import scan_warnings
from ficlens.analyse.warnings.classifier import PassageClassifier
from ficlens.analyse.warnings.cue_scan import lexicon_scan
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.analyse.warnings.reader import PassageReader, features, load_reader, reader_from_bytes, write_reader
from ficlens.errors import FiclensError
from ficlens.nlp import build_document
from ficlens.work import Work

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "warnings" / "passages.jsonl"
# Sex told through bodies and movement: none of pornographic-content's cue words.
NO_CUE = ("Their hips moved together, slow and then faster, his mouth on her throat, until she shuddered and clutched "
          "at the sheets and he followed her over the edge.")


def tiny_reader(tmp_path: Path, word: str = "chalky", weight: float = 8.0) -> PassageReader:
    """A reader whose only feature is ``word``, strongly for violence, written and read back like the shipped one."""
    labels = list(LABELS)
    weights = np.zeros((1 + len(LABELS), len(labels)))
    weights[0, labels.index("violence")] = weight
    path = tmp_path / "reader.npz"
    write_reader(str(path), [word], weights, np.full(len(labels), -4.0), np.full(len(labels), 0.5), labels)
    return reader_from_bytes(path.read_bytes())


def test_shipped_weights_load_for_every_label() -> None:
    reader = load_reader()
    assert reader is not None
    assert set(reader.labels) == set(LABELS)
    dims = reader.embedder.dims if reader.embedder is not None else 0
    assert reader.weights.shape == (len(reader.vocabulary) + len(LABELS) + dims, len(reader.labels))


def test_scores_are_deterministic_and_bounded() -> None:
    reader = load_reader()
    assert reader is not None
    first = reader.scores(NO_CUE)
    again = reader.score_many([NO_CUE, NO_CUE])
    assert np.array_equal(first, again[0]) and np.array_equal(first, again[1])
    assert ((first >= 0) & (first <= 1)).all()


def test_written_reader_scores_its_feature(tmp_path: Path) -> None:
    reader = tiny_reader(tmp_path)
    column = reader.column("violence")
    assert reader.scores("a chalky taste")[column] == pytest.approx(1 / (1 + np.exp(-4.0)), rel=1e-3)
    assert reader.scores("nothing here")[column] == pytest.approx(1 / (1 + np.exp(4.0)), rel=1e-3)


def test_unreadable_artifact_is_a_clear_error() -> None:
    with pytest.raises(FiclensError, match="passage reader"):
        reader_from_bytes(b"not an npz")


def test_features_are_unigrams_and_bigrams() -> None:
    assert features("The drink tasted") == {"the", "drink", "tasted", "the drink", "drink tasted"}


def test_a_passage_without_cue_words_is_scored_and_can_be_positive() -> None:
    spans = lexicon_scan().label_spans(normalize(NO_CUE))
    assert not spans[LABELS.index("pornographic-content")]  # the cue path never judges it
    assert not PassageClassifier("linear").classify(NO_CUE, "pornographic-content").positive
    reader = PassageClassifier("reader")
    decision = reader.classify(NO_CUE, "pornographic-content")
    assert decision.positive and decision.model_score is not None and decision.model_score >= reader.reader_bar


def test_a_discounted_cue_vetoes_the_reader(tmp_path: Path) -> None:
    classifier = PassageClassifier("reader", reader_bar=0.5)
    classifier.reader = tiny_reader(tmp_path, word="hit")
    assert not classifier.classify("He didn't hit him. He never would.", "violence").positive
    classifier.reader = tiny_reader(tmp_path, word="chalky")
    assert classifier.classify("A chalky taste and a long silence.", "violence").positive


def test_work_scan_proposes_cueless_passages(tmp_path: Path) -> None:
    text = "They walked to the shop.\n\nA chalky taste and a long silence.\n\nThey walked home."
    classifier = PassageClassifier("reader", reader_bar=0.5)
    classifier.reader = tiny_reader(tmp_path)
    doc = build_document(Work(text=text, source="story.txt", format="text"), "fast")
    warnings, findings = scan_warnings(doc, classifier, None)
    assert [w.label for w in warnings] == ["violence"]
    assert "chalky" in text[findings["violence"][0].passage.start : findings["violence"][0].passage.end]
    plain, _ = scan_warnings(doc, PassageClassifier("linear"), None)
    assert not plain


def test_analyze_reads_cueless_passages_with_the_reader_engine_but_not_in_fast(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import ficlens
    from ficlens.analyse.warnings import stage

    monkeypatch.setenv("FICLENS_WARNINGS_ENGINE", "reader")
    labels = {w.label for w in ficlens.analyze(NO_CUE).warnings}
    fast = {w.label for w in ficlens.analyze(NO_CUE, fast=True).warnings}
    monkeypatch.setenv("FICLENS_WARNINGS_ENGINE", "linear")
    plain = {w.label for w in ficlens.analyze(NO_CUE).warnings}
    stage.classifier.cache_clear()
    assert "pornographic-content" in labels
    assert "pornographic-content" not in fast and "pornographic-content" not in plain


@pytest.mark.parametrize("row", [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()],
                         ids=lambda row: row["id"])
def test_founding_traps_hold_with_the_reader(row: dict[str, object]) -> None:
    decision = PassageClassifier("reader").classify(str(row["text"]), str(row["warning"]))
    assert decision.positive is row["expect"]
