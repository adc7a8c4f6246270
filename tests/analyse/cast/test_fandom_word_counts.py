"""Fandom detection counts the text's words once, when a fandom's vocabulary is needed, with the same scores."""

from __future__ import annotations

from collections import Counter

from ficlens.analyse.cast.fandom import evidence, score_fandoms


def test_fandom_word_counts_are_counted_once_with_the_same_scores() -> None:
    asked: list[int] = []

    def words() -> Counter[str]:
        asked.append(1)
        return Counter({"emissary": 3, "failwolf": 2})

    names = {"Stiles": 20, "Derek": 15, "Scott": 5}
    assert score_fandoms(names, words) == score_fandoms(names, Counter({"emissary": 3, "failwolf": 2}))
    assert asked == [1] and evidence(names, words)["Teen Wolf (TV)"].vocab > 0  # the counts were read once


def test_word_counts_are_read_when_no_character_names_a_fandom() -> None:
    asked: list[int] = []

    def words() -> Counter[str]:
        asked.append(1)
        return Counter()

    assert score_fandoms({"John": 1, "Xyzzy": 4}, words) == [] and asked == [1]  # its vocabulary alone might
