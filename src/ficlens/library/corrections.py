"""The reader's corrections of ficlens: a tag of ficlens's reading marked wrong for one work, or a tag ficlens
missed added to it. Stored apart from the analysis (``corrections`` table), so re-adding a work keeps them; every
filter respects them (a wrong tag no longer matches, an added one does, named "your correction" in ``why``), and
the reader shows them as the reader's own.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from ficlens.errors import UsageError
from ficlens.library.filters import TagFilter, suggest
from ficlens.library.store import Library, select_in
from ficlens.library.tags import KINDS, TagRow, parse_tag_query, tag_rows

Action = Literal["wrong", "add"]


@dataclass(frozen=True, slots=True)
class Correction:
    kind: str
    name: str
    norm: str
    action: Action


def correct(lib: Library, work_id: int, text: str, action: Action) -> list[Correction]:
    """Mark the tag ``text`` wrong for the work (it must be one of ficlens's reading of it), or add it
    (``kind:NAME``). A :class:`UsageError` names what is missing."""
    if lib.row(work_id) is None:
        raise UsageError(f"no work {work_id} in the library")
    if action == "wrong":
        found = _ficlens_rows(lib, work_id, text)
        rows = [Correction(t.kind, t.name, t.norm, "wrong") for t in found]
    else:
        kind, name = parse_tag_query(text)
        if kind not in KINDS:
            raise UsageError(f"say which kind of tag {text.strip()!r} is, as KIND:TAG (warning:{name}, "
                             f"freeform:{name}; kinds: {', '.join(KINDS)})")
        rows = [Correction(t.kind, t.name, t.norm, "add") for t in tag_rows(kind, name, "reader")]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with lib.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO corrections (work_id, kind, name, norm, action, added_at) "
                         "VALUES (?,?,?,?,?,?)", [(work_id, r.kind, r.name, r.norm, r.action, now) for r in rows])
    return rows


def undo(lib: Library, work_id: int, text: str) -> int:
    """Withdraw the corrections of the tag ``text`` for the work; how many went. A :class:`UsageError` when the
    work has none of that tag."""
    f = TagFilter.parse(text)
    gone = [c for c in corrections(lib.connection(), [work_id]).get(work_id, [])
            if f.names(TagRow(c.kind, c.name, c.norm, "reader"))]
    if not gone:
        raise UsageError(f"work {work_id} has no correction of {text!r}")
    with lib.transaction() as conn:
        conn.executemany("DELETE FROM corrections WHERE work_id=? AND kind=? AND norm=? AND action=?",
                         [(work_id, c.kind, c.norm, c.action) for c in gone])
    return len(gone)


def corrections(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, list[Correction]]:
    """The corrections of some works, by work id."""
    out: dict[int, list[Correction]] = defaultdict(list)
    for work_id, kind, name, norm, action in select_in(
            conn, "SELECT work_id, kind, name, norm, action FROM corrections WHERE work_id IN ({marks}) "
                  "ORDER BY added_at, name", sorted(set(ids))):
        out[int(work_id)].append(Correction(str(kind), str(name), str(norm), "add" if action == "add" else "wrong"))
    return out


def corrected(rows: list[TagRow], fixes: list[Correction]) -> list[TagRow]:
    """A work's tag rows with its corrections applied: ficlens's rows marked wrong dropped, added ones in."""
    wrong = {(c.kind, c.norm) for c in fixes if c.action == "wrong"}
    kept = [t for t in rows if not (t.origin == "ficlens" and (t.kind, t.norm) in wrong)]
    return kept + [TagRow(c.kind, c.name, c.norm, "reader") for c in fixes if c.action == "add"]


def _ficlens_rows(lib: Library, work_id: int, text: str) -> list[TagRow]:
    f = TagFilter.parse(text)
    own = [t for t in lib.tags(work_id) if t.origin == "ficlens"]
    found = [t for t in own if f.names(t)]
    if not found:
        close = suggest(f.value(), [t.name for t in own])
        hint = f": did you mean {' or '.join(repr(s) for s in close)}?" if close else ""
        raise UsageError(f"ficlens's reading of work {work_id} has no tag {text.strip()!r}{hint}")
    return found


def corrections_key(conn: sqlite3.Connection, work_id: int) -> str:
    """A key that changes whenever the work's corrections change (for the reader's page cache)."""
    row = conn.execute("SELECT group_concat(action || ':' || kind || ':' || norm, '|') FROM "
                       "(SELECT action, kind, norm FROM corrections WHERE work_id=? ORDER BY action, kind, norm)",
                       (work_id,)).fetchone()
    return str(row[0] or "")

