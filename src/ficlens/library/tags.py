"""The tag index: which tags a stored work carries, and how a reader's tag text matches them.

Tags come from origins that are never merged: ``ficlens`` (what the analysis found in the text) and ``author``
(what the file's own tag block says), both in the ``tags`` table, and ``reader`` (a tag the reader added, kept in
the ``corrections`` table and laid over a work's rows when filtering). Matching is case-insensitive and by
canonical name: a rating letter matches its name ("E" = "Explicit"), a content-warning label matches its
spelled-out form ("sexual-assault" = "Sexual Assault"), a relationship matches in either name order, a character
matches any of its aliases, and a fandom matches without AO3's disambiguator ("Teen Wolf (TV)" = "Teen Wolf").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ficlens.errors import UsageError
from ficlens.library.vocabulary import SHIP_NAMES, TAG_SYNONYMS
from ficlens.report import RATING_NAMES, SEVERITY_ORDER, Report

Origin = Literal["ficlens", "author", "reader"]  # reader: the reader's own correction

KINDS: tuple[str, ...] = (
    "warning",
    "archive_warning",
    "rating",
    "category",
    "fandom",
    "relationship",
    "character",
    "freeform",
)

ARCHIVE_WARNINGS: tuple[str, ...] = (
    "Graphic Depictions Of Violence",
    "Major Character Death",
    "Rape/Non-Con",
    "Underage Sex",
)
NO_ARCHIVE_WARNINGS = "No Archive Warnings Apply"
CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings"


_SPACE = re.compile(r"[\s_\-]+")
# A leading whitespace run is matched from its first character only ((?<!\s)): the same matches, but a long run of
# spaces is not scanned again from each of its characters (quadratic). The separator's run is optional as a whole, so
# "/" right after a run that the previous separator took ("a /\n& b") is still one.
DISAMBIGUATOR = re.compile(r"(?<!\s)\s*\([^()]*\)\s*$")  # AO3's "(TV)" after a fandom or character
RELATIONSHIP_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(/|&)\s*")  # "/" (romantic) or "&" (platonic), captured


def normalise(text: str) -> str:
    """Case-, space-, hyphen- and underscore-insensitive key of a tag."""
    return _SPACE.sub(" ", text.casefold()).strip()


# Canonical keys of synonyms that AO3 and the files we read spell differently.
_SYNONYMS: dict[str, str] = {
    normalise("Choose Not To Use Archive Warnings"): normalise(CHOSE_NOT_TO_WARN),
    normalise("Creator Chose Not To Use Archive Warning"): normalise(CHOSE_NOT_TO_WARN),
    normalise("Chose Not To Use Archive Warnings"): normalise(CHOSE_NOT_TO_WARN),
    normalise("No Archive Warning Applies"): normalise(NO_ARCHIVE_WARNINGS),
    normalise("No Archive Warnings Apply"): normalise(NO_ARCHIVE_WARNINGS),
    normalise("Teen and Up"): normalise(RATING_NAMES["T"]),
    normalise("Rape/Non Con"): normalise("Rape/Non-Con"),
    normalise("Non-Con"): normalise("Rape/Non-Con"),
    normalise("Graphic Violence"): normalise("Graphic Depictions Of Violence"),
    normalise("MCD"): normalise("Major Character Death"),
}
for _letter, _name in RATING_NAMES.items():
    _SYNONYMS[normalise(_letter)] = normalise(_name)

# Fan vocabulary (ship names, abbreviations): what a reader may type -> the AO3 tag it means.
_FAN_WORDS: dict[str, str] = {normalise(k): v for k, v in (*SHIP_NAMES.items(), *TAG_SYNONYMS.items())}
WORK_FIELDS: tuple[str, ...] = ("author", "title")  # filters on the work itself, not on its tags


def fan_meaning(text: str) -> str | None:
    """The AO3 tag a fan's word stands for ("Sterek" -> "Derek Hale/Stiles Stilinski", "h/c" -> "Hurt/Comfort"),
    or None when it is not in the fan vocabulary."""
    return _FAN_WORDS.get(normalise(text))


def fan_words() -> dict[str, str]:
    """Every fan word ficlens knows, as typed, with the tag it means."""
    return {**SHIP_NAMES, **TAG_SYNONYMS}


def canonical_key(text: str) -> str:
    """The key a tag is indexed and looked up under."""
    key = normalise(text)
    return _SYNONYMS.get(key, key)


def relationship_key(text: str) -> str | None:
    """Order-insensitive key of a relationship tag ("B/A" = "A/B"); None when ``text`` has no separator."""
    parts = RELATIONSHIP_SEPARATOR.split(text.strip())
    if len(parts) < 3:
        return None
    names = sorted(canonical_key(p) for p in parts[0::2] if p.strip())
    separators = {p for p in parts[1::2]}
    sep = "/" if "/" in separators else "&"
    return sep.join(names)


def lookup_keys(text: str) -> set[str]:
    """Every key a reader's tag text may match (canonical, order-insensitive relationship, without disambiguator)."""
    keys = {canonical_key(text)}
    rel = relationship_key(text)
    if rel is not None:
        keys.add(rel)
    stripped = DISAMBIGUATOR.sub("", text)
    if stripped and stripped != text:
        keys.add(canonical_key(stripped))
    return keys


@dataclass(frozen=True, slots=True)
class TagRow:
    """One row of the tag index."""

    kind: str
    name: str
    norm: str
    origin: Origin
    severity: str | None = None

    @classmethod
    def from_db(cls, kind: object, name: object, norm: object, origin: object, severity: object) -> TagRow:
        """A row as read back from the ``tags`` table."""
        which: Origin = "author" if origin == "author" else "reader" if origin == "reader" else "ficlens"
        return cls(str(kind), str(name), str(norm), which, None if severity is None else str(severity))


def _rows(kind: str, name: str, origin: Origin, severity: str | None = None,
          synonyms: tuple[str, ...] = ()) -> Iterator[TagRow]:
    name = name.strip()
    if not name:
        return
    keys = {canonical_key(name)}
    if kind == "relationship":
        rel = relationship_key(name)
        if rel is not None:
            keys = {rel}
    if kind == "fandom":
        stripped = DISAMBIGUATOR.sub("", name)
        if stripped:
            keys.add(canonical_key(stripped))
    if kind in ("character", "fandom") and " | " in name:  # AO3's "Name | Other Name" canonical tags
        keys.update(canonical_key(part) for part in name.split(" | ") if part.strip())
    keys.update(canonical_key(s) for s in synonyms if s.strip())
    for key in sorted(keys):
        yield TagRow(kind, name, key, origin, severity)


def tag_rows(kind: str, name: str, origin: Origin) -> list[TagRow]:
    """The index rows of one tag (one per key it is found under)."""
    return list(_rows(kind, name, origin))


def rating_display(label: str) -> str:
    """"E" -> "Explicit"; other text unchanged."""
    return RATING_NAMES.get(label.strip().upper(), label) if len(label.strip()) == 1 else label


def report_tags(report: Report, analysed: bool) -> list[TagRow]:
    """The tag rows of a report: ficlens's reading (when it was analysed) and the file's own tags."""
    rows: list[TagRow] = []
    if analysed:
        for w in report.warnings:
            rows.extend(_rows("warning", w.label, "ficlens", w.severity))
        for a in report.archive_warnings:
            rows.extend(_rows("archive_warning", a.label, "ficlens"))
        if not report.archive_warnings:
            rows.extend(_rows("archive_warning", NO_ARCHIVE_WARNINGS, "ficlens"))
        rows.extend(_rows("rating", RATING_NAMES[report.rating.label], "ficlens"))
        rows.extend(r for c in report.category for r in _rows("category", c, "ficlens"))
        rows.extend(r for f in report.fandoms for r in _rows("fandom", f.name, "ficlens"))
        rows.extend(r for rel in report.relationships for r in _rows("relationship", rel.tag, "ficlens"))
        rows.extend(r for ch in report.characters
                    for r in _rows("character", ch.name, "ficlens", synonyms=tuple(ch.aliases)))
        rows.extend(r for ff in report.freeforms for r in _rows("freeform", ff.tag, "ficlens"))
    own = report.author_tags
    if own is not None:
        fields: tuple[tuple[str, list[str]], ...] = (
            ("rating", [rating_display(r) for r in own.rating]),
            ("archive_warning", own.archive_warnings),
            ("category", own.categories),
            ("fandom", own.fandoms),
            ("relationship", own.relationships),
            ("character", own.characters),
            ("freeform", own.freeforms),
        )
        for kind, names in fields:
            rows.extend(r for name in names for r in _rows(kind, name, "author"))
    return _dedupe(rows)


def _dedupe(rows: list[TagRow]) -> list[TagRow]:
    seen: dict[tuple[str, str, str], TagRow] = {}
    for row in rows:
        seen.setdefault((row.kind, row.norm, row.origin), row)
    return list(seen.values())


def split_severity(text: str) -> tuple[str, str | None]:
    """``"violence@graphic"`` -> ("violence", "graphic"); no ``@`` -> (text, None); an unknown severity is a
    :class:`UsageError`."""
    body, at, severity = text.strip().rpartition("@")
    if not at:
        return text.strip(), None
    level = severity.strip().lower()
    if level not in SEVERITY_ORDER:
        raise UsageError(f"unknown severity {severity.strip()!r} in {text.strip()!r}: use "
                         + ", ".join(f"@{s}" for s in SEVERITY_ORDER))
    return body.strip(), level


def parse_tag_query(text: str) -> tuple[str | None, str]:
    """``"rating:E"`` -> ("rating", "E"); ``"author:NAME"`` -> ("author", "NAME") (also ``title:``); a tag without a
    known ``kind:`` prefix -> (None, text)."""
    head, sep, tail = text.partition(":")
    kind = head.strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"warnings": "warning", "archive": "archive_warning", "archive_warnings": "archive_warning",
               "characters": "character", "relationships": "relationship", "pairing": "relationship",
               "fandoms": "fandom", "freeforms": "freeform", "tag": "freeform", "categories": "category",
               "authors": "author", "by": "author", "creator": "author", "titles": "title"}
    kind = aliases.get(kind, kind)
    if sep and (kind in KINDS or kind in WORK_FIELDS) and tail.strip():
        return kind, tail.strip()
    return None, text.strip()
