"""In a crossover, a first name goes to the character the text names in full, not to another fandom's namesake."""

from __future__ import annotations

from ficlens.analyse.cast import build_cast
from ficlens.nlp import build_document
from ficlens.work import Work

SCENE = ("Later Tony Stark met Bruce Wayne at the gala in Gotham. Then Bruce smiled at Tony Stark, and Tony laughed "
         "at Bruce. Later Rhodey watched Tony with Pepper Potts. Then Bruce Wayne left with Tony, and Pepper waved "
         "at Bruce. ")


def test_a_first_name_joins_the_full_name_the_text_uses() -> None:
    text = SCENE * 4
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    assert {f for f, _ in cast.fandoms} == {"Marvel Cinematic Universe", "Batman - All Media Types"}
    names = {c.name for c in cast.clusters if c.names}
    assert "Bruce Wayne" in names and "Bruce Banner" not in names


def test_a_first_name_stays_the_canon_character_the_text_names_otherwise() -> None:
    text = ("Later Harry met Hermione Granger at Hogwarts. Then Harry waved at Hermione, and Hermione smiled "
            "at Harry. Later Potter walked with Hermione to the lake, and Harry laughed. ") * 2 + (
            "Dudley was bored. This led to Harry Hunting. Then Harry ran, and Harry hid from Dudley. Dudley called "
            "it Harry Hunting. ")
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    harry = text.index("Harry hid")
    owner = next(m.cluster for m in cast.mentions if m.start == harry)
    assert cast.clusters[owner].name == "Harry Potter"  # "Potter" names him: not the "Harry Hunting" of a game


def test_a_character_known_by_a_title_only_is_the_canon_character_of_that_title() -> None:
    text = ("Later Martha Jones met Rose Tyler in London. Then Martha waved at Rose, and the Doctor smiled at Martha. "
            "Later the Doctor walked with Rose to the park, and the Doctor laughed at Martha. ") * 2
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    assert "Doctor Who" in {f for f, _ in cast.fandoms}
    doctor = text.index("Doctor smiled")
    owner = next(m.cluster for m in cast.mentions if m.start == doctor)
    assert cast.clusters[owner].name == "The Doctor (Doctor Who)"
