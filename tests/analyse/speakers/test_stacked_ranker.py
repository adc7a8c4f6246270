"""A stacked speaker ranker: the second stage reads the other quotes' speakers from the first stage's picks."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from cast_helpers import attributor
from ficlens.analyse.speakers import Attributor, attribute
from ficlens.analyse.speakers.ranker import (
    FEATURES,
    OTHER_SPEAKER_FEATURES,
    FeatureReader,
    Ranker,
    RankerError,
    load_ranker,
    rerank,
    stacked_scores,
)
from script_loader import load_script

EXCHANGE = ('Anna Price and Ben Holt stood by the gate.\n\n'
            '"Ben, come here," said Anna.\n\n'
            '"Why?"\n\n'
            '"Because the gate is locked."\n\n'
            '"Then I will stay."\n')


def cluster(at: Attributor, name: str) -> int:
    return next(c.id for c in at.cast.clusters if name in c.name)


def weighted(**weights: float) -> Ranker:
    return Ranker(tuple(weights.get(name, 0.0) for name in FEATURES), 0.0)


TURNS = weighted(prev_other_paragraph=-3.0, run_party=1.0)  # the sure party speaks unless she spoke just before


def all_anna(at: Attributor) -> list[tuple[int | None, float, str]]:
    """The pipeline's speakers with every bare quote given to Anna, the exchange's tagged party."""
    found = [(a.cluster, a.score, a.rule) for a in attribute(at.text, at.paragraphs, at.cast, learned=False)]
    assert found[0] == (cluster(at, "Anna"), found[0][1], "explicit")
    return [found[0]] + [(cluster(at, "Anna"), 0.5, "conversation")] * 3


def test_the_second_stage_reads_the_previous_speaker_from_the_first_stages_picks() -> None:
    at = attributor(EXCHANGE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    found = all_anna(at)
    # alone, every bare quote reads Anna (the pipeline's) before it and goes to Ben
    assert [c for c, _, _ in rerank(at, found, TURNS)] == [anna, ben, ben, ben]
    # stacked, the second stage reads the first stage's Ben before the second bare quote and gives it to Anna
    stacked = Ranker(TURNS.weights, TURNS.bias, TURNS)
    assert [c for c, _, _ in rerank(at, found, stacked, stacked=True)] == [anna, ben, anna, anna]
    assert rerank(at, found, stacked, stacked=False) == rerank(at, found, TURNS)  # the first stage alone


def test_the_other_speakers_features_of_the_pipelines_speakers_are_those_of_the_feature_vectors() -> None:
    at = attributor(EXCHANGE)
    found = all_anna(at)
    reader = FeatureReader(at, found)
    for qi in range(len(at.quotes)):
        cands = reader.candidates(qi)
        others = reader.other_speaker_features(qi, cands, [c for c, _, _ in found])
        for row, other in zip(reader.features(qi, cands), others, strict=True):
            assert {name: row[FEATURES.index(name)] for name in OTHER_SPEAKER_FEATURES} == other


def test_a_stacked_ranker_round_trips_through_json(tmp_path: Path) -> None:
    stacked = Ranker(TURNS.weights, 0.5, weighted(vocative=2.0))
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(stacked.to_json()), encoding="utf-8")
    assert load_ranker(path) == stacked
    single = Ranker(TURNS.weights, 0.5)
    path.write_text(json.dumps(single.to_json()), encoding="utf-8")
    assert load_ranker(path).second is None


def test_a_second_stage_with_other_features_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ranker.json"
    data = {**TURNS.to_json(), "second": {"weights": [1.0], "bias": 0.0}}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RankerError, match="ranker.json.*features"):
        load_ranker(path)
    path.write_text(json.dumps({**TURNS.to_json(), "second": "weights"}), encoding="utf-8")
    with pytest.raises(RankerError, match="ranker.json"):
        load_ranker(path)


@pytest.fixture(scope="module")
def train() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("scripts/train_speakers.py")


def examples(train: ModuleType, copies: int) -> list:  # type: ignore[type-arg]
    """The bare quotes of ``copies`` readings of the exchange (each a source of its own), every bare quote given
    to Anna by the pipeline, gold speakers alternating."""
    ev = train.load_eval()
    starts = [i + 1 for i, ch in enumerate(EXCHANGE) if ch == '"'][::2]
    ends = [i for i, ch in enumerate(EXCHANGE) if ch == '"'][1::2]
    anna = ev.Character(1, "Anna Price", frozenset({"anna price", "anna"}), "F")
    ben = ev.Character(2, "Ben Holt", frozenset({"ben holt", "ben"}), "M")
    quotes = [ev.GoldQuote(((s, e),), who, "implicit") for s, e, who in zip(starts, ends, [1, 2, 1, 2], strict=True)]
    novel = ev.Novel("exchange", EXCHANGE, quotes, [anna, ben])
    out = []
    for _ in range(copies):
        reading = ev.read_with_ficlens(EXCHANGE, learned=False)
        reading.atts[1:] = [type(a)(a.quote, reading.atts[0].cluster, 0.5, "conversation") for a in reading.atts[1:]]
        out += train.novel_examples(novel, reading)
    return out


def test_cross_fitted_examples_read_the_other_quotes_speakers_from_a_first_stage_fitted_without_them(
        train: ModuleType) -> None:
    exs = examples(train, 2)
    assert len(exs) == 6 and exs[0].source is not exs[3].source
    seen: list[int] = []

    def fitter(fitted_on: list) -> Ranker:  # type: ignore[type-arg]
        seen.append(len(fitted_on))
        return TURNS

    stacked = train.cross_fitted(exs, fitter, folds=2)
    assert seen == [3, 3]  # each source's first stage is fitted on the other source alone
    prev = FEATURES.index("prev_other_paragraph")
    at = exs[0].source.reader.at
    ben = cluster(at, "Ben")
    cands = exs[0].source.table[exs[1].qi][0]
    # the second bare quote: Anna before it in the pipeline, Ben in the first stage's picks
    assert exs[1].rows[cands.index(ben)][prev] == 0.0
    assert stacked[1].rows[cands.index(ben)][prev] == 1.0
    assert [ex.labels for ex in stacked] == [ex.labels for ex in exs]


def test_fit_adds_a_second_stage_only_when_the_examples_know_their_texts(train: ModuleType) -> None:
    exs = examples(train, 2)
    assert train.fit(exs).second is not None
    assert train.fit(exs, stacked=False).second is None
    assert train.fit([train.Example(ex.rows, ex.labels) for ex in exs]).second is None


def test_the_shipped_ranker_is_stacked_with_one_weight_per_feature_in_each_stage() -> None:
    shipped = load_ranker()
    assert shipped.second is not None
    assert len(shipped.weights) == len(shipped.second.weights) == len(FEATURES)
    assert shipped.second.second is None


def test_a_stacked_score_mixes_the_two_stages_logits_by_the_first_stages_share() -> None:
    stacked = Ranker(weighted(vocative=2.0).weights, 0.0, weighted(vocative=-2.0))
    called = [[1.0 if name == "vocative" else 0.0 for name in FEATURES]]
    assert stacked_scores(stacked, called, called, share=1.0) == [stacked.score(called[0])]
    assert stacked_scores(stacked, called, called, share=0.0) == [stacked.second.score(called[0])]  # type: ignore[union-attr]
    assert stacked_scores(stacked, called, called, share=0.5) == [0.5]
