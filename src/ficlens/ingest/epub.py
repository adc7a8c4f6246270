"""EPUB files, in three flavours: AO3's ("ao3-epub"), FanFicFare's ("fanficfare-epub") and any other ("epub")."""

from __future__ import annotations

import re
import zipfile

from ficlens.errors import InputError
from ficlens.ingest.ao3 import is_ao3
from ficlens.ingest.archive import UnpackBudget, ZipProblem, check_archive
from ficlens.ingest.epub_package import Package, open_package
from ficlens.ingest.fanficfare import is_fanficfare, read_fanficfare
from ficlens.ingest.html import ao3_work
from ficlens.ingest.markup import TooDeep, first, text_of
from ficlens.ingest.render import TextBuilder
from ficlens.ingest.repair import MOJIBAKE, record_repairs
from ficlens.work import Work, is_blank

# "a, b" or "a & b"; the space before "&" is matched from its first character only ((?<!\s)): the same splits, but a
# long run of spaces is not scanned again from each of its characters (quadratic)
CREATOR_SEPARATOR = re.compile(r",\s*|(?<!\s)\s+&\s+")


def read_epub(zf: zipfile.ZipFile, source: str, budget: UnpackBudget | None = None) -> Work:
    try:
        check_archive(zf, "EPUB")
        pkg = open_package(zf)
    except ZipProblem as exc:
        raise InputError(source, f"corrupt EPUB: {exc}") from exc
    if budget is not None:  # the pages it reads count against the run's cap on unpacked bytes
        sizes = {info.filename: info.file_size for info in zf.infolist()}
        try:
            budget.charge(sum(sizes.get(item.name, 0) for item in pkg.spine))
        except ZipProblem as exc:
            raise InputError(source, str(exc)) from exc
    try:
        work = _read_package(pkg, source)
    except ZipProblem as exc:
        raise InputError(source, f"corrupt EPUB: {exc}") from exc
    except TooDeep as exc:
        raise InputError(source, str(exc)) from exc
    if is_blank(work.text):
        raise InputError(source, "EPUB has no readable text")
    record_repairs(work, [MOJIBAKE] if pkg.repaired else [])
    return work


def _read_package(pkg: Package, source: str) -> Work:
    if is_fanficfare(pkg):
        return read_fanficfare(pkg, source)
    roots = [pkg.document(item) for item in pkg.spine]
    if "archive of our own" in (pkg.first("publisher") or "").lower() or is_ao3(roots):
        return ao3_work(roots, source, "ao3-epub", title=pkg.first("title"), authors=_ao3_creators(pkg),
                        language=pkg.first("language"))
    return _read_book(pkg, source)


def _ao3_creators(pkg: Package) -> list[str]:
    """AO3 puts every author in one dc:creator ("a, b" or "a & b")."""
    return [name for creator in pkg.meta("creator") for name in CREATOR_SEPARATOR.split(creator) if name]


def _read_book(pkg: Package, source: str) -> Work:
    """A plain book: each spine document with text is a chapter, titled by the table of contents, else by a
    leading heading (which then is not repeated in the text)."""
    builder = TextBuilder()
    for item in pkg.spine:
        root = pkg.document(item)
        body = first(root.xpath("//body"))
        if body is None or not text_of(body):
            continue
        heading = first(body.xpath("./h1 | ./h2 | ./h3"))
        title = pkg.toc_titles.get(item.name) or (text_of(heading) if heading is not None else None)
        builder.start_chapter(title or None)
        for child in body:
            if child is not heading:
                builder.add(child)
    text, chapters = builder.build()
    return Work(text=text, source=source, format="epub", title=pkg.first("title"), authors=pkg.meta("creator"),
                chapters=chapters, language=pkg.first("language"), styles=builder.styles)
