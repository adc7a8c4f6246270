"""Everyday senses of violent and bloody words that are no violence and no blood shed."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS


@pytest.mark.parametrize(("label", "text"), [
    ("violence", "Shepard lets out a soft, half-strangled moan."),
    ("violence", "She made a strangled little sound and laughed."),
    ("violence", "She kicked her blanket away and wriggled out."),
    ("violence", "He kicked his shoes off at the door."),
    ("violence", "His skill was obvious when he tore into a killer solo."),
    ("blood", "He doesn't seem big on blood purity."),
    ("blood", "The blood traitors were not invited."),
    ("blood", "Its long and bloody history speaks volumes."),
    ("blood", "His blood ran cold."),
])
def test_everyday_sense_is_no_cue(label: str, text: str) -> None:
    lex = read_cues(text, LEXICONS[label])
    assert all(hit.weight < 0.3 for hit in lex.hits)


@pytest.mark.parametrize(("label", "text"), [
    ("violence", "He strangled her with the cord."),
    ("violence", "He kicked her in the ribs."),
    ("blood", "Blood ran from his nose onto the floor."),
])
def test_the_literal_sense_stays_a_cue(label: str, text: str) -> None:
    assert read_cues(text, LEXICONS[label]).score >= 0.5


@pytest.mark.parametrize("text", [
    "It was a kind of psychological warfare, and Wilson was losing.",
    "The prank war between the two floors went on for a month.",
    "The psychological battle with his old enemy had left scars.",
])
def test_wars_of_pranks_and_minds_are_no_war(text: str) -> None:
    assert all(hit.weight < 0.3 for hit in read_cues(text, LEXICONS["war"]).hits)


@pytest.mark.parametrize(("label", "text"), [
    ("death", "Behind the cabin, dead, gnarled roots clawed at the frost."),
    ("death", "The dying rays of the evening caught the window."),
    ("death", "She blamed a dying battery and hung up."),
    ("death", "His laptop died in the middle of the lecture."),
    ("dying", "The dying light turned the lake copper."),
])
def test_a_plant_a_light_or_a_machine_dying_is_no_death(label: str, text: str) -> None:
    assert read_cues(text, LEXICONS[label]).score == 0.0


def test_a_person_beside_a_dead_thing_is_still_dead() -> None:
    text = "Under the dead tree they found the dead man."
    assert read_cues(text, LEXICONS["death"]).score >= 0.5


@pytest.mark.parametrize("text", [
    "Honestly, there's no call to resort to violence over a sandwich.",
    "Violence is never the answer, her aunt liked to say.",
    "There are better ways to settle a dispute than violence.",
])
def test_violence_talked_of_as_a_choice_is_no_cue(text: str) -> None:
    assert read_cues(text, LEXICONS["violence"]).score == 0.0


def test_violence_done_stays_a_cue() -> None:
    assert read_cues("The violence of the beating left him on the floor.", LEXICONS["violence"]).score >= 0.4


def test_a_mascots_stuffing_is_no_blood() -> None:
    text = "The mascot's red stuffing spilled out like blood when the seam split."
    assert read_cues(text, LEXICONS["blood"]).score < 0.3


@pytest.mark.parametrize("text", [
    '"Bloody, smug, hook-nosed..." she grumbled all the way up the stairs.',
    "That bloody, stinking cat has been in the bins again.",
])
def test_bloody_opening_a_string_of_insults_is_a_swear(text: str) -> None:
    assert read_cues(text, LEXICONS["blood"]).score == 0.0
