"""The learned speaker ranker: candidate features on a hand-written scene, the shipped weights, scoring."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from cast_helpers import attributor
from ficlens.analyse.speakers import Attributor, attribute
from ficlens.analyse.speakers.ranker import (
    FEATURES,
    FeatureReader,
    Ranker,
    RankerError,
    decides,
    load_ranker,
    rerank,
    role_speakers,
)

SCENE = ('Anna Price and Ben Holt stood by the gate.\n\n'
         '"Ben, come here," said Anna.\n\n'
         '"Why?" Ben asked.\n')


def found_of(at: Attributor) -> list[tuple[int | None, float, str]]:
    return [(a.cluster, a.score, a.rule) for a in attribute(at.text, at.paragraphs, at.cast)]


def cluster(at: Attributor, name: str) -> int:
    return next(c.id for c in at.cast.clusters if name in c.name)


def test_tag_subject_and_vocative_are_features_of_their_candidates() -> None:
    at = attributor(SCENE)
    reader = FeatureReader(at, found_of(at))
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    cands = reader.candidates(0)
    assert {anna, ben} <= set(cands)
    rows = dict(zip(cands, reader.features(0, cands), strict=True))
    tag, vocative = FEATURES.index("tag_after_name"), FEATURES.index("vocative")
    assert rows[anna][tag] == 1.0 and rows[anna][vocative] == 0.0
    assert rows[ben][tag] == 0.0 and rows[ben][vocative] == 1.0


def test_shipped_ranker_puts_the_tag_subject_above_the_vocative() -> None:
    at = attributor(SCENE)
    ranker = load_ranker()
    reader = FeatureReader(at, found_of(at))
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    cands = reader.candidates(0)
    scores = dict(zip(cands, (ranker.score(r) for r in reader.features(0, cands)), strict=True))
    assert scores[anna] > scores[ben]
    assert [c for c, _, _ in rerank(at, found_of(at), ranker)] == [anna, ben]


def test_shipped_weights_load_one_per_feature() -> None:
    ranker = load_ranker()
    assert len(ranker.weights) == len(FEATURES)


def test_weights_for_other_features_are_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps({"features": ["choice"], "weights": [1.0], "bias": 0.0}), encoding="utf-8")
    with pytest.raises(RankerError, match="ranker.json"):
        load_ranker(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(RankerError, match="not a speaker ranker"):
        load_ranker(path)


def test_scoring_is_deterministic_and_round_trips_through_json(tmp_path: Path) -> None:
    at = attributor(SCENE)
    ranker = load_ranker()
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(ranker.to_json()), encoding="utf-8")
    again = load_ranker(path)
    assert rerank(at, found_of(at), ranker) == rerank(at, found_of(at), again)
    row = [1.0] * len(FEATURES)
    assert ranker.score(row) == ranker.score(list(row))


def test_a_quote_with_no_candidate_keeps_its_speaker() -> None:
    at = attributor('"Hello there."\n')
    found = [(None, 0.0, "none")] * len(at.quotes)
    zero = Ranker(tuple(0.0 for _ in FEATURES), 0.0)
    assert rerank(at, found, zero) == found


def test_a_margin_keeps_a_speaker_the_ranker_scores_close_to_its_best() -> None:
    at = attributor(SCENE)
    found = found_of(at)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    assert found[0][0] == anna
    calls = Ranker(tuple(10.0 if f == "vocative" else 0.0 for f in FEATURES), 0.0)  # about 1.0 for Ben, 0.5 Anna
    assert rerank(at, found, calls, every=True)[0][0] == ben
    assert rerank(at, found, calls, margin=0.6, every=True)[0] == found[0]


def test_the_ranker_leaves_a_quote_an_explicit_tag_names_to_the_rules() -> None:
    at = attributor(SCENE)
    found = found_of(at)
    anna = cluster(at, "Anna")
    assert found[0] == (anna, found[0][1], "explicit")
    calls = Ranker(tuple(10.0 if f == "vocative" else 0.0 for f in FEATURES), 0.0)
    assert rerank(at, found, calls)[0] == found[0]


UNTAGGED = ('Anna Price and Ben Holt stood by the gate.\n\n'
            '"Ben, come here," said Anna.\n\n'
            '"Why?" Ben asked.\n\n'
            '"Because the gate is open, Ben."\n')


def test_attribute_lets_the_shipped_ranker_decide_an_untagged_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    at = attributor(UNTAGGED)
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    without = attribute(at.text, at.paragraphs, at.cast, learned=False)
    assert without[2].cluster == anna
    calls = Ranker(tuple(10.0 if f == "vocative" else 0.0 for f in FEATURES), 0.0)
    monkeypatch.setattr(importlib.import_module("ficlens.analyse.speakers.attribute"), "shipped_ranker",
                        lambda: calls)
    learned = attribute(at.text, at.paragraphs, at.cast)
    assert (learned[2].cluster, learned[2].rule) == (ben, "ranker")
    assert learned[0].cluster == anna  # explicit: the rules'


def test_a_broken_shipped_file_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "speaker_ranker.json"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(RankerError, match="speaker_ranker.json"):
        load_ranker(path)


def test_a_name_called_earlier_in_the_same_paragraph_is_not_the_next_quotes_speaker() -> None:
    text = ('Anna Price and Ben Holt stood by the gate. Anna looked at Ben.\n\n'
            '"Ben," said Anna gently, "sit down, Ben."\n\n'
            '"Why?"\n')
    at = attributor(text)
    reader = FeatureReader(at, found_of(at))
    ben = cluster(at, "Ben")
    called_before = FEATURES.index("called_before")
    rows = dict(zip(reader.candidates(1), reader.features(1, reader.candidates(1)), strict=True))
    assert rows[ben][called_before] == 0.0  # "sit down, Ben." is said to Ben, by the one who called him
    rows = dict(zip(reader.candidates(2), reader.features(2, reader.candidates(2)), strict=True))
    assert rows[ben][called_before] == 1.0  # the next paragraph's "Why?" answers the call


def row_of(at: Attributor, qi: int, who: int) -> dict[str, float]:
    """The named features of candidate ``who`` for quote ``qi``."""
    reader = FeatureReader(at, found_of(at))
    cands = reader.candidates(qi)
    assert who in cands
    return dict(zip(FEATURES, reader.features(qi, cands)[cands.index(who)], strict=True))


ROLE_SCENE = 'Tom Reed walked in with his son George.\n\n"This is my son," said the old man.\n'


def test_the_ranker_decides_a_quote_whose_tag_names_a_role_not_a_name() -> None:
    at = attributor(ROLE_SCENE)
    old_man = cluster(at, "old man")
    assert at.cast.clusters[old_man].role
    hit = (old_man, 0.9, "explicit")
    assert role_speakers(at) == {old_man}
    assert decides(hit, role_speakers(at))
    assert not decides(hit)  # no role reconsidered: an explicit tag stands
    named = next(c.id for c in at.cast.clusters if not c.role)
    assert not decides((named, 0.9, "explicit"), role_speakers(at))


def test_a_one_off_voice_is_no_role_the_ranker_reconsiders() -> None:
    at = attributor('I sat by the fire with Ellis.\n\n"Hello!" came a voice from the hall. "Anyone home?"')
    voice = cluster(at, "voice")
    assert at.cast.clusters[voice].role and voice not in role_speakers(at)


def test_the_last_named_character_of_the_roles_gender_stands_in_for_the_role() -> None:
    at = attributor(ROLE_SCENE)
    reed = cluster(at, "Reed")
    row = row_of(at, 0, reed)
    assert row["stands_for_role"] == 1.0 and row["role"] == 0.0
    assert row_of(at, 0, cluster(at, "old man"))["role"] == 1.0


def test_the_subject_of_the_narration_before_a_bare_quote_is_a_feature() -> None:
    at = attributor(SCENE + '\n"Stay," said Anna.\n\nBen turned away from her.\n\n"No."\n')
    last = len(at.quotes) - 1
    assert row_of(at, last, cluster(at, "Ben"))["narration_subject"] == 1.0
    assert row_of(at, last, cluster(at, "Anna"))["narration_subject"] == 0.0


def test_a_name_the_next_turn_calls_marks_the_one_who_spoke_before_it() -> None:
    at = attributor(SCENE + '\n"Because."\n\n"Fine, Anna."\n')
    assert row_of(at, 2, cluster(at, "Anna"))["called_after"] == 1.0
    assert row_of(at, 2, cluster(at, "Ben"))["called_after"] == 0.0



def test_a_sure_tag_nine_turns_back_still_anchors_a_two_party_exchange() -> None:
    bare = "".join(f'"Line {i}."\n\n' for i in range(8))
    at = attributor(SCENE + bare + '"And now?"\n')
    last = len(at.quotes) - 1  # nine turns after the sure "Ben asked": the other party, Anna, speaks
    anna, ben = row_of(at, last, cluster(at, "Anna")), row_of(at, last, cluster(at, "Ben"))
    assert anna["anchor_before_other"] == 1.0 and anna["run_party"] == 1.0
    assert ben["anchor_before_same"] == 0.0 and ben["anchor_before_other"] == 0.0


def test_a_bare_exchange_one_quote_a_paragraph_alternates_with_the_quote_two_back() -> None:
    at = attributor('Anna Price and Ben Holt stood by the gate.\n\n'
                    '"Ben, come here," said Anna.\n\n'
                    '"Why?"\n\n'
                    '"Because the gate is locked."\n')
    reader = FeatureReader(at, found_of(at))
    anna, ben = cluster(at, "Anna"), cluster(at, "Ben")
    assert reader.near(2, 0)  # three quotes in a row, one a paragraph: one exchange
    other = reader.other_speaker_features(2, [anna, ben], [anna, ben, None])
    assert other[0]["prev2_alternates"] and not other[1]["prev2_alternates"]


def test_narration_paragraphs_between_two_quotes_end_the_exchange() -> None:
    at = attributor('Anna Price and Ben Holt stood by the gate.\n\n'
                    '"Ben, come here," said Anna.\n\n'
                    '"Why?"\n\n'
                    'The wind rose.\n\n'
                    'Nobody moved.\n\n'
                    '"Because the gate is locked."\n')
    reader = FeatureReader(at, found_of(at))
    assert reader.near(0, 1) and not reader.near(1, 2) and not reader.near(0, 2)


def test_a_character_named_only_inside_the_dialogue_is_off_stage() -> None:
    at = attributor(SCENE + '\n"Where is Carl Stone?"\n\n"Carl Stone went home."\n\n"Then we wait."\n')
    last = len(at.quotes) - 1
    assert row_of(at, last, cluster(at, "Carl"))["off_stage"] == 1.0
    assert row_of(at, last, cluster(at, "Anna"))["off_stage"] == 0.0  # named in the narration and tagged
    assert row_of(at, last, cluster(at, "Ben"))["off_stage"] == 0.0  # the narration names him


def test_a_name_called_in_a_bare_exchange_sets_the_parity_of_the_turns_around_it() -> None:
    at = attributor(SCENE + '\n"Because."\n\n"Fine, Anna."\n\n"Good."\n\n"Really?"\n')
    anna = cluster(at, "Anna")
    assert row_of(at, 4, anna)["called_odd"] == 1.0  # the turn after the call: Anna answers
    assert row_of(at, 5, anna)["called_even"] == 1.0  # two turns after it: her caller again
    assert row_of(at, 5, anna)["called_odd"] == 0.0


def test_a_pronoun_tag_turns_away_marks_the_candidates_of_its_gender() -> None:
    at = attributor(SCENE + '\n"Is it locked?" she asked.\n\n"Yes."\n\n"Then we climb."\n')
    anna, ben = row_of(at, 4, cluster(at, "Anna")), row_of(at, 4, cluster(at, "Ben"))
    assert anna["gender_tag_even"] == 1.0 and anna["gender_tag_odd"] == 0.0
    assert ben["gender_tag_even"] == 0.0 and ben["gender_tag_odd"] == 0.0
    assert row_of(at, 3, cluster(at, "Anna"))["gender_tag_odd"] == 1.0


def test_the_one_the_previous_turns_narration_turns_to_answers() -> None:
    at = attributor(SCENE + '\nAnna turned to Ben. "Is it locked?"\n\n"Yes."\n')
    assert row_of(at, 3, cluster(at, "Ben"))["prev_acted_on"] == 1.0
    assert row_of(at, 3, cluster(at, "Anna"))["prev_acted_on"] == 0.0
