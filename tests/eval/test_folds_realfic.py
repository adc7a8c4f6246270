"""eval/folds_realfic.py's measure on a tiny made-up work (no real text): gold evidence inside the reader's folds."""

from __future__ import annotations

from types import ModuleType

from ficlens.report import FlaggedSpan, Report, Span, Warning
from ficlens.work import Work
from script_loader import load_script

FILLER = "They walked to the shop and bought bread.\n\n" * 4
TEXT = FILLER + "The blade cut into his arm.\n\n" + FILLER + "Blood ran down his arm.\n\n" + FILLER
GOLD = {"warnings": {"violence": {"severity": "depicted",
                                  "evidence": ["The blade cut into his arm.", "Blood ran down his arm."]},
                     "suicide": {"severity": "mentioned", "evidence": ["They walked"]}}}


def load_eval() -> ModuleType:
    return load_script("eval/folds_realfic.py")


def report(with_spans: bool) -> Report:
    out = Report.for_work(Work(text=TEXT, source="t.txt", format="text"))
    first, second = (TEXT.index(s) for s in GOLD["warnings"]["violence"]["evidence"])
    spans = [FlaggedSpan(start=first, end=first + 27, score=0.9), FlaggedSpan(start=second, end=second + 23, score=0.6)]
    out.warnings = [Warning(label="violence", severity="depicted", score=0.9,
                            evidence=[Span.of(TEXT, first, first + 27, 0.9)],
                            spans=spans if with_spans else [], spans_total=2 if with_spans else None)]
    return out


def test_gold_passages_of_raised_labels_count_when_inside_a_fold_of_that_label() -> None:
    folds_eval = load_eval()
    now = folds_eval.count_work(TEXT, GOLD, {"violence"}, folds_eval.reader_folds(TEXT, report(True)))
    assert (now.total, now.folded, now.touched) == (2, 2, 2)  # suicide is not raised: not counted
    assert (now.chars, now.chars_folded) == (len(TEXT), 27 + 23)
    before = folds_eval.count_work(TEXT, GOLD, {"violence"}, folds_eval.reader_folds(TEXT, report(False)))
    assert (before.total, before.folded) == (2, 1)


def test_a_passage_is_inside_only_when_folds_cover_all_of_it() -> None:
    inside = load_eval().inside
    assert inside((5, 10), [(0, 7), (7, 12)]) and not inside((5, 10), [(0, 7), (8, 12)]) and not inside((5, 10), [])


def test_the_nearby_passages_can_be_left_out_to_compare() -> None:
    folds_eval = load_eval()
    full = report(True)
    full.warnings[0].spans[1].counted = False
    counted = folds_eval.counted_only(full)
    assert [(s.start, s.counted) for s in counted.warnings[0].spans] == [(full.warnings[0].spans[0].start, True)]
    assert counted.warnings[0].spans_total == 1
    without = folds_eval.count_work(TEXT, GOLD, {"violence"}, folds_eval.reader_folds(TEXT, counted))
    assert (without.total, without.folded) == (2, 1)


def test_an_unfolded_gold_passage_says_why() -> None:
    folds_eval = load_eval()
    reason = folds_eval.miss_reason
    folds = {"violence": [(0, 10), (50, 60)], "death": [(20, 40)]}
    assert reason((5, 15), "violence", folds) == "cut by a fold's edge"
    assert reason((22, 30), "violence", folds) == "in a fold of death only"
    assert reason((12, 18), "violence", folds) == "2 characters from a fold of its label"
    assert reason((12, 18), "blood", folds) == "no fold of its label"
    misses = list(folds_eval.unfolded(TEXT, GOLD, {"violence"}, folds_eval.reader_folds(TEXT, report(False))))
    second = TEXT.index("Blood ran")
    assert [(label, span) for label, span, _reason in misses] == [("violence", (second, second + 23))]
