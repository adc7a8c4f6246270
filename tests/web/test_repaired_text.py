"""Mojibake ("didnâ€™t") is never shown: a file's is repaired as it is read, so its stored text and every page
built from it hold "didn’t"; an EPUB stored before ingest repaired EPUBs keeps the file's mojibake, and the reader,
the library page, the OPDS feed and the EPUB download repair what they show."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.ingest.dispatch import read_one
from ficlens.library import Library
from ficlens.report import Report
from ficlens.web import create_app

BASE = "http://127.0.0.1:8000"
RIGHT = "She didn’t say “goodbye”. Café au lait."
BROKEN = RIGHT.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
SIGNS = ("â€", "Ã©", "Ã«")  # what the broken text shows


def epub_bytes(title: str, creator: str, body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", (
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
            "</container>"))
        zf.writestr("content.opf", (
            '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
            f"<dc:creator>{creator}</dc:creator></metadata>"
            '<manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>'
            '<spine><itemref idref="c"/></spine></package>'))
        zf.writestr("c.xhtml", (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            f"<p>{body}</p><p>The end.</p></body></html>"))
    return out.getvalue()


def added(lib: Library, path: Path, data: bytes) -> int:
    path.write_bytes(data)
    work = read_one(data, str(path))
    return lib.add(work, Report.for_work(work), None).id


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, Library, int, int]]:
    assert any(sign in BROKEN for sign in SIGNS)
    with Library(tmp_path / "lib.sqlite3") as lib:
        text_id = added(lib, tmp_path / "story.txt", f"Café story\n\n{BROKEN}\n".encode())
        with monkeypatch.context() as old_ingest:  # an EPUB added before ingest repaired EPUBs' pages
            old_ingest.setattr("ficlens.ingest.epub_package.repair_mojibake", lambda text: text)
            epub_id = added(lib, tmp_path / "story.epub", epub_bytes("CafÃ© story", "ZoÃ«", BROKEN.replace(
                "\x9d", "&#x9d;")))
        yield TestClient(create_app(lib), base_url=BASE), lib, text_id, epub_id


def epub_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith((".xhtml", ".opf")))


def test_a_text_files_mojibake_is_repaired_before_it_is_stored(served: tuple[TestClient, Library, int, int]) -> None:
    client, lib, text_id, _ = served
    stored = lib.get(text_id)
    assert stored is not None and RIGHT in stored.text and stored.row.meta.repaired == ["mojibake"]
    assert client.get(f"/api/works/{text_id}/text").json()["text"] == stored.text
    for shown in (client.get(f"/work/{text_id}").text, epub_text(client.get(f"/works/{text_id}.epub").content)):
        assert "didn’t" in shown and not any(sign in shown for sign in SIGNS)


def test_an_epubs_mojibake_is_repaired_wherever_it_is_shown(served: tuple[TestClient, Library, int, int]) -> None:
    client, lib, _, epub_id = served
    stored = lib.get(epub_id)
    assert stored is not None and "didnâ€™t" in stored.text  # stored as the file had it: offsets index it
    assert client.get(f"/api/works/{epub_id}/text").json()["text"] == stored.text
    pages = {
        "reader": client.get(f"/work/{epub_id}").text,
        "chapter": client.get(f"/work/{epub_id}/chapter/1").text,
        "library": client.get("/").text,
        "opds": client.get("/opds/works").text,
        "epub": epub_text(client.get(f"/works/{epub_id}.epub").content),
    }
    for name, shown in pages.items():
        assert "Café story" in shown and not any(sign in shown for sign in SIGNS), name
    for name in ("reader", "chapter", "epub"):
        assert "didn’t say “goodbye”" in pages[name] and "Zoë" in pages["reader"], name
