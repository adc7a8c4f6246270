from ficlens.knowledge import load_kb
from ficlens.knowledge.fandom_kb import alias_key


def test_marks_are_dropped_from_lookup_keys() -> None:
    assert alias_key("Kankurō") == alias_key("Kankuro") == "kankuro"
    assert alias_key("Nicolò  di Genova") == "nicolo di genova"
    assert alias_key("Mr. O’Brien") == "mr o'brien"


def test_a_macron_spelling_finds_the_ao3_character() -> None:
    assert {h.character.name for h in load_kb().lookup("Kankurō")} >= {"Kankurou (Naruto)"}
