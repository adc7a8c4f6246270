"""The FastAPI app: the library page, the reader and the saved exclusion list, server-rendered with Jinja2.

No JavaScript: folds are ``<details>`` elements, filters are a plain GET form, and the Content-Security-Policy
forbids every script, so a work's own HTML or script can never run even if escaping failed. :mod:`guard` checks
every request's Host, origin and body size first; :mod:`limits` caps what one search may ask; the SQLite work of a
page runs in a worker thread under a time budget (:mod:`budget`).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from ficlens.errors import UsageError
from ficlens.library import Library
from ficlens.library.corrections import correct, corrections, corrections_key, undo
from ficlens.library.filters import labels, refuse_misspelt
from ficlens.library.ranges import SORTS, Ranges
from ficlens.library.search import SNIPPET_CLOSE, SNIPPET_OPEN, search_page, snippets
from ficlens.web import limits
from ficlens.web.api import PREFIX as API_PREFIX
from ficlens.web.api import api_router, install_json_errors
from ficlens.web.budget import time_budget
from ficlens.web.cards import CardCache, FacetCache, LruCache
from ficlens.web.errors import install_error_pages
from ficlens.web.guard import Guard, allowed_hosts
from ficlens.web.opds import opds_router
from ficlens.web.reader import chapter_views
from ficlens.web.shown_text import shown
from ficlens.web.tagblock import author_block, ficlens_block

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 50
REMOVED_LISTED = 50  # removed works the page lists with the rule that removed them (the rest are counted)
READER_CACHE_SIZE = 64
SEARCH_SLOTS = 4  # library pages built at once: more would only queue for Python's lock, all slowed down together
FACET_KINDS: tuple[tuple[str, str], ...] = (
    ("warning", "Content warnings"),
    ("archive_warning", "Archive warnings"),
    ("rating", "Rating"),
    ("fandom", "Fandom"),
    ("relationship", "Relationships"),
    ("character", "Characters"),
)
RANGE_FIELDS = ("sort", "status", "words", "since", "until")
THEMES = ("light", "dark")  # else "auto": the system's choice
THEME_COOKIE_AGE = 365 * 24 * 3600
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                "base-uri 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, finalize=shown)  # every value shown, repaired
    env.filters["thousands"] = lambda n: f"{int(n):,}"
    env.filters["snippet"] = _snippet_html
    return env


def _snippet_html(snippet: str) -> Any:
    from markupsafe import Markup, escape

    html = str(escape(snippet)).replace(SNIPPET_OPEN, "<mark>").replace(SNIPPET_CLOSE, "</mark>")
    return Markup(html)


def html(body: str | bytes, status_code: int = 200) -> Response:
    return Response(content=body, status_code=status_code, media_type="text/html; charset=utf-8",
                    headers=SECURITY_HEADERS)


def create_app(library: Library | str | Path | None = None, hosts: Iterable[str] = ()) -> FastAPI:
    """The web app over one library (a :class:`Library`, a path, or None for the default library).

    ``hosts``: names besides loopback that the server answers to (the address it is bound to). Setting
    ``app.state.stopping`` interrupts every running query (the server is shutting down)."""
    lib = library if isinstance(library, Library) else Library(library)
    env = templates()
    cache: LruCache[tuple[int, str, int, str], bytes] = LruCache(READER_CACHE_SIZE)
    cards = CardCache(env)
    facet_lists = FacetCache(FACET_KINDS)
    stopping = threading.Event()
    app = FastAPI(title="ficlens", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.library = lib
    app.state.cache = cache
    app.state.stopping = stopping

    def error_page(status: int, detail: str) -> bytes:
        return env.get_template("error.html").render(status=status, detail=detail).encode("utf-8")

    app.add_middleware(Guard, hosts=allowed_hosts(hosts), max_body=limits.MAX_BODY_BYTES,
                       headers=SECURITY_HEADERS, error_page=error_page, stopping=stopping,
                       json_prefix=API_PREFIX)
    install_error_pages(app, lambda status, detail: html(error_page(status, detail), status), lib.path)

    searches = asyncio.Semaphore(SEARCH_SLOTS)
    app.include_router(api_router(lib, stopping, searches, env))
    app.include_router(opds_router(lib, stopping, searches))
    install_json_errors(app, lib)

    @app.get("/", response_class=HTMLResponse)
    async def library_page(request: Request) -> Response:
        params = request.query_params
        drop = params.getlist("drop")
        if drop:  # a filter chip was clicked: the same search without that filter
            kept = [(k, v) for k, v in params.multi_items() if k != "drop" and f"{k}:{v}" not in drop]
            return RedirectResponse("/?" + urlencode(kept), status_code=303)
        async with searches:  # first come, first served, rather than every request slowed down at once
            return await run_in_threadpool(_library_response, request)

    def _library_response(request: Request) -> Response:
        # the budget inside the snapshot: the read transaction's COMMIT must never be the statement interrupted
        with lib.snapshot() as conn, time_budget(conn, limits.REQUEST_BUDGET_S, stopping):
            try:
                return html(_library_page(request))
            except UsageError as exc:
                raise HTTPException(status_code=400, detail=str(exc)) from exc

    def _library_page(request: Request) -> str:
        params = request.query_params
        q = params.get("q", "").strip()
        include = [t for t in params.getlist("include") if t.strip()]
        exclude = [t for t in params.getlist("exclude") if t.strip()]
        limits.check_search(q, include, exclude)
        narrow = {name: params.get(name, "").strip() for name in RANGE_FIELDS}
        limits.check_ranges(narrow)
        ranges = Ranges.parse(narrow["status"], narrow["words"], narrow["since"], narrow["until"])
        ignore = params.get("all") == "1"
        page = min(max(1, _int(params.get("page"), 1)), limits.MAX_PAGE)
        result = search_page(lib, q or None, include, exclude, use_saved_exclusions=not ignore, ranges=ranges,
                             sort=narrow["sort"] or None, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE,
                             removed_limit=REMOVED_LISTED)
        shown = result.hits
        found = snippets(lib, q, [h.row for h in shown]) if q else {}
        for hit in shown:
            hit.snippet = found.get(hit.id)
        found_cards = cards.cards(lib, (h.row for h in shown))
        works = [{"hit": h, "card": found_cards[h.id], "analysed": h.row.analysis is not None}
                 for h in shown if h.id in found_cards]
        facets = facet_lists.facets(lib)
        base = [("q", q)] + [("include", t) for t in include] + [("exclude", t) for t in exclude]
        base += [(name, value) for name, value in narrow.items() if value]
        if ignore:
            base.append(("all", "1"))
        body: str = env.get_template("library.html").render(
            q=q, include=include, exclude=exclude, ignore=ignore, result=result, works=works, facets=facets,
            saved=lib.exclusions(), total=lib.count(), page=page,
            pages=max(1, -(-result.found // PAGE_SIZE)),
            page_url=lambda n: "/?" + urlencode([*base, ("page", str(n))]),
            all_url="/?" + urlencode([*[p for p in base if p[0] != "all"], ("all", "1")]),
            include_keys={t.casefold() for t in include}, exclude_keys={t.casefold() for t in exclude},
            narrow=narrow, sorts=SORTS, theme=theme_of(request),
        )
        return body

    @app.get("/work/{work_id}", response_class=HTMLResponse)
    async def reader_page(work_id: str, request: Request) -> Response:
        return await _reader(work_id, 0, request)

    @app.get("/work/{work_id}/chapter/{chapter}", response_class=HTMLResponse)
    async def chapter_page(work_id: str, chapter: str, request: Request) -> Response:
        return await _reader(work_id, limits.chapter_number(chapter), request)

    async def _reader(work_id: str, chapter: int, request: Request) -> Response:
        """The reader: the entire work (``chapter`` 0) or one chapter, in the reader's theme."""
        number = limits.work_id(work_id)
        theme = theme_of(request)
        version = lib.version(number)  # primary-key lookups: a cached page is served without a thread hop
        key = (number, f"{version}|{corrections_key(lib.connection(), number)}", chapter, theme)
        page = None if version is None else cache.get(key)
        if version is not None and page is None:
            page = await run_in_threadpool(_reader_miss, key)
        if page is None:
            raise HTTPException(status_code=404, detail=f"no work {number}" + (f" chapter {chapter}" if chapter
                                                                                else ""))
        return html(page)

    def _reader_miss(key: tuple[int, str, int, str]) -> bytes | None:
        number, _, chapter, theme = key
        with time_budget(lib.connection(), limits.REQUEST_BUDGET_S, stopping):
            page = _render_reader(lib, env, number, chapter, theme)
        if page is not None:
            cache.put(key, page)
        return page

    @app.post("/work/{work_id}/corrections")
    async def save_correction(work_id: str, request: Request) -> Response:
        """The reader's correction of one tag: marked wrong, added, or withdrawn (``action``: wrong, add, undo)."""
        number = limits.work_id(work_id)
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        action = (form.get("action") or [""])[0]
        tag = (form.get("tag") or [""])[0].strip()
        limits.check_tags([tag])
        if action not in ("wrong", "add", "undo") or not tag:
            raise HTTPException(status_code=400, detail="a correction needs a tag and wrong, add or undo")
        await run_in_threadpool(_save_correction, lib, number, action, tag)
        return RedirectResponse(f"/work/{number}", status_code=303)

    @app.post("/theme")
    async def set_theme(request: Request) -> Response:
        """The light/dark/auto choice, kept in a cookie (no script: a form posts here and is sent back)."""
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        theme = (form.get("theme") or ["auto"])[0]
        referer = urlsplit(request.headers.get("referer", ""))  # the Guard let only a same-origin form through
        back = (form.get("next") or [referer.path + (f"?{referer.query}" if referer.query else "") or "/"])[0]
        response = RedirectResponse(local_path(back, "/"), status_code=303)
        if theme in THEMES:
            response.set_cookie("theme", theme, max_age=THEME_COOKIE_AGE, samesite="lax", httponly=True)
        else:
            response.delete_cookie("theme")
        return response

    @app.get("/exclusions", response_class=HTMLResponse)
    def exclusions_page(request: Request) -> Response:
        return html(env.get_template("exclusions.html").render(saved=lib.exclusions(), theme=theme_of(request),
                                                               here="/exclusions"))

    @app.get("/labels", response_class=HTMLResponse)
    def labels_page(request: Request) -> Response:
        return html(env.get_template("labels.html").render(known=labels(), theme=theme_of(request), here="/labels"))

    @app.post("/exclusions")
    async def save_exclusions(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        action = (form.get("action") or ["replace"])[0]
        tags = [t.strip() for t in form.get("tag", []) if t.strip()]
        for block in form.get("tags", []):
            tags.extend(line.strip() for line in block.splitlines() if line.strip())
        if len(tags) > limits.MAX_TAGS_PER_FORM:
            raise HTTPException(status_code=400,
                                detail=f"too many tags: {len(tags):,} (at most {limits.MAX_TAGS_PER_FORM})")
        limits.check_tags(tags)
        force = (form.get("force") or [""])[0] == "1"
        await run_in_threadpool(_save_exclusions, lib, action, tags, force)
        back = (form.get("next") or ["/exclusions"])[0]
        return RedirectResponse(local_path(back, "/exclusions"), status_code=303)

    return app


def _save_exclusions(lib: Library, action: str, tags: list[str], force: bool) -> None:
    try:
        if action != "remove":
            saved = set(lib.exclusions())
            refuse_misspelt(lib.connection(), [t for t in tags if t not in saved], force)
        if action == "add":
            lib.add_exclusions(tags)
        elif action == "remove":
            lib.remove_exclusions(tags)
        else:
            lib.set_exclusions(tags)
    except UsageError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc


def _save_correction(lib: Library, work_id: int, action: str, tag: str) -> None:
    try:
        if action == "undo":
            undo(lib, work_id, tag)
        else:
            correct(lib, work_id, tag, "wrong" if action == "wrong" else "add")
    except UsageError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc


def theme_of(request: Request) -> str:
    """The reader's chosen theme ("light", "dark"), or "auto" (the system's, by ``prefers-color-scheme``)."""
    theme = request.cookies.get("theme", "auto")
    return theme if theme in THEMES else "auto"


def _render_reader(lib: Library, env: Environment, work_id: int, chapter: int = 0,
                   theme: str = "auto") -> bytes | None:
    """The reader page: the entire work (``chapter`` 0) or chapter ``chapter`` with previous/next; None when there
    is no such work or chapter."""
    stored = lib.get(work_id)
    if stored is None:
        return None
    report = stored.report
    analysed = stored.row.analysis is not None
    chapters = chapter_views(stored.text, report, stored.styles, stored.notes)
    fixes = corrections(lib.connection(), [work_id]).get(work_id, [])
    wrong = frozenset((f.kind, f.norm) for f in fixes if f.action == "wrong")
    added = list(dict.fromkeys((f.kind, f.name) for f in fixes if f.action == "add"))
    if chapter > len(chapters):
        return None
    here = f"/work/{work_id}" + (f"/chapter/{chapter}" if chapter else "")
    body = env.get_template("reader.html").render(
        row=stored.row, report=report, analysed=analysed, chapters=chapters, current=chapter,
        shown=[chapters[chapter - 1]] if chapter else chapters, theme=theme, here=here,
        link=safe_link(report.url), ficlens=ficlens_block(report, wrong) if analysed else [], own=author_block(report),
        added=added, wrong=sorted({(f.kind, f.name) for f in fixes if f.action == "wrong"}),
    )
    return body.encode("utf-8")


def local_path(target: str, default: str) -> str:
    """``target`` when it is a path on this server (a form's ``next``), else ``default``: never another site.

    Browsers read a backslash as a slash and drop tabs and newlines, so ``/\\evil.example`` and ``/\\t/evil.example``
    would leave the site like ``//evil.example``: any of them after the first slash, or a control character, is refused.
    """
    rest = target[1:2]
    if not target.startswith("/") or rest in ("/", "\\") or any(ord(c) < 32 for c in target):
        return default
    return target


def safe_link(url: str | None) -> str | None:
    """The work's URL when it is a plain http(s) address to link to; None otherwise (shown as text, if at all)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in "\"<> \t\n"):
        return None
    return url.strip()


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
