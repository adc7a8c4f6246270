"""A generic role ("the young girl") is the named character the narration uses it for: the one named character of
its gender (and, for a young woman, no "Mrs.") present around its mentions."""

from __future__ import annotations

from ficlens.analyse.cast.roles import RoleMention, character_genders, scene_links

Scene = tuple[str, list[RoleMention], list[tuple[int, int, int]]]


def _scene(role: str, gender: str, name: str, times: int = 3) -> Scene:
    """A text of ``times`` scenes, each naming ``name`` (character 0) and then using the role."""
    text, roles, names = "", [], []
    for _ in range(times):
        start = len(text) + len("Later ")
        names.append((start, start + len(name), 0))
        text += f"Later {name} walked in. "
        roles.append(RoleMention(len(text), len(text) + len(role), role, gender))
        text += f"{role} smiled. " + "x" * 900 + "\n"
    return text, roles, names


def test_a_role_used_beside_one_named_character_of_its_gender_is_hers() -> None:
    text, roles, names = _scene("the young girl", "f", "Miss Daisy")
    assert scene_links(text, roles, names) == {"the young girl": 0}


def test_too_few_scenes_a_married_title_or_another_gender_link_nothing() -> None:
    assert scene_links(*_scene("the young girl", "f", "Miss Daisy", times=2)) == {}
    assert scene_links(*_scene("the young girl", "f", "Mrs. Miller")) == {}
    assert scene_links(*_scene("the young girl", "f", "Mr. Giovanelli")) == {}


def test_a_scene_with_two_named_characters_of_the_gender_links_nothing() -> None:
    text, roles, names = _scene("the young girl", "f", "Miss Daisy")
    at = text.index("Daisy") + 6
    text = text[:at] + "Miss Lucy " + text[at:]
    names = [(s + (10 if s > at else 0), e + (10 if s > at else 0), c) for s, e, c in names]
    roles = [RoleMention(r.start + 10, r.end + 10, r.label, r.gender) for r in roles]
    names.append((at, at + 9, 1))
    assert scene_links(text, roles, names) == {}


def test_roles_of_two_ages_for_one_character_link_neither() -> None:
    text, roles, names = _scene("the young man", "m", "Mr. Emerson")
    old = [RoleMention(r.start, r.end, "the old man", "m") for r in roles]
    assert scene_links(text, roles + old, names) == {}


def test_a_surname_titled_once_is_of_its_title_s_gender_everywhere() -> None:
    text = "Mr. Bumble came in. " + "x" * 500 + " Bumble and Winterbourne sat down. \"Yes, Mr. Winterbourne.\""
    bumble, winter = text.index("Bumble"), text.index("Winterbourne")
    names = [(bumble + 0, bumble + 6, 0), (text.rindex("Bumble"), text.rindex("Bumble") + 6, 0),
             (winter, winter + 12, 1)]
    assert character_genders(text, names).gender == {0: "m", 1: "m"}


def test_a_second_man_known_by_his_surname_in_the_scene_links_nothing() -> None:
    text, roles, names = "", [], []
    for _ in range(3):
        names.append((len(text) + 6, len(text) + 12, 0))
        names.append((len(text) + 17, len(text) + 23, 1))
        text += "Later Oliver and Bumble walked in. "
        roles.append(RoleMention(len(text), len(text) + 17, "the old gentleman", "m"))
        text += "the old gentleman smiled. " + "x" * 900 + "\n"
    assert scene_links(text, roles, names) == {"the old gentleman": 0}
    text = "Mr. Bumble. " + text
    names = [(s + 12, e + 12, c) for s, e, c in names] + [(4, 10, 1)]
    roles = [RoleMention(r.start + 12, r.end + 12, r.label, r.gender) for r in roles]
    assert scene_links(text, roles, names) == {}
