"""Search: full-text (FTS5 over title, summary and text) plus tag filters with AO3's semantics.

- Included tags combine with AND; a work is removed if it has ANY excluded tag (any origin: ficlens's reading,
  the file's own tags, or a tag the reader added; a tag of ficlens's reading the reader marked wrong no longer
  matches: :mod:`ficlens.library.corrections`). A filter may also name the work's ``author:`` or ``title:``
  (:mod:`ficlens.library.filters`).
- "Creator Chose Not To Use Archive Warnings": AO3 says such a work may contain any of the four archive warnings,
  so excluding one of the four also removes it, unless ficlens analysed the work and did not find that warning.
- A content warning may carry a least severity, ``LABEL@SEVERITY`` (``violence@graphic``, ``suicide@depicted``):
  it matches ficlens's reading of that warning at that severity or stronger (mentioned < depicted < graphic); a
  file's own tag has no severity, so it never matches a filter that asks for one.
- The reader's saved exclusions apply to every search unless ``use_saved_exclusions`` is False.
- Ranges (completion, words, dates) narrow further and ``sort`` orders the hits (:mod:`ficlens.library.ranges`).

Every work, kept or removed, carries ``why``: the rules that decided it.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from ficlens.library.corrections import corrected, corrections
from ficlens.library.filters import TagFilter, Unknown, unknown, work_fields
from ficlens.library.ranges import NO_RANGES, Ranges, sort_key
from ficlens.library.search_sql import Plan, Select, chose_not_to_warn, id_list, tag_matches
from ficlens.library.store import Library, WorkRow
from ficlens.library.tags import CHOSE_NOT_TO_WARN, TagRow, canonical_key

SNIPPET_OPEN = "\x02"
SNIPPET_CLOSE = "\x03"
SNIPPET_SCAN_BYTES = 64 * 1024  # of a work's text searched for its snippet: the cost per result is bounded
SNIPPET_CONTEXT = 100  # characters either side of the first match
SNIPPET_TERMS = 8  # of the query's words marked in a snippet
_CNTW_KEY = canonical_key(CHOSE_NOT_TO_WARN)
_TOKEN = re.compile(r"[^\s\"]+")
_WORD = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps of a token


@dataclass(slots=True)
class Hit:
    """One work with the rules that kept (or removed) it."""

    row: WorkRow
    why: list[str]
    kept: bool = True
    snippet: str | None = None

    @property
    def id(self) -> int:
        return self.row.id

    def as_json(self) -> dict[str, object]:
        return {"id": self.row.id, "title": self.row.title, "source": self.row.source, "why": self.why}


@dataclass(slots=True)
class SearchResult:
    """What a search found: ``hits``, the kept works asked for (all, or one page of them), ``removed``, the removed
    works asked for, each with ``why``, and how many there are in all."""

    hits: list[Hit]
    removed: list[Hit]
    exclusions: list[str] = field(default_factory=list)  # saved exclusions that were applied
    unknown: list[Unknown] = field(default_factory=list)  # filters that match nothing known, with suggestions
    found: int = 0  # the works kept, over all pages
    removed_count: int = 0  # the works removed, listed or not


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word must occur (a trailing ``*`` is a prefix search)."""
    terms = []
    for token in _TOKEN.findall(text):
        prefix = token.endswith("*")
        word = token.rstrip("*")
        if not word:
            continue
        terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) if terms else None


def _describe(tag: TagRow) -> str:
    origin = {"ficlens": "ficlens's reading", "reader": "your correction"}.get(tag.origin, "the file's own tag")
    kind = tag.kind.replace("_", " ")
    severity = f", {tag.severity}" if tag.severity else ""
    return f"{kind} '{tag.name}' ({origin}{severity})"


def search(library: Library, query: str | None = None, include: Sequence[str] = (), exclude: Sequence[str] = (),
           use_saved_exclusions: bool = True, limit: int | None = None, ranges: Ranges = NO_RANGES,
           sort: str | None = None) -> SearchResult:
    """Find works. ``limit`` caps the kept hits (removed ones are still all reported). ``ranges``: completion,
    words and dates; ``sort``: one of :data:`~ficlens.library.ranges.SORTS` (default: best match first for a
    query, else by title). One consistent snapshot."""
    return search_page(library, query, include, exclude, use_saved_exclusions, ranges, sort, limit=limit)


def search_page(library: Library, query: str | None = None, include: Sequence[str] = (),
                exclude: Sequence[str] = (), use_saved_exclusions: bool = True, ranges: Ranges = NO_RANGES,
                sort: str | None = None, offset: int = 0, limit: int | None = None,
                removed_limit: int | None = None) -> SearchResult:
    """:func:`search`, one page at a time: the kept works from the ``offset``-th, at most ``limit`` (None: all),
    and the first ``removed_limit`` removed works (None: all; in the order of no sort), with the totals in
    ``found`` and ``removed_count``. Only the works returned are read and judged; the others are counted in SQL
    (:mod:`ficlens.library.search_sql`). One consistent snapshot."""
    if sort is not None:
        sort_key(sort)  # an unknown sort is a UsageError before anything is read
    with library.snapshot() as conn:
        saved = library.exclusions() if use_saved_exclusions else []
        includes = [TagFilter.parse(t) for t in include if t.strip()]
        excludes = [TagFilter.parse(t) for t in exclude if t.strip()]
        known = {(f.keys, f.kind, f.min_severity) for f in excludes}
        saved_filters = [f for f in (TagFilter.parse(t) for t in saved)
                         if (f.keys, f.kind, f.min_severity) not in known]
        match = fts_query(query) if query else None
        rules = Rules(query if match is not None else None, includes, [(f, "exclude") for f in excludes] +
                      [(f, "saved exclusion") for f in saved_filters], ranges)
        plan = Plan(fts_ids=_fts_ids(conn, match) if match is not None else None)
        every = [*includes, *excludes, *saved_filters]
        in_python = [f for f in every if tag_matches(f) is None]  # the few filters SQL cannot decide
        tags = _tags_for(conn, in_python) if in_python else {}
        fields = work_fields(conn) if any(f.on_work for f in in_python) else {}
        for f in includes:
            plan.require(_works_of(f, tags, fields))
        for f in [*excludes, *saved_filters]:
            plan.refuse(_works_of(f, tags, fields), chose_not_to_warn() if f.archive_warning() is not None else None)
        plan.narrow(ranges)
        kept = plan.rows(conn, True, sort, limit, offset)
        dropped = plan.rows(conn, False, None, removed_limit) if removed_limit != 0 else []
        shown = _tags_for(conn, every, {r.id for r in (*kept, *dropped)})  # for the why of the works returned
        hits = [rules.judge(row, shown.get(row.id, [])) for row in kept]
        removed = [rules.judge(row, shown.get(row.id, [])) for row in dropped]
        whole = offset == 0 and limit is None
        return SearchResult(hits=hits, removed=removed, exclusions=[f.text for f in saved_filters],
                            unknown=unknown(conn, [*includes, *excludes]),
                            found=len(hits) if whole else plan.count(conn, True),
                            removed_count=len(removed) if removed_limit is None else plan.count(conn, False))


@dataclass(frozen=True, slots=True)
class Rules:
    """A search's rules, to say of one work whether they keep it and why."""

    query: str | None  # the full-text query, when it is one
    includes: list[TagFilter]
    exclusions: list[tuple[TagFilter, str]]  # (filter, "exclude" or "saved exclusion")
    ranges: Ranges

    def judge(self, row: WorkRow, work_tags: list[TagRow]) -> Hit:
        """The work with every rule's verdict on it (its tags: those relevant to the filters, corrections
        applied)."""
        why: list[str] = []
        if self.query is not None:
            why.append(f"full text matches {self.query!r}")
        ok = True
        for f in self.includes:
            found = _include_reason(f, row, work_tags)
            why.append(f"include {f.text!r}: {found or _missing(f)}")
            ok = ok and found is not None
        for f, source in self.exclusions:
            verdict, reason = _judge_exclusion(f, row, work_tags)
            why.append(f"{source} {f.text!r}: {reason}")
            ok = ok and verdict
        for verdict, reason in self.ranges.judge(row):
            why.append(reason if verdict else f"removed: {reason}")
            ok = ok and verdict
        if not why:
            why.append("no query or filters: every work")
        return Hit(row=row, why=why, kept=ok)


def _works_of(f: TagFilter, tags: dict[int, list[TagRow]], fields: dict[int, tuple[str | None, list[str]]]
              ) -> Select:
    """The works ``f`` matches: a query on the tag index, or the ids Python finds by the work's author or title or
    by one of its tags."""
    by_index = tag_matches(f)
    if by_index is not None:
        return by_index
    if f.on_work:
        return id_list(i for i, (title, authors) in fields.items() if f.matches_work(title, authors) is not None)
    return id_list(i for i, found in tags.items() if any(f.matches(t) for t in found))


def _matching(f: TagFilter, work_tags: Iterable[TagRow]) -> list[TagRow]:
    found = [t for t in work_tags if f.matches(t)]
    found.sort(key=lambda t: t.origin != "ficlens")  # ficlens's own reading first
    return found


def _include_reason(f: TagFilter, row: WorkRow, work_tags: list[TagRow]) -> str | None:
    """Why ``row`` has what an include asks for, or None when it does not."""
    if f.on_work:
        value = f.matches_work(row.title, row.authors)
        return None if value is None else f"{f.kind} {value!r}"
    found = _matching(f, work_tags)
    return f"has {_describe(found[0])}" if found else None


def _missing(f: TagFilter) -> str:
    return "not by that author" if f.kind == "author" else (
        "title does not match" if f.kind == "title" else "no such tag")


def _judge_exclusion(f: TagFilter, row: WorkRow, work_tags: list[TagRow]) -> tuple[bool, str]:
    """(keep?, why) for one excluded tag."""
    analysed = row.analysis is not None
    found = _include_reason(f, row, work_tags)
    if found is not None:
        return False, f"removed: {found}"
    if f.on_work:
        return True, f"kept: {_missing(f)}"
    archive = f.archive_warning()
    chose_not_to_warn = any(t.norm == _CNTW_KEY and t.origin == "author" for t in work_tags)
    if archive is not None and chose_not_to_warn:
        if analysed:
            return True, (f"kept: the creator chose not to use archive warnings, but ficlens read the work and "
                          f"found no {archive}")
        return False, (f"removed: the creator chose not to use archive warnings (it may contain {archive}) "
                       f"and ficlens has not analysed it")
    if analysed:
        return True, "kept: not found (ficlens read it) and not tagged"
    return True, "kept: not tagged (ficlens has not analysed it)"


def _fts_ids(conn: sqlite3.Connection, match: str) -> list[int]:
    """The matching works, best first. No FTS5 ``snippet()`` here: it scores every pair of hits in a column, so
    its cost grows with the square of a long work's hits (:func:`snippets` is bounded instead)."""
    try:
        cur = conn.execute("SELECT rowid FROM works_fts WHERE works_fts MATCH ? "
                           "ORDER BY bm25(works_fts, 10.0, 4.0, 1.0)", (match,))
        return [int(r[0]) for r in cur]
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):  # a time budget ran out: not the same as "matches nothing"
            raise
        return []  # a query FTS5 cannot parse matches nothing


def query_pattern(query: str) -> re.Pattern[str] | None:
    """The first words of a query as one case-insensitive pattern, to mark them in a snippet (a trailing ``*``
    matches any ending, as in :func:`fts_query`)."""
    alternatives = []
    for token in _TOKEN.findall(query)[:SNIPPET_TERMS]:
        parts = _WORD.findall(token)
        if parts:
            body = r"[\W_]+".join(re.escape(p) for p in parts)
            alternatives.append(r"(?<![^\W_])" + body + (r"[^\W_]*" if token.endswith("*") else r"(?![^\W_])"))
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def snippet(text: str, pattern: re.Pattern[str]) -> str | None:
    """About ``2 * SNIPPET_CONTEXT`` characters around the first match of ``pattern`` in ``text``, every match
    inside wrapped in ``SNIPPET_OPEN``/``SNIPPET_CLOSE``; None when nothing matches."""
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, first.start() - SNIPPET_CONTEXT)
    end = min(len(text), first.end() + SNIPPET_CONTEXT)
    if start > 0:
        space = text.find(" ", start, first.start())
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space >= 0 else end
    window = pattern.sub(lambda m: SNIPPET_OPEN + m.group(0) + SNIPPET_CLOSE, text[start:end])
    return ("…" if start > 0 else "") + " ".join(window.split()) + ("…" if end < len(text) else "")


def snippets(library: Library, query: str, rows: Iterable[WorkRow]) -> dict[int, str]:
    """A snippet per work (by id) where one of the query's words occurs in the first ``SNIPPET_SCAN_BYTES`` of
    its text, else in its summary or title. Bounded work per result, so callers ask only for the works shown."""
    pattern = query_pattern(query)
    if pattern is None:
        return {}
    out: dict[int, str] = {}
    for row in rows:
        for part in (_text_prefix(library.connection(), row.id), row.summary, row.title or ""):
            found = snippet(part, pattern)
            if found is not None:
                out[row.id] = found
                break
    return out


def _text_prefix(conn: sqlite3.Connection, work_id: int) -> str:
    """The first ``SNIPPET_SCAN_BYTES`` of a work's text, read incrementally (not the whole, maybe huge, text)."""
    try:
        with conn.blobopen("works", "text", work_id, readonly=True) as blob:
            data = blob.read(SNIPPET_SCAN_BYTES)
    except sqlite3.OperationalError:  # no such row (removed meanwhile)
        return ""
    return data.decode("utf-8", "ignore")


def _tags_for(conn: sqlite3.Connection, filters: list[TagFilter],
              ids: Collection[int] | None = None) -> dict[int, list[TagRow]]:
    """The index rows relevant to the filters (their keys and the opt-out tag), per work (of ``ids``; None: of every
    work), with the reader's corrections laid over them (a work with an added tag is there even when none of its
    rows is)."""
    keys = {k for f in filters if not f.on_work for k in f.keys}
    if not keys or (ids is not None and not ids):
        return {}
    keys.add(_CNTW_KEY)
    marks = ",".join("?" * len(keys))
    broad = {f.kind for f in filters if f.broad}  # wildcards and partial names: every row of their kind
    sql = f"SELECT work_id, kind, name, norm, origin, severity FROM tags WHERE (norm IN ({marks})"
    args: list[str] = sorted(keys)
    if None in broad:
        sql += " OR 1"
    elif broad:
        sql += f" OR kind IN ({','.join('?' * len(broad))})"
        args += sorted(k for k in broad if k is not None)
    sql += ")"
    if ids is not None:
        chosen, more = id_list(ids)
        sql += f" AND work_id IN ({chosen})"
        args += more
    out: dict[int, list[TagRow]] = defaultdict(list)
    for work_id, kind, name, norm, origin, severity in conn.execute(sql, args):
        out[int(work_id)].append(TagRow.from_db(kind, name, norm, origin, severity))
    if ids is None:
        ids = set(out) | {int(r[0]) for r in conn.execute("SELECT DISTINCT work_id FROM corrections")}
    for work_id, fixes in corrections(conn, ids).items():  # wrong ones out, added ones in
        out[work_id] = corrected(out.get(work_id, []), fixes)
    return dict(out)
