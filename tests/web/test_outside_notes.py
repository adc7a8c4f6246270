"""The author's notes an AO3 file keeps outside the text, in the reader: boxed like the notes in the text, the
work's before chapter 1, a chapter's before or after it, the end notes at the end, escaped, never in a fold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.library import Library
from ficlens.web import create_app
from ficlens.work import AuthorNote
from noted_work import noted_work

BASE = "http://127.0.0.1:8000"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite3") as library:
        library.add(*noted_work(), "full")
        yield library


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def boxes(page: str) -> list[tuple[str, str]]:
    """(place, text) of each note box outside the text, in page order."""
    return re.findall(r'<details class="author-note outside" data-place="(\w+)" open><summary class="note-bar">'
                      r'[^<]*</summary><span class="note-text">([^<]*)</span></details>', page)


def test_entire_work_shows_every_note_in_its_place(client: TestClient) -> None:
    page = client.get("/work/1").text
    assert boxes(page) == [("work", "For the winter exchange."), ("before", "Written for a winter exchange."),
                           ("after", "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; thanks"),
                           ("end", "Thank you for reading.")]
    chapter = [m.start() for m in re.finditer(r'<section class="chapter"', page)]
    where = {place: page.index(f'data-place="{place}"') for place in ("work", "before", "after", "end")}
    assert chapter[0] < where["work"] < where["before"] < page.index("Snow fell on Baker Street.")
    assert page.index("Nobody spoke of the first.") < where["after"] < chapter[2]
    assert page.index("the ice broke") < where["end"]
    assert "<script>window.__pwned" not in page


def test_notes_stand_outside_the_text_and_its_folds(client: TestClient) -> None:
    page = client.get("/work/1").text
    assert 'data-place="after"' in page
    fold = re.search(r'<details class="fold[^"]*".*?</details>', page, flags=re.S)
    assert fold is not None and "Nobody spoke of the first." in fold.group()
    texts = re.findall(r'<div class="text">(.*?)</div>\s*(?:<details|</section>)', page, flags=re.S)
    assert len(texts) == 3 and not any("outside" in t for t in texts)


def test_chapter_view_shows_that_chapters_notes(client: TestClient) -> None:
    assert [p for p, _ in boxes(client.get("/work/1/chapter/1").text)] == ["work", "before"]
    assert [p for p, _ in boxes(client.get("/work/1/chapter/2").text)] == ["after"]
    assert [p for p, _ in boxes(client.get("/work/1/chapter/3").text)] == ["end"]


def test_work_detail_api_lists_the_notes(client: TestClient) -> None:
    notes = client.get("/api/works/1").json()["notes"]
    assert [(n["place"], n["chapter"]) for n in notes] == [("work", None), ("before", 0), ("after", 1),
                                                           ("end", None)]
    assert notes[2]["text"].startswith("<script>window.__pwned=1</script>")


def test_notes_changed_with_the_same_text_are_shown_after_adding_again(client: TestClient, lib: Library,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("work", "For the winter exchange.") in boxes(client.get("/work/1").text)  # now in the page cache
    work, report = noted_work()
    work.author_notes = [AuthorNote("Edited on AO3.")]
    monkeypatch.setattr("ficlens.library.store._now", lambda: "2100-01-01T00:00:00+00:00")
    assert lib.add(work, report, "full").text_changed is False
    assert boxes(client.get("/work/1").text) == [("work", "Edited on AO3.")]
