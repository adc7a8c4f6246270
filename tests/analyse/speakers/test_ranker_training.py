"""Fitting the speaker ranker (scripts/train_speakers.py): the listwise objective on hand-made candidate groups."""

from __future__ import annotations

from types import ModuleType

import pytest

from ficlens.analyse.speakers.ranker import FEATURES
from script_loader import load_script


@pytest.fixture(scope="module")
def train() -> ModuleType:
    pytest.importorskip("scipy")
    return load_script("scripts/train_speakers.py")


def row(**on: float) -> list[float]:
    return [on.get(name, 0.0) for name in FEATURES]


def groups(train: ModuleType) -> list:  # type: ignore[type-arg]
    """Quotes whose gold speaker is the vocative's answerer (called_before) though another candidate holds the
    choice: the choice is right only where no one was called."""
    called = train.Example([row(choice=1.0), row(called_before=1.0)], [0, 1])
    plain = train.Example([row(choice=1.0), row()], [1, 0])
    return [called] * 6 + [plain] * 6


def test_the_listwise_fit_ranks_the_gold_candidate_first_in_each_group(train: ModuleType) -> None:
    ranker = train.fit(groups(train), "listwise")
    assert ranker.score(row(called_before=1.0)) > ranker.score(row(choice=1.0)) > ranker.score(row())
    assert ranker.bias == 0.0


def test_the_listwise_fit_is_deterministic(train: ModuleType) -> None:
    assert train.fit_listwise(groups(train)) == train.fit_listwise(groups(train))


def test_a_stronger_penalty_keeps_the_weights_smaller(train: ModuleType) -> None:
    loose, tight = train.fit_listwise(groups(train), l2=0.1), train.fit_listwise(groups(train), l2=10.0)
    assert max(map(abs, tight.weights)) < max(map(abs, loose.weights))
