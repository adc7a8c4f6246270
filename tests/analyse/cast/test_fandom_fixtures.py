"""Short fan-fiction scenes of fandoms a tester saw missed (Star Wars, Naruto, Merlin, Harry Potter) are detected,
an original scene is not; once the fandom is known, characters take AO3's canonical names, epithets join their
person, and the fandom's places, groups and terms are never characters."""

from __future__ import annotations

import pytest

import repo_paths
from cast_helpers import cast_for

FIXTURES = repo_paths.FIXTURES / "fandom"
EXPECTED = {"star-wars.txt": "Star Wars - All Media Types", "naruto.txt": "Naruto", "merlin.txt": "Merlin (TV)",
            "harry-potter.txt": "Harry Potter - J. K. Rowling", "teen-wolf.txt": "Teen Wolf (TV)", "original.txt": None}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_scene_fandom(name: str) -> None:
    fandoms = [f for f, _ in cast_for((FIXTURES / name).read_text(encoding="utf-8")).fandoms]
    assert fandoms[:1] == ([EXPECTED[name]] if EXPECTED[name] else [])


def _characters(name: str) -> set[str]:
    cast = cast_for((FIXTURES / name).read_text(encoding="utf-8"))
    return {c.name for c in cast.clusters if c.names and not c.role}


def test_canonical_names_once_the_fandom_is_known() -> None:
    assert {"Uzumaki Naruto", "Hatake Kakashi", "Uchiha Sasuke"} <= _characters("naruto.txt")
    assert {"Obi-Wan Kenobi", "Anakin Skywalker"} <= _characters("star-wars.txt")
    assert {"Uther Pendragon (Merlin)", "Arthur Pendragon (Merlin)"} <= _characters("merlin.txt")


def test_places_groups_and_terms_are_not_characters() -> None:
    assert not {"Coruscant", "Jedi"} & _characters("star-wars.txt")
    assert not {"Hokage", "Konoha"} & _characters("naruto.txt")
    assert "Camelot" not in _characters("merlin.txt")
    assert not {"Slytherin", "Death Eaters", "Dark Lord"} & _characters("harry-potter.txt")


def test_nickname_and_epithet_join_their_person() -> None:
    text = ("Stiles Stilinski leaned on the Jeep. Derek Hale glared at him. Stiles grinned at Derek.\n\n"
            "\"You're late, Sourwolf,\" Stiles said. Derek growled, and Stiles laughed at Derek again.\n\n"
            "Scott rolled his eyes at both of them.")
    names = {c.name for c in cast_for(text).clusters if c.names and not c.role}
    assert "Sourwolf" not in names and "Derek Hale" in names


def test_a_droid_goes_by_its_ao3_tag() -> None:
    text = ("The stormtroopers had passed. Beside Jyn Erso, Cassian Andor watched the Imperial corridor.\n\n"
            "\"I have a bad feeling about this,\" Kay said. The droid had been saying it since Jedha. Jyn rolled her "
            "eyes at Kay, and Cassian laughed.\n\n"
            "\"Quiet, Kay,\" Cassian said. \"The Rebel Alliance needs these plans.\" Jyn nodded; Cassian moved first "
            "and Kay followed.")
    names = {c.name for c in cast_for(text).clusters if c.names and not c.role}
    assert "K-2SO" in names and "Kay" not in names


def test_a_term_with_an_honorific_and_a_hyphenated_epithet() -> None:
    text = (FIXTURES / "harry-potter.txt").read_text(encoding="utf-8") + (
        "\n\nLater the Boy-Who-Lived looked up from his book. Draco looked back. The Boy-Who-Lived said nothing.")
    cast = cast_for(text)
    harry = next(c for c in cast.clusters if c.name == "Harry Potter")
    assert "Boy-Who-Lived" in harry.forms
    naruto = (FIXTURES / "naruto.txt").read_text(encoding="utf-8") + (
        "\n\n\"Hokage-sama wants us,\" Sakura said. Hokage-sama smiled at Naruto. Naruto bowed to Hokage-sama.")
    assert "Hokage-sama" not in {c.name for c in cast_for(naruto).clusters}


def test_a_minor_characters_alias_is_no_name_hint_elsewhere() -> None:
    # let-go.txt's ""Kay." Stiles absent mindedly..." is "okay", not Star Wars' K-2SO (alias "Kay")
    from ficlens.analyse.cast import cast_of
    from ficlens.ingest import read
    from ficlens.nlp import build_document

    work = next(iter(read(repo_paths.EXAMPLES / "let-go.txt")))
    names = {c.name for c in cast_of(build_document(work, "full")).clusters if c.names and not c.role}
    assert "Kay" not in names and "Sheriff Stilinski" in names


def test_a_titled_surname_is_the_family_member_whose_name_is_not_used() -> None:
    text = ("Stiles Stilinski slammed the Jeep door. Derek Hale was waiting. Stiles shrugged at Derek, and Derek "
            "sighed at Stiles.\n\nMr. Stilinski called from the porch. Stiles waved at Scott and Derek left.")
    names = {c.name for c in cast_for(text).clusters if c.names and not c.role}
    assert "Sheriff Stilinski" in names and "Mr. Stilinski" not in names


def test_capitals_are_no_name_hint_unless_the_kb_writes_them_so() -> None:
    text = ("John tires, but he never dreams anymore. He assumes he gets REM sleep, but it is not REM that sends "
            "him back to bed. John makes tea. Later John sleeps.")
    assert "REM" not in {c.name for c in cast_for(text).clusters}


@pytest.mark.parametrize("text, word", [
    ("Mary waited by the door. Even so, he left. Mary sighed; John said, Even so, she stayed.", "Even"),
    ("Mary lifted it. John said it was Heavy, and Heavy it was. Mary laughed at John.", "Heavy"),
    ("Mary told him, Near the river we stop. \"Near,\" said John.", "Near"),
])
def test_a_common_word_is_no_name_hint_outside_its_fandom(text: str, word: str) -> None:
    # Skam's "Even", TF2's "Heavy", Death Note's "Near" are main characters of their fandoms, not names elsewhere
    found = {c.name for c in cast_for(text).clusters if c.names and not c.role}
    assert word not in found and "John" in found


def test_a_common_word_name_that_acts_is_still_a_name() -> None:
    text = ("Hope, a girl from the city, came in. Hope sat down and Hope grinned. John waved at Hope.")
    assert "Hope" in {c.name for c in cast_for(text).clusters if c.names and not c.role}
