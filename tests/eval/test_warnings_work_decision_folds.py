"""The out-of-fold measure of a learned work-level decision for the heavy labels: its features and its choice of
thresholds (best micro-F1 with the high-stakes precision kept at the floor)."""

from __future__ import annotations

import math
from types import ModuleType

import numpy as np
import pytest

from script_loader import load_script


@pytest.fixture(scope="module")
def folds() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("eval/warnings_work_decision_folds.py")


def test_features_are_named_and_skip_short_passages(folds: ModuleType) -> None:
    row = folds.features(np.array([9.0, 1.0, -2.0, 3.0]), [3, 20, 20, 20], [0.8], [0.4, 0.3], 0.6, 0.25)
    named = dict(zip(folds.FEATURES, row, strict=True))
    assert named["z_max"] == 3.0  # the 9.0 passage has too few words to be read
    assert named["z_top3"] == pytest.approx((3.0 + 1.0 - 2.0) / 3)
    assert named["z_top10"] == pytest.approx((3.0 + 1.0 - 2.0 * 8) / 10)  # padded with the lowest read
    assert named["n_over_0"] == pytest.approx(math.log1p(2))
    assert named["cue_best"] == 0.8 and named["passages"] == pytest.approx(math.log(4))


def test_a_work_of_short_passages_only_has_features_too(folds: ModuleType) -> None:
    row = folds.features(np.array([5.0]), [folds.MIN_WORDS - 1], [], [], 0.0, 0.0)
    assert len(row) == len(folds.FEATURES) and row[0] == -10.0


def test_raw_logits_undo_the_threshold_mapping(folds: ModuleType) -> None:
    shift = np.array([1.5])
    scores = 1.0 / (1.0 + np.exp(-(np.array([0.3]) - shift)))
    assert folds.raw_logits(scores, shift)[0] == pytest.approx(0.3, abs=1e-5)


def test_thresholds_keep_the_high_stakes_precision_floor(folds: ModuleType) -> None:
    # rows: two high-stakes (a false one scored highest), three others (two true ones scored highest)
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.2])
    y = np.array([False, True, True, True, False])
    hs = np.array([True, True, False, False, False])
    base = folds.Base(tp=10, fp=2, fn=10, hs_tp=1, hs_fp=0)
    t_hs, t, f1 = folds.choose(p, y, hs, base, 0.75)
    assert t_hs == 1.01  # raising both high-stakes rows gives 2/3 < 0.75, the false one alone 1/2
    assert t == pytest.approx(0.6)  # the two true others, not the false one below them
    assert f1 == pytest.approx(2 * 12 / (2 * 12 + 2 + 8))
