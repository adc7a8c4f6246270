"""A rank before a surname ("General Skywalker") names the one of that surname the text calls by name; a family
title ("Mr. Stilinski") names another of the family."""

from __future__ import annotations

from cast_helpers import cast_for

SCENE = ("Obi-Wan stood on the balcony. Later Anakin came up behind him. “Master,” Anakin said. “The Council wants "
         "us.” Then Obi-Wan nodded, and Anakin frowned. Later Padmé waited. Then Rex saluted them. “General "
         "Skywalker,” Rex said. “General Kenobi.” Later Obi-Wan said, “Go.” Then Anakin smiled. Later Rex left. ")


def test_a_rank_and_surname_is_the_character_called_by_that_given_name() -> None:
    cast = cast_for(SCENE * 2)
    owner = {form: c.name for c in cast.clusters for form in c.forms}
    assert owner["General Skywalker"] == owner["Anakin"]


def test_a_title_written_as_a_name_is_the_one_character_with_that_title() -> None:
    text = ("King Aldric sat on his throne. Maren bowed. “Rise,” the King said. Later the King frowned, and the King "
            "sighed. Then Maren rose, and Maren smiled. Later King Aldric slept, and the King woke. ")
    cast = cast_for(text * 2)
    owner = {form: c.name for c in cast.clusters for form in c.forms}
    assert owner["King"] == owner["King Aldric"] == "King Aldric"
