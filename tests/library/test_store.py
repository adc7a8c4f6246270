"""The SQLite store: schema migrations, re-adding updates, removal, exclusions, concurrent readers."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ficlens.library import ENV_VAR, Library, LibraryError, resolve_library_path, search
from ficlens.library.migrations import SCHEMA_VERSION, LibraryVersionError
from ficlens.library.samples import SampleSpec, WarnedPassage, build, filler
from ficlens.report import Report
from ficlens.work import Work


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def sample(title: str, *paragraphs: str | WarnedPassage, ao3_id: str | None = None) -> tuple[Work, Report]:
    return build(SampleSpec(title=title, paragraphs=paragraphs or tuple(filler(50)), ao3_id=ao3_id))


def test_new_library_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "lib.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"works", "tags", "works_fts", "exclusions"} <= names


def test_reopening_keeps_data_and_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(*sample("One"))
    with Library(path) as lib:
        assert lib.count() == 1
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryVersionError):
        Library(path)


def test_library_path_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert resolve_library_path(None) == tmp_path / "env.sqlite3"
    assert resolve_library_path(tmp_path / "x.sqlite3") == tmp_path / "x.sqlite3"
    monkeypatch.delenv(ENV_VAR)
    default = resolve_library_path(None)
    assert default.name == "library.sqlite3" and "ficlens" in str(default)


def test_adding_the_same_text_again_updates(lib: Library) -> None:
    work, report = sample("First title")
    first = lib.add(work, report, "full")
    work.title = "Second title"
    again = lib.add(work, report, "fast")
    assert first.created and not again.created and first.id == again.id
    assert lib.count() == 1
    row = lib.row(first.id)
    assert row is not None and row.title == "Second title" and row.analysis == "fast"


def test_same_ao3_id_with_new_text_updates_and_reindexes(lib: Library) -> None:
    old, old_report = sample("Work", "An early draft about lanterns.", ao3_id="42")
    new, new_report = sample("Work", "The revised chapter about harbours.", ao3_id="42")
    a = lib.add(old, old_report, "full")
    b = lib.add(new, new_report, "full")
    assert a.id == b.id and lib.count() == 1
    assert [h.id for h in search(lib, "harbours").hits] == [a.id]
    assert search(lib, "lanterns").hits == []


def test_text_stored_without_ao3_id_folds_into_the_ao3_row(lib: Library) -> None:
    plain, report = sample("Plain", "Same words exactly.")
    lib.add(plain, report, None)
    other, other_report = sample("Other", "Different words.", ao3_id="7")
    ao3_row = lib.add(other, other_report, None).id
    same, same_report = sample("Plain", "Same words exactly.", ao3_id="7")
    assert lib.add(same, same_report, None).id == ao3_row
    assert lib.count() == 1


def test_remove_deletes_work_tags_and_index(lib: Library) -> None:
    work, report = sample("Gone", WarnedPassage("A knife flashed.", "violence"))
    work_id = lib.add(work, report, "full").id
    assert lib.tags(work_id)
    assert lib.remove(work_id) is True
    assert lib.remove(work_id) is False
    conn = lib.connection()
    assert conn.execute("SELECT count(*) FROM tags").fetchone()[0] == 0
    assert search(lib, "knife").hits == []
    assert lib.integrity_check() == "ok"


def test_stored_work_round_trips_text_and_report(lib: Library) -> None:
    work, report = sample("Round", "First.", WarnedPassage("He bled.", "blood", "graphic"))
    stored = lib.get(lib.add(work, report, "full").id)
    assert stored is not None
    assert stored.text == work.text
    assert stored.report == report
    assert lib.get(999) is None


def test_unanalysed_work_indexes_only_the_files_own_tags(lib: Library) -> None:
    work, report = sample("Raw", WarnedPassage("He bled.", "blood"))
    work_id = lib.add(work, report, None).id
    assert lib.tags(work_id) == []


def test_exclusions_are_saved_by_canonical_name(lib: Library) -> None:
    lib.add_exclusions(["Violence", "violence", " E "])
    assert lib.exclusions() == ["E", "Violence"] or lib.exclusions() == ["Violence", "E"]
    assert lib.remove_exclusions(["explicit"]) == 1
    assert lib.exclusions() == ["Violence"]
    lib.set_exclusions(["death", "Underage Sex"])
    assert sorted(lib.exclusions()) == ["Underage Sex", "death"]
    lib.set_exclusions([])
    assert lib.exclusions() == []


def test_failed_write_rolls_back(lib: Library) -> None:
    with pytest.raises(RuntimeError), lib.transaction() as conn:
        conn.execute("INSERT INTO exclusions (norm, name, added_at) VALUES ('x', 'x', 'now')")
        raise RuntimeError("boom")
    assert lib.exclusions() == []


def test_concurrent_readers_while_adding(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    writer = Library(path)
    errors: list[BaseException] = []
    done = threading.Event()
    seen: list[int] = []

    def read_loop() -> None:
        reader = Library(path)
        try:
            last = 0
            while not done.is_set():
                with reader.snapshot():
                    n = reader.count()
                    hits = search(reader, "lantern", exclude=["violence"]).hits
                    assert len(hits) == n // 2, "a reader saw a half-added work"
                assert n >= last, "a reader saw the library shrink"
                last = n
                seen.append(n)
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)
        finally:
            reader.close()

    threads = [threading.Thread(target=read_loop) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        for i in range(150):
            para: str | WarnedPassage = f"Lantern number {i} burned." if i % 2 else WarnedPassage(f"Fight {i}.",
                                                                                                  "violence")
            writer.add(*build(SampleSpec(title=f"W{i}", paragraphs=[para])), "full")
    finally:
        done.set()
        for t in threads:
            t.join()
    assert not errors, errors
    assert writer.count() == 150
    assert len(search(writer, "lantern", exclude=["violence"]).hits) == 75
    assert seen and max(seen) <= 150
    writer.close()


def test_a_file_that_is_not_a_library_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just notes\n" * 100)
    with pytest.raises(LibraryError, match="cannot open library"):
        Library(path)


def test_a_locked_library_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ficlens.library.store as store

    path = tmp_path / "lib.sqlite3"
    holder = Library(path)
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    other = Library(path)
    with holder.transaction(), pytest.raises(LibraryError, match="cannot write"):
        other.add_exclusions(["violence"])
    other.close()
    holder.close()


def test_many_connections_opening_a_fresh_library_at_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Library(path).close()
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
