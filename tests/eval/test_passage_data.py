"""The hand-written passage corpus (data/passages) passes its checker: schema, TAXONOMY labels, no shared phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_loader import ROOT, load_script

TRAIN = ROOT / "data" / "passages" / "train.jsonl"


def _record(**changes: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": "train-blood-001", "label": "blood", "positive": True, "severity": "depicted",
        "text": " ".join(["word"] * 20 + [f"w{i}" for i in range(30)]),
        "kind": "explicit", "fandom": "Original Work", "note": "why",
    }
    record.update(changes)
    return record


def _write(tmp_path: Path, *records: dict[str, object]) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_committed_training_passages_pass_the_checker() -> None:
    checker = load_script("scripts/check_passages.py")
    if not TRAIN.is_file():
        pytest.skip("no training passages in this tree")
    problems, records = checker.check_file(TRAIN)
    assert problems == []
    assert {r["label"] for r in records} <= set(checker.LABELS)


def test_every_label_has_twelve_positives_and_twelve_negatives() -> None:
    checker = load_script("scripts/check_passages.py")
    if not TRAIN.is_file():
        pytest.skip("no training passages in this tree")
    assert checker.main([str(TRAIN), "--min-per-side", "12"]) == 0


def test_unknown_label_and_wrong_severity_are_reported(tmp_path: Path) -> None:
    checker = load_script("scripts/check_passages.py")
    path = _write(tmp_path, _record(id="train-gore-001", label="gore"),
                  _record(id="train-blood-002", positive=False, text="x " * 45))
    problems, _ = checker.check_file(path, root=tmp_path)
    assert any("unknown label 'gore'" in p for p in problems)
    assert any("negative has severity null" in p for p in problems)


def test_passages_sharing_an_eight_word_phrase_are_reported(tmp_path: Path) -> None:
    checker = load_script("scripts/check_passages.py")
    shared = "the quick brown fox jumps over the lazy dog "
    first = _record(text=shared + " ".join(f"a{i}" for i in range(40)))
    second = _record(id="train-blood-002", text=" ".join(f"b{i}" for i in range(40)) + " " + shared)
    problems, _ = checker.check_file(_write(tmp_path, first, second), root=tmp_path)
    assert len(problems) == 1
    assert "train-blood-002 shares 'quick brown fox jumps over the lazy dog' with train-blood-001" in problems[0]


def test_too_short_passages_and_bad_json_are_reported(tmp_path: Path) -> None:
    checker = load_script("scripts/check_passages.py")
    path = _write(tmp_path, _record(text="far too short"))
    path.write_text(path.read_text() + "{not json\n", encoding="utf-8")
    problems, _ = checker.check_file(path, root=tmp_path)
    assert any("3 words, outside 40-150" in p for p in problems)
    assert any("invalid JSON" in p for p in problems)


def test_passages_copied_from_an_evaluation_set_are_reported(tmp_path: Path) -> None:
    checker = load_script("scripts/check_passages.py")
    text = " ".join(f"t{i}" for i in range(45))
    (tmp_path / "eval" / "data").mkdir(parents=True)
    (tmp_path / "eval" / "data" / "unlabelled-dev.jsonl").write_text(json.dumps({"text": text}) + "\n")
    problems, _ = checker.check_file(_write(tmp_path, _record(text=text)), root=tmp_path)
    assert any("eval/data set" in p for p in problems)


def test_lexicon_table_counts_positives_without_cues_and_negatives_with_them() -> None:
    checker = load_script("scripts/check_passages.py")
    records = [
        _record(label="suicide", text="She said she wanted to kill herself and meant it. " + "x " * 40),
        _record(label="suicide", text="He gave the cat away and wrote three letters. " + "x " * 40),
        _record(label="suicide", positive=False, severity=None, text="The car had suicide doors. " + "x " * 40),
    ]
    row = next(line for line in checker.lexicon_table(records).splitlines() if line.startswith("suicide "))
    assert row.split()[1:] == ["2", "1", "1", "1"]


def test_held_out_passages_share_no_phrase_with_the_training_passages() -> None:
    checker = load_script("scripts/check_passages.py")
    test_split = TRAIN.with_name("test.jsonl")
    if not (TRAIN.is_file() and test_split.is_file()):
        pytest.skip("no passage splits in this tree")
    seen = set().union(*(checker.shingles(json.loads(line)["text"]) for line in TRAIN.open(encoding="utf-8")))
    shared = [json.loads(line)["id"] for line in test_split.open(encoding="utf-8")
              if checker.shingles(json.loads(line)["text"]) & seen]
    assert shared == []
