"""eval/works_realfic.py's scoring on tiny made-up works (no real text)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from script_loader import load_script

TEXT = "Ann waited by the gate. Then the blade cut into Bo's arm and blood ran down. Ann cried."
GOLD = {
    "id": "w1",
    "fandoms": ["Star Wars Prequel Trilogy"],
    "characters": ["Ann Smith", "Bo Jones", "Cy Lee"],
    "relationships": ["Ann Smith/Bo Jones", "Bo Jones & Cy Lee"],
    "rating": "T",
    "archive_warnings": ["Graphic Depictions Of Violence"],
    "warnings": {
        "violence": {"severity": "depicted", "evidence": ["the blade cut into Bo's arm"]},
        "blood": {"severity": "mentioned", "evidence": ["blood ran down"]},
        "suicide": {"severity": "mentioned", "evidence": ["Ann cried."]},
    },
}


def load_eval() -> ModuleType:
    return load_script("eval/works_realfic.py")


def span(text: str, needle: str) -> SimpleNamespace:
    start = text.index(needle)
    return SimpleNamespace(start=start, end=start + len(needle))


def report(**overrides: object) -> SimpleNamespace:
    fields: dict[str, object] = {
        "warnings": [
            SimpleNamespace(label="violence", severity="depicted", evidence=[span(TEXT, "the blade cut")]),
            SimpleNamespace(label="blood", severity="depicted", evidence=[span(TEXT, "Ann waited")]),
            SimpleNamespace(label="death", severity="mentioned", evidence=[]),
        ],
        "rating": SimpleNamespace(label="T"),
        "archive_warnings": [SimpleNamespace(label="Graphic Depictions Of Violence")],
        "fandoms": [SimpleNamespace(name="Star Wars - All Media Types")],
        "characters": [SimpleNamespace(name=n) for n in ("Bo", "Gate", "Ann Smith")],
        "relationships": [SimpleNamespace(tag="Ann/Bo", kind="romantic"),
                          SimpleNamespace(tag="Bo & Cy", kind="romantic")],
    }
    fields.update(overrides)
    return SimpleNamespace(**fields)


def test_a_work_is_scored_label_by_label() -> None:
    ev = load_eval()
    score = ev.score_work("w1", TEXT, GOLD, ev.predicted_of(report()))
    assert score.gold_labels == {"violence", "blood", "suicide"}
    assert score.predicted_labels == {"violence", "blood", "death"}
    assert sorted(score.severity_pairs) == [("blood", "mentioned", "depicted"), ("violence", "depicted", "depicted")]
    assert (score.evidence_folded, score.evidence_total) == (1, 2)  # blood's span misses the gold passage
    assert score.fandom_right is True
    assert score.relationships == (1, 2)  # the platonic pair came back romantic
    assert score.characters_top == (2, 3)  # "Gate" is no character
    assert score.main_characters == (2, 3)


def test_micro_macro_and_high_stakes_counts() -> None:
    ev = load_eval()
    pairs = [({"violence", "suicide"}, {"violence", "death"}), ({"suicide"}, {"suicide"})]
    micro = ev.warning_counts(pairs)
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    high = ev.warning_counts(pairs, ev.HIGH_STAKES)
    assert (high.tp, high.fp, high.fn) == (1, 0, 1)
    precision, recall, f1 = ev.macro_f1(pairs)
    assert recall == pytest.approx((1.0 + 0.5) / 2)
    assert precision == pytest.approx(1.0)
    assert f1 == pytest.approx((1.0 + 2 / 3) / 2)


def test_fandom_names_are_matched_after_normalising() -> None:
    ev = load_eval()
    assert ev.fandom_matches("Sherlock (TV)", "Sherlock")
    assert ev.fandom_matches("Harry Potter - J. K. Rowling", "Harry Potter - Rowling")
    assert ev.fandom_matches("The Social Network (2010)", "Social Network (2010)")
    assert ev.fandom_matches("Star Wars", "Star Wars Prequel Trilogy")
    assert ev.fandom_matches("Star Wars Sequel Trilogy", "Star Wars Episode VII: The Force Awakens (2015)")
    assert not ev.fandom_matches("Men's Basketball RPF", "Men's Hockey RPF")
    assert not ev.fandom_matches("Star Trek", "Star Wars")
    assert not ev.fandom_matches("", "Glee")


def test_a_run_scores_the_split_from_a_texts_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ev = load_eval()
    works = tmp_path / "works"
    (works / "labels").mkdir(parents=True)
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "w1.txt").write_text(TEXT, encoding="utf-8")
    (works / "labels" / "w1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    row = {"id": "w1", "split": "dev", "sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "words": 17}
    (works / "sources.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    import ficlens

    monkeypatch.setattr(ficlens, "analyze", lambda text, fast=False: report())
    assert ev.main(["--works", str(works), "--texts", str(texts)]) == 0
    out = capsys.readouterr().out
    assert "works: 1; gold (work, label) pairs: 3; raised: 3" in out
    assert "rating exact: 1/1 (1.000)" in out
    assert "evidence folded: 1/2 (0.500)" in out


def test_a_run_without_texts_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ev = load_eval()
    works = tmp_path / "works"
    works.mkdir()
    (works / "sources.jsonl").write_text(json.dumps({"id": "w1", "split": "dev", "sha256": "x"}) + "\n")
    assert ev.main(["--works", str(works), "--texts", str(tmp_path / "none")]) == 0
    assert "no texts for the dev split" in capsys.readouterr().out


def test_character_names_match_by_whole_names_not_a_shared_given_name() -> None:
    ev = load_eval()
    assert ev.names_match("Harry", "Harry Potter")
    assert ev.names_match("Lily Potter", "Lily Evans Potter")
    assert ev.names_match("Naruto Uzumaki", "Uzumaki Naruto")
    assert ev.names_match("Joe", "Yusuf Al-Kaysani | Joe")
    assert not ev.names_match("Bruce Banner", "Bruce Wayne")
    assert not ev.relationship_found("Bruce Wayne/Tony Stark", [("Bruce Banner/Tony Stark", "romantic")])


def test_a_romanised_name_matches_with_or_without_its_long_vowels() -> None:
    ev = load_eval()
    assert ev.names_match("Gojou Satoru", "Gojo Satoru") and ev.names_match("Itadori Yuuji", "Yuji")
    assert not ev.names_match("Gojou Satoru", "Getou Suguru")


def test_a_diminutive_matches_the_given_name_it_shortens() -> None:
    ev = load_eval()
    assert ev.names_match("Jen", "Jennifer Barkley") and ev.names_match("Jennifer Barkley", "Jen")
    assert not ev.names_match("Jen", "Jessica Barkley")


def test_a_relationship_person_matches_through_the_kb_aliases_of_the_gold_name() -> None:
    ev = load_eval()
    assert ev.relationship_found("Arthur Pendragon/Guinevere", [("Arthur Pendragon/Gwen (Merlin)", "romantic")])
    assert ev.relationship_found("Harry Potter & Lord Voldemort", [("Harry Potter & Tom Riddle", "platonic")])
    assert not ev.relationship_found("Harry Potter & Lord Voldemort", [("Harry Potter & Sirius Black", "platonic")])
    assert not ev.relationship_found("Arthur Pendragon/Guinevere", [("Arthur Pendragon & Gwen", "platonic")])


@pytest.mark.parametrize(("predicted", "gold"), [
    (["Pocket Monsters | Pokemon - All Media Types"], ["Pokemon Mystery Dungeon"]),
    (["Marvel Cinematic Universe"], ["The Avengers (Marvel Movies)"]),
    (["Marvel Cinematic Universe"], ["Batman Begins (2005)", "Iron Man (Movies)"]),
])
def test_a_fandom_and_an_umbrella_tag_of_one_kb_fandom_are_credited(predicted: list[str], gold: list[str]) -> None:
    ev = load_eval()
    assert ev.fandom_credited(predicted, gold)
    assert not any(ev.fandom_matches(p, g) for p in predicted for g in gold)  # names alone do not match


def test_fandoms_of_different_kb_fandoms_are_not_credited() -> None:
    ev = load_eval()
    assert not ev.fandom_credited(["Marvel Cinematic Universe"], ["Batman - All Media Types"])
    assert not ev.fandom_credited(["Naruto"], ["Pokemon Mystery Dungeon"])
    assert not ev.fandom_credited([], ["Naruto"])
    # related fandoms (the books and the show) share characters, not an umbrella
    assert not ev.fandom_credited(["Wiedźmin | The Witcher Series - Andrzej Sapkowski"], ["The Witcher (TV)"])


def test_original_work_is_credited_to_no_fandom_only() -> None:
    ev = load_eval()
    assert ev.fandom_credited([], ["Original Work"])
    assert not ev.fandom_credited(["Naruto"], ["Original Work"])


def test_the_strict_fandom_figure_credits_matching_names_only() -> None:
    ev = load_eval()
    gold = {**GOLD, "fandoms": ["Pokemon Mystery Dungeon"]}
    fandoms = [SimpleNamespace(name="Pocket Monsters | Pokemon - All Media Types")]
    score = ev.score_work("w1", TEXT, gold, ev.predicted_of(report(fandoms=fandoms)))
    assert (score.fandom_right, score.fandom_strict) == (True, False)
    lines = ev.summarise([score])
    assert "fandom right: 1/1 (1.000)" in "\n".join(lines) and "fandom right, strict: 0/1 (0.000)" in "\n".join(lines)
