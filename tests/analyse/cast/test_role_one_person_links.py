"""A role used for one person throughout ("the painter", Basil wherever the evidence near it says who it is) is that
person in its scenes without evidence too (scene_roles.one_person_links); a role used for several people, or whose
evidence is thin (a generic role such as "the young man" needs more), stays scene-local."""

from __future__ import annotations

from cast_helpers import speakers
from ficlens.analyse.cast.roles import RoleMention
from ficlens.analyse.cast.scene_roles import one_person_links

FAR = " " + "x" * 6000 + " "  # farther than roles.SCENE_GAP: a new scene
_LINKED = "Then the painter sat, and the painter smiled."
_BARE = "Later the painter drew, and the painter laughed."


def _roles(text: str, label: str = "the painter") -> list[RoleMention]:
    out, at = [], text.find(label)
    while at >= 0:
        out.append(RoleMention(at, at + len(label), label, "m" if label.endswith("man") else None))
        at = text.find(label, at + 1)
    return out


def _fill(scenes: list[tuple[str, int | None]], label: str = "the painter") -> list[int | None]:
    """The character each use of ``label`` stands for after one_person_links, in text order: ``scenes`` are
    (text, character its uses are already linked to, or None)."""
    text, linked = "", {}
    for part, c in scenes:
        part = part.replace("the painter", label)
        at = len(text)
        text += part + FAR
        if c is not None:
            linked.update((r.start + at, c) for r in _roles(part, label))
    roles = _roles(text, label)
    links = one_person_links(text, roles, linked, [])
    return [linked.get(r.start, links.get(r.start)) for r in roles]


def test_a_role_linked_to_one_person_in_its_scenes_is_that_person_where_nothing_links_it() -> None:
    assert _fill([(_LINKED, 0), (_LINKED, 0), (_BARE, None)]) == [0] * 6


def test_a_role_linked_to_two_people_stays_scene_local() -> None:
    assert _fill([(_LINKED, 0), (_LINKED, 1), (_BARE, None)]) == [0, 0, 1, 1, None, None]


def test_an_epithet_linked_twice_in_one_scene_is_that_person_where_nothing_links_it() -> None:
    scenes = [(_BARE, None), (_LINKED, 0), (_BARE, None), (_BARE, None)]
    assert _fill(scenes) == [0] * 8
    assert _fill([("Then the painter sat.", 0), (_BARE, None)]) == [0, None, None]  # one use: too little


def test_a_generic_role_needs_two_linked_scenes_and_half_its_uses() -> None:
    assert _fill([(_LINKED, 0), (_BARE, None)], "the young man") == [0, 0, None, None]
    scenes = [(_LINKED, 0), (_LINKED, 0), (_BARE, None), (_BARE, None), (_BARE + " And the painter ran.", None)]
    assert _fill(scenes, "the young man")[4:] == [None] * 7
    assert _fill([(_LINKED, 0), (_LINKED, 0), (_BARE, None)], "the young man") == [0] * 6


def test_a_scene_where_the_person_is_someone_else_stays_the_role() -> None:
    text = _LINKED + FAR + _LINKED + FAR + "Later the painter drew Basil, and the painter laughed at Basil."
    roles = _roles(text)
    linked = {r.start: 0 for r in roles[:4]}
    names = [(text.index("Basil"), text.index("Basil") + 5, 0), (text.rindex("Basil"), text.rindex("Basil") + 5, 0)]
    assert one_person_links(text, roles, linked, names) == {}


def test_an_epithet_that_answered_one_person_twice_speaks_for_him_in_a_bare_scene() -> None:
    call = ('Nadia Brandt leaned on the rail. Theo Marsh watched her, and Theo Marsh smiled.\n\n'
            '"Theo, can you fly it?" Nadia Brandt asked.\n\n'
            '"Easily," the pilot said. "Give me an hour."')
    bare = 'The engine roared.\n\n"Land now," the pilot said.'
    cast, who = speakers(call + "\n\n" + FAR + "\n\n" + call + "\n\n" + FAR + "\n\n" + bare)
    assert who[1] == who[4] == who[-1] == "Theo Marsh"
