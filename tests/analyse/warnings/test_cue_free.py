"""The cue-free path: passages holding no cue of a label that a learned scorer puts over the label's bar count for
the work-level decision; a passage with a cue of the label (negated, hypothetical, a figure of speech) never does."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import pytest

from ficlens.analyse.warnings import aggregate
from ficlens.analyse.warnings.aggregate import scan_warnings
from ficlens.analyse.warnings.classifier import PassageClassifier
from ficlens.analyse.warnings.cue_free import MIN_WORDS, cue_free_passages, label_columns, reader_scorer
from ficlens.analyse.warnings.labels import LABELS
from ficlens.api import Work
from ficlens.nlp.document import build_document

FILLER = "They walked to the shop and bought bread and milk for the week.\n\n"
STAIRS = "The boy slept in the dark space under the stairs among the spiders, as he had every night for years.\n\n"
MEALS = "He learned to flinch whenever his uncle came too close, and to eat whatever scraps were left.\n\n"
TRAP = "He had fucked up. He had fucked up bad. Derek was going to kill him. Hell, he wanted to kill himself.\n\n"
NEGATED = "She didn't kill him, and she never beat him either.\n\n"


class StubScorer:
    """Scores ``label`` 0.999 in passages holding one of ``words``, everything else 0; counts its calls."""

    def __init__(self, label: str, *words: str) -> None:
        self.label, self.words, self.calls = label, words, 0

    def __call__(self, texts: Sequence[str], cues: Sequence[Collection[str]]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
        for i, text in enumerate(texts):
            if any(word in text for word in self.words):
                out[i, LABELS.index(self.label)] = 0.999
        return out


def scan(text: str, scorer: StubScorer, profile: str = "full") -> dict[str, object]:
    doc = build_document(Work(text=text, source="story.txt", format="text"), profile)
    warnings, _ = scan_warnings(doc, PassageClassifier("linear"), None, scorer)
    return {w.label: w for w in warnings}


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "BARS", {"child-abuse": 0.99, "violence": 0.99, "suicide": 0.99})


def long_work(*passages: str) -> str:
    return FILLER * 15 + "".join(p + FILLER * 5 for p in passages)


def test_two_cue_free_passages_over_the_bar_warn_as_mentioned_with_them_as_evidence(bars: None) -> None:
    text = long_work(STAIRS, MEALS)
    warning = scan(text, StubScorer("child-abuse", "stairs", "flinch"))["child-abuse"]
    assert warning.severity == "mentioned"  # nothing was read of when or how
    quoted = [e.text for e in warning.evidence]
    assert any("stairs" in q for q in quoted) and any("flinch" in q for q in quoted)
    assert all(s.counted and not s.positive for s in warning.spans)


def test_a_lone_cue_free_passage_does_not_warn_a_long_work(bars: None) -> None:
    assert "child-abuse" not in scan(long_work(STAIRS), StubScorer("child-abuse", "stairs"))


def test_a_passage_with_a_cue_of_the_label_is_never_cue_free(bars: None) -> None:
    """The founding traps: a threat, a figure of speech in shame and a negation keep their veto however high the
    learned score."""
    assert not {"violence", "suicide"} & set(scan(long_work(TRAP, TRAP), StubScorer("violence", "Derek")))
    assert "suicide" not in scan(long_work(TRAP, TRAP), StubScorer("suicide", "Derek"))
    assert "violence" not in scan(long_work(NEGATED, NEGATED), StubScorer("violence", "beat"))


def test_a_fast_analysis_never_reads_the_scorer(bars: None) -> None:
    scorer = StubScorer("child-abuse", "stairs", "flinch")
    assert "child-abuse" not in scan(long_work(STAIRS, MEALS), scorer, "fast")
    assert scorer.calls == 0


def test_a_label_without_a_bar_has_no_cue_free_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "BARS", {})
    assert "child-abuse" not in scan(long_work(STAIRS, MEALS), StubScorer("child-abuse", "stairs", "flinch"))


def test_cue_free_passages_skip_the_cued_and_the_short_ones_and_come_best_first() -> None:
    column = np.array([0.995, 0.2, 0.999, 0.991, 0.999])
    words = [MIN_WORDS] * 4 + [MIN_WORDS - 1]
    assert cue_free_passages(column, {0}, 0.99, words) == [(2, pytest.approx(0.999)), (3, pytest.approx(0.991))]


def test_the_reader_as_a_scorer_gives_one_column_per_label() -> None:
    from ficlens.analyse.warnings.reader import load_reader

    reader = load_reader()
    if reader is None:
        pytest.skip("no shipped passage reader")
    scores = reader_scorer(reader)(["He hit him.", "They walked home."], [{"violence"}, set()])
    assert scores.shape == (2, len(LABELS))
    direct = reader.score_many(["He hit him."], [{"violence"}])
    assert scores[0, LABELS.index("violence")] == pytest.approx(direct[0, reader.column("violence")])
    assert np.array_equal(label_columns(reader, direct)[0], scores[0])


def test_underage_has_no_cue_free_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sexual content *and* a minor: a learned score of passages about a child is not the first."""
    monkeypatch.setattr(aggregate, "BARS", {"underage": 0.5})
    assert "underage" not in scan(long_work(STAIRS, MEALS), StubScorer("underage", "stairs", "flinch"))
