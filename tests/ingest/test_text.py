"""Plain text: encodings detected, the decoded text kept exactly as is, and bad text files refused clearly."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ficlens.errors import InputError
from ficlens.ingest import limits, read
from ficlens.ingest.text import decode

STORY = "“Stay,” she said — and he did.\r\nIt’s the café by the pier…\r\n\r\nNaïve? Perhaps.\r\n"


def only(path: Path | str):
    works = list(read(path))
    assert len(works) == 1
    return works[0]


@pytest.mark.parametrize("name", ["utf8-crlf.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt",
                                  "cp1252.txt"])
def test_encodings_decode_to_the_same_text_unchanged(fixtures: Path, name: str) -> None:
    work = only(fixtures / "ingest" / name)
    assert work.format == "text"
    assert work.text == STORY  # CRLF kept, BOM dropped, nothing normalised
    assert work.source == str(fixtures / "ingest" / name)
    assert [(c.start, c.end) for c in work.chapters] == [(0, len(STORY))]
    assert work.author_tags is None and work.title is None


def test_latin1_is_read_as_western_text(fixtures: Path) -> None:
    assert only(fixtures / "ingest" / "latin1.txt").text == "Crème brûlée at the café, señor.\nÀ bientôt!\n"


def test_offsets_index_the_file_as_decoded(tmp_path: Path) -> None:
    raw = "Line one.\r\n\tIndented — “quoted”.\n\n\nEnd"
    (tmp_path / "w.txt").write_bytes(raw.encode("utf-8"))
    work = only(tmp_path / "w.txt")
    start = raw.index("“quoted”")
    assert work.text[start:start + len("“quoted”")] == "“quoted”"


def test_utf32_bom(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(codecs.BOM_UTF32_LE + STORY.encode("utf-32-le"))
    assert only(tmp_path / "w.txt").text == STORY


def test_unknown_extension_with_text_content_is_read(tmp_path: Path) -> None:
    (tmp_path / "story.fic").write_text("Once upon a time.", encoding="utf-8")
    assert only(tmp_path / "story.fic").text == "Once upon a time."


def test_content_not_extension_decides(tmp_path: Path) -> None:
    (tmp_path / "story.epub").write_text("Just prose, misnamed.", encoding="utf-8")
    work = only(tmp_path / "story.epub")
    assert work.format == "text" and work.text == "Just prose, misnamed."


@pytest.mark.parametrize(("name", "reason"), [
    ("empty.txt", "file is empty"),
    ("noise.bin", "not a text, HTML, EPUB or zip file"),
])
def test_bad_text_files_give_one_clear_error(fixtures: Path, name: str, reason: str) -> None:
    path = fixtures / "ingest" / name
    with pytest.raises(InputError) as info:
        list(read(path))
    assert str(info.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(info.value)


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("  \n\n\t ", encoding="utf-8")
    with pytest.raises(InputError, match="contains no text"):
        list(read(tmp_path / "blank.txt"))


def test_binary_that_decodes_is_still_refused() -> None:
    data = bytes(range(0, 32)) * 50 + b"abc"
    with pytest.raises(InputError, match="binary"):
        decode(data, "x.bin")


def test_fifty_megabyte_text_reads_whole(tmp_path: Path) -> None:
    line = "She walked on — the road was long, and it was “hers”.\n"
    big = tmp_path / "big.txt"
    count = 50 * 1024 * 1024 // len(line.encode("utf-8")) + 1
    big.write_text(line * count, encoding="utf-8")
    assert big.stat().st_size > 50 * 1024 * 1024
    work = only(big)
    assert len(work.text) == len(line) * count
    assert work.chapters[0].end == len(work.text)


def test_file_over_the_size_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("x" * 1001, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("x" * 1000, encoding="utf-8")
    errors: list[InputError] = []
    works = list(read(tmp_path, on_error=errors.append))
    assert [w.source for w in works] == [str(tmp_path / "ok.txt")]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{tmp_path / 'big.txt'}: file is too large")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "w.txt").write_bytes(STORY.encode(encoding))
    assert only(tmp_path / "w.txt").text == STORY


def test_cp1250_is_detected_not_taken_for_cp1252(tmp_path: Path) -> None:
    polish = "Zażółć gęślą jaźń — powiedział cicho, patrząc na morze. Było późno.\n" * 2
    (tmp_path / "w.txt").write_bytes(polish.encode("cp1250"))
    assert only(tmp_path / "w.txt").text == polish
