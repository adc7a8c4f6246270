from collections import Counter

from ficlens.analyse.cast.gendered import gendered_variants
from ficlens.analyse.cast.model import Cluster
from ficlens.knowledge import load_kb

MASS_EFFECT = "Mass Effect Trilogy"


def _shepard(gender: str | None) -> Cluster:
    kb = load_kb()
    commander = kb.fandoms[MASS_EFFECT].characters["Commander Shepard"]
    return Cluster(0, commander.name, kb=commander, gender=gender, forms=Counter({"Shepard": 40}))


def test_a_character_the_kb_tags_by_gender_takes_the_texts_gender() -> None:
    he, she = _shepard("m"), _shepard("f")
    gendered_variants(load_kb(), [he, she])
    assert (he.name, she.name) == ("Male Shepard", "Female Shepard")


def test_no_gender_keeps_the_common_tag() -> None:
    unknown = _shepard(None)
    gendered_variants(load_kb(), [unknown])
    assert unknown.name == "Commander Shepard"


def test_a_character_of_its_own_gender_is_kept() -> None:
    kb = load_kb()
    harry = kb.fandoms["Harry Potter - J. K. Rowling"].characters["Harry Potter"]
    c = Cluster(0, harry.name, kb=harry, gender="m", forms=Counter({"Potter": 9}))  # James Potter is "m" too
    gendered_variants(kb, [c])
    assert c.name == "Harry Potter"
