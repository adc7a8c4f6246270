"""A KB character the text never calls by its canonical name is listed with the text's name as an AO3 alias."""

from __future__ import annotations

from collections import Counter

from ficlens.analyse.cast.model import Cluster
from ficlens.analyse.cast.stages import display_name
from ficlens.knowledge import KBCharacter


def cluster(kb_name: str, forms: dict[str, int]) -> Cluster:
    return Cluster(0, kb_name, kb=KBCharacter(kb_name, "F", 10, "m"), forms=Counter(forms))


def test_a_character_called_only_by_another_name_gets_that_name_as_an_alias() -> None:
    assert display_name(cluster("Tom Riddle", {"Voldemort": 5, "Lord Voldemort": 2})) == "Tom Riddle | Voldemort"
    assert display_name(cluster("Gwen (Merlin)", {"Guinevere": 4})) == "Gwen | Guinevere (Merlin)"


def test_a_canonical_word_a_spelling_or_a_diminutive_keeps_the_canonical_name() -> None:
    assert display_name(cluster("Tom Riddle", {"Riddle": 3, "Voldemort": 5})) == "Tom Riddle"
    assert display_name(cluster("Kankurou (Naruto)", {"Kankurō": 3})) == "Kankurou (Naruto)"
    assert display_name(cluster("Gabrielle Delacour", {"Gabby": 3})) == "Gabrielle Delacour"


def test_characters_outside_the_kb_keep_their_name() -> None:
    assert display_name(Cluster(0, "Inana", forms=Counter({"Ina": 2}))) == "Inana"
