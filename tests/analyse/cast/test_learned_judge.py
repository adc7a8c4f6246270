"""The learned name judge: its weights file, when the cast uses it, how it stacks on the hand rules, the candidates'
features it reads, and the training script's sign constraints."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ficlens.analyse.cast import build_cast, learned_judge
from ficlens.analyse.cast.judge_features import FEATURES, Signals, candidate_features, lower_word_counts
from ficlens.analyse.cast.learned_judge import NameJudge, NameJudgeError, parse_judge
from ficlens.analyse.cast.name_judge import uses_of
from ficlens.analyse.cast.names import NameForm
from ficlens.nlp import build_document
from ficlens.work import Work
from script_loader import load_script

STORY = ("Kaia walked into the kitchen. Later Kaia smiled at Tamsin, and Tamsin laughed. "
         "\"Come here,\" said Kaia. \"No,\" said Tamsin. Kaia sat down. Tamsin waved. ") * 3


def _constant(bias: float, threshold: float = 0.5, mode: str = "veto") -> NameJudge:
    """A judge giving every candidate the same probability (sigmoid of ``bias``)."""
    return NameJudge(tuple(0.0 for _ in FEATURES), bias, threshold, mode)


def _names(text: str, fast: bool = False) -> set[str]:
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=fast)
    return {c.name for c in cast.clusters if c.names and not c.role}


def _row(**values: float) -> list[float]:
    return [values.get(name, 0.0) for name in FEATURES]


def test_a_judge_reads_back_what_it_writes() -> None:
    judge = NameJudge(tuple(float(i) / 10 for i in range(len(FEATURES))), -1.5, 0.3, "decide", True)
    assert parse_judge(json.dumps(judge.to_json()).encode(), Path("j.json")) == judge


def test_a_weights_file_of_other_features_or_a_bad_mode_is_refused_in_one_line_naming_it() -> None:
    data = _constant(0.0).to_json()
    data["features"] = ["tags"]
    with pytest.raises(NameJudgeError) as err:
        parse_judge(json.dumps(data).encode(), Path("weights.json"))
    assert "weights.json" in str(err.value) and "\n" not in str(err.value)
    data = _constant(0.0).to_json()
    data["mode"] = "sometimes"
    with pytest.raises(NameJudgeError, match="mode.json"):
        parse_judge(json.dumps(data).encode(), Path("mode.json"))
    with pytest.raises(NameJudgeError, match="bad.json"):
        parse_judge(b"{not json", Path("bad.json"))


def test_the_shipped_judge_decides_only_when_it_is_on_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    off = _constant(0.0)
    monkeypatch.setattr(learned_judge, "shipped_judge", lambda: off)
    assert learned_judge.active() is None
    on = NameJudge(off.weights, 0.0, 0.5, "veto", True)
    monkeypatch.setattr(learned_judge, "shipped_judge", lambda: on)
    assert learned_judge.active() is on
    with learned_judge.using(None):
        assert learned_judge.active() is None


def test_the_shipped_weights_file_is_this_ficlens_s() -> None:
    judge = learned_judge.shipped_judge()
    assert judge is not None and len(judge.weights) == len(FEATURES)


def test_a_veto_judge_drops_a_name_the_hand_rules_accept_and_never_adds_one() -> None:
    assert {"Kaia", "Tamsin"} <= _names(STORY)
    with learned_judge.using(_constant(-5.0)):
        assert not {"Kaia", "Tamsin"} & _names(STORY)
    with learned_judge.using(_constant(5.0)):
        assert {"Kaia", "Tamsin"} <= _names(STORY)
    assert not _constant(5.0).decide(_row(rule_accept=0.0), rule_accept=False)


def test_a_deciding_judge_may_accept_what_the_hand_rules_turn_down() -> None:
    assert _constant(5.0, mode="decide").decide(_row(), rule_accept=False)
    assert not _constant(-5.0, mode="decide").decide(_row(rule_accept=1.0), rule_accept=True)


def test_a_character_of_the_detected_fandom_keeps_the_hand_rules_verdict() -> None:
    known = _row(kb_known=1.0, rule_accept=1.0)
    assert _constant(-5.0).decide(known, rule_accept=True)
    assert not _constant(5.0, mode="decide").decide(_row(kb_known=1.0), rule_accept=False)


def test_the_fast_profile_keeps_the_hand_rules() -> None:
    with learned_judge.using(_constant(-5.0)):
        assert {"Kaia", "Tamsin"} <= _names(STORY, fast=True)


def test_a_recording_holds_every_candidate_with_its_features() -> None:
    with learned_judge.using(None), learned_judge.recording() as rows:
        names = _names(STORY + "They sailed to Coruscant. They sailed to Coruscant again. ")
    written = {form.text: row for form, row in rows}
    assert {"Kaia", "Tamsin", "Coruscant"} <= set(written) and all(len(r) == len(FEATURES) for r in written.values())
    assert written["Kaia"][FEATURES.index("rule_accept")] == 1.0 and "Kaia" in names
    assert written["Coruscant"][FEATURES.index("directions")] == 1.0 and "Coruscant" not in names


def _features(text: str, word: str) -> dict[str, float]:
    form = NameForm((word,), None)
    start = text.find(word)
    while start >= 0:
        form.spans.append((start, start + len(word)))
        start = text.find(word, start + 1)
    signals = Signals(False, False, False, False, False, False, True)
    return dict(zip(FEATURES, candidate_features(text, form, uses_of(text, form), signals,
                                                 [False] * len(form.spans), lower_word_counts(text)), strict=True))


def test_a_candidate_followed_by_a_personal_pronoun_or_it_is_read_so() -> None:
    person = _features("Mara came in. Mara said he was late, and she sat. ", "Mara")
    thing = _features("The Mantle glowed. The Mantle was warm and it hummed. ", "Mantle")
    assert person["pronoun_after"] > 0 and person["it_after"] == 0
    assert thing["it_after"] > 0 and thing["the"] == 1.0


def test_training_keeps_each_constrained_weight_to_its_sign() -> None:
    train = load_script("scripts/train_name_judge.py")
    rng = np.random.default_rng(0)
    rows = []
    for i in range(200):
        label = i % 2
        x = [float(v) for v in rng.random(len(FEATURES))]
        x[FEATURES.index("tags")] = 1.0 - label  # in this noisy sample speaking goes with no person
        x[FEATURES.index("places")] = 0.0
        rows.append(train.Row("s", "X", x, label))
    coef, _ = train.fit(rows)
    assert coef[FEATURES.index("tags")] == 0.0
    assert all(train.SIGNS.get(name, 0) * c >= 0 for name, c in zip(FEATURES, coef, strict=True))


def test_a_word_the_text_also_writes_in_lower_case_and_a_name_called_in_dialogue_are_read_so() -> None:
    word = _features("Transfer began at noon. The transfer was slow; every transfer is. ", "Transfer")
    name = _features("Whisper ran. Whisper stopped. ", "Whisper")
    assert word["lower_elsewhere"] == 2 / 3 and name["lower_elsewhere"] == 0.0
    form = NameForm(("Whisper",), None, [(1, 8)])
    text = "“Whisper, wait!” she said."
    signals = Signals(False, False, False, False, False, False, True)
    row = dict(zip(FEATURES, candidate_features(text, form, uses_of(text, form), signals, [True],
                                                lower_word_counts(text)), strict=True))
    assert row["vocative"] == 1.0 and row["quoted_share"] == 1.0


def test_a_full_name_reads_how_often_its_first_or_last_word_is_written_alone() -> None:
    text = ("Riversong ran. Riversong sat. Riversong laughed. Riversong K'Vala bowed once. Kaia waved. ") * 2
    with learned_judge.using(None), learned_judge.recording() as rows:
        _names(text)
    part = {form.text: row[FEATURES.index("part_uses")] for form, row in rows}
    assert part["Riversong K'Vala"] == pytest.approx(np.log1p(6)) and part["Riversong"] == 0.0


def test_a_contraction_an_inflected_word_and_a_word_of_address_are_read_by_their_shape() -> None:
    text = "You've gone. Wanna go? Kissed him. Sensei nodded. Tou-san left. Kaia O'Brien and Emily came. "
    contraction = {w: _features(text, w)["contraction"] for w in ("You've", "Wanna", "O'Brien", "Kaia")}
    assert contraction == {"You've": 1.0, "Wanna": 1.0, "O'Brien": 0.0, "Kaia": 0.0}
    assert _features(text, "Kissed")["inflected"] == 1.0 and _features(text, "Emily")["inflected"] == 0.0
    address = {w: _features(text, w)["address_word"] for w in ("Sensei", "Tou-san", "Kaia")}
    assert address == {"Sensei": 1.0, "Tou-san": 1.0, "Kaia": 0.0}
