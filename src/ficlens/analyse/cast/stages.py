"""The pipeline stages of the cast: build it, list the characters (by prominence), name the fandom(s)."""

from __future__ import annotations

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast.build import cast_of
from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.report import Character, Fandom

MAX_CHARACTERS = 60


def to_character(cluster: Cluster) -> Character:
    aliases = sorted({f for f in cluster.forms if f != cluster.name}, key=lambda f: (-cluster.forms[f], f))
    return Character(name=cluster.listed_name, aliases=aliases, mentions=cluster.mentions, quotes=cluster.quotes)


def characters_of(cast: Cast) -> list[Character]:
    """The named characters, most prominent first (quote counts included once the quotes stage has run)."""
    return [to_character(c) for c in cast.ranked()[:MAX_CHARACTERS] if c.names > 0 and not c.role]


def run_cast(analysis: Analysis) -> None:
    """Build the work's cast, once: every later stage reads ``analysis.cast``."""
    analysis.cast = cast_of(analysis.doc)


def run_characters(analysis: Analysis) -> None:
    """Fill ``report.characters``: canonical names, aliases, mention and quote counts."""
    analysis.report.characters = characters_of(analysis.cast)


def run_fandom(analysis: Analysis) -> None:
    """Fill ``report.fandoms`` with the fandoms the cast was canonicalised against."""
    analysis.report.fandoms = [Fandom(name=name, score=score) for name, score in analysis.cast.fandoms]
