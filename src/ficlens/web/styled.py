"""A work's text as escaped HTML with its formatting laid over it: ``<em>``, ``<strong>``, ``<u>``, ``<s>`` and
scene breaks, from the :class:`~ficlens.styles.StyleSpan` ranges kept beside the text.

Every piece of HTML asked for is closed within itself (a style crossing a fold is closed before the fold and opened
again inside it), so the reader's folds and the formatting never break each other's nesting. The text is escaped
here and only here; the tags come from a fixed table, never from the work.
"""

from __future__ import annotations

from markupsafe import escape

from ficlens.styles import StyleKind, StyleSpan

_TAGS: dict[StyleKind, tuple[str, str]] = {
    "italic": ("<em>", "</em>"),
    "bold": ("<strong>", "</strong>"),
    "underline": ("<u>", "</u>"),
    "strike": ("<s>", "</s>"),
    "scene": ('<span class="scene-break" role="separator">', "</span>"),
}
_ORDER = {kind: i for i, kind in enumerate(_TAGS)}
RULE = '<span class="scene-break rule" role="separator" aria-label="scene break"></span>'


class Styler:
    """Escaped, formatted HTML of ranges of one text, asked for in increasing order of start."""

    def __init__(self, text: str, styles: list[StyleSpan]) -> None:
        self.text = text
        self._spans = sorted((s for s in styles if s.end > s.start), key=lambda s: (s.start, s.end))
        self._rules = sorted(s.start for s in styles if s.kind == "scene" and s.end == s.start)
        self._next = 0  # index of the first span not yet active
        self._rule = 0
        self._active: list[StyleSpan] = []

    def html(self, start: int, end: int) -> str:
        """``text[start:end]`` escaped, with its formatting; a ``<hr>`` that stood at ``start`` comes first."""
        while self._next < len(self._spans) and self._spans[self._next].start < end:
            self._active.append(self._spans[self._next])
            self._next += 1
        self._active = [s for s in self._active if s.end > start]
        rules = self._take_rules(start, end)
        if not self._active and not rules:
            return str(escape(self.text[start:end]))
        spans = [s for s in self._active if s.start < end]
        cuts = sorted({start, end, *rules, *(max(start, s.start) for s in spans), *(min(end, s.end) for s in spans)})
        out: list[str] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a in rules:
                out.append(RULE)
            kinds = sorted({s.kind for s in spans if s.start <= a and s.end >= b}, key=_ORDER.__getitem__)
            out.extend(_TAGS[k][0] for k in kinds)
            out.append(str(escape(self.text[a:b])))
            out.extend(_TAGS[k][1] for k in reversed(kinds))
        return "".join(out)

    def _take_rules(self, start: int, end: int) -> set[int]:
        """The scene-break rules in ``[start, end)`` (each given out once)."""
        taken: set[int] = set()
        while self._rule < len(self._rules) and self._rules[self._rule] < end:
            if self._rules[self._rule] >= start:
                taken.add(self._rules[self._rule])
            self._rule += 1
        return taken
