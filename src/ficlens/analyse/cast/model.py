"""The cast's data types: a mention of a character, a character (a cluster of name forms) and the name it is
listed by, and the cast of a work. How a cast is built is build.py's."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from ficlens.analyse.dialogue import QuoteSpan
from ficlens.knowledge import KBCharacter
from ficlens.knowledge.fandom_kb import alias_key, bare_name

MentionKind = Literal["name", "pronoun", "descriptor"]
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    cluster: int
    kind: MentionKind
    in_quote: bool = False


@dataclass(slots=True)
class Cluster:
    id: int
    name: str
    kb: KBCharacter | None = None
    title: str | None = None
    forms: Counter[str] = field(default_factory=Counter)
    gender: str | None = None
    gender_votes: Counter[str] = field(default_factory=Counter)
    role: bool = False  # an unnamed speaker known by a role ("the parson"); not listed among the characters
    names: int = 0  # name mentions
    resolved: int = 0  # pronoun and descriptor mentions credited
    quotes: int = 0

    @property
    def mentions(self) -> int:
        return self.names + self.resolved

    @property
    def listed_name(self) -> str:
        """The name the report lists the character by (:func:`display_name`); ``name`` stays the KB's, which
        relationships look up."""
        return display_name(self)

    @property
    def prominence(self) -> float:
        return self.names + 0.25 * self.resolved + 0.5 * self.quotes  # credited pronouns are the noisiest


STEM = 3  # the letters that make a written word one of the canonical name's (display_name)


def display_name(cluster: Cluster) -> str:
    """The name a character is listed by: its own, or, for a KB character the text never calls by any word of its
    canonical name (nor a spelling or diminutive of one: see :func:`_stem`), the canonical name and the text's most
    used name as AO3 writes an alias ("Tom Riddle | Voldemort" where the text says only "Voldemort" and "Lord
    Voldemort"), so that the reader recognises whom the text means. Only the listing: the cluster keeps the KB's
    name, which relationships look up."""
    if cluster.kb is None or not cluster.forms:
        return cluster.name
    canonical = {_stem(w) for part in cluster.kb.name.split("|") for w in _WORD.findall(bare_name(part))}
    written = {_stem(w) for form in cluster.forms for w in _WORD.findall(form)}
    if canonical & written:
        return cluster.name
    used = max(cluster.forms, key=lambda f: (cluster.forms[f], f))
    bare = bare_name(cluster.name)
    return f"{bare} | {used}{cluster.name[len(bare):]}"


def _stem(word: str) -> str:
    """A word's first letters, its spellings and diminutives alike: "Kankurō" and "Kankurou", "Gabby" and
    "Gabrielle"."""
    return alias_key(word)[:STEM]


@dataclass(slots=True)
class Cast:
    clusters: list[Cluster]
    mentions: list[Mention]
    quotes: list[QuoteSpan]
    fandoms: list[tuple[str, float]]
    # quotes (by index) whose dialogue tag, after or before the quote, names an anonymous speaker ("said one"):
    # that speaker's cluster (anonymous_speakers)
    anonymous_after: dict[int, int] = field(default_factory=dict)
    anonymous_before: dict[int, int] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out: list[Mention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def ranked(self) -> list[Cluster]:
        """The named characters by prominence; roles ("the old man") are left out: they are quote speakers, not
        characters of the report, its tags or its pairings."""
        return sorted((c for c in self.clusters if not c.role), key=lambda c: (-c.prominence, c.name))
