"""The author's notes an AO3 file keeps outside the text, in the reader: boxed like the notes in the text, the
work's before chapter 1, a chapter's before or after it, the end notes at the end, escaped, never in a fold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.ingest.html import read_html
from ficlens.library import Library
from ficlens.report import Report, Span, Warning
from ficlens.web import create_app

BASE = "http://127.0.0.1:8000"
HOSTILE_NOTE = "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; thanks"  # as AO3 writes a note's "<script>"


def noted_download(fixtures: Path) -> str:
    """The three-chapter AO3 download with a work note and a hostile chapter end note."""
    html = (fixtures / "ingest" / "ao3-download-plural.html").read_text(encoding="utf-8")
    html = html.replace('<blockquote class="userstuff"><p>Three winters, three goodbyes.</p></blockquote>',
                        '<blockquote class="userstuff"><p>Three winters, three goodbyes.</p></blockquote>'
                        '<p>Notes</p><blockquote class="userstuff"><p>For the winter exchange.</p></blockquote>')
    return html.replace("Sorry about this one.", HOSTILE_NOTE)


@pytest.fixture
def client(tmp_path: Path, fixtures: Path) -> Iterator[TestClient]:
    work = read_html(noted_download(fixtures), "winters.html")
    report = Report.for_work(work)
    second = work.chapters[1]  # the whole of chapter 2 is flagged: one fold over all its text
    report.warnings = [Warning(label="violence", severity="depicted", score=0.9,  # type: ignore[arg-type]
                               evidence=[Span.of(work.text, second.start, second.end, 0.9)])]
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(work, report, "full")
        yield TestClient(create_app(lib), base_url=BASE)


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
