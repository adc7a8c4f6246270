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
