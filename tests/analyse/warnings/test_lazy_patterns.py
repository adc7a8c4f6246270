"""Warnings' patterns compiled only when needed give the same results: the lexicons' lazy ``any_cue`` patterns,
and the archive warnings' pattern of character names, compiled only for a depicted death."""

from __future__ import annotations

import pickle
import re

import pytest

from ficlens.analyse.warnings import archive
from ficlens.analyse.warnings.lexicon import LEXICONS, LazyPattern
from ficlens.nlp import build_document
from ficlens.report import Character
from ficlens.work import Work

TEXT = "He punched the wall. Punches flew; she was punching back, and the puncher fled."


def _spans(pattern: re.Pattern[str] | LazyPattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_lazy_pattern_matches_as_the_compiled_one() -> None:
    source = r"\b(?:punch\w*|wall)\b"
    lazy, plain = LazyPattern(source), re.compile(source)
    assert lazy.pattern == plain.pattern
    assert _spans(lazy, TEXT) == _spans(plain, TEXT) and _spans(lazy, TEXT)  # non-empty: the test can fail
    found, expected = lazy.search(TEXT, 30), plain.search(TEXT, 30)
    assert found is not None and expected is not None and found.span() == expected.span()
    assert lazy.match(TEXT, 3) is not None and lazy.match(TEXT, 0) is None
    assert lazy.flags == plain.flags  # re.compile adds re.UNICODE: the lazy one reports the same
    assert lazy == plain and hash(lazy) == hash(LazyPattern(source))


def test_lazy_pattern_compiles_on_first_use_then_binds_the_compiled_methods(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[re.Pattern[str]] = []
    real_compile = re.compile

    def compile_and_count(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(real_compile(pattern, flags))
        return compiled[-1]

    monkeypatch.setattr(re, "compile", compile_and_count)
    lazy = LazyPattern(r"\b(?:wall)\b")
    assert lazy.pattern == r"\b(?:wall)\b" and not compiled  # reading the source compiles nothing
    lazy.search(TEXT)
    lazy.finditer(TEXT)
    assert len(compiled) == 1
    assert lazy.match == compiled[0].match and lazy.finditer == compiled[0].finditer


def test_lazy_pattern_pickles() -> None:
    again = pickle.loads(pickle.dumps(LazyPattern(r"\b(?:wall)\b")))
    assert isinstance(again, LazyPattern) and _spans(again, TEXT) == [(15, 19)]


def test_any_cue_of_every_label_is_lazy_and_the_alternation_of_its_cues() -> None:
    for lexicon in LEXICONS.values():
        assert isinstance(lexicon.any_cue, LazyPattern)
        inner = "|".join(cue.pattern.pattern[len(r"\b(?:"):-len(r")\b")] for cue in lexicon.cues)
        assert lexicon.any_cue.pattern == r"\b(?:" + inner + r")\b"






def test_no_names_pattern_without_a_depicted_death(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tom heard that his grandfather had died years ago."
    doc = build_document(Work(text=text, source="t.txt", format="text"), "fast")

    def no_compile(*_args: object) -> re.Pattern[str]:
        raise AssertionError("compiled a names pattern for no depicted death")

    monkeypatch.setattr(archive.re, "compile", no_compile)
    assert archive.major_character_death(doc, [], [Character(name="Tom", mentions=3)]) is None
