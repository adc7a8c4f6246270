"""MOBI and AZW3 (Kindle) books, unpacked by the ``mobi`` package (the ``mobi`` extra) into the EPUB or HTML they
hold, then read as those are. Without the package, or for a book it cannot unpack (DRM), the error names the file
and gives calibre's ``ebook-convert`` line that turns it into an EPUB."""

from __future__ import annotations

import shlex
import shutil
import tempfile
from pathlib import Path, PurePath

from ficlens.errors import InputError
from ficlens.work import Work

KINDLE_EXTENSIONS = frozenset({".mobi", ".azw", ".azw3", ".prc"})


def is_kindle_book(data: bytes) -> bool:
    """A Palm database of type BOOKMOBI: MOBI, AZW and AZW3 files all are."""
    return data[60:68] == b"BOOKMOBI"


def convert_hint(source: str) -> str:
    name = PurePath(source.split("#", 1)[-1]).name or "book.mobi"
    return f"ebook-convert {shlex.quote(name)} {shlex.quote(str(PurePath(name).with_suffix('.epub')))}"


def read_kindle(data: bytes, source: str) -> Work:
    """The work in a MOBI/AZW3 file's bytes."""
    try:
        import mobi
    except ImportError:
        raise InputError(source, 'MOBI/AZW3 needs the mobi package (pip install "ficlens[mobi]"), or convert it '
                                 f"to EPUB with calibre: {convert_hint(source)}") from None
    from ficlens.ingest.dispatch import read_one

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
    return read_one(content, source)
