"""The reader and library in real headless Chromium: dark mode (system and toggle), the phone layout, chapter by
chapter, formatting, no stray indent or gap after a fold, every flagged passage folded (neighbours as one scene
fold), and author's notes in a box of their own. Screenshots of the reader and library (light, dark,
phone) are written to docs/images/ when $FICLENS_SCREENSHOTS is set (else to test-artifacts/).

Needs Debian's chromium at /usr/bin/chromium; skipped without it unless $CI is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_helpers import chromium, needs_browser, serving
from ficlens.ingest.html import read_html
from ficlens.library import Library
from ficlens.library.corrections import correct
from ficlens.library.samples import SampleSpec, build
from ficlens.report import FlaggedSpan, Report, Span, Warning
from ficlens.work import Work
from ficlens.work_meta import WorkMeta
from repo_paths import ROOT

pytestmark = pytest.mark.browser

SHOTS = ROOT / "docs" / "images" if os.environ.get("FICLENS_SCREENSHOTS") else ROOT / "test-artifacts"
MID = "The knife went in under his ribs."
END = "The blood ran onto the floor."
BODY = (
    "<p>Stiles had <em>not</em> meant to be out here after dark, and he said so, <strong>loudly</strong>. "
    f"{MID} He kept walking anyway, because that was what you did. The trees leaned in. The path bent left. "
    "An owl called somewhere far off.</p>"
    f"<p>Derek caught him before he fell. {END}</p>"
    "<p>Nobody said anything for a long time.</p><hr>"
    "<p>Morning came grey and quiet over the preserve, and the loft smelled of coffee.</p>"
)


def _work_html(chapters: int) -> str:
    parts = "".join(f"<div class='chapter'><div class='chapter preface group'><h3 class='title'>Chapter {n}</h3>"
                    f"</div><div class='userstuff'>{BODY}</div></div>" for n in range(1, chapters + 1))
    return f"<html><body><div id='workskin'><div id='chapters'>{parts}</div></div></body></html>"


# The first visible character after a fold: its text, its left edge and how far below the fold's bottom it is.
AFTER_FOLD = """(label) => {
    const fold = document.querySelector(`[data-warning="${label}"]`);
    let node = fold.nextSibling;
    while (node && (node.nodeType !== 3 || !node.textContent.trim())) node = node.nextSibling;
    const at = node.textContent.search(/\\S/);
    const range = document.createRange();
    range.setStart(node, at); range.setEnd(node, at + 1);
    const box = range.getBoundingClientRect();
    return [node.textContent.slice(at, at + 3), box.left, box.top - fold.getBoundingClientRect().bottom];
}"""


def _library(path: Path) -> Library:
    lib = Library(path)
    work = read_html(_work_html(3), "moonlit-preserve.html")
    work.title, work.authors = "Moonlit Preserve", ["moonwriter"]
    work.url = "https://archiveofourown.org/works/4242"
    work.meta = WorkMeta(published="2024-01-05", updated="2024-03-01", chapters="3/?", complete=False, kudos=512)
    text = work.text
    report = Report.for_work(work)
    spans = [Span.of(text, text.find(w), text.find(w) + len(w), 0.9) for w in (MID, END)]
    report.warnings = [Warning(label="violence", severity="graphic", score=0.9, evidence=spans[:1]),
                       Warning(label="blood", severity="depicted", score=0.9, evidence=spans[1:])]
    lib.add(work, report, "full")
    quiet, quiet_report = build(SampleSpec(title="Quiet", paragraphs=["Tea and the moon over the preserve."],
                                           rating="G"))
    lib.add(quiet, quiet_report, "full")
    correct(lib, 2, "freeform:Fluff", "add")  # the reader's own tag, on the library page's card
    lib.add(*_wounds(), "full")
    return lib


FILLER = "They walked back along the river in the rain, talking about nothing much at all."
NOTE = "A/N: Thanks for all the reviews! This one is rough, so mind the tags."
WOUNDS = [NOTE, FILLER, FILLER, "He drew the knife.", "The blade went in.", "Blood ran over his hands.",
          FILLER, FILLER, FILLER, FILLER, "Another wound opened on his arm.", FILLER, "A/N: Please review!"]


def _wounds() -> tuple[Work, Report]:
    """A work whose warnings flag five passages (the evidence is one), between two author's notes."""
    text = "\n\n".join(WOUNDS)
    work = Work(text=text, source="wounds.txt", format="text", title="Wounds")
    report = Report.for_work(work)

    def flagged(*passages: str) -> list[FlaggedSpan]:
        return [FlaggedSpan(start=text.index(p), end=text.index(p) + len(p), score=0.8) for p in passages]

    knife = text.index(WOUNDS[3])
    report.warnings = [
        Warning(label="violence", severity="graphic", score=0.9, evidence=[Span.of(text, knife, knife + 18, 0.9)],
                spans=flagged(*WOUNDS[3:5], WOUNDS[10]), spans_total=3),
        Warning(label="blood", severity="depicted", score=0.8, spans=flagged(WOUNDS[5]), spans_total=1),
    ]
    return work, report


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    needs_browser()
    with serving(_library(tmp_path_factory.mktemp("web") / "lib.sqlite3")) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def _page(browser: Any, **options: Any) -> Any:
    context = browser.new_context(**{"viewport": {"width": 1200, "height": 900}, **options})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _opened(browser: Any, url: str) -> Any:
    page = _page(browser)
    page.goto(url)
    return page


def shot(page: Any, name: str, full: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def background(page: Any) -> str:
    return str(page.evaluate("getComputedStyle(document.body).backgroundColor"))


def test_dark_mode_follows_the_system_and_the_toggle(server: str, browser: Any) -> None:
    light = _page(browser, color_scheme="light")
    light.goto(server + "/work/1")
    assert background(light) == "rgb(255, 255, 255)"
    shot(light, "reader-light")
    light.goto(server + "/")
    shot(light, "library-light")
    dark = _page(browser, color_scheme="dark")
    dark.goto(server + "/work/1")
    assert background(dark) == "rgb(22, 19, 15)"
    dark.locator('[data-warning="violence"] .fold-show').click()
    shot(dark, "reader-dark")
    light.goto(server + "/work/1")
    light.click('form.theme button[value="dark"]')  # no script: a form and a cookie
    light.wait_for_url("**/work/1")
    assert background(light) == "rgb(22, 19, 15)"
    light.goto(server + "/")
    assert background(light) == "rgb(22, 19, 15)"
    shot(light, "library-dark")
    light.click('form.theme button[value="auto"]')
    light.wait_for_url(server + "/")
    assert background(light) == "rgb(255, 255, 255)"
    light.context.close()
    dark.context.close()


def test_a_phone_sees_results_first_and_a_short_tag_block(server: str, browser: Any) -> None:
    phone = _page(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    phone.goto(server + "/")
    results = phone.locator("section.results").bounding_box()
    filters = phone.locator("form.filters").bounding_box()
    assert results["y"] < filters["y"] and results["y"] < 300
    assert phone.locator("li.work").first.bounding_box()["y"] < 844
    shot(phone, "library-phone")
    phone.goto(server + "/work/1")
    assert phone.locator(".tag-columns").bounding_box()["height"] < 844 / 3
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "reader-phone")
    phone.context.close()


def test_folds_leave_no_stray_indent_or_gap(server: str, browser: Any) -> None:
    page = _page(browser)
    page.goto(server + "/work/1/chapter/1")
    text_left = page.evaluate("document.querySelector('.chapter .text').getBoundingClientRect().left")
    first, left, gap = page.evaluate(AFTER_FOLD, "violence")
    assert first == "He " and abs(left - text_left) < 1  # the line after the fold starts flush
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.chapter .text')).lineHeight)")
    first, left, gap = page.evaluate(AFTER_FOLD, "blood")
    assert first == "Nob" and gap < 2.2 * line  # one blank line, as between paragraphs, not two
    assert page.locator(".chapter .text em").first.inner_text() == "not"
    assert page.locator(".chapter .text strong").first.inner_text() == "loudly"
    assert page.locator(".scene-break.rule").count() == 1
    page.context.close()


def test_chapter_by_chapter_reading(server: str, browser: Any) -> None:
    page = _page(browser)
    page.goto(server + "/work/1")
    assert page.locator("section.chapter").count() == 3
    link = page.locator("a.work-link")
    assert link.get_attribute("href") == "https://archiveofourown.org/works/4242"
    assert "Chapters: 3/?" in page.locator(".work-head .stats").inner_text()
    page.click("a.by-chapter")
    page.wait_for_url("**/work/1/chapter/1")
    assert page.locator("section.chapter").count() == 1
    page.locator("a.next").first.click()
    page.wait_for_url("**/work/1/chapter/2")
    page.locator("a.prev").first.click()
    page.wait_for_url("**/work/1/chapter/1")
    page.locator("a.entire").first.click()
    page.wait_for_url("**/work/1")
    assert page.locator("section.chapter").count() == 3
    page.context.close()


def test_every_flagged_passage_is_folded_and_neighbours_make_one_scene(server: str, browser: Any) -> None:
    page = _opened(browser, server + "/work/3")
    folds = page.locator("details.fold")
    assert folds.count() == 2
    scene = folds.first
    assert scene.locator(".fold-label").inner_text() == "violence (graphic) · blood (depicted)"
    assert not scene.locator(".passage").is_visible()
    for passage in WOUNDS[3:6] + WOUNDS[10:11]:
        assert passage not in page.locator(".chapter .text").inner_text()  # folded: not shown
    scene.locator(".fold-show").click()
    assert scene.locator(".passage").inner_text() == "\n\n".join(WOUNDS[3:6])
    listed = page.locator(".chapter-warnings").inner_text()
    assert "violence (graphic, 2 folded passages)" in listed and "blood (depicted, 1 folded passage)" in listed
    shot(page, "reader-scene-fold")
    page.context.close()


def test_author_notes_are_shown_apart_and_collapse(server: str, browser: Any) -> None:
    page = _opened(browser, server + "/work/3")
    assert page.locator("details.author-note").count() == 2 and page.locator("details.fold .note-text").count() == 0
    first, text = page.locator("details.author-note").first, page.locator("details.author-note .note-text").first
    assert text.is_visible() and text.inner_text() == NOTE  # open: the author's words, not a warning
    assert first.bounding_box()["y"] < page.locator("details.fold").first.bounding_box()["y"]  # before the text
    first.locator("summary").click()
    assert not text.is_visible()
    page.context.close()
