"""Stored text as the pages, feeds and EPUBs show it: with the ingest's mojibake repair applied
(:func:`ficlens.ingest.repair.repair_mojibake`, ftfy's encoding repair alone).

Text, HTML and EPUB files are repaired as they are read, before anything is stored, so their stored text needs
nothing more; but a library written before the repair (of EPUBs' pages and metadata especially) keeps what it
stored then: the reader, the library page, the OPDS feed and the rebuilt EPUB repair what they show, piece by piece,
so that no offset of the stored text (folds, formatting, the report's spans) moves. The JSON API gives the stored
text as it is, since its offsets index it.
"""

from __future__ import annotations

from typing import TypeVar

from markupsafe import Markup

from ficlens.ingest.repair import repair_mojibake

T = TypeVar("T")


def shown(value: T) -> T:
    """``value`` repaired when it is text (a :class:`Markup` stays one: the repair never adds ``<``, ``&`` or a
    quote); anything else as it is."""
    if isinstance(value, Markup):
        fixed = repair_mojibake(str(value))
        return value if fixed == str(value) else Markup(fixed)  # type: ignore[return-value]
    if isinstance(value, str):
        return repair_mojibake(value)  # type: ignore[return-value]
    return value


def needs_repair(text: str) -> bool:
    """Whether the repair changes ``text``."""
    return repair_mojibake(text) is not text
