"""A work's chapters as ranges that tile its whole text, for every view that shows the text chapter by chapter (the
reader, the rebuilt EPUB): text before the first chapter, between chapters or after the last is never lost."""

from __future__ import annotations

from ficlens.report import Report

ChapterRange = tuple[str | None, int, int]  # (title, start, end): ``text[start:end]`` is the chapter


def tiled_chapters(report: Report, length: int) -> list[ChapterRange]:
    """The report's chapters, sorted by start, stretched to tile ``[0, length)``: the first starts at 0, each ends
    where the next starts, the last at ``length``; a chapter left empty is dropped. A report without chapters is one
    untitled range over the whole text (also for an empty text)."""
    chapters = sorted(((c.title, max(0, min(c.start, length))) for c in report.chapters), key=lambda c: c[1])
    if not chapters:
        return [(None, 0, length)]
    starts = [0] + [start for _, start in chapters[1:]]
    ends = starts[1:] + [length]
    return [(title, a, b) for (title, _), a, b in zip(chapters, starts, ends, strict=True) if b > a or length == 0]
