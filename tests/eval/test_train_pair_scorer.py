"""scripts/train_pair_scorer.py: the tag threshold is chosen out of fold, grouped by repository."""

from __future__ import annotations

import dataclasses

import pytest

from ficlens.analyse.pair_scorer import FEATURES, Linear, PairScorer
from script_loader import load_script


def _scorer(tag_z: float) -> PairScorer:
    zero = tuple(0.0 for _ in FEATURES)
    return PairScorer((Linear(zero, 0.0), Linear(zero, tag_z), Linear(zero, -10.0)))


def test_a_repositorys_rows_are_decided_only_by_models_fitted_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    script = load_script("scripts/train_pair_scorer.py")
    row = [0.0] * len(FEATURES)
    works = [script.Work(f"w{i}", repo, [], None, {"on": [(row, script.PLATONIC, False)], "off": []})  # type: ignore[arg-type]
             for i, repo in enumerate(("a", "a", "b", "c"))]
    fitted_on: list[set[str]] = []

    def fit(train: list, threshold: float, keep_rules: bool = False) -> PairScorer:  # noqa: ANN001
        fitted_on.append({w.repo for w in train})
        return dataclasses.replace(_scorer(0.0), threshold=threshold)  # p(tag) = 2/3 for every row

    monkeypatch.setattr(script, "fit", fit)
    assert script.choose_threshold(works, [0.5, 0.9], keep_rules=False) == 0.5  # 0.9 tags nothing
    assert fitted_on == [{"b", "c"}, {"a", "c"}, {"a", "b"}]


def test_a_pair_the_author_tags_both_ways_is_labelled_romantic() -> None:
    """Authors tag "A & B" beside "A/B" for a romance grown from a friendship; the relations stage reports one of the
    two, so the pair's label is the romance whichever tag comes first."""
    script = load_script("scripts/train_pair_scorer.py")
    names = ["Keith", "Lance"]
    assert script._label(names, ["Keith & Lance (Voltron)", "Keith/Lance (Voltron)"]) == script.ROMANTIC
    assert script._label(names, ["Keith & Lance (Voltron)"]) == script.PLATONIC
    assert script._label(names, ["Allura/Lance (Voltron)"]) == script.NONE


def test_a_fandoms_silver_works_fall_in_one_fold() -> None:
    script = load_script("scripts/train_pair_scorer.py")
    fold = script.silver_fold(["Teen Wolf (TV)", "Supernatural"])
    assert fold == script.silver_fold(["Teen Wolf (TV)"])
    assert {script.silver_fold([f"Fandom {i}"]) for i in range(50)} == {
        f"silver-{i}" for i in range(script.SILVER_FOLDS)}


def test_a_dropped_feature_gets_no_weight_in_any_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """--drop prior_platonic: the fit leaves the feature out, so the KB's friendship prior cannot outweigh a pair's
    romantic evidence."""
    script = load_script("scripts/train_pair_scorer.py")
    prior, strong = FEATURES.index("prior_platonic"), FEATURES.index("strong")
    rows = []
    for i in range(12):
        x = [0.0] * len(FEATURES)
        x[prior], x[strong] = float(i % 2), float(i % 3)
        rows.append((x, (script.NONE, script.PLATONIC, script.ROMANTIC)[i % 3], True))
    works = [script.Work("w", "a", [], None, {"on": rows, "off": rows})]
    assert any(s.weights[prior] != 0.0 for s in script.fit(works, 0.8).scores)
    monkeypatch.setattr(script, "DROP", frozenset({"prior_platonic"}))
    fitted = script.fit(works, 0.8)
    assert all(s.weights[prior] == 0.0 for s in fitted.scores)
    assert any(s.weights[strong] != 0.0 for s in fitted.scores)
