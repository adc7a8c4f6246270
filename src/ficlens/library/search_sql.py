"""A search as SQL over ``works``: which works it keeps as one condition, in which order, so that a page of hits is
one ``LIMIT``/``OFFSET`` query and the totals are counts, whatever the size of the library.

A tag filter by its keys (the common case: a label, a rating, a fandom, ``LABEL@SEVERITY``, fan vocabulary, which
:class:`~ficlens.library.filters.TagFilter` has turned into keys) is a query on the tag index with the reader's
corrections (:func:`tag_matches`); the few that only Python can decide (``author:``/``title:``, wildcards,
relationships by partial names) are decided by :mod:`ficlens.library.search` and handed over as a set of ids
(:func:`id_list`). The ranges (completion, words, dates), the "creator chose not to warn" rule and the sort orders
are SQL too. The order of every sort is the one :func:`ficlens.library.ranges.sort_key` gives, tie
for tie (its Python keys written as SQL; the title's ``casefold`` is a function registered on the connection).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ficlens.library.filters import TagFilter
from ficlens.library.ranges import SORTS, Ranges
from ficlens.library.store import WORK_COLUMNS, WorkRow, work_row
from ficlens.library.tags import CHOSE_NOT_TO_WARN, canonical_key
from ficlens.report import SEVERITY_ORDER

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


Select = tuple[str, list[Any]]  # a query giving work ids, and its arguments


def id_list(ids: Iterable[int]) -> Select:
    """The works of a set of ids (decided in Python), as a query."""
    return "SELECT value FROM json_each(?)", [json.dumps(sorted(ids))]


def tag_matches(f: TagFilter) -> Select | None:
    """The works that have a tag ``f`` matches (:meth:`TagFilter.matches` over the work's tags with the reader's
    corrections laid over them: a tag of ficlens's reading marked wrong never matches, an added one does), as a
    query on the tag index; None when ``f`` is not a plain tag by its keys (an author or title, a wildcard, a
    relationship by partial names: Python decides those)."""
    if f.on_work or f.pattern is not None or f.ship is not None or not f.keys:
        return None
    keys = sorted(f.keys)
    marks = ",".join("?" * len(keys))
    kind = " AND {t}.kind = ?" if f.kind is not None else ""
    kinds = [f.kind] if f.kind is not None else []
    sql = (f"SELECT t.work_id FROM tags AS t WHERE t.norm IN ({marks}){kind.format(t='t')} AND NOT "
           "(t.origin = 'ficlens' AND EXISTS (SELECT 1 FROM corrections AS c WHERE c.work_id = t.work_id AND "
           "c.action != 'add' AND c.kind = t.kind AND c.norm = t.norm))")
    args: list[Any] = [*keys, *kinds]
    if f.min_severity is not None:  # the reader's added tags have no severity: they never match one
        strong = [name for name, rank in SEVERITY_ORDER.items() if rank >= SEVERITY_ORDER[f.min_severity]]
        sql += f" AND t.severity IN ({','.join('?' * len(strong))})"
        return sql, [*args, *strong]
    sql += (f" UNION SELECT c.work_id FROM corrections AS c WHERE c.action = 'add' AND c.norm IN ({marks})"
            f"{kind.format(t='c')}")
    return sql, [*args, *keys, *kinds]


def chose_not_to_warn() -> Select:
    """The works whose own tags say the creator chose not to use archive warnings."""
    return "SELECT work_id FROM tags WHERE norm = ? AND origin = 'author'", [canonical_key(CHOSE_NOT_TO_WARN)]


@dataclass(slots=True)
class Plan:
    """The works a search looks at (all, or the full-text matches in rank order) and the condition that keeps
    one, built up filter by filter."""

    fts_ids: list[int] | None = None  # the full-text matches, best first; None: no full-text query
    conditions: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def require(self, works: Select) -> None:
        """Keep only these works."""
        self.conditions.append(f"works.id IN ({works[0]})")
        self.args += works[1]

    def refuse(self, works: Select, unless_analysed: Select | None = None) -> None:
        """Remove these works, and those of ``unless_analysed`` that ficlens has not analysed."""
        self.conditions.append(f"works.id NOT IN ({works[0]})")
        self.args += works[1]
        if unless_analysed is not None:
            self.conditions.append(f"NOT (works.analysis IS NULL AND works.id IN ({unless_analysed[0]}))")
            self.args += unless_analysed[1]

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
