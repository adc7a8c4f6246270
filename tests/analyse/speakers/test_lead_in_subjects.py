"""The subject of a tag before or after its quote where words stand between the two: an aside or a relative
clause after the name, a phrase of manner after the verb, an object pronoun after it, an apposition of the
speaker's own name, and narration hard-wrapped at a fixed width (a line break inside an aside or after a
clause's stop)."""

from __future__ import annotations

import textwrap

from cast_helpers import cast_for, speakers
from ficlens.analyse.speakers import Attributor
from ficlens.analyse.speakers.rules import rule_attributions
from ficlens.nlp import build_document
from ficlens.work import Work

COUPLE = ("Philip smiled at Harriet. Later Philip walked out, and then Philip laughed. Harriet said nothing; then "
          "Harriet nodded, and Harriet sat down.\n\n")


def wrapped(text: str) -> str:
    """``text`` hard-wrapped at 70 columns as older e-texts are, its paragraphs apart by a blank line."""
    return "\n\n".join(textwrap.fill(p, 70) for p in text.split("\n\n"))


FILLER = ("Philip walked along the shore of the lake in the evening light and thought of the long road home. "
          "Harriet sat by the window and read the letters that had come that morning from the town. ") * 3


def tagged(text: str, rules: tuple[str, ...] = ("explicit", "same-paragraph")) -> list[str | None]:
    """Each quote's speaker where a sure rule of ``rules`` (a tag, or its paragraph's) names it, else None."""
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = cast_for(text)
    found = rule_attributions(Attributor(text, doc.paragraphs, cast))
    return [cast.clusters[c].name if c is not None and c >= 0 and rule in rules and score >= 0.8 else None
            for c, score, rule in found]


def test_an_object_pronoun_after_the_verb_is_no_speaker() -> None:
    text = COUPLE + ('Philip had asked for a promise; and Harriet, with decorous playfulness, answered him, '
                     '"Oh, but you must let me have my fling!"')
    assert tagged(text) == ["Harriet"]


def test_an_aside_may_run_over_a_wrapped_line() -> None:
    text = wrapped(COUPLE + FILLER + "\n\n" + FILLER + '\n\nPhilip looked very pleased with the whole of it, and '
                   'Harriet, with sympathetic cordiality, observed to the maid as they drove back through the park, '
                   '"I thought we should soon come to a deal."')
    assert "with\nsympathetic" in text
    assert tagged(text) == ["Harriet"]


def test_a_wrapped_line_after_a_semicolon_ends_the_clause_before_the_tag() -> None:
    text = wrapped(COUPLE + FILLER + "\n\n" + FILLER) + ('\n\nThere was music from the band and a great noise of '
                                                        'voices from the\nhall and the garden. Philip started '
                                                        'talking to the maid in the hall;\nHarriet said to the '
                                                        'cook: "Now comes the movement."')
    assert tagged(text) == ["Harriet"]


def test_a_phrase_of_manner_after_the_verb_keeps_the_subject_before_it() -> None:
    text = COUPLE + ('But as Philip was opening his mouth to put it, Harriet sprang to her feet and said in a '
                     'small and quiet voice "Yes, I oppose."')
    assert tagged(text) == ["Harriet"]


def test_a_name_with_a_relative_clause_is_the_subject_of_the_verb_after_it() -> None:
    text = COUPLE + ('Philip sprang up, and Harriet, who had flung wide her arms, took him by the shoulders and '
                     'shook him, and said, "Because we are married."')
    assert tagged(text) == ["Harriet"]


def test_a_pronoun_in_a_clause_inside_the_lead_in_is_the_name_before_it() -> None:
    text = COUPLE + ('"You are right," said Harriet.\n\nPhilip laughed, as he knew he must, at this wit, and '
                     'then added--\n\n"I presume to observe that the navy pays well."')
    assert tagged(text) == ["Harriet", "Philip"]


def test_the_speaker_named_again_in_apposition_is_no_addressee() -> None:
    text = COUPLE + ('Mr. Ashton came in with the papers.\n\n"Order," said the chairman.\n\n"The amendment will '
                     'be put first," said Mr. Ashton, the chairman, with mechanical rapidity.')
    assert tagged(text) == ["Mr. Ashton", "Mr. Ashton"]


def test_a_name_tag_before_the_quote_beats_a_pronoun_acting_after_it() -> None:
    text = COUPLE + ('Philip said they were going into the country. Harriet turned hastily towards him, and, in '
                     'a voice of surprise, which required no explanation, repeated, "The country! So far from '
                     'here?" He explained the situation.')
    assert tagged(text) == ["Harriet"]


def test_a_clause_opened_by_upon_which_has_a_subject_of_its_own() -> None:
    text = COUPLE + ('Philip looked at Harriet, who smiled but said nothing either, upon which Mrs. Ashton '
                     'seemed possessed by a brilliant idea, and exclaimed: "We must all go to the sea!"')
    assert tagged(text) == ["Mrs. Ashton"]


def test_a_phrase_of_time_after_a_role_keeps_the_role_speaking() -> None:
    _, who = speakers(COUPLE + 'The boys stared at the table.\n\n"What!" said the master at length, in a faint '
                               'voice.\n\n"Please, sir," replied Philip.')
    assert who == ["the master", "Philip"]


def test_a_paragraph_ending_with_speech_begun_leads_into_the_quote_after_it() -> None:
    text = COUPLE + ('"It is late," said Philip.\n\nA short pause followed this speech, and Mrs. Ashton began '
                     'again.\n\n"I have an excessive regard for the sea."')
    assert tagged(text) == ["Philip", "Mrs. Ashton"]


def test_the_agent_of_a_passive_verb_of_address_speaks_the_quote() -> None:
    text = COUPLE + ('Philip was thinking of the sea with some complacency, when thus accosted by Miss Ashton,'
                     '\n\n"I can guess the subject of your reverie."')
    assert tagged(text) == ["Miss Ashton"]


def test_speech_begun_belongs_to_the_subject_of_its_own_sentence() -> None:
    text = COUPLE + ('"It is late," said Philip.\n\n(Harriet had heard Philip say the word once, and thought it a '
                     'nice grand word to say.) Presently she began again.\n\n"I wonder if I shall fall right '
                     'through the earth!"')
    assert tagged(text, ("explicit", "anaphoric")) == ["Philip", "Harriet"]


def test_a_dash_after_the_lead_ins_last_word_keeps_its_speech_verb() -> None:
    text = COUPLE + ('Soon afterwards Philip, drawing near Harriet, said to her--\n\n"Do you not feel a great '
                     'inclination to dance?"')
    assert tagged(text) == ["Philip"]


def test_a_governed_name_with_a_relative_clause_speaks_the_lead_in() -> None:
    text = COUPLE + ('Philip had quite a long argument with Harriet, who at last turned sulky, and would only '
                     'say, "I am older than you, and must know better."')
    assert tagged(text) == ["Harriet"]



def test_a_preposition_governs_a_name_across_its_title() -> None:
    text = COUPLE + ('Philip, who felt responsible for her in the absence of Miss Harriet, ventured to say:\n\n'
                     '"I wish we could. Unluckily I have letters."')
    assert tagged(text) == ["Philip"]


def test_as_follows_after_the_verb_keeps_the_subject_before_it() -> None:
    text = COUPLE + 'Philip sat back complacently, and Harriet began as follows: "It was a novel, and a sad one."'
    assert tagged(text) == ["Harriet"]


def test_a_titled_name_then_a_past_tense_after_a_comma_tags_the_quote() -> None:
    text = COUPLE + ('Mrs. Harriet Vane came in. Mrs. Vane sat down, and Mrs. Vane smiled.\n\n'
                     '"One can only marry one husband, certainly," Mrs. Vane reflected. Philip nodded.')
    assert tagged(text) == ["Mrs. Harriet Vane"]
