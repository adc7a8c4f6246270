"""Ingest: one small reader per format behind one ``read(path)``.

``read(path, on_error)`` yields every Work found at ``path`` (a file, a folder, or a .zip). The format is sniffed
from the content (magic bytes, markup), not the file name. A file that cannot be read raises
:class:`ficlens.errors.InputError` (``str(err)`` is "<file>: <reason>"), or, when ``on_error`` is given, is passed
to it and skipped so the rest of a folder or zip is still read.

Readers: plain text in any common encoding (``text.py``), AO3 HTML downloads and saved work pages and other HTML
(``html.py``, ``ao3.py``; markup nested too deep for the parser is read flattened, ``flatten.py``), EPUBs from
AO3, FanFicFare or anywhere (``epub.py``, ``fanficfare.py``), MOBI/AZW3 books (``kindle.py``), calibre libraries
(``calibre.py``, walked by ``files.py``), zips of any of these (``dispatch.py``), with size and zip-bomb limits
in ``limits.py`` and one cap on the bytes a run unpacks from archives (``archive.UnpackBudget``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ficlens.ingest.archive import UnpackBudget
from ficlens.ingest.dispatch import ErrorHandler, read_bytes
from ficlens.ingest.files import estimate_works, read_path
from ficlens.work import Work

__all__ = ["ErrorHandler", "UnpackBudget", "count_works", "read", "read_all", "read_bytes"]


def read(path: str | Path, on_error: ErrorHandler | None = None, budget: UnpackBudget | None = None
         ) -> Iterator[Work]:
    """Yield the works at ``path`` one at a time: a file, a folder (recursive, sorted) or a .zip.

    Pass one ``budget`` to several calls to hold them all to one cap on bytes unpacked from archives.
    """
    yield from read_path(Path(path), on_error, budget)


def read_all(paths: Iterable[str | Path], on_error: ErrorHandler | None = None) -> Iterator[Work]:
    """Yield the works at every path in turn, one at a time, all under one cap on bytes unpacked from archives."""
    budget = UnpackBudget()
    for path in paths:
        yield from read_path(Path(path), on_error, budget)


def count_works(paths: Iterable[str | Path]) -> int:
    """How many works ``paths`` hold, from names alone (no file is read): the total of a progress bar."""
    return sum(estimate_works(Path(p)) for p in paths)
