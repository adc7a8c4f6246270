"""The reader's corrections: a tag of ficlens's reading marked wrong stops matching, an added tag matches, both
survive re-adding the work, and the reader page shows them as the reader's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.cli import main
from ficlens.errors import UsageError
from ficlens.library import Library, search
from ficlens.library.corrections import correct, undo
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.web import create_app

BASE = "http://127.0.0.1:8000"
SPEC = SampleSpec(title="Knives", paragraphs=[WarnedPassage("The knife went in.", "violence", "graphic")],
                  rating="M")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(*build(SPEC), "full")
        lib.add(*build(SampleSpec(title="Tea", paragraphs=["Tea and the moon."])), "full")
    yield path


def titles(lib: Library, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> list[str]:
    return sorted(h.row.display_title for h in search(lib, include=include, exclude=exclude).hits)


def test_a_tag_marked_wrong_no_longer_matches_and_an_added_one_does(db: Path) -> None:
    with Library(db) as lib:
        assert titles(lib, exclude=("violence",)) == ["Tea"]
        correct(lib, 1, "violence", "wrong")
        assert titles(lib, exclude=("violence",)) == ["Knives", "Tea"]
        correct(lib, 2, "freeform:Fluff", "add")
        hit = search(lib, include=["Fluff"]).hits
        assert [h.row.display_title for h in hit] == ["Tea"]
        assert hit[0].why == ["include 'Fluff': has freeform 'Fluff' (your correction)"]
        lib.add(*build(SPEC), "full")  # re-added (same text): the correction stays
        assert titles(lib, exclude=("violence",)) == ["Knives", "Tea"]
        assert undo(lib, 1, "violence") == 1
        assert titles(lib, exclude=("violence",)) == ["Tea"]


def test_bad_corrections_are_usage_errors(db: Path) -> None:
    with Library(db) as lib:
        with pytest.raises(UsageError, match="has no tag 'violnce': did you mean 'violence'"):
            correct(lib, 1, "violnce", "wrong")
        with pytest.raises(UsageError, match="say which kind"):
            correct(lib, 1, "Fluff", "add")
        with pytest.raises(UsageError, match="no work 9"):
            correct(lib, 9, "warning:violence", "add")
        with pytest.raises(UsageError, match="work 2 has no correction of 'violence'"):
            undo(lib, 2, "violence")


def test_the_correct_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["correct", "1", "--wrong", "violence", "--add", "warning:blood", "--library", str(db)]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == ["add    warning: blood", "wrong  warning: violence"]
    assert main(["correct", "1", "--undo", "blood", "--library", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == ["wrong  warning: violence"]
    assert main(["correct", "1", "--undo", "nothing", "--library", str(db)]) == 2


def test_the_reader_shows_corrections_as_the_readers_own(db: Path) -> None:
    client = TestClient(create_app(Library(db)), base_url=BASE)
    assert "wrong" not in client.get("/work/1").text.split("Your corrections")[0].split("tag-columns")[1]
    answer = client.post("/work/1/corrections", data={"action": "wrong", "tag": "violence"},
                         headers={"origin": BASE}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/work/1"
    client.post("/work/1/corrections", data={"action": "add", "tag": "freeform:Knife Play"}, headers={"origin": BASE})
    body = client.get("/work/1").text  # not the page cached before the corrections
    assert 'class="tag warning sev-graphic wrong"' in body and "marked wrong by you" in body
    assert "You marked wrong: <ul" in body and "Knife Play" in body
    bad = client.post("/work/1/corrections", data={"action": "wrong", "tag": "nope"}, headers={"origin": BASE})
    assert bad.status_code == 400 and "has no tag" in bad.text
    evil = client.post("/work/1/corrections", data={"action": "add", "tag": "warning:x"},
                       headers={"origin": "http://evil.example"})
    assert evil.status_code == 403


def test_library_cards_show_the_readers_corrections(db: Path) -> None:
    client = TestClient(create_app(Library(db)), base_url=BASE)

    def card(title: str) -> str:
        page = client.get("/").text
        return next(c for c in page.split('<li class="work"')[1:] if f">{title}</a>" in c)

    assert "marked wrong by you" not in card("Knives")  # rendered (and cached) before any correction
    client.post("/work/1/corrections", data={"action": "wrong", "tag": "violence"}, headers={"origin": BASE})
    client.post("/work/2/corrections", data={"action": "add", "tag": "freeform:Fluff"}, headers={"origin": BASE})
    knives, tea = card("Knives"), card("Tea")
    assert 'class="tag warning sev-graphic wrong"' in knives and "marked wrong by you" in knives
    assert "Your corrections" in tea and "Added by you" in tea and ">Fluff</a>" in tea
    assert "Your corrections" not in knives
