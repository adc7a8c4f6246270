"""Reader-insert works: "Reader" is a character and the reader's romances are "Character/Reader"."""

from __future__ import annotations

from ficlens.analyse import analyse_work
from ficlens.work import Work
from repo_paths import FIXTURES

READER_INSERT = FIXTURES / "characters" / "reader_insert.txt"
THIRD_PERSON = ('"Are you coming?" Martin asked. "You said you would." Oliver shrugged and followed Martin down the '
                'lane, and Martin told him about the fair. ') * 8


def test_a_story_told_to_you_has_the_reader_as_a_character_and_pairings() -> None:
    text = READER_INSERT.read_text(encoding="utf-8")
    report = analyse_work(Work(text=text, source="r.txt", format="text"), "full")
    assert "Reader" in [c.name for c in report.characters[:2]]
    assert ("Bakugou Katsuki/Reader", "romantic") in [(r.tag, r.kind) for r in report.relationships]
    assert not any("Y/N" in c.name for c in report.characters)


def test_you_in_dialogue_is_no_reader() -> None:
    report = analyse_work(Work(text=THIRD_PERSON, source="t.txt", format="text"), "full")
    assert "Reader" not in [c.name for c in report.characters]


def test_placeholders_are_the_patterns_matches() -> None:
    from ficlens.analyse.cast.reader import PLACEHOLDER, placeholders

    text = "Y/N smiled. (y/n)'s coat, and/or Derek/Stiles, xY/N, Y/Nx, _y/n, é y/N, Y/n/N, /n y/"
    assert placeholders(text) == [m.span() for m in PLACEHOLDER.finditer(text)]
    assert [text[s:e] for s, e in placeholders(text)] == ["Y/N", "y/n", "y/N", "Y/n"]


def test_a_short_story_told_to_you_without_placeholders_has_the_reader() -> None:
    text = (FIXTURES / "characters" / "reader_drabble.txt").read_text(encoding="utf-8")  # 300 words, 19 you-words
    report = analyse_work(Work(text=text, source="d.txt", format="text"), "full")
    assert "Reader" in [c.name for c in report.characters[:2]]


def test_a_name_only_called_in_quotes_of_a_story_told_to_you_is_the_reader() -> None:
    text = ("You walk into the library. Abel looks up from his book and smiles at you. \"Good morning, Kestrin.\" You "
            "sit down beside him, and you take the cup he hands you. Abel pours the tea and you drink it slowly. "
            "\"Did you sleep well, Kestrin?\" Abel asks. You nod, and you look out of the window at the rain. Abel "
            "laughs, and you laugh with him. \"Stay a while, Kestrin,\" he says. You stay.")
    report = analyse_work(Work(text=text, source="k.txt", format="text"), "full")
    names = [c.name for c in report.characters]
    assert "Reader" in names and "Abel" in names[:2] and not any("Kestrin" in n for n in names)
