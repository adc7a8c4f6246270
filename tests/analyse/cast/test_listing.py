"""Which characters the report lists: a name canon does not hold, written once and never speaking, is not listed."""

from __future__ import annotations

from cast_helpers import EMMA, names
from ficlens.analyse.cast.model import Cluster
from ficlens.analyse.cast.stages import listed
from ficlens.knowledge import KBCharacter


def test_a_name_written_once_that_never_speaks_is_not_listed_unless_canon() -> None:
    once = Cluster(0, "Katy Perry", names=1)
    assert not listed(once)
    assert listed(Cluster(0, "Rachel Berry", kb=KBCharacter("Rachel Berry", "Glee", 10, "f"), names=1))
    assert listed(Cluster(0, "Pamela", names=1, quotes=1)) and listed(Cluster(0, "Pamela", names=3))


def test_a_name_written_twice_that_never_speaks_is_not_listed_whatever_pronouns_it_is_credited() -> None:
    assert not listed(Cluster(0, "Kirks Waist", names=2, resolved=5))
    assert listed(Cluster(0, "Kirk", names=3))
    assert listed(Cluster(0, "Rachel Berry", kb=KBCharacter("Rachel Berry", "Glee", 10, "f"), names=2))
    assert not listed(Cluster(0, "the parson", names=4, role=True))


def test_oaths_of_other_languages_are_not_names() -> None:
    text = EMMA + ("Emma muttered, Merde, and sat. Harriet muttered, Merde, and stood. Emma sighed, Merde, and left. "
                   "Harriet hissed, Kuso, and ran. Emma hissed, Kuso, and hid. Harriet hissed, Kuso, and laughed. ")
    assert not names(text) & {"Merde", "Kuso"}


def test_another_bar_of_name_uses_lists_accordingly() -> None:
    twice = Cluster(0, "Emilie", names=2)
    assert listed(twice, min_names=2) and not listed(twice) and not listed(Cluster(0, "Emilie", names=3), 4)
