"""AO3's tag block: which field a label or a class names, and the normalisation of what it holds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ficlens.work import TAG_FIELDS, AuthorTags

#: Label text (lower case, no colon) → AuthorTags field. AO3 prints singular or plural labels by count.
LABEL_FIELDS: dict[str, str] = {
    "rating": "rating", "ratings": "rating",
    "archive warning": "archive_warnings", "archive warnings": "archive_warnings",
    "category": "categories", "categories": "categories",
    "fandom": "fandoms", "fandoms": "fandoms",
    "relationship": "relationships", "relationships": "relationships",
    "character": "characters", "characters": "characters",
    "additional tags": "freeforms", "additional tag": "freeforms",
    "freeform tags": "freeforms",
}
#: Class names on a live AO3 work page (``dd.rating.tags`` …) → AuthorTags field.
CLASS_FIELDS: dict[str, str] = {
    "rating": "rating", "warning": "archive_warnings", "category": "categories", "fandom": "fandoms",
    "relationship": "relationships", "character": "characters", "freeform": "freeforms",
}

OPT_OUT = "Creator Chose Not To Use Archive Warnings"
_OPT_OUT_SPELLINGS = {"choose not to use archive warnings", "creator chose not to use archive warnings"}

#: AO3's own names, for sorting untyped tag lists (a dc:subject list, FanFicFare's "Genre").
RATINGS = frozenset({"General Audiences", "Teen And Up Audiences", "Mature", "Explicit", "Not Rated"})
ARCHIVE_WARNINGS = frozenset({
    OPT_OUT, "Graphic Depictions Of Violence", "Major Character Death", "No Archive Warnings Apply",
    "Rape/Non-Con", "Underage", "Underage Sex",
})
CATEGORIES = frozenset({"F/F", "F/M", "Gen", "M/M", "Multi", "Other"})

_WORK_URL = re.compile(r"archiveofourown\.org/works/(\d+)")


def label_field(label: str) -> str | None:
    """The AuthorTags field a label such as "Relationships:" names, or None."""
    return LABEL_FIELDS.get(label.strip().rstrip(":").strip().lower())


def class_field(class_names: Iterable[str]) -> str | None:
    names = set(class_names)
    if "tags" not in names:
        return None
    return next((CLASS_FIELDS[n] for n in names if n in CLASS_FIELDS), None)


def normalise_archive_warning(tag: str) -> str:
    """Both spellings of the opt-out become AO3's current "Creator Chose Not To Use Archive Warnings"."""
    return OPT_OUT if tag.strip().lower() in _OPT_OUT_SPELLINGS else tag


def split_tags(value: str) -> list[str]:
    """A comma-separated tag list (AO3 tags cannot contain commas)."""
    return [t.strip() for t in value.split(",") if t.strip()]


class TagCollector:
    """Gathers tags by field, normalising archive warnings and dropping duplicates, in first-seen order."""

    def __init__(self) -> None:
        self._tags: dict[str, list[str]] = {name: [] for name in TAG_FIELDS}
        self.seen_any_field = False

    def add(self, field: str, values: Iterable[str]) -> None:
        self.seen_any_field = True
        bucket = self._tags[field]
        for value in values:
            tag = normalise_archive_warning(value) if field == "archive_warnings" else value.strip()
            if tag and tag not in bucket:
                bucket.append(tag)

    def result(self) -> AuthorTags | None:
        """The collected tags, or None when no tag field was seen at all."""
        return AuthorTags(**self._tags) if self.seen_any_field else None


def ao3_id_from(urls: Iterable[str]) -> str | None:
    """The AO3 work id in the first URL that names one."""
    for url in urls:
        m = _WORK_URL.search(url)
        if m:
            return m.group(1)
    return None


def work_url(ao3_id: str) -> str:
    return f"https://archiveofourown.org/works/{ao3_id}"
