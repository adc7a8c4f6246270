"""A family's surname: "Mr. X" is the man the text calls "X" bare, a bare surname is the family member whose full
name is written most, and the husband rather than a woman when "Mr." is written before it; an honorific before a
name makes a person whatever the tagger votes."""

from __future__ import annotations

import re

from cast_helpers import owner
from ficlens.analyse.cast import Cast, build_cast
from ficlens.nlp import build_document
from ficlens.nlp.spans import Entity
from ficlens.work import Work


def cast_for(text: str, entities: list[Entity] | None = None) -> Cast:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return build_cast(text, doc.paragraphs, doc.sentences, entities or [], fast=entities is None)


def test_mr_is_the_bare_surname_beside_mrs_and_miss() -> None:
    text = ("Mr. Bingley came in. Then Bingley sat, and Bingley smiled. Later Miss Bingley rose, and Mrs. Hurst "
            "laughed. Then Mr. Bingley left, and Miss Bingley sighed.")
    cast = cast_for(text)
    assert owner(cast, "Mr Bingley") == owner(cast, "Bingley")
    assert owner(cast, "Miss Bingley") != owner(cast, "Bingley")


def test_a_bare_surname_is_the_family_member_written_most() -> None:
    text = ("Maurice Oakley came in. Maurice Oakley sat. Later Maurice Oakley rose, and Francis Oakley laughed. "
            "Then Oakley left, and Oakley sighed.")
    cast = cast_for(text)
    assert owner(cast, "Oakley") == owner(cast, "Maurice Oakley")
    even = "Robert Lebrun came in. Victor Lebrun sat. Then Lebrun left, and Lebrun sighed."
    cast = cast_for(even)
    assert owner(cast, "Lebrun") not in {owner(cast, "Robert Lebrun"), owner(cast, "Victor Lebrun")}


def test_a_bare_surname_beside_mr_is_not_the_wife() -> None:
    text = ("Edna Pontellier came in. Then Pontellier sat, and Pontellier smiled. Later Mr. Pontellier rose, and "
            "Edna Pontellier laughed. Then Mr. Pontellier left.")
    cast = cast_for(text)
    assert owner(cast, "Pontellier") != owner(cast, "Edna Pontellier")
    assert owner(cast, "Pontellier") == owner(cast, "Mr Pontellier")
    alone = "Edna Pontellier came in. Then Pontellier sat, and Pontellier smiled. Later Edna Pontellier laughed."
    cast = cast_for(alone)
    assert owner(cast, "Pontellier") == owner(cast, "Edna Pontellier")


def test_an_honorific_makes_a_person_whatever_the_tagger_votes() -> None:
    text = ("Madame Lebrun was busy at the machine. Then Madame Lebrun flew to the window, and Madame Lebrun "
            "laughed. Later Robert Lebrun came in.")
    places = [Entity(m.start() + len("Madame "), m.end(), "GPE", "Lebrun")
              for m in re.finditer("Madame Lebrun", text)]
    persons = [Entity(m.start(), m.end(), "PERSON", "Robert Lebrun") for m in re.finditer("Robert Lebrun", text)]
    assert owner(cast_for(text, places + persons), "Madame Lebrun") is not None
