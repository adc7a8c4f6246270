"""What the server answers names no folder of its machine: a work's source is its file name alone on every page,
feed, JSON answer and EPUB, and a library fault names the library's file, not where it lives."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from fastapi.testclient import TestClient

from ficlens.library import Library
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.library.store import file_name
from ficlens.web import create_app

BASE = "http://127.0.0.1:8000"
FOLDER = "private-folder-of-the-reader"
ROUTES = ("/", "/?q=wolf", "/?include=violence", "/work/1", "/work/1/chapter/1", "/work/2", "/exclusions", "/labels",
          "/api/works", "/api/works?q=wolf", "/api/works/1", "/api/works/1/text", "/api/works/2", "/api/exclusions",
          "/api/labels", "/api/openapi.json", "/api/docs", "/opds", "/opds/works", "/opds/search?q=wolf",
          "/opds/opensearch.xml")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    home = tmp_path / FOLDER
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(*build(SampleSpec(title="Moonlit", paragraphs=["The wolf howled.", WarnedPassage(
            "Blood on the snow.", "violence", "graphic")], source=str(home / "fics" / "moonlit.txt"))), "full")
        lib.add(*build(SampleSpec(title="", paragraphs=["The wolf slept."],
                                  source=str(home / "fics.zip") + "#inner/untitled.txt")), "full")
        yield TestClient(create_app(lib), base_url=BASE), tmp_path


def epub_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "".join(zf.read(name).decode("utf-8", "replace") for name in zf.namelist())


def test_no_route_shows_a_folder_of_the_server(served: tuple[TestClient, Path]) -> None:
    client, tmp_path = served
    for url in ROUTES:
        answer = client.get(url)
        assert answer.status_code == 200, url
        assert FOLDER not in answer.text and str(tmp_path) not in answer.text, url
    for url in ("/works/1.epub", "/works/2.epub"):
        body = epub_text(client.get(url).content)
        assert FOLDER not in body and str(tmp_path) not in body, url


def test_the_api_and_pages_name_the_source_file_without_its_folders(served: tuple[TestClient, Path]) -> None:
    client, _ = served
    found = {w["id"]: w["source"] for w in client.get("/api/works").json()["works"]}
    assert found == {1: "moonlit.txt", 2: "fics.zip#inner/untitled.txt"}
    detail = client.get("/api/works/1").json()
    assert detail["source"] == detail["report"]["source"] == "moonlit.txt"
    assert "moonlit.txt" in client.get("/work/1").text
    assert "fics.zip#inner/untitled.txt" in client.get("/").text


@pytest.mark.parametrize(("source", "name"), [
    ("/home/me/fics/a.epub", "a.epub"),
    ("a.epub", "a.epub"),
    ("C:\\Users\\me\\a.txt", "a.txt"),
    ("/home/me/fics.zip#dir/b.txt", "fics.zip#dir/b.txt"),
    ("/home/me/outer.zip#inner.zip#c.txt", "outer.zip#inner.zip#c.txt"),
    ("/home/me/Fics.ZIP#c.txt", "Fics.ZIP#c.txt"),
    ("/home/me/C#/private/story.txt", "story.txt"),
    ("/home/me/C#/fics.zip#c.txt", "fics.zip#c.txt"),
    ("/home/me/two\nlines/story.txt", "story.txt"),
])
def test_a_file_name_keeps_the_members_of_a_zip_and_drops_folders(source: str, name: str) -> None:
    assert file_name(source) == name


def broken(*args: Any, **kwargs: Any) -> NoReturn:
    raise sqlite3.DatabaseError("database disk image is malformed")


def test_a_library_fault_names_the_library_file_not_its_folder(tmp_path: Path) -> None:
    path = tmp_path / FOLDER / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(*build(SampleSpec(title="Moonlit", paragraphs=["The wolf howled."])), "full")
        lib.exclusions = broken  # type: ignore[method-assign]
        client = TestClient(create_app(lib), base_url=BASE, raise_server_exceptions=False)
        page = client.get("/")
        answer = client.get("/api/works")
    assert page.status_code == answer.status_code == 500
    for text in (page.text, answer.json()["detail"]):
        assert "lib.sqlite3" in text and "damaged" in text
        assert FOLDER not in text and str(tmp_path) not in text
