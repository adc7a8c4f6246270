"""A quote's tag may name whom it is spoken to ("he asked Stiles", "said Scott to Stiles"): that character is
never its speaker, whatever the conversation around it suggests."""

from __future__ import annotations

import pytest

from cast_helpers import cast_for, speakers
from ficlens.analyse.speakers import Attributor
from ficlens.nlp import build_document
from ficlens.work import Work

TWO_MEN = "Scott McCall and Stiles Stilinski sat on the jeep.\n\n"


@pytest.mark.parametrize("tag", ["he asked Stiles", "he said to Stiles", "Scott asked Stiles"])
def test_the_addressee_in_the_tag_is_not_the_speaker_in_a_two_man_exchange(tag: str) -> None:
    text = TWO_MEN + f'"You look tired," Stiles said.\n\n"I am."\n\n"Where were you last night?" {tag}.\n\n"Home."'
    _, who = speakers(text)
    assert who[2:] == ["Scott McCall", "Stiles Stilinski"]


def test_an_addressee_tag_holds_in_a_conversation_that_would_alternate_otherwise() -> None:
    text = ("Scott McCall walked in. Stiles Stilinski looked up from the jeep.\n\n"
            '"Where were you?" he asked Stiles.\n\n"Out."\n\n"Out where?" he said to Scott.')
    _, who = speakers(text)
    assert who == ["Scott McCall", "Stiles Stilinski", "Stiles Stilinski"]


def tag_addressee_names(text: str) -> list[set[str]]:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = cast_for(text)
    at = Attributor(text, doc.paragraphs, cast)
    return [{cast.clusters[c].name for c in at.tag_addressees(qi)} for qi in range(len(at.quotes))]


def test_tag_addressees_read_the_object_of_the_speech_verb_not_its_inverted_subject() -> None:
    text = (TWO_MEN + '"Go," said Stiles.\n\n"No," said Scott to Stiles.\n\n'
            'He asked Stiles, "Why?"\n\n"Fine," Stiles said, looking at Scott.')
    assert tag_addressee_names(text) == [set(), {"Stiles Stilinski"}, {"Stiles Stilinski"}, set()]
