"""Cue words that name a spell, scorn a thing, arm a game or date a story: no suicide, no war.

Suicide's word in a spell's name or in scorn, a bomb that is no weapon, a battle or army in a game or a match, and a
war named only as the time of something else ("before the war") are other senses; the literal uses stay cues.
"""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS


@pytest.mark.parametrize("text", [
    "The old grimoire listed the Suicide Curse among the forbidden spells.",
    "Her professor waved the novel away as suicidal trash.",
    "It was a suicidal stunt, and the crowd loved it.",
])
def test_a_named_spell_or_scorn_is_no_suicide(text: str) -> None:
    assert read_cues(text, LEXICONS["suicide"]).score == 0.0


@pytest.mark.parametrize("text", [
    "She had been suicidal for months and wrote a goodbye note.",
    "He tried to take his own life after the trial.",
])
def test_suicide_itself_stays_a_cue(text: str) -> None:
    assert read_cues(text, LEXICONS["suicide"]).score >= 0.6


@pytest.mark.parametrize("text", [
    "The twins dropped dung bombs in the corridor and ran.",
    "She folded three paper bombs for the festival.",
    "He let slip an f-bomb in front of his grandmother.",
    "Her pie was the bomb, everyone said so.",
    "I totally bombed the exam this morning.",
])
def test_a_bomb_that_is_no_weapon_is_no_war(text: str) -> None:
    assert read_cues(text, LEXICONS["war"]).score == 0.0


@pytest.mark.parametrize("text", [
    "The trainer called his Pokemon back as the gym battle turned against him.",
    "The captains picked their armies for the snowball match on the lawn.",
    "In the duelling club the first battle of the term went to the fifth years.",
])
def test_a_battle_in_a_game_is_a_weak_war_cue(text: str) -> None:
    assert read_cues(text, LEXICONS["war"]).score < 0.2


def test_a_war_named_as_a_time_counts_half() -> None:
    passing = read_cues("Her grandmother had kept the shop since before the war.", LEXICONS["war"])
    on_page = read_cues("The war reached the village and the shop burned.", LEXICONS["war"])
    assert passing.score == pytest.approx(on_page.score / 2)


@pytest.mark.parametrize("text", [
    "The bombs fell on the harbour all night and the soldiers ran for the trenches.",
    "The battle raged across the valley until the army broke.",
])
def test_bombs_and_battles_of_a_war_stay_cues(text: str) -> None:
    assert read_cues(text, LEXICONS["war"]).score >= 0.5


def test_a_battle_with_no_war_near_is_a_weak_war_cue() -> None:
    rivals = read_cues("The two rivals had fought many battles, and he always shrugged off the bruises.",
                       LEXICONS["war"])
    at_war = read_cues("The two rivals had fought many battles in the war, side by side with the army.",
                       LEXICONS["war"])
    assert rivals.score < 0.2 < at_war.score
