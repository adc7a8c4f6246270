"""Each warning lists every passage its decision flagged (``spans``), beside its best 1-3 ``evidence``."""

from __future__ import annotations

import pytest

import ficlens
from ficlens.analyse.warnings import aggregate
from ficlens.analyse.warnings.classifier import PassageDecision
from ficlens.analyse.warnings.context import NO_EVIDENCE
from ficlens.nlp.spans import TextSpan
from ficlens.report import Report

FILLER = "They walked to the shop and bought bread and milk for the week.\n\n"
STABBINGS = [f"He stabbed the guard{' ' + str(i) if i else ''} with a knife and blood ran down his arm.\n\n"
             for i in range(6)]


def run(text: str) -> Report:
    return ficlens.analyze(text, fast=True)


def text_with_six_stabbings() -> str:
    return "".join(FILLER * 3 + s for s in STABBINGS) + FILLER


def test_every_flagged_passage_is_listed_while_evidence_keeps_the_best_three() -> None:
    text = text_with_six_stabbings()
    violence = {w.label: w for w in run(text).warnings}["violence"]
    assert len(violence.evidence) == 3
    assert len(violence.spans) == violence.spans_total == 6
    assert [text[s.start : s.end] for s in violence.spans] == [s.strip() for s in STABBINGS]
    for evidence in violence.evidence:
        assert any(s.start <= evidence.start and evidence.end <= s.end for s in violence.spans)


def test_spans_are_capped_to_the_strongest_in_text_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "MAX_SPANS", 2)
    violence = {w.label: w for w in run(text_with_six_stabbings()).warnings}["violence"]
    assert len(violence.spans) == 2 and violence.spans_total == 6
    assert violence.spans[0].start < violence.spans[1].start


def test_a_report_written_before_spans_existed_still_reads() -> None:
    old = run(text_with_six_stabbings()).to_dict()
    for warning in old["warnings"]:
        del warning["spans"], warning["spans_total"]
    again = Report.from_json(old)
    assert all(w.spans == [] and w.spans_total is None and w.evidence for w in again.warnings)


def test_supporting_passages_are_listed_after_the_positive_ones_when_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    def finding(start: int, score: float) -> aggregate.Finding:
        decision = PassageDecision("violence", score, True, "depicted", NO_EVIDENCE)
        return aggregate.Finding(TextSpan(start, start + 5), TextSpan(start, start + 5), decision)

    supporting = [(TextSpan(0, 5), 0.45), (TextSpan(50, 55), 0.3)]
    spans = aggregate.flagged_spans([finding(20, 0.7), finding(40, 0.9)], supporting)
    assert [(s.start, s.positive) for s in spans] == [(0, False), (20, True), (40, True), (50, False)]
    monkeypatch.setattr(aggregate, "MAX_SPANS", 3)
    capped = aggregate.flagged_spans([finding(20, 0.7), finding(40, 0.9)], supporting)[:3]
    assert [(s.start, s.positive) for s in capped] == [(0, False), (20, True), (40, True)]
