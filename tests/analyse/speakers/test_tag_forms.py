"""Dialogue tags in the forms novels write them: a lead-in paragraph before a quote that opens its own paragraph,
inverted tags with any verb, a name then a past tense, "X's reply", tags that belong to the quote before, split
quotes going on in lower case, and the words that make a name or pronoun no speaker (an object, a possessive, a
clause after "when", reported speech)."""

from __future__ import annotations

from cast_helpers import cast_for, speakers
from ficlens.analyse.speakers import Attributor
from ficlens.analyse.speakers.rules import rule_attributions
from ficlens.nlp import build_document
from ficlens.work import Work

COUPLE = ("Philip smiled at Harriet. Later Philip walked out, and then Philip laughed. Harriet said nothing; then "
          "Harriet nodded, and Harriet sat down.\n\n")


def _rules(text: str) -> list[tuple[str | None, float, str]]:
    """Each quote's (speaker, score, rule) from the tag rules alone, before the conversation model."""
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = cast_for(text)
    found = rule_attributions(Attributor(text, doc.paragraphs, cast))
    return [(None if c is None or c < 0 else cast.clusters[c].name, score, rule) for c, score, rule in found]


def tagged(text: str) -> list[str | None]:
    """Each quote's speaker where a sure tag of the rules names it (explicit, or its paragraph's), else None."""
    return [name if rule in ("explicit", "same-paragraph") and score >= 0.8 else None
            for name, score, rule in _rules(text)]


def test_a_quote_opening_its_paragraph_reads_the_lead_in_paragraph_before_it() -> None:
    for lead_in in ("After listening to them, Harriet coolly observed,", "Philip sat down, and Harriet said:",
                    "Philip sat down, and Harriet said in a low voice"):
        who = tagged(COUPLE + f'Philip looked at the sea.\n\n{lead_in}\n\n"You must be the silliest man in '
                              'the country."\n\nNobody answered.')
        assert who == ["Harriet"], lead_in


def test_a_heading_is_no_lead_in() -> None:
    who = tagged(COUPLE + 'Chapter Two with Harriet\n\n"It will rain," said Philip.')
    assert who == ["Philip"]


def test_a_semicolon_ends_the_clause_of_a_tag_before_the_quote() -> None:
    text = COUPLE + ('Philip spoke of the weather and of the road; and Harriet, after the little pause which '
                     'followed, added: "He is a captain now."')
    _, who = speakers(text)
    assert who == ["Harriet"]


def test_the_previous_quote_s_tag_is_not_the_next_quote_s() -> None:
    text = COUPLE + ('"What is it?" Philip asked, so eagerly that Harriet said, in a rather offended tone, '
                     '"Come on!"')
    _, who = speakers(text)
    assert who == ["Philip", "Harriet"]


def test_a_quote_going_on_in_lower_case_keeps_the_speaker_of_the_quote_before() -> None:
    text = COUPLE + ('"Of course it is," said Harriet, who seemed ready to agree to everything that Philip said, '
                     '"there is a large mine near here."')
    assert tagged(text) == ["Harriet", "Harriet"]


def test_an_inverted_tag_takes_any_past_tense_after_a_comma_or_an_exclamation() -> None:
    for tag, speaker in (('"Poor girl!" exploded Philip.', "Philip"),
                         ('"She certainly did," corroborated Harriet earnestly.', "Harriet"),
                         ('"My advice," put in Mrs. Herriton, "is to stay."', "Mrs. Herriton")):
        intro = COUPLE + "Mrs. Herriton watched them; Mrs. Herriton sighed, and Mrs. Herriton sat down.\n\n"
        assert tagged(intro + tag)[0] == speaker, tag


def test_a_name_then_a_past_tense_after_a_comma_tags_the_quote() -> None:
    assert tagged(COUPLE + '"He was short in his leaps," Philip translated.\n\n"Oh!" said Harriet.') == [
        "Philip", "Harriet"]


def test_a_new_sentence_after_a_question_is_no_tag() -> None:
    text = COUPLE + ('"What do you mean, boy?" said Harriet. "What are you doing here?" Philip picked up his cap '
                     'and backed away.')
    assert tagged(text) == ["Harriet", "Harriet"]


def test_an_inverted_tag_reads_a_capitalised_description() -> None:
    intro = ("The Hare smiled at Alice. Later the Hare walked out, and then the Hare laughed. Alice said nothing; "
             "then Alice nodded, and Alice sat down.\n\n")
    assert tagged(intro + '"I have not the slightest idea," said Alice.\n\n"Nor I," said the March Hare.') == [
        "Alice", "Hare"]


def test_a_possessive_speech_noun_names_the_speaker() -> None:
    assert tagged(COUPLE + 'Harriet frowned.\n\n"Fanny must have a horse," was Philip\'s only reply.') == ["Philip"]
    assert tagged(COUPLE + 'Philip looked away, and Harriet\'s reply was, "Then you had better stay."') == ["Harriet"]


def test_an_object_pronoun_is_not_the_subject_of_the_speech_verb_after_it() -> None:
    text = COUPLE + 'Philip came into the room. Harriet kissed him, and said, "It was a curious dream."'
    _, who = speakers(text)
    assert who == ["Harriet"]


def test_reported_speech_after_a_full_stop_is_no_tag() -> None:
    text = COUPLE + ('"Other occupations? I do not believe it!" said Harriet. "You are not in business." Philip '
                     'admitted that he was not in business.')
    _, who = speakers(text)
    assert who == ["Harriet", "Harriet"]


def test_a_name_a_preposition_governs_speaks_through_who_said() -> None:
    text = COUPLE + 'Philip looked anxiously at Harriet, who said in a low voice, "You must go now."'
    _, who = speakers(text)
    assert who == ["Harriet"]


def test_a_name_tagging_the_quote_before_it_beats_a_pronoun_after_it() -> None:
    text = COUPLE + ('When Philip came in, Harriet said severely "Who is this?" He said nothing in reply, and '
                     'looked at the floor.')
    _, who = speakers(text)
    assert who == ["Harriet"]


def test_an_inverted_lead_in_names_the_subject_after_the_verb() -> None:
    text = COUPLE + 'Philip spoke of the weather, and then thus spoke Harriet: "It will rain before night."'
    _, who = speakers(text)
    assert who == ["Harriet"]


def test_a_quote_without_a_tag_takes_the_tag_before_it_in_its_paragraph() -> None:
    text = COUPLE + ('"Handsome is as handsome does," quoted Harriet. "I have my doubts about it," remarked '
                     'Philip, sniffing at the flowers. "Oh, these flowers are sweet!"')
    _, who = speakers(text)
    assert who == ["Harriet", "Philip", "Philip"]


def test_a_clause_opening_with_when_after_a_quote_is_no_tag() -> None:
    found = _rules(COUPLE + '"Oh dear! I shall be late!" (when Philip thought it over afterwards, it seemed odd.)')
    assert found[0][2] not in ("explicit", "anaphoric")


def test_a_speaker_copied_from_a_pronoun_tag_stays_open_to_the_conversation_model() -> None:
    found = _rules(COUPLE + 'Philip looked at her.\n\n"Did you know," he asked, "that the man was one of us?"')
    assert found[1][2] == "same-paragraph" and found[1][1] < 0.8
    found = _rules(COUPLE + '"Did you know," asked Philip, "that the man was one of us?"')
    assert found[1] == ("Philip", 0.8, "same-paragraph")


def test_a_name_a_participle_governs_is_no_subject() -> None:
    text = COUPLE + 'Later that evening Philip, drawing near Harriet, said to her: "Will you dance?"'
    assert tagged(text) == ["Philip"]


def test_an_aside_between_a_name_and_its_speech_verb_keeps_the_name_the_speaker() -> None:
    text = COUPLE + ('Harriet nodded to him; and Philip, with sympathetic cordiality and a long smile, observed to '
                     'his wife as they drove back through the park, "We shall soon come to a deal."')
    assert tagged(text) == ["Philip"]


def test_verbs_of_asserting_and_interjecting_are_speech_verbs() -> None:
    for verb in ("asserted", "interjected", "opined", "fumed", "quavered"):
        for form in ('Harriet {v}, "It will rain before noon."',
                     'Philip sat down, and Harriet {v}:\n\n"It will rain."'):
            who = tagged(COUPLE + f"Philip looked at the sea.\n\n{form.format(v=verb)}\n\nNobody answered.")
            assert who == ["Harriet"], (verb, form)


def test_a_name_owning_the_noun_after_a_speech_verb_is_no_tag_subject() -> None:
    # "said Harriet's father": the father speaks, not Harriet, though no character bears his name
    for owner in ("Harriet's", "Harriet’s"):
        assert tagged(COUPLE + f'Philip waited.\n\n"Come here," said {owner} father.') == [None]
    assert tagged(COUPLE + 'Philip waited.\n\n"Come here," said Harriet.') == ["Harriet"]
