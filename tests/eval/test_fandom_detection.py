"""The fandom detection evaluation's novel-length check on made-up folders (no PDNC text): training novels read whole
and in slices, the held-out ones never, and a clean skip without the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from script_loader import load_script


def test_novels_are_skipped_cleanly_without_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load_script("eval/fandom_detection.py").novels(tmp_path, "fast")
    assert capsys.readouterr().out == "PDNC novels: not found, skipped\n"


def test_novels_are_read_whole_and_in_slices_and_held_out_ones_never(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = load_script("eval/fandom_detection.py")
    read: list[int] = []
    module.detected = lambda text, profile: read.append(len(text)) or []  # type: ignore[attr-defined]
    module.NOVEL_SLICE = 100
    for name in ("ARoomWithAView", "Emma"):  # Emma is held out by eval/speakers_pdnc.py
        folder = tmp_path / "data" / "pdnc" / "data" / name
        folder.mkdir(parents=True)
        (folder / "novel_text.txt").write_text("word " * 50, encoding="utf-8")
    module.novels(tmp_path, "fast")
    assert read == [250, 100, 100, 50]
    assert "whole novels: 0/1  0k-character slices: 0/3" in capsys.readouterr().out
