"""One character under a title and without it: "Mr. Syme" is Gabriel Syme, "Mr. Lucian Gregory" is Gregory,
"Dr. Archie" is Dr. Howard Archie; "Mr. Bennet" and "Mrs. Bennet" stay two people."""

from __future__ import annotations

import re

from ficlens.analyse.cast import Cast, build_cast
from ficlens.analyse.cast.names import find_name_forms
from ficlens.nlp import build_document
from ficlens.nlp.spans import Entity
from ficlens.work import Work


def cast_for(text: str, entities: list[Entity] | None = None) -> Cast:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return build_cast(text, doc.paragraphs, doc.sentences, entities or [], fast=entities is None)


def forms_by_character(cast: Cast) -> dict[str, set[str]]:
    return {c.name: set(c.forms) for c in cast.clusters if c.names and not c.role}


def owner(cast: Cast, form: str) -> str:
    return next(c.name for c in cast.clusters if form in c.forms)


def test_titled_surname_joins_the_full_name_it_ends() -> None:
    text = ("Gabriel Syme walked in. Then Syme sat, and Syme smiled. Later Syme left, and Mr. Syme came back. "
            "Gabriel Syme slept.")
    assert owner(cast_for(text), "Mr Syme") == owner(cast_for(text), "Gabriel Syme")


def test_titled_full_name_joins_its_bare_surname() -> None:
    text = ("Mr. Lucian Gregory, the poet, spoke. Then Gregory laughed, and Gregory sat. Later Gregory ran. "
            "So Mr. Lucian Gregory slept.")
    cast = cast_for(text)
    assert owner(cast, "Mr Lucian Gregory") == owner(cast, "Gregory")


def test_titled_surname_joins_the_titled_full_name_it_ends() -> None:
    text = ("PART I. FRIENDS OF CHILDHOOD I Dr. Howard Archie had just come up. Dr. Archie was thirty. "
            "Then Dr. Archie sat down.")
    assert ("Dr", ("Howard", "Archie")) in find_name_forms(text)  # the title after a heading is kept
    cast = cast_for(text)
    assert owner(cast, "Dr Archie") == owner(cast, "Dr Howard Archie")


def test_a_run_of_titles_keeps_the_last() -> None:
    forms = find_name_forms("He followed the Reverend Mr. Kronborg home. Then Mr. Kronborg sat.")
    assert ("Mr", ("Kronborg",)) in forms and (None, ("Reverend",)) not in forms
    assert (None, ("Sheriff",)) in find_name_forms("He saw the Sheriff at the door.")


def test_a_titled_surname_of_a_family_stays_apart() -> None:
    text = ("Then Peter Kronborg came in. Then Kronborg sat, and Kronborg smiled. Later Mr. Kronborg rose, and "
            "Peter Kronborg left. Mrs. Kronborg slept. Mrs. Kronborg woke. Then Dr. Kronborg came.")
    cast = cast_for(text)
    assert owner(cast, "Mr Kronborg") != owner(cast, "Peter Kronborg")  # a Dr. of either gender: Mr. may be him
    assert owner(cast, "Mrs Kronborg") != owner(cast, "Peter Kronborg")
    text = "Then Harry Potter came in. Then Potter sat, and Potter smiled. Later Mrs. Potter rose."
    assert owner(cast_for(text), "Mrs Potter") != owner(cast_for(text), "Harry Potter")  # the other gender


def test_mr_and_mrs_stay_apart() -> None:
    text = ("Mr. Bennet read. Mrs. Bennet sang. Later Bennet slept, and Mr. Bennet woke. Then Mrs. Bennet "
            "smiled, and Elizabeth Bennet laughed. So Elizabeth Bennet sat.")
    cast = cast_for(text)
    assert owner(cast, "Mr Bennet") != owner(cast, "Mrs Bennet")
    assert owner(cast, "Mrs Bennet") != owner(cast, "Elizabeth Bennet")


def test_a_name_part_that_acts_is_a_person_whatever_the_tagger_says() -> None:
    text = ("Milt Dale, man of the forest, halted. Milt Dale listened. Then Dale made out five horses, and Dale "
            "turned away. So Dale waited there.")
    places = [Entity(m.start(), m.end(), "GPE", "Dale") for m in re.finditer(r"(?<!Milt )Dale", text)]
    persons = [Entity(m.start(), m.end(), "PERSON", "Milt Dale") for m in re.finditer("Milt Dale", text)]
    cast = cast_for(text, places + persons)
    assert "Dale" in forms_by_character(cast)["Milt Dale"]


def test_ranks_and_offices_are_titles_of_the_name_they_precede() -> None:
    for title in ("Commander", "Ensign", "Admiral", "Marshal", "Director", "Mayor", "Headmistress", "Senator"):
        assert (title, ("Chakotay",)) in find_name_forms(f"{title} Chakotay came in and sat down."), title
    text = ("Chakotay walked in. Then Chakotay sat, and Chakotay smiled. Later Commander Chakotay left, and "
            "Commander Chakotay came back.")
    assert [c.name for c in cast_for(text).clusters if "Chakotay" in c.name] == ["Chakotay"]  # the rank is no name
