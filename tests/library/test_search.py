"""Search: FTS5 text search plus AO3's tag-filter semantics, the "chose not to warn" rule, and ``why``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ficlens.library import Hit, Library, search
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.library.search import TagFilter, fts_query
from ficlens.library.tags import canonical_key, lookup_keys, relationship_key
from ficlens.work import AuthorTags

CNTW = "Creator Chose Not To Use Archive Warnings"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    specs = [
        SampleSpec(title="Moonlit", paragraphs=["The wolf howled at the moon over Beacon Hills."], rating="T",
                   summary="Stiles finds a lighthouse.",
                   fandoms=["Teen Wolf (TV)"], characters=[("Stiles Stilinski", ["Stiles"])],
                   relationships=["Derek Hale/Stiles Stilinski"]),
        SampleSpec(title="Knives", paragraphs=[WarnedPassage("The knife went in deep.", "violence", "graphic")],
                   rating="M", archive_warnings=["Graphic Depictions Of Violence"], fandoms=["Teen Wolf (TV)"],
                   characters=[("Derek Hale", ["Derek"])]),
        SampleSpec(title="Opted out, read", paragraphs=["A gentle story about tea and the moon."], rating="G",
                   author_tags=AuthorTags(archive_warnings=[CNTW], rating=["Not Rated"])),
        SampleSpec(title="Opted out, death found",
                   paragraphs=[WarnedPassage("Scott died on the floor.", "death", "depicted")], rating="T",
                   archive_warnings=["Major Character Death"],
                   author_tags=AuthorTags(archive_warnings=["Choose Not To Use Archive Warnings"])),
        SampleSpec(title="Author says explicit", paragraphs=["Nothing here but the moon."], rating="G",
                   author_tags=AuthorTags(rating=["Explicit"], archive_warnings=["Underage Sex"],
                                          characters=["Natasha Romanov | Natalia Romanova"])),
    ]
    for spec in specs:
        library.add(*build(spec), "full")
    raw = SampleSpec(title="Opted out, unread", paragraphs=["Unread moon words."],
                     author_tags=AuthorTags(archive_warnings=[CNTW]))
    library.add(*build(raw), None)
    yield library
    library.close()


def titles(hits: list[Hit]) -> list[str]:
    return sorted(h.row.display_title for h in hits)


def test_no_filters_lists_every_work_and_says_so(lib: Library) -> None:
    result = search(lib)
    assert len(result.hits) == 6 and not result.removed
    assert all(h.why == ["no query or filters: every work"] for h in result.hits)


def test_full_text_search_over_title_summary_and_text(lib: Library) -> None:
    assert titles(search(lib, "wolf").hits) == ["Moonlit"]
    assert titles(search(lib, "knives").hits) == ["Knives"]  # the title
    assert titles(search(lib, "lighthouse").hits) == ["Moonlit"]  # the work's own summary
    assert titles(search(lib, "moon tea").hits) == ["Opted out, read"]  # every word must occur
    assert titles(search(lib, "gent*").hits) == ["Opted out, read"]  # prefix
    assert search(lib, "wolf").hits[0].why[0] == "full text matches 'wolf'"


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "col:umn", "(", "*", "NEAR(", "a' OR 1=1 --"])
def test_hostile_queries_never_raise(lib: Library, query: str) -> None:
    search(lib, query)


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('wolf "moon') == '"wolf" "moon"'
    assert fts_query("gent*") == '"gent"*'
    assert fts_query("   ") is None


def test_includes_combine_with_and(lib: Library) -> None:
    assert titles(search(lib, include=["Teen Wolf (TV)"]).hits) == ["Knives", "Moonlit"]
    assert titles(search(lib, include=["Teen Wolf (TV)", "Derek Hale"]).hits) == ["Knives"]
    assert search(lib, include=["Teen Wolf (TV)", "nobody at all"]).hits == []


def test_tags_match_case_insensitively_and_by_canonical_name(lib: Library) -> None:
    assert titles(search(lib, include=["teen wolf"]).hits) == ["Knives", "Moonlit"]  # no disambiguator
    assert titles(search(lib, include=["stiles"]).hits) == ["Moonlit"]  # an alias
    assert titles(search(lib, include=["Stiles Stilinski/Derek Hale"]).hits) == ["Moonlit"]  # either order
    assert titles(search(lib, include=["m"]).hits) == ["Knives"]  # rating letter
    assert titles(search(lib, include=["rating:Mature"]).hits) == ["Knives"]
    assert titles(search(lib, include=["VIOLENCE"]).hits) == ["Knives"]
    assert titles(search(lib, include=["graphic depictions of violence"]).hits) == ["Knives"]


def test_ao3_alternate_names_of_a_character_match(lib: Library) -> None:
    for name in ("Natalia Romanova", "natasha romanov", "Natasha Romanov | Natalia Romanova"):
        assert titles(search(lib, include=[name]).hits) == ["Author says explicit"]


def test_kind_prefix_narrows_the_match(lib: Library) -> None:
    assert titles(search(lib, include=["character:Derek"]).hits) == ["Knives"]
    assert search(lib, include=["fandom:Derek"]).hits == []


def test_exclude_removes_on_any_tag_and_says_why(lib: Library) -> None:
    result = search(lib, exclude=["violence", "Stiles"])
    assert "Knives" not in titles(result.hits) and "Moonlit" not in titles(result.hits)
    knives = next(h for h in result.removed if h.row.title == "Knives")
    assert any("removed: has warning 'violence' (ficlens's reading, graphic)" in w for w in knives.why)


def test_author_tags_count_for_filters_and_are_named_as_such(lib: Library) -> None:
    result = search(lib, include=["Explicit"])
    assert titles(result.hits) == ["Author says explicit"]
    assert "the file's own tag" in result.hits[0].why[0]
    assert "Author says explicit" not in titles(search(lib, exclude=["Underage Sex"]).hits)


def test_chose_not_to_warn_rule(lib: Library) -> None:
    result = search(lib, exclude=["Major Character Death"])
    kept = {h.row.title: h for h in result.hits}
    removed = {h.row.title: h for h in result.removed}
    # ficlens read it and found no major character death: kept despite the opt-out, and why says so
    assert "Opted out, read" in kept
    assert "chose not to use archive warnings, but ficlens read the work and found no Major Character Death" in \
        kept["Opted out, read"].why[0]
    # ficlens found the death: removed by ficlens's own reading
    assert "has archive warning 'Major Character Death' (ficlens's reading)" in \
        removed["Opted out, death found"].why[0]
    # never analysed: AO3's rule applies
    assert "ficlens has not analysed it" in removed["Opted out, unread"].why[0]
    # works that did not opt out are untouched
    assert {"Moonlit", "Knives"} <= set(kept)


def test_chose_not_to_warn_applies_only_to_the_four_archive_warnings(lib: Library) -> None:
    assert "Opted out, unread" in titles(search(lib, exclude=["violence"]).hits)
    assert "Opted out, unread" not in titles(search(lib, exclude=["archive_warning:underage sex"]).hits)


def test_saved_exclusions_apply_by_default_and_can_be_ignored(lib: Library) -> None:
    lib.add_exclusions(["Violence"])
    result = search(lib)
    assert "Knives" not in titles(result.hits) and result.exclusions == ["Violence"]
    assert any(w.startswith("saved exclusion 'Violence': removed") for w in result.removed[0].why)
    assert "Knives" in titles(search(lib, use_saved_exclusions=False).hits)
    # an explicit exclude of the same tag is not reported twice
    result = search(lib, exclude=["violence"])
    assert result.exclusions == [] and len([w for w in result.removed[0].why if "violence" in w.lower()]) == 1


def test_limit_caps_hits(lib: Library) -> None:
    assert len(search(lib, limit=2).hits) == 2


def test_canonical_keys() -> None:
    assert canonical_key("Sexual-Assault") == canonical_key("sexual assault")
    assert canonical_key("E") == canonical_key("Explicit")
    assert canonical_key("Choose Not To Use Archive Warnings") == canonical_key(CNTW)
    assert relationship_key("Stiles Stilinski/Derek Hale") == relationship_key("derek hale / stiles stilinski")
    assert relationship_key("Scott & Stiles") != relationship_key("Scott/Stiles")
    assert relationship_key("Stiles") is None
    assert canonical_key("Teen Wolf") in lookup_keys("Teen Wolf (TV)")
    assert TagFilter.parse("Rape/Non-Con").archive_warning() == "Rape/Non-Con"
    assert TagFilter.parse("fandom:Underage Sex").archive_warning() is None


def test_a_severity_qualifier_matches_that_severity_or_stronger(lib: Library) -> None:
    # "Knives" has graphic violence; "Opted out, death found" has death, depicted
    assert "Knives" not in titles(search(lib, exclude=["violence@graphic"]).hits)
    assert "Knives" not in titles(search(lib, exclude=["violence@depicted"]).hits)
    assert titles(search(lib, include=["death@depicted"]).hits) == ["Opted out, death found"]
    assert titles(search(lib, include=["death@graphic"]).hits) == []
    assert titles(search(lib, include=["warning:death@mentioned"]).hits) == ["Opted out, death found"]


def test_a_severity_never_matches_a_files_own_tag(lib: Library) -> None:
    # "Author says explicit" carries the file's own Underage Sex tag, which has no severity
    assert "Author says explicit" in titles(search(lib, include=["Underage Sex"]).hits)
    assert titles(search(lib, include=["Underage Sex@depicted"]).hits) == []


def test_an_unknown_severity_is_a_usage_error_and_is_never_saved(lib: Library) -> None:
    from ficlens.errors import UsageError

    with pytest.raises(UsageError, match="unknown severity 'gory'"):
        search(lib, exclude=["violence@gory"])
    with pytest.raises(UsageError):
        lib.add_exclusions(["death", "violence@gory"])
    assert lib.exclusions() == []  # nothing of the bad request was written
    lib.add_exclusions(["violence@graphic"])
    assert "Knives" not in titles(search(lib).hits)
