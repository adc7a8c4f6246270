"""A pre-filter read back from the store (built by an earlier process) finds exactly what a fresh build and plain
``finditer`` find; lazily compiled cues handed their stored code match as compiled ones; a bad store is rebuilt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ficlens.analyse.warnings import prefilter_store
from ficlens.analyse.warnings.cue_scan import LexiconScan
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.lexicon import LEXICONS, LazyPattern, compile_lexicon, normalize
from ficlens.analyse.warnings.prefilter import CueFinder

TEXT = normalize("He punched him and kicked him. The knife slid in; her wrists bled. Her wrist, the her wrists. "
                 "He was punching the wall, then the rope, the other rope.")
SOURCES = [r"\b(?:punch\w*|kick(?:ed)? him)\b", r"\b(?:the knife)\b", r"\b(?:her)\b", r"\b(?:her wrists?)\b",
           r"\b(?:the rope)\b", r"\b(?:wall)\b"]


def _finditer(pattern: re.Pattern[str] | LazyPattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _finder(build_after: int = 0) -> CueFinder:
    """A finder over fresh lazy patterns (none compiled yet) with two groups given by their members."""
    patterns = [LazyPattern(source) for source in SOURCES]
    groups = [(LazyPattern(r"\b(?:her wrists?|her)\b"), [3, 2]), (LazyPattern(r"\b(?:the knife|the rope)\b"), [1, 4])]
    return CueFinder(patterns, groups, build_after, store="test")  # type: ignore[arg-type]


def _expected() -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    plain = [re.compile(source) for source in SOURCES]
    groups = [re.compile(r"\b(?:her wrists?|her)\b"), re.compile(r"\b(?:the knife|the rope)\b")]
    return [_finditer(p, TEXT) for p in plain], [_finditer(g, TEXT) for g in groups]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(prefilter_store.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_a_stored_prefilter_finds_what_finditer_finds(cache: Path) -> None:
    first = _finder()
    first.build()
    assert not first.loaded and len(list(cache.glob("test-*.bin"))) == 1  # built, then kept
    again = _finder()
    spans, group_spans = _expected()
    assert again.spans(TEXT) == spans and again.group_spans(TEXT) == group_spans
    assert again.loaded  # read back, not built
    assert again.present(TEXT) == {k for k, found in enumerate(spans) if found}
    assert group_spans[0][0] == (TEXT.index("her wrists"), TEXT.index("her wrists") + len("her wrists"))


def test_lazy_patterns_are_handed_their_stored_code_and_match_as_compiled(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _finder().build()
    again = _finder()

    real_compile = re.compile

    def no_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        if pattern:  # "" is what LazyPattern.flags asks re for: the flags re.compile adds
            raise AssertionError("a stored pattern was compiled again")
        return real_compile(pattern, flags)

    monkeypatch.setattr(re, "compile", no_compile)
    again.build()
    monkeypatch.undo()
    assert again.loaded
    spans, _groups = _expected()
    assert [_finditer(p, TEXT) for p in again.patterns] == spans  # each pattern on its own, as compiled
    assert [p.pattern for p in again.patterns] == SOURCES


def test_a_damaged_or_foreign_store_is_rebuilt(cache: Path) -> None:
    _finder().build()
    (stored,) = cache.glob("test-*.bin")
    stored.write_bytes(stored.read_bytes()[:1000])  # cut short
    damaged = _finder()
    spans, group_spans = _expected()
    assert damaged.spans(TEXT) == spans and damaged.group_spans(TEXT) == group_spans
    assert not damaged.loaded
    other = CueFinder([re.compile(r"\b(?:wall)\b")], build_after=0, store="test")  # another key: its own entry
    other.build()
    assert not other.loaded and len(list(cache.glob("test-*.bin"))) == 2


def test_an_empty_cache_setting_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(prefilter_store.CACHE_ENV, "")
    assert prefilter_store.cache_dir() is None
    finder = _finder()
    spans, _groups = _expected()
    assert finder.spans(TEXT) == spans and not finder.loaded
    assert not list(tmp_path.iterdir())


def test_the_key_holds_everything_the_build_reads() -> None:
    assert prefilter_store.key_of(["a", "b"]) == prefilter_store.key_of(["a", "b"])
    assert prefilter_store.key_of(["a", "b"]) != prefilter_store.key_of(["ab"])  # parts are kept apart
    assert _finder()._store_key() != CueFinder([LazyPattern(r"\b(?:wall)\b")])._store_key()  # type: ignore[list-item]


def test_every_lexicon_from_the_store_matches_as_finditer(cache: Path) -> None:
    lexicons = [compile_lexicon(label) for label in LABELS]  # fresh lazy cues, none compiled
    LexiconScan(lexicons, build_after=0, store="lexicons").finder.build()
    lexicons = [compile_lexicon(label) for label in LABELS]
    scan = LexiconScan(lexicons, build_after=0, store="lexicons")
    found = scan.label_spans(TEXT)
    assert scan.finder.loaded
    assert found == [_finditer(LEXICONS[label].any_cue, TEXT) for label in LABELS]
    assert any(found) and not all(found)
    present = scan.present_cues(TEXT)
    for lexicon in lexicons:
        assert present.get(lexicon.label, ()) == tuple(c for c in lexicon.cues if c.pattern.search(TEXT))


def test_lazy_flags_are_read_without_compiling() -> None:
    lazy = LazyPattern(r"\b(?:wall)\b")
    assert lazy.flags == re.compile(r"\b(?:wall)\b").flags and lazy._compiled is None
    assert LazyPattern(r"(?i)wall").flags == re.compile(r"(?i)wall").flags  # inline flags: compiled to tell


def test_adopt_takes_only_the_same_pattern() -> None:
    lazy = LazyPattern(r"\b(?:wall)\b")
    with pytest.raises(ValueError, match="not the compiled form"):
        lazy.adopt(re.compile(r"\b(?:rope)\b"))
    compiled = re.compile(r"\b(?:wall)\b")
    lazy.adopt(compiled)
    assert lazy.match == compiled.match and _finditer(lazy, TEXT) == _finditer(compiled, TEXT)


def test_no_home_folder_means_no_store(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(prefilter_store.CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert prefilter_store.cache_dir() is None
    assert prefilter_store.load("prefilter", "k") is None
    assert not prefilter_store.save("prefilter", "k", {"x": 1})
