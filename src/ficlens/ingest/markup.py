"""Parsing HTML and XHTML into lxml trees with plain (namespace-free) tag names, and small tree helpers."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from ficlens.ingest import limits

Element = Any  # lxml's element types (etree._Element / lxml.html.HtmlElement) are not exported for typing

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


class TooDeep(Exception):
    """Markup nested deeper than the parser reads even with its layout tags removed; ``str()`` says so."""


def parse_html(text: str) -> Element:
    """An HTML document (already decoded) as an lxml tree; forgiving of broken markup.

    A page nested deeper than :data:`limits.MAX_MARKUP_DEPTH` levels is read again flattened (see
    :mod:`ficlens.ingest.flatten`), so no text is dropped; :class:`TooDeep` when even that is too deep.
    """
    text = _XML_DECL.sub("", text, count=1)
    root, too_deep = _parse_html(text)
    if too_deep:
        from ficlens.ingest.flatten import flatten

        root, too_deep = _parse_html(flatten(text))
        if too_deep:
            raise TooDeep(f"HTML is nested more than {limits.MAX_MARKUP_DEPTH} levels deep, even with its layout "
                          "tags removed: its text cannot all be read")
    return root


def _parse_html(text: str | bytes) -> tuple[Element, bool]:
    """The tree, and whether the parser stopped at its depth limit (dropping the rest of the page)."""
    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except etree.ParserError:  # nothing but whitespace or comments: an empty page
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return root, _stopped_too_deep(parser)


def _stopped_too_deep(parser: etree.XMLParser | etree.HTMLParser) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message for e in parser.error_log)


def parse_xhtml(data: bytes) -> Element:
    """An XHTML/XML document (an EPUB member) with namespaces stripped from tag names.

    Parsed as XML so that self-closing tags mean what they say; falls back to the HTML parser when the XML is
    too broken to recover, or nested too deep to read whole (:func:`parse_html`).
    """
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    if root is not None and _stopped_too_deep(parser):
        return parse_html(data.decode("utf-8", "replace"))
    if root is None:
        root, too_deep = _parse_html(data)
        if too_deep:
            return parse_html(data.decode("utf-8", "replace"))
        return root
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = etree.QName(el).localname
    etree.cleanup_namespaces(root)
    return root


def tag_of(el: Element) -> str | None:
    """The lower-case tag name, or None for comments and processing instructions."""
    return el.tag.lower() if isinstance(el.tag, str) else None


def classes(el: Element) -> set[str]:
    return set((el.get("class") or "").split())


def is_comment(el: Element) -> bool:
    return el.tag is etree.Comment


def squash(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


def text_of(el: Element) -> str:
    """All text inside an element, whitespace collapsed (for labels, titles and tag values)."""
    return squash("".join(el.itertext()))


def first(items: list[Element]) -> Element | None:
    return items[0] if items else None
