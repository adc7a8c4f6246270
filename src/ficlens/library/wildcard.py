"""A filter value with ``*`` wildcards ("any characters"), matched in linear time.

A regex of the parts joined by ``.*`` backtracks polynomially when it fails (every placement of every part is
tried): six ``*`` in a reader's filter against a 150-character tag ran for 30 seconds. Each part is instead found
at its leftmost place after the previous one, which is enough for ``*`` (no other wildcard) and scans the name once
per part.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Wildcard:
    """``text`` split at its ``*``: the first part starts a name, the last ends it, the rest occur in order."""

    parts: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Wildcard:
        """The wildcard written ``text`` (a run of ``*`` is one wildcard)."""
        return cls(tuple(text.split("*")))

    def fullmatch(self, name: str) -> bool:
        """Whether ``name`` as a whole fits the wildcard."""
        if len(self.parts) == 1:
            return name == self.parts[0]
        first, *middle, last = self.parts
        if len(name) < len(first) + len(last) or not name.startswith(first) or not name.endswith(last):
            return False
        pos, end = len(first), len(name) - len(last)
        for part in middle:
            found = name.find(part, pos, end)
            if found < 0:
                return False
            pos = found + len(part)
        return True
