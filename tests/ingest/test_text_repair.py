"""Text repair as files are read: stray cp1252 bytes in UTF-8, mojibake put back by ftfy, and nothing else changed;
the report's ``meta.repaired`` says which repair was made, and offsets index the repaired text."""

from __future__ import annotations

from pathlib import Path

from ficlens.ingest import read
from ficlens.report import Report
from ingest_helpers import build_epub

CLEAN = "She didn’t say “no” — she said café, naïve as ever.\n"


def only(path: Path):
    works = list(read(path))
    assert len(works) == 1
    return works[0]


def test_a_stray_cp1252_byte_in_utf8_is_read_alone_and_the_rest_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(CLEAN.encode("utf-8") + b"It was \x93fine\x94, really.\n")  # cp1252 curly quotes
    work = only(path)
    assert work.text == CLEAN + "It was “fine”, really.\n"  # never "didn‚Äôt" (a whole-file mac_iceland guess)
    assert work.meta is not None and work.meta.repaired == ["cp1252 bytes"]


def test_a_cp1252_file_is_still_read_as_cp1252_without_a_repair(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("Café and “quotes”, señor.\n".encode("cp1252"))
    work = only(path)
    assert work.text == "Café and “quotes”, señor.\n" and work.meta is None


def test_mojibake_is_repaired_and_named_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("She didnâ€™t know. â€œStay,â€\x9d he said.\n".encode())  # UTF-8 once read as cp1252
    work = only(path)
    assert work.text == "She didn’t know. “Stay,” he said.\n"
    report = Report.for_work(work)
    assert report.meta is not None and report.meta.repaired == ["mojibake"]
    assert report.to_dict()["meta"]["repaired"] == ["mojibake"]


def test_mac_roman_mojibake_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("She didn‚Äôt know.\n".encode())
    assert only(path).text == "She didn’t know.\n"


def test_clean_text_keeps_its_curly_quotes_ligatures_and_widths(tmp_path: Path) -> None:
    text = "“Curly” and ‘single’ quotes, the ﬁ ligature, ＦＵＬＬ width, e\u0301 unnormalised.\r\n"
    path = tmp_path / "w.txt"
    path.write_bytes(text.encode())
    work = only(path)
    assert work.text == text and work.meta is None


def test_mojibake_in_html_is_repaired_before_offsets_are_computed(tmp_path: Path) -> None:
    path = tmp_path / "w.html"
    path.write_bytes("<html><body><p>She didnâ€™t.</p><p>He did.</p></body></html>".encode())
    work = only(path)
    assert work.text == "She didn’t.\n\nHe did."
    assert work.meta is not None and work.meta.repaired == ["mojibake"]
    assert work.text[work.chapters[0].start:work.chapters[0].end] == work.text


def test_both_repairs_are_named_when_both_were_made(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("She didnâ€™t go; café — “no”.\n".encode() + b"\x93Fine\x94.\n")
    work = only(path)
    assert work.text == "She didn’t go; café — “no”.\n“Fine”.\n"
    assert work.meta is not None and work.meta.repaired == ["cp1252 bytes", "mojibake"]


def test_an_epubs_pages_title_and_contents_are_repaired_and_named_in_the_report(tmp_path: Path) -> None:
    bad = "She didnâ€™t know."  # UTF-8 once read as cp1252, stored in a UTF-8 EPUB
    path = build_epub(tmp_path / "w.epub", [("c1.xhtml", f"<h1>CafÃ©</h1><p>{bad} <i>It</i> was fine.</p>")],
                      "<dc:title>CafÃ© story</dc:title><dc:creator>Ann</dc:creator>", toc={"c1.xhtml": "CafÃ©"})
    work = only(path)
    assert "didn’t" in work.text and "â€" not in work.text and "Ã" not in work.text
    assert work.title == "Café story"
    assert work.meta is not None and work.meta.repaired == ["mojibake"]


def test_a_clean_epub_names_no_repair(tmp_path: Path) -> None:
    path = build_epub(tmp_path / "w.epub", [("c1.xhtml", "<p>She didn’t know. Café.</p>")],
                      "<dc:title>Café story</dc:title><dc:creator>Ann</dc:creator>")
    work = only(path)
    assert work.meta is None or work.meta.repaired == []
