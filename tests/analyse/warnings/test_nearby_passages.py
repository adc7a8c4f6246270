"""A raised warning also flags its nearby passages (``counted: false``): candidates the passage decision scores at
the lower level, and in a full analysis passages the passage reader scores high; the reader folds them all."""

from __future__ import annotations

import re

import numpy as np
import pytest

import ficlens
from ficlens.analyse.warnings import aggregate
from ficlens.analyse.warnings.classifier import PassageDecision
from ficlens.analyse.warnings.context import NO_EVIDENCE
from ficlens.analyse.warnings.nearby import (
    KIN,
    NEARBY_KIN,
    NEARBY_KIN_SCORE,
    NEARBY_NEXT,
    NEARBY_READER,
    NEARBY_SCORE,
    nearby_passages,
)
from ficlens.nlp.spans import TextSpan
from ficlens.report import Report, Warning
from ficlens.web.reader import chapter_views

FILLER = "They walked to the shop and bought bread and milk for the week.\n\n"
STABBINGS = [f"He stabbed the guard{' ' + str(i) if i else ''} with a knife and blood ran down his arm.\n\n"
             for i in range(6)]
WEAK_CUE = "Blood was on the floor of the kitchen."  # a weak cue of violence: a candidate, never positive alone
NO_CUE = "Several shots pelted into her chest, causing her to scream out in pain."  # no listed cue of violence


def text_with(passage: str) -> str:
    return "".join(FILLER * 3 + s for s in STABBINGS) + FILLER * 3 + passage + "\n\n" + FILLER


def violence(report: Report) -> Warning:
    return {w.label: w for w in report.warnings}["violence"]


def decision(score: float) -> PassageDecision:
    return PassageDecision("violence", score, False, "depicted", NO_EVIDENCE)


class StubReader:
    """A passage reader of violence and death that scores ``label`` ``score`` in passages holding ``word``, else 0."""

    labels = ("violence", "death")

    def __init__(self, word: str, label: str = "violence", score: float = 0.99) -> None:
        self.word, self.label, self.score = word, label, score
        self.calls = 0

    def column(self, label: str) -> int:
        return self.labels.index(label)

    def score_many(self, texts: list[str], cues: list[set[str]] | None = None) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        out[[self.word in t for t in texts], self.column(self.label)] = self.score
        return out


def test_candidates_and_reader_passages_at_the_lower_levels_are_nearby_in_text_order() -> None:
    passages = [TextSpan(i * 10, i * 10 + 10) for i in range(6)]
    judged = [(passages[5], decision(NEARBY_SCORE)), (passages[1], decision(NEARBY_SCORE - 0.01))]
    column = np.array([NEARBY_READER, 0.0, 0.0, NEARBY_READER - 0.01, 0.0, 0.999])
    assert nearby_passages(judged, passages, column) == [(passages[0], NEARBY_READER), (passages[5], 0.999)]
    assert nearby_passages(judged, passages, None) == [(passages[5], NEARBY_SCORE)]


def test_a_passage_a_kin_label_scores_high_is_nearby_with_its_kin_score() -> None:
    passages = [TextSpan(0, 10), TextSpan(10, 20), TextSpan(20, 30)]
    own = np.zeros(3)
    kin = np.array([NEARBY_KIN, NEARBY_KIN - 0.01, 0.0])
    assert nearby_passages([], passages, own, [kin]) == [(passages[0], NEARBY_KIN)]
    assert nearby_passages([], passages, own) == []


def test_without_a_reader_a_kin_labels_candidates_scored_high_are_nearby() -> None:
    passages = [TextSpan(0, 10), TextSpan(10, 20)]
    kin_judged = [(passages[0], decision(NEARBY_KIN_SCORE)), (passages[1], decision(NEARBY_KIN_SCORE - 0.01))]
    assert nearby_passages([], passages, None, kin_judged=kin_judged) == [(passages[0], NEARBY_KIN_SCORE)]


def test_kin_labels_are_one_kind_of_harm_and_kinship_goes_both_ways() -> None:
    assert "blood" in KIN["violence"] and "war" in KIN["death"] and "kidnapping" in KIN["abduction"]
    assert "sexual-assault" not in KIN and "pornographic-content" not in KIN["violence"]
    assert all(label in KIN[kin] for label, kins in KIN.items() for kin in kins)
    assert all(label not in kins for label, kins in KIN.items())


def test_a_passage_next_to_a_flagged_one_is_nearby_at_the_lower_reader_level_one_step_only() -> None:
    passages = [TextSpan(i * 10, i * 10 + 10) for i in range(6)]
    column = np.array([0.0, NEARBY_NEXT, NEARBY_NEXT, 0.0, NEARBY_NEXT - 0.01, NEARBY_NEXT])
    # counted: passage 0 (the decision rests on it) and 5; 1 is next to 0, 2 only next to 1 (no chain), 4 too low
    assert nearby_passages([], passages, column, counted=[passages[0], passages[5]]) == [(passages[1], NEARBY_NEXT)]
    judged = [(passages[3], decision(NEARBY_SCORE))]  # a nearby candidate flags its neighbours too
    assert [span for span, _score in nearby_passages(judged, passages, column)] == [passages[2], passages[3]]
    assert nearby_passages(judged, passages, None, counted=[passages[0]]) == [(passages[3], NEARBY_SCORE)]


def test_nearby_passages_come_after_the_counted_ones_and_are_not_listed_twice(
        monkeypatch: pytest.MonkeyPatch) -> None:
    finding = aggregate.Finding(TextSpan(20, 25), TextSpan(20, 25), PassageDecision("violence", 0.9, True,
                                                                                    "depicted", NO_EVIDENCE))
    supporting = [(TextSpan(40, 45), 0.3)]
    nearby = [(TextSpan(0, 5), 0.99), (TextSpan(20, 25), 0.99), (TextSpan(60, 65), 0.45)]
    spans = aggregate.flagged_spans([finding], supporting, nearby)
    assert [(s.start, s.positive, s.counted) for s in spans] == [
        (0, False, False), (20, True, True), (40, False, True), (60, False, False)]
    monkeypatch.setattr(aggregate, "MAX_SPANS", 2)
    assert [s.start for s in aggregate.flagged_spans([finding], supporting, nearby)[:2]] == [20, 40]


def test_a_weak_cue_passage_of_a_raised_warning_is_flagged_and_folded() -> None:
    text = text_with(WEAK_CUE)
    report = ficlens.analyze(text, fast=True)
    nearby = [s for s in violence(report).spans if not s.counted]
    assert [text[s.start : s.end] for s in nearby] == [WEAK_CUE]
    assert nearby[0].score >= NEARBY_SCORE and not nearby[0].positive
    assert violence(report).spans_total == 7
    html = "".join(str(view.html) for view in chapter_views(text, report))
    assert any(WEAK_CUE in fold for fold in re.findall(r"<details.*?</details>", html, re.S))


def test_a_full_analysis_flags_the_passages_the_passage_reader_scores_high(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "load_reader", lambda: StubReader("pelted"))
    text = text_with(NO_CUE)
    nearby = [s for s in violence(ficlens.analyze(text)).spans if not s.counted]
    assert [(text[s.start : s.end], s.score) for s in nearby] == [(NO_CUE, pytest.approx(0.99))]


def test_a_fast_analysis_never_reads_the_passage_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    reader = StubReader("pelted")
    monkeypatch.setattr(aggregate, "load_reader", lambda: reader)
    text = text_with(NO_CUE)
    assert all(s.counted for s in violence(ficlens.analyze(text, fast=True)).spans)
    assert reader.calls == 0


def test_a_full_analysis_flags_the_passages_a_kin_label_scores_high(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "load_reader", lambda: StubReader("pelted", label="death"))
    text = text_with(NO_CUE)
    nearby = [s for s in violence(ficlens.analyze(text)).spans if not s.counted]
    assert [(text[s.start : s.end], s.score) for s in nearby] == [(NO_CUE, pytest.approx(0.99))]


def test_a_full_analysis_flags_a_passage_next_to_a_counted_one_at_the_lower_level(
        monkeypatch: pytest.MonkeyPatch) -> None:
    score = (NEARBY_NEXT + NEARBY_READER) / 2
    monkeypatch.setattr(aggregate, "load_reader", lambda: StubReader("pelted", score=score))
    after_stabbing = "".join(FILLER * 3 + s for s in STABBINGS) + NO_CUE + "\n\n" + FILLER * 3
    nearby = [s for s in violence(ficlens.analyze(after_stabbing)).spans if not s.counted]
    assert [(after_stabbing[s.start : s.end], s.score) for s in nearby] == [(NO_CUE, pytest.approx(score))]
    assert all(s.counted for s in violence(ficlens.analyze(text_with(NO_CUE))).spans)  # far from any: not flagged


def test_a_fast_analysis_flags_a_kin_labels_candidate_scored_high() -> None:
    death = "His grandmother died in her sleep last night, and the whole family gathered for the funeral on Sunday."
    text = text_with(death)
    nearby = [s for s in violence(ficlens.analyze(text, fast=True)).spans if not s.counted]
    assert [text[s.start : s.end] for s in nearby] == [death]
    assert nearby[0].score >= NEARBY_KIN_SCORE
