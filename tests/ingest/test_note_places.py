"""Where each author's note an AO3 file keeps outside the text belongs: the work's, before or after a chapter,
the end notes (downloads and live pages alike)."""

from __future__ import annotations

from pathlib import Path

from ficlens.ingest import read
from ficlens.work import AuthorNote, Work


def places(work: Work) -> list[tuple[str, str, int | None]]:
    return [(n.text, n.place, n.chapter) for n in work.author_notes]


def test_download_notes_sit_before_and_after_their_chapters(fixtures: Path) -> None:
    (work,) = read(fixtures / "ingest" / "ao3-download-plural.html")
    assert places(work) == [("Written for a winter exchange.", "before", 0), ("Sorry about this one.", "after", 1),
                            ("Thank you for reading.", "end", None)]
    assert work.notes == [n.text for n in work.author_notes]


def test_live_page_notes_keep_their_places(fixtures: Path) -> None:
    (work,) = read(fixtures / "ingest" / "ao3-live-page.html")
    assert work.author_notes == [AuthorNote("Gift for a friend."), AuthorNote("More soon.", "after", 0),
                                 AuthorNote("The end.", "end")]

