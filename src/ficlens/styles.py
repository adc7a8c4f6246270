"""Inline formatting kept beside the plain text: italics, bold, underline, strike-through and scene breaks, as
``[start, end)`` ranges of ``Work.text``. The text itself is unchanged (every report offset still indexes it); a
reader that wants the formatting lays these spans over it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StyleKind = Literal["italic", "bold", "underline", "strike", "scene"]
STYLE_KINDS: tuple[StyleKind, ...] = ("italic", "bold", "underline", "strike", "scene")

# HTML elements -> the style they carry.
STYLE_TAGS: dict[str, StyleKind] = {
    "em": "italic", "i": "italic", "cite": "italic",
    "strong": "bold", "b": "bold",
    "u": "underline", "ins": "underline",
    "s": "strike", "strike": "strike", "del": "strike",
}


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """``kind`` over ``text[start:end]``; a scene break is the paragraph of its marks ("* * *"), or an empty
    span where a ``<hr>`` stood."""

    kind: StyleKind
    start: int
    end: int

    def as_list(self) -> list[object]:
        return [self.kind, self.start, self.end]

    @classmethod
    def from_list(cls, value: object) -> StyleSpan | None:
        """A span from its stored ``[kind, start, end]``; None when malformed."""
        if not isinstance(value, list) or len(value) != 3:
            return None
        kind, start, end = value
        if kind not in STYLE_KINDS or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
            return None
        return cls(kind, start, end)
