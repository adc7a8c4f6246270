"""Racism cues: a slur counts wherever it is said, and in-universe doctrines of a superior blood are prejudice."""

from __future__ import annotations

from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS


def racism_score(text: str) -> float:
    return read_cues(text, LEXICONS["racism"]).score


def test_a_slur_in_a_hypothetical_clause_is_not_halved() -> None:
    said = racism_score("He would never take the word of that half-breed at face value.")
    assert said == racism_score("He spat at that half-breed.") >= 0.3


def test_other_cues_in_a_hypothetical_clause_are_still_halved() -> None:
    supposed = racism_score("If they had heard of the lynching, they would riot.")
    assert supposed < racism_score("They spoke of the lynching.")


def test_a_negated_slur_is_dropped() -> None:
    assert racism_score("He is not a half-breed.") == 0.0


def test_doctrines_of_superior_blood_are_cues() -> None:
    assert racism_score("His family were the harshest blood supremacists in the country.") >= 0.5
    assert racism_score("They preached the purity of blood at every dinner.") >= 0.5
    assert racism_score("She was a good swimmer and her blood type was rare.") == 0.0
