"""Forms the KB does not hold that a text writes for a character of its detected fandom: a name of two or more words
written as one ("Applebloom" for Apple Bloom), a one-word name misspelt by one letter ("Cadence" for Princess
Cadance, "Hermoine" for Hermione) and a name ending in "s" whose possessive slipped its apostrophe ("Stile's"). Built
once per cast from the detected fandoms' characters."""

from __future__ import annotations

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.knowledge import KBCharacter
from ficlens.knowledge.common_words import is_common_word
from ficlens.knowledge.fandom_kb import FandomKB, full_names

MIN_MISSPELT = 6  # letters of a one-word form read as a misspelt KB name: shorter names differ by a letter too often


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
        for fandom in sorted(fandoms):
            for char in kb.fandoms[fandom].characters.values():
                for name in full_names(char):
                    for word in name.split():
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
