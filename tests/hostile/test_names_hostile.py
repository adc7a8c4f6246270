"""File names that are not UTF-8 or hold controls, and titles with terminal escape sequences: every work is still
stored once, every output is valid UTF-8, a name cannot forge an output line, and nothing reaches the terminal raw."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from ficlens.batch import run_batch
from ficlens.cli import main
from ficlens.ingest import read
from ficlens.library import Library
from ficlens.safe_text import display_path, escape_controls, one_line, printable
from hostile.cli_process import cli_env, error_lines, ficlens

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names as arbitrary bytes are a Linux matter")

STORY = 'Derek smiled at Stiles. "Morning," he said, and Stiles laughed.\n'
HOSTILE_NAMES = (b"b-latin1-\xe9t\xe9.txt", b"c-invalid-\xff\xfe.txt", b"d-newline\nficlens: error: forged.txt",
                 b"e-escape-\x1b[31m-red\x1b]0;pwned\x07.txt")


def hostile_folder(root: Path) -> Path:
    """A folder of five works: a plain name first and last, hostile names between them."""
    folder = root / "works"
    folder.mkdir()
    names = (b"a-plain.txt", *HOSTILE_NAMES, b"f-plain.txt")
    for n, name in enumerate(names):
        with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as fh:
            fh.write(f"Work {n}. " + STORY * 5)
    return folder


def escaped_title_html(folder: Path) -> Path:
    page = folder / "escape-title.html"
    page.write_text("<html><head><title>Evil\x1b[2J\x1b]0;pwned\x07 Title</title></head><body><p>"
                    + STORY + "\x1b[31m red text</p></body></html>", encoding="utf-8")
    return page


def test_display_path_escapes_undecodable_bytes_and_controls_stably() -> None:
    name = os.fsdecode(b"/w/a\xff\nb\x1b[31m\tc") + "\u202e.txt"
    shown = display_path(name)
    assert shown == "/w/a\\xff\\nb\\x1b[31m\\tc\\u202e.txt"
    assert display_path(shown) == shown and display_path(os.fsencode(name)) == shown
    shown.encode("utf-8")
    assert display_path("/plain/é/name.txt") == "/plain/é/name.txt"
    assert escape_controls("reason\nficlens: error: forged") == "reason\\nficlens: error: forged"


def test_printable_removes_escape_sequences_and_keeps_line_breaks() -> None:
    title = "Ti\x1b[1;31mtle\x1b[0m\x1b]0;window\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x9b2J\x07end"
    assert printable(title) == "Title link end"
    assert printable("one\r\ntwo\rthree\u2028four\tfive") == "one\ntwo\nthree\nfour\tfive"
    assert one_line("a\n  b\x1b[2J\x1b[H c") == "a b c"
    assert printable(os.fsdecode(b"x\xff")) == "x\\xff"


def test_add_stores_every_work_of_a_folder_with_hostile_names(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = hostile_folder(tmp_path)
    db = str(tmp_path / "lib.sqlite3")
    assert main(["add", str(folder), "--library", db, "--no-analysis"]) == 0
    assert "6 added, 0 updated, 0 failed" in capsys.readouterr().err
    with Library(db) as lib:
        sources = sorted(row.source for row in lib.rows())
    assert [Path(s).name for s in sources] == [
        "a-plain.txt", "b-latin1-\\xe9t\\xe9.txt", "c-invalid-\\xff\\xfe.txt",
        "d-newline\\nficlens: error: forged.txt", "e-escape-\\x1b[31m-red\\x1b]0;pwned\\x07.txt", "f-plain.txt"]
    assert main(["remove", os.fsdecode(os.path.join(os.fsencode(folder), HOSTILE_NAMES[1])), "--library", db]) == 0
    assert Library(db).count() == 5


def test_a_name_with_a_newline_is_one_error_line(tmp_path: Path) -> None:
    folder = tmp_path / "works"
    folder.mkdir()
    (folder / "empty\nficlens: error: forged.txt").write_bytes(b"")
    (folder / "fine.txt").write_text(STORY, encoding="utf-8")
    done = ficlens("analyze", "--fast", "--json", folder)
    errors = error_lines(done.stderr)
    assert done.returncode == 1 and len(done.stdout.splitlines()) == 1
    assert errors == [f"ficlens: error: {folder}/empty\\nficlens: error: forged.txt: file is empty"]


def test_outputs_are_valid_utf8_with_escaped_names(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    db = tmp_path / "lib.sqlite3"
    assert ficlens("add", folder, "--library", db, "--no-analysis").returncode == 0
    listed = ficlens("list", "--json", "--library", db)
    analysed = ficlens("analyze", "--fast", "--json", os.path.join(os.fsencode(folder), HOSTILE_NAMES[1]))
    for done in (listed, analysed):
        assert done.returncode == 0 and b"Traceback" not in done.stderr
        lines = done.stdout.decode("utf-8").splitlines()  # strict: invalid UTF-8 fails here
        assert all("\\xff\\xfe" in json.loads(line)["source"] for line in lines if "invalid" in line)
    assert len(listed.stdout.splitlines()) == 6


def test_escape_sequences_never_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = hostile_folder(tmp_path)
    escaped_title_html(folder)
    db = str(tmp_path / "lib.sqlite3")
    main(["add", str(folder), "--library", db, "--no-analysis"])
    main(["exclusions", "add", "\x1b[2Jnever", "--library", db])
    capsys.readouterr()
    for argv in (["list"], ["search", "Stiles"], ["search", "red"], ["exclusions"]):
        assert main([*argv, "--library", db]) == 0
    main(["analyze", "--fast", str(folder)])
    out, err = capsys.readouterr()
    assert "Evil Title" in out and "d-newline\\nficlens: error: forged.txt" in out
    for stream in (out, err):
        assert not any(char in stream for char in "\x1b\x07\x9b")
        assert not any(line.startswith("ficlens: error: forged") for line in stream.splitlines()), stream[-3000:]


def test_progress_bar_shows_titles_that_look_like_markup(tmp_path: Path) -> None:
    folder = tmp_path / "works"
    folder.mkdir()
    for n in range(3):
        (folder / f"w{n}.html").write_text(f"<html><head><title>[/b] Title {n}</title></head><body><p>Work {n}. "
                                           f"{STORY}</p></body></html>", encoding="utf-8")
    done = ficlens("add", folder, "--library", tmp_path / "lib.sqlite3", "--no-analysis",
                   env=cli_env(FORCE_COLOR="1", COLUMNS="120"))  # the bar is drawn only on a terminal
    assert done.returncode == 0 and b"3 added" in done.stderr and b"Traceback" not in done.stderr


def test_batch_output_is_utf8_and_resuming_adds_nothing(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    first = run_batch(folder, out, workers=1, profile="fast", progress=False)
    again = run_batch(folder, out, workers=1, profile="fast", progress=False)
    records = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines() if line.strip()]
    assert first.analysed == 6 and again.skipped == 6 and again.analysed == 0 and len(records) == 6
    assert {r["id"] for r in records} == {r["source"] for r in records}
    assert all(r["id"] == display_path(r["id"]) for r in records)


def test_batch_jsonl_with_lone_surrogates_is_written_as_utf8(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x\\udcff", "title": "T\\ud800", "text": "Derek smiled at Stiles.\\udcff"}\n'
                   '{"id": "y", "text": "Scott ran home."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(src, out, workers=1, profile="fast", progress=False)
    again = run_batch(src, out, workers=1, profile="fast", progress=False)
    records = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines() if line.strip()]
    assert len(records) == 2 and again.skipped == 2 and records[0]["id"] == "x\udcff"


def test_ingest_gives_each_hostile_name_its_safe_source(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    sources = [work.source for work in read(folder)]
    assert len(sources) == 6 and all(s == display_path(s) for s in sources)
    for source in sources:
        source.encode("utf-8")
