"""Each warning lists every passage its decision flagged (``spans``), beside its best 1-3 ``evidence``."""

from __future__ import annotations

import pytest

import ficlens
from ficlens.analyse.warnings import aggregate
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
