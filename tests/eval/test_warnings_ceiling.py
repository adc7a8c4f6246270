"""The noise-ceiling estimate of eval/warnings_ceiling.py on synthetic vote histograms."""

from __future__ import annotations

import numpy as np

from script_loader import load_script


def test_unanimous_votes_allow_a_perfect_score() -> None:
    ceiling = load_script("eval/warnings_ceiling.py")
    a, b = ceiling.fit_beta_binomial(np.array([500.0, 0.0, 0.0, 500.0]))
    assert a < 0.1 and b < 0.1  # p sits at 0 or 1
    assert ceiling.oracle_balanced_accuracy(a, b) > 0.97


def test_coin_flip_annotators_leave_little_to_learn() -> None:
    ceiling = load_script("eval/warnings_ceiling.py")
    # every passage has p = 0.5: the votes are Binomial(3, 0.5) = 1:3:3:1
    a, b = ceiling.fit_beta_binomial(np.array([100.0, 300.0, 300.0, 100.0]))
    assert a > 20 and b > 20
    assert ceiling.oracle_balanced_accuracy(a, b) < 0.6


def test_split_votes_lower_the_ceiling() -> None:
    ceiling = load_script("eval/warnings_ceiling.py")
    clean = ceiling.oracle_balanced_accuracy(*ceiling.fit_beta_binomial(np.array([60.0, 5.0, 5.0, 30.0])))
    noisy = ceiling.oracle_balanced_accuracy(*ceiling.fit_beta_binomial(np.array([40.0, 25.0, 20.0, 15.0])))
    assert 0.5 < noisy < clean <= 1.0
