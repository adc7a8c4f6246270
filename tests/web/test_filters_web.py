"""The library page's filters over HTTP: fan vocabulary, suggestions for unknown tags, the tags page, and the
refusal of a misspelt "never show me" tag."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.library import Library
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.web import create_app
from ficlens.work import AuthorTags

BASE = "http://127.0.0.1:8000"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    specs = [
        SampleSpec(title="Moonlit", paragraphs=["The wolf howled."], relationships=["Derek Hale/Stiles Stilinski"],
                   author_tags=AuthorTags(freeforms=["Hurt/Comfort"])),
        SampleSpec(title="The Fall", paragraphs=[WarnedPassage("He died.", "death", "depicted")],
                   archive_warnings=["Major Character Death"]),
    ]
    for spec in specs:
        library.add(*build(spec), "full")
    yield library
    library.close()


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


@pytest.mark.parametrize("tag", ["Sterek", "Stiles/Derek", "h/c", "Hurt Comfort", "*stiles*"])
def test_fan_words_find_works_on_the_library_page(client: TestClient, tag: str) -> None:
    body = client.get("/", params={"include": tag}).text
    assert body.count('class="work"') == 1 and "Moonlit" in body


def test_an_unknown_tag_is_answered_with_a_suggestion(client: TestClient) -> None:
    body = client.get("/", params={"exclude": "Major Character Deaht"}).text
    chip = body.index("− Major Character Deaht ✕")
    assert body.index("no work in the library has this tag: did you mean “Major Character Death”?") > chip


def test_a_misspelt_exclusion_is_refused_unless_forced(client: TestClient, lib: Library) -> None:
    page = client.post("/exclusions", data={"tags": "Major Character Deaht"}, headers={"origin": BASE},
                       follow_redirects=False)
    assert page.status_code == 400 and "did you mean" in page.text and lib.exclusions() == []
    page = client.post("/exclusions", data={"tags": "Major Character Deaht", "force": "1"},
                       headers={"origin": BASE}, follow_redirects=False)
    assert page.status_code == 303 and lib.exclusions() == ["Major Character Deaht"]
    page = client.post("/exclusions", data={"tags": "Major Character Deaht\nviolence"}, headers={"origin": BASE},
                       follow_redirects=False)
    assert page.status_code == 303  # a tag saved before is not asked about again


def test_the_tags_page_lists_labels_ratings_and_fan_words(client: TestClient) -> None:
    body = client.get("/labels").text
    for expected in ("sexual-assault", "Major Character Death", "Explicit", "Sterek", "Derek Hale/Stiles Stilinski"):
        assert expected in body
