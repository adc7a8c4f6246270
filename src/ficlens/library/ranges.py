"""Sort orders and range filters over the works themselves: completion, word count, dates, as AO3 offers them.

A range filter removes a work outside it and says why; a work whose file does not say (no date, completion not
given) is removed by a filter that asks about it, and ``why`` says the file does not say. Dates are the work's own
(updated, else published); ``added`` is when it entered the library.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ficlens.errors import UsageError
from ficlens.library.store import WorkRow

SORTS: dict[str, str] = {
    "title": "title, A to Z",
    "words": "word count, most first",
    "updated": "the work's last update (else publication), newest first",
    "added": "added to the library, newest first",
    "kudos": "kudos where the file gives them, most first",
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Ranges:
    complete: bool | None = None  # True: complete only; False: in progress only
    min_words: int | None = None
    max_words: int | None = None
    since: str | None = None  # the work's date on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    until: str | None = None  # the work's date on or before

    @classmethod
    def parse(cls, status: str | None = None, words: str | None = None, since: str | None = None,
              until: str | None = None) -> Ranges:
        """From what a reader typed: status ``complete``/``in-progress``, words ``1000-50000`` (``1000-``,
        ``-5000``, ``10k-``), dates ``YYYY[-MM[-DD]]``. Bad text is a :class:`UsageError` naming it."""
        low, high = _word_range(words)
        return cls(complete=_status(status), min_words=low, max_words=high, since=_date(since, "since"),
                   until=_date(until, "until"))

    def judge(self, row: WorkRow) -> list[tuple[bool, str]]:
        """(kept?, why) per range asked for."""
        out: list[tuple[bool, str]] = []
        if self.complete is not None:
            want = "complete" if self.complete else "in progress"
            have = row.meta.complete
            chapters = f" (chapters {row.meta.chapters})" if row.meta.chapters else ""
            if have is None:
                out.append((False, f"status {want}: the file does not say whether it is complete"))
            else:
                out.append((have == self.complete,
                            f"status {want}: it is {'complete' if have else 'in progress'}{chapters}"))
        if self.min_words is not None or self.max_words is not None:
            ok = (self.min_words is None or row.words >= self.min_words) and (
                self.max_words is None or row.words <= self.max_words)
            out.append((ok, f"words {self.min_words or 0:,}-{'' if self.max_words is None else f'{self.max_words:,}'}"
                            f": it has {row.words:,}"))
        if self.since is not None or self.until is not None:
            span = f"dates {self.since or ''}..{self.until or ''}"
            date = row.date
            if date is None:
                out.append((False, f"{span}: the file gives no date"))
            else:
                ok = (self.since is None or date >= self.since) and (self.until is None or date[:len(self.until)]
                                                                     <= self.until)
                out.append((ok, f"{span}: last dated {date}"))
        return out


NO_RANGES = Ranges()


def sort_key(sort: str) -> Callable[[WorkRow], tuple[object, ...]]:
    """The key that puts rows in ``sort`` order (works the file says nothing about come last)."""
    if sort not in SORTS:
        raise UsageError(f"unknown sort {sort!r}: use " + ", ".join(SORTS))
    keys: dict[str, Callable[[WorkRow], tuple[object, ...]]] = {
        "title": lambda r: (r.display_title.casefold(), r.id),
        "words": lambda r: (-r.words, r.id),
        "updated": lambda r: (r.date is None, _descending(r.date or ""), r.id),
        "added": lambda r: (_descending(r.added_at), -r.id),
        "kudos": lambda r: (r.meta.kudos is None, -(r.meta.kudos or 0), r.id),
    }
    return keys[sort]


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _status(text: str | None) -> bool | None:
    value = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
    if value in ("", "any", "all"):
        return None
    if value in ("complete", "completed", "done"):
        return True
    if value in ("in-progress", "wip", "incomplete", "ongoing"):
        return False
    raise UsageError(f"unknown status {text!r}: use complete or in-progress")


def _count(text: str, whole: str) -> int | None:
    text = text.strip().lower().replace(",", "").replace("_", "")
    if not text:
        return None
    scale = 1000 if text.endswith("k") else 1
    number = text[:-1] if scale > 1 else text
    if not number.isdigit():
        raise UsageError(f"bad word range {whole!r}: write MIN-MAX, e.g. 1000-50000, 10k-, -5000")
    return int(number) * scale


def _word_range(text: str | None) -> tuple[int | None, int | None]:
    if text is None or not text.strip():
        return None, None
    low, dash, high = text.partition("-")
    if not dash:
        raise UsageError(f"bad word range {text!r}: write MIN-MAX, e.g. 1000-50000, 10k-, -5000")
    lo, hi = _count(low, text), _count(high, text)
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(f"bad word range {text!r}: the minimum is above the maximum")
    return lo, hi


def _date(text: str | None, name: str) -> str | None:
    if text is None or not text.strip():
        return None
    if not _DATE.match(text.strip()):
        raise UsageError(f"bad {name} date {text!r}: write YYYY, YYYY-MM or YYYY-MM-DD")
    return text.strip()
