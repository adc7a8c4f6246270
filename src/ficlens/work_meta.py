"""What a file says about a work beyond its text and tags: the facts a fan sorts and filters by.

Kept as the file writes them where the form matters (AO3's "Chapters: 3/?" stays "3/?"); dates as ISO
``YYYY-MM-DD``. Every field is None (or empty) when the file does not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CHAPTERS = re.compile(r"^\s*(\d+)\s*/\s*(\d+|\?)\s*$")


@dataclass(slots=True)
class WorkMeta:
    published: str | None = None  # first published, YYYY-MM-DD
    updated: str | None = None  # last updated (or completed), YYYY-MM-DD
    chapters: str | None = None  # as written: "3/?" (in progress), "5/5"
    complete: bool | None = None  # None: the file does not say
    kudos: int | None = None
    hits: int | None = None
    series: list[str] = field(default_factory=list)  # "Series Name (part 2)" as the file names it
    repaired: list[str] = field(default_factory=list)  # what ficlens repaired in the text as it read the file

    def is_empty(self) -> bool:
        return self == WorkMeta()


def complete_from_chapters(chapters: str | None) -> bool | None:
    """AO3's "3/?" or "3/5" is in progress, "5/5" complete; None when ``chapters`` is not of that form."""
    found = _CHAPTERS.match(chapters or "")
    if found is None:
        return None
    return found.group(2) != "?" and int(found.group(1)) >= int(found.group(2))


def iso_date(text: str | None) -> str | None:
    """The first ``YYYY-MM-DD`` date in ``text`` (AO3 and FanFicFare write dates so), else None."""
    found = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text or "")
    return "-".join(found.groups()) if found else None


def count(text: str | None) -> int | None:
    """AO3's "1,234" as 1234; None when ``text`` holds no number."""
    digits = re.sub(r"[,\s.]", "", text or "")
    return int(digits) if digits.isdigit() else None
