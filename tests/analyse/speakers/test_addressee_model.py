"""The learned addressee scorer (speakers/addressees.py) and the ranker features that read it: whom a quote is
spoken to, the one spoken to answering next."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from cast_helpers import attributor
from ficlens.analyse.speakers import Attributor, attribute
from ficlens.analyse.speakers.addressees import FEATURES as ADDRESSEE_NAMES
from ficlens.analyse.speakers.addressees import AddresseeModel, AddresseeReader, addressee_probabilities
from ficlens.analyse.speakers.ranker import (
    ADDRESSEE_FEATURES,
    FEATURES,
    FeatureReader,
    Ranker,
    RankerError,
    candidate_table,
    load_ranker,
)
from script_loader import load_script

SCENE = ('Anna Price and Ben Holt stood by the gate.\n\n'
         'Anna turned to Ben. "Ben, come here," said Anna.\n\n'
         '"Why?" Ben asked.\n')


def cluster(at: Attributor, name: str) -> int:
    return next(c.id for c in at.cast.clusters if name in c.name)


def found_of(at: Attributor) -> list[tuple[int | None, float, str]]:
    return [(a.cluster, a.score, a.rule) for a in attribute(at.text, at.paragraphs, at.cast, learned=False)]


def model(**weights: float) -> AddresseeModel:
    return AddresseeModel(tuple(weights.get(name, 0.0) for name in ADDRESSEE_NAMES), -1.0)


def test_the_called_name_and_the_one_turned_to_are_addressee_features_and_the_speaker_is_marked() -> None:
    at = attributor(SCENE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    table = AddresseeReader(at, found_of(at)).table()
    assert {anna, ben} <= set(table[0][0])
    rows = dict(zip(*table[0], strict=True))
    vocative, speaker, acted_on = (ADDRESSEE_NAMES.index(n) for n in ("vocative", "speaker_here", "object_mention"))
    assert rows[ben][vocative] == 1.0 and rows[anna][vocative] == 0.0
    assert rows[anna][speaker] == 1.0 and rows[ben][speaker] == 0.0
    assert rows[ben][acted_on] == 1.0 and rows[anna][acted_on] == 0.0


def test_the_probabilities_follow_the_scorers_weights() -> None:
    at = attributor(SCENE)
    probs = addressee_probabilities(at, found_of(at), model(vocative=3.0, speaker_here=-3.0))
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    assert probs[0][ben] > 0.5 > probs[0][anna]


def test_the_ranker_reads_who_the_previous_quote_spoke_to_and_nothing_without_a_scorer() -> None:
    at = attributor(SCENE)
    found = found_of(at)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    with_model = FeatureReader(at, found, addressee=model(vocative=3.0, speaker_here=-3.0))
    without = FeatureReader(at, found)
    cands = with_model.candidates(1)
    rows = dict(zip(cands, with_model.features(1, cands), strict=True))
    prev, top = FEATURES.index("addressee_prev"), FEATURES.index("addressee_prev_top")
    assert rows[ben][prev] > 0.5 > rows[anna][prev]
    assert rows[ben][top] == 1.0 and rows[anna][top] == 0.0
    columns = [FEATURES.index(n) for n in ADDRESSEE_FEATURES]
    assert all(row[k] == 0.0 for row in without.features(1, cands) for k in columns)


def test_a_ranker_with_its_addressee_scorer_round_trips_through_json(tmp_path: Path) -> None:
    ranker = Ranker(tuple(0.1 for _ in FEATURES), 0.5, None, model(vocative=2.0))
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(ranker.to_json()), encoding="utf-8")
    assert load_ranker(path) == ranker


def test_an_addressee_scorer_with_other_features_is_refused_naming_the_file(tmp_path: Path) -> None:
    data = Ranker(tuple(0.0 for _ in FEATURES), 0.0, None, model()).to_json()
    data["addressee"] = {"features": ["vocative"], "weights": [1.0], "bias": 0.0}
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RankerError, match="ranker.json.*addressee"):
        load_ranker(path)


@pytest.fixture(scope="module")
def train() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("scripts/train_speakers.py")


def test_gold_addressees_are_read_by_the_first_span_of_each_quotation(train: ModuleType, tmp_path: Path) -> None:
    ev = train.load_eval()
    folder = tmp_path / "data" / "scene"
    folder.mkdir(parents=True)
    (folder / "quotation_info.csv").write_text(
        'quoteID,quoteByteSpans,speaker,addressees\n'
        'Q0,"[[10, 20], [30, 40]]",Anna,"[\'Ben Holt\']"\n'
        'Q1,"[[50, 60]]",Ben,"[\'Nobody\']"\n', encoding="utf-8")
    anna = ev.Character(1, "Anna Price", frozenset({"anna price", "anna"}), "F")
    ben = ev.Character(2, "Ben Holt", frozenset({"ben holt", "ben"}), "M")
    novel = ev.Novel("scene", "", [], [anna, ben])
    assert train.gold_addressees(novel, tmp_path) == {10: {2}, 50: set()}
    assert train.gold_addressees(novel, tmp_path / "missing") == {}


def test_fit_learns_the_addressee_scorer_from_the_sources_groups_and_fills_the_ranker_features(
        train: ModuleType) -> None:
    ev = train.load_eval()
    reading = ev.read_with_ficlens(SCENE, learned=False)
    at = reading.at
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    examples = []
    for _ in range(3):
        reader = FeatureReader(at, [(a.cluster, a.score, a.rule) for a in reading.atts])
        source = train.Source(reader, candidate_table(reader, frozenset(), every=True),
                              AddresseeReader(at, reader.found).table())
        cands = source.addressee_table[0][0]
        source.addressee_labels[0] = [int(c == ben) for c in cands]
        cands = source.table[1][0]
        examples.append(train.Example([list(r) for r in source.table[1][1]], [int(c == ben) for c in cands],
                                      source, 1))
    ranker = train.fit(examples, stacked=False, addressee=True)
    assert ranker.addressee is not None
    probs = addressee_probabilities(at, reader.found, ranker.addressee)
    assert probs[0][ben] > probs[0][anna]
    filled = train.with_addressee(examples, ranker.addressee)
    prev = FEATURES.index("addressee_prev")
    cands = filled[0].source.table[1][0]
    assert filled[0].rows[cands.index(ben)][prev] > filled[0].rows[cands.index(anna)][prev]
    assert examples[0].rows[cands.index(ben)][prev] == 0.0  # the examples given are left as they were
    assert train.fit(examples, stacked=False).addressee is None  # off unless asked for (train.ADDRESSEE)
