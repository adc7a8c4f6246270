"""Role links scene by scene: a describing phrase ("the young man", "the old lady", "the clergyman") is the named
character it stands for near each of its uses, not one character for the whole text.

A novel uses "the young man" for several young men (one at a station, another at a concert); roles.py finds the
links a role has over the whole text (apposition, a modifier before a name, the one named character of its gender
beside it). Here each scene of the role (roles.role_scenes: its mentions chained while less than SCENE_GAP apart)
is linked on its own, from the evidence near it, strongest first:

1. apposition inside the scene ("the artist himself, Basil Hallward");
2. the role's modifier written before a name inside the scene or just before it ("Young Wilcox was pouring in
   petrol" ... "said the young man");
3. the whole text's link of the role (roles.appositive_links);
4. for a generic role ("the young girl"), the one named character of its gender and age present before the
   scene's first use and at least one more, no use of the scene beside another (the description first used
   right after the name).

A character written in one sentence with the role, not in apposition ("said the old man, ignoring all Syme's
raillery"), or named in a quote the role speaks (""Now Perfetta has gone for her basket," said the little girl"),
is someone else in that scene: links 2 and 4 never give the scene to it, nor link 3 where that holds for half the
scene's uses or more. A scene with no evidence stays the separate role speaker, unless the role is used for one
person throughout (one_person_links: "the painter" linked to Basil where evidence is near is Basil in its other
scenes, "the young man" linked to Charles in one scene is no one in the others).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from ficlens.analyse.cast.roles import (
    SCENE_GAP,
    CharacterGenders,
    RoleMention,
    apposed,
    appositive_links,
    character_genders,
    is_generic_role,
    modified_names,
    present_of_gender,
    role_scenes,
)

Names = list[tuple[int, int, int]]  # (start, end, character) of name mentions in narration
# Between two mentions of one sentence: no sentence end or paragraph break ("Mr." and other title dots aside).
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bMs)[.!?;](?=[\s\"'”’)])|\n[ \t]*\n")
MIN_ONE_PERSON_SCENES = 2  # scenes of a generic role linked to one character before its other scenes are his
MIN_EPITHET_USES = 2  # linked uses of an epithet ("the clergyman") before its other scenes are that character's
ONE_PERSON_SHARE = 0.8  # of a role's linked uses, the share that must be one character's
MIN_LOCAL_VOTES = 2  # uses of a scene beside its one named character of the role's gender, the first among them
SENTENCE_REACH = 250  # a name farther than this from a role is never read as sharing its sentence
_LONGEST_NAME = 80  # characters: a name mention ending before a role starts no farther back than this
_APPOSITION = re.compile(r"[ \t]*(?:himself|herself)?[ \t]*,[ \t]*")


@dataclass(frozen=True)
class _Near:
    """What role_links reads around each scene: name mentions in narration (``people``, in text order; ``starts``
    their starts), the characters' genders, apposed characters by role mention start, and the characters named
    in the quote each role mention tags, by its start (``spoken``)."""

    text: str
    people: Names
    starts: list[int]
    known: Callable[[], CharacterGenders]
    at_role: dict[int, int]
    spoken: dict[int, set[int]]


def role_links(text: str, roles: list[RoleMention], names: Names,
               genders: Callable[[], CharacterGenders] | None = None,
               quotes: Sequence[tuple[int, int]] = (), quoted: Names | None = None) -> dict[int, int]:
    """The named character each role mention stands for, by the mention's start; a mention of a scene with no
    evidence is left out (it stays the role). ``names``: (start, end, character) of name mentions in narration;
    ``genders``: character_genders of these names, when the caller has it; ``quotes``: (start, end) of the
    quotations in text order and ``quoted`` the name mentions inside them (a role speaking of a character, ""Now
    Perfetta has gone for her basket," said the little girl", is not that character)."""
    if not roles:
        return {}
    known = genders or cache(lambda: character_genders(text, names))
    whole = appositive_links(text, roles, names, known)
    by_label: dict[str, list[RoleMention]] = {}
    for r in sorted(roles, key=lambda r: r.start):
        by_label.setdefault(r.label, []).append(r)
    people = sorted(names)
    near = _Near(text, people, [s for s, _, _ in people], known, {a.start: c for a, c in apposed(text, roles, names)},
                 named_in_tagged_quotes(text, roles, quotes, quoted or []))
    modified = modified_names(text, roles, names, known)
    links: dict[int, int] = {}
    for label, mentions in by_label.items():
        for scene in _scenes_of(mentions):
            c = _scene_character(scene, whole.get(label), modified.get(label, []), near)
            if c is not None:
                links.update((r.start, c) for r in scene)
    return links


_TAG_GAP_AFTER = re.compile(r"[ \t,]*(?:[a-z]+[ \t]+)?")  # '," said the little girl' / '," the little girl'
_TAG_GAP_BEFORE = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+[ \t]*[,:]?[ \t\n]*")  # 'the old man said, "'


def named_in_tagged_quotes(text: str, roles: list[RoleMention], quotes: Sequence[tuple[int, int]],
                           quoted: Names) -> dict[int, set[int]]:
    """The characters named inside the quote each role mention tags (the role just after the quote, '"…," said
    the little girl', or just before it, 'The old man said, "…"'), by role mention start."""
    if not quotes or not quoted:
        return {}
    ends = [e for _, e in quotes]
    named = sorted(quoted)
    named_starts = [s for s, _, _ in named]
    out: dict[int, set[int]] = {}
    for r in roles:
        i = bisect_right(ends, r.start) - 1
        hit = None
        if i >= 0 and _TAG_GAP_AFTER.fullmatch(text, ends[i], r.start):
            hit = quotes[i]
        elif i + 1 < len(quotes) and _TAG_GAP_BEFORE.fullmatch(text, r.end, quotes[i + 1][0]):
            hit = quotes[i + 1]
        if hit is not None:
            inside = named[bisect_left(named_starts, hit[0]):bisect_left(named_starts, hit[1])]
            if inside:
                out[r.start] = {c for _, _, c in inside}
    return out


def _scene_character(scene: list[RoleMention], linked: int | None, modified: list[tuple[int, int]],
                     near: _Near) -> int | None:
    """The named character one scene of a role (``scene``: its mentions, in text order) stands for, or None.
    ``linked``: the role's link over the whole text; ``modified``: (position, character) of names written with the
    role's modifier."""
    lo, hi = scene[0].start, scene[-1].end
    apposed_here = {near.at_role[r.start] for r in scene if r.start in near.at_role}
    if len(apposed_here) == 1:
        return apposed_here.pop()
    if apposed_here:
        return None
    shared = _sharing_sentences(near.text, scene, near.people, near.starts)
    for r in scene:
        shared.update(near.spoken.get(r.start, ()))
    apart = set(shared)
    found = {c for pos, c in modified if lo - SCENE_GAP <= pos <= hi} - apart
    if len(found) == 1:
        return found.pop()
    if linked is not None:
        return None if 2 * shared[linked] >= len(scene) else linked
    if not is_generic_role(scene[0].label) or not scene[0].gender:
        return None
    first = present_of_gender(scene[0], near.people, near.starts, near.known())
    if len(first) != 1 or first & apart:
        return None
    votes = 1
    for r in scene[1:]:
        present = present_of_gender(r, near.people, near.starts, near.known())
        if present and present != first:
            return None
        votes += bool(present)
    return first.pop() if votes >= MIN_LOCAL_VOTES else None


def _sharing_sentences(text: str, scene: list[RoleMention], people: Names, starts: list[int]) -> Counter[int]:
    """The named characters written in one sentence with a mention of the role, not in apposition to it, each with
    the number of such mentions: someone else in the scene ("said the second old gentleman, when Mr. Bumble had
    given vent"), when it is most of them or the evidence is weak. ``people``: name mentions in text order,
    ``starts`` their starts."""
    out: Counter[int] = Counter()
    for r in scene:
        found: set[int] = set()
        for s, e, c in people[bisect_left(starts, r.start - SENTENCE_REACH - _LONGEST_NAME):
                              bisect_right(starts, r.end + SENTENCE_REACH)]:
            if e <= r.start and r.start - e <= SENTENCE_REACH:
                between = text[e:r.start]
            elif s >= r.end:
                between = text[r.end:s]
            else:
                continue
            if not _APPOSITION.fullmatch(between) and not _SENTENCE_END.search(between):
                found.add(c)
        out.update(found)
    return out


def one_person_links(text: str, roles: list[RoleMention], linked: dict[int, int], names: Names,
                     quotes: Sequence[tuple[int, int]] = (), quoted: Names | None = None) -> dict[int, int]:
    """Links for the scenes left without evidence of a role used for one person throughout: "the painter", linked
    by the evidence near its uses (``linked``: the character of each linked role mention, by its start) to Basil
    in most of its scenes, is Basil in the others too. One character must hold at least ONE_PERSON_SHARE of the
    role's linked uses: a role linked to two characters in comparable measure stays scene-local. An epithet ("the
    painter", "the clergyman": a novel's one painter or clergyman) needs MIN_EPITHET_USES linked uses of that
    character; a generic role ("the young man": Charles at the station, Leonard, unnamed yet, at the concert)
    needs MIN_ONE_PERSON_SCENES linked scenes and half its uses linked. A scene where that character is someone
    else (written in one sentence with half the scene's uses or more, not in apposition, or named in a quote the
    role speaks) stays the role's. ``names``: (start, end, character) of name mentions in narration; ``quotes`` and
    ``quoted``: as role_links. Returns the new links by role mention start."""
    by_label: dict[str, list[RoleMention]] = {}
    for r in sorted(roles, key=lambda r: r.start):
        by_label.setdefault(r.label, []).append(r)
    people = sorted(names)
    starts = [s for s, _, _ in people]
    spoken: dict[int, set[int]] | None = None
    links: dict[int, int] = {}
    for label, mentions in by_label.items():
        votes = Counter(linked[r.start] for r in mentions if r.start in linked)
        if not votes:
            continue
        c, n = votes.most_common(1)[0]
        if n < ONE_PERSON_SHARE * sum(votes.values()):
            continue
        scenes = _scenes_of(mentions)
        if is_generic_role(label):
            held = sum(any(linked.get(r.start) == c for r in scene) for scene in scenes)
            if 2 * sum(votes.values()) < len(mentions) or held < MIN_ONE_PERSON_SCENES:
                continue
        elif n < MIN_EPITHET_USES:
            continue
        for scene in scenes:
            if any(r.start in linked for r in scene):
                continue
            if spoken is None:
                spoken = named_in_tagged_quotes(text, roles, quotes, quoted or [])
            shared = _sharing_sentences(text, scene, people, starts)
            if 2 * shared[c] >= len(scene) or any(c in spoken.get(r.start, ()) for r in scene):
                continue
            links.update((r.start, c) for r in scene)
    return links


def _scenes_of(mentions: list[RoleMention]) -> list[list[RoleMention]]:
    """A role's mentions (in text order) grouped by scene (roles.role_scenes)."""
    out: list[list[RoleMention]] = []
    at, where = 0, [r.start for r in mentions]
    for _, hi in role_scenes(mentions):
        end = bisect_right(where, hi, at)
        out.append(mentions[at:end])
        at = end
    return out
