"""Author's notes, work/chapter titles and quoted titles do not create characters (fast profile)."""

from __future__ import annotations

from ficlens.analyse.cast import Cast, build_cast
from ficlens.analyse.cast.author_notes import mask, note_spans, title_spans
from ficlens.nlp import build_document
from ficlens.nlp.spans import TextSpan
from ficlens.work import Work

STORY = ("At dawn Kaia woke to birdsong. Then Kaia stretched, and Riversong watched her from the door. "
         "Later Kaia ate bread while Riversong talked. Then Kaia slept, and Riversong left.")


def cast_for(text: str, titles: list[str] | None = None) -> Cast:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return build_cast(text, doc.paragraphs, doc.sentences, [], fast=True, titles=titles)


def names(cast: Cast) -> set[str]:
    return {c.name for c in cast.clusters if c.names}


def test_names_in_a_leading_note_are_not_characters() -> None:
    note = ("A/N: My first fanfic! I have not yet read Vows and Honor, so bear with me. And Vows and Honor "
            "is great. Please review.\n\nNeverfall: thanks for the review! Vows and Honor and Arrows, read them!\n\n")
    found = names(cast_for(note + STORY))
    assert {"Kaia", "Riversong"} <= found
    assert not found & {"Vows", "Honor", "Arrows", "Neverfall"}


def test_story_text_is_never_masked_without_a_strong_cue() -> None:
    text = "Chapter one of her life began.\n\nKaia read the chapter again.\n\n" + STORY
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    assert note_spans(text, doc.paragraphs) == []


def test_a_chapter_that_lost_its_paragraph_breaks_is_story_though_it_holds_a_cue() -> None:
    """Guards a past bug: AO3 exports of one long paragraph holding "fic" or "review" somewhere were blanked whole
    as a note, and their works listed no character at all (AO3 silver works)."""
    text = "Title\n\n" + " ".join([STORY] * 30) + " Kaia had read that fic twice, and Riversong wrote a review."
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    assert note_spans(text, doc.paragraphs) == []
    assert {"Kaia", "Riversong"} <= names(cast_for(text))


def test_a_trailing_note_and_a_mid_chapter_disclaimer() -> None:
    text = (STORY + "\n\nDisclaimer: Velgarth belongs to Mercedes Lackey.\n\n" + STORY + "\n\n" + STORY
            + "\n\nNow. Review! Thanks, Neverfall and Vaega.")
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    notes = [text[s.start:s.end] for s in note_spans(text, doc.paragraphs)]
    assert any(n.startswith("Disclaimer") for n in notes) and any(n.startswith("Now. Review") for n in notes)
    assert not any("Kaia" in n for n in notes)


def test_notes_are_found_per_chapter() -> None:
    chapter_two = "A/N: Thanks for the reviews, Neverfall!\n\n" + STORY
    text = STORY + "\n\n" + chapter_two
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    start = len(STORY) + 2
    notes = note_spans(text, doc.paragraphs, [(0, start), (start, len(text))])
    assert [text[s.start:s.end] for s in notes] == ["A/N: Thanks for the reviews, Neverfall!"]


def test_mask_keeps_offsets() -> None:
    text = "ab\ncd ef"
    assert mask(text, [TextSpan(1, 5), TextSpan(4, 6)]) == "a \n   ef"


def test_work_titles_in_the_text_are_not_names() -> None:
    text = STORY + " She sang Fire and Ashenveil, then Fire and Ashenveil again, and Fire and Ashenveil once more."
    assert "Ashenveil" in names(cast_for(text))
    assert "Ashenveil" not in names(cast_for(text, titles=["Chapter 1: Fire and Ashenveil"]))
    assert title_spans(text, ["Riversong K'Vala"]) == []  # a name as a chapter title is kept


def test_quoted_titles_are_not_characters() -> None:
    text = (STORY + " She had read “Vows and Honor” twice, and “Vows and Honor” was her favourite; "
            "Riversong preferred “Arrows of the Queen”.")
    assert not names(cast_for(text)) & {"Vows", "Honor", "Vows and Honor", "Arrows"}
