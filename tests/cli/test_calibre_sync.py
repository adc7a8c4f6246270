"""``ficlens calibre sync LIBRARY_DIR`` writes ficlens's reading into calibre custom columns through calibredb
(the real one where calibre is installed: `make calibre`)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ficlens.cli import main
from ficlens.ingest import read
from ficlens.library import Library
from ficlens.library.corrections import correct
from ficlens.report import ArchiveWarning, Character, Fandom, Rating, Relationship, Report, Warning
from repo_paths import FIXTURES

EPUB = FIXTURES / "ingest" / "fanficfare-ao3-2001.epub"
needs_calibredb = pytest.mark.skipif(shutil.which("calibredb") is None,
                                     reason="calibredb is not installed (Debian: apt install calibre; `make calibre`)")


def reading(source: str, graphic: bool = True) -> Report:
    return Report(source=source, format="fanficfare-epub", title="The Lighthouse Keeper",
                  fandoms=[Fandom(name="Sherlock (TV)", score=0.9)],
                  characters=[Character(name="Sherlock Holmes"), Character(name="John Watson")],
                  relationships=[Relationship(tag="Sherlock Holmes/John Watson", kind="romantic", score=0.8)],
                  rating=Rating(label="M" if graphic else "T", score=0.7),
                  archive_warnings=[ArchiveWarning(label="Major Character Death", score=0.8)] if graphic else [],
                  warnings=[Warning(label="death", severity="graphic" if graphic else "mentioned", score=0.9),
                            Warning(label="violence", severity="depicted", score=0.6)] if graphic else [])


def store(db: Path, book_file: Path, graphic: bool = True) -> None:
    [work] = list(read(book_file))
    with Library(db) as lib:
        lib.add(work, reading(work.source, graphic), "full")


def fake_calibre_library(tmp_path: Path) -> Path:
    library = tmp_path / "Calibre Library"
    where = library / "Alice Writer" / "The Lighthouse Keeper (4)"
    where.mkdir(parents=True)
    (library / "metadata.db").write_bytes(b"")
    shutil.copyfile(EPUB, where / "The Lighthouse Keeper - Alice Writer.epub")
    return library


EXPECTED = {"ficlens_rating": ["M"], "ficlens_archive_warnings": ["Major Character Death"],
            "ficlens_warnings": ["death: graphic", "violence: depicted"],
            "ficlens_characters": ["Sherlock Holmes", "John Watson"],
            "ficlens_relationships": ["Sherlock Holmes/John Watson"], "ficlens_fandoms": ["Sherlock (TV)"]}


def test_dry_run_names_each_book_and_the_columns_it_would_set(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    library = fake_calibre_library(tmp_path)
    db = tmp_path / "lib.sqlite3"
    store(db, next(library.rglob("*.epub")))
    store(db, FIXTURES / "ingest" / "fanficfare-test1-1.epub")  # not from the calibre library: left alone
    assert main(["calibre", "sync", str(library), "--library", str(db), "--dry-run", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [{"book_id": 4, "work_id": 1, "title": "The Lighthouse Keeper", **EXPECTED}]


def test_sync_applies_the_readers_corrections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = fake_calibre_library(tmp_path)
    db = tmp_path / "lib.sqlite3"
    store(db, next(library.rglob("*.epub")))
    with Library(db) as lib:
        correct(lib, 1, "violence", "wrong")
        correct(lib, 1, "John Watson", "wrong")
        correct(lib, 1, "warning:blood", "add")
        correct(lib, 1, "rating:Explicit", "add")
    assert main(["calibre", "sync", str(library), "--library", str(db), "--dry-run", "--json"]) == 0
    [line] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert line == {"book_id": 4, "work_id": 1, "title": "The Lighthouse Keeper",
                    **EXPECTED, "ficlens_rating": ["E"], "ficlens_warnings": ["blood", "death: graphic"],
                    "ficlens_characters": ["Sherlock Holmes"]}


def test_without_calibredb_the_error_says_how_to_install_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    library = fake_calibre_library(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["calibre", "sync", str(library), "--library", str(tmp_path / "lib.sqlite3")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("ficlens: error: calibredb not found: install calibre")


def test_a_folder_that_is_not_a_calibre_library_is_a_usage_error(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    if shutil.which("calibredb") is None:
        pytest.skip("calibredb is not installed: the check for it comes first")
    assert main(["calibre", "sync", str(tmp_path), "--library", str(tmp_path / "lib.sqlite3")]) == 2
    assert "not a calibre library (no metadata.db in it)" in capsys.readouterr().err


def calibre_values(library: Path) -> dict[str, object]:
    fields = ",".join(f"*{label}" for label in EXPECTED)
    done = subprocess.run(["calibredb", "--with-library", str(library), "list", "--for-machine", "-f", fields],
                          capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL)
    [row] = json.loads(done.stdout)
    return {key.lstrip("*"): value for key, value in row.items() if key != "id"}


@needs_calibredb
def test_sync_writes_and_then_clears_custom_columns_through_calibredb(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "Calibre Library"
    subprocess.run(["calibredb", "--with-library", str(library), "add", str(EPUB)], check=True,
                   capture_output=True, stdin=subprocess.DEVNULL)
    db = tmp_path / "lib.sqlite3"
    assert main(["add", str(library), "--library", str(db), "--no-analysis", "--json"]) == 0
    [added] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert added["source"].endswith(".epub")  # calibre's metadata.opf and metadata.db are not works
    store(db, Path(added["source"]))
    assert main(["calibre", "sync", str(library), "--library", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "created calibre column #ficlens_warnings" in err and out.startswith("book     1  M  The Lighthouse")
    values = calibre_values(library)
    assert values == {**{k: v for k, v in EXPECTED.items() if k != "ficlens_rating"}, "ficlens_rating": "M"}

    store(db, Path(added["source"]), graphic=False)  # the reading changed: the next sync replaces the values
    assert main(["calibre", "sync", str(library), "--library", str(db)]) == 0
    assert "created calibre column" not in capsys.readouterr().err
    values = calibre_values(library)
    assert values["ficlens_rating"] == "T" and values["ficlens_warnings"] == []
    assert values["ficlens_archive_warnings"] == []

    with Library(db) as lib:  # the reader's corrections are written too
        correct(lib, 1, "warning:blood", "add")
        correct(lib, 1, "Sherlock Holmes", "wrong")
    assert main(["calibre", "sync", str(library), "--library", str(db)]) == 0
    values = calibre_values(library)
    assert values["ficlens_warnings"] == ["blood"] and values["ficlens_characters"] == ["John Watson"]
