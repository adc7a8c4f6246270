"""Sort orders and range filters: words, updated, added, kudos; complete/in-progress, word counts, dates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ficlens.cli import main
from ficlens.errors import UsageError
from ficlens.library import Library, search
from ficlens.library.ranges import Ranges
from ficlens.library.samples import SampleSpec, build, filler
from ficlens.web import create_app
from ficlens.work_meta import WorkMeta

WORKS: list[tuple[str, int, WorkMeta | None]] = [
    ("Alpha", 300, WorkMeta(published="2021-05-01", updated="2023-01-10", chapters="3/?", complete=False, kudos=40)),
    ("Beta", 1200, WorkMeta(published="2019-02-02", chapters="5/5", complete=True, kudos=900)),
    ("Gamma", 700, None),
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        for title, words, meta in WORKS:
            work, report = build(SampleSpec(title=title, paragraphs=filler(words, len(title))))
            work.meta = meta
            library.add(work, report, "full")
    yield path


def order(path: Path, sort: str | None = None, ranges: Ranges | None = None) -> list[str]:
    with Library(path) as library:
        result = search(library, sort=sort, ranges=ranges or Ranges())
    return [h.row.display_title for h in result.hits]


def test_sorts_put_the_most_and_newest_first_and_the_unknown_last(db: Path) -> None:
    assert order(db) == ["Alpha", "Beta", "Gamma"]
    assert order(db, "words") == ["Beta", "Gamma", "Alpha"]
    assert order(db, "updated") == ["Alpha", "Beta", "Gamma"]  # Beta's date is its publication
    assert order(db, "kudos") == ["Beta", "Alpha", "Gamma"]
    assert order(db, "added") == ["Gamma", "Beta", "Alpha"]
    with pytest.raises(UsageError, match="unknown sort"):
        order(db, "hits")


def test_status_keeps_complete_or_in_progress_and_drops_the_unknown(db: Path) -> None:
    assert order(db, ranges=Ranges.parse(status="complete")) == ["Beta"]
    assert order(db, ranges=Ranges.parse(status="in-progress")) == ["Alpha"]
    with Library(db) as library:
        removed = {h.row.display_title: h.why for h in search(library, ranges=Ranges.parse(status="wip")).removed}
    assert removed["Gamma"] == ["removed: status in progress: the file does not say whether it is complete"]
    assert removed["Beta"] == ["removed: status in progress: it is complete (chapters 5/5)"]


def test_word_and_date_ranges(db: Path) -> None:
    assert order(db, ranges=Ranges.parse(words="500-1000")) == ["Gamma"]
    assert order(db, ranges=Ranges.parse(words="1k-")) == ["Beta"]
    assert order(db, ranges=Ranges.parse(words="-500")) == ["Alpha"]
    assert order(db, ranges=Ranges.parse(since="2022")) == ["Alpha"]
    assert order(db, ranges=Ranges.parse(until="2019-12")) == ["Beta"]
    assert order(db, ranges=Ranges.parse(since="2019-01-01", until="2023-01-10")) == ["Alpha", "Beta"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("words", "lots", "bad word range"), ("words", "900-100", "minimum is above"),
    ("since", "last week", "bad since date"), ("status", "finished-ish", "unknown status")])
def test_bad_ranges_are_usage_errors(field: str, value: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        Ranges.parse(**{field: value})


def test_the_command_line_sorts_and_narrows(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--sort", "words", "--json", "--library", str(db)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == ["Beta", "Gamma", "Alpha"]
    assert rows[2]["chapters"] == "3/?" and rows[2]["complete"] is False and rows[0]["kudos"] == 900
    assert main(["search", "--status", "complete", "--since", "2019", "--library", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Beta" in out and "Alpha" not in out
    assert main(["search", "--words", "x", "--library", str(db)]) == 2
    assert "bad word range" in capsys.readouterr().err


def test_the_library_page_sorts_narrows_and_shows_chapters_as_written(db: Path) -> None:
    client = TestClient(create_app(Library(db)), base_url="http://127.0.0.1:8000")
    body = client.get("/", params={"sort": "kudos"}).text
    assert body.index("Beta") < body.index("Alpha") < body.index("Gamma")
    assert "Chapters: 3/?" in body and "In progress" in body and "900 kudos" in body
    body = client.get("/", params={"status": "complete", "words": "1000-"}).text
    assert body.count('class="work"') == 1 and "Beta" in body
    assert client.get("/", params={"since": "yesterday"}).status_code == 400
    assert client.get("/", params={"words": "1" * 100}).status_code == 400
    assert client.get("/", params={"sort": "hits"}).status_code == 400


def test_a_library_from_before_the_facts_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    from ficlens.library.migrations import MIGRATIONS, _statements

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO works (content_hash, source, format, text, report, report_hash, added_at, updated_at) "
                 "VALUES ('h', 'old.txt', 'text', 'Old text.', ?, 'r', '2020-01-01', '2020-01-01')",
                 (build(SampleSpec(title="Old", paragraphs=["Old text."]))[1].to_json(),))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library(path) as library:
        (row,) = library.rows()
        stored = library.get(row.id)
    assert row.meta == WorkMeta() and stored is not None and stored.styles == []
