"""The reader over HTTP: formatting kept from the file, chapter-by-chapter view, the theme cookie, the work's link,
and no stray indent or gap after a fold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.ingest.html import read_html
from ficlens.library import Library
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.report import Report, Span, Warning
from ficlens.styles import StyleSpan
from ficlens.web import create_app
from ficlens.web.reader import chapter_views
from ficlens.web.styled import Styler

BASE = "http://127.0.0.1:8000"
STYLED = ("<html><body><p>He <em>really</em> meant <b>it</b>.</p><hr><p>After the <i>&lt;script&gt;break</i>."
          "</p><p>* * *</p><p>The end.</p></body></html>")


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    work = read_html(STYLED, "styled.html")
    work.url = "https://archiveofourown.org/works/123"
    library.add(work, Report.for_work(work), None)
    chaptered, report = build(SampleSpec(title="Three", chapters=3, paragraphs=[
        "One fine day.", "Mid. " + "x" * 10, WarnedPassage("He bled.", "blood", "depicted"), "Two.", "Last words."]))
    chaptered.url = "javascript:alert(1)"
    report.url = chaptered.url
    library.add(chaptered, report, "full")
    yield library
    library.close()


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def test_italics_bold_and_scene_breaks_from_the_file_are_shown(client: TestClient, lib: Library) -> None:
    stored = lib.get(1)
    assert stored is not None and {s.kind for s in stored.styles} == {"italic", "bold", "scene"}
    assert "<em>" not in stored.text and stored.text.startswith("He really meant it.")
    body = client.get("/work/1").text
    assert "He <em>really</em> meant <strong>it</strong>." in body
    assert "<em>&lt;script&gt;break</em>" in body  # formatted text is still escaped
    assert body.count('class="scene-break') == 2  # the <hr> and the "* * *" paragraph


def test_the_work_link_is_clickable_only_for_http(client: TestClient) -> None:
    assert '<a class="work-link" href="https://archiveofourown.org/works/123"' in client.get("/work/1").text
    body = client.get("/work/2").text
    assert 'href="javascript:' not in body and "javascript:alert(1)" in body


def test_chapter_by_chapter_with_previous_next_and_entire_work(client: TestClient) -> None:
    whole = client.get("/work/2").text
    assert whole.count('class="chapter"') == 3 and 'href="/work/2/chapter/1"' in whole
    first = client.get("/work/2/chapter/1").text
    assert first.count('class="chapter"') == 1 and "One fine day." in first and "Last words." not in first
    assert 'rel="next"' in first and 'rel="prev"' not in first and 'href="/work/2" class="entire"' in first
    last = client.get("/work/2/chapter/3").text
    assert 'rel="prev"' in last and 'rel="next"' not in last and "Last words." in last
    assert client.get("/work/2/chapter/4").status_code == 404
    assert client.get("/work/2/chapter/0").status_code == 404
    assert client.get("/work/2/chapter/x").status_code == 404


def test_the_theme_is_a_cookie_set_by_a_form(client: TestClient) -> None:
    assert 'class="theme-auto"' in client.get("/work/1").text
    answer = client.post("/theme", data={"theme": "dark", "next": "/work/1"}, headers={"origin": BASE},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/work/1"
    assert 'class="theme-dark"' in client.get("/work/1").text  # the cookie, not a cached light page
    assert 'class="theme-dark"' in client.get("/").text
    answer = client.post("/theme", data={"theme": "auto", "next": "//evil.example"}, headers={"origin": BASE},
                         follow_redirects=False)
    assert answer.headers["location"] == "/"  # never another site
    assert 'class="theme-auto"' in client.get("/work/1").text
    assert client.post("/theme", data={"theme": "dark"}, headers={"origin": "http://evil.example"}).status_code == 403


def test_no_stray_space_or_gap_after_a_fold() -> None:
    text = "Before. He bled. After the fold.\n\n* * *\n\nHe bled.\n\nNext paragraph."  # two scenes: two folds
    second = text.index("He bled.", 20)
    report = Report.for_work(build(SampleSpec(title="t", paragraphs=[text]))[0])
    report.warnings = [Warning(label="blood", severity="depicted", score=0.9,
                               evidence=[Span.of(text, 8, 16, 0.9), Span.of(text, second, second + 8, 0.9)])]
    html = str(chapter_views(text, report)[0].html)
    assert '</details><span class="after-fold"> </span>After the fold.' in html
    assert '</details><span class="after-fold">\n</span>\nNext paragraph.' in html


def test_styles_crossing_a_fold_are_closed_and_reopened() -> None:
    text = "aaa bbb ccc ddd"
    styler = Styler(text, [StyleSpan("italic", 0, 11), StyleSpan("bold", 4, 15), StyleSpan("scene", 12, 12)])
    pieces = [styler.html(0, 4), styler.html(4, 8), styler.html(8, 15)]
    assert pieces == ["<em>aaa </em>", "<em><strong>bbb </strong></em>",
                      '<em><strong>ccc</strong></em><strong> </strong><span class="scene-break rule" '
                      'role="separator" aria-label="scene break"></span><strong>ddd</strong>']
    for piece in pieces:  # every piece closes what it opens
        assert sorted(re.findall(r"<(em|strong)>", piece)) == sorted(re.findall(r"</(em|strong)>", piece))
