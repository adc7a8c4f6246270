"""Game worlds found by their vocabulary alone list one form of each coined word: the vocabulary-only rule counts
distinct terms (a plural and its singular as one), so a place beside its adjective ("Kryta", "Krytan") would count
twice and let two words name a fandom."""

from __future__ import annotations

import tomllib

import pytest

from script_loader import ROOT

GAME_WORLDS = ["destiny-video-games", "dragon-age-video-games", "fallout-video-games", "final-fantasy-xiv",
               "guild-wars-2", "mass-effect-trilogy", "pokemon", "the-elder-scrolls-v-skyrim", "world-of-warcraft"]
ADJECTIVE_ENDINGS = ("n", "an", "ian", "ean", "ic")


def _second_forms(vocabulary: list[str]) -> list[str]:
    lowered = {term.lower() for term in vocabulary}
    found: list[str] = []
    for term in vocabulary:
        word = term.lower()
        stems = {word, word[:-1]} if word.endswith(("a", "e", "y")) else {word}
        forms = {stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS} & lowered - {word}
        found += [f"{term} / {form}" for form in sorted(forms)]
    return found


def test_an_adjective_beside_its_noun_is_found() -> None:
    assert _second_forms(["Kryta", "Krytan", "Ishgard", "Ishgardian", "charr"]) == [
        "Kryta / krytan", "Ishgard / ishgardian"]


@pytest.mark.parametrize("name", GAME_WORLDS)
def test_a_game_worlds_vocabulary_holds_one_form_of_each_word(name: str) -> None:
    with open(ROOT / "data" / "fandoms" / f"{name}.toml", "rb") as handle:
        vocabulary = tomllib.load(handle)["vocabulary"]
    assert _second_forms(vocabulary) == []
