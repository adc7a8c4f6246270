"""eval/warnings_unlabelled.py on a 4-passage fixture of its own (the real set lives in eval/data)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from repo_paths import FIXTURES
from script_loader import load_script

FIXTURE = FIXTURES / "unlabelled-mini.jsonl"


def load_eval() -> ModuleType:
    return load_script("eval/warnings_unlabelled.py")


def test_runs_on_fixture_and_prints_a_mean(capsys: pytest.CaptureFixture[str]) -> None:
    ev = load_eval()
    assert ev.main(["--file", str(FIXTURE), "--errors", "--engine", "lexicon"]) == 0
    out = capsys.readouterr().out
    assert "unlabelled-mini.jsonl: 4 passages" in out
    assert re.search(r"^suicide\s+1\s+1\s", out, re.M) and re.search(r"^childbirth\s+1\s+1\s", out, re.M)
    mean = re.search(r"mean balanced accuracy over 2 labels: ([01]\.\d{3})", out)
    assert mean and 0.0 <= float(mean.group(1)) <= 1.0
    assert re.search(r"pooled over 4 passages: balanced accuracy [01]\.\d{3}", out)


def test_balanced_accuracy_is_the_mean_of_the_class_rates() -> None:
    ev = load_eval()

    def outcome(positive: bool, predicted: bool) -> object:
        return ev.Outcome(ev.Item("x", "blood", "t", positive, ""), predicted, 0.0)

    # 1 of 2 positives found, 3 of 3 negatives rejected: (0.5 + 1.0) / 2, not the plain accuracy 0.8
    outcomes = [outcome(True, True), outcome(True, False)] + [outcome(False, False)] * 3
    assert ev.balanced(outcomes) == pytest.approx(0.75)
    assert ev.rates([outcome(False, True)]) == (None, 0.0)
    groups = {"blood": outcomes, "incest": [outcome(True, True), outcome(False, True)]}
    assert ev.label_mean(groups) == pytest.approx((0.75 + 0.5) / 2)
    low, high = ev.bootstrap_interval(groups, reps=200)
    assert 0.0 <= low <= ev.label_mean(groups) <= high <= 1.0


def test_rejects_labels_with_training_data(tmp_path: Path) -> None:
    ev = load_eval()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "1", "warning": "violence", "text": "t", "positive": True}) + "\n")
    with pytest.raises(ValueError, match="violence"):
        ev.read_items(bad)
    assert len(ev.unlabelled_labels()) == 25


def test_skips_without_its_data_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ev = load_eval()
    assert ev.main(["--file", str(tmp_path / "absent.jsonl")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_split_names_map_to_files_of_eval_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    ev = load_eval()
    assert ev.SPLITS == ("dev", "test", "test2", "test3")
    monkeypatch.setattr(ev, "DATA", tmp_path)
    (tmp_path / "unlabelled-test2.jsonl").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert ev.main(["--split", "test2", "--engine", "lexicon"]) == 0
    assert "unlabelled-test2.jsonl: 4 passages" in capsys.readouterr().out
    assert ev.main(["--split", "dev"]) == 0  # absent in tmp_path: skipped, not read from the real eval/data
    assert "skipped" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        ev.main(["--split", "test4"])


def test_overlap_finds_shared_word_sequences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlap = load_script("eval/unlabelled_overlap.py")

    def write(split: str, *texts: str) -> None:
        rows = [{"id": f"{split}-{i}", "warning": "blood", "text": t, "positive": True} for i, t in enumerate(texts)]
        (tmp_path / f"unlabelled-{split}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    write("dev", "The knife slipped and blood ran down his wrist onto the board.")
    write("test", "Nothing in common here at all, not one phrase.")
    write("test2", "Then blood ran down his wrist onto the floor.", "A wholly different sentence about the sea.")
    assert overlap.sequences("A b, c!", 2) == {("a", "b"), ("b", "c")}
    assert overlap.main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "test2-0: 'blood ran down his wrist onto' (dev-0)" in out and "test2-1" not in out
    assert "1 of 2 passages of test2 share a 6-word sequence with dev+test (2 passages)" in out
    assert overlap.main(["--data", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
