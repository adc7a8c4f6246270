"""Dialogue tags whose subject is no name: anonymous speakers ("said one", "somebody exclaimed") and descriptor
roles ("said the child's nurse", "drawled this newcomer", "continued the undertaker solemnly")."""

from __future__ import annotations

import re

from cast_helpers import speakers as attributed
from ficlens.analyse.cast.roles import tag_subjects
from ficlens.analyse.speakers import attribute
from ficlens.nlp import build_document
from ficlens.work import Work

_QUOTE = re.compile(r'"[^"]*"')


def subjects(text: str) -> list[tuple[str, str]]:
    quotes = list(_QUOTE.finditer(text))
    found = tag_subjects(text, [q.end() for q in quotes], [q.start() for q in quotes])
    return [(t.role.label, t.kind) for t in found]


def test_anonymous_tag_subjects() -> None:
    assert subjects('"Go," said one. "No," said another.') == [("one #1", "anonymous"), ("another #1", "anonymous")]
    assert subjects('"Oh!" cried one of the women.') == [("one of the women #1", "anonymous")]
    assert subjects('"Ho there!" called a voice from the darkness.') == [("a voice #1", "anonymous")]
    assert subjects('"Wait," spoke up another voice.') == [("another voice #1", "anonymous")]
    assert subjects('Then somebody else inquired: "Why?"') == [("somebody else #1", "anonymous")]
    assert subjects('"Why?" queried the youngest of the gang.') == [("the youngest of the gang #1", "anonymous")]
    assert subjects('"This way," said a little girl, springing up.') == [("a little girl #1", "anonymous")]
    assert subjects('"I stopped him," said a great lubberly fellow.') == [("a great lubberly fellow #1", "anonymous")]


def test_descriptor_tag_subjects() -> None:
    assert subjects('"Sure," drawled this newcomer.') == [("the newcomer", "role")]
    assert subjects('"Yes, sir," said the child\'s nurse.') == [("the child's nurse", "role")]
    assert subjects('"Yes," continued the undertaker solemnly.') == [("the undertaker", "head")]
    assert subjects('"Ah," the prima donna sang.') == [("the donna", "head")]


def test_no_speaker_from_things_narration_or_descriptors() -> None:
    for text in ('"Hi," said the letter.', '"Hi." The door opened.', '"Hi," said a moment later.',
                 '"Hi," he said to his sister.', '"Hi," said the boy.', '"Hi," said the other.',
                 '"Hi," said her husband.', '"Hi," cried the ladies.', 'He knew that the boy said: "No."',
                 'She released a shallow exhale, suddenly saying: "No."', '"Hi," said a little later.',
                 '"Hi," said a good deal.', '"Hi," said a little sadly.'):
        assert subjects(text) == [], text


def test_each_anonymous_tag_is_a_speaker_of_its_own() -> None:
    text = ('Snake Anson sat by the fire. Jim Wilson came in with Snake Anson.\n\n'
            '"It ain\'t going to rain much," said one.\n\n'
            '"Here is a chunk of pine log," said another. He took no notice of it.\n\n'
            '"Fire feels good," said Snake Anson.')
    cast, speakers = attributed(text)
    assert speakers == ["one", "another", "Snake Anson"]
    anonymous = [c for c in cast.clusters if c.name in ("one", "another")]
    assert len(anonymous) == 2
    assert all(c.role and c.names == 0 for c in anonymous)  # no mention: "He" after the tag is not theirs
    assert not {m.cluster for m in cast.mentions} & {c.id for c in anonymous}
    assert "one" not in [c.name for c in cast.ranked()]


def test_two_tags_with_the_same_anonymous_phrase_are_two_speakers() -> None:
    text = ('"Go," said another.\n\nSnake Anson sat down by the fire.\n\n"Stay," said another.')
    cast, speakers = attributed(text)
    assert speakers == ["another", "another"]
    ids = [c.id for c in cast.clusters if c.name == "another"]
    assert len(ids) == 2  # one speaker per tag: nothing says the second "another" is the first one
    assert [a.cluster for a in attribute(text, build_document(Work(text=text, source="t", format="text"),
                                                                 "fast").paragraphs, cast)] == ids


def test_a_tag_between_two_quotes_is_one_speaker() -> None:
    text = ('Douglas stood by the fire, and Douglas smiled.\n\n'
            '"We say, of course," somebody exclaimed, "that they give two turns!"')
    _, speakers = attributed(text)
    assert speakers == ["somebody", "somebody"]


def test_owned_descriptor_speaks() -> None:
    text = ('The doctor came in. Mrs. Carey lay still.\n\n"I\'ll call again after breakfast," said the doctor.\n\n'
            '"I\'ll show you out, sir," said the child\'s nurse.')
    _, speakers = attributed(text)
    assert speakers == ["the doctor", "the child's nurse"]


def test_capitalised_creature_tag_subjects_are_roles() -> None:
    assert subjects('"Speak English!" said the Eaglet.') == [("the Eaglet", "role")]
    assert subjects('"Hold your tongue!" said the young Crab, snappishly.') == [("the young Crab", "role")]
    assert subjects('Then a Canary cried: "Come away!"') == [("the Canary", "role")]
    for text in ('"Go," said the Reverend Mr. Collins.', '"Go," said the Moment.'):
        assert subjects(text) == [], text
    assert subjects('"Go," said the Colonel.') == [("the Colonel", "title")]  # a role only where nobody bears it


def test_an_unformed_creature_speaks_its_tagged_quotes() -> None:
    text = ('Alice sat on the bank with the Dodo and the Mouse.\n\n'
            '"I am older than you," said the Mouse.\n\n'
            '"Speak English!" said the Eaglet. "I don\'t know the meaning of half those words!"\n\n'
            '"What I was going to say," said the Dodo in an offended tone, "was a Caucus-race."')
    cast, speakers = attributed(text)
    assert speakers[1:3] == ["the Eaglet", "the Eaglet"]
    eaglet = next(c for c in cast.clusters if c.name == "the Eaglet")
    assert eaglet.role
