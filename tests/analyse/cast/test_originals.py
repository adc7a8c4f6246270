"""Original characters: named persons outside a known fandom's canon are tagged "Name (Original Character)"."""

from __future__ import annotations

from ficlens.analyse.cast import build_cast
from ficlens.analyse.cast.originals import with_originals
from ficlens.nlp import build_document
from ficlens.work import Work

SCENE = ("Later Harry Potter met Hermione Granger in the library at Hogwarts. Then Inana waved at Harry, and "
         "Hermione frowned at Inana. Later Harry walked with Inana to the lake. ")


def cast_of(text: str):  # noqa: ANN201
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    return with_originals(build_cast(text, doc.paragraphs, doc.sentences, [], fast=True))


def test_a_named_person_outside_the_canon_is_an_original_character() -> None:
    names = {c.name for c in cast_of(SCENE * 2).clusters if c.names}
    assert "Inana (Original Character)" in names and "Harry Potter" in names


def test_no_original_characters_without_a_fandom() -> None:
    text = "Later Martin met Inana at the fair. Then Inana waved at Martin, and Martin smiled at Inana. " * 2
    assert not any(c.name.endswith("(Original Character)") for c in cast_of(text).clusters)


def test_a_name_said_fewer_than_three_times_is_no_original_character() -> None:
    text = SCENE.replace("Inana", "Harry", 2) * 1
    assert not any(c.name.endswith("(Original Character)") for c in cast_of(text).clusters)


def test_a_canon_surname_alone_is_no_original_character() -> None:
    text = SCENE + "Later Crouch came in. Then Crouch sat down, and Crouch glared at Harry. " * 2
    assert not any(c.name.startswith("Crouch") and c.name.endswith("(Original Character)")
                   for c in cast_of(text * 2).clusters)


def test_a_common_given_name_that_other_fandoms_use_is_still_an_original_character() -> None:
    text = SCENE.replace("Inana", "Derek") * 2  # Derek Hale, Derek Morgan ... of other fandoms: no sign of them
    names = {c.name for c in cast_of(text).clusters if c.names}
    assert "Derek (Original Character)" in names


def test_a_name_of_one_other_canon_is_no_original_character() -> None:
    text = SCENE.replace("Inana", "Castiel") * 2  # only Supernatural's Castiel goes by it: a crossover guest
    assert not any(c.name.endswith("(Original Character)") for c in cast_of(text).clusters)


def test_a_common_given_name_is_no_original_character_where_the_kb_holds_little_of_the_canon(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.analyse.cast import originals

    monkeypatch.setattr(originals, "RICH_CANON", 10**9)  # a canon the KB knows by its main characters only
    text = SCENE.replace("Inana", "Derek") * 2
    assert not any(c.name.endswith("(Original Character)") for c in cast_of(text).clusters)
