"""Every error as one clear HTML page (never FastAPI's JSON, never a bare 500), with the security headers.

A damaged library (not an SQLite file, or corrupted pages) and a search past its time budget are expected faults:
one warning line in the log and a page saying what happened, without a traceback. The log names the library by its
path; a page, which may be served to another machine, by its file name alone (:func:`public_detail`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ficlens.library.store import LibraryError, library_error
from ficlens.safe_text import display_path
from ficlens.web.budget import TooSlow

log = logging.getLogger("ficlens.web")
Page = Callable[[int, str], Response]


def public_detail(detail: str, library_path: Path) -> str:
    """``detail`` with the library file's path cut to its file name: no folder of the server's machine (a home
    directory, a user name) is shown on a page or in a JSON error."""
    return detail.replace(display_path(library_path), library_path.name)


def install_error_pages(app: FastAPI, page: Page, library_path: Path) -> None:
    """Register a handler per kind of failure; ``page(status, detail)`` renders them all."""
    reported: set[str] = set()

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return page(exc.status_code, str(exc.detail))

    async def bad_request(request: Request, exc: Exception) -> Response:
        return page(404 if request.url.path.startswith("/work/") else 400, f"bad request: {request.url.path}")

    async def too_slow(request: Request, exc: Exception) -> Response:
        log.warning("%s: search took too long (%s)", request.url.path, exc)
        return page(503, "This search took too long and was stopped. Try fewer or more specific words or filters.")

    async def library_fault(request: Request, exc: Exception) -> Response:
        busy = "locked" in str(exc) or "busy" in str(exc)
        if isinstance(exc, LibraryError):  # its message names the file and the reason
            detail = str(exc)
        elif busy:
            detail = (f"The library {display_path(library_path)} is busy (another program is writing to it); try "
                      "again shortly.")
        else:  # the CLI's line for the same fault
            assert isinstance(exc, sqlite3.Error)
            detail = str(library_error(library_path, exc))
        if detail not in reported:  # once per distinct fault, not once per request under load
            reported.add(detail)
            log.warning("%s", detail)
        return page(503 if busy else 500, public_detail(detail, library_path))

    async def crashed(request: Request, exc: Exception) -> Response:
        return page(500, "Something went wrong on the server; the log says what.")

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, bad_request)
    app.add_exception_handler(TooSlow, too_slow)
    app.add_exception_handler(sqlite3.DatabaseError, library_fault)
    app.add_exception_handler(LibraryError, library_fault)
    app.add_exception_handler(Exception, crashed)
