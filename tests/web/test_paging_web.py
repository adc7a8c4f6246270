"""Paging on the library page, the JSON API and the OPDS feeds: the totals over all pages, a full last page, a
partial one, a page past the end (empty, never an error, however large its number), and the removed works listed
up to a cap and counted in full."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from ficlens.library import Library, search
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.web import create_app
from ficlens.web.app import PAGE_SIZE, REMOVED_LISTED

BASE = "http://127.0.0.1:8000"
COUNT = 2 * PAGE_SIZE + 10  # three pages of the library page and of the feeds, the last one partial
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path: Path = tmp_path_factory.mktemp("paging-web") / "lib.sqlite3"
    with Library(path) as library:
        for i in range(COUNT):
            paragraphs: list[str | WarnedPassage] = [f"Story {i} by the sea."]
            if i % 2:
                paragraphs.append(WarnedPassage("A fight broke out.", "violence", "depicted"))
            library.add(*build(SampleSpec(title=f"Work {i:03d}", paragraphs=paragraphs)), "full")
        yield library


@pytest.fixture(scope="module")
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def listed(page: str) -> list[str]:
    return re.findall(r"Work \d{3}", page.split('class="removed"')[0])


def test_the_library_page_pages_every_work_once(client: TestClient, lib: Library) -> None:
    seen = []
    for number in (1, 2, 3):
        page = client.get("/", params={"page": number})
        assert page.status_code == 200
        assert f"page {number} of 3" in page.text and f"{COUNT} of {COUNT} works" in page.text
        seen += list(dict.fromkeys(listed(page.text)))
    assert seen == [h.row.display_title for h in search(lib).hits]
    assert len(set(seen)) == COUNT


@pytest.mark.parametrize("number", ["4", "999999", "99999999999999999999999"])
def test_a_page_past_the_end_is_empty_not_an_error(client: TestClient, number: str) -> None:
    page = client.get("/", params={"page": number})
    assert page.status_code == 200
    assert listed(page.text) == [] and f"{COUNT} of {COUNT} works" in page.text


def test_the_library_page_lists_the_first_removed_works_and_counts_them_all(client: TestClient) -> None:
    page = client.get("/", params={"exclude": "violence"})
    removed = page.text.split('class="removed"')[1]
    assert f"{COUNT // 2} works removed by the filters" in removed
    assert len(re.findall(r"<li><b>Work \d{3}</b>", removed)) == REMOVED_LISTED
    assert f"and {COUNT // 2 - REMOVED_LISTED} more" in removed
    assert f"{COUNT - COUNT // 2} of {COUNT} works" in page.text


@pytest.mark.parametrize(("per_page", "pages"), [(10, 11), (11, 10), (110, 1), (200, 1)])
def test_the_api_pages_split_the_works_found(client: TestClient, per_page: int, pages: int) -> None:
    ids: list[int] = []
    for number in range(1, pages + 2):
        answer = client.get("/api/works", params={"per_page": per_page, "page": number}).json()
        assert answer["total"] == COUNT and answer["pages"] == pages and answer["removed"] == 0
        if number > pages:
            assert answer["works"] == []
        else:
            assert 0 < len(answer["works"]) <= per_page
        ids += [w["id"] for w in answer["works"]]
    assert len(ids) == len(set(ids)) == COUNT


def test_the_api_counts_the_removed_works(client: TestClient) -> None:
    answer = client.get("/api/works", params={"exclude": "violence", "per_page": 7, "page": 2}).json()
    assert answer["total"] == COUNT - COUNT // 2 and answer["removed"] == COUNT // 2
    assert len(answer["works"]) == 7 and answer["pages"] == -(-(COUNT - COUNT // 2) // 7)


def test_the_opds_feed_links_every_page_and_stops_at_the_last(client: TestClient) -> None:
    titles: list[str] = []
    url: str | None = "/opds/works?sort=title"
    while url is not None:
        feed = etree.fromstring(client.get(url).content)
        assert feed.findtext("{http://a9.com/-/spec/opensearch/1.1/}totalResults") == str(COUNT)
        titles += [e.findtext(f"{ATOM}title") or "" for e in feed.iter(f"{ATOM}entry")]
        url = next((link.get("href") for link in feed.iter(f"{ATOM}link") if link.get("rel") == "next"), None)
    assert titles == sorted(titles) and len(titles) == COUNT
    past = etree.fromstring(client.get("/opds/works", params={"page": "9999999"}).content)
    assert list(past.iter(f"{ATOM}entry")) == []
