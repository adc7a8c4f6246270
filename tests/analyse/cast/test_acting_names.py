"""Names the tagger or the KB would turn down that the text shows to be people: a one-word name that does things,
a KB place of another fandom or a term of the detected one that acts like a name, and a KB name written as one
word ("Applebloom") or misspelt by a letter ("Cadence")."""

from __future__ import annotations

from cast_helpers import EMMA, names
from ficlens.analyse.cast.kb_variants import MisspeltNames, closed_up_names
from ficlens.knowledge import load_kb

PONIES = ("Twilight Sparkle smiled at Rarity. Rarity laughed, and Applejack sat down. Twilight Sparkle nodded to "
          "Applejack. Rarity said nothing. Applejack smiled at Rarity. ")


def test_a_one_word_name_that_acts_is_a_character_though_rarely_mid_sentence() -> None:
    text = EMMA + "Vashtrel nodded. Vashtrel's hands shook. Vashtrel ran to Emma. "
    assert "Vashtrel" in names(text)


def test_a_kb_place_of_another_fandom_that_acts_three_times_is_a_character() -> None:
    text = EMMA + ("Kamino nodded to Emma. Kamino's hands shook. Then Kamino turned to Harriet, and Kamino "
                   "yawned twice. ")
    assert "Kamino" in names(text)
    text = EMMA + "Emma dreamed of Kamino, and Kamino filled her nights, and Kamino waited for Harriet. "
    assert "Kamino" not in names(text)  # acts twice: still the place


def test_a_fandom_term_that_acts_like_a_name_is_a_character() -> None:
    text = ("Pikachu smiled at Ash Ketchum. Ash Ketchum and Misty walked on, and Brock followed Misty. Wooper "
            "nodded to Ash Ketchum. Wooper's tail swished. Later Wooper turned to Misty, and Wooper yawned twice. "
            "Misty smiled at Brock.")
    assert "Wooper" in names(text)


def test_a_kb_name_written_as_one_word_is_that_character() -> None:
    text = PONIES + "Applebloom ran up to Applejack, and Applebloom hugged her sister. Later Applebloom sang. "
    assert "Apple Bloom (My Little Pony)" in names(text)


def test_closed_up_names_keep_one_capital_and_skip_words_the_kb_holds() -> None:
    kb = load_kb()
    closed = closed_up_names(kb, {"My Little Pony: Friendship is Magic"})
    assert closed["Applebloom"].name == "Apple Bloom (My Little Pony)"
    assert "AppleBloom" not in closed and "Applejack" not in closed  # Applejack is a character of its own


def test_a_kb_name_misspelt_by_one_letter_is_that_character() -> None:
    text = PONIES + "Cadence smiled at Rarity, and Cadence nodded. Later Cadence sang to Applejack. "
    assert "Princess Cadance (My Little Pony)" in names(text)


def test_a_misspelling_is_read_only_for_one_character_of_a_long_word_that_is_no_name() -> None:
    misspelt = MisspeltNames(load_kb(), {"Harry Potter - J. K. Rowling"})
    hermione = misspelt.character("Hermoine")
    assert hermione is not None and hermione.name == "Hermione Granger"
    assert misspelt.character("Dumbledor") is None  # Albus or Aberforth
    assert misspelt.character("Malfoys") is None and misspelt.character("Grangers") is None  # families
    assert misspelt.character("Hermione") is None  # the name itself: the KB holds it
    assert misspelt.character("Slytherin") is None and misspelt.character("Slytheirn") is None  # the house


def test_a_possessive_that_slipped_inside_a_name_ending_in_s_is_that_name() -> None:
    text = ("Stiles smiled at Derek Hale. Derek nodded to Scott McCall, and Scott sat down by Stiles. "
            "Stile's hands shook. Later Stile's voice broke, and Derek took Stile's hand. Stiles looked at Scott. ")
    found = names(text)
    assert "Stiles Stilinski" in found and not any(name.startswith("Stile ") or name == "Stile" for name in found)
    slip = MisspeltNames(load_kb(), {"Teen Wolf (TV)"}).possessive_slip("Stile")
    assert slip is not None and slip.name == "Stiles Stilinski"


def test_a_one_word_name_called_after_a_comma_twice_is_a_character() -> None:
    text = EMMA + ("\"You haven't slept, Quorvath.\" Emma sighed. \"Come and eat, Quorvath,\" Harriet said. "
                   "Quorvath was quiet. ")
    assert "Quorvath" in names(text)


def test_opening_interjections_and_titles_called_twice_are_no_characters() -> None:
    text = EMMA + ("\"Aye, I will,\" Emma said. \"Aye, I know it,\" said Harriet. \"Yes, Major.\" Emma left. "
                   "\"No, Major,\" Harriet said. ")
    found = names(text)
    assert "Aye" not in found and "Major" not in found


def test_a_name_that_acts_often_stays_a_character_after_one_locative() -> None:
    text = EMMA + ("Emma walked towards Talvek. Talvek nodded slowly. Talvek smiled at her. Talvek looked away. "
                   "Talvek sat down. ")
    assert "Talvek" in names(text)


def test_a_japanese_name_romanised_with_other_long_vowels_is_that_character() -> None:
    romanised = MisspeltNames(load_kb(), {"Bleach"}).romanised
    shuhei = romanised("Shuhei")
    assert shuhei is not None and shuhei.name == "Hisagi Shuuhei"
    assert romanised("Shuuhei") is None  # the KB's own spelling: looked up, not a variant
    assert romanised("Ichigo") is None  # no long vowel to write otherwise


def test_an_english_diminutive_of_one_characters_given_name_is_that_character() -> None:
    diminutive = MisspeltNames(load_kb(), {"Batman - All Media Types"}).diminutive
    alfred = diminutive("Alf")
    assert alfred is not None and alfred.name == "Alfred Pennyworth"
    assert diminutive("Bruce") is None  # a name the KB holds
