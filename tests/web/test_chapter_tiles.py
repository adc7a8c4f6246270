"""A work's chapters as ranges tiling its whole text: nothing before, between or after chapters is lost."""

from __future__ import annotations

from ficlens.report import ChapterOut, Report
from ficlens.web.chapter_tiles import tiled_chapters


def report_with(*chapters: tuple[str | None, int, int]) -> Report:
    report = Report(source="work.txt", format="text")
    report.chapters = [ChapterOut(title=t, start=s, end=e) for t, s, e in chapters]
    return report


def test_chapters_are_stretched_to_tile_the_text() -> None:
    report = report_with(("Two", 60, 80), ("One", 10, 40))  # out of order, text before, between and after
    assert tiled_chapters(report, 100) == [("One", 0, 60), ("Two", 60, 100)]


def test_a_report_without_chapters_is_one_untitled_range() -> None:
    assert tiled_chapters(report_with(), 42) == [(None, 0, 42)]
    assert tiled_chapters(report_with(), 0) == [(None, 0, 0)]


def test_chapters_past_the_text_are_clamped_and_empty_ones_dropped() -> None:
    report = report_with(("One", 0, 10), ("Same start", 0, 10), ("Beyond", 500, 600))
    assert tiled_chapters(report, 50) == [("Same start", 0, 50)]
