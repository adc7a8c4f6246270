"""What a fan sorts by, read from AO3 and FanFicFare files: the chapter count as written, dates, completion,
kudos, series; and a plain-text work's title from its title line. Kept in the report (``meta``) and the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.ingest import read
from ficlens.ingest.html import read_html
from ficlens.ingest.text import read_text
from ficlens.ingest.title_line import title_line
from ficlens.ingest.work_facts import fanficfare_meta
from ficlens.library import Library
from ficlens.report import Report
from ficlens.work_meta import WorkMeta
from repo_paths import FIXTURES, SHARED

SHARED_AO3 = SHARED / "data" / "ao3-format"
INGEST = FIXTURES / "ingest"
DOWNLOAD = """<html><body><div id="preface"><dl class="tags">
<dt>Rating:</dt><dd><a href="/tags/G">General Audiences</a></dd>
<dt>Series:</dt><dd>Part 2 of <a href="https://archiveofourown.org/series/1">Moon Days</a>, Part 1 of
 <a href="https://archiveofourown.org/series/2">Other Days</a></dd>
<dt>Stats:</dt><dd>Published: 2006-07-09 Updated: 2007-06-25 Words: 7,526 Chapters: 3/? Kudos: 1,204 Hits: 20,500</dd>
</dl><h1>Fire and Feather</h1></div><div id="chapters"><div class="userstuff"><p>Text.</p></div></div>
</body></html>"""
LIVE = """<html><body><dl class="work meta group"><dt class="rating tags">Rating:</dt>
<dd class="rating tags"><a>Mature</a></dd><dt class="stats">Stats:</dt><dd class="stats"><dl class="stats">
<dt class="published">Published:</dt><dd class="published">2022-02-02</dd><dt class="status">Completed:</dt>
<dd class="status">2022-05-01</dd><dt class="chapters">Chapters:</dt><dd class="chapters">5/?</dd>
<dt class="kudos">Kudos:</dt><dd class="kudos">88</dd></dl></dd></dl>
<div id="workskin"><div class="preface group"><h2 class="title heading">Done</h2></div>
<div id="chapters"><div class="userstuff"><p>Text.</p></div></div></div></body></html>"""


def test_an_ao3_download_keeps_chapters_as_written_dates_kudos_and_series() -> None:
    meta = read_html(DOWNLOAD, "fire.html").meta
    assert meta == WorkMeta(published="2006-07-09", updated="2007-06-25", chapters="3/?", complete=False,
                            kudos=1204, hits=20500, series=["Moon Days (part 2)", "Other Days (part 1)"])


def test_a_live_page_marks_completed_works_complete() -> None:
    meta = read_html(LIVE, "done.html").meta
    assert meta is not None and meta.complete is True and meta.updated == "2022-05-01" and meta.chapters == "5/?"
    assert meta.kudos == 88


def test_fanficfare_status_and_series() -> None:
    meta = fanficfare_meta({"status": "Completed", "published": "2001-01-02", "chapters": "4",
                            "series": "The Great Test [3]"})
    assert meta == WorkMeta(published="2001-01-02", chapters="4", complete=True, series=["The Great Test (part 3)"])
    assert fanficfare_meta({"status": "In-Progress"}) == WorkMeta(complete=False)
    assert fanficfare_meta({}) is None
    (work,) = read(INGEST / "fanficfare-test1-1.epub")
    assert work.meta is not None and work.meta.complete is False and work.meta.series == ["The Great Test (part 1)"]


@pytest.mark.parametrize(("text", "title"), [
    ("Moonlight Over Beacon Hills\n\nStiles woke early.\n", "Moonlight Over Beacon Hills"),
    ("The Long Way Home\nby ferngully\n\nText here.\n", "The Long Way Home"),
    ("Title: Salt and Iron\nAuthor: someone\n\nText.\n", "Salt and Iron"),
    ("Some days... you just have to let go.\n\nStiles didn't have a terrible life.\n", None),
    ("Chapter 1\n\nIt began.\n", None),
    ("Stiles woke before the alarm, and the house was quiet around him for once\nand more.\n\nx", None),
])
def test_a_plain_text_title_line(text: str, title: str | None) -> None:
    assert title_line(text) == title
    assert read_text(text, "file.txt").title == title


def test_the_report_and_the_library_keep_the_facts(tmp_path: Path) -> None:
    work = read_html(DOWNLOAD, "fire.html")
    report = Report.for_work(work)
    assert report.to_dict()["meta"]["chapters"] == "3/?"
    assert Report.from_json(report.to_json()).meta == report.meta
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(work, report, None)
        row = lib.rows()[0]
    assert row.meta.chapters == "3/?" and row.meta.complete is False and row.date == "2007-06-25"


@pytest.mark.skipif(not SHARED_AO3.is_dir(), reason="../shared/data/ao3-format is absent")
def test_the_shared_ao3_files() -> None:
    (incomplete,) = read(SHARED_AO3 / "incompleteWork.html")
    assert incomplete.meta is not None and incomplete.meta.chapters == "3/?" and incomplete.meta.complete is False
    (series,) = read(SHARED_AO3 / "workInSeries.epub")
    assert series.meta is not None and series.meta.series == ["Watches 'Verse (part 1)"]
    assert series.meta.complete is True
