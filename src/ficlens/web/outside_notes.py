"""The author's notes a file keeps outside the text, placed around the reader's chapters in the same collapsible
box as the notes found in the text: the work's notes before the first chapter, a chapter's notes before or after
its text, the end notes after the last chapter. They stand outside the chapter's text, so never inside a fold."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from ficlens.report import Report
from ficlens.web.chapter_tiles import ChapterRange
from ficlens.work import AuthorNote

_LABELS = {"work": "Author’s notes", "before": "Chapter notes", "after": "Chapter end notes", "end": "End notes"}


def placed_notes(notes: Sequence[AuthorNote], report: Report,
                 chapters: Sequence[ChapterRange]) -> list[tuple[Markup, Markup]]:
    """(before, after) note boxes for each of the reader's ``chapters`` (title, start, end). A note's chapter
    index is the file's (the report's chapters), found among the reader's chapters by where it starts."""
    boxes: list[tuple[list[str], list[str]]] = [([], []) for _ in chapters]
    for note in notes if chapters else ():
        index = 0 if note.place == "work" else len(chapters) - 1
        if note.place in ("before", "after") and note.chapter is not None and note.chapter < len(report.chapters):
            index = _containing(chapters, report.chapters[note.chapter].start)
        boxes[index][note.place in ("after", "end")].append(_box(note))
    return [(Markup("".join(before)), Markup("".join(after))) for before, after in boxes]


def _containing(chapters: Sequence[ChapterRange], offset: int) -> int:
    """The reader's chapter where ``offset`` lies (the last one for an offset past them all)."""
    for i, (_, start, end) in enumerate(chapters):
        if start <= offset < end:
            return i
    return len(chapters) - 1 if offset >= chapters[-1][1] else 0


def _box(note: AuthorNote) -> str:
    return note_box(_LABELS[note.place], escape(note.text), f' class="author-note outside" data-place="{note.place}"')


def note_box(label: str, body: str, attrs: str = ' class="author-note"') -> str:
    """An author's note in its collapsible box, open (it is the author's, not a warning): ``body`` is HTML already
    escaped, ``attrs`` the ``<details>`` element's attributes."""
    return (f'<details{attrs} open><summary class="note-bar">{label}</summary>'
            f'<span class="note-text">{body}</span></details>')
