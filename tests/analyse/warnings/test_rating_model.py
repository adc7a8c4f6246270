"""The calibrated rating: the model raises the hand rule's rating by one step at most, never lowers it nor raises a
G, keeps the deciding warning's evidence, and its weights file is read with clear errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from ficlens.analyse.warnings.archive import (
    STRONG_LANGUAGE,
    rating,
    rough_words,
    rule_rating,
    strong_language_count,
    work_rating_features,
)
from ficlens.analyse.warnings.rating_model import (
    FEATURES,
    RATING_MODEL,
    RATINGS,
    RatingModel,
    RatingModelError,
    cost_matrix,
    load_rating_model,
    rule_index,
    shipped_rating_model,
)
from ficlens.nlp.document import Document
from walk_helpers import walk_document, warning_on_word

ROOT = Path(__file__).resolve().parents[3]




@pytest.fixture(scope="module")
def doc() -> Document:
    return walk_document()


def _leaning(rating_label: str) -> RatingModel:
    """A stand-in model whose every probability goes to ``rating_label``."""
    n = len(FEATURES)
    bias = np.full(len(RATINGS), -20.0)
    bias[RATINGS.index(rating_label)] = 20.0
    return RatingModel(mean=np.zeros(n), scale=np.ones(n), weights=np.zeros((len(RATINGS), n)), bias=bias)


def test_a_model_sure_of_m_raises_a_t_work_to_m_with_the_hand_rules_evidence(doc: Document) -> None:
    found = [warning_on_word("violence", "depicted", 0.7, start=5)]
    assert rule_rating(doc, found).label == "T"
    with RATING_MODEL.using(_leaning("M")):
        raised = rating(doc, found)
    assert raised.label == "M"
    assert [(s.start, s.text) for s in raised.evidence] == [(5, "walked")]


def test_the_model_raises_one_step_at_most_and_never_lowers(doc: Document) -> None:
    t_work = [warning_on_word("violence", "depicted", 0.7)]
    m_work = [warning_on_word("violence", "graphic", 0.9)]
    with RATING_MODEL.using(_leaning("E")):
        assert rating(doc, t_work).label == "M"
    with RATING_MODEL.using(_leaning("G")):
        assert rating(doc, m_work).label == "M"


def test_a_hand_rule_g_stays_g_whatever_the_model_says(doc: Document) -> None:
    with RATING_MODEL.using(_leaning("E")):
        assert rating(doc, []).label == "G"


def test_without_a_model_the_rating_is_the_hand_rules(doc: Document) -> None:
    found = [warning_on_word("violence", "depicted", 0.7)]
    with RATING_MODEL.using(None):
        assert rating(doc, found) == rule_rating(doc, found)


def test_under_rating_costs_more_than_over_rating() -> None:
    cost = cost_matrix(2.0)
    assert cost[RATINGS.index("M"), RATINGS.index("T")] == 2.0
    assert cost[RATINGS.index("T"), RATINGS.index("M")] == 1.0
    assert np.trace(cost) == 0


def test_the_features_carry_the_hand_rules_rating_and_the_violence_on_the_page() -> None:
    found = [warning_on_word("violence", "depicted", 0.7), warning_on_word("blood", "depicted", 0.6),
             warning_on_word("death", "mentioned", 0.9)]
    features = work_rating_features("They fought. " * 100, found)
    named = dict(zip(FEATURES, features, strict=True))
    assert rule_index(features) == RATINGS.index("T")
    assert named["violent_on_page"] == 2
    assert named["violent_sum"] == pytest.approx(1.3)
    assert named["on_page"] == 2 and named["warnings"] == 3


def test_swearing_counts_as_a_feature() -> None:
    named = dict(zip(FEATURES, work_rating_features("Oh shit. " * 10, []), strict=True))
    assert named["swears_log"] > 0 and named["rule_T"] == 1.0


def test_the_shipped_model_reads_and_raises_no_g(doc: Document) -> None:
    model = shipped_rating_model()
    if model is None:
        pytest.skip("no shipped rating model in this install")
    assert model.decide(work_rating_features(doc.text, []))[0] == "G"


def test_a_weights_file_of_other_features_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "rating.json"
    path.write_text(json.dumps({"features": ["x"], "ratings": list(RATINGS), "under_cost": 2, "mean": [0],
                                "scale": [1], "weights": [[0]] * 4, "bias": [0] * 4}), encoding="utf-8")
    with pytest.raises(RatingModelError, match="rating.json.*scripts/train_rating.py"):
        load_rating_model(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(RatingModelError, match="rating.json: not a rating model"):
        load_rating_model(path)


def test_the_training_folds_keep_each_repository_in_one_fold() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from train_rating import repo_folds
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    repos = ["a"] * 5 + ["b"] * 3 + ["c"] * 3 + ["d"] * 2 + ["e"]
    folds = repo_folds(repos)
    by_repo = {r: {f for rr, f in zip(repos, folds, strict=True) if rr == r} for r in repos}
    assert all(len(f) == 1 for f in by_repo.values())
    assert sorted(folds.count(f) for f in range(3)) == [4, 5, 5]


def test_fitting_learns_a_separable_rating() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from train_rating import fit
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    rng = np.random.default_rng(0)
    x = rng.normal(size=(80, len(FEATURES)))
    x[:, :3] = 0
    x[:, 0] = 1  # every work: the hand rule says T
    y = np.where(x[:, FEATURES.index("violent_sum")] > 0, RATINGS.index("M"), RATINGS.index("T"))
    model = fit(x, y, l2=1.0, under_cost=1.0)
    right = sum(RATINGS.index(model.decide(row)[0]) == g for row, g in zip(x, y, strict=True))
    assert right >= 72


@pytest.mark.parametrize("text", [
    "Fuck. Oh shit, you bastard! MOTHERFUCKER", "shitake mushrooms and a Scunthorpe bitch_x", "", "fuckfuck _shit",
    "He said 'shit' -- shit!shit", "no swearing here at all",
])
def test_the_strong_language_count_agrees_with_its_pattern(text: str) -> None:
    assert strong_language_count(text) == len(STRONG_LANGUAGE.findall(text))


def test_rough_words_count_spaces_and_line_breaks() -> None:
    assert rough_words("one two\nthree") == 3


def test_the_model_ships_on_only_when_it_beats_the_hand_rule_without_more_heavy_works_rated_light() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from train_rating import ships
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    gold = [1, 2, 2, 0]
    assert ships(gold, rule=[1, 1, 1, 0], model=[1, 2, 1, 0])
    assert not ships(gold, rule=[1, 1, 1, 0], model=[1, 1, 1, 0])  # a tie on exact
    gold5 = [1, 2, 2, 0, 0]
    assert not ships(gold5, rule=[1, 2, 2, 1, 1], model=[1, 2, 1, 0, 0])  # more exact, a heavy work rated light
