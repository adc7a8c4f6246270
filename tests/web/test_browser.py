"""End to end in real headless Chromium: load the library, filter it, open a work, unfold a warned passage.

Needs Debian's chromium at /usr/bin/chromium (``make browser``); skipped without it unless $CI is set.
Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from browser_helpers import chromium, needs_browser, serving
from ficlens.library import Library
from ficlens.library.samples import SampleSpec, WarnedPassage, build, filler
from ficlens.work import AuthorTags
from repo_paths import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
HOSTILE = ("<script>document.title='pwned';window.__pwned=1</script> "
           "<img src=x onerror=\"window.__pwned=2\"> <svg onload=\"window.__pwned=3\"></svg>")
WARNED = "The knife went in under his ribs and the blood ran onto the floor."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    needs_browser()
    lib = Library(tmp_path_factory.mktemp("web") / "lib.sqlite3")
    specs = [
        SampleSpec(title="The Fight", rating="M", archive_warnings=["Graphic Depictions Of Violence"],
                   fandoms=["Teen Wolf (TV)"], characters=[("Derek Hale", ["Derek"])], chapters=2,
                   paragraphs=[*filler(120, 1), WarnedPassage(WARNED, "violence", "graphic"), *filler(120, 2),
                               WarnedPassage("His mother had died years before.", "death", "mentioned")],
                   author_tags=AuthorTags(rating=["Teen And Up Audiences"], freeforms=["Hurt/Comfort"])),
        SampleSpec(title="Hostile <b>markup</b>", paragraphs=[HOSTILE, WarnedPassage(f"Danger: {HOSTILE}", "blood")],
                   summary="<script>window.__pwned=4</script>"),
        SampleSpec(title="Quiet", paragraphs=["Tea and the moon over the preserve."], rating="G"),
    ]
    for spec in specs:
        lib.add(*build(spec), "full")
    with serving(lib) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_filter_the_library_then_read_a_work_and_unfold_a_passage(server: str, page: Any) -> None:
    page.goto(server + "/")
    assert page.locator("li.work").count() == 3
    assert "words" in page.locator("li.work").first.inner_text()
    shot(page, "library")

    page.check('input[name="exclude"][value="warning:violence"]')
    page.click("#apply")
    page.wait_for_url("**/?*")
    titles = page.locator("li.work h3 a").all_inner_texts()
    assert "The Fight" not in titles and "Quiet" in titles
    shot(page, "library-filtered")

    page.check('input[name="exclude"][value="warning:violence"]')  # still ticked: unticking it brings it back
    page.uncheck('input[name="exclude"][value="warning:violence"]')
    page.check('input[name="include"][value="fandom:Teen Wolf (TV)"]')
    page.click("#apply")
    page.wait_for_url("**/?*include=*")
    assert page.locator("li.work h3 a").all_inner_texts() == ["The Fight"]

    page.click("text=The Fight")
    page.wait_for_url("**/work/*")
    fold = page.locator('[data-warning="violence"]')
    assert fold.count() == 1 and fold.get_attribute("data-severity") == "graphic"
    passage = fold.locator(".passage")
    assert not passage.is_visible()
    assert "violence (graphic)" in fold.locator("summary").inner_text()
    assert page.locator(".chapter-warnings").first.is_visible()
    shot(page, "reader-folded")

    fold.locator(".fold-show").click()
    assert passage.is_visible() and passage.inner_text() == WARNED
    shot(page, "reader-unfolded")
    fold.locator(".fold-hide").click()
    assert not passage.is_visible()


def test_hostile_text_is_shown_as_text_and_never_runs(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.click("text=Hostile")
    page.wait_for_url("**/work/*")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "pwned" and "Hostile <b>markup</b>" in page.title()
    assert page.locator("img, svg, article script").count() == 0
    text = page.locator(".chapter .text").inner_text()
    assert "<script>document.title='pwned';window.__pwned=1</script>" in text
    page.locator('[data-warning="blood"] .fold-show').click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    shot(page, "reader-hostile")


def test_the_browsers_own_posts_and_filter_chips_pass_the_guard(server: str, page: Any) -> None:
    page.goto(server + "/?exclude=warning:violence&include=rating:G")
    assert page.locator("button.chip").count() == 2
    page.click("text=Never show me these")  # a POST: Chromium's Origin and Host must be accepted
    page.wait_for_url(server + "/")
    assert "The Fight" not in page.locator("li.work h3 a").all_inner_texts()
    assert "warning:violence" in page.locator(".saved-exclusions").inner_text()
    page.goto(server + "/exclusions")
    page.fill("#tags", "")
    page.click("form button[type=submit]")
    page.wait_for_url(server + "/exclusions")
    assert page.locator("#tags").input_value() == ""

    page.goto(server + "/?exclude=warning:blood&include=rating:G")
    assert page.locator("li.work h3 a").all_inner_texts() == ["Quiet"]
    page.click("button.chip.inc")  # drops "rating:G", keeps the exclusion
    page.wait_for_url("**/?*exclude=*")
    assert "include" not in page.url
    assert sorted(page.locator("li.work h3 a").all_inner_texts()) == ["Quiet", "The Fight"]
    shot(page, "library-chip-removed")


def test_the_api_docs_page_renders_offline_with_no_script_and_no_blocked_resource(server: str, page: Any) -> None:
    requested: list[str] = []
    problems: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.goto(server + "/api/docs")
    page.wait_for_load_state("load")
    assert all(url.startswith(server) for url in requested), requested  # nothing fetched from elsewhere
    assert problems == []  # no Content-Security-Policy violation, nothing failed to load
    assert page.locator("script").count() == 0
    assert page.locator("article.operation").count() == 5 and page.locator("article.model").count() > 10
    page.click('nav[aria-label="operations"] >> text=GET /api/works/{work_id}')
    assert page.url.endswith("#op-GET-api-works--work-id")
    assert "/api/works/{work_id}" in page.locator("#op-GET-api-works--work-id h2").inner_text()
    page.click("#op-GET-api-works--work-id >> text=WorkDetailOut")
    assert page.locator("#model-WorkDetailOut").is_visible()
    shot(page, "api-docs")
