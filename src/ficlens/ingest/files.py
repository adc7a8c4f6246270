"""Paths on disk: a file, or a folder walked recursively in sorted order; a calibre library in it (a folder with
``metadata.db``) is read book by book (:mod:`ficlens.ingest.calibre`). The path ``-`` is standard input (write
``./-`` for a file of that name)."""

from __future__ import annotations

import os
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ficlens.errors import InputError
from ficlens.ingest import limits
from ficlens.ingest.archive import ZIP_ERRORS, UnpackBudget
from ficlens.ingest.calibre import calibre_book_files, is_calibre_library
from ficlens.ingest.candidates import is_candidate
from ficlens.ingest.dispatch import ErrorHandler, read_bytes, report
from ficlens.ingest.limits import megabytes
from ficlens.ingest.sniff import zip_is_epub
from ficlens.safe_text import display_path
from ficlens.work import Work

#: The path that names standard input, and the source its work is stored under.
STDIN = "-"
STDIN_SOURCE = "<stdin>"


def read_path(path: Path, on_error: ErrorHandler | None, budget: UnpackBudget | None = None) -> Iterator[Work]:
    """The works at ``path``, read one at a time: a folder's files and a zip's members as they are reached;
    ``-`` reads standard input to its end (any format a file may have)."""
    budget = UnpackBudget() if budget is None else budget
    if str(path) == STDIN:
        data = _load_stdin(on_error)
        if data is not None:
            yield from read_bytes(data, STDIN_SOURCE, on_error, budget=budget)
    elif not path.exists():
        report(InputError(str(path), "no such file or directory"), on_error)
    elif path.is_dir():
        yield from _read_folder(path, on_error, budget)
    else:
        yield from read_file(path, on_error, budget)


def read_file(path: Path, on_error: ErrorHandler | None, budget: UnpackBudget | None = None) -> Iterator[Work]:
    source = display_path(path)
    data = _load(path, on_error)
    if data is None:
        return
    yield from read_bytes(data, source, on_error, budget=budget)


def _load_stdin(on_error: ErrorHandler | None) -> bytes | None:
    """Standard input's bytes, up to the size limit of a file."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        report(InputError(STDIN_SOURCE, "there is no standard input to read"), on_error)
        return None
    is_terminal = getattr(sys.stdin, "isatty", None)
    if is_terminal is not None and is_terminal():  # nothing piped: the user types (or pastes) the work
        print("ficlens: reading the work from the terminal; end it with Ctrl-D", file=sys.stderr)
    data: bytes = stream.read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        report(InputError(STDIN_SOURCE, f"input is too large (over {megabytes(limits.MAX_FILE_BYTES)})"), on_error)
        return None
    return data


def _load(path: Path, on_error: ErrorHandler | None) -> bytes | None:
    source = display_path(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            report(InputError(source, f"file is too large ({megabytes(size)}; the limit is "
                                      f"{megabytes(limits.MAX_FILE_BYTES)})"), on_error)
            return None
        if not path.is_file():
            report(InputError(source, "not a regular file"), on_error)
            return None
        return path.read_bytes()
    except PermissionError:
        report(InputError(source, "permission denied"), on_error)
    except IsADirectoryError:
        report(InputError(source, "is a directory"), on_error)
    except OSError as exc:
        report(InputError(source, f"cannot be read ({exc.strerror or exc})"), on_error)
    return None


def _read_folder(folder: Path, on_error: ErrorHandler | None, budget: UnpackBudget) -> Iterator[Work]:
    files = list(_candidates(folder, on_error))
    if not files:
        report(InputError(str(folder), "folder holds no works (no text, HTML, EPUB or zip files)"), on_error)
        return
    for f in files:
        if isinstance(f, InputError):
            report(f, on_error)
        else:
            yield from read_file(f, on_error, budget)


def estimate_works(path: Path) -> int:
    """How many works ``path`` holds, as far as names tell without reading any file (a progress bar's total):
    a folder's candidate files, a .zip's candidate members (an EPUB is one work); standard input counts one."""
    if str(path) == STDIN:
        return 1
    if path.is_dir():
        return sum(1 for _ in _candidates(path, on_error=lambda err: None))
    try:
        if not path.is_file() or path.stat().st_size > limits.MAX_FILE_BYTES or not zipfile.is_zipfile(path):
            return 1
        with zipfile.ZipFile(path) as zf:
            if zip_is_epub(zf) or len(zf.infolist()) > limits.MAX_ARCHIVE_MEMBERS:
                return 1
            return max(sum(1 for i in zf.infolist() if not i.is_dir() and is_candidate(i.filename)), 1)
    except ZIP_ERRORS:
        return 1


def folder_files(folder: Path) -> list[Path]:
    """The files under ``folder`` that reading it reads, sorted (a calibre library's books; unreadable folders and
    books left out)."""
    return [p for p in _candidates(folder, on_error=lambda err: None) if isinstance(p, Path)]


def _candidates(folder: Path, on_error: ErrorHandler | None) -> Iterator[Path | InputError]:
    """Files under ``folder`` worth reading, sorted by their path; hidden files and folders skipped. A calibre
    library's books are its book files (calibre's own files left out), with an error for a book ficlens cannot
    read."""
    found: list[tuple[str, Path | InputError]] = []

    def walk_error(exc: OSError) -> None:
        report(InputError(exc.filename or str(folder), "permission denied" if isinstance(exc, PermissionError)
                          else f"cannot be read ({exc.strerror or exc})"), on_error)

    for dirpath, dirnames, filenames in os.walk(folder, onerror=walk_error):
        if "metadata.db" in filenames and is_calibre_library(Path(dirpath)):
            dirnames[:] = []
            for book, error in calibre_book_files(Path(dirpath)):
                found.append((book.relative_to(folder).as_posix(), error or book))
            continue
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            full = Path(dirpath) / name
            rel = full.relative_to(folder).as_posix()
            if is_candidate(rel):
                found.append((rel, full))
    yield from (p for _, p in sorted(found, key=lambda item: item[0]))
