"""Speed round 2: work done only when needed gives the same results (lazy ``any_cue`` patterns, per-format reader
imports, the archive warnings' names pattern, the fandom vocabulary's word counts, tag subjects read once)."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from ficlens.analyse.cast.fandom import evidence, score_fandoms
from ficlens.analyse.cast.roles import find_roles, tag_subjects
from ficlens.analyse.dialogue import find_quotes
from ficlens.analyse.warnings import archive
from ficlens.analyse.warnings.lexicon import LEXICONS, LazyPattern
from ficlens.nlp import build_document
from ficlens.report import Character
from ficlens.work import Work
from repo_paths import SRC

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


def test_lazy_pattern_compiles_on_first_use_then_binds_the_compiled_methods() -> None:
    lazy = LazyPattern(r"\b(?:wall)\b")
    assert lazy._compiled is None
    lazy.search(TEXT)
    compiled = lazy._compiled
    assert compiled is not None and lazy.match == compiled.match and lazy.finditer == compiled.finditer


def test_lazy_pattern_pickles() -> None:
    again = pickle.loads(pickle.dumps(LazyPattern(r"\b(?:wall)\b")))
    assert isinstance(again, LazyPattern) and _spans(again, TEXT) == [(15, 19)]


def test_any_cue_of_every_label_is_lazy_and_the_alternation_of_its_cues() -> None:
    for lexicon in LEXICONS.values():
        assert isinstance(lexicon.any_cue, LazyPattern)
        inner = "|".join(cue.pattern.pattern[len(r"\b(?:"):-len(r")\b")] for cue in lexicon.cues)
        assert lexicon.any_cue.pattern == r"\b(?:" + inner + r")\b"


def test_a_text_work_imports_no_epub_or_html_reader(tmp_path: Path) -> None:
    work = tmp_path / "one.txt"
    work.write_text("Derek looked at Stiles.\n", encoding="utf-8")
    code = ("import sys\n"
            "from ficlens.ingest import read\n"
            f"works = list(read({str(work)!r}))\n"
            "heavy = ('lxml', 'charset_normalizer', 'ficlens.ingest.epub', 'ficlens.ingest.html')\n"
            "print(len(works), works[0].text.strip(), sorted(m for m in sys.modules if m.startswith(heavy)))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert proc.stdout.split(maxsplit=1) == ["1", "Derek looked at Stiles. []\n"]


def test_an_html_work_still_reads(tmp_path: Path) -> None:
    from ficlens.ingest import read

    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Derek looked at Stiles.</p></body></html>", encoding="utf-8")
    works = list(read(page))
    assert len(works) == 1 and "Derek looked at Stiles." in works[0].text


def test_no_names_pattern_without_a_depicted_death(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tom heard that his grandfather had died years ago."
    doc = build_document(Work(text=text, source="t.txt", format="text"), "fast")

    def no_compile(*_args: object) -> re.Pattern[str]:
        raise AssertionError("compiled a names pattern for no depicted death")

    monkeypatch.setattr(archive.re, "compile", no_compile)
    assert archive.major_character_death(doc, [], [Character(name="Tom", mentions=3)]) is None


def test_fandom_word_counts_are_counted_only_when_a_fandom_needs_them() -> None:
    asked: list[int] = []

    def words() -> Counter[str]:
        asked.append(1)
        return Counter({"emissary": 3, "failwolf": 2})

    assert score_fandoms({"John": 3}, words) == [] and not asked
    names = {"Stiles": 20, "Derek": 15, "Scott": 5}
    assert score_fandoms(names, words) == score_fandoms(names, Counter({"emissary": 3, "failwolf": 2}))
    assert asked and evidence(names, words)["Teen Wolf (TV)"].vocab > 0  # the counts were read


def test_find_roles_given_the_tag_subjects_finds_the_same() -> None:
    text = ("\u201cCome in,\u201d said the old man.\n\n\u201cWho is there?\u201d cried one of the women.\n\n"
            "The old man rose. The old man smiled. The old man went to the door.\n")
    work = Work(text=text, source="t.txt", format="text")
    doc = build_document(work, "fast")
    quotes = find_quotes(text, doc.paragraphs)
    ends, starts = [q.end for q in quotes], [q.start for q in quotes]
    subjects = tag_subjects(text, ends, starts)
    assert subjects  # "cried one of the women": the test can fail
    found = find_roles(text, set(), ends, starts, set(), lambda _pos: False)
    assert found and find_roles(text, set(), ends, starts, set(), lambda _pos: False, subjects) == found
