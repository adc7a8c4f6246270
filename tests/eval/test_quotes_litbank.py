"""The LitBank evaluation script on a tiny LitBank-format fixture (the real data lives in ../shared)."""

from __future__ import annotations

from collections import Counter
from types import ModuleType

from repo_paths import FIXTURES
from script_loader import load_script

FIXTURE = FIXTURES / "characters" / "litbank"


def load_eval() -> ModuleType:
    return load_script("eval/quotes_litbank.py")


def test_rebuild_keeps_token_offsets_and_dialogue_paragraphs() -> None:
    ev = load_eval()
    lines = (FIXTURE / "1_tiny_brat.txt").read_text(encoding="utf-8").splitlines()
    text, offsets = ev.rebuild(lines)
    assert text.splitlines()[1] == '"Good evening," said Anna.'
    s, e = offsets[1][0][0], offsets[1][4][1]
    assert text[s:e] == '"Good evening,"'


def test_speaker_matching_rule() -> None:
    ev = load_eval()
    golds = {"0": "Mr_Bennet", "1": "Mrs_Bennet", "2": "Elizabeth"}
    gold = ev.Gold(0, 1, "1", "Mrs_Bennet")
    assert ev.speaker_matches({"Mrs. Bennet", "Mrs Bennet"}, False, gold, golds)
    assert not ev.speaker_matches({"Mr. Bennet"}, False, gold, golds)
    assert not ev.speaker_matches({"Bennet"}, False, gold, golds)  # ambiguous: no credit
    assert ev.speaker_matches(None, True, ev.Gold(0, 1, "3", "I"), golds)


def test_aligned_accuracy_is_one_to_one() -> None:
    ev = load_eval()
    pairs = Counter({(0, "a"): 3, (1, "a"): 2, (1, "b"): 1})
    assert ev.aligned_correct(pairs) == 4  # 0->a (3) and 1->b (1); 1 cannot also stand for a


def test_whole_file_evaluation() -> None:
    ev = load_eval()
    res = ev.evaluate_file(FIXTURE / "1_tiny_brat.txt", FIXTURE / "1_tiny_brat.ann", "fast")
    stats = res["stats"]
    assert stats["gold"] == 4 and stats["detected"] == 4
    assert stats["correct"] >= 2  # the two explicit tags at least


def test_narrator_entity_from_gold_and_text() -> None:
    ev = load_eval()
    text = '"Hello," I said. "Hi," said Holmes. "Well," said I.'
    golds = [ev.Gold(0, 8, "1", "Watson"), ev.Gold(17, 22, "2", "Holmes"), ev.Gold(36, 43, "1", "Watson")]
    assert ev.narrator_entities(text, golds) == {"1"}
    golds_named = [*golds, ev.Gold(0, 1, "3", "Narrator")]
    assert ev.narrator_entities(text, golds_named) == {"3"}  # the annotators' own narrator wins
    names = {"1": "Watson", "2": "Holmes"}
    assert ev.speaker_matches(None, True, golds[0], names, {"1"})
    assert not ev.speaker_matches(None, True, golds[0], names)  # the strict rule: only I/narrator
    assert not ev.speaker_matches(None, True, golds[1], names, {"1"})


def test_gold_kind_tells_names_from_descriptors() -> None:
    ev = load_eval()
    text = "Randolph ran off. The doctor came; the doctor sat. MARY LENNOX, said the small boy to Mary Lennox."
    assert ev.gold_kind("Randolph", text) == "named"
    assert ev.gold_kind("MARY_LENNOX", text) == "named"
    assert ev.gold_kind("The_doctor", text) == "descriptor"  # "doctor" is written in lower case
    assert ev.gold_kind("a_small_boy", text) == "descriptor"
    assert ev.gold_kind("I", text) == "narrator"
