"""The pre-filter's conditions on common prefixes: the trigger stops only where a pattern may match, and every
pattern's, group's and ``present`` answer is still exactly ``finditer``'s / ``search``'s."""

from __future__ import annotations

import re

import pytest

from ficlens.analyse.warnings import prefilter
from ficlens.analyse.warnings.age import ADULT_AGE, MINOR_CUES, read_age
from ficlens.analyse.warnings.prefilter import CueFinder, is_common

PATTERNS = [
    re.compile(r"\b(?:(?:his|her|its|the [\w']+'s) insides)\b"),  # common prefixes only
    re.compile(r"\b(?:(?:they|we|the \w+) (?:had|got) (?:his|her) (?:sister|brother)(?=[,.;!?]| and))\b"),
    re.compile(r"\b(?:the rope|knife)\b"),  # "the rope" is no common prefix: no condition
    re.compile(r"\b(?:(?<!not )war|wars)\b"),  # a look-behind inside the embedded pattern
    re.compile(r"\b(?:he (?:was|is) (\w+)teen)\b"),  # a capturing group: never embedded, still pre-filtered
]
TEXT = ("the cat's insides were fine; his insides and her insides. They had his sister, and the men got her "
        "brother. the rope, the knife, the war, not war, wars. he was sixteen, he is fifteen; she is ten. Its insides")


def _finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("prefix", "common"), [
    ("the ", True), ("his", True), ("he was", True), ("for the ", True), ("know", True), ("war", True),
    ("the rope", False), ("kidnap", False), ("insides", False),
])
def test_common_prefixes(prefix: str, common: bool) -> None:
    assert is_common(prefix) is common


def test_the_trigger_stops_only_where_a_pattern_may_match() -> None:
    finder = CueFinder(PATTERNS[:2], build_after=0)
    assert finder.trigger is not None
    text = "the cat sat on the mat and the dog ran to the house; his hat, her hat. the dog's insides"
    assert [m.start() for m in finder.trigger.finditer(text)] == [text.index("the dog's")]
    assert finder.spans(text) == [_finditer(p, text) for p in PATTERNS[:2]]


@pytest.mark.parametrize("text", [TEXT, TEXT.upper(), "his insides", "the " * 50, "", TEXT[40:], TEXT[:-7]])
def test_spans_groups_and_presence_are_finditer_s(text: str) -> None:
    group = re.compile(r"\b(?:(?:his|her|its|the [\w']+'s) insides|the rope|knife)\b")
    finder = CueFinder(PATTERNS, [(group, (0, 2))], build_after=0)
    assert finder.spans(text) == [_finditer(p, text) for p in PATTERNS]
    assert finder.group_spans(text) == [_finditer(group, text)]
    assert finder.present(text) == {k for k, p in enumerate(PATTERNS) if p.search(text)}
    if text == TEXT:
        assert all(finder.spans(text))  # every pattern matches somewhere: the comparison can fail


def test_a_pattern_with_groups_is_not_embedded_but_still_filtered() -> None:
    finder = CueFinder(PATTERNS, build_after=0)
    finder.build()
    assert 4 not in finder.plain
    assert finder.spans(TEXT)[4] == _finditer(PATTERNS[4], TEXT) != []


def test_the_text_regex_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> list[object]:
        raise RuntimeError("internal API changed")

    monkeypatch.setattr(prefilter, "_trie_tree", broken)
    finder = CueFinder(PATTERNS, build_after=0)
    assert finder.trigger is not None and finder.trigger.pattern is not None  # parsed from text
    assert finder.spans(TEXT) == [_finditer(p, TEXT) for p in PATTERNS]


AGES = "he was 25, she's sixteen, a 30-year-old. I am 19 and he is twelve; 7 days; they were 40-something"


def test_adult_ages_are_found_with_the_minor_cues() -> None:
    """The age reader scans the minor cues and ADULT_AGE in one pre-filtered pass: it finds what each finds alone."""
    assert len(_finditer(ADULT_AGE, AGES)) == 3
    for piece in [*AGES.split(", "), *AGES.split("; "), AGES]:
        read = read_age(piece)
        assert read.adult_stated == (ADULT_AGE.search(piece) is not None), piece
        stated_minor = _finditer(MINOR_CUES[0][0], piece)
        assert (read.spans[:1] == tuple(stated_minor[:1])) if stated_minor else not read.spans, piece
    assert read_age("he was 25.").adult_stated and not read_age("he was 2.").adult_stated
