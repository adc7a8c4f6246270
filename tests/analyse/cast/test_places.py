"""Places, things and peoples are not characters in fast mode (no NER): cheap cues from how a form is used."""

from __future__ import annotations

from cast_helpers import EMMA, names


def test_a_place_after_at_to_from_is_not_a_character() -> None:
    text = EMMA + ("They dined at Hartfield. She walked back to Hartfield, and Harriet came from Hartfield too. "
                   "The evening at Hartfield was quiet.")
    found = names(text)
    assert {"Emma", "Harriet"} <= found and "Hartfield" not in found


def test_a_person_after_to_who_also_acts_stays() -> None:
    text = EMMA + "She wrote to Marta. She spoke to Marta and then to Marta again. Later Marta smiled at her."
    assert "Marta" in names(text)


def test_runs_ending_in_a_place_word_are_places() -> None:
    text = EMMA + "Sir Walter lived at Kellynch Hall; Kellynch Hall was large. Later Temple Bar and Temple Bar again."
    found = names(text)
    assert not found & {"Kellynch Hall", "Temple Bar"}


def test_things_after_the_are_not_characters_but_families_are() -> None:
    text = EMMA + ("The priests watched the Moonstone. Then the Moonstone was stolen, and the Moonstone vanished. "
                   "Later Marlowe came. Then Marlowe sat in the Marlowe house, and Marlowe laughed at the Marlowe "
                   "family.")
    found = names(text)
    assert "Moonstone" not in found and "Marlowe" in found


def test_peoples_and_languages_that_never_act_are_not_characters() -> None:
    text = EMMA + "She could learn Persian. Who reads Persian now? Only a Persian poet, said Emma."
    assert "Persian" not in names(text)


def test_epithets_groups_and_letters_are_not_characters() -> None:
    text = EMMA + ("Emma met the Warrior of Light. The Warrior of Light bowed, and the Warrior of Light left. "
                   "But Outlanders were Outlanders, and Outlanders are strange. At six P.M. she slept; P.M. came "
                   "again, and P.M. passed.")
    found = names(text)
    assert "Emma" in found and not found & {"Light", "Outlanders", "P"}
