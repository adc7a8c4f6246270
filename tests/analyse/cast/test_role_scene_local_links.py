"""A describing phrase ("the young man", "the old gentleman") is the named character it stands for near each of
its uses, scene by scene (scene_roles.role_links), and stays the role where no evidence is near."""

from __future__ import annotations

from cast_helpers import speakers
from ficlens.analyse.cast.roles import RoleMention, apposed, character_genders
from ficlens.analyse.cast.scene_roles import role_links

FAR = " " + "x" * 6000 + " "  # farther than roles.SCENE_GAP: a new scene


def _roles(text: str, label: str, gender: str | None) -> list[RoleMention]:
    """Every occurrence of ``label`` in ``text`` as a role mention."""
    out, at = [], text.find(label)
    while at >= 0:
        out.append(RoleMention(at, at + len(label), label, gender))
        at = text.find(label, at + 1)
    return out


def _names(text: str, **people: int) -> list[tuple[int, int, int]]:
    """Every occurrence of each name as a mention of its character."""
    out = []
    for name, c in people.items():
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), c))
            at = text.find(name, at + 1)
    return sorted(out)


def _linked(text: str, label: str, gender: str | None, **people: int) -> list[int | None]:
    """The character each use of ``label`` is linked to (None: it stays the role), in text order."""
    roles = _roles(text, label, gender)
    links = role_links(text, roles, _names(text, **people))
    return [links.get(r.start) for r in roles]


def test_one_role_for_two_people_in_two_scenes_is_each_of_them() -> None:
    station = ('Young Mr. Wilcox was pouring in petrol. "Get in," said the young man. He drove off. '
               '"Thanks," said Aunt Juley.')
    concert = '"It is of no consequence," said the young man, and the young man took his umbrella.'
    assert _linked(station + FAR + concert, "the young man", "m", Wilcox=0) == [0, None, None]


def test_a_generic_role_beside_one_man_in_each_scene_is_that_man() -> None:
    bumble = "Later Mr. Bumble walked in. Then the old gentleman smiled. Mr. Bumble sat. Soon the old gentleman nodded."
    brownlow = ("Then Mr. Brownlow came to the stall. At once the old gentleman paid. Mr. Brownlow read on. Then the "
                "old gentleman left.")
    assert _linked(bumble + FAR + brownlow, "the old gentleman", "m", Bumble=0, Brownlow=1) == [0, 0, 1, 1]


def test_a_man_in_the_role_s_sentence_is_someone_else_there() -> None:
    first = "Old Mr. Syme came in. Then the old man sat, and later the old man spoke."
    second = '"Are you in the police?" said the old man, ignoring all Syme\'s raillery.'
    assert _linked(first + FAR + second, "the old man", "m", Syme=0) == [0, 0, None]


def test_apposition_ends_with_the_name_not_a_clause_it_opens() -> None:
    text = "the painter, Basil Hallward, smiled. His last words with the hostess, Winterbourne was among them."
    roles = _roles(text, "the painter", None) + _roles(text, "the hostess", "f")
    found = apposed(text, roles, _names(text, **{"Basil Hallward": 0, "Winterbourne": 1}))
    assert [(r.label, c) for r, c in found] == [("the painter", 0)]


def test_a_name_with_no_gendered_title_takes_the_gender_of_its_pronouns() -> None:
    text = ("Professor de Worms came in. He sat down. Later the Professor de Worms rose, and he left. "
            "Syme waited; Professor de Worms never came back.")
    names = _names(text, **{"Professor de Worms": 0, "Syme": 1})
    assert character_genders(text, names).gender == {0: "m"}


_CALLED = ("Nadia Brandt leaned on the rail. Theo Marsh watched her, and Theo Marsh smiled.\n\n"
           '"Theo, can you fly it?" Nadia Brandt asked.\n\n'
           '"Easily," the pilot said. "Give me an hour."')


def test_an_epithet_answering_a_call_is_the_one_called_in_that_scene_only() -> None:
    later = '"Land now," the pilot said. The pilot waved, and the pilot laughed.'
    cast, who = speakers(_CALLED + "\n\n" + FAR + "\n\n" + later)
    assert who[1] == "Theo Marsh" and who[-1] == "the pilot"


def test_a_name_inside_a_quote_between_commas_calls_nobody() -> None:
    text = _CALLED.replace('"Theo, can you fly it?"', '"My sister\'s son, Theo, can fly it."')
    cast, who = speakers(text)
    assert who[1] == "the pilot"


def test_a_role_speaking_of_the_one_woman_beside_it_is_not_her() -> None:
    text = ('"When?" he called to Miss Perfetta. At once the little girl sang. "Now Perfetta has gone for her basket," '
            'said the little girl. When Miss Perfetta returned, the little girl laughed.')
    roles = _roles(text, "the little girl", "f")
    names = [(s, e, c) for s, e, c in _names(text, Perfetta=0) if text[s - 5:s] == "Miss "]
    quotes = [(text.index('"When'), text.index("he called") - 1),
              (text.index('"Now'), text.index("said the") - 1)]
    quoted = [(text.index("Perfetta has"), text.index("Perfetta has") + 8, 0)]
    assert role_links(text, roles, names) == {r.start: 0 for r in roles}
    assert role_links(text, roles, names, quotes=quotes, quoted=quoted) == {}


def test_a_generic_role_answering_a_call_is_no_epithet_of_the_one_called() -> None:
    cast, who = speakers(_CALLED.replace("the pilot said", "said the young man"))
    assert who[1] == "the young man"


def test_a_title_said_as_a_name_takes_no_gender_from_a_title_before_it() -> None:
    text = ("The General came in. He sat down. Later the General rose, and he left. She would be Madame General "
            "soon, and Madame General would be rich. The General smiled; his face was red.")
    names = [(s, s + 7, 0) for s in (text.index("General"), text.index("General rose"), text.rindex("General"))]
    assert character_genders(text, names).gender == {0: "m"}
