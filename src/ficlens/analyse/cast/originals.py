"""Original characters: in a work of a known fandom, a person the fandom's canon does not hold is tagged as AO3 tags
one, "Inana (Original Character)".

Only clearly named persons: a cluster named at least MIN_NAMES times, by a name without a title ("Professor
Flitwick" may be a canon teacher the KB lacks), that no KB character of any fandom goes by, in a cast that holds at
least one KB character of the detected fandom(s). Unnamed roles and the reader are never original characters.
"""

from __future__ import annotations

from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.analyse.cast.reader import READER
from ficlens.knowledge import load_kb

ORIGINAL = " (Original Character)"
MIN_NAMES = 3


def is_original(cluster: Cluster, fandoms: set[str]) -> bool:
    """Whether the cluster is a clearly named person outside the canon of ``fandoms`` (see the module doc); a name
    with a word that is a place, group or term of the fandoms ("Hogwarts Head Girl") is none, nor is a surname
    alone that canon characters bear ("Crouch")."""
    kb = load_kb()
    if (cluster.kb is not None or cluster.role or cluster.title is not None or cluster.names < MIN_NAMES
            or cluster.name == READER or cluster.name.endswith(ORIGINAL) or kb.is_alias(cluster.name)):
        return False
    words = cluster.name.split()
    if len(words) == 1 and kb.by_surname(words[0], fandoms):
        return False  # "Crouch" where the canon has two Crouches: one of them, not someone new
    return not any(kb.place_or_group(w, fandoms) or kb.term(w, fandoms) for w in words)


def with_originals(cast: Cast) -> Cast:
    """The cast with its original characters renamed "Name (Original Character)" (see the module doc)."""
    if not cast.fandoms or not any(c.kb is not None and c.names for c in cast.clusters):
        return cast
    fandoms = {f for f, _ in cast.fandoms}
    for cluster in cast.clusters:
        if is_original(cluster, fandoms):
            cluster.name += ORIGINAL
    return cast
