"""The author's notes an AO3 file keeps outside the text, in real headless Chromium: shown open in the note box
before chapter 1's text, collapsible, and a "<script>" in a note shown as text, never run.

Needs Debian's chromium at /usr/bin/chromium; skipped without it unless $CI is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_helpers import chromium, needs_browser, serving
from ficlens.library import Library
from noted_work import noted_work

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    needs_browser()
    lib = Library(Path(tmp_path_factory.mktemp("web")) / "lib.sqlite3")
    lib.add(*noted_work(), "full")
    with serving(lib) as url:
        yield url


def test_outside_notes_are_boxed_open_collapsible_and_inert(server: str) -> None:
    with chromium() as browser:
        page: Any = browser.new_page()
        page.set_default_timeout(15_000)
        page.goto(server + "/work/1")
        work_note = page.locator('details.author-note[data-place="work"]')
        text = work_note.locator(".note-text")
        assert text.is_visible() and text.inner_text() == "For the winter exchange."
        first_text = page.locator("section.chapter .text").first
        assert work_note.bounding_box()["y"] < first_text.bounding_box()["y"]
        work_note.locator("summary").click()
        assert not text.is_visible()
        hostile = page.locator('details.author-note[data-place="after"] .note-text')
        assert hostile.inner_text().startswith("<script>window.__pwned=1</script>")
        assert page.evaluate("window.__pwned") is None
        assert page.locator("details.fold details.author-note").count() == 0
