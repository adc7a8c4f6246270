"""Folders and zips: what is read, in which order, under which source name, and how bad inputs are reported."""

from __future__ import annotations

import os
import random
import shutil
import zipfile
from pathlib import Path

import pytest

from ficlens.errors import InputError
from ficlens.ingest import limits, read, read_bytes


def collect(path: Path | str) -> tuple[list, list[str]]:
    errors: list[InputError] = []
    works = list(read(path, on_error=errors.append))
    return works, [str(e) for e in errors]


@pytest.fixture
def library(tmp_path: Path, fixtures: Path) -> Path:
    root = tmp_path / "lib"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Story A.", encoding="utf-8")
    (root / "b" / "deep" / "c.fic").write_text("Story C.", encoding="utf-8")
    (root / "b" / "story.html").write_bytes((fixtures / "ingest" / "plain-page.html").read_bytes())
    shutil.copy(fixtures / "ingest" / "fanficfare-ao3-2001.epub", root / "b" / "ffn.epub")
    (root / ".secret.txt").write_text("hidden", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(64))
    (root / "z-noise.dat").write_bytes((fixtures / "ingest" / "noise.bin").read_bytes())
    (root / "empty.txt").write_bytes(b"")
    return root


def test_folder_is_read_recursively_sorted_skipping_hidden_and_images(library: Path) -> None:
    works, errors = collect(library)
    assert [Path(w.source).relative_to(library).as_posix() for w in works] == [
        "a.txt", "b/deep/c.fic", "b/ffn.epub", "b/story.html"]
    assert [w.format for w in works] == ["text", "text", "fanficfare-epub", "html"]
    assert errors == [f"{library / 'empty.txt'}: file is empty",
                      f"{library / 'z-noise.dat'}: not a text, HTML, EPUB or zip file (its bytes do not decode "
                      "as text in any common encoding)"]


def test_without_a_handler_the_first_error_is_raised(library: Path) -> None:
    with pytest.raises(InputError, match="empty.txt: file is empty"):
        list(read(library))


def test_missing_path(tmp_path: Path) -> None:
    works, errors = collect(tmp_path / "nope.txt")
    assert works == [] and errors == [f"{tmp_path / 'nope.txt'}: no such file or directory"]


def test_folder_without_works(tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    works, errors = collect(tmp_path)
    assert works == [] and errors == [f"{tmp_path}: folder holds no works (no text, HTML, EPUB or zip files)"]


def test_permission_denied_is_reported_and_the_rest_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("L.", encoding="utf-8")
    real = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    works, errors = collect(tmp_path)
    assert [w.text for w in works] == ["A."]
    assert errors == [f"{tmp_path / 'locked.txt'}: permission denied"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("L.", encoding="utf-8")
    locked.chmod(0)
    try:
        works, errors = collect(locked)
    finally:
        locked.chmod(0o600)
    assert errors == [f"{locked}: permission denied"]


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_members_read_from_memory_with_their_source(tmp_path: Path, fixtures: Path) -> None:
    inner = make_zip(tmp_path / "inner.zip", {"deep.txt": b"Nested zip story."}).read_bytes()
    archive = make_zip(tmp_path / "works.zip", {
        "stories/z.txt": b"Story Z.",
        "stories/deep/a.html": (fixtures / "ingest" / "ao3-download-singular.html").read_bytes(),
        "ffn.epub": (fixtures / "ingest" / "fanficfare-ao3-2001.epub").read_bytes(),
        "more/inner.zip": inner,
        "__MACOSX/stories/._z.txt": b"\x00\x05\x16\x07",
        ".DS_Store": b"\x00\x00",
        "images/cover.png": b"\x89PNG\r\n",
        "bad/empty.txt": b"",
    })
    before = set(os.listdir(tmp_path))
    works, errors = collect(archive)
    assert set(os.listdir(tmp_path)) == before  # nothing extracted to disk
    assert [w.source for w in works] == [f"{archive}#ffn.epub", f"{archive}#more/inner.zip#deep.txt",
                                         f"{archive}#stories/deep/a.html", f"{archive}#stories/z.txt"]
    assert [w.format for w in works] == ["fanficfare-epub", "text", "ao3-html", "text"]
    assert errors == [f"{archive}#bad/empty.txt: file is empty"]


def test_corrupt_zip(fixtures: Path) -> None:
    path = fixtures / "ingest" / "corrupt.zip"
    works, errors = collect(path)
    assert works == [] and len(errors) == 1
    assert errors[0].startswith(f"{path}: corrupt or truncated zip archive")


def test_zip_without_works(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "e.zip", {"pics/a.jpg": b"\xff\xd8"})
    assert collect(archive) == ([], [f"{archive}: zip archive holds no works (no readable files in it)"])


def test_zip_bomb_by_ratio_is_refused_member_by_member(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "RATIO_CHECK_MIN_BYTES", 1000)
    archive = make_zip(tmp_path / "bomb.zip", {"bomb.txt": b"a" * 2_000_000, "ok.txt": b"fine"})
    works, errors = collect(archive)
    assert [w.text for w in works] == ["fine"]
    assert len(errors) == 1 and errors[0].startswith(f"{archive}#bomb.txt: bomb.txt is compressed")
    assert "zip bomb" in errors[0]


def test_zip_over_the_total_size_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ARCHIVE_TOTAL_BYTES", 5000)
    archive = make_zip(tmp_path / "big.zip", {f"{i}.txt": os.urandom(1000).hex().encode() for i in range(4)})
    works, errors = collect(archive)
    assert works == [] and len(errors) == 1
    assert errors[0].startswith(f"{archive}: zip archive would unpack to") and "zip bomb" in errors[0]


def test_zip_with_too_many_members_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ARCHIVE_MEMBERS", 3)
    archive = make_zip(tmp_path / "many.zip", {f"{i}.txt": b"x" for i in range(4)})
    works, errors = collect(archive)
    assert works == [] and errors == [f"{archive}: zip archive has 4 members; the limit is 3 "
                                      "(refused as a possible zip bomb)"]


def test_member_over_the_size_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 300)
    archive = make_zip(tmp_path / "z.zip", {"big.txt": b"y" * 500, "small.txt": b"small"})
    assert archive.stat().st_size < 300
    works, errors = collect(archive)
    assert [w.text for w in works] == ["small"]
    assert errors == [f"{archive}#big.txt: big.txt is too large (500 bytes; the limit is 300 bytes)"]


def test_office_documents_are_not_archives(tmp_path: Path) -> None:
    doc = make_zip(tmp_path / "story.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    works, errors = collect(doc)
    assert works == [] and errors == [f"{doc}: Word/OpenDocument files are not supported: save the work as EPUB, "
                                      "HTML or plain text"]


def test_pdf_is_refused_with_advice(tmp_path: Path) -> None:
    (tmp_path / "w.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj")
    assert collect(tmp_path / "w.pdf")[1] == [f"{tmp_path / 'w.pdf'}: PDF is not supported: save the work as "
                                               "EPUB, HTML or plain text"]


def test_damaged_files_give_clear_errors_never_crashes(fixtures: Path) -> None:
    """Cut short or bit-flipped copies of every fixture: each gives works or a specific InputError."""
    rnd = random.Random(11)
    for path in sorted((fixtures / "ingest").iterdir()):
        data = path.read_bytes()
        for _ in range(15):
            damaged = bytearray(data[: rnd.randrange(len(data) + 1)] if rnd.random() < 0.5 else data)
            for _ in range(rnd.randrange(0, 12) if damaged else 0):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
            errors: list[InputError] = []
            list(read_bytes(bytes(damaged), path.name, errors.append))
            for err in errors:
                assert str(err).startswith(f"{path.name}") and "\n" not in str(err)
                assert "could not be read" not in err.reason, err.reason  # the catch-all is a last resort
