"""A role of a generic noun ("the old man") is the named character the narration writes with the same modifier
("old Mr. Emerson"), when the genders agree and the link is one to one."""

from __future__ import annotations

from cast_helpers import cast_for
from ficlens.analyse.cast.roles import RoleMention, modifier_links

OLD_MAN = RoleMention(0, 11, "the old man", "m")
YOUNG_GIRL = RoleMention(0, 14, "the young girl", "f")


def _names(text: str, *words: str) -> list[tuple[int, int, int]]:
    """(start, end, character) of each word's first occurrence, the characters numbered in order."""
    return [(text.index(w), text.index(w) + len(w), i) for i, w in enumerate(words)]


def test_a_titled_name_with_the_role_s_modifier_is_the_role() -> None:
    text = "The old man sat down. Later old Mr. Emerson darted forward."
    assert modifier_links(text, [OLD_MAN], _names(text, "Mr. Emerson")) == {"the old man": 0}


def test_a_title_or_given_name_of_the_other_gender_links_nothing() -> None:
    text = "The old man sat down. Later old Mrs. Emerson darted forward, and young Thomas ran."
    assert modifier_links(text, [OLD_MAN, YOUNG_GIRL], _names(text, "Mrs. Emerson", "Thomas")) == {}


def test_one_name_written_with_two_roles_modifiers_links_neither() -> None:
    text = "Later old Mr. Emerson darted forward; the pin was young Mr. Emerson's."
    young = RoleMention(0, 13, "the young man", "m")
    names = [(text.index("Mr."), text.index("Mr.") + 11, 0), (text.rindex("Mr."), text.rindex("Mr.") + 11, 0)]
    assert modifier_links(text, [OLD_MAN, young], names) == {}


def test_the_role_s_lines_go_to_the_named_character() -> None:
    text = ('Lucy sat at the table. "I have a view," said the old man. "Thank you," said Lucy.\n\n'
            '"Why?" said the old man, with both fists on the table.\n\nThe next day old Mr. Emerson walked in the '
            'square, and Mr. Emerson bowed to Lucy.')
    cast = cast_for(text)
    role = [m for m in cast.mentions if text[m.start:m.end] == "the old man"]
    assert role and all(cast.clusters[m.cluster].name == "Mr. Emerson" for m in role)


def test_a_modifier_opening_a_sentence_links_by_the_character_s_gender() -> None:
    text = ('"Hello," said Charles. Young Wilcox was pouring in petrol. ' + "x" * 200
            + ' "Get in," said the young man, and the young man drove off.')
    young = [RoleMention(text.index("the young man"), text.index("the young man") + 13, "the young man", "m"),
             RoleMention(text.rindex("the young man"), text.rindex("the young man") + 13, "the young man", "m")]
    names = [(text.index("Charles"), text.index("Charles") + 7, 0), (text.index("Wilcox"), text.index("Wilcox") + 6, 0)]
    assert modifier_links(text, young, names) == {"the young man": 0}


def test_a_role_whose_scenes_mostly_lack_the_character_links_nothing() -> None:
    station = 'Young Charles was pouring in petrol. "Get in," said the young man. '
    concert = "x" * 8000 + ' "Not at all," replied the young man. ' + "x" * 8000 + ' "Never," said the young man.'
    text = station + concert
    starts = [i for i in range(len(text)) if text.startswith("the young man", i)]
    young = [RoleMention(s, s + 13, "the young man", "m") for s in starts]
    names = [(text.index("Charles"), text.index("Charles") + 7, 0)]
    assert modifier_links(text, young, names) == {}
    assert modifier_links(station, young[:1], names) == {"the young man": 0}
