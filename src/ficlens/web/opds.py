"""The library as an OPDS 1.2 catalogue (Atom XML) for e-reader apps (KOReader, Moon+ Reader, Thorium...).

- ``/opds``: the navigation feed (newest first, by last update, by title) with the search link;
- ``/opds/works``: an acquisition feed of works, 50 a page, newest first (``sort`` as the library page's);
- ``/opds/search?q=WORDS``: the same, by the library's full-text search, described for clients by
  ``/opds/opensearch.xml``;
- ``/works/ID.epub``: each entry's acquisition link (:mod:`ficlens.web.epub_export`).

Every feed runs the library page's search (:mod:`ficlens.web.works_query`): the saved exclusions apply unless
``all=1``, and ``include``, ``exclude``, ``status``, ``words``, ``since`` and ``until`` filter as they do there. A
feed's links keep those filters, so a catalogue added as ``/opds?exclude=violence@graphic`` stays filtered
wherever the reader goes in it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from lxml import etree
from starlette.concurrency import run_in_threadpool

from ficlens.library import Library, WorkRow
from ficlens.library.tags import TagRow
from ficlens.web import limits
from ficlens.web.budget import time_budget
from ficlens.web.epub_export import LANGUAGE, MEDIA_TYPE, work_epub
from ficlens.web.shown_text import shown
from ficlens.web.works_query import WorksPage, WorksQuery, corrected_tags, find_works
from ficlens.web.xml_text import xml_safe

ATOM = "http://www.w3.org/2005/Atom"
OPDS = "http://opds-spec.org/2010/catalog"
DC = "http://purl.org/dc/terms/"
OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/"
NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
OPENSEARCH_TYPE = "application/opensearchdescription+xml"
ACQUIRE = "http://opds-spec.org/acquisition"
PAGE_SIZE = 50
CARRIED = ("include", "exclude", "status", "words", "since", "until", "all")  # filters every link keeps
SHELVES = (  # the navigation feed's entries: (sort, title, what it holds, OPDS rel)
    ("added", "Newest first", "Works in the order they were added to the library, newest first.",
     "http://opds-spec.org/sort/new"),
    ("updated", "Recently updated", "By the work's own last update (else publication), newest first.",
     "subsection"),
    ("title", "By title", "Every work, A to Z.", "subsection"),
)
_NS = {None: ATOM, "opds": OPDS, "dc": DC, "opensearch": OPENSEARCH}


def opds_router(lib: Library, stopping: threading.Event, slots: asyncio.Semaphore) -> APIRouter:
    """The catalogue's routes over ``lib`` (``slots``: searches at once, shared with the library page)."""
    router = APIRouter()

    @router.get("/opds")
    def root(request: Request) -> Response:
        carry = _carried(request)
        feed = _feed("urn:ficlens:catalogue", "ficlens library", _now())
        _link(feed, "self", _url("/opds", carry), NAVIGATION)
        _link(feed, "start", _url("/opds", carry), NAVIGATION)
        _search_links(feed, request)
        for sort, title, content, rel in SHELVES:
            entry = _sub(feed, "entry")
            _sub(entry, "title", title)
            _sub(entry, "id", f"urn:ficlens:catalogue:{sort}")
            _sub(entry, "updated", feed.findtext(f"{{{ATOM}}}updated"))
            _sub(entry, "content", content, type="text")
            _link(entry, rel, _url("/opds/works", [*carry, ("sort", sort)]), ACQUISITION)
        return _xml(feed, NAVIGATION)

    @router.get("/opds/works")
    async def works(request: Request) -> Response:
        return await _acquisition(request, "/opds/works", default_sort="added")

    @router.get("/opds/search")
    async def found(request: Request) -> Response:
        return await _acquisition(request, "/opds/search", default_sort="")

    @router.get("/opds/opensearch.xml")
    def opensearch(request: Request) -> Response:
        root = etree.Element(f"{{{OPENSEARCH}}}OpenSearchDescription", nsmap={None: OPENSEARCH})
        etree.SubElement(root, f"{{{OPENSEARCH}}}ShortName").text = "ficlens"
        etree.SubElement(root, f"{{{OPENSEARCH}}}Description").text = "Search the ficlens library"
        etree.SubElement(root, f"{{{OPENSEARCH}}}InputEncoding").text = "UTF-8"
        etree.SubElement(root, f"{{{OPENSEARCH}}}OutputEncoding").text = "UTF-8"
        base = str(request.base_url).rstrip("/")  # the Host the guard let through: a template must be absolute
        etree.SubElement(root, f"{{{OPENSEARCH}}}Url", type=ACQUISITION, template=base + _search_template(request))
        return _xml(root, OPENSEARCH_TYPE)

    async def _acquisition(request: Request, path: str, default_sort: str) -> Response:
        params = request.query_params
        ask = WorksQuery(q=params.get("q", ""), include=params.getlist("include"), exclude=params.getlist("exclude"),
                         sort=params.get("sort") or default_sort, status=params.get("status", ""),
                         words=params.get("words", ""), since=params.get("since", ""), until=params.get("until", ""),
                         ignore_exclusions=params.get("all") == "1", page=_page(params.get("page")),
                         per_page=PAGE_SIZE)
        async with slots:
            got = await run_in_threadpool(_find, ask)
        return _xml(_acquisition_feed(request, path, ask, got), ACQUISITION)

    def _find(ask: WorksQuery) -> WorksPage:
        with lib.snapshot() as conn, time_budget(conn, limits.REQUEST_BUDGET_S, stopping):
            return find_works(lib, ask)

    @router.api_route("/works/{work_id}.epub", methods=["GET", "HEAD"])  # some clients ask HEAD before a download
    async def epub(work_id: str) -> Response:
        number = limits.work_id(work_id)
        async with slots:  # reading an original file or building an EPUB is a search's worth of work
            title, data = await run_in_threadpool(_epub, number)
        return Response(data, media_type=MEDIA_TYPE, headers={"Content-Disposition": _attachment(title)})

    def _epub(number: int) -> tuple[str, bytes]:
        with lib.snapshot() as conn, time_budget(conn, limits.REQUEST_BUDGET_S, stopping):
            stored = lib.get(number)
            if stored is None:
                raise HTTPException(status_code=404, detail=f"no work {number}")
            tags = corrected_tags(lib, [number])[number]
        return stored.row.display_title, work_epub(stored, tags)

    return router


def _acquisition_feed(request: Request, path: str, ask: WorksQuery, got: WorksPage) -> etree._Element:
    carry = _carried(request)
    here = [*carry, *([("q", ask.q)] if ask.q else []), *([("sort", ask.sort)] if ask.sort else [])]
    what = f"“{ask.q}”" if ask.q else "Works"
    latest = max((h.row.updated_at for h in got.shown), default=None) or _now()
    feed = _feed(f"urn:ficlens:catalogue:{path.rsplit('/', 1)[-1]}:{urlencode(here)}",
                 f"ficlens library: {what}" + (f" (page {got.page} of {got.pages})" if got.pages > 1 else ""), latest)
    _link(feed, "self", _url(path, [*here, ("page", str(got.page))]), ACQUISITION)
    _link(feed, "start", _url("/opds", carry), NAVIGATION)
    _link(feed, "up", _url("/opds", carry), NAVIGATION)
    _search_links(feed, request)
    _link(feed, "first", _url(path, [*here, ("page", "1")]), ACQUISITION)
    if got.page > 1:
        _link(feed, "previous", _url(path, [*here, ("page", str(min(got.page, got.pages + 1) - 1))]), ACQUISITION)
    if got.page < got.pages:
        _link(feed, "next", _url(path, [*here, ("page", str(got.page + 1))]), ACQUISITION)
    _link(feed, "last", _url(path, [*here, ("page", str(got.pages))]), ACQUISITION)
    _sub(feed, f"{{{OPENSEARCH}}}totalResults", str(got.total))
    _sub(feed, f"{{{OPENSEARCH}}}itemsPerPage", str(got.per_page))
    _sub(feed, f"{{{OPENSEARCH}}}startIndex", str((got.page - 1) * got.per_page + 1))
    for hit in got.shown:
        _entry(feed, hit.row, got.tags.get(hit.id, []))
    return feed


def _entry(feed: etree._Element, row: WorkRow, tags: Sequence[TagRow]) -> None:
    entry = _sub(feed, "entry")
    _sub(entry, "title", row.display_title)
    _sub(entry, "id", f"urn:ficlens:work:{row.id}")
    _sub(entry, "updated", row.updated_at)
    for name in row.authors:
        _sub(_sub(entry, "author"), "name", name)
    _sub(entry, f"{{{DC}}}language", LANGUAGE)
    if row.meta.published:
        _sub(entry, f"{{{DC}}}issued", row.meta.published)
    for tag in tags:
        _sub(entry, "category", scheme=f"urn:ficlens:{tag.kind}", term=tag.name, label=tag.name)
    _sub(entry, "summary", entry_summary(row, tags), type="text")
    _link(entry, ACQUIRE, f"/works/{row.id}.epub", MEDIA_TYPE)
    _link(entry, "alternate", f"/work/{row.id}", "text/html", title="Read in the browser")


def entry_summary(row: WorkRow, tags: Sequence[TagRow]) -> str:
    """What an e-reader shows under the title: fandom, rating, archive and content warnings (each once, from
    either origin, the reader's corrections applied), words, then the work's own summary."""
    def names(kind: str) -> list[str]:
        return list(dict.fromkeys(t.name + (f" ({t.severity})" if t.severity else "") for t in tags
                                  if t.kind == kind))

    lines = [f"{label}: {', '.join(found)}." for label, found in (
        ("Fandom", names("fandom")), ("Rating", names("rating")), ("Archive warnings", names("archive_warning")),
        ("Content warnings", names("warning"))) if found]
    lines.append(f"Words: {row.words:,}." + (f" Chapters: {row.meta.chapters}." if row.meta.chapters else ""))
    if row.summary:
        lines.append(row.summary)
    return "\n".join(lines)


def _feed(feed_id: str, title: str, updated: str) -> etree._Element:
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap=_NS)
    _sub(feed, "id", feed_id)
    _sub(feed, "title", title)
    _sub(feed, "updated", updated)
    _sub(_sub(feed, "author"), "name", "ficlens")
    return feed


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """A child element (an Atom one unless ``tag`` names its namespace), its text and attributes repaired
    (:mod:`ficlens.web.shown_text`) and made XML-safe."""
    el = etree.SubElement(parent, tag if tag.startswith("{") else f"{{{ATOM}}}{tag}",
                          {k: xml_safe(shown(v)) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_safe(shown(text))
    return el


def _link(parent: etree._Element, rel: str, href: str, kind: str, **attrs: str) -> None:
    _sub(parent, "link", rel=rel, href=href, type=kind, **attrs)


def _search_links(feed: etree._Element, request: Request) -> None:
    """The search, twice: by its OpenSearch description, and as the template itself (what some clients read)."""
    _link(feed, "search", _url("/opds/opensearch.xml", _carried(request)), OPENSEARCH_TYPE)
    _link(feed, "search", _search_template(request), ACQUISITION)


def _search_template(request: Request) -> str:
    carry = _carried(request)
    return _url("/opds/search", carry) + ("&" if carry else "?") + "q={searchTerms}"


def _xml(root: etree._Element, media_type: str) -> Response:
    return Response(etree.tostring(root, xml_declaration=True, encoding="utf-8"), media_type=media_type)


def _carried(request: Request) -> list[tuple[str, str]]:
    """The request's filters (not its query, sort or page), for every link of the feed."""
    return [(k, v) for k, v in request.query_params.multi_items() if k in CARRIED and v.strip()]


def _url(path: str, params: Sequence[tuple[str, str]]) -> str:
    return path + ("?" + urlencode(list(params)) if params else "")


def _page(text: str | None) -> int:
    return min(int(text), limits.MAX_PAGE) if text is not None and text.isdigit() and 0 < len(text) < 8 else 1


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _attachment(title: str) -> str:
    """A Content-Disposition naming the file after the work (ASCII fallback, and the full name per RFC 6266)."""
    ascii_name = "".join(c if c.isascii() and (c.isalnum() or c in " -_.,()") else "_" for c in title)[:80]
    full = quote(title[:80], safe="")  # RFC 5987: every byte but letters, digits and -._~ percent-encoded
    return f"attachment; filename=\"{ascii_name.strip() or 'work'}.epub\"; filename*=UTF-8''{full}.epub"
