"""/works/ID.epub: an EPUB 3 rebuilt from the stored text that ficlens's own EPUB reader reads back with the same
text, chapters and formatting; or the file as it was added, while it is still there with the same text."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from ficlens.ingest import limits as ingest_limits
from ficlens.ingest import read
from ficlens.ingest.dispatch import read_one
from ficlens.library import Library
from ficlens.library.samples import long_work
from ficlens.report import Report
from ficlens.styles import StyleSpan
from ficlens.web import create_app
from ficlens.work import Chapter, Work

BASE = "http://127.0.0.1:8000"
FIRST = "She said, “Don’t.”\nThen, quieter: <script>alert(1)</script> & \"more\"."
SECOND = "He left. The door shut."
SCENE = "* * *"
THIRD = "Morning came\x0c at last."


def formatted_work(source: str = "formatted.txt") -> Work:
    """Two chapters: a paragraph of two lines with italics and markup-like text, a scene break, a paragraph
    after a ``<hr>`` with bold, and a control character XML cannot hold."""
    text = "\n\n".join([FIRST, SECOND, SCENE, "Later.", THIRD])
    second_chapter = text.index(SCENE)
    styles = [StyleSpan("italic", text.index("Don’t"), text.index("Don’t") + 5),
              StyleSpan("bold", text.index("door"), text.index("door") + 4),
              StyleSpan("scene", second_chapter, second_chapter + len(SCENE)),
              StyleSpan("scene", text.index("Later."), text.index("Later."))]
    return Work(text=text, source=source, format="text", title="Night & <Day>", authors=["Ana", "Bo"],
                chapters=[Chapter("One: “Late”", 0, text.index(SECOND) + len(SECOND)),
                          Chapter("Two", second_chapter, len(text))], styles=styles)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    work = formatted_work()
    library.add(work, Report.for_work(work), None)
    library.add(*long_work(3000), "full")
    yield library
    library.close()


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def download(client: TestClient, work_id: int) -> bytes:
    answer = client.get(f"/works/{work_id}.epub")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/epub+zip"
    return answer.content


def test_the_rebuilt_epub_is_a_well_formed_epub_3(client: TestClient) -> None:
    data = download(client, 1)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/epub+zip" and data[30:38] == b"mimetype"
        names = zf.namelist()
        assert {"META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/chapter-1.xhtml",
                "OEBPS/chapter-2.xhtml"} <= set(names)
        documents = {n: etree.fromstring(zf.read(n)) for n in names if n != "mimetype"}  # strict XML parsing
    package = documents["OEBPS/content.opf"]
    opf = {"o": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
    assert package.get("version") == "3.0"
    assert package.xpath("//dc:title/text()", namespaces=opf) == ["Night & <Day>"]
    assert package.xpath("//dc:creator/text()", namespaces=opf) == ["Ana", "Bo"]
    assert package.xpath("//o:item[@properties='nav']/@href", namespaces=opf) == ["nav.xhtml"]
    assert package.xpath("//o:meta[@property='dcterms:modified']/text()", namespaces=opf)
    page = etree.tostring(documents["OEBPS/chapter-1.xhtml"], encoding="unicode")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page.replace("&lt;script", "")


def test_the_rebuilt_epub_reads_back_with_the_same_text_chapters_and_formatting(client: TestClient,
                                                                                lib: Library) -> None:
    stored = lib.get(1)
    assert stored is not None
    back = read_one(download(client, 1), "night.epub")
    assert back.text == stored.text.replace("\x0c", "")  # XML cannot hold a form feed: only it is dropped
    assert [c.title for c in back.chapters] == ["One: “Late”", "Two"]
    assert back.title == "Night & <Day>" and back.authors == ["Ana", "Bo"]
    assert sorted(back.styles, key=lambda s: (s.start, s.kind)) == sorted(stored.styles,
                                                                          key=lambda s: (s.start, s.kind))


def test_a_long_work_round_trips_chapter_by_chapter(client: TestClient, lib: Library) -> None:
    stored = lib.get(2)
    assert stored is not None
    back = read_one(download(client, 2), "long.epub")
    assert back.text == stored.text
    assert [(c.title, c.start) for c in back.chapters] == [(c.title, c.start) for c in stored.report.chapters]


def test_the_download_is_named_after_the_work(client: TestClient) -> None:
    head = client.head("/works/1.epub")
    assert head.status_code == 200 and head.headers["content-type"] == "application/epub+zip"
    disposition = client.get("/works/1.epub").headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Night _ _Day_.epub"')
    assert "filename*=UTF-8''Night%20%26%20%3CDay%3E.epub" in disposition


def test_an_epub_still_where_it_was_added_is_served_as_it_was(tmp_path: Path, lib: Library,
                                                              client: TestClient) -> None:
    original = with_cover(tmp_path / "story.epub", client)
    (work,) = read(original)
    added = lib.add(work, Report.for_work(work), None)
    assert download(client, added.id) == original.read_bytes()

    original.write_bytes(download(client, 1))  # another text in its place: rebuilt from what was stored
    served = download(client, added.id)
    assert "OEBPS/cover.css" not in zipfile.ZipFile(io.BytesIO(served)).namelist()
    assert read_one(served, "x.epub").text == work.text

    original.unlink()  # gone: rebuilt
    assert read_one(download(client, added.id), "x.epub").text == work.text


def test_a_missing_work_is_a_404_page(client: TestClient) -> None:
    for path in ("/works/99.epub", "/works/abc.epub", "/works/99999999999999999999999.epub"):
        page = client.get(path)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html"), path


def with_cover(path: Path, client: TestClient) -> Path:
    """An EPUB of work 2's text at ``path`` with a member only the original holds (``OEBPS/cover.css``)."""
    path.write_bytes(download(client, 2))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("OEBPS/cover.css", "body { margin: 0 }")
    return path


def added_from(lib: Library, path: Path) -> int:
    (work,) = read(path)
    return lib.add(work, Report.for_work(work), None).id


def test_an_original_reached_through_a_symlink_is_rebuilt_not_followed(tmp_path: Path, lib: Library,
                                                                       client: TestClient) -> None:
    original = with_cover(tmp_path / "story.epub", client)
    link = tmp_path / "link.epub"
    link.symlink_to(original)
    served = download(client, added_from(lib, link))
    assert served != original.read_bytes() and "OEBPS/cover.css" not in zipfile.ZipFile(io.BytesIO(served)).namelist()


def test_a_stored_path_naming_no_regular_file_is_rebuilt_without_waiting(tmp_path: Path, lib: Library,
                                                                         client: TestClient) -> None:
    original = tmp_path / "story.epub"
    original.write_bytes(download(client, 2))
    work_id = added_from(lib, original)
    original.unlink()
    os.mkfifo(original)  # a FIFO in its place: opening it for reading would block without O_NONBLOCK
    assert read_one(download(client, work_id), "x.epub").text == lib.get(work_id).text  # type: ignore[union-attr]


def test_an_original_past_the_size_cap_is_rebuilt(tmp_path: Path, lib: Library, client: TestClient,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    original = with_cover(tmp_path / "story.epub", client)
    work_id = added_from(lib, original)
    assert download(client, work_id) == original.read_bytes()
    monkeypatch.setattr(ingest_limits, "MAX_FILE_BYTES", original.stat().st_size - 1)
    assert download(client, work_id) != original.read_bytes()


def test_a_file_named_epub_that_is_not_a_zip_is_never_served_as_an_epub(tmp_path: Path, lib: Library,
                                                                       client: TestClient) -> None:
    fake = tmp_path / "notes.epub"
    fake.write_text("Plain words that a text reader reads.\n\nA second paragraph.", encoding="utf-8")
    served = download(client, added_from(lib, fake))
    assert served != fake.read_bytes() and zipfile.is_zipfile(io.BytesIO(served))


def test_a_row_pointing_at_another_file_serves_only_its_own_rebuilt_text(tmp_path: Path, lib: Library,
                                                                         client: TestClient) -> None:
    other = tmp_path / "private.epub"
    other.write_bytes(download(client, 2))  # a real EPUB, but not the text of work 1
    lib.connection().execute("UPDATE works SET source=? WHERE id=1", (str(other),))
    lib.connection().commit()
    served = download(client, 1)
    assert served != other.read_bytes() and read_one(served, "x.epub").title == "Night & <Day>"


def test_a_slash_in_the_title_is_escaped_in_the_download_name(lib: Library, client: TestClient) -> None:
    work = formatted_work("slash.txt")
    work.title, work.text = "Derek/Stiles", work.text + " Slash."
    added = lib.add(work, Report.for_work(work), None)
    disposition = client.get(f"/works/{added.id}.epub").headers["content-disposition"]
    assert disposition.endswith("filename*=UTF-8''Derek%2FStiles.epub")
    assert 'filename="Derek_Stiles.epub"' in disposition


def test_an_original_is_parsed_once_until_it_changes(tmp_path: Path, lib: Library, client: TestClient,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ficlens.ingest import dispatch

    original = with_cover(tmp_path / "story.epub", client)
    work_id = added_from(lib, original)
    parsed: list[str] = []

    def counted(data: bytes, source: str, budget: object = None) -> Work:
        parsed.append(source)
        return read_one(data, source, budget)  # type: ignore[arg-type]

    monkeypatch.setattr(dispatch, "read_one", counted)
    for _ in range(3):
        assert download(client, work_id) == original.read_bytes()
    assert len(parsed) == 1
    with zipfile.ZipFile(original, "a") as zf:  # changed (same text, one more member): looked at again
        zf.writestr("OEBPS/extra.css", "p { margin: 0 }")
    assert download(client, work_id) == original.read_bytes() and len(parsed) == 2
