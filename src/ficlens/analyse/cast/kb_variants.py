"""Forms the KB does not hold that a text writes for a character of its detected fandom: a name of two or more words
written as one ("Applebloom" for Apple Bloom), a one-word name misspelt by one letter ("Cadence" for Princess
Cadance, "Hermoine" for Hermione), a name ending in "s" whose possessive slipped its apostrophe ("Stile's"), a
Japanese name romanised with or without its long vowels ("Gojou" for Gojo, "Yuji" for Yuuji) and an English
diminutive of a character's given name ("Jen" for Jennifer). Built once per cast from the detected fandoms'
characters."""

from __future__ import annotations

import re

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.analyse.cast.nicknames import formal_names
from ficlens.knowledge import KBCharacter
from ficlens.knowledge.common_words import is_common_word
from ficlens.knowledge.fandom_kb import FandomKB, fold_marks, full_names

MIN_MISSPELT = 6  # letters of a one-word form read as a misspelt KB name: shorter names differ by a letter too often
_LONG_VOWELS = re.compile(r"(?<=[bcdfghjkmnprstwyz])(?:ou|oh(?![aeiou])|uu)")  # Gojou, Ryoh, Yuuji
MIN_ROMANISED = 4  # letters of a name read with other long vowels: "Gojo", never "Yu"


def short_vowels(word: str) -> str:
    """``word`` in lower case with the long vowels of a romanised Japanese name written short, after a consonant
    ("Gojou", "Gojō" and "Gojo" -> "gojo"; "Yuuji" -> "yuji"; "Ryouta" -> "ryota")."""
    return _LONG_VOWELS.sub(lambda m: m.group(0)[0], fold_marks(word).lower())


def closed_up_names(kb: FandomKB, fandoms: set[str]) -> dict[str, KBCharacter]:
    """The characters of ``fandoms`` by a name of two or more words written as one ("Applebloom" for Apple Bloom,
    "Rainbowdash", "Obiwan"; a capital only at its start), where the KB holds no character of that one word."""
    out: dict[str, KBCharacter] = {}
    for fandom in sorted(fandoms):
        for char in kb.fandoms[fandom].characters.values():
            for name in full_names(char):
                words = name.replace("-", " ").split()
                if len(words) < 2 or not all(w.isalpha() for w in words):
                    continue
                one = words[0].capitalize() + "".join(w.lower() for w in words[1:])
                if not kb.lookup(one, fandoms):
                    out.setdefault(one, char)
    return out


def _deletions(word: str) -> set[str]:
    """``word`` and each string one letter shorter: two words one edit apart (a letter changed, added, dropped or two
    swapped) share one of them."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class MisspeltNames:
    """The one-word names of the characters of ``fandoms`` (the words of :func:`full_names`: given names, surnames,
    one-word names), by their one-letter deletions, to find the character a misspelt form names."""

    def __init__(self, kb: FandomKB, fandoms: set[str]) -> None:
        self._kb = kb
        self._fandoms = fandoms
        self._by_deletion: dict[str, dict[str, dict[str, KBCharacter]]] = {}  # a deletion -> KB word -> its bearers
        self._by_vowels: dict[str, dict[str, KBCharacter]] = {}  # a word with short vowels -> its bearers
        self._by_given: dict[str, dict[str, KBCharacter]] = {}  # a given name -> its bearers
        for fandom in sorted(fandoms):
            for char in kb.fandoms[fandom].characters.values():
                for name in full_names(char):
                    words = name.split()
                    if len(words) > 1 and words[0].isalpha():
                        self._by_given.setdefault(words[0], {})[char.name] = char
                    for word in words:
                        if word.isalpha() and not kb.place_or_group(word):
                            self._by_vowels.setdefault(short_vowels(word), {})[char.name] = char
                        if len(word) >= MIN_MISSPELT - 1 and word.isalpha() and not kb.place_or_group(word):
                            for key in _deletions(word.lower()):
                                bearers = self._by_deletion.setdefault(key, {}).setdefault(word.lower(), {})
                                bearers[char.name] = char

    def possessive_slip(self, word: str) -> KBCharacter | None:
        """The one character of the fandoms named ``word`` + "s", the apostrophe of its possessive slipped inside
        the name ("Stile's lips" for Stiles' lips)."""
        hits = {h.character.name: h.character for h in self._kb.lookup(word + "s", self._fandoms)}
        return next(iter(hits.values())) if len(hits) == 1 and not word.endswith("s") else None

    def character(self, word: str) -> KBCharacter | None:
        """The one character of the fandoms whose one-word name ``word`` misspells by one letter, the first letter
        kept. None for a word shorter than MIN_MISSPELT letters, a name of some KB character or its plural (a
        family: "Malfoys"), a usual given name or a common English word ("Marian" is no misspelt "Marion"); nor
        for a name two characters share ("Dumbledor": Albus or Aberforth), nor a place or group of some fandom or
        its misspelling ("Slytherin", "Slytheirn": the house, not Salazar Slytherin)."""
        if (len(word) < MIN_MISSPELT or not word.isalpha() or self._kb.is_alias(word) or self._kb.place_or_group(word)
                or (word.endswith("s") and self._kb.is_alias(word[:-1]))
                or given_name_gender(word) is not None or is_common_word(word)):
            return None
        low = word.lower()
        found = {name: char for key in _deletions(low) for kb_word, bearers in self._by_deletion.get(key, {}).items()
                 if kb_word[0] == low[0] for name, char in bearers.items()}
        return next(iter(found.values())) if len(found) == 1 else None

    def romanised(self, word: str) -> KBCharacter | None:
        """The one character of the fandoms one of whose name words ``word`` writes with other long vowels ("Gojou"
        for Gojo Satoru, "Yuji" for Itadori Yuuji, "Hyuga" for Hyuuga); None where ``word`` has no long vowel to
        drop or gain (the spelling is then the KB's own or another name), is a KB name, place or group, or two
        characters share the word; nor for a usual given name or common English word ("Doug" is no "Dog")."""
        key = short_vowels(word)
        if (len(key) < MIN_ROMANISED or not word.isalpha() or self._kb.is_alias(word) or self._kb.place_or_group(word)
                or given_name_gender(word) is not None or is_common_word(word)):
            return None
        bearers = self._by_vowels.get(key, {})
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def diminutive(self, word: str) -> KBCharacter | None:
        """The one character of the fandoms whose given name ``word`` is an English diminutive of (nicknames.py's
        table: "Jen" for Jennifer, "Liz" for Elizabeth); None for a KB name or when two characters could be meant."""
        if self._kb.is_alias(word):
            return None
        found = {n: c for formal in formal_names(word) for n, c in self._by_given.get(formal, {}).items()}
        return next(iter(found.values())) if len(found) == 1 else None
