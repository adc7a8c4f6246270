"""A work downloaded again with new chapters updates the stored work in place (same AO3 id or source URL), keeping
the reader's corrections and exclusions; ``ficlens add --watch`` follows a download folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ficlens.cli import main
from ficlens.library import Library
from ficlens.library.corrections import correct, corrections
from ficlens.library.importer import Adder
from ficlens.library.watch import watch
from ingest_helpers import build_fanficfare_epub

FFN = "https://www.fanfiction.net/s/123/1/"
AO3 = "https://archiveofourown.org/works/777"
CHAPTERS = ["Derek waited by the jeep.", "Stiles ran to the preserve.", "Scott howled at the moon.",
            "Lydia screamed.", "Morning came."]


def test_a_new_download_from_any_site_updates_the_work_in_place(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    first = build_fanficfare_epub(tmp_path / "Wolf_Moon-ffnet_123.epub", "Wolf Moon", FFN, CHAPTERS[:3])
    assert main(["add", str(first), "--no-analysis", "--library", db]) == 0
    with Library(db) as lib:
        (work_id,) = [row.id for row in lib.rows()]
        correct(lib, work_id, "freeform:Slow Burn", "add")
        lib.add_exclusions(["Major Character Death"])
    capsys.readouterr()
    again = build_fanficfare_epub(tmp_path / "Wolf Moon (updated).epub", "Wolf Moon", FFN, CHAPTERS)
    assert main(["add", str(again), "--no-analysis", "--library", db]) == 0
    assert "updated: Wolf Moon (3 → 5 chapters)" in capsys.readouterr().err.splitlines()
    with Library(db) as lib:
        (row,) = lib.rows()
        assert row.id == work_id and row.source.endswith("Wolf Moon (updated).epub")
        stored = lib.get(work_id)
        assert stored is not None and len(stored.report.chapters) == 5 and "Morning came." in stored.text
        assert [c.name for c in corrections(lib.connection(), [work_id])[work_id]] == ["Slow Burn"]
        assert lib.exclusions() == ["Major Character Death"]


def test_a_new_download_of_an_ao3_work_updates_it_by_its_work_id(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    build_fanficfare_epub(tmp_path / "a.epub", "Wolf Moon", AO3, CHAPTERS[:2])
    build_fanficfare_epub(tmp_path / "b.epub", "Wolf Moon", AO3, CHAPTERS[:4])
    assert main(["add", str(tmp_path / "a.epub"), "--no-analysis", "--json", "--library", db]) == 0
    assert main(["add", str(tmp_path / "b.epub"), "--no-analysis", "--library", db]) == 0
    assert "updated: Wolf Moon (2 → 4 chapters)" in capsys.readouterr().err
    with Library(db) as lib:
        assert [row.ao3_id for row in lib.rows()] == ["777"]


def test_different_works_from_one_site_stay_apart(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite3")
    (tmp_path / "fics").mkdir()
    build_fanficfare_epub(tmp_path / "fics" / "a.epub", "Wolf Moon", FFN, CHAPTERS[:2])
    build_fanficfare_epub(tmp_path / "fics" / "b.epub", "Other", "https://www.fanfiction.net/s/456/1/", CHAPTERS[2:])
    assert main(["add", str(tmp_path / "fics"), "--no-analysis", "--library", db]) == 0
    with Library(db) as lib:
        assert sorted(row.title or "" for row in lib.rows()) == ["Other", "Wolf Moon"]


def test_watch_adds_new_files_and_updates_a_redownload_once_it_has_settled(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    downloads = tmp_path / "fics"
    downloads.mkdir()
    build_fanficfare_epub(downloads / "Wolf_Moon.epub", "Wolf Moon", FFN, CHAPTERS[:3])
    newer = build_fanficfare_epub(tmp_path / "newer.epub", "Wolf Moon", FFN, CHAPTERS)
    other = build_fanficfare_epub(tmp_path / "other.epub", "Other", "https://www.fanfiction.net/s/9/1/", CHAPTERS[:1])
    seen: list[list[int]] = []

    with Library(tmp_path / "lib.sqlite3") as lib:
        def chapters_stored() -> list[int]:
            return sorted(len(r.chapters) for r in lib.reports(row.id for row in lib.rows()).values())

        def between_polls(interval: float) -> None:
            assert interval == 0.5
            seen.append(chapters_stored())
            if len(seen) == 1:  # FanFicFare writes a new version over the old file, and a new story
                shutil.copyfile(newer, downloads / "Wolf_Moon.epub")
                shutil.copyfile(other, downloads / "Other.epub")

        adder = Adder(lib, None, skip_existing=True)
        assert watch(adder, [downloads], 0.5, max_polls=3, sleep=between_polls) == 3
        # after poll 1 the first file is stored; after poll 2 the new files are seen, not yet settled
        assert seen == [[3], [3]] and chapters_stored() == [1, 5]
        assert (adder.stats.added, adder.stats.updated, adder.stats.failed) == (2, 1, 0)
    assert "updated: Wolf Moon (3 → 5 chapters)" in capsys.readouterr().err


def test_watch_leaves_a_library_kept_in_the_folder_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_fanficfare_epub(tmp_path / "Wolf_Moon.epub", "Wolf Moon", FFN, CHAPTERS[:2])
    with Library(tmp_path / "lib.sqlite3") as lib:
        adder = Adder(lib, None, skip_existing=True)
        watch(adder, [tmp_path], 0.1, max_polls=3, sleep=lambda seconds: None)
        assert (adder.stats.added, adder.stats.failed) == (1, 0)
    assert "error" not in capsys.readouterr().err


def test_watch_command_ends_on_ctrl_c_with_a_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    build_fanficfare_epub(tmp_path / "Wolf_Moon.epub", "Wolf Moon", FFN, CHAPTERS[:2])

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("ficlens.library.watch.time.sleep", interrupted)
    code = main(["add", "--watch", str(tmp_path), "--no-analysis", "--interval", "1",
                 "--library", str(tmp_path / "lib.sqlite3")])
    err = capsys.readouterr().err.splitlines()
    assert code == 0
    assert "added: Wolf Moon" in err and err[-1].startswith("ficlens: 1 added, 0 updated, 0 failed")


def test_watch_needs_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = build_fanficfare_epub(tmp_path / "a.epub", "Wolf Moon", FFN, CHAPTERS[:1])
    assert main(["add", "--watch", str(path), "--library", str(tmp_path / "lib.sqlite3")]) == 2
    assert "is not one" in capsys.readouterr().err


def test_a_library_from_before_the_url_column_finds_its_works_by_url(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "lib.sqlite3"
    assert main(["add", str(build_fanficfare_epub(tmp_path / "a.epub", "Wolf Moon", FFN, CHAPTERS[:2])),
                 "--no-analysis", "--library", str(db)]) == 0
    conn = sqlite3.connect(db)  # back to schema version 2, which had no url (nor notes) column
    conn.executescript("ALTER TABLE works DROP COLUMN notes; DROP INDEX works_url; ALTER TABLE works DROP COLUMN url; "
                       "PRAGMA user_version = 2;")
    conn.close()
    assert main(["add", str(build_fanficfare_epub(tmp_path / "b.epub", "Wolf Moon", FFN, CHAPTERS)),
                 "--no-analysis", "--library", str(db)]) == 0
    with Library(db) as lib:
        assert [row.source.endswith("b.epub") for row in lib.rows()] == [True]


def test_interval_goes_with_watch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = build_fanficfare_epub(tmp_path / "a.epub", "Wolf Moon", FFN, CHAPTERS[:1])
    assert main(["add", str(path), "--interval", "1", "--library", str(tmp_path / "lib.sqlite3")]) == 2
    assert "--interval goes with --watch" in capsys.readouterr().err
    assert main(["add", "--watch", str(tmp_path), "--interval", "0", "--library", str(tmp_path / "l.sqlite3")]) == 2
