"""One include/exclude filter as a reader wrote it, and what it matches.

A filter is a tag (``kind:`` optional, ``@severity`` optional), a work field (``author:NAME``, ``title:WORDS``), or
either with ``*`` wildcards. Fan vocabulary is understood (:mod:`ficlens.library.vocabulary`: "Sterek", "h/c"), and a
relationship written with first names, last names or in any order ("Stiles/Derek") matches the full AO3 tag
("Derek Hale/Stiles Stilinski"). :func:`unknown` says which filters match nothing ficlens knows, with the close
spellings it does know (difflib).
"""

from __future__ import annotations

import difflib
import functools
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import permutations

from ficlens.errors import UsageError
from ficlens.library.tags import (
    ARCHIVE_WARNINGS,
    CHOSE_NOT_TO_WARN,
    DISAMBIGUATOR,
    NO_ARCHIVE_WARNINGS,
    RELATIONSHIP_SEPARATOR,
    WORK_FIELDS,
    TagRow,
    canonical_key,
    fan_meaning,
    fan_words,
    lookup_keys,
    normalise,
    parse_tag_query,
    split_severity,
)
from ficlens.library.vocabulary import SHIP_NAMES
from ficlens.library.wildcard import Wildcard
from ficlens.report import RATING_NAMES, SEVERITY_ORDER

_ARCHIVE_KEYS = {canonical_key(a): a for a in ARCHIVE_WARNINGS}
_NAME_WORD = re.compile(r"[^\W_]+")
MAX_WILDCARDS = 8  # runs of * in one filter
MAX_SHIP_NAMES = 6  # people in a relationship matched by partial names (their orders are tried: 6! = 720)
SUGGESTIONS = 3  # close spellings offered for an unknown tag
SUGGESTION_CUTOFF = 0.75  # difflib's similarity a suggestion needs
SUGGESTION_SPREAD = 0.05  # how much less similar than the best a further suggestion may be


def _wildcard(text: str) -> Wildcard | None:
    """``*`` as "any characters", over normalised text; None when ``text`` has no ``*``. At most
    ``MAX_WILDCARDS`` runs of ``*``."""
    if "*" not in text:
        return None
    wildcard = Wildcard.of(re.sub(r"\*+", "*", normalise(text)))
    if len(wildcard.parts) - 1 > MAX_WILDCARDS:
        raise UsageError(f"too many * in {text.strip()!r} (at most {MAX_WILDCARDS})")
    return wildcard


def _name_words(name: str) -> frozenset[str]:
    return frozenset(_NAME_WORD.findall(DISAMBIGUATOR.sub("", name).casefold()))


def _ship(text: str) -> tuple[str, tuple[frozenset[str], ...]] | None:
    """("/" or "&", the words of each name) of a relationship written with partial names; None if not one."""
    parts = RELATIONSHIP_SEPARATOR.split(text.strip())
    if len(parts) < 3 or "*" in text:
        return None
    names = tuple(_name_words(p) for p in parts[0::2])
    if not all(names) or len(names) > MAX_SHIP_NAMES:
        return None
    return ("/" if "/" in parts[1::2] else "&"), names


def ship_matches(ship: tuple[str, tuple[frozenset[str], ...]], tag_name: str) -> bool:
    """Whether every partial name of ``ship`` is part of a different name of the relationship ``tag_name``
    (same separator, same number of people, any order)."""
    sep, wanted = ship
    parts = RELATIONSHIP_SEPARATOR.split(tag_name.strip())
    if len(parts) < 3 or (sep == "/") != ("/" in parts[1::2]):
        return False
    names = [_name_words(p) for p in parts[0::2]]
    if len(names) != len(wanted):
        return False
    return any(all(w <= n for w, n in zip(wanted, order, strict=True)) for order in permutations(names))


@dataclass(frozen=True, slots=True)
class TagFilter:
    """One include/exclude filter as the reader wrote it, with what it matches."""

    text: str
    kind: str | None  # a tag kind, "author" or "title", or None (any tag)
    keys: frozenset[str]
    min_severity: str | None = None  # "LABEL@SEVERITY": that severity or stronger
    pattern: Wildcard | None = None  # ``*`` wildcards, over normalised names
    ship: tuple[str, tuple[frozenset[str], ...]] | None = None  # a relationship by partial names
    meaning: str | None = None  # the AO3 tag a fan word stands for

    @classmethod
    def parse(cls, text: str) -> TagFilter:
        body, severity = split_severity(text)
        kind, value = parse_tag_query(body)
        meaning = fan_meaning(value) if kind not in WORK_FIELDS else None
        keys = set(lookup_keys(value))
        if meaning is not None:
            keys |= lookup_keys(meaning)
        ship = _ship(meaning or value) if kind in (None, "relationship") else None
        return cls(text=text.strip(), kind=kind, keys=frozenset(keys), min_severity=severity,
                   pattern=_wildcard(value), ship=ship, meaning=meaning)

    @property
    def on_work(self) -> bool:
        """Whether it filters on the work's author or title rather than on its tags."""
        return self.kind in WORK_FIELDS

    @property
    def broad(self) -> bool:
        """Whether it can match tags beyond its exact keys (wildcards, partial relationship names)."""
        return self.pattern is not None or self.ship is not None

    def value(self) -> str:
        return parse_tag_query(split_severity(self.text)[0])[1]

    def names(self, tag: TagRow) -> bool:
        """Whether it names ``tag`` (its severity aside)."""
        if self.on_work or (self.kind is not None and tag.kind != self.kind):
            return False
        return self._names(tag)

    def matches(self, tag: TagRow) -> bool:
        if not self.names(tag):
            return False
        if self.min_severity is None:
            return True
        return tag.severity in SEVERITY_ORDER and SEVERITY_ORDER[tag.severity] >= SEVERITY_ORDER[self.min_severity]

    def _names(self, tag: TagRow) -> bool:
        if tag.norm in self.keys:
            return True
        if self.pattern is not None and (self.pattern.fullmatch(tag.norm) or self.pattern.fullmatch(
                normalise(tag.name))):
            return True
        return self.ship is not None and tag.kind == "relationship" and ship_matches(self.ship, tag.name)

    def matches_work(self, title: str | None, authors: Sequence[str]) -> str | None:
        """The author or title that an ``author:``/``title:`` filter matches, else None. A title matches when it
        contains the words (or fits the wildcard); an author by the whole name (or the wildcard)."""
        want = normalise(self.value())
        if self.kind == "author":
            return next((a for a in authors if (self.pattern.fullmatch(normalise(a)) if self.pattern
                                                else normalise(a) == want)), None)
        if self.kind == "title" and title:
            here = normalise(title)
            return title if (self.pattern.fullmatch(here) if self.pattern else want in here) else None
        return None

    def archive_warning(self) -> str | None:
        """The AO3 archive warning this filter names, if it names one of the four."""
        if self.kind not in (None, "archive_warning"):
            return None
        for key in self.keys:
            if key in _ARCHIVE_KEYS:
                return _ARCHIVE_KEYS[key]
        return None


@dataclass(frozen=True, slots=True)
class Unknown:
    """A filter that matches nothing in the library nor any tag ficlens knows, with close known spellings."""

    text: str
    suggestions: tuple[str, ...]

    def message(self) -> str:
        if not self.suggestions:
            return f"no work in the library has {self.text!r}"
        close = " or ".join(repr(s) for s in self.suggestions)
        return f"no work in the library has {self.text!r}: did you mean {close}?"


@dataclass(frozen=True, slots=True)
class Labels:
    """What a reader may filter on without any library, as ``ficlens labels`` prints it and ``/labels`` shows it."""

    warning: dict[str, str]  # content-warning label -> its AO3 tag
    severity: list[str]  # weakest first
    archive_warning: list[str]
    rating: dict[str, str]  # letter -> AO3 name
    fan_vocabulary: dict[str, str]  # what a fan may type -> the AO3 tag it finds


def labels() -> Labels:
    """The warning labels, severities, archive warnings, ratings and fan vocabulary."""
    from ficlens.analyse.warnings.labels import TABLE

    return Labels(warning={row.name: row.freeform for row in TABLE}, severity=list(SEVERITY_ORDER),
                  archive_warning=list(ARCHIVE_WARNINGS), rating=dict(RATING_NAMES), fan_vocabulary=fan_words())


@functools.cache
def _known() -> tuple[tuple[str, ...], frozenset[str]]:
    """The tags ficlens knows without any library (its content-warning labels and every AO3 tag they give, by
    severity and by cue too, the archive warnings, ratings, ship names and the tags fan words stand for), and the
    index keys of those and of every fan word. Fixed tables: built once per process, not once per search."""
    from ficlens.analyse.warnings.labels import TABLE

    names = [row.name for row in TABLE] + [row.freeform for row in TABLE]
    names += [tag for row in TABLE for _, tag in (*row.freeform_by_severity, *row.freeform_by_cue)]
    names += [*ARCHIVE_WARNINGS, NO_ARCHIVE_WARNINGS, CHOSE_NOT_TO_WARN, *RATING_NAMES.values()]
    names += [*SHIP_NAMES, *fan_words().values()]  # not the other spellings: a suggestion names a tag once
    known = tuple(dict.fromkeys(names))
    return known, frozenset(canonical_key(n) for n in (*known, *fan_words()))


def unknown(conn: sqlite3.Connection, filters: Iterable[TagFilter]) -> list[Unknown]:
    """The filters that match no tag of a stored work (nor author or title) and no tag ficlens knows."""
    known, known_keys = _known()
    # a tag ficlens knows, or one a stored work has by the very key, is not unknown
    filters = [f for f in filters if f.on_work or not (f.keys & known_keys or _indexed(conn, f))]
    if not filters:  # the common case: no scan of the library's tags and works
        return []
    stored = _stored_tags(conn) if not all(f.on_work for f in filters) else []
    works = _works(conn) if any(f.on_work for f in filters) else []
    out = []
    for f in filters:
        if f.on_work:
            if any(f.matches_work(title, authors) for title, authors in works):
                continue
            pool = [a for _, authors in works for a in authors] if f.kind == "author" else [
                t for t, _ in works if t]
        else:
            if any(f.names(t) for t in stored):
                continue
            pool = [t.name for t in stored if f.kind is None or t.kind == f.kind] + list(known)
        out.append(Unknown(f.text, suggest(f.value(), pool) if f.pattern is None else ()))
    return out


def _indexed(conn: sqlite3.Connection, f: TagFilter) -> bool:
    """Whether a stored work has a tag (or a reader's added one) under one of ``f``'s keys and of its kind: the
    indexed look-up that settles most filters without reading every distinct tag."""
    if not f.keys:
        return False
    where = f"norm IN ({','.join('?' * len(f.keys))})" + (" AND kind = ?" if f.kind is not None else "")
    args = [*sorted(f.keys), *([f.kind] if f.kind is not None else [])]
    return conn.execute(f"SELECT 1 FROM tags WHERE {where} UNION ALL SELECT 1 FROM corrections WHERE "
                        f"action = 'add' AND {where} LIMIT 1", args * 2).fetchone() is not None


def _stored_tags(conn: sqlite3.Connection) -> list[TagRow]:
    """Every distinct tag of a stored work, the reader's added ones included."""
    return [TagRow.from_db(*r) for r in conn.execute(
        "SELECT DISTINCT kind, name, norm, origin, NULL FROM tags UNION "
        "SELECT DISTINCT kind, name, norm, 'reader', NULL FROM corrections WHERE action = 'add'")]


def _works(conn: sqlite3.Connection) -> list[tuple[str | None, list[str]]]:
    """(title, authors) of every stored work."""
    return list(work_fields(conn).values())


def work_fields(conn: sqlite3.Connection) -> dict[int, tuple[str | None, list[str]]]:
    """Every stored work's (title, authors), by id: what ``author:`` and ``title:`` filters look at."""
    return {int(i): (str(t) if t is not None else None, _authors(a)) for i, t, a in conn.execute(
        "SELECT id, title, authors FROM works")}


def refuse_misspelt(conn: sqlite3.Connection, tags: Sequence[str], force: bool = False) -> list[Unknown]:
    """The unknown tags among ``tags`` (to be saved as exclusions); a :class:`UsageError` instead when one looks like
    a misspelling of a known tag and not ``force``. A tag nothing resembles passes: works added later may carry it."""
    problems = unknown(conn, [TagFilter.parse(t) for t in tags])
    misspelt = [p for p in problems if p.suggestions]
    if misspelt and not force:
        raise UsageError("; ".join(p.message() for p in misspelt) + " (--force saves it as written)")
    return problems


def suggest(text: str, names: Iterable[str]) -> tuple[str, ...]:
    """The closest spellings of ``text`` among ``names`` (case- and spacing-insensitive): the best, and the others
    about as close (within ``SUGGESTION_SPREAD`` of its similarity)."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(normalise(name), name)
    want = normalise(text)
    close = difflib.get_close_matches(want, list(by_key), n=SUGGESTIONS, cutoff=SUGGESTION_CUTOFF)
    if not close:
        return ()
    best = difflib.SequenceMatcher(None, want, close[0]).ratio()
    return tuple(by_key[k] for k in close
                 if difflib.SequenceMatcher(None, want, k).ratio() >= best - SUGGESTION_SPREAD)


def _authors(value: object) -> list[str]:
    import json

    try:
        data = json.loads(str(value))
    except ValueError:
        return []
    return [str(a) for a in data] if isinstance(data, list) else []
