"""Friendship groups: three or four central characters who talk together, tagged as AO3 authors tag a group
("Harry Potter & Hermione Granger & Ron Weasley").

A conversation is a run of quotations with no more than one paragraph between one and the next (as
:func:`ficlens.analyse.relations.exchanges` reads an answer). A group talks together in a conversation when each of
its members speaks in it; a group is reported when it talks together in at least GROUP_CONVERSATIONS conversations
(one shared scene is an encounter, several are a circle of friends), and talks on its own (no other central
character speaking) in most of them: a circle of friends talks among themselves, while a council, a party or a
family dinner brings in others each time. Groups are taken by the turns they speak
together, most first, and a group sharing two members with one taken already is left out: the trios inside a
foursome, or two overlapping circles read as one.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ficlens.analyse.dialogue import QuoteSpan

GROUP_CONVERSATIONS = 3  # conversations the whole group speaks in
GROUP_SIZES = (3, 4)
MAX_SHARED = 1  # members a group may share with a group taken before it

Turn = tuple[QuoteSpan, int | None]  # a quotation and its speaker (None, or negative for the narrator: unknown)


def conversations(turns: Sequence[Turn]) -> list[list[tuple[QuoteSpan, int]]]:
    """The quotations in runs with at most one paragraph between one and the next, each run with only the quotes
    whose speaker is a character (known, not the narrator)."""
    out: list[list[tuple[QuoteSpan, int]]] = []
    last: int | None = None
    for quote, speaker in turns:
        if last is None or quote.para - last > 1:
            out.append([])
        last = quote.last_para
        if speaker is not None and speaker >= 0:
            out[-1].append((quote, speaker))
    return [c for c in out if c]


@dataclass(slots=True)
class Group:
    """Characters who talk together: in how many conversations (``alone``: with no other central character
    speaking), with how many turns, and where (a span per conversation: its shortest run of quotes in which every
    member speaks)."""

    people: tuple[int, ...]
    conversations: int = 0
    alone: int = 0
    turns: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)


def _span(conv: list[tuple[QuoteSpan, int]], people: tuple[int, ...]) -> tuple[int, int]:
    """The shortest run of the conversation's quotes in which each of ``people`` speaks."""
    best: tuple[int, int] | None = None
    last: dict[int, int] = {}
    for i, (quote, speaker) in enumerate(conv):
        if speaker in people:
            last[speaker] = i
        if len(last) == len(people):
            span = conv[min(last.values())][0].start, quote.end
            if best is None or span[1] - span[0] < best[1] - best[0]:
                best = span
    return best if best is not None else (conv[0][0].start, conv[-1][0].end)  # (each member speaks: never None)


def talking_groups(turns: Sequence[Turn], members: Sequence[int],
                   same: Mapping[int, int] | None = None) -> list[Group]:
    """The groups of ``members`` (the central characters) that talk together (see the module doc), most turns
    first; ``same`` maps a cluster to the one it is the same person as."""
    same = same or {}
    allowed = set(members)
    found: dict[tuple[int, ...], Group] = {}
    for conv in conversations([(q, same.get(s, s) if s is not None else None) for q, s in turns]):
        conv = [(q, s) for q, s in conv if s in allowed]
        spoke = Counter(s for _, s in conv)
        for size in GROUP_SIZES:
            for people in itertools.combinations(sorted(spoke), size):
                group = found.setdefault(people, Group(people))
                group.conversations += 1
                group.alone += len(spoke) == size
                group.turns += sum(spoke[p] for p in people)
                group.spans.append(_span(conv, people))
    ranked = sorted((g for g in found.values()
                     if g.conversations >= GROUP_CONVERSATIONS and 2 * g.alone > g.conversations),
                    key=lambda g: (-g.turns, -len(g.people), g.people))
    taken: list[Group] = []
    for group in ranked:
        if all(len(set(group.people) & set(t.people)) <= MAX_SHARED for t in taken):
            taken.append(group)
    return taken
