"""A plain-text work's title from its title line (plain string work: no markup reader is imported)."""

from __future__ import annotations

import re

_TITLE_FIELD = re.compile(r"^\s*title\s*:\s*(\S.{0,150}?)\s*$", re.IGNORECASE | re.MULTILINE)
_NOT_A_TITLE = re.compile(r"^(chapter|part|prologue|epilogue|summary|notes?|rating|warnings?)\b|[.,;:!\"”’…]$",
                          re.IGNORECASE)
TITLE_LINE_MAX_CHARS = 80
TITLE_LINE_MAX_WORDS = 12
HEAD_CHARS = 4096  # of the text's start looked at
TITLE_FIELD_LINES = 20  # how far down a "Title: …" line is looked for


def title_line(text: str) -> str | None:
    """A plain-text work's title: a "Title: …" line near the top, else a short first line that reads like a title
    (no sentence punctuation at its end, not a chapter heading) standing alone above the text."""
    lines = text[:HEAD_CHARS].lstrip().splitlines()  # the top only: a text may be huge
    field = _TITLE_FIELD.search("\n".join(lines[:TITLE_FIELD_LINES]))
    if field:
        return field.group(1)
    if len(lines) < 3:
        return None
    first = lines[0].strip()
    alone = not lines[1].strip() or lines[1].strip().lower().startswith("by ")
    if (alone and first and len(first) <= TITLE_LINE_MAX_CHARS and len(first.split()) <= TITLE_LINE_MAX_WORDS
            and not _NOT_A_TITLE.search(first) and any(c.isalpha() for c in first)):
        return first
    return None
