"""First-person narrators: the one name only ever said to the narrator is theirs, listed first even when named once."""

from __future__ import annotations

from ficlens.analyse import analyse_work
from ficlens.analyse.cast.build import cast_of
from ficlens.analyse.cast.narrator import narrator_of
from ficlens.nlp import build_document
from ficlens.work import Work
from repo_paths import FIXTURES

FIRST_PERSON = FIXTURES / "characters" / "first_person_named.txt"  # "Maribel" once, in Renko's quote


def characters(text: str, profile: str = "full") -> list[str]:
    report = analyse_work(Work(text=text, source="n.txt", format="text"), profile)  # type: ignore[arg-type]
    return [c.name for c in report.characters]


def narrator(text: str) -> str | None:
    doc = build_document(Work(text=text, source="n.txt", format="text"), "fast")
    cast = cast_of(doc)
    found = narrator_of(text, cast)
    return None if found is None else cast.clusters[found].name


def test_the_name_said_only_to_a_first_person_narrator_is_listed_first() -> None:
    text = FIRST_PERSON.read_text(encoding="utf-8")
    assert characters(text)[:2] == ["Maribel", "Renko"]
    assert characters(text, "fast")[:1] == ["Maribel"]


def test_a_name_the_narration_uses_is_no_narrator() -> None:
    text = FIRST_PERSON.read_text(encoding="utf-8").replace("came down.", "came down. Maribel, I thought, was me.")
    assert narrator(text) is None


def test_a_third_person_story_has_no_narrator() -> None:
    text = FIRST_PERSON.read_text(encoding="utf-8").replace(" I ", " she ").replace("I ", "She ")
    text = text.replace(" me", " her").replace(" my ", " her ").replace("My ", "Her ").replace("myself", "herself")
    assert narrator(text) is None


def test_an_endearment_spoken_like_a_name_is_no_narrator() -> None:
    text = FIRST_PERSON.read_text(encoding="utf-8").replace("Maribel,", "Angel,")
    assert narrator(text) is None and "Angel" not in characters(text)[:1]


def test_the_name_the_narration_declares_its_own_is_the_narrator() -> None:
    text = FIRST_PERSON.read_text(encoding="utf-8").replace('"Maribel, you look', '"You look')
    text = text.replace("I woke before dawn.", "My name is Ilsabet, and I woke before dawn.", 1)
    assert narrator(text) == "Ilsabet"
    assert characters(text, "fast")[:1] == ["Ilsabet"]


def test_a_name_declared_inside_a_quote_is_no_narrator() -> None:
    text = FIRST_PERSON.read_text(encoding="utf-8").replace('"Maribel, you look', '"You look')
    text = text.replace('"Thank you," I said.', '"Thank you," I said. "My name is Ilsabet," said the girl.', 1)
    assert narrator(text) is None
