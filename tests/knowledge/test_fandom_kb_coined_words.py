"""The built knowledge base names a fandom from its coined words alone (two distinct terms, each used twice) for the
game and space-opera worlds whose fan works are led by original characters."""

from __future__ import annotations

from collections import Counter

import pytest

from ficlens.analyse.cast.fandom import score_fandoms


@pytest.mark.parametrize(("words", "fandom"), [
    ({"elementalist": 2, "kaineng": 2}, "Guild Wars 2"),
    ({"kurzick": 2, "shing jea": 3}, "Guild Wars 2"),
    ({"tirisfal": 2, "shu'halo": 2}, "World of Warcraft"),
    ({"umbreon": 3, "oran berry": 2}, "Pocket Monsters | Pokemon - All Media Types"),
    ({"rosenritter": 2, "goldenbaum": 2}, "銀河英雄伝説 | Legend of the Galactic Heroes"),
    ({"cael hammer": 2, "anklegator": 2}, "Bastion (Video Game)"),
])
def test_two_coined_words_of_a_world_name_its_fandom(words: dict[str, int], fandom: str) -> None:
    assert [f for f, _ in score_fandoms({"Kaia": 30}, Counter(words))] == [fandom]


def test_the_mcu_series_is_named_by_its_own_cast_and_road() -> None:
    names = {"Agatha": 20, "Rio": 9, "Lilia": 6, "Jen": 5}
    assert [f for f, _ in score_fandoms(names, Counter({"witches' road": 2}))][:1] == ["Agatha All Along (TV)"]


def test_a_space_opera_is_named_by_its_admirals() -> None:
    names = {"Reinhard": 20, "Kircheis": 10, "Mittermeyer": 4}
    assert [f for f, _ in score_fandoms(names, Counter())][:1] == ["銀河英雄伝説 | Legend of the Galactic Heroes"]


def test_a_canons_species_are_its_vocabulary() -> None:
    # a Mystery Dungeon chapter led by its own Pokemon: the franchise's name and species beyond the 60-word vocabulary
    from ficlens.knowledge import load_kb

    pokemon = "Pocket Monsters | Pokemon - All Media Types"
    assert {"rattata", "morpeko", "togetic"} <= set(load_kb().fandoms[pokemon].vocab)
    words = Counter({"pokemon": 9, "rattata": 16, "raticate": 4})
    assert [f for f, _ in score_fandoms({"Kaia": 30}, words)] == [pokemon]
