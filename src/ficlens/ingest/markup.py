"""Parsing HTML and XHTML into lxml trees with plain (namespace-free) tag names, and small tree helpers."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

Element = Any  # lxml's element types (etree._Element / lxml.html.HtmlElement) are not exported for typing

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def parse_html(text: str) -> Element:
    """An HTML document (already decoded) as an lxml tree; forgiving of broken markup."""
    text = _XML_DECL.sub("", text, count=1)
    try:
        return lxml.html.document_fromstring(text)
    except etree.ParserError:  # nothing but whitespace or comments: an empty page
        return lxml.html.document_fromstring("<html><body></body></html>")


def parse_xhtml(data: bytes) -> Element:
    """An XHTML/XML document (an EPUB member) with namespaces stripped from tag names.

    Parsed as XML so that self-closing tags mean what they say; falls back to the HTML parser when the XML is
    too broken to recover.
    """
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        try:
            return lxml.html.document_fromstring(data)
        except etree.ParserError:
            return lxml.html.document_fromstring("<html><body></body></html>")
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
