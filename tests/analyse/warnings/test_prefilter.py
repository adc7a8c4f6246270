"""The literal pre-filter must find exactly what ``finditer`` finds, for every lexicon and on tricky text."""

from __future__ import annotations

import dataclasses
import re

import pytest

from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.cue_scan import LexiconScan, evidence_reader, is_alternation_of_cues
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
        "punch", "kicked him", "kick him", "his wrist", "her wrist"}  # prefixes run on over literal spaces
    assert literal_prefixes(r"\b(?:self[- ]harm)\b") == {"self-harm", "self harm"}


def test_literal_prefixes_of_short_and_optional_starts() -> None:
    assert literal_prefixes(r"\b(?:a (?:cut|knife))\b") == {"a cut", "a knife"}
    assert literal_prefixes(r"\b(?:a \w+ knife)\b") == {"a "}  # literal up to the category
    assert literal_prefixes(r"\b(?:(?:very )?cut)\b") == {"very cut", "cut"}  # not every "very"
    assert literal_prefixes(r"\b(?:(?:the )?first time he \w+)\b") == {"the first time he ", "first time he "}
    assert literal_prefixes(r"\b(?:(?:in|inside) the garage)\b") == {"in the garage", "inside the garage"}
    assert literal_prefixes(r"\b(?:(?:\w+ )?cut)\b") is None  # the optional part is no literal
    assert literal_prefixes(r"\b(?:(?:very )*cut)\b") == {"very ", "cut"}  # repeated: "very very cut"


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


@pytest.fixture(scope="module")
def scan() -> LexiconScan:
    """Every lexicon behind a pre-filter built at once (the shipped one waits until texts are long)."""
    built = LexiconScan([LEXICONS[label] for label in LABELS], build_after=0)
    assert built.finder.trigger is not None
    return built


@pytest.mark.parametrize("label", LABELS)
def test_every_lexicon_matches_as_finditer(label: str, scan: LexiconScan) -> None:
    pattern = LEXICONS[label].any_cue
    assert is_alternation_of_cues(LEXICONS[label])  # so the shared pass, not a plain finditer, is what is tested
    assert scan.label_spans(TEXT)[LABELS.index(label)] == _finditer(pattern, TEXT)
    plain = LexiconScan([LEXICONS[label]])  # a short text on a fresh scan: plain finditer, not yet built
    assert plain.label_spans(TEXT) == [_finditer(pattern, TEXT)]
    assert not plain.finder.built


@pytest.mark.parametrize("label", LABELS)
def test_present_cues_keep_what_search_finds(label: str, scan: LexiconScan) -> None:
    lexicon = LEXICONS[label]
    expected = tuple(cue for cue in lexicon.cues if cue.pattern.search(TEXT))
    assert scan.present_cues(TEXT).get(label, ()) == expected


def test_evidence_reader_gives_read_cues_evidence() -> None:
    evidence = evidence_reader(TEXT)
    found = [evidence(label) for label in LABELS]
    assert found == [read_cues(TEXT, LEXICONS[label], normalized=True) for label in LABELS]
    assert any(f.hits for f in found) and not all(f.hits for f in found)  # it can fail both ways


def test_any_cue_that_is_not_the_alternation_of_its_cues_is_scanned_plainly() -> None:
    lexicon = LEXICONS["violence"]
    odd = dataclasses.replace(lexicon, any_cue=re.compile(r"\b(?:punch\w*)\b"))
    assert not is_alternation_of_cues(odd)
    scan = LexiconScan([odd, lexicon], build_after=0)
    assert scan.label_spans(TEXT) == [_finditer(odd.any_cue, TEXT), _finditer(lexicon.any_cue, TEXT)]


def test_groups_match_as_their_own_finditer() -> None:
    members = [re.compile(r"\b(?:her)\b"), re.compile(r"\b(?:her wrists?)\b"), re.compile(r"\b(?:the)\b")]
    text = "her wrist, the her wrists"
    groups = [(re.compile(r"\b(?:her|her wrists?)\b"), [0, 1]), (re.compile(r"\b(?:her wrists?|her)\b"), []),
              (re.compile(r"\b(?:the)\b"), [2])]
    finder = CueFinder(members, groups, build_after=0)
    assert finder.group_spans(text) == [_finditer(p, text) for p, _members in groups]
    assert finder.group_spans(text)[0] == [(0, 3), (15, 18)]
    assert finder.group_spans(text)[1] == [(0, 9), (15, 25)]  # no members given: its own finditer
    assert finder.present(text) == {0, 1, 2}
    assert finder.present("a wrist, the") == {2}


def test_prefilter_is_built_only_once_plain_scans_have_cost_enough() -> None:
    patterns = [re.compile(r"\b(?:punch\w*|kick(?:ed)? him)\b"), re.compile(r"\b(?:the knife)\b")]
    finder = CueFinder(patterns, build_after=2 * 100)  # two patterns x 100 characters
    short = "He kicked him with the knife."
    assert finder.spans(short) == [_finditer(p, short) for p in patterns]
    assert not finder.built
    long = short * 4
    assert finder.spans(long) == [_finditer(p, long) for p in patterns]
    assert finder.built


def test_overlapping_and_mid_word_prefixes() -> None:
    patterns = [re.compile(r"\b(?:her wrists?|he)\b"), re.compile(r"\b(?:there|the other)\b"),
                re.compile(r"\b(?:other|others)\b")]
    text = "the other there where other her wrist he hers theirs"
    found = CueFinder(patterns, build_after=0).spans(text)
    assert found == [_finditer(p, text) for p in patterns]
    assert found[0]  # it can fail: something was found


def test_unfilterable_patterns_fall_back_to_finditer() -> None:
    patterns = [re.compile(r"\b(?:\w+ed him)\b"), re.compile(r"(?:cut)"), re.compile(r"\bhim|cut")]
    finder = CueFinder(patterns, build_after=0)
    assert finder.trigger is None
    text = "he kicked him and cut it; shortcut"
    assert finder.spans(text) == [_finditer(p, text) for p in patterns]

