"""The work-level decision (:mod:`ficlens.analyse.warnings.work_decision`) on passage scores."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.work_decision import (
    CONSISTENT,
    N0,
    STRONG,
    SURE,
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


def test_one_strong_passage_with_a_second_warns_one_weak_does_not() -> None:
    assert warns([0.75], [0.01], LONG) is not None
    assert warns([0.6], [0.01], LONG) is None
    assert warns([0.69], [0.01], LONG) is None


def test_a_lone_passage_does_not_warn_a_long_work() -> None:
    """A passage is about a paragraph: in a work of more than N0 of them, one passage alone is not enough."""
    assert warns([0.95], [], LONG) is None
    assert warns([0.95], [], N0 + 1) is None
    assert warns([0.95], [0.2], LONG) is not None


def test_a_lone_passage_the_model_is_sure_of_warns() -> None:
    assert warns([SURE], [], LONG) is not None


def test_consistent_model_readings_warn_without_a_positive() -> None:
    """Several cue-bearing passages the model reads as uncertain warn when the scores are a model's, not a cue's."""
    support = [0.4, 0.35, 0.3][:CONSISTENT]
    assert warns([], support, LONG, consistent=True) is not None
    assert warns([], support, LONG) is None  # the lexicon's own weights: one reading repeated
    assert warns([], support[:-1], LONG, consistent=True) is None
    assert warns([], [0.2] * 5, LONG, consistent=True) is None  # each reading must be more than a stray cue


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


def test_two_cue_free_passages_warn_one_never_does() -> None:
    assert warns([], [], LONG, cue_free=[0.999, 0.998]) is not None
    assert warns([], [], LONG, cue_free=[0.999]) is None
    assert warns([], [0.3], LONG, cue_free=[0.999]) is None  # not even beside a cue-bearing passage
    assert warns([], [], N0, cue_free=[0.999]) is None  # nor in a short scene


def test_cue_free_passages_do_not_change_what_the_cue_path_decides() -> None:
    assert warns([0.75], [0.01], LONG, cue_free=[0.999, 0.999]) == warns([0.75], [0.01], LONG)
