"""``--json`` on the commands that print: add, remove, exclusions, correct, text and batch give JSON Lines on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlens.cli import main
from repo_paths import FIXTURES

WORKS = FIXTURES / "library" / "works"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]]]:
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines()]


def test_add_json_names_each_work_stored_and_whether_it_was_new(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    code, lines = run_json(capsys, "add", str(WORKS), "--library", db, "--no-analysis")
    assert code == 0
    assert sorted(Path(str(line["source"])).name for line in lines) == [
        "hostile.txt", "quiet-morning.txt", "the-fight.txt"]
    assert {line["status"] for line in lines} == {"added"} and all(isinstance(line["id"], int) for line in lines)
    code, again = run_json(capsys, "add", str(WORKS / "the-fight.txt"), "--library", db, "--no-analysis")
    fight = next(line for line in lines if str(line["source"]).endswith("the-fight.txt"))
    assert code == 0 and again == [{**fight, "status": "updated"}]


def test_remove_json_names_each_removed_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    _, added = run_json(capsys, "add", str(WORKS / "the-fight.txt"), "--library", db, "--no-analysis")
    code, lines = run_json(capsys, "remove", str(added[0]["id"]), "--library", db)
    assert code == 0 and lines == [{"id": added[0]["id"], "removed": True}]


def test_exclusions_json_lists_the_saved_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    code, lines = run_json(capsys, "exclusions", "add", "Major Character Death", "violence", "--library", db)
    assert code == 0 and sorted(str(line["tag"]) for line in lines) == ["Major Character Death", "violence"]


def test_batch_json_prints_the_run_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    works = tmp_path / "works.jsonl"
    works.write_text('{"id": "a", "text": "Derek waited by the Jeep."}\n{"id": "b", "text": 7}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, lines = run_json(capsys, "batch", str(works), str(out), "--workers", "1", "--fast", "--quiet")
    assert code == 1  # the second work has no text
    assert lines == [{"output": str(out), "analysed": 1, "failed": 1, "skipped": 0, "words": 5}]


def test_correct_json_lists_the_works_corrections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    _, added = run_json(capsys, "add", str(WORKS / "the-fight.txt"), "--library", db, "--no-analysis")
    code, lines = run_json(capsys, "correct", str(added[0]["id"]), "--add", "warning:blood", "--library", db)
    assert code == 0 and lines == [{"action": "add", "kind": "warning", "tag": "blood"}]


def test_text_json_gives_each_works_exact_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run_json(capsys, "text", str(WORKS / "the-fight.txt"))
    assert code == 0 and len(lines) == 1
    assert lines[0]["text"] and str(lines[0]["source"]).endswith("the-fight.txt")
    assert main(["text", str(WORKS / "the-fight.txt")]) == 0
    assert capsys.readouterr().out == lines[0]["text"]
