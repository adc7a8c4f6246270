"""MOBI and AZW3 (Kindle) books, unpacked by the ``mobi`` package (the ``mobi`` extra) into the EPUB or HTML they
hold, then read as those are. Without the package, or for a book it cannot unpack (DRM), the error names the file
and gives calibre's ``ebook-convert`` line that turns it into an EPUB."""

from __future__ import annotations

import shlex
import shutil
import tempfile
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from ficlens.errors import InputError

if TYPE_CHECKING:
    from ficlens.ingest.archive import UnpackBudget


def is_kindle_book(data: bytes) -> bool:
    """A Palm database of type BOOKMOBI: MOBI, AZW and AZW3 files all are."""
    return data[60:68] == b"BOOKMOBI"


def kindle_title(data: bytes) -> str | None:
    """The book's full name from its MOBI header (record 0: the name's offset and length at 0x54 and 0x58, the
    text encoding at 0x1C, 65001 for UTF-8 else cp1252); None when the header is not there or not readable."""
    start = int.from_bytes(data[78:82], "big")
    header = data[start:start + 0x5C]
    if len(header) < 0x5C or header[16:20] != b"MOBI":
        return None
    offset, length = int.from_bytes(header[0x54:0x58], "big"), int.from_bytes(header[0x58:0x5C], "big")
    raw = data[start + offset:start + offset + length]
    encoding = "utf-8" if int.from_bytes(header[0x1C:0x20], "big") == 65001 else "cp1252"
    title = " ".join(raw.decode(encoding, errors="replace").split())
    return title or None


def convert_hint(source: str) -> str:
    name = PurePath(source.split("#", 1)[-1]).name or "book.mobi"
    return f"ebook-convert {shlex.quote(name)} {shlex.quote(str(PurePath(name).with_suffix('.epub')))}"


def unpack_kindle(data: bytes, source: str, budget: UnpackBudget | None = None) -> bytes:
    """The EPUB or HTML a MOBI/AZW3 file's bytes unpack to, counted against ``budget`` (the run's cap on unpacked
    bytes) as a zip's members are; :func:`ficlens.ingest.dispatch.read_one` reads it."""
    try:
        import mobi
    except ImportError:
        raise InputError(source, 'MOBI/AZW3 needs the mobi package (pip install "ficlens[mobi]"), or convert it '
                                 f"to EPUB with calibre: {convert_hint(source)}") from None
    from ficlens.ingest.archive import ZipProblem

    with tempfile.TemporaryDirectory(prefix="ficlens-mobi-") as tmp:
        book = Path(tmp) / "book.mobi"
        book.write_bytes(data)
        try:
            unpacked, out = mobi.extract(str(book))
        except Exception as exc:  # noqa: BLE001  (the unpacker raises anything on a damaged or DRM book)
            raise InputError(source, f"could not be unpacked as MOBI/AZW3 ({exc.__class__.__name__}: {exc}; "
                                     f"a DRM-protected book cannot be read); convert it: {convert_hint(source)}"
                             ) from None
        try:
            content = Path(out).read_bytes()
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
    if out.lower().endswith(".pdf"):
        raise InputError(source, "this MOBI holds a PDF, which is not supported: save the work as EPUB, HTML or "
                                 "plain text")
    if budget is not None:
        try:
            budget.charge(len(content))
        except ZipProblem as exc:
            raise InputError(source, str(exc)) from None
    return content
