"""The literal pre-filter must find exactly what ``finditer`` finds, for every lexicon and on tricky text."""

from __future__ import annotations

import re

import pytest

from ficlens.analyse.warnings.aggregate import cue_finder
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.lexicon import LEXICONS, normalize
from ficlens.analyse.warnings.prefilter import CueFinder, literal_prefixes, trie_regex

TEXT = normalize(
    "He punched him. She kicked him; the knife slid into his ribs. Blood, bloodied, bleeding out. Unkilled "
    "killers killed. Her wrists, his wrists-- self-harm, selfharm. He'd been kidnapped, held him captive for "
    "ransom. They were at war, the battle raged; soldiers deployed. She was pregnant, gave birth; a miscarriage. "
    "Panic attacks, anxiety. He was sixteen and they had sex. No, please. Didn't consent. Dead tired, not dead. "
    "the other there where his her him my no so too for go can could did am don't doesn't.\n"
    "Suicidal, wanted to die, better off dead. Fag, homophobic. Retarded. Trailer trash. Bitch. Fatso.\n"
    "He snatched her away; she snatched her skirts; he was snatched. They tied him up, bound and gagged, gagged "
    "him; he gagged. You fucking queer, a queer garden. Just a woman, a woman. Hurting himself again, hurt "
    "himself. Kicked it, kicked him, beat you, shot him a look.")


def _finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_literal_prefixes_read_word_prefixes() -> None:
    assert literal_prefixes(r"\b(?:punch(?:ed|es)?|kick(?:ed)? him|(?:his|her) wrists?)\b") == {
        "punch", "kicked", "kick him", "his wrist", "her wrist"}  # prefixes run on over literal spaces
    assert literal_prefixes(r"\b(?:self[- ]harm)\b") == {"self-harm", "self harm"}


def test_literal_prefixes_of_short_and_optional_starts() -> None:
    assert literal_prefixes(r"\b(?:a (?:cut|knife))\b") == {"a cut", "a knife"}
    assert literal_prefixes(r"\b(?:a \w+ knife)\b") == {"a "}  # literal up to the category
    assert literal_prefixes(r"\b(?:(?:very )?cut)\b") == {"very ", "cut"}


def test_literal_prefixes_give_up_when_unreadable() -> None:
    assert literal_prefixes(r"\b(?:\w+ing|cut)\b") is None  # a category first
    assert literal_prefixes(r"\b(?:-cut|cut)\b") is None  # a non-word character first
    assert literal_prefixes(r"\bcut|knife") is None  # not anchored as a whole: "knife" may match mid-word
    assert literal_prefixes(r"(?:cut|knife)\b") is None


def test_trie_regex_matches_the_longest_word_present() -> None:
    rx = re.compile(trie_regex({"he", "her", "hers", "him"}))
    assert rx.match("hers").group() == "hers"
    assert rx.match("herd").group() == "her"
    assert rx.match("hex").group() == "he"
    assert rx.match("hat") is None


@pytest.mark.parametrize("label", LABELS)
def test_every_lexicon_matches_as_finditer(label: str) -> None:
    pattern = LEXICONS[label].any_cue
    spans = cue_finder().spans(TEXT)[LABELS.index(label)]
    assert spans == _finditer(pattern, TEXT)


def test_overlapping_and_mid_word_prefixes() -> None:
    patterns = [re.compile(r"\b(?:her wrists?|he)\b"), re.compile(r"\b(?:there|the other)\b"),
                re.compile(r"\b(?:other|others)\b")]
    text = "the other there where other her wrist he hers theirs"
    found = CueFinder(patterns).spans(text)
    assert found == [_finditer(p, text) for p in patterns]
    assert found[0]  # it can fail: something was found


def test_unfilterable_patterns_fall_back_to_finditer() -> None:
    patterns = [re.compile(r"\b(?:\w+ed him)\b"), re.compile(r"(?:cut)"), re.compile(r"\bhim|cut")]
    finder = CueFinder(patterns)
    assert finder.trigger is None
    text = "he kicked him and cut it; shortcut"
    assert finder.spans(text) == [_finditer(p, text) for p in patterns]
