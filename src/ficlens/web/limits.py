"""What one request may ask of the server: every cap in one place, each refused with a clear 400/413 page."""

from __future__ import annotations

import re

from fastapi import HTTPException

MAX_FILTERS = 50  # include + exclude tags in one search
MAX_QUERY_CHARS = 500  # the full-text query
MAX_TAG_CHARS = 200  # one tag, in a filter or in the saved exclusion list
MAX_RANGE_CHARS = 40  # a sort, status, word range or date field
MAX_TAGS_PER_FORM = 500  # tags saved by one POST
MAX_BODY_BYTES = 64 * 1024  # a request body (413 beyond)
REQUEST_BUDGET_S = 10.0  # SQLite time for one page before it ends with "took too long"
MAX_CHAPTER = 100_000  # a chapter number beyond any work's
MAX_WORK_ID = 2**63 - 1  # SQLite's INTEGER range: a larger id cannot name a work
MAX_PAGE = 1_000_000  # a page of results: a larger one is read as this one (past the last, so empty)

_ID = re.compile(r"[0-9]{1,19}")


def work_id(text: str) -> int:
    """A work id from the URL; anything that is not a number in SQLite's range is a 404 (no such work)."""
    if _ID.fullmatch(text) is None or int(text) > MAX_WORK_ID:
        raise HTTPException(status_code=404, detail=f"no work {text[:40]}")
    return int(text)


def chapter_number(text: str) -> int:
    """A chapter number (1-based) from the URL; anything else is a 404."""
    if _ID.fullmatch(text) is None or not 0 < int(text) <= MAX_CHAPTER:
        raise HTTPException(status_code=404, detail=f"no chapter {text[:40]}")
    return int(text)


def check_search(query: str, include: list[str], exclude: list[str]) -> None:
    """Refuse a search beyond the caps (400), before any of it is run."""
    if len(query) > MAX_QUERY_CHARS:
        raise HTTPException(status_code=400,
                            detail=f"the search is {len(query):,} characters long (at most {MAX_QUERY_CHARS})")
    filters = len(include) + len(exclude)
    if filters > MAX_FILTERS:
        raise HTTPException(status_code=400, detail=f"too many filters: {filters:,} (at most {MAX_FILTERS})")
    check_tags(include + exclude)


def check_tags(tags: list[str]) -> None:
    """Refuse a tag longer than :data:`MAX_TAG_CHARS` (400)."""
    for tag in tags:
        if len(tag) > MAX_TAG_CHARS:
            raise HTTPException(status_code=400, detail=f"a tag of {len(tag):,} characters (at most "
                                                        f"{MAX_TAG_CHARS}): {tag[:40]}…")


def check_ranges(fields: dict[str, str]) -> None:
    """Refuse a sort, status, word-range or date field longer than :data:`MAX_RANGE_CHARS` (400)."""
    for name, value in fields.items():
        if len(value) > MAX_RANGE_CHARS:
            raise HTTPException(status_code=400, detail=f"the {name} field is {len(value):,} characters long "
                                                        f"(at most {MAX_RANGE_CHARS})")
