"""A fandom that an author's note states ("I do NOT own Harry Potter!") is read, though the note's names are not."""

from __future__ import annotations

from ficlens.analyse.cast import Cast, build_cast
from ficlens.analyse.cast.fandom import MAX_FANDOMS
from ficlens.analyse.cast.stated_fandom import STATED_SCORE, stated_fandoms, titles_of, with_stated
from ficlens.nlp import build_document
from ficlens.nlp.spans import TextSpan
from ficlens.work import Work

STORY = ("At dawn Kaia woke to birdsong. Then Kaia stretched, and Riversong watched her from the door. "
         "Later Kaia ate bread while Riversong talked. Then Kaia slept, and Riversong left.")
HP = "Harry Potter - J. K. Rowling"


def whole(text: str) -> list[TextSpan]:
    return [TextSpan(0, len(text))]


def cast_for(text: str) -> Cast:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)


def test_a_tag_is_read_by_its_title_without_qualifiers_authors_or_the() -> None:
    assert titles_of(HP) == ["Harry Potter"]
    assert titles_of("Teen Wolf (TV)") == ["Teen Wolf"]
    assert titles_of("NARUTO | ナルト") == ["NARUTO", "Naruto"]
    assert titles_of("The Witcher (TV)") == ["Witcher"]
    assert titles_of("IT (2017)") == []  # too short to be told from a word


def test_a_disowned_or_named_canon_is_stated() -> None:
    for note, fandom in [("A/N: I do NOT own Harry Potter! If you recognize it, it's not mine.", HP),
                         ("Disclaimer: I don't own any of the Naruto characters.", "Naruto"),
                         ("My first Naruto fic, please review!", "Naruto"),
                         ("I own nothing. Sherlock belongs to the BBC.", "Sherlock (TV)"),
                         ("Welcome to the Teen Wolf fandom, me.", "Teen Wolf (TV)")]:
        assert stated_fandoms(note, whole(note)) == [fandom], note


def test_a_crossover_states_every_side() -> None:
    note = "A/N: a Supernatural/Teen Wolf crossover AU."
    assert stated_fandoms(note, whole(note)) == ["Supernatural", "Teen Wolf (TV)"]


def test_a_title_must_be_written_as_the_tag_writes_it_and_beside_a_statement() -> None:
    for note in ["thanks for reading my harry potter fic", "Harry Potter was my childhood.", "I love chapters.",
                 "Dean's story ends here."]:
        assert stated_fandoms(note, whole(note)) == [], note


def test_only_the_notes_are_read() -> None:
    text = "Disclaimer: I don't own Harry Potter.\n\n" + STORY
    assert stated_fandoms(text, [TextSpan(len(text) - len(STORY), len(text))]) == []
    assert stated_fandoms(text, []) == []


def test_stated_fandoms_follow_the_detected_ones_and_never_displace_them() -> None:
    detected = [("Naruto", 0.9)]
    assert with_stated(detected, ["Naruto", HP]) == [("Naruto", 0.9), (HP, STATED_SCORE)]
    assert with_stated([], [HP]) == [(HP, STATED_SCORE)]
    full = [(f"F{i}", 0.9) for i in range(MAX_FANDOMS)]
    assert with_stated(full, [HP]) == full


def test_a_work_of_original_characters_gets_the_fandom_its_note_states() -> None:
    note = "A/N: My first fanfic! I do NOT own Harry Potter, J.K. Rowling does. Please review.\n\n"
    cast = cast_for(note + STORY)
    assert [f for f, _ in cast.fandoms] == [HP]
    assert not {c.name for c in cast.clusters if c.names} & {"Harry", "Potter", "Harry Potter", "Rowling"}
    assert cast_for(STORY).fandoms == []
