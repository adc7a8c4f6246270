"""The conversation model (conversation.py) and the tag rules it reads: gendered tags, vocatives with a title,
anchors that reach backward, the narrator called by name, "said <surname>" and "the doctor"."""

from __future__ import annotations

from cast_helpers import attributor
from ficlens.analyse.cast import Cluster, Mention, coref
from ficlens.analyse.speakers import NARRATOR, attribute
from ficlens.analyse.speakers.conversation import tag_gender
from ficlens.nlp.document import TextSpan


def speakers(text: str) -> list[str | None]:
    at = attributor(text)
    out: list[str | None] = []
    for a in attribute(text, at.paragraphs, at.cast):
        out.append(None if a.cluster is None else "I" if a.cluster == NARRATOR else at.cast.clusters[a.cluster].name)
    return out


def test_tag_gender_reads_pronoun_and_relation_tags() -> None:
    text = '"But it is," returned she. "No," said her father. "Yes," he cried. "Go," said Anna.'
    quotes = [(text.index(q), text.index(q) + len(q)) for q in ('"But it is,"', '"No,"', '"Yes,"', '"Go,"')]
    genders = [tag_gender(text, s, e, "") for s, e in quotes]
    assert genders == ["f", "m", "m", None]
    assert tag_gender('He cried: "Run!"', 10, 16, "He cried: ") == "m"
    assert tag_gender('"Hi," said I.', 0, 5, "") == "i"


def test_vocative_after_a_title_names_the_addressee() -> None:
    text = 'Mr. Bennet and Mrs. Bennet sat by the fire.\n\n"My dear Mr. Bennet, have you heard?"'
    at = attributor(text)
    called = {at.cast.clusters[c].name for c in at.addressed(0)}
    assert called == {"Mr. Bennet"}


def test_a_late_tag_anchors_the_turns_before_it() -> None:
    text = ('Stiles Stilinski and Derek Hale stood in the rain.\n\n"You came."\n\n"I said I would."\n\n'
            '"You never do," Stiles said.\n\n"I did tonight."')
    first_names = [s.split()[0] if s else None for s in speakers(text)]
    assert first_names == ["Stiles", "Derek", "Stiles", "Derek"]


def test_pronoun_tag_picks_the_speaker_of_that_gender() -> None:
    text = ('Lydia Martin sat down. She smiled. Scott McCall came in. He looked tired.\n\n'
            '"You look tired," Lydia said.\n\n"I am," Scott said.\n\n"Then sleep," replied she.')
    assert speakers(text)[2] == "Lydia Martin"


def test_narrator_called_by_name_answers() -> None:
    text = ('Holmes lit his pipe and looked at me.\n\n"What do you make of it?" he asked.\n\n'
            '"Very little," I said.\n\n"Come, Watson, you can do better."\n\n"I cannot," said I.\n\n'
            '"Watson, look again."\n\n"A walking stick."')
    out = speakers(text)
    assert out[4] != "Watson" and out[5] == "I"


def test_said_surname_names_the_character() -> None:
    text = ('Basil Hallward painted while Lord Henry watched. Basil Hallward sighed.\n\n'
            '"And what is that?" asked Lord Henry.\n\n"I will tell you," said Hallward.')
    said = speakers(text)[1]
    assert said is not None and said.endswith("Hallward")  # however the cast clusters the surname


def test_back_to_back_quotes_in_one_paragraph_are_two_speakers() -> None:
    text = ('Stiles Stilinski and Derek Hale argued by the door. Stiles frowned.\n\n'
            '"Go on, then." "Fine," Derek said, "I will."')
    at = attributor(text)
    assert at.turns == [[0], [1, 2]]
    first_names = [s.split()[0] if s else None for s in speakers(text)]
    assert first_names == ["Stiles", "Derek", "Derek"]


def test_the_doctor_is_the_titled_character() -> None:
    text = "Dr. Archie came in with Peter. The doctor smiled."
    clusters = [Cluster(0, "Dr. Archie", title="Dr.", gender="m"), Cluster(1, "Peter", gender="m")]
    names = [Mention(4, 10, 0, "name"), Mention(24, 29, 1, "name")]
    sentences = [TextSpan(0, 30), TextSpan(31, len(text))]
    resolved = coref.resolve(text, [TextSpan(0, len(text))], sentences, names, clusters, [])
    assert [(text[m.start:m.end], m.cluster) for m in resolved] == [("The doctor", 0)]


def test_a_turn_that_opens_with_its_speaker_acting_may_follow_his_own() -> None:
    text = ('Stiles Stilinski sat on the floor. Derek Hale stood over him.\n\n"Go and wash up," Derek said.\n\n'
            'Derek sighed and held out his hand to Stiles. "Come on, you cannot stay there all day."')
    first_names = [s.split()[0] if s else None for s in speakers(text)]
    assert first_names == ["Derek", "Derek"]
