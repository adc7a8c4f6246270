"""HTML to clean plain text with chapter offsets: the body text every report offset indexes.

Paragraphs (block elements, or text parted by an empty line of ``<br>``) are separated by one blank line, a single
``<br>`` is a newline, whitespace inside a paragraph is collapsed, and no markup is kept. Chapters are
``[start, end)`` ranges of the result; the blank line between two chapters belongs to neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficlens.ingest.html_tags import BLOCK_TAGS, SKIP_TAGS
from ficlens.ingest.markup import Element, classes, tag_of
from ficlens.work import Chapter

#: AO3's invisible headings: "toc-heading" (for calibre's table of contents) and "landmark" ("Chapter Text").
SKIP_CLASSES = frozenset({"toc-heading", "landmark"})

PARAGRAPH_SEPARATOR = "\n\n"
_BREAK = "\n"
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class _ChapterMark:
    title: str | None
    first_paragraph: int


class TextBuilder:
    """Accumulates rendered paragraphs, chapter by chapter, then joins them into text with exact offsets."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._marks: list[_ChapterMark] = []
        self._in_pre = 0

    def start_chapter(self, title: str | None) -> None:
        self._flush()
        self._marks.append(_ChapterMark(title, len(self.paragraphs)))

    @property
    def chapter_count(self) -> int:
        return len(self._marks)

    def add(self, el: Element) -> None:
        """Render one element (not its tail) into the current chapter."""
        self._walk(el)
        self._flush()

    def build(self) -> tuple[str, list[Chapter]]:
        self._flush()
        offsets: list[tuple[int, int]] = []
        pos = 0
        for para in self.paragraphs:
            offsets.append((pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        text = PARAGRAPH_SEPARATOR.join(self.paragraphs)
        marks = list(self._marks)
        if not marks or marks[0].first_paragraph > 0:
            marks.insert(0, _ChapterMark(None, 0))
        chapters: list[Chapter] = []
        for i, mark in enumerate(marks):
            stop = marks[i + 1].first_paragraph if i + 1 < len(marks) else len(self.paragraphs)
            if stop > mark.first_paragraph:
                start, end = offsets[mark.first_paragraph][0], offsets[stop - 1][1]
            else:  # a chapter with no text: an empty range where it stands
                start = end = offsets[mark.first_paragraph][0] if mark.first_paragraph < len(offsets) else len(text)
            chapters.append(Chapter(title=mark.title, start=start, end=end))
        return text, chapters

    # -- rendering -------------------------------------------------------------------------------------------

    def _walk(self, el: Element) -> None:
        tag = tag_of(el)
        if tag is None or tag in SKIP_TAGS or classes(el) & SKIP_CLASSES:
            return
        if tag == "br":
            self._parts.append(_BREAK)
            return
        block = tag in BLOCK_TAGS
        if block:
            self._flush()
        if tag == "pre":
            self._in_pre += 1
        if el.text:
            self._add_text(el.text)
        for child in el:
            self._walk(child)
            if child.tail:
                self._add_text(child.tail)
        if tag == "pre":
            self._in_pre -= 1
        if block:
            self._flush()

    def _add_text(self, text: str) -> None:
        if self._in_pre:
            lines = text.split("\n")
            self._parts.append(_BREAK.join(_SPACE.sub(" ", line) for line in lines))
        else:
            self._parts.append(_SPACE.sub(" ", text))

    def _flush(self) -> None:
        if not self._parts:
            return
        lines = [line.strip() for line in "".join(self._parts).split(_BREAK)]
        self._parts = []
        run: list[str] = []
        for line in [*lines, ""]:
            if line:
                run.append(line)
            elif run:
                self.paragraphs.append("\n".join(run))
                run = []


def render(elements: list[Element]) -> tuple[str, list[Chapter]]:
    """Plain text of some elements as one chapter."""
    builder = TextBuilder()
    for el in elements:
        builder.add(el)
    return builder.build()
