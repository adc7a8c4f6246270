"""The last resort for markup nested deeper than the parser reads: its layout tags dropped, its text and breaks kept.

libxml2 stops at :data:`~ficlens.ingest.limits.MAX_MARKUP_DEPTH` levels of nesting and drops everything after that
point. Broken pages reach it with tags that are opened and never closed (a ``<div>`` or ``<font>`` per paragraph),
hostile ones on purpose. Such a page is read again with every block tag turned into a paragraph break and every
other layout tag dropped, which leaves the text and its paragraphs at a depth of three; tags whose content is never
text (scripts, styles, SVG …) are kept so that their content stays out.
"""

from __future__ import annotations

import re

from ficlens.ingest.html_tags import BLOCK_TAGS, SKIP_TAGS

#: A start or end tag. ``[^<>]*`` stops at the next ``<``, so a run of unclosed ``<a`` is scanned once, and the name
#: is possessive (``*+``): the attributes' ``[^<>]*`` also matches name characters, so a backtracking name would try
#: every split of a long unclosed ``<abbb…`` (quadratic). Linear time either way.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*+)[^<>]*>")
_KEPT = SKIP_TAGS | {"html", "body", "p", "br", "h1", "h2", "h3", "h4", "h5", "h6"}


def flatten(markup: str) -> str:
    """``markup`` with block tags as paragraph breaks (``<p>``) and other layout tags removed."""
    return _TAG.sub(_replacement, markup)


def _replacement(m: re.Match[str]) -> str:
    name = m.group(2).lower().rsplit(":", 1)[-1]
    if name in _KEPT:
        return m.group(0)
    if name in BLOCK_TAGS:
        return "</p>" if m.group(1) else "<p>"
    return ""
