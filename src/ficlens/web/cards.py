"""What the pages render once and reuse: reader pages, each work's tag blocks and the facet lists.

Pages and tag blocks are keyed by what they are made of (a work's id with the hash of its text and report, and the
reader's corrections of it), so a changed or corrected work is simply a new key and nothing needs invalidating; the
facet lists by the library's change counters. Thread-safe: the pages are rendered in worker threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from jinja2 import Environment
from markupsafe import Markup

from ficlens.library import Library, WorkRow
from ficlens.library.corrections import Correction, corrections
from ficlens.web.tagblock import TagLine, author_block, ficlens_block, reader_block

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
CARD_CACHE_SIZE = 4096


class LruCache(Generic[K, V]):
    """At most ``size`` entries, the least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


@dataclass(frozen=True, slots=True)
class Card:
    """A work's report as the library page shows it: its chapter count and its tag blocks, rendered, with the
    reader's corrections (ficlens's tags marked wrong struck through, tags the reader added in a line of their own)."""

    chapters: int
    ficlens: Markup  # empty when ficlens has not analysed the work
    own: Markup  # empty when the file has no tags of its own
    yours: Markup = Markup("")  # the tags the reader added; empty when none


class CardCache:
    """Cards by (work id, report hash, analysis, corrections): the reports of works already seen are neither parsed
    nor rendered again, which was most of the library page's cost (the corrections are one query per page)."""

    def __init__(self, env: Environment, size: int = CARD_CACHE_SIZE) -> None:
        self._tagblock = env.get_template("_tags.html").module.tagblock  # type: ignore[attr-defined]
        self._cards: LruCache[CardKey, Card] = LruCache(size)

    def cards(self, lib: Library, rows: Iterable[WorkRow]) -> dict[int, Card]:
        rows = list(rows)
        fixes = corrections(lib.connection(), (r.id for r in rows))
        out: dict[int, Card] = {}
        missing: list[WorkRow] = []
        for row in rows:
            card = self._cards.get(_key(row, fixes.get(row.id, [])))
            if card is None:
                missing.append(row)
            else:
                out[row.id] = card
        reports = lib.reports(r.id for r in missing)
        for row in missing:
            report = reports.get(row.id)
            if report is None:  # removed meanwhile
                continue
            mine = fixes.get(row.id, [])
            wrong = frozenset((f.kind, f.norm) for f in mine if f.action == "wrong")
            ficlens = ficlens_block(report, wrong) if row.analysis is not None else []
            own = author_block(report)
            yours = reader_block(list(dict.fromkeys((f.kind, f.name) for f in mine if f.action == "add")))
            card = Card(chapters=len(report.chapters), ficlens=self._render(ficlens, "ficlens"),
                        own=self._render(own, "author"), yours=self._render(yours, "reader"))
            self._cards.put(_key(row, mine), card)
            out[row.id] = card
        return out

    def _render(self, lines: list[TagLine], origin: str) -> Markup:
        return Markup(self._tagblock(lines, origin)) if lines else Markup("")


CardKey = tuple[int, str, str | None, tuple[tuple[str, str, str], ...]]


def _key(row: WorkRow, fixes: list[Correction]) -> CardKey:
    return (row.id, row.report_hash, row.analysis, tuple(sorted((f.action, f.kind, f.norm) for f in fixes)))


Facets = list[tuple[str, str, list[tuple[str, int]]]]  # (kind, heading, [(tag, works)])


class FacetCache:
    """The library page's facet lists, computed again only when the library has changed. Kept per connection
    (each worker thread has its own) under SQLite's ``data_version`` (commits by other connections) and the
    connection's own ``total_changes``; read inside the page's snapshot, so they always match the rest of it."""

    def __init__(self, kinds: tuple[tuple[str, str], ...]) -> None:
        self.kinds = kinds
        self._local = threading.local()

    def facets(self, lib: Library) -> Facets:
        conn = lib.connection()
        key = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        cached: tuple[tuple[int, int], Facets] | None = getattr(self._local, "entry", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        value = [(kind, heading, lib.facets(kind)) for kind, heading in self.kinds]
        self._local.entry = (key, value)
        return value
