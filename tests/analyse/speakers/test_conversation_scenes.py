"""The conversation model's runs and transitions: a scene break ends a conversation, the narrator's loose tag
("I took upon myself to reply"), and in texts cut at every sentence a bare turn after a tagged one goes on."""

from __future__ import annotations

from cast_helpers import attributor
from ficlens.analyse.speakers import attribute, rule_attributions
from ficlens.analyse.speakers.conversation import (
    DEFAULT_WEIGHTS,
    EMISSION,
    Turn,
    conversations,
    decode,
    sentence_paragraphs,
    tag_gender,
)


def run_lengths(text: str) -> list[int]:
    at = attributor(text)
    return [len(conv.run) for conv in conversations(at, rule_attributions(at))]


SCENE = ('Stiles Stilinski and Derek Hale stood in the rain.\n\n"You came," Stiles said.\n\n"I said I would."\n\n'
         '{between}\n\n"Morning," Scott McCall said.\n\n"Hey."')


def test_a_scene_break_starts_a_new_conversation() -> None:
    assert run_lengths(SCENE.format(between="* * *")) == [2, 2]
    assert run_lengths(SCENE.format(between="Chapter 2")) == [2, 2]


def test_one_narration_paragraph_does_not_end_the_conversation() -> None:
    assert run_lengths(SCENE.format(between="They walked home in silence.")) == [4]
    assert run_lengths(SCENE.format(between="Part of him wanted to stay.")) == [4]


def test_loose_narrator_tag_reads_i_with_a_speech_verb_later_in_the_clause() -> None:
    text = '"The story will tell," I took upon myself to reply.'
    end = text.index(" I took")
    assert tag_gender(text, 0, end, "") == "i"
    heard = '"Go home," I heard him say.'
    assert tag_gender(heard, 0, heard.index(" I heard"), "") is None
    away = '"Go home," I turned away from the window.'
    assert tag_gender(away, 0, away.index(" I turned"), "") is None


# One sentence per paragraph (no quote opens a sentence inside a paragraph), as in a text cut at every sentence.
SENTENCE_CUT = ('Holmes and Lestrade stood by the door.\n\n"Come in," said Holmes.\n\n"Thank you," said Lestrade.\n\n'
                '"Sit down," said Holmes.\n\n"I will stand," said Lestrade.\n\n"As you like," said Holmes.\n\n'
                '"It is late," said Lestrade.\n\n"It is," said Holmes.\n\n"Well?" said Lestrade.\n\n'
                '"Good!" said Holmes, smiling.\n\n"Excellent!"\n\n"What is?" said Lestrade.')


def test_in_sentence_cut_text_a_bare_turn_after_a_narration_tail_goes_on() -> None:
    at = attributor(SENTENCE_CUT)
    assert sentence_paragraphs(at)
    excellent = attribute(SENTENCE_CUT, at.paragraphs, at.cast)[9]
    assert excellent.rule == "conversation" and excellent.cluster is not None
    assert at.cast.clusters[excellent.cluster].name.endswith("Holmes")


def test_going_on_after_a_narration_tail_outweighs_a_weak_cue_for_the_other() -> None:
    # Turn 0 is fixed to candidate 0 ("...," said Holmes, smiling.); turn 1 is bare after that tail, and candidate
    # 1 has a weak cue (acting later in the turn). Half A: 101 same speaker, 54 A B A, 40 someone new after a tail.
    run = [Turn([0], 0), Turn([1], 0, after_tail=True)]
    blank = [0.0] * len(EMISSION)
    weak = [1.0 if name == "actor" else 0.0 for name in EMISSION]
    emissions = [[blank, blank], [blank, weak]]
    fixed = [[0.0, -1e6], [0.0, 0.0]]
    assert decode(run, emissions, DEFAULT_WEIGHTS, fixed) == [0, 0]
    assert decode(run, emissions, {**DEFAULT_WEIGHTS, "same_after_tail": 0.0}, fixed) == [0, 1]


def test_a_pronoun_clause_ending_in_a_colon_introduces_the_quote() -> None:
    quote = '"Some of us pumped on our heads."'
    for before, gender in (("So he forestalled what might be the next move: ", "m"),
                           ("Then she had a new inspiration: ", "f"),
                           ("To exasperate her a trifle more, I observed: ", "i"),
                           ("The list was long: ", None)):
        text = before + quote
        assert tag_gender(text, len(before), len(text), before) == gender
