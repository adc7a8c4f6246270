"""Joint decoding of an exchange: the neighbours' speakers read from the hypothesis, not the pipeline."""

from __future__ import annotations

import importlib

import pytest

from cast_helpers import attributor
from ficlens.analyse.speakers import Attributor, attribute
from ficlens.analyse.speakers.joint import joint_rerank
from ficlens.analyse.speakers.ranker import FEATURES, Ranker, load_ranker, rerank

EXCHANGE = ('Anna Price and Ben Holt stood by the gate.\n\n'
            '"Ben, come here," said Anna.\n\n'
            '"Why?"\n\n'
            '"Because the gate is locked."\n\n'
            '"Then I will stay."\n')


def found_of(at: Attributor) -> list[tuple[int | None, float, str]]:
    return [(a.cluster, a.score, a.rule) for a in attribute(at.text, at.paragraphs, at.cast, learned=False)]


def cluster(at: Attributor, name: str) -> int:
    return next(c.id for c in at.cast.clusters if name in c.name)


def weighted(**weights: float) -> Ranker:
    return Ranker(tuple(weights.get(name, 0.0) for name in FEATURES), 0.0)


def test_the_speakers_of_a_bare_exchange_alternate_from_its_sure_tag() -> None:
    at = attributor(EXCHANGE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    found = found_of(at)
    assert found[0][0] == anna and found[0][2] == "explicit"
    wrong = [found[0]] + [(anna, 0.5, "conversation")] * 3  # a pipeline that gave every bare quote to Anna
    ranker = weighted(prev_other_paragraph=-3.0, run_party=1.0)
    assert [c for c, _, _ in joint_rerank(at, wrong, ranker)] == [anna, ben, anna, ben]
    # each quote alone reads the pipeline's neighbours (all Anna) and turns every bare quote to Ben
    assert [c for c, _, _ in rerank(at, wrong, ranker)] == [anna, ben, ben, ben]


def test_without_neighbour_weights_each_quote_gets_its_own_best() -> None:
    at = attributor(EXCHANGE)
    found = found_of(at)
    shipped = load_ranker()
    alone = Ranker(tuple(0.0 if name.startswith(("prev", "next", "gender_alternates", "gender_prev")) else w
                         for name, w in zip(FEATURES, shipped.weights, strict=True)), shipped.bias)
    assert [c for c, _, _ in joint_rerank(at, found, alone)] == [c for c, _, _ in rerank(at, found, alone)]


def test_an_explicit_tag_anchors_the_exchange_and_keeps_its_speaker() -> None:
    at = attributor(EXCHANGE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    found = found_of(at)
    picked = joint_rerank(at, found, weighted(vocative=5.0, prev_other_paragraph=-3.0))
    assert picked[0] == found[0]  # the tag says Anna though she calls Ben
    assert [c for c, _, _ in picked[1:]] == [ben, anna, ben]


def test_attribute_decodes_jointly_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("ficlens.analyse.speakers.attribute")
    at = attributor(EXCHANGE)
    calls: list[str] = []
    monkeypatch.setattr(module, "joint_rerank", lambda at, found, *a, **k: calls.append("joint") or found)
    monkeypatch.setattr(module, "rerank", lambda at, found, *a, **k: calls.append("alone") or found)
    attribute(at.text, at.paragraphs, at.cast, joint=True)
    attribute(at.text, at.paragraphs, at.cast, joint=False)
    assert calls == ["joint", "alone"]


def test_log_probabilities_decode_the_exchange_like_logits_on_a_clear_case() -> None:
    at = attributor(EXCHANGE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    wrong = [found_of(at)[0]] + [(anna, 0.5, "conversation")] * 3
    ranker = weighted(prev_other_paragraph=-3.0, run_party=1.0)
    picked = joint_rerank(at, wrong, ranker, emission="probability")
    assert [c for c, _, _ in picked] == [anna, ben, anna, ben]


def test_the_beam_reads_the_recent_speakers_from_its_hypothesis() -> None:
    at = attributor(EXCHANGE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    wrong = [found_of(at)[0]] + [(anna, 0.5, "conversation")] * 3
    ranker = weighted(prev_other_paragraph=-3.0, recent_turns=16.0)  # +2 for each recent turn of the candidate
    assert [c for c, _, _ in joint_rerank(at, wrong, ranker, beam=4)] == [anna, ben, anna, ben]
    # the Viterbi search reads the recent turns from the pipeline (all Anna's) and gives her the last two
    assert [c for c, _, _ in joint_rerank(at, wrong, ranker)] == [anna, ben, anna, anna]


def test_a_stacked_ranker_s_second_stage_reads_its_neighbours_from_the_hypothesis() -> None:
    at = attributor(EXCHANGE)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    wrong = [found_of(at)[0]] + [(anna, 0.5, "conversation")] * 3
    alone = weighted(run_party=1.0)  # the first stage: no turn taking, every bare quote to either party
    stacked = Ranker(alone.weights, alone.bias, second=weighted(prev_other_paragraph=-6.0, run_party=1.0))
    assert [c for c, _, _ in joint_rerank(at, wrong, stacked)] == [anna, ben, anna, ben]
    # the first stage alone has nothing to alternate with and keeps the pipeline's speakers
    assert [c for c, _, _ in joint_rerank(at, wrong, stacked, stacked=False)] == [anna, anna, anna, anna]
