"""Words and phrases counted from the letter-run index are the ones a scan of the text finds."""

from __future__ import annotations

import random
import re
from collections import Counter

from ficlens.analyse.cast.fandom import TextWords
from ficlens.nlp.letter_runs import LetterRuns

_WORD = re.compile(r"[a-z][a-z'\-]+")


def _scanned(text: str, term: str) -> int:
    """Occurrences of ``term`` between non-letters, a counted one hiding those it overlaps: a plain scan."""
    n, at = 0, text.find(term)
    while at >= 0:
        end = at + len(term)
        if not (at and "a" <= text[at - 1] <= "z") and not (end < len(text) and "a" <= text[end] <= "z"):
            n, at = n + 1, text.find(term, end)
        else:
            at = text.find(term, at + 1)
    return n


def _expected(text: str, term: str) -> int:
    low = text.lower()
    return Counter(_WORD.findall(low))[term] if _WORD.fullmatch(term) else _scanned(low, term)


def test_counts_match_a_scan_of_the_text() -> None:
    rnd = random.Random(7)
    for alphabet in ("ab' -.\u2019é\nAB1", "aaaab -"):  # marks and accents; long runs sharing their first letters
        for _ in range(400):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 120)))
            indexed, scanned = TextWords(text, index_from=0), TextWords(text, index_from=10**9)
            for _ in range(20):
                size = rnd.randint(1, 12)
                at = rnd.randint(0, max(0, len(text) - 1))
                term = (text[at:at + size] if rnd.random() < 0.6 else
                        "".join(rnd.choice(alphabet) for _ in range(size))).lower()
                if term:
                    assert indexed.get(term) == scanned.get(term) == _expected(text, term), (text, term)


def test_words_and_phrases_in_prose() -> None:
    words = TextWords("Pokémon trainers met the Death-Eaters' leader. 'Ere the death eaters came, x-death eaters "
                      "fled; the flame-the flame. Chakra, chakra-user, chakra's!", index_from=0)
    assert words.get("chakra") == 1 and words.get("chakra-user") == 1 and words.get("chakra's") == 1
    assert words.get("death-eaters'") == 1 and words.get("ere") == 1 and words.get("pok") == 1
    assert words.get("death eaters") == 2 and words.get("pokémon trainers") == 1 and words.get("the flame") == 2
    assert words.get("the death") == 2 and words.get("absent", -1) == -1


def test_runs_are_found_where_they_stand_one_after_another() -> None:
    runs = LetterRuns(b"extraordinary extraordinarx extra, extraordinary-extra")
    assert {0, 35} <= set(runs.candidates([b"extraordinary"]))  # a long run's key may be shared
    assert runs.candidates([b"extra"]) == [28, 49] and runs.candidates([b"nothing"]) == []
    assert 0 not in runs.candidates([b"extraordinary", b"extra"])  # its next run is no "extra"
    assert 35 in runs.candidates([b"extraordinary", b"extra"])


def test_runs_of_ascii_characters_are_counted_as_a_regex_finds_them() -> None:
    from ficlens.nlp.letter_runs import count_runs

    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'"
    for text in ("", "word", " two words ", "It's Zoë’s café—'n' done.", "\ud800a b", "é"):
        assert count_runs(text, letters) == len(re.findall(r"[A-Za-z']+", text)), text
