"""The public Python API: ``ficlens.analyze``, ``ficlens.analyze_all`` and ``ficlens.Library`` (docs/api.md).

One rule for every ``text_or_path`` argument: a :class:`str` is the work's text, analysed as plain text exactly as
given (so every report offset indexes that very string); an :class:`os.PathLike` (a :class:`pathlib.Path`) is a file,
a folder or a .zip, read like ``ficlens analyze PATH``. Anything else is a :class:`TypeError`.

Every input problem is a :class:`ficlens.errors.InputError` whose ``str()`` is one line naming the source and the
reason; library problems are :class:`ficlens.library.LibraryError`. Both are :class:`ficlens.errors.FiclensError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal

from ficlens.budget import analyse_or_report
from ficlens.errors import InputError
from ficlens.ingest import read
from ficlens.ingest.dispatch import ErrorHandler, report
from ficlens.ingest.text import read_text
from ficlens.library.importer import analyser_for
from ficlens.library.search import SearchResult, search
from ficlens.library.store import AddResult
from ficlens.library.store import Library as Store
from ficlens.report import Report
from ficlens.work import Work

TEXT_SOURCE = "<text>"
"""The ``source`` of a report made from a :class:`str`."""

TextOrPath = str | os.PathLike[str]


def works(text_or_path: TextOrPath, on_error: ErrorHandler | None = None) -> Iterator[Work]:
    """The works that ``text_or_path`` holds: one for a text, every work found for a path (read lazily)."""
    if isinstance(text_or_path, str):
        return _text_work(text_or_path, on_error)
    if isinstance(text_or_path, os.PathLike) and isinstance(os.fspath(text_or_path), str):
        return read(Path(text_or_path), on_error=on_error)
    raise TypeError(f"ficlens expects the text as a str or a file as a pathlib.Path, not {type(text_or_path).__name__}")


def _text_work(text: str, on_error: ErrorHandler | None) -> Iterator[Work]:
    try:
        yield read_text(text, TEXT_SOURCE)
    except InputError as err:
        report(err, on_error)


def _profile(fast: bool) -> Literal["full", "fast"]:
    return "fast" if fast else "full"


def _analysed(found: Iterable[Work], fast: bool, on_error: ErrorHandler | None) -> Iterator[tuple[Work, Report]]:
    """Each work with its report; a work whose analysis raises becomes an InputError (raised, or handed over)."""
    profile = _profile(fast)
    make_report = analyser_for(profile)
    for work in found:  # the CLI's size and no-text checks; no CPU timer (it needs the main thread's signals)
        result = analyse_or_report(work, make_report, lambda err: report(err, on_error), time_limit=None,
                                   profile=profile)
        if result is not None:
            yield work, result


def analyze(text_or_path: TextOrPath, *, fast: bool = False) -> Report:
    """The report of one work: ``text_or_path`` is its text (str) or its file (a Path).

    ``fast`` is triage mode, as ``ficlens analyze --fast``: no parser, warnings and characters by name only.
    Raises :class:`~ficlens.errors.InputError` when the input cannot be read or analysed, or when the path holds
    more than one work (a folder, a zip of works: use :func:`analyze_all`).
    """
    found = works(text_or_path)
    first = next(found, None)
    if first is None:  # an empty folder has raised already; this is a path that yielded nothing else to say
        raise InputError(str(text_or_path), "holds no work")
    if next(found, None) is not None:
        raise InputError(str(text_or_path), "holds more than one work: use ficlens.analyze_all to analyse each")
    return next(_analysed([first], fast, None))[1]


def analyze_all(text_or_path: TextOrPath, *, fast: bool = False,
                on_error: ErrorHandler | None = None) -> Iterator[Report]:
    """The report of every work in ``text_or_path``, in reading order (a folder is walked sorted by path).

    Without ``on_error`` the first unreadable or failing work raises :class:`~ficlens.errors.InputError`; with it,
    each such error is passed to ``on_error`` and the other works go on (as ``ficlens analyze`` does).
    """
    return (result for _work, result in _analysed(works(text_or_path, on_error), fast, on_error))


class Library(Store):
    """The personal library (an SQLite file) for scripts: :class:`ficlens.library.Library` plus two conveniences.

    ``Library(path)`` opens or creates the file (None: ``$FICLENS_LIBRARY``, else the user data directory, like the
    CLI). Use it as a context manager, or call :meth:`close`. ``rows()`` lists the stored works, ``get(id)`` gives one
    with its text and report, ``remove(id)`` deletes one.
    """

    def add_works(self, text_or_path: TextOrPath, *, fast: bool = False,
                  on_error: ErrorHandler | None = None) -> list[AddResult]:
        """Analyse every work in ``text_or_path`` and store it (a work stored already is updated, as ``ficlens add``
        does); ``on_error`` as in :func:`analyze_all`. Each work is committed on its own."""
        analysed = _analysed(works(text_or_path, on_error), fast, on_error)
        return [self.add(work, result, _profile(fast)) for work, result in analysed]

    def search(self, query: str | None = None, include: Sequence[str] = (), exclude: Sequence[str] = (), *,
               use_saved_exclusions: bool = True, limit: int | None = None) -> SearchResult:
        """``ficlens search``: full-text ``query`` plus AO3-style ``include``/``exclude`` tags; every hit says why."""
        return search(self, query, include, exclude, use_saved_exclusions=use_saved_exclusions, limit=limit)
