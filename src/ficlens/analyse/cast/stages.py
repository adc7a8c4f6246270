"""The pipeline stages of the cast: build it, list the characters (by prominence), name the fandom(s)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast.build import cast_of
from ficlens.analyse.cast.fandom import TextWords, specific_tag
from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.analyse.cast.narrator import narrator_of
from ficlens.report import Character, Fandom

MAX_CHARACTERS = 60
MIN_NAMES = 3  # a character canon does not hold is listed from this many name mentions (or a quote)


def to_character(cluster: Cluster) -> Character:
    aliases = sorted({f for f in cluster.forms if f != cluster.name}, key=lambda f: (-cluster.forms[f], f))
    return Character(name=cluster.listed_name, aliases=aliases, mentions=cluster.mentions, quotes=cluster.quotes)


def listed(cluster: Cluster, min_names: int = MIN_NAMES) -> bool:
    """Whether a named character is listed: a canon character, or one the text names ``min_names`` times or more
    (``MIN_NAMES``; another bar only for eval/cast_silver.py's choice of it) or quotes. A name canon does not hold,
    written once or twice and never speaking, is too little to list ("Katy Perry" on a radio, "Alpha Centauri", a
    run glued across a sentence break: "Kirks Waist", "Normally Mike"); pronouns credited to it do not count, since
    coreference credits them to whatever name is nearest."""
    return (cluster.names > 0 and not cluster.role
            and (cluster.kb is not None or cluster.names >= min_names or cluster.quotes > 0))


def characters_of(cast: Cast, narrator: int | None = None, min_names: int = MIN_NAMES) -> list[Character]:
    """The listed characters (:func:`listed`), most prominent first (quote counts included once the quotes stage
    has run); the cluster ``narrator`` (narrator.narrator_of: a first-person narrator the others call by name) is
    listed first, however often named."""
    ranked = cast.ranked()[:MAX_CHARACTERS]
    first = [c for c in cast.clusters if c.id == narrator]
    return [to_character(c) for c in first + [c for c in ranked if c.id != narrator and listed(c, min_names)]]


def run_cast(analysis: Analysis) -> None:
    """Build the work's cast, once: every later stage reads ``analysis.cast``."""
    analysis.cast = cast_of(analysis.doc)


def run_characters(analysis: Analysis) -> None:
    """Fill ``report.characters``: canonical names, aliases, mention and quote counts; and ``analysis.narrator``,
    which the pairings read too."""
    analysis.narrator = narrator_of(analysis.doc.text, analysis.cast)
    analysis.report.characters = characters_of(analysis.cast, analysis.narrator)


def run_fandom(analysis: Analysis) -> None:
    """Fill ``report.fandoms`` with the fandoms the cast was canonicalised against, each by the most specific AO3
    tag the text supports (:func:`~ficlens.analyse.cast.fandom.specific_tag`: "Stargate SG-1" in the Stargate
    file); the cast keeps the KB's fandom for its lookups."""
    cast, words = analysis.cast, cache(lambda: TextWords(analysis.doc.text))
    uses: Counter[str] = Counter()
    for cluster in cast.clusters:
        if cluster.kb is not None:
            uses[cluster.kb.name] += cluster.names
    analysis.report.fandoms = [Fandom(name=specific_tag(name, uses, words), score=score)
                               for name, score in cast.fandoms]
