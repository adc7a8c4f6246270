"""A search one page at a time: the pages, put together, are the whole search in its order; what SQL keeps is what
the rules say (every kept work's ``why`` keeps it, every removed one's removes it); the sort orders are
``sort_key``'s, tie for tie; and the totals hold at every boundary (a full last page, a partial one, past the end)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from ficlens.library import Library, search
from ficlens.library.corrections import correct
from ficlens.library.ranges import SORTS, Ranges, sort_key
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.library.search import search_page
from ficlens.work import AuthorTags
from ficlens.work_meta import WorkMeta

TITLES = ["alpha", "Beta", "Ébène", "éclair", "Zed", "", None, "alpha", "Ωmega", "delta"]
LABELS = ["violence", "death", "blood"]
CHOSE_NOT = "Creator Chose Not To Use Archive Warnings"
COUNT = 30


def spec(i: int) -> tuple[SampleSpec, WorkMeta]:
    title = TITLES[i % len(TITLES)]
    paragraphs: list[str | WarnedPassage] = [f"The wolf ran {'far ' * (i % 4)}away, story {i}."]
    if i % 3:
        paragraphs.append(WarnedPassage(f"A passage of harm {i}.", LABELS[(i // 3) % 3],
                                        ("mentioned", "graphic")[i % 2]))
    author_tags = AuthorTags(archive_warnings=[CHOSE_NOT]) if i % 5 == 0 else None
    meta = WorkMeta(published=f"20{10 + i % 7:02d}-0{1 + i % 9}-1{i % 10}" if i % 4 else None,
                    updated={0: "2016", 3: "2016-02"}.get(i % 6), complete=(None, True, False)[i % 3],
                    kudos=(i * 37) % 11 if i % 2 else None)
    return SampleSpec(title=title or "", paragraphs=paragraphs, rating="GTME"[i % 4],
                      fandoms=["Teen Wolf (TV)"] if i % 2 else ["Hannibal"],
                      characters=[("Stiles Stilinski", ["Stiles"])] if i % 3 == 0 else [],
                      relationships=["Derek Hale/Stiles Stilinski"] if i % 4 == 1 else [],
                      author_tags=author_tags, source=f"/home/reader/fics/{i:02d}-{title or 'untitled'}.txt"), meta


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path: Path = tmp_path_factory.mktemp("paging") / "lib.sqlite3"
    with Library(path) as library:
        for i in range(COUNT):
            one, meta = spec(i)
            work, report = build(one)
            work.meta = meta
            if one.title == "":
                work.title = None if i % 2 else ""
            work.authors = [f"author{i % 3}"]
            library.add(work, report, None if i % 5 == 0 and i % 10 else "full")
        correct(library, 5, "death", "wrong")
        correct(library, 3, "freeform:Hurt/Comfort", "add")
        correct(library, 4, "freeform:Slow Burn", "add")
        correct(library, 8, "warning:violence", "add")
        library.add_exclusions(["blood@graphic"])
        yield library


SEARCHES: list[dict[str, object]] = [
    {},
    {"query": "wolf"},
    {"query": "far"},
    {"include": ["Teen Wolf"]},
    {"include": ["violence"], "exclude": ["death"]},
    {"exclude": ["Major Character Death"]},
    {"exclude": ["Graphic Depictions Of Violence", "author:author1"]},
    {"include": ["Derek/Stiles"], "exclude": ["title:alpha"]},
    {"include": ["character:Stiles*"]},
    {"include": ["Hurt/Comfort"]},
    {"include": ["slow burn"], "exclude": ["violence@depicted"]},
    {"exclude": ["warning:violence", "death@mentioned"]},
    {"exclude": ["violence@graphic"], "use_saved_exclusions": False},
    {"ranges": Ranges.parse(status="complete")},
    {"ranges": Ranges.parse(words="10-", since="2013", until="2015-05")},
    {"query": "wolf", "exclude": ["T"], "ranges": Ranges.parse(status="in-progress")},
]


@pytest.mark.parametrize("ask", SEARCHES, ids=lambda a: repr(a)[:60])
def test_sql_keeps_exactly_what_the_rules_keep(lib: Library, ask: dict[str, object]) -> None:
    result = search(lib, **ask)  # type: ignore[arg-type]
    if "query" not in ask:
        assert len(result.hits) + len(result.removed) == lib.count()
    assert all(h.kept for h in result.hits)
    assert not any(h.kept for h in result.removed)
    assert result.found == len(result.hits) and result.removed_count == len(result.removed)


@pytest.mark.parametrize("ask", SEARCHES[:6], ids=lambda a: repr(a)[:60])
@pytest.mark.parametrize("sort", [None, *SORTS])
def test_the_sort_orders_are_sort_keys_tie_for_tie(lib: Library, ask: dict[str, object], sort: str | None) -> None:
    hits = [h.row for h in search(lib, sort=sort, **ask).hits]  # type: ignore[arg-type]
    if sort is not None:
        assert [r.id for r in hits] == [r.id for r in sorted(hits, key=sort_key(sort))]
    elif "query" not in ask:
        everything = [r.id for r in lib.rows()]
        assert [r.id for r in hits] == [i for i in everything if i in {r.id for r in hits}]


@pytest.mark.parametrize(("ask", "sort", "per_page"), list(itertools.product(
    [SEARCHES[0], SEARCHES[1], SEARCHES[4], SEARCHES[12]], [None, "title", "updated"], [1, 7, 10, 50])))
def test_pages_put_together_are_the_whole_search(lib: Library, ask: dict[str, object], sort: str | None,
                                                 per_page: int) -> None:
    whole = search(lib, sort=sort, **ask)  # type: ignore[arg-type]
    pages = []
    offset = 0
    while True:
        page = search_page(lib, sort=sort, offset=offset, limit=per_page, removed_limit=0,
                           **ask)  # type: ignore[arg-type]
        assert page.found == len(whole.hits) and page.removed_count == len(whole.removed)
        assert page.removed == []
        if not page.hits:
            break
        assert len(page.hits) <= per_page
        pages.append([h.id for h in page.hits])
        offset += per_page
    assert [i for p in pages for i in p] == [h.id for h in whole.hits]
    assert [h.why for h in whole.hits[:per_page]] == [
        h.why for h in search_page(lib, sort=sort, limit=per_page, **ask).hits]  # type: ignore[arg-type]
    if whole.hits:
        assert len(pages) == -(-len(whole.hits) // per_page)  # no empty page before the end


def test_the_boundaries_of_the_last_page(lib: Library) -> None:
    total = len(search(lib, use_saved_exclusions=False).hits)
    assert total == COUNT
    full = search_page(lib, use_saved_exclusions=False, offset=20, limit=10)
    assert len(full.hits) == 10 and full.found == COUNT  # the last page, exactly full
    partial = search_page(lib, use_saved_exclusions=False, offset=28, limit=10)
    assert len(partial.hits) == 2
    past = search_page(lib, use_saved_exclusions=False, offset=30, limit=10)
    assert past.hits == [] and past.found == COUNT
    far = search_page(lib, use_saved_exclusions=False, offset=10**12, limit=10)
    assert far.hits == [] and far.found == COUNT


def test_the_removed_works_listed_are_the_first_ones_and_all_are_counted(lib: Library) -> None:
    whole = search(lib, exclude=["violence"])
    assert len(whole.removed) > 3
    few = search_page(lib, exclude=["violence"], limit=5, removed_limit=3)
    assert [h.id for h in few.removed] == [h.id for h in whole.removed[:3]]
    assert [h.why for h in few.removed] == [h.why for h in whole.removed[:3]]
    assert few.removed_count == len(whole.removed) and few.found == len(whole.hits)
