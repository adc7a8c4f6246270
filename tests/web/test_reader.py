"""The web app over HTTP (no browser): folds, escaping, filters, exclusions, the page cache."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.library import Library
from ficlens.library.samples import SampleSpec, WarnedPassage, build, filler
from ficlens.report import ChapterOut, Report, Span, Warning
from ficlens.web import create_app
from ficlens.web.folds import clip, evidence_folds
from ficlens.web.reader import chapter_views
from ficlens.work import AuthorTags, Chapter, Work

HOSTILE = ('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
           '<a href="javascript:alert(3)">x</a> & </div></details>')


def visible_text(fragment: str) -> str:
    """The text a chapter's HTML shows when every fold is open (summaries, i.e. the bars, left out)."""
    without_bars = re.sub(r"<summary\b.*?</summary>", "", fragment, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", without_bars))


def report_with(text: str, *warnings: tuple[str, str, list[tuple[int, int]]]) -> Report:
    report = Report.for_work(Work(text=text, source="t.txt", format="text"))
    report.warnings = [Warning(label=label, severity=sev, score=0.9,  # type: ignore[arg-type]
                               evidence=[Span.of(text, a, b, 0.9) for a, b in spans])
                       for label, sev, spans in warnings]
    return report


def test_overlapping_evidence_merges_into_one_fold_listing_all_labels() -> None:
    text = "a" * 100
    report = report_with(text, ("violence", "graphic", [(10, 30), (50, 60)]), ("blood", "depicted", [(25, 40)]),
                         ("death", "mentioned", [(40, 45)]))
    folds = evidence_folds(report, len(text))
    assert [(f.start, f.end) for f in folds] == [(10, 45), (50, 60)]
    assert folds[0].ordered_labels() == [("violence", "graphic"), ("blood", "depicted"), ("death", "mentioned")]
    assert folds[0].severity == "graphic"
    parts = clip(folds, 35, 100)
    assert [(f.start, f.end) for f in parts] == [(35, 45), (50, 60)]
    assert set(parts[0].labels) == {"blood", "death"}  # violence's evidence ends before 35


def test_random_overlapping_spans_never_break_the_text() -> None:
    rng = random.Random(7)
    text = "".join(rng.choice("ab <>&\"'\n") for _ in range(2000))
    for _ in range(30):
        warnings = []
        for label in ("violence", "death", "blood"):
            spans = []
            for _ in range(rng.randint(0, 6)):
                a = rng.randrange(0, 1990)
                spans.append((a, min(2000, a + rng.randint(1, 300))))
            warnings.append((label, rng.choice(["mentioned", "depicted", "graphic"]), spans))
        report = report_with(text, *warnings)
        cuts = sorted(rng.sample(range(1, 2000), 3))
        bounds = [0, *cuts, 2000]
        report.chapters = [ChapterOut(title=None, start=a, end=b) for a, b in zip(bounds, bounds[1:], strict=False)]
        views = chapter_views(text, report)
        assert "".join(visible_text(v.html) for v in views) == text
        for view in views:
            assert view.html.count("<details") == view.html.count("</details>")
        evidence = {(a, b) for _, _, spans in warnings for a, b in spans}
        folded = [(int(m[0]), int(m[1])) for v in views for m in re.findall(r'data-start="(\d+)" data-end="(\d+)"',
                                                                              v.html)]
        for a, b in evidence:  # every warned character is inside some fold
            assert all(any(s <= i < e for s, e in folded) for i in range(a, b, 17))


def test_text_outside_the_chapters_is_still_shown() -> None:
    text = "Title page.\n\nChapter 1\nOne body.\n\nChapter 2\nTwo body.\n\nThe end."
    report = report_with(text, ("death", "mentioned", [(text.index("Two"), len(text))]))
    one, two = text.index("One"), text.index("Two")
    report.chapters = [ChapterOut(title="B", start=two, end=two + 9), ChapterOut(title="A", start=one, end=one + 9)]
    views = chapter_views(text, report)
    assert [v.title for v in views] == ["A", "B"]
    assert "".join(visible_text(v.html) for v in views) == text
    assert [w.label for w in views[1].warnings] == ["death"] and views[0].warnings == []


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    fight = SampleSpec(
        title="The Fight", rating="M", archive_warnings=["Graphic Depictions Of Violence"],
        fandoms=["Teen Wolf (TV)"], characters=[("Derek Hale", ["Derek"])], chapters=2,
        paragraphs=[*filler(60, 1), WarnedPassage("The knife went in; blood ran.", "violence", "graphic"),
                    *filler(60, 2), WarnedPassage("His mother had died years before.", "death", "mentioned")],
        author_tags=AuthorTags(rating=["Teen And Up Audiences"], archive_warnings=["No Archive Warnings Apply"],
                               freeforms=["Hurt/Comfort"]),
    )
    hostile = SampleSpec(title='<script>window.__pwned="title"</script>Hostile',
                         paragraphs=[HOSTILE, WarnedPassage(f"Danger {HOSTILE}", "violence", "depicted")],
                         summary="<b onmouseover=alert(1)>summary</b>")
    quiet = SampleSpec(title="Quiet", paragraphs=["Tea and the moon."], rating="G")
    for spec in (fight, hostile, quiet):
        library.add(*build(spec), "full")
    yield library
    library.close()


BASE = "http://127.0.0.1:8000"


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def test_reader_folds_every_warned_passage(client: TestClient) -> None:
    page = client.get("/work/1")
    assert page.status_code == 200
    body = page.text
    folds = re.findall(r'<details class="fold[^"]*" id="[^"]+" data-warning="([^"]+)" data-severity="([^"]+)"', body)
    assert folds == [("violence", "graphic"), ("death", "mentioned")]
    assert "<details class=\"fold" in body and "open" not in re.findall(r"<details[^>]*>", body)[0]
    assert "Warnings in this chapter:" in body and "No warned passages in this chapter." not in body
    assert "ficlens’s reading" in body and "The file’s own tags" in body
    assert "Hurt/Comfort" in body and "Teen And Up Audiences" in body  # the file's own tags, shown apart


def test_reader_escapes_hostile_text_and_forbids_scripts(client: TestClient) -> None:
    page = client.get("/work/2")
    body = page.text
    assert "<script>window" not in body and "<img src=x" not in body and "<b onmouseover" not in body
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none' covers scripts
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert body.count("<details") == body.count("</details>")


def test_library_page_filters_and_word_counts(client: TestClient) -> None:
    body = client.get("/").text
    assert body.count('class="work"') == 3 and "words" in body
    body = client.get("/", params={"exclude": "violence"}).text
    assert body.count('class="work"') == 1 and "Quiet" in body
    assert "2 works removed by the filters" in body
    body = client.get("/", params=[("include", "fandom:Teen Wolf"), ("include", "M")]).text
    assert body.count('class="work"') == 1 and "The Fight" in body
    body = client.get("/", params={"q": "tea"}).text
    assert body.count('class="work"') == 1 and "<mark>Tea</mark>" in body


def test_library_page_is_paged(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import ficlens.web.app as app

    monkeypatch.setattr(app, "PAGE_SIZE", 2)
    first = client.get("/").text
    assert first.count('class="work"') == 2 and "page 1 of 2" in first
    second = client.get("/", params={"page": "2"}).text
    assert second.count('class="work"') == 1 and "previous" in second
    assert client.get("/", params={"page": "oops"}).status_code == 200


def test_saved_exclusions_apply_on_the_library_page(client: TestClient, lib: Library) -> None:
    page = client.post("/exclusions", data={"tags": "Graphic Depictions Of Violence\n\nviolence"},
                       headers={"origin": BASE}, follow_redirects=False)
    assert page.status_code == 303
    assert lib.exclusions() == ["Graphic Depictions Of Violence", "violence"]
    body = client.get("/").text
    assert body.count('class="work"') == 1 and "Show them anyway" in body
    assert client.get("/", params={"all": "1"}).text.count('class="work"') == 3
    assert "violence" in client.get("/exclusions").text


def test_active_filters_can_be_removed_and_saved(client: TestClient, lib: Library) -> None:
    body = client.get("/", params=[("exclude", "violence"), ("include", "Teen Wolf")]).text
    chips = dict(re.findall(r'<button class="chip (?:inc|exc)" name="drop" value="([^"]+)"[^>]*>([^<]+)</button>',
                            body))
    assert len(chips) == 2
    unfiltered = next(value for value, label in chips.items() if "violence" in label)
    params = [("exclude", "violence"), ("include", "Teen Wolf"), ("drop", html.unescape(unfiltered))]
    assert client.get("/", params=params).text.count('class="work"') == 1  # only the include is left
    page = client.post("/exclusions", data={"action": "add", "tag": ["violence"], "next": "/"},
                       headers={"referer": BASE + "/?exclude=violence"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/"
    assert lib.exclusions() == ["violence"]
    for elsewhere in ("//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example"):
        page = client.post("/exclusions", data={"action": "add", "tag": ["violence"], "next": elsewhere},
                           headers={"origin": BASE}, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/exclusions"  # never another site


def test_a_bad_severity_is_a_400_page_not_a_crash(client: TestClient, lib: Library) -> None:
    page = client.get("/", params={"exclude": "violence@gory"})
    assert page.status_code == 400 and "unknown severity" in page.text
    page = client.post("/exclusions", data={"tags": "violence@gory"}, headers={"origin": BASE},
                       follow_redirects=False)
    assert page.status_code == 400 and lib.exclusions() == []
    assert client.get("/", params={"exclude": "violence@graphic"}).status_code == 200


def test_cross_site_form_is_refused(client: TestClient, lib: Library) -> None:
    page = client.post("/exclusions", data={"tags": "violence"}, headers={"origin": "http://evil.example"})
    assert page.status_code == 403 and lib.exclusions() == []


def test_reader_page_follows_a_new_report(client: TestClient, lib: Library) -> None:
    assert 'data-warning="blood"' not in client.get("/work/3").text
    stored = lib.get(3)
    assert stored is not None
    text = stored.text
    work = Work(text=text, source=stored.row.source, format="text", title="Quiet",
                chapters=[Chapter(None, 0, len(text))])
    lib.add(work, report_with(text, ("blood", "depicted", [(0, 3)])), "full")
    assert 'data-warning="blood"' in client.get("/work/3").text


def test_reader_page_follows_new_text_with_the_same_report(client: TestClient, lib: Library) -> None:
    first = Work(text="Old words.", source="same.txt", format="text", title="Same", ao3_id="99")
    work_id = lib.add(first, Report.for_work(first), None).id
    assert "Old words." in client.get(f"/work/{work_id}").text
    second = Work(text="New words.", source="same.txt", format="text", title="Same", ao3_id="99")
    assert Report.for_work(second) == Report.for_work(first)
    assert lib.add(second, Report.for_work(second), None).id == work_id
    assert "New words." in client.get(f"/work/{work_id}").text


def test_unknown_work_is_404(client: TestClient) -> None:
    page = client.get("/work/999")
    assert page.status_code == 404 and "no work 999" in page.text
    assert client.get("/static/style.css").status_code == 200


def test_overlapping_warnings_each_get_an_exact_data_warning_element() -> None:
    from ficlens.report import Span, Warning
    from ficlens.web.reader import chapter_views
    from ficlens.work import Work

    text = "Calm start. He hit him and the blood ran. Calm end."
    work = Work(text=text, source="mem", format="text")
    report = Report.for_work(work)
    start = text.index("He hit")
    end = text.index(" Calm end")
    report.warnings = [
        Warning(label="violence", severity="depicted", score=0.9, evidence=[Span.of(text, start, end, 0.9)]),
        Warning(label="blood", severity="graphic", score=0.8,
                evidence=[Span.of(text, text.index("the blood"), end, 0.8)]),
    ]
    html = str(chapter_views(text, report)[0].html)
    assert html.count("<details") == 1  # one fold for the overlapping passages
    assert re.search(r'<details[^>]* data-warning="blood" data-severity="graphic"', html)
    assert re.search(r'<span class="also" data-warning="violence" data-severity="depicted">', html)
    assert 'data-warnings="blood violence"' in html



def test_the_facet_lists_follow_works_added_and_removed(lib: Library) -> None:
    from ficlens.web.cards import FacetCache

    facets = FacetCache((("fandom", "Fandom"),))

    def fandoms() -> list[str]:
        return [name for name, _ in facets.facets(lib)[0][2]]

    assert "Good Omens" not in fandoms()
    with Library(lib.path) as elsewhere:  # another connection, as `ficlens add` would be
        added = elsewhere.add(*build(SampleSpec(title="Angels", paragraphs=["Wings."], fandoms=["Good Omens"])),
                              "full")
    assert "Good Omens" in fandoms()
    lib.remove(added.id)  # this very connection
    assert "Good Omens" not in fandoms()
