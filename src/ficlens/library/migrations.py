"""The library's schema as an ordered list of migrations, applied by ``PRAGMA user_version``.

Never edit a migration that has shipped: append a new one. Migration *n* (1-based) brings a database from
``user_version`` n-1 to n, inside one transaction.
"""

from __future__ import annotations

import sqlite3

from ficlens.errors import FiclensError

MIGRATIONS: tuple[str, ...] = (
    # 1: works with their text and report, the tag index, full-text search, saved exclusions.
    """
    CREATE TABLE works (
        id           INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        ao3_id       TEXT UNIQUE,
        source       TEXT NOT NULL,
        format       TEXT NOT NULL,
        title        TEXT,
        authors      TEXT NOT NULL DEFAULT '[]',
        summary      TEXT NOT NULL DEFAULT '',
        words        INTEGER NOT NULL DEFAULT 0,
        text         TEXT NOT NULL,
        report       TEXT NOT NULL,
        report_hash  TEXT NOT NULL,
        analysis     TEXT,
        added_at     TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    );
    CREATE INDEX works_source ON works(source);

    CREATE TABLE tags (
        work_id  INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        kind     TEXT NOT NULL,
        name     TEXT NOT NULL,
        norm     TEXT NOT NULL,
        origin   TEXT NOT NULL CHECK (origin IN ('ficlens', 'author')),
        severity TEXT,
        PRIMARY KEY (work_id, kind, norm, origin)
    ) WITHOUT ROWID;
    CREATE INDEX tags_norm ON tags(norm, work_id);

    CREATE VIRTUAL TABLE works_fts USING fts5(
        title, summary, text,
        content='works', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER works_fts_insert AFTER INSERT ON works BEGIN
        INSERT INTO works_fts(rowid, title, summary, text)
        VALUES (new.id, coalesce(new.title, ''), new.summary, new.text);
    END;
    CREATE TRIGGER works_fts_delete AFTER DELETE ON works BEGIN
        INSERT INTO works_fts(works_fts, rowid, title, summary, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), old.summary, old.text);
    END;
    CREATE TRIGGER works_fts_update AFTER UPDATE OF title, summary, text ON works BEGIN
        INSERT INTO works_fts(works_fts, rowid, title, summary, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), old.summary, old.text);
        INSERT INTO works_fts(rowid, title, summary, text)
        VALUES (new.id, coalesce(new.title, ''), new.summary, new.text);
    END;

    CREATE TABLE exclusions (
        norm     TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        added_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 2: what the file says a fan sorts by (dates, chapters as written, completion, kudos, series), as JSON;
    # the text's formatting (italics, bold, scene breaks) as JSON [kind, start, end] spans; the reader's
    # corrections of ficlens (a tag marked wrong, a missing one added), per work.
    """
    ALTER TABLE works ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE works ADD COLUMN styles TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE corrections (
        work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        action  TEXT NOT NULL CHECK (action IN ('wrong', 'add')),
        kind TEXT NOT NULL, norm TEXT NOT NULL, name TEXT NOT NULL, added_at TEXT NOT NULL,
        PRIMARY KEY (work_id, kind, norm, action)
    ) WITHOUT ROWID;
    UPDATE works SET meta = coalesce(json_extract(report, '$.meta'), '{}');
    """,
    # 3: the work's URL where the file names one (AO3's work page, a FanFicFare download's source), so that a work
    # downloaded again with new chapters updates the stored one in place, from AO3 or from any other site.
    """
    ALTER TABLE works ADD COLUMN url TEXT;
    UPDATE works SET url = json_extract(report, '$.url');
    CREATE INDEX works_url ON works(url);
    """,
    # 4: the author's notes the file keeps outside the text (work, chapter and end notes), as JSON
    # [place, chapter, text] entries (:mod:`ficlens.library.author_notes`); works stored before have none.
    """
    ALTER TABLE works ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class LibraryVersionError(FiclensError):
    """The library file was written by a newer ficlens than this one."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to :data:`SCHEMA_VERSION`; returns the version it started at.

    Each step runs in its own ``BEGIN IMMEDIATE`` transaction, so two processes opening a fresh library at once
    never both apply the same step.
    """
    start = _user_version(conn)
    if start > SCHEMA_VERSION:
        raise LibraryVersionError(
            f"library schema version {start} is newer than this ficlens supports ({SCHEMA_VERSION}); upgrade ficlens"
        )
    for target in range(start + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _user_version(conn) >= target:  # another process got there first
                conn.execute("COMMIT")
                continue
            for statement in _statements(MIGRATIONS[target - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def _user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def _statements(script: str) -> list[str]:
    """Split a migration into complete statements (``executescript`` would commit the open transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
