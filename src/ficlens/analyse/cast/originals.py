"""Original characters: in a work of a known fandom, a person the fandom's canon does not hold is tagged as AO3 tags
one, "Inana (Original Character)".

Only clearly named persons: a cluster named at least MIN_NAMES times, by a name without a title ("Professor
Flitwick" may be a canon teacher the KB lacks), that no KB character of any fandom goes by, in a cast that holds at
least one KB character of the detected fandom(s). Unnamed roles and the reader are never original characters.

A common given name alone ("Derek", "Bill", "Emily") is no sign of another fandom: some KB character of some
fandom is called so whatever the name, so a name that is a usual English given name (given_names.py) or the first
name of COMMON_IN_KB differently named KB characters or more counts as the text's own person however many KB
characters bear it. A full name of another fandom ("Derek Hale" in a Sherlock work) stays a crossover guest. This
holds only where the KB knows the canon well (RICH_CANON characters or more in the detected fandoms): where it
holds a canon's main characters only, a common first name it lacks is as often a canon minor character ("Matt" in
a Teen Wolf work, "Tom" in a Doctor Who one) as an original one.
"""

from __future__ import annotations

from functools import lru_cache

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.analyse.cast.reader import READER
from ficlens.knowledge import load_kb
from ficlens.knowledge.fandom_kb import FandomKB, bare_name, full_names

ORIGINAL = " (Original Character)"
MIN_NAMES = 3
RICH_CANON = 40  # KB characters in the detected fandoms from which a common given name they lack is an original
COMMON_IN_KB = 3  # a word that is the first name of this many differently named KB characters is a common given name


def is_original(cluster: Cluster, fandoms: set[str]) -> bool:
    """Whether the cluster is a clearly named person outside the canon of ``fandoms`` (see the module doc); a name
    with a word that is a place, group or term of the fandoms ("Hogwarts Head Girl") is none, nor is a surname
    alone that canon characters bear ("Crouch")."""
    kb = load_kb()
    if (cluster.kb is not None or cluster.role or cluster.title is not None or cluster.names < MIN_NAMES
            or cluster.name == READER or cluster.name.endswith(ORIGINAL)
            or (kb.is_alias(cluster.name) and not (common_given_name(kb, cluster.name) and rich_canon(kb, fandoms)))):
        return False
    words = cluster.name.split()
    if len(words) == 1 and kb.by_surname(words[0], fandoms):
        return False  # "Crouch" where the canon has two Crouches: one of them, not someone new
    if len(words) == 1 and words[0] in canon_first_names(kb, frozenset(fandoms)):
        return False  # "Mark" where the canon has a Mark Zuckerberg the KB does not look up by "Mark"
    return not any(kb.place_or_group(w, fandoms) or kb.term(w, fandoms) for w in words)


def rich_canon(kb: FandomKB, fandoms: set[str]) -> bool:
    """Whether the KB holds RICH_CANON characters or more of ``fandoms``: enough of their canons that a common given
    name it lacks is likely the author's own person."""
    return sum(len(kb.fandoms[f].characters) for f in fandoms if f in kb.fandoms) >= RICH_CANON


def common_given_name(kb: FandomKB, name: str) -> bool:
    """Whether ``name`` is one common given name alone: a usual English given name, or the first name of
    COMMON_IN_KB differently named KB characters or more ("Finn": Finn Collins, Finn Hudson, Finn Shelby); not a
    name one canon gives, whatever fandoms share that canon ("Sherlock": Sherlock Holmes of three fandoms)."""
    if " " in name.strip():
        return False
    if given_name_gender(name):
        return True
    bearers = {bare_name(h.character.name.split(" | ")[0]) for h in kb.lookup(name) if h.kind == "first"}
    return len(bearers) >= COMMON_IN_KB


@lru_cache(maxsize=8)
def canon_first_names(kb: FandomKB, fandoms: frozenset[str]) -> frozenset[str]:
    """The first words of the names of the canon characters of ``fandoms``: their tags (AO3's disambiguator off)
    and their aliases of two words or more."""
    names = (n for f in fandoms if f in kb.fandoms for c in kb.fandoms[f].characters.values() for n in full_names(c))
    return frozenset(n.split()[0] for n in names if len(n.split()) > 1)


def with_originals(cast: Cast) -> Cast:
    """The cast with its original characters renamed "Name (Original Character)" (see the module doc)."""
    if not cast.fandoms or not any(c.kb is not None and c.names for c in cast.clusters):
        return cast
    fandoms = {f for f, _ in cast.fandoms}
    for cluster in cast.clusters:
        if is_original(cluster, fandoms):
            cluster.name += ORIGINAL
    return cast
