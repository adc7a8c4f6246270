"""The shipped common-word list holds ordinary English words, not character names."""

from __future__ import annotations

from ficlens.knowledge.common_words import is_common_word


def test_common_words_are_known_whatever_their_capitals() -> None:
    assert all(is_common_word(w) for w in ("Even", "will", "HEAVY", "Thing", "Near", "Four"))


def test_names_are_not_common_words() -> None:
    assert not any(is_common_word(w) for w in ("Harry", "Naruto", "Sherlock", "Elizabeth", "Kakashi"))
