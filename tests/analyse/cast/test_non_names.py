"""Words that name no one are never characters: words of address, informal contractions and common words that only
open sentences, places and groups the fandom KB knows, and words after "the" with a quote mark glued on."""

from __future__ import annotations

import pytest

from cast_helpers import EMMA, names
from ficlens.analyse.cast import name_judge as judge
from ficlens.analyse.cast.name_judge import Uses, address_term, common_word_unused
from ficlens.analyse.cast.names import NameForm


def form(word: str, person_votes: int = 0) -> NameForm:
    return NameForm((word,), None, person_votes=person_votes)


def test_words_of_address_are_not_characters() -> None:
    text = EMMA + ("“Sensei, wait,” said Harriet. Later Sensei came, and Tou-san came too, and then Sensei left, "
                   "and Tou-san sighed, and later Tou-san slept.")
    found = names(text)
    assert {"Emma", "Harriet"} <= found and not found & {"Sensei", "Tou-san"}


def test_an_english_kinship_word_said_as_a_name_is_no_character() -> None:
    text = EMMA + ("Father had told Emma about it, and Father's parties bored her. “Etiquette has its uses,” Father "
                   "said. Later Father smiled at Harriet, and Mum sighed, and Mum laughed at Emma. ")
    found = names(text)
    assert {"Emma", "Harriet"} <= found and not found & {"Father", "Mum"}
    assert address_term(form("Father"), set().__contains__) and not address_term(form("Fatima"), set().__contains__)


def test_an_honorific_after_a_fandom_term_or_a_kinship_word_is_address_but_after_a_name_is_a_name() -> None:
    is_term = {"hokage"}.__contains__
    assert address_term(form("Hokage-sama"), is_term) and address_term(form("Nii-chan"), is_term)
    assert address_term(form("Captain-san"), is_term) and address_term(form("Aniki"), is_term)
    assert not address_term(form("Naruto-kun"), is_term) and not address_term(form("Hokage-sama"), set().__contains__)


def test_informal_words_are_not_characters() -> None:
    text = EMMA + "Emma said, Wanna go, and Harriet said, Wanna stay, and Emma said, Wanna dance. "
    assert "Wanna" not in names(text)


def test_a_common_word_that_never_acts_is_no_name_unless_a_given_name() -> None:
    idle = Uses(total=3)
    assert common_word_unused(form("Kissed"), idle, given_name=False)
    assert not common_word_unused(form("Hope"), idle, given_name=True)
    assert not common_word_unused(form("Chase"), Uses(total=3, subjects=2), given_name=False)
    assert common_word_unused(form("Kissed", person_votes=2), idle, given_name=False)  # only opening sentences
    mid = form("Weary", person_votes=1)
    mid.mid_sentence = 1
    assert not common_word_unused(mid, idle, given_name=False)
    mid.person_votes = 0
    assert common_word_unused(mid, idle, given_name=False)


def test_a_place_the_kb_knows_is_no_character_where_no_fandom_is_detected() -> None:
    text = EMMA + "Emma dreamed of Hogwarts, and Hogwarts filled her nights, and Hogwarts waited for Harriet. "
    found = names(text)
    assert "Emma" in found and "Hogwarts" not in found


def test_a_word_after_a_quoted_the_is_a_thing() -> None:
    text = EMMA + ("“The Moonstone is gone,” said Emma. “The Moonstone is gone,” said Harriet. “The Moonstone "
                   "is gone,” said Emma again. ")
    assert "Moonstone" not in names(text)


def test_cited_poets_singers_and_credits_are_not_characters() -> None:
    text = ("“Tell me, what is it you plan to do with your one wild and precious life?”\n— Mary Oliver\n\n" + EMMA
            + "\n\n“Every morning the world is created.”\n— Mary Oliver, Morning Poem\n\n" + EMMA
            + "\n\nSong: Cherry Wine by Hozier. Font credit: Lora by Cyreal Hansen.")
    found = names(text)
    assert {"Emma", "Harriet"} <= found and not found & {"Mary Oliver", "Hozier", "Morning Poem", "Cyreal Hansen"}


def test_a_dash_before_dialogue_is_no_credit() -> None:
    text = EMMA + "\n— Come here, Marta.\n— Wait, Marta!\n— Not now, Marta. Later Marta smiled at Emma.\n"
    assert "Marta" in names(text)


def test_a_name_with_an_honorific_suffix_is_that_name() -> None:
    text = EMMA + ("“Hiroshi-sensei!” Emma shouted. Later Hiroshi smiled, and Hiroshi-sensei laughed. “Emiko-chan,” "
                   "Harriet said. Then Emiko-chan sighed, and Emiko nodded, and Hiroshi-sensei left. ")
    found = names(text * 2)
    assert {"Hiroshi", "Emiko"} <= found and not found & {"Hiroshi-sensei", "Emiko-chan"}


def test_an_office_or_body_of_a_kb_place_is_no_character() -> None:
    text = EMMA + ("Emma saw that Hogwarts Head Girl was late. Then Harriet said Hogwarts Head Girl was ill, and Emma "
                   "said Hogwarts Head Girl was fine. Later Harriet wrote to Jedi Council, and Emma feared Jedi "
                   "Council, and Harriet met Jedi Council. ")
    found = names(text * 2)
    assert "Emma" in found and not found & {"Hogwarts Head Girl", "Jedi Council"}


def test_a_full_name_whose_given_name_is_also_a_kb_place_stays() -> None:
    text = EMMA + ("Emma saw that Florence Linden was late. Then Harriet said Florence Linden was ill, and Emma said "
                   "Florence Linden was fine. ")
    assert "Florence Linden" in names(text * 2)


def test_a_quote_mark_standing_alone_does_not_make_a_determiner() -> None:
    text = EMMA + "Moze, you an ' Burt go wait outside. Later Shady an ' Burt left, and then Burt sat down. "
    assert "Burt" in names(text * 2)



@pytest.mark.parametrize(("story", "thing"), [
    ("Emma hums the latest Katy Perry songs in the shower. Harriet hates Katy Perry songs. ", "Katy Perry"),
    ("It was a wild strawberry of the Rosaceae family. Harriet knew the Rosaceae family well. Later Emma read about "
     "the Rosaceae family. ", "Rosaceae"),
], ids=["an artist before the works they made", "a word written only as the name of a family"])
def test_cited_artists_and_families_are_no_characters(story: str, thing: str) -> None:
    found = names(EMMA + story)
    assert "Emma" in found and thing not in found


def test_a_word_declared_a_name_is_a_person() -> None:
    text = "The lab was cold. Here is the cafeteria, where my name, Mewtwo, was first mentioned. I walk on."
    start = text.index("Mewtwo")
    mewtwo = NameForm(("Mewtwo",), None, spans=[(start, start + 6)])
    uses = judge.uses_of(text, mewtwo)
    assert uses.declared == 1 and judge.accept(mewtwo, kb_known=False, kb_any=False, fast=True, uses=uses)
    plain = "The lab was cold. Here is the cafeteria, where Mewtwo was first mentioned. I walk on."
    start = plain.index("Mewtwo")
    unnamed = NameForm(("Mewtwo",), None, spans=[(start, start + 6)])
    assert not judge.accept(unnamed, kb_known=False, kb_any=False, fast=True, uses=judge.uses_of(plain, unnamed))


def spanned(text: str, word: str) -> NameForm:
    """The one-word form ``word`` at each of its places in ``text``."""
    at = [i for i in range(len(text)) if text.startswith(word, i)]
    return NameForm((word,), None, spans=[(i, i + len(word)) for i in at], person_votes=len(at))


def test_a_word_after_team_is_a_team() -> None:
    text = "A note lay on the bed: -Team Cozy. “Team Cozy?” Emma said to Harriet. "
    cozy = spanned(text, "Cozy")
    uses = judge.uses_of(text, cozy)
    assert uses.team == 2 and judge.not_a_person(cozy, uses)
    acting = "Team Cozy left. Cozy smiled at Emma, and Cozy's bag fell. "
    assert not judge.not_a_person(spanned(acting, "Cozy"), judge.uses_of(acting, spanned(acting, "Cozy")))


def test_a_sound_that_is_a_whole_quote_every_time_is_no_character() -> None:
    text = "The lizard looked at Emma.\n\n“Rawr?”\n\nEmma laughed. The lizard looked at Harriet.\n\n\"Rawr!\"\n\n"
    rawr = spanned(text, "Rawr")
    uses = judge.uses_of(text, rawr)
    assert uses.alone == 2 and judge.exclamation_only(rawr, uses, named=False)
    assert not judge.exclamation_only(form("Harry"), Uses(total=2, alone=2), named=True)
    said = "“Rawr?” Later Rawr smiled at Emma."
    assert not judge.exclamation_only(spanned(said, "Rawr"), judge.uses_of(said, spanned(said, "Rawr")), named=False)


def test_a_run_of_no_names_ending_in_a_plural_noun_is_a_group() -> None:
    text = EMMA + ("Gym Leaders met at noon. Emma feared Gym Leaders, and Gym Leaders watched Harriet. "
                   "Steve Jobs sold phones. Later Steve Jobs smiled at Emma, and Steve Jobs left. ")
    found = names(text)
    assert {"Emma", "Harriet", "Steve Jobs"} <= found and "Gym Leaders" not in found


def test_an_artist_after_a_recommended_songs_title_is_no_character() -> None:
    text = ("Recommended listening for this chapter is Float, Janelle Monáe\n\n" + EMMA
            + "\n\nRecommended listening for this chapter is Phenomenal, Janelle Monáe\n\n" + EMMA)
    found = names(text)
    assert {"Emma", "Harriet"} <= found and "Janelle Monáe" not in found
