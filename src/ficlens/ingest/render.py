"""HTML to clean plain text with chapter offsets: the body text every report offset indexes.

Paragraphs (block elements, or text parted by an empty line of ``<br>``) are separated by one blank line, a single
``<br>`` is a newline, whitespace inside a paragraph is collapsed, and no markup is kept in the text. Chapters are
``[start, end)`` ranges of the result; the blank line between two chapters belongs to neither.

Italics, bold, underline and strike-through (``<em>``, ``<i>``, ``<b>``...) and scene breaks (``<hr>``, a paragraph
of ``* * *``) are kept beside the text as :class:`~ficlens.styles.StyleSpan` ranges (:attr:`TextBuilder.styles`):
while rendering, each opening and closing tag is a marker character in the paragraph, and :meth:`TextBuilder.build`
takes the markers out and records where they stood, so the text is exactly what it would be without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficlens.ingest.html_tags import BLOCK_TAGS, SKIP_TAGS
from ficlens.ingest.markup import Element, classes, tag_of
from ficlens.styles import STYLE_TAGS, StyleKind, StyleSpan
from ficlens.work import Chapter

#: AO3's invisible headings: "toc-heading" (for calibre's table of contents) and "landmark" ("Chapter Text").
SKIP_CLASSES = frozenset({"toc-heading", "landmark"})

PARAGRAPH_SEPARATOR = "\n\n"
_BREAK = "\n"
_SPACE = re.compile(r"\s+")
# Marker characters (Unicode noncharacters, never in a real text: one in the input becomes U+FFFD).
_INLINE: tuple[StyleKind, ...] = ("italic", "bold", "underline", "strike")
_OPEN = {kind: chr(0xFDD0 + i) for i, kind in enumerate(_INLINE)}
_CLOSE = {kind: chr(0xFDD8 + i) for i, kind in enumerate(_INLINE)}
_MARK_KIND = {**{c: k for k, c in _OPEN.items()}, **{c: k for k, c in _CLOSE.items()}}
_MARKS = re.compile("[\uFDD0-\uFDDF]")
_MARK_SPLIT = re.compile("([\uFDD0-\uFDDF])")
_SCENE_BREAK = re.compile(r"(?:[*~#=_•·+\-–—]\s*){3,}|o0o|oOo|OoO|0o0|xXx|§")


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
        self._rules: list[int] = []  # paragraph indexes a <hr> stood before
        self.styles: list[StyleSpan] = []  # filled by build()

    def start_chapter(self, title: str | None) -> None:
        self._flush()
        self._marks.append(_ChapterMark(title, len(self.paragraphs)))

    def add(self, el: Element) -> None:
        """Render one element (not its tail) into the current chapter."""
        self._walk(el)
        self._flush()

    def build(self) -> tuple[str, list[Chapter]]:
        """The text and its chapters; :attr:`styles` is filled with the formatting spans of the same text."""
        self._flush()
        offsets: list[tuple[int, int]] = []
        pos = 0
        styles: list[StyleSpan] = []
        for i, marked in enumerate(self.paragraphs):
            para, spans = _unmark(marked, pos)
            self.paragraphs[i] = para
            styles.extend(spans)
            if _SCENE_BREAK.fullmatch(para):
                styles.append(StyleSpan("scene", pos, pos + len(para)))
            offsets.append((pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        text = PARAGRAPH_SEPARATOR.join(self.paragraphs)
        for index in sorted(set(self._rules)):
            at = offsets[index][0] if index < len(offsets) else len(text)
            if index > 0 and not (index < len(offsets) and _SCENE_BREAK.fullmatch(self.paragraphs[index])):
                styles.append(StyleSpan("scene", at, at))
        self.styles = sorted(styles, key=lambda s: (s.start, s.end, s.kind))
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
        if tag == "hr":
            self._flush()
            self._rules.append(len(self.paragraphs))
            return
        style = STYLE_TAGS.get(tag)
        if style is not None:
            self._parts.append(_OPEN[style])
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
        if style is not None:
            self._parts.append(_CLOSE[style])
        if block:
            self._flush()

    def _add_text(self, text: str) -> None:
        text = _MARKS.sub("\ufffd", text)
        if self._in_pre:
            lines = text.split("\n")
            self._parts.append(_BREAK.join(_SPACE.sub(" ", line) for line in lines))
        else:
            self._parts.append(_SPACE.sub(" ", text))

    def _flush(self) -> None:
        if not self._parts:
            return
        lines = [_strip(line) for line in "".join(self._parts).split(_BREAK)]
        self._parts = []
        run: list[str] = []
        for line in [*lines, ""]:
            if line and (not _MARKS.search(line) or _MARKS.sub("", line)):
                run.append(line)
            elif run:
                self.paragraphs.append("\n".join(run))
                run = []


def _strip(line: str) -> str:
    """``line.strip()``, where markers count as nothing: whitespace next to a marker at either end goes too, the
    markers stay."""
    if not _MARKS.search(line):
        return line.strip()
    start, end = 0, len(line)
    lead = []
    while start < end and (line[start].isspace() or line[start] in _MARK_KIND):
        if line[start] in _MARK_KIND:
            lead.append(line[start])
        start += 1
    trail = []
    while end > start and (line[end - 1].isspace() or line[end - 1] in _MARK_KIND):
        if line[end - 1] in _MARK_KIND:
            trail.append(line[end - 1])
        end -= 1
    return "".join(lead) + line[start:end] + "".join(reversed(trail))


def _unmark(marked: str, offset: int) -> tuple[str, list[StyleSpan]]:
    """A paragraph without its markers, and the spans they stood for (offsets from ``offset``); a span left open
    ends with the paragraph, an empty one is dropped."""
    if not _MARKS.search(marked):
        return marked, []
    out: list[str] = []
    spans: list[StyleSpan] = []
    opened: dict[StyleKind, int] = {}
    depth: dict[StyleKind, int] = {}
    pos = 0
    for i, piece in enumerate(_MARK_SPLIT.split(marked)):
        if i % 2 == 0:  # text
            out.append(piece)
            pos += len(piece)
            continue
        kind = _MARK_KIND[piece]
        if piece == _OPEN[kind]:
            depth[kind] = depth.get(kind, 0) + 1
            opened.setdefault(kind, pos)
        elif depth.get(kind):
            depth[kind] -= 1
            if not depth[kind]:
                start = opened.pop(kind)
                if pos > start:
                    spans.append(StyleSpan(kind, offset + start, offset + pos))
    for kind, start in opened.items():
        if pos > start:
            spans.append(StyleSpan(kind, offset + start, offset + pos))
    return "".join(out), spans


def render(elements: list[Element]) -> tuple[str, list[Chapter]]:
    """Plain text of some elements as one chapter."""
    return rendered(elements).build()


def rendered(elements: list[Element]) -> TextBuilder:
    """A builder with some elements rendered as one chapter (:meth:`TextBuilder.build` gives text and styles)."""
    builder = TextBuilder()
    for el in elements:
        builder.add(el)
    return builder
