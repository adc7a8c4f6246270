"""HTML: AO3 downloads (singular and plural labels, one or many chapters), saved AO3 work pages, other pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.errors import InputError
from ficlens.ingest import read
from ficlens.ingest.ao3_tags import OPT_OUT
from ficlens.ingest.markup import parse_html
from ficlens.ingest.render import render
from ingest_helpers import assert_clean_chapters
from repo_paths import SHARED

SHARED_AO3 = SHARED / "data" / "ao3-format"
needs_shared = pytest.mark.skipif(not SHARED_AO3.is_dir(), reason="../shared/data/ao3-format is absent")


def only(path: Path):
    works = list(read(path))
    assert len(works) == 1
    return works[0]


def chapter_texts(work) -> list[str]:
    return [work.text[c.start:c.end] for c in work.chapters]


def test_ao3_download_singular_labels(fixtures: Path) -> None:
    work = only(fixtures / "ingest" / "ao3-download-singular.html")
    assert work.format == "ao3-html"
    assert work.title == "Salt and Iron" and work.authors == ["quietwren"]
    assert work.ao3_id == "4242" and work.url == "https://archiveofourown.org/works/4242"
    tags = work.author_tags
    assert tags is not None
    assert tags.rating == ["Mature"]
    assert tags.archive_warnings == [OPT_OUT]  # "Choose Not To Use …" normalised
    assert tags.categories == ["M/M"] and tags.fandoms == ["Teen Wolf (TV)"]
    assert tags.relationships == ["Derek Hale/Stiles Stilinski"] and tags.characters == ["Stiles Stilinski"]
    assert tags.freeforms == ["Hurt/Comfort", "Mountain Ash"]
    assert work.summary == "Stiles learns what a line of ash can hold."
    assert work.notes == ["For the prompt “boundaries”."]
    assert work.text == ("The line of ash ran unbroken around the house.\n\n"
                         "“Don’t,” Derek said.\n“Don’t what?”\nStiles was already kneeling.\n\n"
                         "Later — much later — they sat on the porch…")
    assert [(c.title, c.start, c.end) for c in work.chapters] == [(None, 0, len(work.text))]
    assert "Salt and Iron" not in work.text and "drop by the Archive" not in work.text  # toc heading, afterword


def test_ao3_download_plural_labels_and_chapters(fixtures: Path) -> None:
    work = only(fixtures / "ingest" / "ao3-download-plural.html")
    assert work.authors == ["owlet", "bramble"]
    tags = work.author_tags
    assert tags is not None
    assert tags.archive_warnings == [OPT_OUT, "Major Character Death"]
    assert tags.categories == ["F/M", "Gen"]
    assert tags.fandoms == ["Sherlock (TV)", "Doctor Who"]
    assert tags.relationships == ["Molly Hooper/Sherlock Holmes", "John Watson & Sherlock Holmes"]
    assert tags.characters == ["Sherlock Holmes", "Molly Hooper", "John Watson"]
    assert [c.title for c in work.chapters] == ["Chapter 1: First Snow", "Chapter 2", "Chapter 3: Thaw"]
    assert chapter_texts(work) == [
        "An author's own heading\n\nSnow fell on Baker Street.\n\nMolly brought the tea.",
        "The second winter was colder.\n\nNobody spoke of the first.",
        "In the third winter, the ice broke.\n\nCharacters:\n\nA list in the story, not a tag",
    ]
    assert work.summary == "Three winters, three goodbyes."
    assert work.notes == ["Written for a winter exchange.", "Sorry about this one.", "Thank you for reading."]
    assert "Thank you" not in work.text and "Chapter Notes" not in work.text
    assert_clean_chapters(work)


def test_ao3_live_work_page(fixtures: Path) -> None:
    work = only(fixtures / "ingest" / "ao3-live-page.html")
    assert work.format == "ao3-html"
    assert work.title == "The Long Way Home" and work.authors == ["ferngully"]
    assert work.ao3_id == "991122"
    tags = work.author_tags
    assert tags is not None
    assert tags.rating == ["General Audiences"] and tags.categories == ["F/F"]
    assert tags.archive_warnings == ["No Archive Warnings Apply"]
    assert tags.characters == ["Hermione Granger", "Luna Lovegood"]
    assert tags.freeforms == ["Fluff", "Road Trips"]
    assert [c.title for c in work.chapters] == ["Chapter 1: The Map", "Chapter 2: Home"]
    assert chapter_texts(work) == ["Luna unfolded the map on the hood of the car.\n\n“North,” she said.",
                                   "They arrived at dawn."]
    assert work.summary == "Two witches, one map."
    assert work.notes == ["Gift for a friend.", "More soon.", "The end."]
    for noise in ("Chapter Text", "Footer", "Comments", "Archive of Our Own", "not text"):
        assert noise not in work.text


def test_other_html_is_read_as_html(fixtures: Path) -> None:
    work = only(fixtures / "ingest" / "plain-page.html")
    assert work.format == "html" and work.title == "A Quiet Morning" and work.author_tags is None
    assert work.text == "A Quiet Morning\n\nThe kettle sang.\n\nShe poured two cups\nand waited."


def test_html_without_text_is_an_error(fixtures: Path) -> None:
    path = fixtures / "ingest" / "no-text.html"
    with pytest.raises(InputError) as info:
        list(read(path))
    assert str(info.value) == f"{path}: HTML page has no readable text"


def test_cp1252_html_with_meta_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"><title>T</title></head><body><p>It’s “fine”.</p></body></html>'
    (tmp_path / "p.htm").write_bytes(page.encode("cp1252"))
    assert only(tmp_path / "p.htm").text == "It’s “fine”."


@pytest.mark.parametrize(("markup", "expected"), [
    ("<p>a   b\n c</p><p>d</p>", "a b c\n\nd"),
    ("<div>one<br>two<br><br>three</div>", "one\ntwo\n\nthree"),
    ("<p>x</p><p>&nbsp;</p><p> </p><p>y</p>", "x\n\ny"),
    ("<p>in <em>line</em>, <b>bold</b></p>", "in line, bold"),
    ("<blockquote><p>q</p></blockquote>tail", "q\n\ntail"),
    ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
    ("<pre>l1\n  l2</pre>", "l1\nl2"),
    ("<p>a<!-- note -->b</p>", "ab"),
])
def test_rendering_rules(markup: str, expected: str) -> None:
    root = parse_html(f"<html><body>{markup}</body></html>")
    text, chapters = render(root.xpath("//body"))
    assert text == expected
    assert (chapters[0].start, chapters[0].end) == (0, len(expected))


@needs_shared
@pytest.mark.parametrize(("name", "title", "chapters", "words"), [
    ("htmlTest.html", "My Aim Is Steady And True", [None], 4559),
    ("incompleteWork.html", "Fire and Feather",
     ["Chapter 1: Festival", "Chapter 2: Riversong K'Vala", "Chapter 3: Conversations"], 7526),
    ("workInSeries.html", "The World on His Wrist",
     ["Chapter 1: Prologue", "Chapter 2", "Chapter 3: Part 2", "Chapter 4: Part 3", "Chapter 5: Part 4",
      "Chapter 6: Part 5", "Chapter 7: Part 6", "Chapter 8: Epilogue"], 31623),
])
def test_real_ao3_downloads(name: str, title: str, chapters: list[str | None], words: int) -> None:
    work = only(SHARED_AO3 / name)
    assert work.format == "ao3-html" and work.title == title
    assert [c.title for c in work.chapters] == chapters
    assert_clean_chapters(work)
    assert abs(work.words - words) <= words * 0.01  # AO3's own count, from the Stats line
    assert work.author_tags is not None and work.author_tags.rating
    assert work.summary and work.ao3_id and work.url
    assert "Posted originally" not in work.text and "drop by the Archive" not in work.text
    assert work.summary not in work.text


@needs_shared
def test_real_download_tags_and_opt_out() -> None:
    work = only(SHARED_AO3 / "workInSeries.html")
    tags = work.author_tags
    assert tags is not None
    assert tags.archive_warnings == [OPT_OUT]
    assert tags.categories == ["F/M", "M/M"]
    assert tags.relationships == ["Sarah Sawyer/John Watson", "Sherlock Holmes/John Watson"]
    assert work.authors == ["bendingsignpost"]  # not the translator linked from the summary
    first = only(SHARED_AO3 / "incompleteWork.html")
    assert first.author_tags is not None and first.author_tags.characters == ["Original Characters"]
    assert first.author_tags.relationships == []


def test_bare_html_fragment_is_html(tmp_path: Path) -> None:
    (tmp_path / "chapter.txt").write_text("<p>One   line.</p>\n<p>Two<br/>lines.</p>", encoding="utf-8")
    work = only(tmp_path / "chapter.txt")
    assert work.format == "html" and work.text == "One line.\n\nTwo\nlines."


def test_prose_mentioning_tags_stays_text(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("She typed <p> and stared at it.\n", encoding="utf-8")
    assert only(tmp_path / "t.txt").format == "text"
