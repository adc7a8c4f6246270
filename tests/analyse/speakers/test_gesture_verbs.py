"""Speech verbs that are as often verbs of moving or gesturing ("I returned to the window", "she began to cry")
tag no quote; read as speech they are ("I returned", "he added")."""

from __future__ import annotations

from ficlens.analyse.cast import build_cast
from ficlens.analyse.dialogue import speech_verb_at
from ficlens.analyse.speakers import NARRATOR, Attributor, rule_attributions
from ficlens.analyse.speakers.conversation import tag_gender
from ficlens.nlp import build_document
from ficlens.work import Work


def test_dual_verbs_followed_by_a_direction_are_no_speech() -> None:
    assert not speech_verb_at(["returned", "to", "the", "window"], 0)
    assert not speech_verb_at(["laughed", "incredulously", "as", "holmes"], 0)
    assert not speech_verb_at(["began", "to", "cry"], 0)
    assert speech_verb_at(["returned", "coldly"], 0)
    assert speech_verb_at(["returned"], 0)
    assert speech_verb_at(["said", "to", "him"], 0)  # a speech verb only: always speech
    assert speech_verb_at(["added", "with", "a", "smile"], 0)
    assert not speech_verb_at(["walked", "to", "him"], 0)  # no speech verb at all


def rules_for(text: str) -> list[int | None]:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    return [c for c, _, _ in rule_attributions(Attributor(text, doc.paragraphs, cast))]


def test_i_returned_to_the_window_tags_no_quote() -> None:
    moving = 'John Reed looked at me.\n\n"Show the book." I returned to the window and fetched it.'
    speaking = 'John Reed looked at me.\n\n"Show the book." I returned, and fetched it.'
    assert rules_for(moving) != [NARRATOR]
    assert rules_for(speaking) == [NARRATOR]


def test_tag_gender_reads_no_gesture_as_a_tag() -> None:
    text = '"No, I won\'t send it anywhere." I turned to the window.'
    assert tag_gender(text, 0, text.index(" I turned"), "") is None
    text = '"Now, you will observe," I laughed incredulously as Holmes leaned back.'
    assert tag_gender(text, 0, text.index(" I laughed"), "") is None
    text = '"Now, you will observe," I laughed.'
    assert tag_gender(text, 0, text.index(" I laughed"), "") == "i"
    text = '"It is late," she turned to him.'
    assert tag_gender(text, 0, text.index(" she"), "") is None
    text = '"It is late," she returned coldly.'
    assert tag_gender(text, 0, text.index(" she"), "") == "f"
