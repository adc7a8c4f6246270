"""eval/warnings_severity.py on a small fixture written here (the real sets live in eval/data)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

ROWS = [
    {"id": "a", "warning": "death", "text": "Her father had died when she was nine.", "severity": "mentioned"},
    {"id": "b", "warning": "violence", "text": "He punched Scott in the face, hard.", "severity": "depicted"},
    {"id": "c", "warning": "violence", "text": "The clouds drifted over the quiet hills.", "severity": "depicted"},
]


def load_eval() -> ModuleType:
    return load_script("eval/warnings_severity.py")


def test_runs_on_a_fixture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sev.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    assert load_eval().main(["--file", str(path), "--errors", "--engine", "lexicon"]) == 0
    out = capsys.readouterr().out
    assert "label found: 2/3 (0.667)" in out
    assert "severity accuracy on found passages: 2/2 (1.000)" in out
    assert re.search(r"^mentioned\s+1\s+0\s+0\s+1\.00$", out, re.M)
    assert "1 not found" in out and "The clouds drifted" in out


def test_an_absent_file_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_eval().main(["--file", str(tmp_path / "none.jsonl")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_an_unknown_severity_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(dict(ROWS[0], severity="gory")) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gory"):
        load_eval().read_items(path)


def test_the_shipped_splits_are_sixty_passages_each() -> None:
    ev = load_eval()
    for split in ev.SPLITS:
        items = ev.read_items(ev.DATA / f"severity-{split}.jsonl")
        assert len(items) == 60 and {i.severity for i in items} == set(ev.SEVERITIES)
