"""The facts a fan sorts by, as AO3 and FanFicFare files state them: dates, the chapter count as written ("3/?"),
completion, kudos, hits, series.

AO3 (download, EPUB, live page) prints them in its stats block ("Published: 2006-07-09 Updated: 2007-06-25
Words: 7,526 Chapters: 3/?", or ``dl.stats`` with one ``dd`` per figure) and its series line ("Part 1 of Watches
'Verse"); FanFicFare's title page has labelled lines ("Status: Completed", "Published: …", "Series: Name [2]").
"""

from __future__ import annotations

import re

from ficlens.ingest.markup import Element, tag_of, text_of
from ficlens.work_meta import WorkMeta, complete_from_chapters, count, iso_date

_STAT = re.compile(r"\b(Published|Updated|Completed|Chapters|Kudos|Hits):\s*([0-9][0-9,./?-]*|\?)", re.IGNORECASE)
_PART = re.compile(r"Part\s+(\d+)\s+of\s+", re.IGNORECASE)
# "Name [2]"; the name ends at a non-space ((?<!\s)), as the shortest name did anyway: a long run of spaces is then
# scanned once, not once per space (quadratic)
_FFF_SERIES = re.compile(r"^(.*?)(?<!\s)\s*\[(\d+)\]\s*$")


def ao3_meta(stats: list[Element], series: list[Element]) -> WorkMeta | None:
    """From AO3's stats elements (the ``dd`` after "Stats:", or ``dl.stats``) and series elements (the ``dd``
    after "Series:", or ``dd.series``); None when they say nothing."""
    meta = WorkMeta()
    for el in stats:
        for label, value in _STAT.findall(" ".join(el.itertext())):
            _set(meta, label.lower(), value)
    for el in series:
        meta.series.extend(s for s in _series(el) if s not in meta.series)
    return None if meta.is_empty() else meta


def _set(meta: WorkMeta, label: str, value: str) -> None:
    if label == "published":
        meta.published = meta.published or iso_date(value)
    elif label in ("updated", "completed"):
        meta.updated = iso_date(value) or meta.updated
        if label == "completed":
            meta.complete = True
    elif label == "chapters":
        meta.chapters = value
        meta.complete = complete_from_chapters(value) if meta.complete is None else meta.complete
    elif label == "kudos":
        meta.kudos = count(value)
    elif label == "hits":
        meta.hits = count(value)


def _series(dd: Element) -> list[str]:
    """ "Part 1 of Watches 'Verse" -> ["Watches 'Verse (part 1)"], one per series the work is in."""
    names = [text_of(a) for a in dd.iter("a") if "/series/" in (a.get("href") or "")]
    parts = _PART.findall(" ".join(dd.itertext()))
    if not names:
        names = [n.strip() for n in _PART.split(" ".join(dd.itertext()))[2::2] if n.strip()]
    return [f"{name} (part {part})" if part else name
            for name, part in zip(names, [*parts, *[""] * len(names)], strict=False) if name]


def fanficfare_meta(labels: dict[str, str]) -> WorkMeta | None:
    """From FanFicFare's title-page fields (lower-case labels); None when they say nothing."""
    meta = WorkMeta(published=iso_date(labels.get("published")), updated=iso_date(labels.get("updated")),
                    chapters=labels.get("chapters") or None, kudos=count(labels.get("kudos")),
                    hits=count(labels.get("hits")))
    status = (labels.get("status") or "").strip().lower()
    if status:
        meta.complete = status.startswith("complete")
    elif meta.chapters:
        meta.complete = complete_from_chapters(meta.chapters)
    series = labels.get("series")
    if series:
        found = _FFF_SERIES.match(series)
        meta.series = [f"{found.group(1)} (part {found.group(2)})" if found else series.strip()]
    return None if meta.is_empty() else meta


def stats_elements(dls: list[Element]) -> tuple[list[Element], list[Element]]:
    """The stats and series elements of AO3's tag lists: the ``dd`` after a "Stats:" or "Series:" label, and any
    ``dl.stats`` / ``dd.series``."""
    stats: list[Element] = []
    series: list[Element] = []
    for dl in dls:
        label = ""
        for child in dl:
            if tag_of(child) == "dt":
                label = text_of(child).rstrip(":").strip().lower()
            elif tag_of(child) == "dd":
                names = set((child.get("class") or "").split())
                if label == "series" or "series" in names:
                    series.append(child)
                elif label == "stats" or "stats" in names:
                    stats.append(child)
        if "stats" in set((dl.get("class") or "").split()):
            stats.append(dl)
    return stats, series
