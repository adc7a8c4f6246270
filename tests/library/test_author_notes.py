"""The author's notes outside the text in the library: stored on add, replaced when the work comes again, capped,
and an older library (schema 3, no notes column) upgraded keeping every work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ficlens.library import Library
from ficlens.library.author_notes import NOTE_CHARS, WORK_NOTES_CHARS, capped
from ficlens.library.migrations import MIGRATIONS, SCHEMA_VERSION, _statements
from ficlens.library.samples import SampleSpec, build
from ficlens.work import AuthorNote

NOTES = [AuthorNote("For the exchange."), AuthorNote("Chapter one's note.", "before", 0),
         AuthorNote("Sorry!", "after", 0), AuthorNote("Thanks for reading.", "end")]


def test_notes_are_stored_and_replaced_when_the_work_comes_again(tmp_path: Path) -> None:
    work, report = build(SampleSpec(title="Noted", paragraphs=["Some text."], ao3_id="42"))
    work.author_notes = NOTES
    with Library(tmp_path / "lib.sqlite3") as lib:
        first = lib.add(work, report)
        stored = lib.get(first.id)
        assert stored is not None and stored.notes == NOTES and lib.notes(first.id) == NOTES
        work.author_notes = [AuthorNote("A new note.", "before", 0)]
        again = lib.add(work, report)
        assert again.id == first.id and not again.created
        assert lib.notes(first.id) == [AuthorNote("A new note.", "before", 0)]
        assert lib.notes(999) == []


def test_notes_are_capped_per_note_and_per_work() -> None:
    (long_note,) = capped([AuthorNote("x" * (NOTE_CHARS + 50), "end")])
    assert len(long_note.text) == NOTE_CHARS and long_note.text.endswith("…") and long_note.place == "end"
    many = capped([AuthorNote("y" * NOTE_CHARS)] * (WORK_NOTES_CHARS // NOTE_CHARS + 5))
    assert sum(len(n.text) for n in many) <= WORK_NOTES_CHARS and len(many) == WORK_NOTES_CHARS // NOTE_CHARS


def test_a_schema_3_library_upgrades_keeping_every_work(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:3]:
        for statement in _statements(migration):
            conn.execute(statement)
    for i in range(3):
        work, report = build(SampleSpec(title=f"Old {i}", paragraphs=[f"Old text {i}."]))
        conn.execute("INSERT INTO works (content_hash, source, format, title, text, report, report_hash, added_at, "
                     "updated_at) VALUES (?, ?, 'text', ?, ?, ?, 'r', '2020-01-01', '2020-01-01')",
                     (f"h{i}", f"old{i}.txt", work.title, work.text, report.to_json()))
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        rows = lib.rows()
        assert [r.title for r in rows] == ["Old 0", "Old 1", "Old 2"]
        stored = [lib.get(r.id) for r in rows]
        assert all(s is not None and s.notes == [] and s.text.startswith("Old text") for s in stored)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
