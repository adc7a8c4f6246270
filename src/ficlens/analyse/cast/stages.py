"""The pipeline stages of the cast: build it, list the characters (by prominence), name the fandom(s)."""

from __future__ import annotations

import re

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast.build import cast_of
from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.knowledge.fandom_kb import alias_key, bare_name
from ficlens.report import Character, Fandom

MAX_CHARACTERS = 60
STEM = 3  # the letters that make a written word one of the canonical name's (display_name)
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


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


def to_character(cluster: Cluster) -> Character:
    aliases = sorted({f for f in cluster.forms if f != cluster.name}, key=lambda f: (-cluster.forms[f], f))
    return Character(name=display_name(cluster), aliases=aliases, mentions=cluster.mentions, quotes=cluster.quotes)


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
