"""Explicit dialogue tags the rules read: a title's dot inside the tag, a described speaker after an inverted verb,
a title standing for the one character holding it, the rarer speech verbs, and a tag before the quote beating a
character merely acting after it."""

from __future__ import annotations

from cast_helpers import resolved_to, speakers

COUPLE = ("Philip smiled at Harriet. Later Philip walked out, and then Philip laughed. Harriet said nothing; then "
          "Harriet nodded, and Harriet sat down. Mrs. Herriton watched them; Mrs. Herriton sighed, and Mrs. Herriton "
          "sat down.\n\n")


def test_a_title_dot_does_not_end_the_tag() -> None:
    _, who = speakers(COUPLE + '"It is too bad," said Mrs. Herriton. Philip laughed at her.\n\n'
                      '"Is it?" said Philip.')
    assert who == ["Mrs. Herriton", "Philip"]


def test_an_inverted_tag_reads_a_described_speaker() -> None:
    text = COUPLE + ('Philip frowned. "Your feet grow larger every day," said the agonized Harriet.\n\n'
                     '"They do not," said Philip.')
    _, who = speakers(text)
    assert who == ["Harriet", "Philip"]


def test_a_title_alone_names_the_one_character_with_it() -> None:
    text = ("Colonel Saunders smiled at Berry. Later Colonel Saunders walked out, and then Colonel Saunders laughed. "
            "Berry said nothing; then Berry nodded, and Berry sat down.\n\n"
            'Berry waited.\n\n"Certainly, certainly," said the Colonel.')
    _, who = speakers(text)
    assert who == ["Colonel Saunders"]


def test_rarer_speech_verbs_tag_their_speaker() -> None:
    _, who = speakers(COUPLE + 'Harriet nodded. "So uncivilised?" queried Philip.')
    assert who == ["Philip"]


def test_a_tag_before_the_quote_beats_a_character_acting_after_it() -> None:
    text = COUPLE + ('Philip yawned. Harriet said to her mother: "Now comes the best part." '
                     'Philip looked out of the window.')
    _, who = speakers(text)
    assert who == ["Harriet"]


THREE_TURNS = '"Come," said Philip.\n\n"Go," said {second}.\n\n{lead_in} "Oh, but you must let me have my fling!"'


def test_a_lead_in_sentence_ending_with_a_speech_verb_names_its_subject_not_a_governed_name() -> None:
    lead_ins = {"Harriet, with decorous playfulness and a long look at Philip, answered him,": "Mrs. Herriton",
                "Then Harriet, with a long look at Mrs. Herriton and at the window, answered,": "Mrs. Herriton",
                "Mrs. Herriton, giving a gentle sigh, and looking at Philip, and saying,": "Harriet",
                "Philip leaned toward her in alarm; at the same time Harriet grasped at his sleeve and said,":
                    "Mrs. Herriton"}
    for lead_in, second in lead_ins.items():
        _, who = speakers(COUPLE + THREE_TURNS.format(second=second, lead_in=lead_in))
        subject = "Harriet" if "Harriet grasped" in lead_in else lead_in.removeprefix("Then ").split(",")[0]
        assert who[2] == subject


def test_a_reflexive_in_a_lead_in_stands_for_its_own_sentence_s_subject() -> None:
    intro = ("Sherlock smiled at John. Later Sherlock walked out, and then Sherlock laughed. John said nothing; then "
             "John nodded, and John sat down.\n\n")
    text = intro + 'Sherlock turned away.\n\nJohn feels himself smile and hears himself ask, "A drink?"'
    cast, who = speakers(text)
    assert resolved_to(cast, text, "himself", "John feels") == "John Watson"
    assert who == ["John Watson"]


def test_a_lead_in_verb_followed_by_words_of_manner_and_address_tags_its_subject() -> None:
    text = COUPLE + ('Harriet looked at the clock.\n\n'
                     'Philip watched as Mrs. Herriton rose, called out in a trembling voice to them, "Come away, my '
                     'dears! It is late."\n\n'
                     'Nobody moved.\n\n'
                     'With a glance at Philip, Harriet sat down, remarking softly to him: "The night air does not '
                     'suit my throat."')
    _, who = speakers(text)
    assert who == ["Mrs. Herriton", "Harriet"]
