"""``-`` names standard input on every command that reads works: analyze, text, add and batch."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ficlens.cli import main
from repo_paths import ROOT

STORY = "The Lighthouse\n\n\"Hello,\" said Anna. Ben smiled at her and they walked to the shore together.\n"


class FakeStdin:
    """What ``sys.stdin`` is for a command fed by a pipe: a text stream over bytes."""

    def __init__(self, data: bytes, terminal: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def test_analyze_dash_reads_a_pipe() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "ficlens", "analyze", "--fast", "--json", "-"], input=STORY.encode(),
                          capture_output=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(done.stdout)
    assert report["source"] == "<stdin>" and report["title"] == "The Lighthouse" and report["words"] > 10


def test_text_dash_prints_the_piped_work(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(STORY.encode()))
    assert main(["text", "-"]) == 0
    assert capsys.readouterr().out.startswith("The Lighthouse\n\n\"Hello,\"")


def test_a_terminal_is_read_to_its_end_with_a_hint(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(STORY.encode(), terminal=True))
    assert main(["text", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("The Lighthouse") and "end it with Ctrl-D" in err


def test_an_empty_pipe_is_one_error_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    assert main(["analyze", "-"]) == 1
    assert capsys.readouterr().err.strip() == "ficlens: error: <stdin>: file is empty"


def test_add_dash_stores_the_piped_work_under_its_title_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(STORY.encode()))
    assert main(["add", "-", "--no-analysis", "--json", "--library", str(tmp_path / "lib.sqlite3")]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["title"] == "The Lighthouse" and line["source"] == "<stdin>" and line["status"] == "added"


def test_batch_dash_reads_jsonl_lines(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    lines = "".join(json.dumps({"id": i, "text": STORY}) + "\n" for i in ("a", "b"))
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "ficlens", "batch", "--fast", "--quiet", "--workers", "1", "-",
                           str(out)], input=lines.encode(), capture_output=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"] and all(r["ok"] for r in records)
