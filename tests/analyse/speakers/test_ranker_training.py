"""Fitting the speaker ranker (scripts/train_speakers.py): the listwise objective on hand-made candidate groups."""

from __future__ import annotations

from types import ModuleType

import pytest

from ficlens.analyse.speakers.joint import NEIGHBOUR_FEATURES
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


EXCHANGE = ('Anna Price and Ben Holt stood by the gate.\n\n'
            '"Ben, come here," said Anna.\n\n'
            '"Why?"\n\n'
            '"Because the gate is locked."\n\n'
            '"Then I will stay."\n')


def test_gold_neighbours_give_the_neighbour_features_the_gold_speakers(train: ModuleType) -> None:
    ev = train.load_eval()
    starts = [i + 1 for i, ch in enumerate(EXCHANGE) if ch == '"'][::2]
    ends = [i for i, ch in enumerate(EXCHANGE) if ch == '"'][1::2]
    anna = ev.Character(1, "Anna Price", frozenset({"anna price", "anna"}), "F")
    ben = ev.Character(2, "Ben Holt", frozenset({"ben holt", "ben"}), "M")
    speakers = [1, 2, 1, 2]
    quotes = [ev.GoldQuote(((s, e),), who, "implicit") for s, e, who in zip(starts, ends, speakers, strict=True)]
    novel = ev.Novel("exchange", EXCHANGE, quotes, [anna, ben])
    reading = ev.read_with_ficlens(EXCHANGE, learned=False)
    reading.atts[1:] = [type(a)(a.quote, reading.atts[0].cluster, 0.5, "conversation") for a in reading.atts[1:]]
    prev = FEATURES.index("prev_other_paragraph")
    piped = train.novel_examples(novel, reading)
    golden = train.novel_examples(novel, reading, gold_features=NEIGHBOUR_FEATURES)
    assert len(piped) == len(golden) == 3
    # the third quote (Anna's) follows Ben's in gold, Anna's in the pipeline that gave every bare quote to her
    rows = {label: r[prev] for r, label in zip(golden[1].rows, golden[1].labels, strict=True)}
    assert rows == {1: 0.0, 0: 1.0}
    assert {label: r[prev] for r, label in zip(piped[1].rows, piped[1].labels, strict=True)} == {1: 1.0, 0: 0.0}
