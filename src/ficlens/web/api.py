"""The read-only JSON API under ``/api/``: the library's works (found by the library page's own search, saved
exclusions honoured unless ``ignore_exclusions`` is asked), one work's metadata and stored report, its text, the
labels ficlens knows and the saved exclusions.

Every answer is a pydantic model, so ``/api/openapi.json`` documents it, and ``/api/docs`` shows that description
as a plain page rendered on the server (:mod:`ficlens.web.api_docs`: no script, nothing fetched, works offline); errors
under ``/api/`` are JSON, ``{"detail": "one line"}`` (:func:`install_json_errors`), the rest of the app keeps its
HTML error pages. The Host guard, the caps of :mod:`ficlens.web.limits` and the per-request SQLite time budget
apply as on every page.
"""

from __future__ import annotations

import asyncio
import inspect
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ficlens.library import Library, WorkRow
from ficlens.library.corrections import corrections
from ficlens.library.filters import labels
from ficlens.library.ranges import SORTS
from ficlens.library.store import LibraryError, library_error
from ficlens.library.tags import TagRow
from ficlens.report import ChapterOut, Report, WorkMetaOut
from ficlens.web import limits
from ficlens.web.api_docs import api_docs
from ficlens.web.budget import TooSlow, time_budget
from ficlens.web.errors import public_detail
from ficlens.web.guard import under
from ficlens.web.works_query import MAX_PER_PAGE, WorksQuery, corrected_tags, find_works
from ficlens.work import AuthorNote

PREFIX = "/api"
OPENAPI_URL = f"{PREFIX}/openapi.json"
WorkId = Annotated[str, Path(description="The work's id in the library (as `ficlens list` shows it)")]
Handler = Callable[[Request, Any], Response | Awaitable[Response]]


class TagOut(BaseModel):
    kind: str = Field(description="warning, archive_warning, rating, category, fandom, relationship, character or "
                                  "freeform")
    name: str
    origin: Literal["ficlens", "author", "reader"] = Field(
        description="ficlens's reading, the file's own tag, or the reader's correction (an added tag)")
    severity: str | None = Field(default=None, description="ficlens's severity of a content warning")


class WorkLinks(BaseModel):
    api: str
    text: str
    epub: str
    reader: str


class WorkOut(BaseModel):
    """A stored work without its text: the file's facts and its tags (the reader's corrections applied: a tag of
    ficlens's reading marked wrong is left out, an added one is in with origin "reader")."""

    id: int
    title: str | None
    display_title: str
    authors: list[str]
    source: str = Field(description="The file the work was read from, without its folders (`story.epub`, "
                                    "`fics.zip#dir/a.txt`): no path of the server's machine is ever shown")
    format: str
    words: int
    summary: str = Field(description="The work's own summary, as the file gives it")
    analysis: str | None = Field(description='Which analysis made the report ("full", "fast"); null when stored '
                                             "without one (tags then come from the file alone)")
    added_at: str
    updated_at: str
    meta: WorkMetaOut
    tags: list[TagOut]
    links: WorkLinks


class HitOut(WorkOut):
    why: list[str] = Field(description="The rules that kept the work, one line each, as `ficlens search --why`")


class UnknownOut(BaseModel):
    text: str
    suggestions: list[str]


class WorksOut(BaseModel):
    total: int = Field(description="Works found, over all pages")
    page: int
    per_page: int
    pages: int
    removed: int = Field(description="Works the filters and saved exclusions removed")
    exclusions: list[str] = Field(description="The saved exclusions that were applied")
    unknown: list[UnknownOut] = Field(description="Filters that match nothing known, with close spellings")
    works: list[HitOut]


class CorrectionOut(BaseModel):
    kind: str
    name: str
    action: Literal["wrong", "add"]


class WorkDetailOut(WorkOut):
    report: Report = Field(description="The stored report, as `ficlens analyze --json` printed it but for its "
                                       "`source`: the file name without its folders, as above")
    corrections: list[CorrectionOut] = Field(description="The reader's corrections of that report, applied in "
                                                         "`tags`")
    notes: list[AuthorNote] = Field(default_factory=list, description=(
        "The author's notes the file keeps outside the text: `place` is work, before or after (a chapter's, "
        "`chapter` its index in the report's chapters) or end"))


class TextOut(BaseModel):
    id: int
    text: str = Field(description="The text every offset of the report indexes")
    chapters: list[ChapterOut]


class LabelsOut(BaseModel):
    warning: dict[str, str] = Field(description="content-warning label -> its AO3 tag")
    severity: list[str] = Field(description="weakest first")
    archive_warning: list[str]
    rating: dict[str, str] = Field(description="letter -> AO3 name")
    fan_vocabulary: dict[str, str] = Field(description="what a fan may type -> the AO3 tag it finds")


class ErrorOut(BaseModel):
    detail: str


ERRORS: dict[int, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "A bad filter, range or sort, or one past the caps"},
    404: {"model": ErrorOut, "description": "No such work"},
    422: {"model": ErrorOut, "description": "A parameter of the wrong type"},
    503: {"model": ErrorOut, "description": "The request took too long, or the library is busy"},
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers an operation can give, for its OpenAPI description."""
    return {status: ERRORS[status] for status in statuses}


def work_out(row: WorkRow, tags: list[TagRow]) -> dict[str, Any]:
    """The fields of :class:`WorkOut` for one stored work."""
    return {
        "id": row.id, "title": row.title, "display_title": row.display_title, "authors": row.authors,
        "source": row.file_name, "format": row.format, "words": row.words, "summary": row.summary,
        "analysis": row.analysis, "added_at": row.added_at, "updated_at": row.updated_at,
        "meta": WorkMetaOut(published=row.meta.published, updated=row.meta.updated, chapters=row.meta.chapters,
                            complete=row.meta.complete, kudos=row.meta.kudos, hits=row.meta.hits,
                            series=list(row.meta.series)),
        "tags": [TagOut(kind=t.kind, name=t.name, origin=t.origin, severity=t.severity) for t in tags],
        "links": WorkLinks(api=f"{PREFIX}/works/{row.id}", text=f"{PREFIX}/works/{row.id}/text",
                           epub=f"/works/{row.id}.epub", reader=f"/work/{row.id}"),
    }


def api_router(lib: Library, stopping: threading.Event, slots: asyncio.Semaphore, env: Environment) -> APIRouter:
    """The ``/api/`` routes over ``lib``; ``slots`` bounds the searches run at once (shared with the library page),
    ``stopping`` interrupts their SQLite work when the server shuts down; ``env`` renders the docs page."""
    router = APIRouter(prefix=PREFIX, tags=["library"])

    def budgeted(work: Callable[[], BaseModel]) -> BaseModel:
        with lib.snapshot() as conn, time_budget(conn, limits.REQUEST_BUDGET_S, stopping):
            return work()

    @router.get("/works", response_model=WorksOut, summary="Find works", responses=errors(400, 422, 503))
    async def list_works(
        q: Annotated[str, Query(description="Full text: every word must occur (`word*`: a prefix)")] = "",
        include: Annotated[list[str] | None, Query(description="A tag the work must have (AND); repeat for "
                                                               "more")] = None,
        exclude: Annotated[list[str] | None, Query(description="A tag that removes the work (ANY); repeat for "
                                                               "more. `LABEL@SEVERITY`, `author:`, `title:`, `*` "
                                                               "as on the library page")] = None,
        sort: Annotated[str, Query(description="One of: " + ", ".join(SORTS) + " (default: best match for "
                                                                              "a query, else title)")] = "",
        status: Annotated[str, Query(description="complete or in-progress")] = "",
        words: Annotated[str, Query(description="MIN-MAX, e.g. 1000-50000, 10k-, -5000")] = "",
        since: Annotated[str, Query(description="The work's last date on or after YYYY[-MM[-DD]]")] = "",
        until: Annotated[str, Query(description="The work's last date on or before YYYY[-MM[-DD]]")] = "",
        ignore_exclusions: Annotated[bool, Query(description="Skip the saved exclusions this once")] = False,
        page: Annotated[int, Query(ge=1, le=limits.MAX_PAGE, description="Which page of the works found")] = 1,
        per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Works a page")] = 50,
    ) -> BaseModel:
        """The library's works with the library page's search: full text, include/exclude filters with AO3's
        semantics and fan vocabulary, ranges and sort, less the saved exclusions."""
        ask = WorksQuery(q=q, include=include or (), exclude=exclude or (), sort=sort, status=status, words=words,
                         since=since, until=until, ignore_exclusions=ignore_exclusions, page=page, per_page=per_page)

        def found() -> BaseModel:
            got = find_works(lib, ask)
            return WorksOut(
                total=got.total, page=got.page, per_page=got.per_page, pages=got.pages,
                removed=got.result.removed_count, exclusions=got.result.exclusions,
                unknown=[UnknownOut(text=u.text, suggestions=list(u.suggestions)) for u in got.result.unknown],
                works=[HitOut(**work_out(h.row, got.tags.get(h.id, [])), why=h.why) for h in got.shown])

        async with slots:
            return await run_in_threadpool(budgeted, found)

    @router.get("/works/{work_id}", response_model=WorkDetailOut, summary="One work and its report",
                responses=errors(404, 422, 503))
    async def get_work(work_id: WorkId) -> BaseModel:
        """A work's metadata and tags, its stored report as `ficlens analyze --json` gives it, and the reader's
        corrections of that report."""
        number = limits.work_id(work_id)

        def detail() -> BaseModel:
            row = lib.row(number)
            report = lib.report(number)
            if row is None or report is None:
                raise HTTPException(status_code=404, detail=f"no work {number}")
            fixes = corrections(lib.connection(), [number]).get(number, [])
            return WorkDetailOut(**work_out(row, corrected_tags(lib, [number])[number]),
                                 report=report.model_copy(update={"source": row.file_name}),
                                 corrections=[CorrectionOut(kind=c.kind, name=c.name, action=c.action)
                                              for c in dict.fromkeys(fixes)], notes=lib.notes(number))

        return await run_in_threadpool(budgeted, detail)

    @router.get("/works/{work_id}/text", response_model=TextOut, summary="One work's text",
                responses=errors(404, 422, 503))
    async def get_text(work_id: WorkId) -> BaseModel:
        """The work's text, which every offset of its report indexes, with its chapters."""
        number = limits.work_id(work_id)

        def text() -> BaseModel:
            stored = lib.get(number)
            if stored is None:
                raise HTTPException(status_code=404, detail=f"no work {number}")
            return TextOut(id=number, text=stored.text, chapters=stored.report.chapters)

        return await run_in_threadpool(budgeted, text)

    @router.get("/labels", response_model=LabelsOut, summary="The tags ficlens knows")
    def get_labels() -> BaseModel:
        """Content-warning labels with their AO3 tags, severities, archive warnings, ratings and fan vocabulary,
        as `ficlens labels --json`."""
        known = labels()
        return LabelsOut(warning=known.warning, severity=known.severity, archive_warning=known.archive_warning,
                         rating=known.rating, fan_vocabulary=known.fan_vocabulary)

    @router.get("/exclusions", response_model=list[str], summary="The saved exclusions",
                responses=errors(503))
    def get_exclusions() -> list[str]:
        """The reader's saved "never show me" tags, which every search applies unless told otherwise."""
        return lib.exclusions()

    schema: dict[str, Any] = {}

    def described() -> dict[str, Any]:
        if not schema:
            from ficlens import __version__

            schema.update(get_openapi(title="ficlens library API", version=__version__, routes=router.routes,
                                      description="Read-only JSON over the ficlens library."))
        return schema

    @router.get("/openapi.json", include_in_schema=False)
    def openapi() -> JSONResponse:
        return JSONResponse(described())

    page: list[bytes] = []

    @router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs_page() -> Response:
        if not page:
            page.append(env.get_template("api_docs.html").render(
                docs=api_docs(described()), openapi_url=OPENAPI_URL).encode("utf-8"))
        return HTMLResponse(page[0])

    return router


def is_api(request: Request) -> bool:
    return under(request.url.path, PREFIX)


def install_json_errors(app: FastAPI, library: Library) -> None:
    """Errors under ``/api/`` as JSON ``{"detail": "..."}`` with the status of the app's own page for the same
    error (whose handler still runs, for its log line); everywhere else the HTML pages stay."""
    for kind, page in list(app.exception_handlers.items()):
        if isinstance(kind, type):
            app.add_exception_handler(kind, _json_under_api(page, library))


def _json_under_api(page: Handler, library: Library) -> Handler:
    async def handler(request: Request, exc: Any) -> Response:
        if not is_api(request):
            return await _answer(page, request, exc)
        if isinstance(exc, StarletteHTTPException):
            return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)
        if isinstance(exc, RequestValidationError):
            return JSONResponse({"detail": validation_line(exc)}, status_code=422)
        status = (await _answer(page, request, exc)).status_code
        return JSONResponse({"detail": _fault_line(exc, library)}, status_code=status)
    return handler


async def _answer(page: Handler, request: Request, exc: Exception) -> Response:
    answer = page(request, exc)
    return await answer if inspect.isawaitable(answer) else answer


def validation_line(exc: RequestValidationError) -> str:
    """FastAPI's list of validation errors as one line: "page: Input should be a valid integer; ..."."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "bad request"


def _fault_line(exc: Exception, library: Library) -> str:
    if isinstance(exc, TooSlow):
        return "this search took too long and was stopped; try fewer or more specific words or filters"
    if isinstance(exc, LibraryError):
        return public_detail(str(exc), library.path)
    if isinstance(exc, sqlite3.Error):
        return public_detail(str(library_error(library.path, exc)), library.path)
    return "something went wrong on the server; the log says what"
