"""A son named after his father is another person than the father's full name; a name written twice in a row is
one name; a character is listed by the form the text writes most."""

from __future__ import annotations

from tests.cast_helpers import cast_for, owner

from ficlens.analyse.cast.names import find_name_forms


def test_a_name_written_twice_in_a_row_is_one_name() -> None:
    forms = find_name_forms("He said it peremptorily: Thomas   Thomas Gradgrind. Later Thomas Gradgrind sat.")
    assert ("Thomas", "Gradgrind") in {tokens for _, tokens in forms}
    assert ("Thomas", "Thomas", "Gradgrind") not in {tokens for _, tokens in forms}


def test_young_namesake_is_not_the_parent_of_the_full_name() -> None:
    text = ("Thomas Gradgrind came in. Then Thomas Gradgrind sat down. Mr. Gradgrind looked at young Thomas. "
            "Later Thomas ran, and Thomas hid. Mrs. Gradgrind slept.")
    cast = cast_for(text)
    assert owner(cast, "Thomas") != owner(cast, "Thomas Gradgrind")
    son = ("Thomas Gradgrind came in. Then Thomas Gradgrind sat down. Mr. Gradgrind called his son, Thomas. "
           "Later Thomas ran, and Thomas hid.")
    assert owner(cast_for(son), "Thomas") != owner(cast_for(son), "Thomas Gradgrind")
    alone = "Thomas Gradgrind came in. Then Thomas Gradgrind sat down. Later Thomas ran, and Thomas hid."
    cast = cast_for(alone)
    assert owner(cast, "Thomas") == owner(cast, "Thomas Gradgrind")  # no "young Thomas": the same man


def test_a_character_is_listed_by_the_form_written_most() -> None:
    text = ("Then Catherine came in, and Catherine sat. Then Kitty coughed, and Kitty laughed. Later Kitty left, "
            "and Kitty wept. Lydia smiled. Then Lydia sat, and Lydia rose.")
    cast = cast_for(text)
    assert owner(cast, "Catherine") == owner(cast, "Kitty") == "Kitty"


def test_a_clipped_name_does_not_list_the_character() -> None:
    text = ("Then Desmond came in, and Desmond sat. Then Des coughed, and Des laughed. Later Des left, and Des wept. "
            "Lydia smiled. Then Lydia sat, and Lydia rose.")
    cast = cast_for(text)
    assert owner(cast, "Des") == owner(cast, "Desmond") == "Desmond"


def test_a_titled_surname_in_one_sentence_with_the_given_name_is_another_person() -> None:
    text = ("Then George Emerson came in. Then Emerson sat, and Emerson smiled. Mr. Emerson told George to sit. "
            "Later Mr. Emerson left, and George Emerson ran.")
    cast = cast_for(text)
    assert owner(cast, "Mr Emerson") != owner(cast, "George Emerson")
    one = ("Then George Emerson came in. Then Emerson sat, and Emerson smiled. Mr. Emerson sat down. "
           "Later Mr. Emerson left, and George Emerson ran. George laughed.")
    assert owner(cast_for(one), "Mr Emerson") == owner(cast_for(one), "George Emerson")
