"""Regular expressions that backtracked super-linearly on hostile text match in linear time, and match as before.

Each hostile input runs in a child process with far more time than the linear match needs (a regex match cannot be
interrupted from inside the process); the quadratic forms took minutes to hours on these sizes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ficlens.ingest.calibre import calibre_book_id
from ficlens.ingest.epub import CREATOR_SEPARATOR
from ficlens.ingest.flatten import flatten
from ficlens.ingest.work_facts import fanficfare_meta
from ficlens.knowledge.fandom_kb import bare_name
from ficlens.library.filters import TagFilter
from ficlens.library.tags import lookup_keys, relationship_key

CHILD_TIMEOUT_S = 60


def _child(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
                          check=True)
    return done.stdout.strip()


def test_a_long_unclosed_tag_name_is_flattened_without_backtracking() -> None:
    # the tag name and the attributes both matched letters: every split of "<abbb…" was tried (quadratic)
    code = "from ficlens.ingest.flatten import flatten; t = '<a' + 'b' * 500_000 + ' x'; print(flatten(t) == t)"
    assert _child(code) == "True"


def test_flattening_still_turns_block_tags_into_paragraphs_and_drops_layout_tags() -> None:
    markup = '<html><body><div class="x"><span lang=en>Hi</span></div><svg:svg><rect/></svg:svg><br/></body></html>'
    assert flatten(markup) == '<html><body><p>Hi</p><svg:svg></svg:svg><br/></body></html>'


# -- a run of spaces before what the pattern looks for: each was scanned again from every one of its characters -------

SPACES = "' ' * 500_000"


@pytest.mark.parametrize(("code", "expected"), [
    pytest.param(f"from ficlens.library.tags import lookup_keys; print(len(lookup_keys('a' + {SPACES} + 'b')))",
                 "1", id="disambiguator"),
    pytest.param(f"from ficlens.library.tags import relationship_key; print(relationship_key('a' + {SPACES} + 'b'))",
                 "None", id="relationship separator"),
    pytest.param(f"from ficlens.knowledge.fandom_kb import bare_name; print(len(bare_name('a' + {SPACES} + 'b')))",
                 "500002", id="fandom qualifier"),
    pytest.param(f"from ficlens.ingest.epub import CREATOR_SEPARATOR; print(len(CREATOR_SEPARATOR.split("
                 f"'a' + {SPACES} + 'b')))", "1", id="epub creators"),
    pytest.param(f"from ficlens.ingest.work_facts import fanficfare_meta; "
                 f"print(len(fanficfare_meta({{'series': 'a' + {SPACES} + 'b'}}).series))", "1",
                 id="fanficfare series"),
])
def test_a_long_run_of_spaces_is_matched_without_backtracking(code: str, expected: str) -> None:
    assert _child(code) == expected


def test_the_disambiguator_and_relationship_separators_are_still_found() -> None:
    assert lookup_keys("Teen Wolf  (TV) ") >= {"teen wolf"}
    assert relationship_key("Derek Hale / Stiles Stilinski") == "derek hale/stiles stilinski"
    assert relationship_key("Harry Potter &  Ron Weasley") == "harry potter&ron weasley"
    assert relationship_key("A /\n& B") == "a/b"  # a separator right after the run another one took


def test_a_fandom_qualifier_is_still_dropped() -> None:
    assert bare_name("  Crowley   (Good Omens) ") == "Crowley"
    assert bare_name("Aziraphale") == "Aziraphale"


def test_epub_creators_are_still_split_at_commas_and_ampersands() -> None:
    assert CREATOR_SEPARATOR.split("a, b & c  &  d,e") == ["a", "b", "c", "d", "e"]
    assert CREATOR_SEPARATOR.split("Tom&Jerry") == ["Tom&Jerry"]


def test_a_fanficfare_series_number_is_still_read() -> None:
    for series, expected in (("Hale Pack  [2] ", "Hale Pack (part 2)"), ("Plain [x]", "Plain [x]"),
                             ("[3]", " (part 3)")):
        meta = fanficfare_meta({"series": series})
        assert meta is not None and meta.series == [expected]


# -- a reader's wildcard filter: a regex of ".*" runs tried every placement of every part ----------------------------


def test_a_filter_with_many_wildcards_fails_on_a_long_title_without_backtracking() -> None:
    code = ("from ficlens.library.filters import TagFilter; "
            "print(TagFilter.parse('title:a*a*a*a*a*a*a*a*b').matches_work('a' * 300, ['a' * 300]))")
    assert _child(code) == "None"


def test_wildcards_still_match_any_characters_in_order() -> None:
    title = "Harry  Potter and the Cursed Fic"
    assert TagFilter.parse("title:harry*potter*").matches_work(title, []) == title
    assert TagFilter.parse("title:*cursed*").matches_work(title, []) == title
    assert TagFilter.parse("title:*cursed").matches_work(title, []) is None  # the last part ends the name
    assert TagFilter.parse("title:potter*harry*").matches_work(title, []) is None  # parts in order
    assert TagFilter.parse("author:a*b").matches_work(None, ["x", "A-b", "acb"]) == "A-b"
    assert TagFilter.parse("author:ab*ba").matches_work(None, ["aba"]) is None  # the parts may not overlap


# -- calibre's metadata.opf: each unclosed <dc:identifier was scanned to the end of the file ------------------------


def test_an_opf_of_unclosed_identifiers_is_searched_without_backtracking(tmp_path: Path) -> None:
    (tmp_path / "metadata.opf").write_text("<dc:identifier " * 70_000, encoding="utf-8")
    code = f"from ficlens.ingest.calibre import calibre_book_id; print(calibre_book_id({str(tmp_path / 'b.epub')!r}))"
    assert _child(code) == "None"


def test_the_calibre_id_is_still_read_from_metadata_opf(tmp_path: Path) -> None:
    (tmp_path / "metadata.opf").write_text(
        '<metadata><dc:identifier opf:scheme="uuid">7f3a</dc:identifier>\n'
        '<dc:identifier opf:scheme="calibre" id="calibre_id"> 42 </dc:identifier></metadata>', encoding="utf-8")
    assert calibre_book_id(tmp_path / "b.epub") == 42


def test_an_age_cues_article_check_reads_a_long_word_run_without_backtracking() -> None:
    # the article check before a minor-age cue is searched over the cue's sentence, which has no length limit
    code = ("from ficlens.analyse.warnings import age; "
            "print(age._INDEFINITE.search('a' * 500_000 + ' '), age._INDEFINITE.search('met a kid, ') is not None)")
    assert _child(code) == "None True"
