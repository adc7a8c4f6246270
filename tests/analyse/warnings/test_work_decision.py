"""The work-level decision (:mod:`ficlens.analyse.warnings.work_decision`) on passage scores."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.work_decision import (
    N0,
    STRONG,
    TOP,
    passage_posterior,
    prior_for,
    warns,
    work_probability,
)

LONG = 200  # passages: a work of ~5,000 words
LONG_PRIOR = prior_for(LONG)


def test_posterior_is_half_at_the_strong_score_in_a_long_work() -> None:
    assert passage_posterior(STRONG, LONG_PRIOR) == pytest.approx(0.5)
    assert passage_posterior(0.55, LONG_PRIOR) < 0.5 < passage_posterior(0.8, LONG_PRIOR)
    assert passage_posterior(0.0, LONG_PRIOR) > 0.0 and passage_posterior(1.0, LONG_PRIOR) < 1.0  # clamped


def test_prior_falls_with_length_down_to_a_floor() -> None:
    assert prior_for(1) == prior_for(N0) == 0.5
    assert prior_for(N0) > prior_for(2 * N0) > prior_for(LONG)
    assert prior_for(LONG) == prior_for(100 * LONG)  # long works are not penalised further


def test_one_strong_passage_warns_one_weak_does_not() -> None:
    assert warns([0.75], [], LONG) is not None
    assert warns([0.6], [], LONG) is None
    assert warns([0.69], [], LONG) is None


def test_a_lone_positive_passage_warns_a_short_scene() -> None:
    assert warns([0.6], [], N0) is not None


def test_several_consistent_passages_warn() -> None:
    assert warns([0.55, 0.52], [], LONG) is not None
    assert warns([0.59], [0.45, 0.4], LONG) is not None  # one positive, two cue-bearing passages below threshold


def test_no_positive_passage_no_warning() -> None:
    assert warns([], [0.49, 0.49, 0.49], 1) is None


def test_many_weak_mentions_are_bounded() -> None:
    """Only the TOP best passages combine: more weak mentions than that add nothing."""
    assert work_probability([0.4] * (TOP + 50), LONG_PRIOR) == work_probability([0.4] * TOP, LONG_PRIOR)
    assert warns([0.5], [0.25] * 100, LONG) is None


def test_score_grows_with_support_and_stays_below_one() -> None:
    one, two, three = ([0.8], [0.8, 0.6], [0.8, 0.6, 0.55])
    assert work_probability(one, LONG_PRIOR) < work_probability(two, LONG_PRIOR) \
        < work_probability(three, LONG_PRIOR) < 1.0
