"""The OPDS catalogue: Atom feeds that parse, entries with their tags and acquisition links, newest first, paged,
searched, filtered, the saved exclusions honoured, escaping, and the Host guard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from ficlens.library import Library
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.web import create_app

BASE = "http://127.0.0.1:8000"
NS = {"a": "http://www.w3.org/2005/Atom", "os": "http://a9.com/-/spec/opensearch/1.1/",
      "dc": "http://purl.org/dc/terms/"}
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    library.add(*build(SampleSpec(title="Moonlit", paragraphs=["The wolf howled at the moon."], rating="T",
                                  fandoms=["Teen Wolf (TV)"], summary="Derek and Stiles, moonlight.")), "full")
    library.add(*build(SampleSpec(title="The Fall", paragraphs=[WarnedPassage("He died in the rain.", "death")],
                                  archive_warnings=["Major Character Death"], rating="M")), "full")
    library.add(*build(SampleSpec(title="Blades <&> \x01", paragraphs=[
        WarnedPassage("Blood in the rain.", "violence", "graphic")], rating="E")), "full")
    yield library
    library.close()


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def feed(client: TestClient, path: str, **params: object) -> etree._Element:
    answer = client.get(path, params=params) if params else client.get(path)  # type: ignore[arg-type]
    assert answer.status_code == 200, answer.text
    root = etree.fromstring(answer.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for el in (root, *root.findall("a:entry", NS)):  # what Atom requires of a feed and of each entry
        assert el.findtext("a:id", namespaces=NS) and el.findtext("a:title", namespaces=NS)
        assert el.findtext("a:updated", namespaces=NS)
    return root


def entry_titles(root: etree._Element) -> list[str]:
    return [e.findtext("a:title", namespaces=NS) for e in root.findall("a:entry", NS)]


def link(el: etree._Element, rel: str) -> etree._Element | None:
    return el.find(f"a:link[@rel='{rel}']", NS)


def test_the_root_is_a_navigation_feed_with_search(client: TestClient) -> None:
    answer = client.get("/opds")
    assert answer.headers["content-type"] == "application/atom+xml;profile=opds-catalog;kind=navigation"
    root = feed(client, "/opds")
    searches = [(e.get("href"), e.get("type")) for e in root.findall("a:link[@rel='search']", NS)]
    assert searches == [("/opds/opensearch.xml", "application/opensearchdescription+xml"),
                        ("/opds/search?q={searchTerms}", ACQUISITION)]
    shelves = [e.find("a:link", NS) for e in root.findall("a:entry", NS)]
    assert [(s.get("rel"), s.get("href"), s.get("type")) for s in shelves] == [
        ("http://opds-spec.org/sort/new", "/opds/works?sort=added", ACQUISITION),
        ("subsection", "/opds/works?sort=updated", ACQUISITION),
        ("subsection", "/opds/works?sort=title", ACQUISITION)]


def test_works_are_listed_newest_first_with_an_epub_link(client: TestClient) -> None:
    root = feed(client, "/opds/works")
    assert entry_titles(root) == ["Blades <&> ", "The Fall", "Moonlit"]
    entry = root.findall("a:entry", NS)[2]
    acquire = link(entry, "http://opds-spec.org/acquisition")
    assert acquire is not None and acquire.get("href") == "/works/1.epub"
    assert acquire.get("type") == "application/epub+zip"
    assert entry.findtext("a:author/a:name", namespaces=NS) == "sample"
    summary = entry.findtext("a:summary", namespaces=NS)
    assert summary is not None
    assert summary.splitlines()[:3] == ["Fandom: Teen Wolf (TV).", "Rating: Teen And Up Audiences.",
                                        "Archive warnings: No Archive Warnings Apply."]
    assert summary.endswith("Derek and Stiles, moonlight.")
    fall = root.findall("a:entry", NS)[1].findtext("a:summary", namespaces=NS) or ""
    assert "Content warnings: death (depicted)." in fall and "Archive warnings: Major Character Death." in fall
    assert client.get("/works/1.epub").status_code == 200


def test_saved_exclusions_are_honoured_unless_all_is_asked(client: TestClient, lib: Library) -> None:
    lib.set_exclusions(["violence@graphic"])
    assert entry_titles(feed(client, "/opds/works")) == ["The Fall", "Moonlit"]
    assert len(entry_titles(feed(client, "/opds/works", all="1"))) == 3


def test_filters_apply_and_every_link_keeps_them(client: TestClient) -> None:
    root = feed(client, "/opds/works", exclude="Major Character Death", include="rating:T")
    assert entry_titles(root) == ["Moonlit"]
    for rel in ("self", "start", "up", "first", "last"):
        found = link(root, rel)
        assert found is not None
        query = parse_qsl(urlsplit(found.get("href")).query)
        assert ("exclude", "Major Character Death") in query and ("include", "rating:T") in query, rel
    nav = feed(client, "/opds", exclude="death")
    assert all("exclude=death" in (e.find("a:link", NS).get("href") or "") for e in nav.findall("a:entry", NS))


def test_search_finds_by_full_text_and_is_described_for_clients(client: TestClient) -> None:
    assert entry_titles(feed(client, "/opds/search", q="rain")) == ["Blades <&> ", "The Fall"]
    assert entry_titles(feed(client, "/opds/search", q="rain", exclude="death")) == ["Blades <&> "]
    description = etree.fromstring(client.get("/opds/opensearch.xml").content)
    url = description.find("os:Url", NS)
    assert url is not None and url.get("type") == ACQUISITION
    assert url.get("template") == f"{BASE}/opds/search?q={{searchTerms}}"
    filtered = etree.fromstring(client.get("/opds/opensearch.xml", params={"exclude": "death"}).content)
    assert filtered.find("os:Url", NS).get("template") == f"{BASE}/opds/search?exclude=death&q={{searchTerms}}"


def test_feeds_are_paged(client: TestClient, lib: Library) -> None:
    for n in range(60):
        lib.add(*build(SampleSpec(title=f"Filler {n:02d}", paragraphs=[f"Filler text number {n}."])), None)
    first = feed(client, "/opds/works")
    assert len(entry_titles(first)) == 50 and first.findtext("os:totalResults", namespaces=NS) == "63"
    after = link(first, "next")
    assert after is not None and link(first, "previous") is None
    second = feed(client, after.get("href"))
    assert len(entry_titles(second)) == 13 and link(second, "next") is None
    assert entry_titles(second)[-1] == "Moonlit" and second.findtext("os:startIndex", namespaces=NS) == "51"


def test_a_bad_filter_is_a_400_page(client: TestClient) -> None:
    page = client.get("/opds/works", params={"exclude": "violence@awful"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")


def test_the_catalogue_answers_only_to_its_own_host(client: TestClient) -> None:
    for path in ("/opds", "/opds/works", "/opds/search?q=rain", "/opds/opensearch.xml", "/works/1.epub"):
        assert client.get(path, headers={"host": "evil.example"}).status_code == 400, path
        assert client.get(path, headers={"host": "localhost"}).status_code == 200, path
