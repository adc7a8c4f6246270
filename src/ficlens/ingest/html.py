"""HTML files: an AO3 download or saved AO3 work page ("ao3-html"), else any page with text ("html")."""

from __future__ import annotations

import codecs
import re

from ficlens.errors import InputError
from ficlens.ingest.ao3 import ao3_url, is_ao3, parse_ao3
from ficlens.ingest.markup import Element, TooDeep, first, parse_html, text_of
from ficlens.ingest.render import rendered
from ficlens.work import Format, Work, is_blank

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)

NO_TEXT = "HTML page has no readable text"


def redecode(data: bytes, text: str) -> str:
    """Honour a ``<meta charset>`` when the bytes were not UTF-8 and had to be detected."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return text
    try:
        data.decode("utf-8")
        return text
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return text


def read_html(text: str, source: str) -> Work:
    try:
        root = parse_html(text)
    except TooDeep as exc:
        raise InputError(source, str(exc)) from exc
    if is_ao3([root]):
        return ao3_work([root], source, "ao3-html")
    body = first(root.xpath("//body")) if root.tag != "body" else root
    builder = rendered([body if body is not None else root])
    body_text, chapters = builder.build()
    if is_blank(body_text):
        raise InputError(source, NO_TEXT)
    return Work(text=body_text, source=source, format="html", title=_page_title(root), chapters=chapters,
                language=root.get("lang") or None, styles=builder.styles)


def ao3_work(roots: list[Element], source: str, fmt: Format, title: str | None = None,
             authors: list[str] | None = None, language: str | None = None) -> Work:
    """A Work from AO3 markup; ``title``/``authors``/``language`` are fallbacks (an EPUB's OPF)."""
    parsed = parse_ao3(roots)
    if is_blank(parsed.text):
        raise InputError(source, "AO3 work has no chapter text (was the download cut short?)")
    return Work(
        text=parsed.text,
        source=source,
        format=fmt,
        title=parsed.title or title,
        authors=parsed.authors or list(authors or []),
        chapters=parsed.chapters,
        author_tags=parsed.author_tags,
        summary=parsed.summary,
        notes=[n.text for n in parsed.notes],
        author_notes=parsed.notes,
        styles=parsed.styles,
        meta=parsed.meta,
        url=ao3_url(parsed.ao3_id),
        ao3_id=parsed.ao3_id,
        language=language or parsed.language,
    )


def _page_title(root: Element) -> str | None:
    el = first(root.xpath("//title"))
    title = text_of(el) if el is not None else ""
    return title or None
