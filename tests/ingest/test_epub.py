"""EPUB: AO3's (calibre-made), FanFicFare's (real files it wrote offline), and any other book."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ficlens.errors import InputError
from ficlens.ingest import read
from ficlens.ingest.ao3_tags import OPT_OUT
from ingest_helpers import assert_clean_chapters, build_epub
from repo_paths import SHARED

SHARED_AO3 = SHARED / "data" / "ao3-format"
needs_shared = pytest.mark.skipif(not SHARED_AO3.is_dir(), reason="../shared/data/ao3-format is absent")

AO3_METADATA = """
    <dc:title>Three Winters</dc:title>
    <dc:creator opf:role="aut">owlet, bramble</dc:creator>
    <dc:publisher>Archive of Our Own</dc:publisher>
    <dc:language>en</dc:language>
    <dc:subject>Fanworks</dc:subject><dc:subject>Teen And Up Audiences</dc:subject>
    <dc:subject>Choose Not To Use Archive Warnings</dc:subject><dc:subject>Sherlock (TV)</dc:subject>"""

# calibre's split of an AO3 download, every class name rewritten (only ids and label text survive)
AO3_DOCUMENTS = [
    ("split_000.xhtml", """<div id="preface" class="calibre1"><h2 class="calibre2" id="calibre_toc_1">Preface</h2>
      <p class="calibre3"><b>Three Winters</b><br class="calibre1"/>Posted originally on the
        <a href="https://archiveofourown.org/">Archive of Our Own</a> at
        <a href="https://archiveofourown.org/works/777001">https://archiveofourown.org/works/777001</a>.</p>
      <div class="calibre1"><dl class="calibre4">
        <dt class="calibre5">Rating:</dt><dd class="calibre6"><a href="#">Teen And Up Audiences</a></dd>
        <dt class="calibre5">Archive Warnings:</dt>
        <dd class="calibre6"><a href="#">Choose Not To Use Archive Warnings</a>, <a href="#">Underage</a></dd>
        <dt class="calibre5">Categories:</dt><dd class="calibre6"><a href="#">F/M</a>, <a href="#">Gen</a></dd>
        <dt class="calibre5">Fandom:</dt><dd class="calibre6"><a href="#">Sherlock (TV)</a></dd>
        <dt class="calibre5">Relationship:</dt><dd class="calibre6"><a href="#">Molly Hooper/Sherlock Holmes</a></dd>
        <dt class="calibre5">Characters:</dt>
        <dd class="calibre6"><a href="#">Sherlock Holmes</a>, <a href="#">Molly Hooper</a></dd>
        <dt class="calibre5">Additional Tags:</dt><dd class="calibre6"><a href="#">Angst</a></dd>
        <dt class="calibre5">Stats:</dt><dd class="calibre6">Published: 2019-01-01 Words: 30 Chapters: 2/2</dd>
      </dl></div></div>"""),
    ("split_001.xhtml", """<div id="preface" class="calibre1"><div class="calibre1">
      <h1 class="calibre7">Three Winters</h1>
      <div class="calibre8">by <a rel="author" href="#">owlet</a>, <a rel="author" href="#">bramble</a></div>
      <p class="calibre3">Summary</p><blockquote class="calibre9"><p class="calibre3">Three goodbyes.</p></blockquote>
      </div></div>
      <div class="calibre10" id="chapters">
        <div class="calibre1"><div class="calibre11" id="calibre_pb_2"/></div></div>"""),
    ("split_002.xhtml", """<div class="calibre10" id="chapters">
      <div class="calibre1"><h2 class="calibre12" id="calibre_toc_3">Prologue</h2>
        <p class="calibre3">Chapter Notes</p><blockquote class="calibre9"><p>For the exchange.</p></blockquote></div>
      <div class="calibre13"><p class="calibre3">Snow fell on <em>Baker</em> Street.</p>
        <p class="calibre3">Molly brought   the tea.</p></div>
      <div class="calibre1" id="endnotes1"><p class="calibre3">Chapter End Notes</p>
        <blockquote class="calibre9"><p>Sorry.</p></blockquote></div>
      <div class="calibre1"><div class="calibre11" id="calibre_pb_4"/></div></div>"""),
    ("split_003.xhtml", """<div class="calibre10" id="chapters">
      <div class="calibre1"><h2 class="calibre12">Chapter 2</h2></div>
      <div class="calibre13"><p class="calibre3">The ice broke.<br class="calibre1"/>Nobody spoke.</p></div></div>
      <div id="afterword" class="calibre1"><div class="calibre11" id="calibre_pb_5"/></div>"""),
    ("split_004.xhtml", """<div id="afterword" class="calibre1"><h2 class="calibre2">Afterword</h2>
      <div class="calibre1"><div id="endnotes" class="calibre1"><p class="calibre3">End Notes</p>
      <blockquote class="calibre9"><p>Thanks for reading.</p></blockquote></div></div>
      <p class="calibre3">Please drop by the Archive and comment!</p></div>"""),
]


def only(path: Path):
    works = list(read(path))
    assert len(works) == 1
    return works[0]


def test_ao3_epub_built_like_calibre(tmp_path: Path) -> None:
    work = only(build_epub(tmp_path / "w.epub", AO3_DOCUMENTS, AO3_METADATA, opf_dir=""))
    assert work.format == "ao3-epub"
    assert work.title == "Three Winters" and work.authors == ["owlet", "bramble"]
    assert work.ao3_id == "777001" and work.language == "en"
    tags = work.author_tags
    assert tags is not None
    assert tags.rating == ["Teen And Up Audiences"]
    assert tags.archive_warnings == [OPT_OUT, "Underage"]
    assert tags.categories == ["F/M", "Gen"] and tags.fandoms == ["Sherlock (TV)"]
    assert tags.relationships == ["Molly Hooper/Sherlock Holmes"]
    assert tags.characters == ["Sherlock Holmes", "Molly Hooper"] and tags.freeforms == ["Angst"]
    assert [c.title for c in work.chapters] == ["Prologue", "Chapter 2"]
    assert [work.text[c.start:c.end] for c in work.chapters] == [
        "Snow fell on Baker Street.\n\nMolly brought the tea.", "The ice broke.\nNobody spoke."]
    assert work.summary == "Three goodbyes."
    assert work.notes == ["For the exchange.", "Sorry.", "Thanks for reading."]
    assert_clean_chapters(work)


def test_ao3_epub_authors_fall_back_to_the_one_dc_creator(tmp_path: Path) -> None:
    docs = [(n, b.replace('rel="author"', 'rel="x"')) for n, b in AO3_DOCUMENTS]
    work = only(build_epub(tmp_path / "w.epub", docs, AO3_METADATA))
    assert work.authors == ["owlet", "bramble"]


def test_fanficfare_epub_of_an_ao3_story(fixtures: Path) -> None:
    work = only(fixtures / "ingest" / "fanficfare-ao3-2001.epub")
    assert work.format == "fanficfare-epub"
    assert work.title == "The Lighthouse Keeper"
    assert work.authors == ["Alice Writer", "Bob Scribe"]  # one dc:creator per author
    assert work.ao3_id == "55512345" and work.url == "https://archiveofourown.org/works/55512345"
    tags = work.author_tags
    assert tags is not None
    assert tags.fandoms == ["Doctor Who", "Sherlock (TV)"]  # FanFicFare's "Category"
    assert tags.categories == ["Gen", "M/M"] and tags.freeforms == ["Angst", "Hurt/Comfort"]  # its "Genre"
    assert tags.archive_warnings == [OPT_OUT]
    assert tags.rating == ["Teen And Up Audiences"]
    assert tags.relationships == ["Sherlock Holmes & Molly Hooper", "Sherlock Holmes/John Watson"]
    assert tags.characters == ["John Watson", "Sherlock Holmes"]
    assert [c.title for c in work.chapters] == ["The Storm", "The Calm"]
    assert_clean_chapters(work)
    assert "Packaged" not in work.text and "Publisher" not in work.text  # title page skipped


def test_fanficfare_epub_of_another_site(fixtures: Path) -> None:
    work = only(fixtures / "ingest" / "fanficfare-test1-1.epub")
    assert work.format == "fanficfare-epub" and work.ao3_id is None and work.url == "http://test1.com?sid=1"
    tags = work.author_tags
    assert tags is not None
    assert "Harry Potter" in tags.fandoms and tags.archive_warnings == []
    assert {"Comedy", "Swearing", "Violence"} <= set(tags.freeforms)
    assert tags.rating == ["Tweenie"]
    assert len(work.chapters) == 9 and work.chapters[1].title == "Chapter 1, Xenos on Cinnabar"
    assert work.summary is not None and work.summary.startswith("Description tests:")
    assert_clean_chapters(work)
    assert all(work.text[c.start:c.end].startswith(("Prologue", "Chapter title from site"))
               for c in work.chapters)


def test_plain_epub_book(tmp_path: Path) -> None:
    meta = "<dc:title>A Book</dc:title><dc:creator>Ann Author</dc:creator><dc:creator>Bo Author</dc:creator>"
    docs = [("cover.xhtml", '<div><img src="c.jpg"/></div>'),
            ("c1.xhtml", "<h1>One</h1><p>First   words.</p>"),
            ("c%202.xhtml", "<h2>Two</h2><p>Second<br/>words.</p><p/>")]
    path = build_epub(tmp_path / "b.epub", [(n.replace("%20", " "), b) for n, b in docs], meta)
    # manifest hrefs are URL-encoded; the zip member names are not
    with zipfile.ZipFile(path) as zf:
        assert "OEBPS/c 2.xhtml" in zf.namelist()
    work = only(path)
    assert work.format == "epub" and work.title == "A Book" and work.authors == ["Ann Author", "Bo Author"]
    assert [c.title for c in work.chapters] == ["One", "Two"]
    assert [work.text[c.start:c.end] for c in work.chapters] == ["First words.", "Second\nwords."]


def test_plain_epub_chapter_titles_from_the_ncx(tmp_path: Path) -> None:
    docs = [("text/c1.xhtml", "<h1>1</h1><p>First.</p>"), ("text/c2.xhtml", "<div><p>Second.</p></div>")]
    toc = {"text/c1.xhtml": "The Beginning", "text/c2.xhtml": "The End"}
    work = only(build_epub(tmp_path / "b.epub", docs, "<dc:title>B</dc:title>", toc=toc))
    assert [c.title for c in work.chapters] == ["The Beginning", "The End"]
    assert work.text == "First.\n\nSecond."


@pytest.mark.parametrize(("name", "reason"), [
    ("truncated.epub", "corrupt or truncated EPUB"),
])
def test_truncated_epub(fixtures: Path, name: str, reason: str) -> None:
    path = fixtures / "ingest" / name
    with pytest.raises(InputError) as info:
        list(read(path))
    assert str(info.value).startswith(f"{path}: {reason}")


def test_epub_with_a_corrupt_member(tmp_path: Path) -> None:
    path = build_epub(tmp_path / "w.epub", [("c1.xhtml", "<p>" + "words " * 400 + "</p>")],
                      "<dc:title>T</dc:title>")
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("OEBPS/c1.xhtml")
    data = bytearray(path.read_bytes())
    at = info.header_offset + 30 + len(info.filename) + 10  # inside the member's deflated data
    data[at:at + 20] = b"\x00" * 20
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"w\.epub: corrupt EPUB: .*c1\.xhtml"):
        list(read(path))


def test_epub_without_container(tmp_path: Path) -> None:
    path = tmp_path / "w.epub"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("OEBPS/c1.xhtml", "<html><body><p>x</p></body></html>")
    with pytest.raises(InputError, match="META-INF/container.xml is missing"):
        list(read(path))


@needs_shared
@pytest.mark.parametrize("stem", ["htmlTest", "incompleteWork", "workInSeries"])
def test_real_ao3_epub_matches_its_html_twin(stem: str) -> None:
    html = only(SHARED_AO3 / f"{stem}.html")
    epub = only(SHARED_AO3 / ("epubTest.epub" if stem == "htmlTest" else f"{stem}.epub"))
    assert epub.format == "ao3-epub"
    assert epub.text == html.text
    assert [(c.start, c.end) for c in epub.chapters] == [(c.start, c.end) for c in html.chapters]
    assert epub.author_tags == html.author_tags
    assert (epub.title, epub.authors, epub.ao3_id, epub.summary) == (html.title, html.authors, html.ao3_id,
                                                                     html.summary)
    assert_clean_chapters(epub)


@needs_shared
def test_real_fanficfare_epub() -> None:
    work = only(SHARED_AO3 / "fanficfare-test1-1234.epub")
    assert work.format == "fanficfare-epub" and work.title == "Test Story Title 1234"
    assert work.authors == ["Test Author aa"]
    assert [c.title for c in work.chapters] == ["Prologue"]
    assert work.text.startswith("Prologue\n\nThis is a fake adapter for testing purposes.")
    assert "Packaged" not in work.text
