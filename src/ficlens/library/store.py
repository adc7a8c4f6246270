"""The SQLite store: works (their text, formatting, metadata and reports), the tag index and the saved exclusion
list; the reader's corrections share the file (:mod:`ficlens.library.corrections`). A damaged, foreign, read-only
or missing file is one :class:`LibraryError` line naming it.

One file, WAL mode (readers never wait for the writer), every write in its own ``BEGIN IMMEDIATE`` transaction so a
crash loses at most the work being added. A work is identified by its AO3 work id when it has one, else by the hash
of its text: adding it again updates the stored row instead of adding a second one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ficlens.errors import FiclensError
from ficlens.library.author_notes import notes_json, stored_notes
from ficlens.library.migrations import SCHEMA_VERSION, migrate
from ficlens.library.paths import resolve_library_path
from ficlens.library.tags import TagRow, canonical_key, report_tags, split_severity
from ficlens.report import Report
from ficlens.safe_text import display_path
from ficlens.styles import StyleSpan
from ficlens.work import AuthorNote, Work
from ficlens.work_meta import WorkMeta

BUSY_TIMEOUT_MS = 30_000


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL mode. Switching takes an exclusive lock and SQLite can answer "database is locked"
    at once, busy timeout or not, while other connections open the same fresh file (about 1 in 200 with 12
    threads at once); retry until the busy timeout is spent."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


class LibraryError(FiclensError):
    """The library file could not be opened or written."""


REQUIRED_TABLES = frozenset({"works", "tags", "works_fts", "exclusions"})


def library_error(path: str | Path, exc: sqlite3.Error | OSError) -> LibraryError:
    """The one-line error naming the library file and why SQLite failed on it: damaged, not a database,
    locked, read-only, or the folder cannot be reached."""
    reason = str(exc) or exc.__class__.__name__
    if _is_damage(exc):
        return LibraryError(f"{display_path(path)}: the library is damaged ({reason}); restore a copy, or "
                            f"rebuild it with `ficlens add`")
    if "readonly" in reason:
        return LibraryError(f"{display_path(path)}: the library is read-only ({reason})")
    return LibraryError(f"{display_path(path)}: cannot use the library: {reason}")


def _is_damage(exc: BaseException) -> bool:
    """Whether SQLite's error says the file itself is broken (SQLITE_CORRUPT, SQLITE_NOTADB and the like)."""
    reason = str(exc)
    return (isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)) or any(
        sign in reason for sign in ("malformed", "not a database", "vtable constructor"))


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """A ficlens library holds its tables; an SQLite file of another program is refused before anything is
    written to it (a fresh, empty file passes: it is about to be created)."""
    # one read transaction: read apart, another connection's first migration could commit in between, and the
    # tables (none yet) and the version (1 now) would seem to be another program's
    conn.execute("BEGIN")
    try:
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.execute("COMMIT")
    if (version == 0 and not tables) or version > SCHEMA_VERSION:  # new, or newer than this ficlens: migrate says
        return
    missing = REQUIRED_TABLES - tables
    if missing:
        raise LibraryError(f"{display_path(path)}: not a ficlens library (no {', '.join(sorted(missing))} "
                           f"table{'s' if len(missing) > 1 else ''})")


IN_CHUNK = 500  # ids per ``IN (...)`` list, well under SQLite's limit on parameters


def select_in(conn: sqlite3.Connection, sql: str, ids: Sequence[int]) -> Iterator[Any]:
    """The rows of ``sql`` for ``ids``, whose ``{marks}`` is the ``IN`` list, asked :data:`IN_CHUNK` ids at a time."""
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start:start + IN_CHUNK]
        yield from conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


def _writable(path: Path) -> bool:
    """Whether SQLite may write the library and create its ``-wal`` and ``-shm`` files next to it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Library.add` did: a new work, or an update of the stored one (same AO3 id, URL or text), with
    that one's chapter count and whether the text changed (a download with new chapters)."""

    id: int
    created: bool
    chapters_before: int | None = None
    text_changed: bool = True


@dataclass(slots=True)
class WorkRow:
    """A stored work without its text."""

    id: int
    title: str | None
    authors: list[str]
    source: str
    format: str
    summary: str
    words: int
    ao3_id: str | None
    content_hash: str
    report_hash: str
    analysis: str | None
    added_at: str
    updated_at: str
    meta: WorkMeta = field(default_factory=WorkMeta)

    @property
    def date(self) -> str | None:
        """The work's own last date: updated, else published (None when the file gave neither)."""
        return self.meta.updated or self.meta.published

    @property
    def display_title(self) -> str:
        return self.title or Path(self.source).name or f"Work {self.id}"

    @property
    def file_name(self) -> str:
        """The source without its folders: what is shown to other machines instead of the local path."""
        return file_name(self.source)


_FOLDERS = re.compile(r"^.*[/\\]", re.DOTALL)  # a folder's name may hold a line break
_ZIP_MEMBER = re.compile(r"\.zip#", re.IGNORECASE)


def file_name(source: str) -> str:
    """A work's ``source`` without the folders of the file it was read from: ``/home/me/fics/a.epub`` is
    ``a.epub``, ``/home/me/fics.zip#dir/b.txt`` is ``fics.zip#dir/b.txt`` (a member's path is inside the zip, not on
    this machine). A zip's member is named after the first ``.zip#``, as ``ficlens add`` names it; any other
    source is cut after its last folder, whatever ``#`` its folders hold."""
    member = _ZIP_MEMBER.search(source)
    if member is None:
        return _FOLDERS.sub("", source)
    return _FOLDERS.sub("", source[:member.end() - 1]) + source[member.end() - 1:]


@dataclass(slots=True)
class StoredWork:
    """A stored work with its text and report."""

    row: WorkRow
    text: str
    report: Report
    styles: list[StyleSpan] = field(default_factory=list)  # the text's formatting
    notes: list[AuthorNote] = field(default_factory=list)  # the author's notes outside the text


_ROW_COLUMNS = ("id, title, authors, source, format, summary, words, ao3_id, content_hash, report_hash, analysis, "
                "added_at, updated_at, meta")
#: The columns :func:`work_row` reads, named with their table (for queries that join ``works`` to another).
WORK_COLUMNS = ", ".join(f"works.{name.strip()}" for name in _ROW_COLUMNS.split(","))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def work_row(values: Sequence[Any]) -> WorkRow:
    """A :class:`WorkRow` from the values of :data:`WORK_COLUMNS`."""
    (id_, title, authors, source, fmt, summary, words, ao3_id, chash, rhash, analysis, added, updated, meta) = values
    return WorkRow(id=int(id_), title=title, authors=json.loads(authors), source=source, format=fmt, summary=summary,
                   words=int(words), ao3_id=ao3_id, content_hash=chash, report_hash=rhash, analysis=analysis,
                   added_at=added, updated_at=updated, meta=_meta(meta))


def _meta(value: str | None) -> WorkMeta:
    """The stored metadata JSON as a :class:`WorkMeta` (unknown keys ignored: a newer ficlens may add some)."""
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return WorkMeta()
    if not isinstance(data, dict):
        return WorkMeta()
    known = {k: v for k, v in data.items() if k in WorkMeta.__dataclass_fields__}
    try:
        return WorkMeta(**known)
    except TypeError:
        return WorkMeta()


def _styles(value: str | None) -> list[StyleSpan]:
    """The stored formatting spans (malformed entries skipped)."""
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    spans = [StyleSpan.from_list(item) for item in data] if isinstance(data, list) else []
    return [s for s in spans if s is not None]


def _meta_json(work: Work) -> str:
    return json.dumps(asdict(work.meta) if work.meta is not None else {}, ensure_ascii=False)


class Library:
    """A library file. Safe to share between threads: each thread gets its own connection.

    ``create``: make the file when there is none (else a missing file is a :class:`LibraryError`, so that a
    mistyped ``--library`` never starts a second, empty library). A library SQLite cannot write there (a
    read-only file or folder) is opened read-only: reading works, every write is a :class:`LibraryError`.
    """

    def __init__(self, path: str | Path | None = None, create: bool = True) -> None:
        self.path = resolve_library_path(path)
        if not create and not self.path.exists():
            raise LibraryError(f"{display_path(self.path)}: no library there (`ficlens add` creates one)")
        if self.path.is_dir():
            raise LibraryError(f"{display_path(self.path)}: is a folder, not a library file")
        self.read_only = self.path.exists() and not _writable(self.path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.connection()  # create and migrate now, so errors surface at open time

    # -- connections -------------------------------------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            return self._connect_read_only()
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            _use_wal(conn)
            _check_schema(conn, self.path)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except (sqlite3.Error, OSError, LibraryError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, LibraryError):
                raise
            raise LibraryError(f"{display_path(self.path)}: cannot open library: {exc}") from exc
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        """A read-only connection. A WAL library in a folder SQLite cannot write has no ``-shm`` file to
        coordinate through: it is then opened as immutable (nothing can be writing it there)."""
        uri = self.path.resolve().as_uri()
        error: sqlite3.Error | None = None
        for mode in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri + mode, uri=True, isolation_level=None, check_same_thread=False,
                                       timeout=BUSY_TIMEOUT_MS / 1000)
            except sqlite3.Error as exc:
                error = exc
                continue
            try:
                _check_schema(conn, self.path)
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                break
            except sqlite3.Error as exc:
                conn.close()
                error = exc
            except LibraryError:
                conn.close()
                raise
        else:
            assert error is not None
            raise library_error(self.path, error) from error
        if version != SCHEMA_VERSION:
            conn.close()
            raise LibraryError(f"{display_path(self.path)}: the library is read-only and has schema version "
                               f"{version}; this ficlens reads version {SCHEMA_VERSION}")
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): committed on success, rolled back on any error."""
        conn = self.connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if self.read_only:
                raise LibraryError(f"{display_path(self.path)}: the library is read-only (its file or folder "
                                   "cannot be written)") from exc
            if _is_damage(exc):
                raise library_error(self.path, exc) from exc
            raise LibraryError(f"{display_path(self.path)}: cannot write to the library: {exc}") from exc

    @contextmanager
    def errors_named(self) -> Iterator[Library]:
        """Any SQLite failure inside (a damaged page met while reading, say) as one :class:`LibraryError` line
        naming this library's file (:func:`library_error`)."""
        try:
            yield self
        except sqlite3.Error as exc:
            raise library_error(self.path, exc) from exc

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same state of the library (re-entrant)."""
        conn = self.connection()
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    # -- writing -----------------------------------------------------------------------------------------------
    def add(self, work: Work, report: Report, analysis: str | None = None) -> AddResult:
        """Store ``work`` and its ``report`` (``analysis``: which analysis made it; None = not analysed).

        Same AO3 id, same URL (a FanFicFare download's source) or same text as a stored work: that work is updated
        in place, keeping its id and so the reader's corrections. One transaction.
        """
        chash = content_hash(work.text)
        report_json = report.to_json()
        rhash = hashlib.sha256(report_json.encode("utf-8")).hexdigest()[:16]
        summary = work.summary or ""
        values = (chash, work.ao3_id, work.source, work.format, work.title, json.dumps(work.authors), summary,
                  work.words, work.text, report_json, rhash, analysis, _meta_json(work),
                  json.dumps([s.as_list() for s in work.styles]), work.url, notes_json(work.author_notes))
        now = _now()
        with self.transaction() as conn:
            existing = self._find_existing(conn, work.ao3_id, work.url, chash)
            if existing is None:
                cur = conn.execute(
                    "INSERT INTO works (content_hash, ao3_id, source, format, title, authors, summary, words, text, "
                    "report, report_hash, analysis, meta, styles, url, notes, added_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, now, now))
                result = AddResult(int(cur.lastrowid or 0), created=True)
            else:
                old_hash, old_chapters = conn.execute(
                    "SELECT content_hash, json_array_length(report, '$.chapters') FROM works WHERE id=?",
                    (existing,)).fetchone()
                result = AddResult(existing, created=False, chapters_before=int(old_chapters or 0),
                                   text_changed=old_hash != chash)
                conn.execute(
                    "UPDATE works SET content_hash=?, ao3_id=coalesce(?, ao3_id), source=?, format=?, title=?, "
                    "authors=?, summary=?, words=?, text=?, report=?, report_hash=?, analysis=?, meta=?, styles=?, "
                    "url=coalesce(?, url), notes=?, updated_at=? "
                    "WHERE id=?", (*values, now, existing))
                conn.execute("DELETE FROM tags WHERE work_id=?", (existing,))
            self._insert_tags(conn, result.id, report_tags(report, analysed=analysis is not None))
        return result

    @staticmethod
    def _find_existing(conn: sqlite3.Connection, ao3_id: str | None, url: str | None, chash: str) -> int | None:
        """The stored work this one is a version of: same AO3 id, else same URL, else same text."""
        by_key = None
        for column, value in (("ao3_id", ao3_id), ("url", url)):
            if value and by_key is None:
                row = conn.execute(f"SELECT id FROM works WHERE {column}=? ORDER BY id LIMIT 1", (value,)).fetchone()
                by_key = None if row is None else int(row[0])
        row = conn.execute("SELECT id FROM works WHERE content_hash=?", (chash,)).fetchone()
        by_hash = None if row is None else int(row[0])
        if by_key is not None and by_hash is not None and by_key != by_hash:
            # The same text was stored earlier without its AO3 id or URL: fold the two rows into the older version.
            conn.execute("DELETE FROM works WHERE id=?", (by_hash,))
        return by_key if by_key is not None else by_hash

    @staticmethod
    def _insert_tags(conn: sqlite3.Connection, work_id: int, rows: Iterable[TagRow]) -> None:
        conn.executemany("INSERT OR IGNORE INTO tags (work_id, kind, name, norm, origin, severity) "
                         "VALUES (?,?,?,?,?,?)",
                         [(work_id, r.kind, r.name, r.norm, r.origin, r.severity) for r in rows])

    def remove(self, work_id: int) -> bool:
        """Remove one work; False when there is no such work."""
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM works WHERE id=?", (work_id,))
        return cur.rowcount > 0

    # -- reading -----------------------------------------------------------------------------------------------
    def count(self) -> int:
        row = self.connection().execute("SELECT count(*) FROM works").fetchone()
        return int(row[0])

    def rows(self, ids: Iterable[int] | None = None) -> list[WorkRow]:
        """Stored works without their text: all of them by title, or the given ids in the given order."""
        conn = self.connection()
        if ids is None:
            cur = conn.execute(f"SELECT {_ROW_COLUMNS} FROM works ORDER BY lower(coalesce(title, source)), id")
            return [work_row(r) for r in cur]
        wanted = list(ids)
        if not wanted:
            return []
        found: dict[int, WorkRow] = {}
        for r in select_in(conn, f"SELECT {_ROW_COLUMNS} FROM works WHERE id IN ({{marks}})", wanted):
            row = work_row(r)
            found[row.id] = row
        return [found[i] for i in wanted if i in found]

    def has(self, work: Work, analysis: str | None) -> bool:
        """Whether this very text is stored already, analysed the same way."""
        row = self.connection().execute("SELECT analysis FROM works WHERE content_hash=?",
                                        (content_hash(work.text),)).fetchone()
        return row is not None and row[0] == analysis

    def row(self, work_id: int) -> WorkRow | None:
        rows = self.rows([work_id])
        return rows[0] if rows else None

    def get(self, work_id: int) -> StoredWork | None:
        """A work with its text and report."""
        r = self.connection().execute(f"SELECT {_ROW_COLUMNS}, text, report, styles, notes FROM works WHERE id=?",
                                      (work_id,)).fetchone()
        if r is None:
            return None
        return StoredWork(row=work_row(r[:-4]), text=str(r[-4]), report=Report.from_json(str(r[-3])),
                          styles=_styles(r[-2]), notes=stored_notes(r[-1]))

    def notes(self, work_id: int) -> list[AuthorNote]:
        """The author's notes the work's file keeps outside its text (none for an unknown id)."""
        r = self.connection().execute("SELECT notes FROM works WHERE id=?", (work_id,)).fetchone()
        return [] if r is None else stored_notes(r[0])

    def report(self, work_id: int) -> Report | None:
        r = self.connection().execute("SELECT report FROM works WHERE id=?", (work_id,)).fetchone()
        return None if r is None else Report.from_json(str(r[0]))

    def reports(self, ids: Iterable[int]) -> dict[int, Report]:
        return {int(work_id): Report.from_json(str(data)) for work_id, data in
                select_in(self.connection(), "SELECT id, report FROM works WHERE id IN ({marks})", list(ids))}

    def version(self, work_id: int) -> str | None:
        """A key that changes whenever the work's text or report changes, or it is added again (its notes may
        have changed with neither); None: no such work."""
        r = self.connection().execute("SELECT content_hash, report_hash, updated_at FROM works WHERE id=?",
                                      (work_id,)).fetchone()
        return None if r is None else f"{str(r[0])[:16]}:{r[1]}:{r[2]}"

    def tags(self, work_id: int) -> list[TagRow]:
        cur = self.connection().execute(
            "SELECT kind, name, norm, origin, severity FROM tags WHERE work_id=? ORDER BY kind, origin, name",
            (work_id,))
        return [TagRow.from_db(*row) for row in cur]

    def facets(self, kind: str, limit: int = 40) -> list[tuple[str, int]]:
        """The most frequent tags of one kind across the library (either origin), with their work counts."""
        cur = self.connection().execute(
            "SELECT min(name), count(DISTINCT work_id) AS n FROM tags WHERE kind=? GROUP BY lower(name) "
            "ORDER BY n DESC, lower(min(name)) LIMIT ?", (kind, limit))
        return [(str(name), int(n)) for name, n in cur]

    def integrity_check(self) -> str:
        row = self.connection().execute("PRAGMA integrity_check").fetchone()
        return str(row[0])

    # -- saved exclusions --------------------------------------------------------------------------------------
    def exclusions(self) -> list[str]:
        """The reader's saved "never show me" tags, as they typed them."""
        cur = self.connection().execute("SELECT name FROM exclusions ORDER BY added_at, name")
        return [str(r[0]) for r in cur]

    def add_exclusions(self, names: Iterable[str]) -> None:
        rows = _exclusion_rows(names)
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO exclusions (norm, name, added_at) VALUES (?,?,?)", rows)

    def remove_exclusions(self, names: Iterable[str]) -> int:
        with self.transaction() as conn:
            before = conn.total_changes
            conn.executemany("DELETE FROM exclusions WHERE norm=?", [(canonical_key(n),) for n in names])
            return conn.total_changes - before

    def set_exclusions(self, names: Iterable[str]) -> None:
        """Replace the saved exclusion list."""
        rows = _exclusion_rows(names)
        with self.transaction() as conn:
            conn.execute("DELETE FROM exclusions")
            conn.executemany("INSERT OR IGNORE INTO exclusions (norm, name, added_at) VALUES (?,?,?)", rows)


def _exclusion_rows(names: Iterable[str]) -> list[tuple[str, str, str]]:
    """(norm, name, added_at) rows for saved exclusions; a bad ``@severity`` is refused here (UsageError), before
    anything is written, rather than failing every later search."""
    now = _now()
    rows = []
    for name in names:
        if name.strip():
            split_severity(name)
            rows.append((canonical_key(name), name.strip(), now))
    return rows
