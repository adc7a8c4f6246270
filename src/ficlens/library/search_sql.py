"""A search as SQL over ``works``: which works it keeps as one condition, in which order, so that a page of hits is
one ``LIMIT``/``OFFSET`` query and the totals are counts, whatever the size of the library.

:mod:`ficlens.library.search` decides what each filter matches (AO3's semantics, the reader's corrections, fan
vocabulary, wildcards: Python over the few tag rows a filter can match) and hands the work ids to :class:`Plan` as
sets; the ranges (completion, words, dates), the "creator chose not to warn" rule's ``analysis IS NULL`` and the
sort orders are SQL here. The order of every sort is the one :func:`ficlens.library.ranges.sort_key` gives, tie
for tie (its Python keys written as SQL; the title's ``casefold`` is a function registered on the connection).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ficlens.library.ranges import SORTS, Ranges
from ficlens.library.store import WORK_COLUMNS, WorkRow, work_row

_META = "(CASE WHEN json_valid(works.meta) THEN works.meta END)"
_DATE = (f"coalesce(nullif(json_extract({_META}, '$.updated'), ''), "
         f"nullif(json_extract({_META}, '$.published'), ''))")  # WorkRow.date
_KUDOS = f"json_extract({_META}, '$.kudos')"
_TITLE_ORDER = "lower(coalesce(works.title, works.source)), works.id"  # Library.rows()'s order
_LAST = "char(1114111)"  # U+10FFFF, above every other character: a prefix sorts after the longer text, so DESC
# puts it first, as ranges._descending's tuples do
_SORTS: dict[str, str] = {
    "title": ("(CASE WHEN works.title != '' THEN ficlens_casefold(works.title) "
              "ELSE ficlens_title_key(works.title, works.source, works.id) END), works.id"),
    "words": "works.words DESC, works.id",
    "updated": f"({_DATE}) IS NULL, (({_DATE}) || {_LAST}) DESC, works.id",
    "added": f"(works.added_at || {_LAST}) DESC, works.id DESC",
    "kudos": f"({_KUDOS}) IS NULL, coalesce({_KUDOS}, 0) DESC, works.id",
}
assert set(_SORTS) == set(SORTS)


def _title_key(title: str | None, source: str, work_id: int) -> str:
    """``WorkRow.display_title.casefold()``, the title sort's key (for a work without a title)."""
    row = WorkRow(id=work_id, title=title, authors=[], source=source, format="", summary="", words=0, ao3_id=None,
                  content_hash="", report_hash="", analysis=None, added_at="", updated_at="")
    return row.display_title.casefold()


def _functions(conn: sqlite3.Connection) -> None:
    conn.create_function("ficlens_casefold", 1, str.casefold, deterministic=True)
    conn.create_function("ficlens_title_key", 3, _title_key, deterministic=True)


def _ids(ids: Iterable[int]) -> str:
    return json.dumps(sorted(ids))


@dataclass(slots=True)
class Plan:
    """The works a search looks at (all, or the full-text matches in rank order) and the condition that keeps
    one, built up filter by filter."""

    fts_ids: list[int] | None = None  # the full-text matches, best first; None: no full-text query
    conditions: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def require(self, ids: Iterable[int]) -> None:
        """Keep only these works."""
        self.conditions.append("works.id IN (SELECT value FROM json_each(?))")
        self.args.append(_ids(ids))

    def refuse(self, ids: Iterable[int], unless_analysed: Iterable[int] = ()) -> None:
        """Remove these works, and those of ``unless_analysed`` that ficlens has not analysed."""
        self.conditions.append("works.id NOT IN (SELECT value FROM json_each(?))")
        self.args.append(_ids(ids))
        doubtful = sorted(unless_analysed)
        if doubtful:
            self.conditions.append("NOT (works.analysis IS NULL AND works.id IN (SELECT value FROM json_each(?)))")
            self.args.append(_ids(doubtful))

    def narrow(self, ranges: Ranges) -> None:
        """The ranges of :meth:`Ranges.judge`: a work the file says nothing about is removed by one that asks."""
        if ranges.complete is not None:
            self.conditions.append(f"json_extract({_META}, '$.complete') = ?")
            self.args.append(1 if ranges.complete else 0)
        if ranges.min_words is not None:
            self.conditions.append("works.words >= ?")
            self.args.append(ranges.min_words)
        if ranges.max_words is not None:
            self.conditions.append("works.words <= ?")
            self.args.append(ranges.max_words)
        if ranges.since is not None:
            self.conditions.append(f"({_DATE}) >= ?")
            self.args.append(ranges.since)
        if ranges.until is not None:
            self.conditions.append(f"substr(({_DATE}), 1, ?) <= ?")
            self.args += [len(ranges.until), ranges.until]

    # -- queries --------------------------------------------------------------------------------------------------
    def _from(self) -> tuple[str, list[Any]]:
        if self.fts_ids is None:
            return "works", []
        return "works JOIN json_each(?) AS fts ON fts.value = works.id", [json.dumps(self.fts_ids)]

    def _where(self, kept: bool | None) -> tuple[str, list[Any]]:
        if kept is None or not self.conditions:
            return ("" if kept is not False else " WHERE 0"), []
        test = "coalesce(" + " AND ".join(f"({c})" for c in self.conditions) + ", 0)"
        return f" WHERE {test}" if kept else f" WHERE NOT {test}", list(self.args)

    def count(self, conn: sqlite3.Connection, kept: bool | None = True) -> int:
        """How many works the search keeps (``kept``), removes (False) or looks at (None)."""
        source, args = self._from()
        where, more = self._where(kept)
        return int(conn.execute(f"SELECT count(*) FROM {source}{where}", [*args, *more]).fetchone()[0])

    def rows(self, conn: sqlite3.Connection, kept: bool, sort: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[WorkRow]:
        """The works kept (or removed), in ``sort`` order (one of :data:`SORTS`; None: best match first for a
        full-text query, else by title as stored), ``offset`` of them skipped, at most ``limit`` (None: all)."""
        _functions(conn)
        source, args = self._from()
        where, more = self._where(kept)
        order = _SORTS[sort] if sort is not None else ("fts.key, works.id" if self.fts_ids is not None
                                                       else _TITLE_ORDER)
        cur = conn.execute(f"SELECT {WORK_COLUMNS} FROM {source}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                           [*args, *more, -1 if limit is None else limit, offset])
        return [work_row(r) for r in cur]
