"""Filters that speak fan: ship names, partial relationship names, abbreviations, wildcards, author and title
filters, suggestions for unknown tags, ``ficlens labels``, saved exclusions in ``list``, why-lines on request."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ficlens.cli import main
from ficlens.library import Library, search
from ficlens.library.filters import TagFilter, suggest, unknown
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.work import AuthorTags


def _add(library: Library, spec: SampleSpec, authors: list[str]) -> None:
    work, report = build(spec)
    work.authors = authors
    library.add(work, report, "full")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        _add(library, SampleSpec(title="Moonlit Lighthouse", paragraphs=["The wolf howled at the moon."],
                                 fandoms=["Teen Wolf (TV)"], relationships=["Derek Hale/Stiles Stilinski"],
                                 author_tags=AuthorTags(freeforms=["Hurt/Comfort", "Slow Burn"])), ["moonwriter"])
        _add(library, SampleSpec(title="Pack Night", paragraphs=["They watched a film together."],
                                 relationships=["Scott McCall & Stiles Stilinski"]), ["packmom"])
        _add(library, SampleSpec(title="The Fall", paragraphs=[WarnedPassage("He died in the snow.", "death",
                                                                               "depicted")],
                                 archive_warnings=["Major Character Death"],
                                 relationships=["James \"Bucky\" Barnes/Steve Rogers"]), ["moonwriter"])
    yield path


def titles(path: Path, *include: str, exclude: tuple[str, ...] = ()) -> list[str]:
    with Library(path) as library:
        return sorted(h.row.display_title for h in search(library, include=include, exclude=exclude).hits)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("tag", ["Sterek", "sterek", "Derek/Stiles", "Stiles/Derek", "Hale/Stilinski",
                                 "relationship:Stiles/Derek Hale"])
def test_a_ship_by_its_fan_name_or_first_names_finds_the_ao3_tag(db: Path, tag: str) -> None:
    assert titles(db, tag) == ["Moonlit Lighthouse"]


def test_partial_names_keep_the_romantic_and_platonic_separators_apart(db: Path) -> None:
    assert titles(db, "Scott & Stiles") == ["Pack Night"]
    assert titles(db, "Scott/Stiles") == []
    assert titles(db, "Stiles/Derek/Scott") == []


def test_a_nickname_inside_quotes_is_a_name(db: Path) -> None:
    assert titles(db, "Bucky/Steve") == ["The Fall"]
    assert titles(db, "Stucky") == ["The Fall"]


@pytest.mark.parametrize("tag", ["h/c", "Hurt Comfort", "hurt-comfort", "freeform:h/c"])
def test_abbreviations_and_other_spellings_find_the_canonical_tag(db: Path, tag: str) -> None:
    assert titles(db, tag) == ["Moonlit Lighthouse"]


def test_wildcards_match_any_characters(db: Path) -> None:
    assert titles(db, "*Stiles*") == ["Moonlit Lighthouse", "Pack Night"]
    assert titles(db, "relationship:Derek*") == ["Moonlit Lighthouse"]
    assert titles(db, "Slow*") == ["Moonlit Lighthouse"]
    assert titles(db, "title:*night") == ["Pack Night"]


def test_author_and_title_filters_match_the_work(db: Path) -> None:
    assert titles(db, "author:moonwriter") == ["Moonlit Lighthouse", "The Fall"]
    assert titles(db, "author:MoonWriter", exclude=("title:fall",)) == ["Moonlit Lighthouse"]
    assert titles(db, exclude=("author:moonwriter",)) == ["Pack Night"]
    assert titles(db, "by:moon*") == ["Moonlit Lighthouse", "The Fall"]
    with Library(db) as library:
        hit = search(library, include=["author:packmom"]).hits[0]
    assert hit.why == ["include 'author:packmom': author 'packmom'"]


def test_a_misspelt_tag_gets_suggestions(db: Path) -> None:
    with Library(db) as library:
        result = search(library, exclude=["Major Character Deaht"])
        problems = unknown(library.connection(), [TagFilter.parse("Sterk"), TagFilter.parse("Sterek"),
                                                  TagFilter.parse("author:moonwritr")])
    assert [u.suggestions[0] for u in result.unknown] == ["Major Character Death"]
    assert "did you mean 'Major Character Death'?" in result.unknown[0].message()
    assert [(u.text, u.suggestions) for u in problems] == [("Sterk", ("Sterek",)),
                                                          ("author:moonwritr", ("moonwriter",))]


def test_suggestions_ignore_case_and_spacing() -> None:
    assert suggest("slow  BURN", ["Slow Burn", "Fluff"]) == ("Slow Burn",)
    assert suggest("zzz", ["Slow Burn"]) == ()


def test_a_misspelt_exclusion_is_refused_with_a_suggestion(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "exclusions", "add", "Major Character Deaht", "--library", str(db))
    assert code == 2 and "did you mean 'Major Character Death'?" in err and "--force" in err
    assert run(capsys, "exclusions", "list", "--library", str(db))[1] == ""
    code, out, err = run(capsys, "exclusions", "add", "Major Character Deaht", "--force", "--library", str(db))
    assert code == 0 and out.splitlines() == ["Major Character Deaht"] and "saved anyway" in err
    code, out, err = run(capsys, "exclusions", "add", "Sterek", "--library", str(db))
    assert code == 0 and "Sterek" in out.splitlines() and "note" not in err


def test_search_notes_an_unknown_filter(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "--include", "Slow Brun", "--library", str(db))
    assert code == 0 and "ficlens: note: no work in the library has 'Slow Brun': did you mean 'Slow Burn'?" in err


def test_list_hides_saved_exclusions_unless_all(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "exclusions", "add", "Major Character Death", "--library", str(db))
    code, out, err = run(capsys, "list", "--json", "--library", str(db))
    assert code == 0 and sorted(json.loads(line)["title"] for line in out.splitlines()) == [
        "Moonlit Lighthouse", "Pack Night"]
    assert "1 hidden by your saved exclusions (Major Character Death); --all shows them" in err
    code, out, _ = run(capsys, "list", "--all", "--library", str(db))
    assert len(out.splitlines()) == 3


def test_why_lines_only_on_request(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "exclusions", "add", "Major Character Death", "--library", str(db))
    code, out, _ = run(capsys, "search", "--library", str(db))
    assert code == 0 and len(out.splitlines()) == 2 and "kept" not in out
    code, out, _ = run(capsys, "search", "--why", "--library", str(db))
    assert "kept: not found (ficlens read it) and not tagged" in out
    code, out, _ = run(capsys, "search", "--show-removed", "--library", str(db))
    assert "The Fall" in out and "[saved exclusion 'Major Character Death': removed: has archive warning" in out


def test_labels_lists_warnings_archive_warnings_ratings_and_fan_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "labels")
    assert code == 0
    for expected in ("violence", "Graphic Depictions Of Violence", "Teen And Up Audiences", "Sterek",
                     "Derek Hale/Stiles Stilinski", "author:NAME"):
        assert expected in out
    data = json.loads(run(capsys, "labels", "--json")[1])
    assert data["rating"]["E"] == "Explicit" and data["fan_vocabulary"]["h/c"] == "Hurt/Comfort"
    assert "sexual-assault" in data["warning"]
