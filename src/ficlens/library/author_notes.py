"""The author's notes a file keeps outside the text (the work's notes, end notes, each chapter's notes), as the
library stores them: a JSON list of ``[place, chapter, text]``, capped in size.

AO3 caps a note at 5,000 characters; a file may carry anything, so each stored note is cut at :data:`NOTE_CHARS`
and a work keeps at most :data:`WORK_NOTES_CHARS` of notes in all (later notes dropped).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import get_args

from ficlens.work import AuthorNote, NotePlace

NOTE_CHARS = 10_000
WORK_NOTES_CHARS = 200_000
_PLACES = frozenset(get_args(NotePlace))


def capped(notes: Iterable[AuthorNote]) -> list[AuthorNote]:
    """``notes`` with each text cut at :data:`NOTE_CHARS` (an ellipsis marks the cut) and at most
    :data:`WORK_NOTES_CHARS` in all."""
    kept: list[AuthorNote] = []
    total = 0
    for note in notes:
        text = note.text if len(note.text) <= NOTE_CHARS else note.text[:NOTE_CHARS - 1] + "…"
        total += len(text)
        if total > WORK_NOTES_CHARS:
            break
        kept.append(AuthorNote(text, note.place, note.chapter))
    return kept


def notes_json(notes: Iterable[AuthorNote]) -> str:
    return json.dumps([[n.place, n.chapter, n.text] for n in capped(notes)], ensure_ascii=False)


def stored_notes(value: str | None) -> list[AuthorNote]:
    """The stored notes (malformed entries skipped: the column may have been written by a newer ficlens)."""
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    notes: list[AuthorNote] = []
    for item in data if isinstance(data, list) else []:
        if (isinstance(item, list) and len(item) == 3 and item[0] in _PLACES
                and (item[1] is None or isinstance(item[1], int)) and isinstance(item[2], str)):
            notes.append(AuthorNote(item[2], item[0], item[1]))
    return notes
