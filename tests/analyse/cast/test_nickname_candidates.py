"""nickname_merges tests only the candidates that share a nickname's initial unless the table knows the nickname:
the merges must be exactly those of testing every candidate with ``shortens``."""

from __future__ import annotations

import itertools

from ficlens.analyse.cast.nicknames import nickname_merges, nickname_target, shortens

FIRSTS = ["Sam", "Sammy", "Samuel", "Bob", "Robert", "Rob", "Robbie", "Cas", "Castiel", "Jake", "Jacob", "Harry",
          "Henry", "Lizzy", "Elizabeth", "Beth", "Danny", "Dan", "Stevie", "Steve", "Derek"]


def _every_candidate(name: tuple[str, ...], candidates: dict[tuple[str, ...], int]) -> int | None:
    """nickname_target without the initial test: ``shortens`` asked of every candidate."""
    hits = {cid for cand, cid in candidates.items()
            if shortens(name[0], cand[0]) and (len(name) == 1 or cand[1:] == name[1:])}
    return next(iter(hits)) if len(hits) == 1 else None


def test_target_is_that_of_testing_every_candidate() -> None:
    for a, b, c in itertools.combinations(FIRSTS, 3):
        candidates = {(b,): 1, (c, "Brown"): 2, (a + "x",): 3}
        for nick in ((a,), (a, "Brown")):
            assert nickname_target(nick, candidates) == _every_candidate(nick, candidates), (nick, candidates)


def test_table_nicknames_still_reach_other_initials() -> None:
    assert nickname_target(("Bob",), {("Robert", "Brown"): 1, ("Bella",): 2}) == 1  # Bob: Robert, not B-
    assert nickname_target(("Harry",), {("Henry",): 4, ("Harold", "Shaw"): 5}) is None  # two given names: neither
    assert nickname_target(("Cas",), {("Castiel",): 7, ("Dean",): 8}) == 7  # a clipping: same initial


def test_merges_across_initials_and_repeated_names() -> None:
    names = {0: ("Robert", "Brown"), 1: ("Bob",), 2: ("Sam",), 3: ("Sammy",), 4: ("Castiel",), 5: ("Cas",),
             6: ("Cas",), 7: ("Dean",)}
    spans = {cid: [(100 * cid, 100 * cid + 3), (100 * cid + 50, 100 * cid + 53)] for cid in names}
    merges = nickname_merges(names, spans, {1, 3, 5, 6, 7}, list(range(0, 1000, 25)))
    assert merges == {1: 0, 3: 2, 5: 4, 6: 4}  # the same as when every candidate was tested (checked)
