"""One file's bytes → its works: sniff the content, pick the reader, and turn every failure into an InputError.

The EPUB and HTML readers (lxml, the AO3 and FanFicFare parsers: ~40 ms to import) are imported when a file of their
format arrives, so a plain-text work never pays for them.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Iterator

from ficlens.errors import InputError
from ficlens.ingest import limits
from ficlens.ingest.archive import UnpackBudget, ZipProblem, open_zip, read_member
from ficlens.ingest.candidates import is_candidate
from ficlens.ingest.kindle import is_kindle_book, kindle_title, unpack_kindle
from ficlens.ingest.repair import MOJIBAKE, record_repairs, repair_mojibake
from ficlens.ingest.sniff import looks_like_epub_bytes, looks_like_html, sniff, zip_is_epub, zip_is_office_document
from ficlens.ingest.text import decode, read_text
from ficlens.work import Work

log = logging.getLogger(__name__)

ErrorHandler = Callable[[InputError], None]


def report(err: InputError, on_error: ErrorHandler | None) -> None:
    """Hand an error to ``on_error``, or raise it when there is none."""
    if on_error is None:
        raise err
    on_error(err)


def read_bytes(data: bytes, source: str, on_error: ErrorHandler | None, depth: int = 0,
               budget: UnpackBudget | None = None) -> Iterator[Work]:
    """Every work in one file's bytes (several when it is a .zip), one at a time.

    ``budget`` counts the bytes unpacked from archives against the run's cap (a fresh one when not given).
    """
    budget = UnpackBudget() if budget is None else budget
    kind = sniff(data)
    if kind == "zip" and not looks_like_epub_bytes(data):
        zf = _open_or_report(data, source, on_error)
        if zf is None:
            return
        if not zip_is_epub(zf):
            yield from _read_archive(zf, source, on_error, depth, budget)
            return
    try:
        yield read_one(data, source, budget)
    except InputError as err:
        report(err, on_error)
    except Exception as exc:  # a reader bug must cost one file, never the batch, and never show a traceback
        log.debug("reader failed on %s", source, exc_info=True)
        failure = InputError(source, f"could not be read ({exc.__class__.__name__}: {exc})")
        failure.__cause__ = exc
        report(failure, on_error)


def read_one(data: bytes, source: str, budget: UnpackBudget | None = None) -> Work:
    """The single work in a file that is not an archive of works (an EPUB's pages, and the book a MOBI/AZW3
    unpacks to, count against ``budget``)."""
    if is_kindle_book(data):  # a file on disk or a zip's member alike
        work = read_one(unpack_kindle(data, source, budget), source, budget)
        if work.title is None:  # an old-style MOBI unpacks to HTML without a <title>
            work.title = kindle_title(data)
        return work
    kind = sniff(data)
    if kind == "empty":
        raise InputError(source, "file is empty")
    if kind == "pdf":
        raise InputError(source, "PDF is not supported: save the work as EPUB, HTML or plain text")
    if kind == "zip":
        what = "EPUB" if looks_like_epub_bytes(data) or source.lower().endswith(".epub") else "zip archive"
        try:
            zf = open_zip(data, what)
        except ZipProblem as exc:
            raise InputError(source, str(exc)) from exc
        if zip_is_office_document(zf):
            raise InputError(source, "Word/OpenDocument files are not supported: save the work as EPUB, HTML or "
                                     "plain text")
        from ficlens.ingest.epub import read_epub

        return read_epub(zf, source, budget)
    decoded = decode(data, source)
    text, repairs = decoded.text, list(decoded.repairs)
    if looks_like_html(text):
        from ficlens.ingest.html import read_html, redecode

        declared = redecode(data, text)
        if declared is not text:  # the page's <meta charset> decided how to read it, not the repair
            repairs = []
        work = read_html(_without_mojibake(declared, repairs), source)
    else:
        work = read_text(_without_mojibake(text, repairs), source)
    record_repairs(work, repairs)
    return work


def _without_mojibake(text: str, repairs: list[str]) -> str:
    """``text`` with its mojibake repaired, named in ``repairs`` when there was any."""
    fixed = repair_mojibake(text)
    if fixed is not text:
        repairs.append(MOJIBAKE)
    return fixed


def _open_or_report(data: bytes, source: str, on_error: ErrorHandler | None) -> zipfile.ZipFile | None:
    try:
        zf = open_zip(data, "EPUB" if source.lower().endswith(".epub") else "zip archive")
    except ZipProblem as exc:
        report(InputError(source, str(exc)), on_error)
        return None
    return zf


def _read_archive(zf: zipfile.ZipFile, source: str, on_error: ErrorHandler | None, depth: int,
                  budget: UnpackBudget) -> Iterator[Work]:
    """The works in a .zip, member by member, read from memory (never extracted to disk)."""
    if zip_is_office_document(zf):
        report(InputError(source, "Word/OpenDocument files are not supported: save the work as EPUB, HTML or "
                                  "plain text"), on_error)
        return
    if depth >= limits.MAX_ARCHIVE_DEPTH:
        report(InputError(source, f"zip archives nested more than {limits.MAX_ARCHIVE_DEPTH} deep are not read"),
               on_error)
        return
    infos = sorted((i for i in zf.infolist() if not i.is_dir() and is_candidate(i.filename)),
                   key=lambda i: i.filename)
    found = False
    for info in infos:
        member_source = f"{source}#{info.filename}"
        try:
            data = read_member(zf, info, budget)
        except ZipProblem as exc:
            report(InputError(member_source, str(exc)), on_error)
            found = True
            continue
        found = True
        yield from read_bytes(data, member_source, on_error, depth + 1, budget)
    if not found:
        report(InputError(source, "zip archive holds no works (no readable files in it)"), on_error)
