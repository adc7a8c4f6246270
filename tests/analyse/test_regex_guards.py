"""The speed guards of the cast's and pairings' regexes change no match.

Several patterns open with a lookahead naming the characters a match can start with ("(?=[abdfkor])"), which
lets the regex engine skip ahead; the same pattern without it must find exactly the same matches. Each module lists
its guarded patterns in ``GUARDED_PATTERNS``, and every guarded pattern in analyse/ is listed. The test text holds
every word written in each pattern in three casings, so a guard that leaves out a word's first letter fails.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import ficlens.analyse
from cast_helpers import names as named_characters
from ficlens.analyse import dialogue, relations
from ficlens.analyse.cast import author_notes, build, coref, names, narrator, reader, roles, stated_fandom

GUARD = re.compile(r"\(\?=\[[^\]]*\](?:he\[ \\t\]|\[[^\]]*\])?\)")
PROSE = ("The doctor said, 'Come here.' A/N: thanks for reading! Mr. Stilinski and the Sheriff met Lydia Martin. "
         "the Kudos, R&R and P.S. her boyfriend kissed his wife; best friends, brothers. ‘Hi,’ said Derek. "
         "'tis the (season) —'Oh' de la Cruz and Dr. Watson in the Hall. THE END.\n'Quoted' line\n"
         "her mother-in-law, Mrs.\nHerriton\n")

LEADING_GUARD = re.compile(r"^(?:\\b)?\(\?=\[")  # a pattern that opens with a guard ("\b(?=[", "(?=[")
GUARDED = [p for module in (author_notes, build, coref, names, narrator, reader, roles, relations, stated_fandom)
           for p in module.GUARDED_PATTERNS]


def _sample(pattern: str) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z']*", pattern)
    forms = [f for w in words for f in (w.lower(), w.capitalize(), w.upper())]
    return PROSE + " ".join(forms) + "\n" + ", ".join(f"the {w}" for w in forms) + ". " + PROSE


@pytest.mark.parametrize("guarded", GUARDED, ids=lambda p: p.pattern[:30])
def test_guard_changes_no_match(guarded: re.Pattern[str]) -> None:
    assert GUARD.search(guarded.pattern), "the pattern lost its guard: update this test"
    plain = re.compile(GUARD.sub("", guarded.pattern, count=1), guarded.flags)
    text = _sample(guarded.pattern)
    found = [m.span() for m in guarded.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found  # the sample exercises the pattern


def test_every_guarded_pattern_is_listed() -> None:
    listed = {id(p) for p in GUARDED}
    for info in pkgutil.walk_packages(ficlens.analyse.__path__, "ficlens.analyse."):
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, re.Pattern) and LEADING_GUARD.match(value.pattern):
                assert id(value) in listed, f"{info.name}.{name} opens with a guard: list it in GUARDED_PATTERNS"


def test_guard_catches_a_missing_letter() -> None:
    weakened = re.compile(r"\b(?=[a])(?:apple|banana)\b")
    plain = re.compile(GUARD.sub("", weakened.pattern, count=1))
    text = _sample(weakened.pattern)
    assert [m.span() for m in weakened.finditer(text)] != [m.span() for m in plain.finditer(text)]


def test_straight_single_opening_quote_as_before() -> None:
    before = re.compile(r"(?:^|(?<=[\s(\[—-]))'(?=\w)", re.MULTILINE)
    text = PROSE + "'a b'c (''d [' 'e —'f -'g x'h '\n'i\t'j 'k'"
    assert [m.span() for m in dialogue.STRAIGHT_SINGLE_OPEN.finditer(text)] == \
        [m.span() for m in before.finditer(text)]


@pytest.mark.parametrize("text", ["the Mortimers came", "bathe Mortimers", "several \t Mortimers.", "The Mortimersx",
                                  "both\nMortimers", "Mortimers", "all Mortimers_", "those  Mortimers'",
                                  "xthe Mortimers"])
def test_family_plural_scan_as_the_regex(text: str) -> None:
    """The cast's scan for a family plural after "the" or a quantifier (a walk over the word's occurrences) decides
    as this regex: "Mortimers" beside "Dr. Mortimer" is nobody exactly where the regex matches."""
    regex = r"\b(?:[Tt]he|several|both|two|three|many|all|other|those|these)[ \t]+Mortimers\b"
    story = "Dr. Mortimer came. Mortimer sat. Then Mortimers laughed, and Mortimers sang. Mortimers went home. "
    assert ("Mortimers" not in named_characters(story + text + " once.")) == (re.search(regex, text) is not None)
