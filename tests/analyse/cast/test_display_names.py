"""A KB character the text never calls by its canonical name is listed with the text's name as an AO3 alias."""

from __future__ import annotations

from collections import Counter

from ficlens.analyse.cast.model import Cluster, display_name
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


def test_quotes_name_the_speaker_as_the_characters_list_does() -> None:
    import ficlens

    scene = ("Later Harry Potter met Hermione Granger at Hogwarts. “Kill the spare,” Voldemort said. Then Harry ran, "
             "and Voldemort laughed. “You cannot hide,” said Voldemort. Later Hermione frowned at Harry. ")
    report = ficlens.analyze(scene * 3)
    listed = {c.name for c in report.characters}
    speakers = {q.speaker for q in report.quotes if q.speaker}
    assert "Tom Riddle | Voldemort" in listed and "Tom Riddle | Voldemort" in speakers and speakers <= listed
