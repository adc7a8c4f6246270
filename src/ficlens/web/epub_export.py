"""A stored work as an EPUB file, for e-readers (the OPDS catalogue's acquisition link, ``/works/ID.epub``).

The library keeps a work's text, formatting spans and report, not the file it came from. So the EPUB served is:

- **the file as it was added**, when the work came from an EPUB file that is still where it was read from (its
  ``source`` path, not a member of a zip), is a regular file reached without a final symlink, within the size cap,
  and still holds the very text stored (same content hash) (:func:`original_epub`): calibre's and FanFicFare's
  books keep their covers, styles and front matter;
- else **rebuilt from the stored text**: a small EPUB 3 (``mimetype`` first and stored uncompressed,
  ``META-INF/container.xml``, the package, a navigation document, one XHTML page per chapter headed by its title),
  every paragraph a ``<p>``, a line break a ``<br/>``, italics, bold, underline, strike-through and ``<hr>`` scene
  breaks laid back over the text (:class:`~ficlens.web.styled.Styler`), every piece of the work escaped and its
  mojibake repaired (:mod:`ficlens.web.shown_text`). Reading it back with ficlens's own EPUB reader gives the same
  text and chapter titles (the repaired text, where the stored one needed the repair).
"""

from __future__ import annotations

import logging
import os
import re
import stat
import zipfile
from collections.abc import Sequence
from html import escape
from io import BytesIO

from ficlens.ingest import limits as ingest_limits
from ficlens.ingest.archive import UnpackBudget
from ficlens.ingest.sniff import sniff
from ficlens.library import StoredWork, WorkRow, content_hash
from ficlens.library.tags import TagRow
from ficlens.web.cards import LruCache
from ficlens.web.chapter_tiles import tiled_chapters
from ficlens.web.shown_text import needs_repair, shown
from ficlens.web.styled import RULE, Styler
from ficlens.web.xml_text import xml_safe

log = logging.getLogger("ficlens.web")
MEDIA_TYPE = "application/epub+zip"
LANGUAGE = "en"  # what ficlens reads; the library does not keep a work's declared language
VERDICTS_KEPT = 256  # original files whose verdict (served as they are, or rebuilt) is remembered
_VERDICTS: LruCache[tuple[str, int, int, int, int, str], bool] = LruCache(VERDICTS_KEPT)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")
_XHTML_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
               '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
               f'lang="{LANGUAGE}" xml:lang="{LANGUAGE}">\n<head><meta charset="utf-8"/><title>{{title}}</title>'
               '</head>\n<body>\n')
_CONTAINER = ('<?xml version="1.0" encoding="utf-8"?>\n'
              '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
              '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
              '</rootfiles>\n</container>\n')


def work_epub(stored: StoredWork, tags: Sequence[TagRow] = ()) -> bytes:
    """The EPUB of a stored work: its original file when that is still there unchanged and its text needs no
    repair (:mod:`ficlens.web.shown_text`), else rebuilt."""
    original = None if needs_repair(stored.text) else original_epub(stored.row)
    return original or build_epub(stored, tags)


def original_epub(row: WorkRow) -> bytes | None:
    """The bytes of the EPUB file the work was added from, when its ``source`` path still names it and it still holds
    the stored text; None otherwise (then the EPUB is rebuilt). The library row only names a path, so the file must
    prove it is the work's: an ``.epub`` path outside any zip, a regular file reached without a symlink as its last
    component (no device, FIFO or ``/proc`` file), at most :data:`~ficlens.ingest.limits.MAX_FILE_BYTES`, a zip,
    unchanged while read, whose text read by ficlens hashes to the row's ``content_hash``. Nothing else is read
    or served. A file's verdict is kept (by path, inode, size, mtime and hash), so it is parsed once, not on every
    download."""
    if "#" in row.source or not row.source.lower().endswith(".epub"):
        return None
    read = _regular_file(row.source)
    if read is None:
        return None
    data, identity = read
    key = (*identity, row.content_hash)
    verdict = _VERDICTS.get(key)
    if verdict is None:
        verdict = _holds_text(data, row)
        _VERDICTS.put(key, verdict)
    return data if verdict else None


def _regular_file(path: str) -> tuple[bytes, tuple[str, int, int, int, int]] | None:
    """The bytes of the regular file at ``path`` and its identity (path, device, inode, size, mtime), or None:
    a symlink (``O_NOFOLLOW``), anything but a regular file (opened without blocking, so a FIFO cannot hang the
    server), a file past the size cap or one that changed while it was read."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    cap = ingest_limits.MAX_FILE_BYTES
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):  # missing, unreadable, a symlink (ELOOP), a NUL in the name
        return None
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode) or before.st_size > cap:
            return None
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(cap + 1)
        after = os.fstat(fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(data) > cap or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) \
            or len(data) != before.st_size:
        return None
    return data, (path, before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns)


def _holds_text(data: bytes, row: WorkRow) -> bool:
    """Whether ``data`` is a zip that ficlens reads to the very text stored for ``row``."""
    if sniff(data) != "zip":
        return False
    from ficlens.ingest.dispatch import read_one

    try:
        work = read_one(data, row.source, UnpackBudget())
    except Exception:  # any file that cannot be read as it was: rebuild instead
        log.debug("%s: not served as it was added", row.source, exc_info=True)
        return False
    return content_hash(work.text) == row.content_hash


def build_epub(stored: StoredWork, tags: Sequence[TagRow] = ()) -> bytes:
    """A small EPUB 3 of the stored text, chapter by chapter; ``tags`` (the work's, as the library shows them)
    become its ``dc:subject`` entries."""
    row = stored.row
    title = row.display_title
    styler = Styler(stored.text, stored.styles)
    chapters = tiled_chapters(stored.report, len(stored.text))
    pages: list[tuple[str, str, str]] = []  # (file name, table-of-contents label, XHTML)
    for number, (heading, start, end) in enumerate(chapters, start=1):
        label = heading or (title if len(chapters) == 1 else f"Chapter {number}")
        body = _chapter_body(stored.text, styler, start, end)
        head = f"<h1>{_x(heading)}</h1>\n" if heading else ""
        page = _XHTML_HEAD.format(title=_x(label)) + head + body + "</body>\n</html>\n"
        pages.append((f"chapter-{number}.xhtml", label, page))
    stamp = _stamp(row.updated_at)
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        _write(zf, "mimetype", MEDIA_TYPE, stamp, zipfile.ZIP_STORED)
        _write(zf, "META-INF/container.xml", _CONTAINER, stamp)
        _write(zf, "OEBPS/content.opf", _package(row, pages, tags), stamp)
        _write(zf, "OEBPS/nav.xhtml", _nav(title, pages), stamp)
        for name, _, page in pages:
            _write(zf, f"OEBPS/{name}", page, stamp)
    return out.getvalue()


def _chapter_body(text: str, styler: Styler, start: int, end: int) -> str:
    """The chapter's paragraphs as ``<p>`` elements (lines inside one joined by ``<br/>``), with their formatting;
    a ``<hr>`` that stood before a paragraph comes back before it."""
    out: list[str] = []
    pos = start
    for para in [*_PARAGRAPHS.finditer(text, start, end), None]:
        stop = para.start() if para is not None else end
        lines: list[str] = []
        for line in _lines(text, pos, stop):
            lines.append(styler.html(*line))
        html = "<br/>".join(lines)
        if html.startswith(RULE):
            out.append("<hr/>")
        html = html.replace(RULE, "")
        if html.strip():
            out.append(f"<p>{xml_safe(shown(html))}</p>")
        if para is not None:
            pos = para.end()
    return "\n".join(out) + "\n"


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of the lines of ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        spans.append((pos, stop))
        pos = stop + 1
    return spans


def _package(row: WorkRow, pages: list[tuple[str, str, str]], tags: Sequence[TagRow]) -> str:
    meta = [f'<dc:identifier id="book-id">urn:ficlens:sha256:{row.content_hash}</dc:identifier>',
            f"<dc:title>{_x(row.display_title)}</dc:title>", f"<dc:language>{LANGUAGE}</dc:language>"]
    meta += [f"<dc:creator>{_x(a)}</dc:creator>" for a in row.authors]
    if row.summary:
        meta.append(f"<dc:description>{_x(row.summary)}</dc:description>")
    meta += [f"<dc:subject>{_x(name)}</dc:subject>" for name in dict.fromkeys(t.name for t in tags)]
    meta.append(f'<meta property="dcterms:modified">{_modified(row.updated_at)}</meta>')
    items = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>']
    items += [f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>'
              for i, (name, _, _) in enumerate(pages, start=1)]
    spine = [f'<itemref idref="c{i}"/>' for i in range(1, len(pages) + 1)]
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" '
            f'xml:lang="{LANGUAGE}">\n<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            + "\n".join(meta) + "\n</metadata>\n<manifest>\n" + "\n".join(items) + "\n</manifest>\n<spine>\n"
            + "\n".join(spine) + "\n</spine>\n</package>\n")


def _nav(title: str, pages: list[tuple[str, str, str]]) -> str:
    entries = "\n".join(f'<li><a href="{name}">{_x(label)}</a></li>' for name, label, _ in pages)
    return (_XHTML_HEAD.format(title=_x(title)) + f'<nav epub:type="toc" id="toc"><h1>{_x(title)}</h1>\n<ol>\n'
            + entries + "\n</ol></nav>\n</body>\n</html>\n")


def _x(text: str) -> str:
    """Text escaped for XML content or an attribute."""
    return escape(xml_safe(shown(text)), quote=True)


def _stamp(iso: str) -> tuple[int, int, int, int, int, int]:
    """A zip entry's time from an ISO timestamp (so the same stored work always gives the same bytes)."""
    digits = [int(p) for p in re.findall(r"\d+", iso)[:6]]
    digits += [0] * (6 - len(digits))
    year, month, day, hour, minute, second = digits
    if year < 1980:  # the zip format's epoch
        return (1980, 1, 1, 0, 0, 0)
    return (year, max(1, month), max(1, day), hour, minute, second)


def _modified(iso: str) -> str:
    year, month, day, hour, minute, second = _stamp(iso)
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z"


def _write(zf: zipfile.ZipFile, name: str, data: str, stamp: tuple[int, int, int, int, int, int],
           compression: int = zipfile.ZIP_DEFLATED) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = compression
    zf.writestr(info, data.encode("utf-8"))
