"""Which reader a file needs, decided from its content (magic bytes, markup), never from its name alone."""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import Literal

Kind = Literal["empty", "zip", "pdf", "other"]

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
EPUB_MIMETYPE = b"application/epub+zip"

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(r"<html[\s>]|<body[\s>]", re.IGNORECASE)
# A bare fragment (an AO3 chapter's HTML pasted into a file): starts with a block tag and closes tags.
_HTML_FRAGMENT = re.compile(r"^\s*<(?:p|div|h[1-6]|blockquote|center)[\s>]", re.IGNORECASE)
_CLOSING_TAG = re.compile(r"</(?:p|div|h[1-6]|blockquote|center)\s*>", re.IGNORECASE)


def sniff(data: bytes) -> Kind:
    """The container kind of raw bytes: empty, a zip (EPUB or archive), a PDF, or something to decode as text."""
    if not data:
        return "empty"
    if data[:4] in ZIP_MAGIC:
        return "zip"
    if data[:5] == b"%PDF-":
        return "pdf"
    return "other"


def looks_like_epub_bytes(data: bytes) -> bool:
    """An EPUB's first member is an uncompressed ``mimetype`` file; true even when the rest is truncated."""
    return data[30:38] == b"mimetype" and EPUB_MIMETYPE in data[38:120]


def zip_is_epub(zf: zipfile.ZipFile) -> bool:
    """A zip is an EPUB when it says so in ``mimetype`` or carries ``META-INF/container.xml``."""
    names = set(zf.namelist())
    if "META-INF/container.xml" in names:
        return True
    if "mimetype" in names:
        info = zf.getinfo("mimetype")
        try:
            return info.file_size < 100 and zf.read(info).strip() == EPUB_MIMETYPE
        except (zipfile.BadZipFile, zlib.error, ValueError, NotImplementedError, RuntimeError, EOFError, OSError):
            return True  # damaged, but it claims to be some kind of EPUB: the EPUB reader says what is wrong
    return False


def zip_is_office_document(zf: zipfile.ZipFile) -> bool:
    """Word/OpenDocument files are zips too; they are not archives of works."""
    names = set(zf.namelist())
    return "[Content_Types].xml" in names or ("mimetype" in names and not zip_is_epub(zf))


def looks_like_html(text: str) -> bool:
    """True when decoded text is an HTML/XHTML document rather than prose."""
    head = text[:4096]
    if _HTML_START.match(head) or _HTML_ANYWHERE.search(head[:1024]):
        return True
    return bool(_HTML_FRAGMENT.match(head) and _CLOSING_TAG.search(head))
