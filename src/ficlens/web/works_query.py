"""The works a JSON API or OPDS request asks for: the library page's search (:func:`ficlens.library.search`, the same
include/exclude, full-text, range and sort rules, the saved exclusions unless asked otherwise), checked against the
same caps (:mod:`ficlens.web.limits`), then cut into pages; and the tags of the works of one page, with the reader's
corrections applied, as every filter sees them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from fastapi import HTTPException

from ficlens.errors import UsageError
from ficlens.library import Hit, Library, SearchResult
from ficlens.library.corrections import corrected, corrections
from ficlens.library.ranges import Ranges
from ficlens.library.search import search_page
from ficlens.library.store import select_in
from ficlens.library.tags import TagRow
from ficlens.web import limits

MAX_PER_PAGE = 200


@dataclass(frozen=True, slots=True)
class WorksQuery:
    """What one request asks: the library page's fields, by the same names."""

    q: str = ""
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    sort: str = ""  # "" is the search's default: best match for a query, else by title
    status: str = ""
    words: str = ""
    since: str = ""
    until: str = ""
    ignore_exclusions: bool = False
    page: int = 1
    per_page: int = 50


@dataclass(slots=True)
class WorksPage:
    """One page of the hits (the search read no other), with what the whole search found."""

    result: SearchResult
    shown: list[Hit]
    page: int
    per_page: int
    tags: dict[int, list[TagRow]] = field(default_factory=dict)  # the shown works' tags, corrections applied

    @property
    def total(self) -> int:
        return self.result.found

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def find_works(lib: Library, ask: WorksQuery) -> WorksPage:
    """One page of the works ``ask`` finds (run inside the caller's snapshot and time budget). A bad field is an
    ``HTTPException`` 400 with the search's own one-line reason."""
    q = ask.q.strip()
    include = [t for t in ask.include if t.strip()]
    exclude = [t for t in ask.exclude if t.strip()]
    limits.check_search(q, include, exclude)
    narrow = {"sort": ask.sort.strip(), "status": ask.status.strip(), "words": ask.words.strip(),
              "since": ask.since.strip(), "until": ask.until.strip()}
    limits.check_ranges(narrow)
    if not 1 <= ask.per_page <= MAX_PER_PAGE:
        raise HTTPException(status_code=400, detail=f"per_page is {ask.per_page} (from 1 to {MAX_PER_PAGE})")
    try:
        ranges = Ranges.parse(narrow["status"], narrow["words"], narrow["since"], narrow["until"])
        page = max(1, ask.page)
        result = search_page(lib, q or None, include, exclude, use_saved_exclusions=not ask.ignore_exclusions,
                             ranges=ranges, sort=narrow["sort"] or None, offset=(page - 1) * ask.per_page,
                             limit=ask.per_page, removed_limit=0)
    except UsageError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return WorksPage(result=result, shown=result.hits, page=page, per_page=ask.per_page,
                     tags=corrected_tags(lib, [h.id for h in result.hits]))


def corrected_tags(lib: Library, ids: Sequence[int]) -> dict[int, list[TagRow]]:
    """Each work's tags (one row per tag and origin, in index order), the reader's corrections applied: a tag of
    ficlens's reading marked wrong is gone, an added one is there with origin "reader"."""
    conn = lib.connection()
    rows: dict[int, list[TagRow]] = {i: [] for i in ids}
    for work_id, kind, name, norm, origin, severity in select_in(
            conn, "SELECT work_id, kind, name, norm, origin, severity FROM tags WHERE work_id IN ({marks}) "
                  "ORDER BY work_id, kind, origin, name", list(ids)):
        rows[int(work_id)].append(TagRow.from_db(kind, name, norm, origin, severity))
    fixes = corrections(conn, ids)
    out: dict[int, list[TagRow]] = {}
    for work_id, found in rows.items():
        kept = corrected(found, fixes[work_id]) if work_id in fixes else found
        once = {(t.kind, t.name, t.origin): t for t in reversed(kept)}  # a tag has a row per key it is found under
        out[work_id] = sorted(once.values(), key=lambda t: (t.kind, t.origin, t.name))
    return out
