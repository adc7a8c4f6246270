"""The stages that read the cast: the characters list (canonical names, aliases and mention counts, by prominence)
and the fandom(s) the cast was canonicalised against."""

from __future__ import annotations

from ficlens.analyse.cast.build import Cast, Cluster, cast_of
from ficlens.nlp.document import Document
from ficlens.report import Character, Fandom, Report

MAX_CHARACTERS = 60


def to_character(cluster: Cluster) -> Character:
    aliases = sorted({f for f in cluster.forms if f != cluster.name}, key=lambda f: (-cluster.forms[f], f))
    return Character(name=cluster.name, aliases=aliases, mentions=cluster.mentions, quotes=cluster.quotes)


def characters_of(cast: Cast) -> list[Character]:
    return [to_character(c) for c in cast.ranked()[:MAX_CHARACTERS] if c.names > 0 and not c.role]


def characters(doc: Document, report: Report) -> None:
    """Fill ``report.characters`` (quote counts are added by the quotes analyser)."""
    report.characters = characters_of(cast_of(doc))


def fandom(doc: Document, report: Report) -> None:
    """Fill ``report.fandoms`` with the fandoms the cast was canonicalised against."""
    report.fandoms = [Fandom(name=name, score=score) for name, score in cast_of(doc).fandoms]
