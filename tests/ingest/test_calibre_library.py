"""``ficlens add`` on a calibre library reads each book's best format, never calibre's own files, and keeps
calibre's book id; MOBI/AZW3 books are unpacked, or the error names the file and the ebook-convert line."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ficlens.errors import InputError
from ficlens.ingest import read
from ficlens.ingest.calibre import calibre_book_id
from repo_paths import FIXTURES

EPUB = FIXTURES / "ingest" / "fanficfare-ao3-2001.epub"
AZW3 = FIXTURES / "ingest" / "lighthouse.azw3"
MOBI = FIXTURES / "ingest" / "lighthouse.mobi"
OPF = """<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier opf:scheme="calibre" id="calibre_id">{id}</dc:identifier>
    <dc:title>A title</dc:title>
  </metadata>
</package>
"""


def book(library: Path, folder: str, book_id: int, *files: tuple[str, Path | bytes]) -> Path:
    """A calibre book folder as calibre lays it out: the formats, metadata.opf and the cover."""
    where = library / "Alice Writer" / folder
    where.mkdir(parents=True)
    (where / "metadata.opf").write_text(OPF.format(id=book_id), encoding="utf-8")
    (where / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    for name, content in files:
        target = where / name
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        else:
            target.write_bytes(content)
    return where


@pytest.fixture
def calibre_library(tmp_path: Path) -> Path:
    library = tmp_path / "Calibre Library"
    library.mkdir()
    (library / "metadata.db").write_bytes(b"SQLite format 3\x00")
    (library / "metadata_db_prefs_backup.json").write_text('{"field_metadata": {}}', encoding="utf-8")
    (library / ".calnotes").mkdir()
    (library / ".calnotes" / "notes.db").write_bytes(b"x")
    book(library, "The Lighthouse Keeper (12)", 12, ("The Lighthouse Keeper - Alice Writer.epub", EPUB),
         ("The Lighthouse Keeper - Alice Writer.txt", b"The text version, not read: the EPUB is."))
    book(library, "Only A Pdf (7)", 7, ("Only A Pdf - Alice Writer.pdf", b"%PDF-1.4\n"))
    book(library, "No Formats (9)", 9)
    return library


def test_each_book_is_read_once_from_its_epub_and_calibre_files_are_not_works(calibre_library: Path) -> None:
    errors: list[InputError] = []
    works = list(read(calibre_library, on_error=errors.append))
    assert [Path(w.source).name for w in works] == ["The Lighthouse Keeper - Alice Writer.epub"]
    assert works[0].title == "The Lighthouse Keeper" and works[0].format == "fanficfare-epub"
    assert calibre_book_id(works[0].source) == 12
    assert [str(e) for e in errors] == [
        f"{calibre_library}/Alice Writer/Only A Pdf (7)/Only A Pdf - Alice Writer.pdf: calibre book 7 has no format "
        "ficlens reads (pdf); convert it to EPUB: ebook-convert 'Only A Pdf - Alice Writer.pdf' "
        "'Only A Pdf - Alice Writer.epub'"]


def test_a_calibre_library_inside_a_folder_is_read_as_one(calibre_library: Path) -> None:
    (calibre_library.parent / "loose.txt").write_text("Derek waited by the Jeep.", encoding="utf-8")
    works = list(read(calibre_library.parent, on_error=lambda err: None))
    assert sorted(Path(w.source).name for w in works) == ["The Lighthouse Keeper - Alice Writer.epub", "loose.txt"]


def test_book_id_comes_from_metadata_opf_when_the_folder_does_not_name_it(tmp_path: Path) -> None:
    where = book(tmp_path, "Renamed By Hand", 31, ("book.epub", EPUB))
    assert calibre_book_id(where / "book.epub") == 31
    assert calibre_book_id(tmp_path / "elsewhere" / "book.epub") is None


@pytest.mark.parametrize("path", [AZW3, MOBI], ids=["azw3", "mobi"])
def test_kindle_books_are_unpacked_and_read(path: Path) -> None:
    pytest.importorskip("mobi")
    [work] = list(read(path))
    [epub] = list(read(EPUB))  # the book both were converted from
    paragraphs = [p for p in epub.text.split("\n\n") if len(p) > 80]
    assert paragraphs and all(p in work.text for p in paragraphs)
    assert work.source == str(path) and work.title == "The Lighthouse Keeper"


def test_kindle_book_without_the_unpacker_names_the_convert_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mobi", None)  # as if the mobi extra were not installed
    with pytest.raises(InputError) as caught:
        list(read(AZW3))
    assert str(caught.value) == (f"{AZW3}: MOBI/AZW3 needs the mobi package (pip install \"ficlens[mobi]\"), or "
                                 "convert it to EPUB with calibre: ebook-convert lighthouse.azw3 lighthouse.epub")


def test_a_damaged_kindle_book_is_one_error_with_the_convert_line(tmp_path: Path) -> None:
    pytest.importorskip("mobi")
    bad = tmp_path / "bad.mobi"
    bad.write_bytes(MOBI.read_bytes()[:200])
    with pytest.raises(InputError) as caught:
        list(read(bad))
    message = str(caught.value)
    assert message.startswith(f"{bad}: could not be unpacked as MOBI/AZW3") and "\n" not in message
    assert message.endswith("convert it: ebook-convert bad.mobi bad.epub")
