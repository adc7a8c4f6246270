"""The team's written passages as training rows of the linear model (scripts/train_warnings.py --written)."""

from __future__ import annotations

import json
from pathlib import Path

from ficlens.analyse.warnings.training import load_written


def test_written_passages_of_trained_labels_become_rows_with_all_or_no_votes(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    rows = [{"id": "w-1", "label": "death", "positive": True, "text": "Her father died in the spring."},
            {"id": "w-2", "label": "death", "positive": False, "text": "I'm dead tired, she said."},
            {"id": "w-3", "label": "child-abuse", "positive": True, "text": "They locked the boy in."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    loaded = load_written(path, ["death", "war"])
    got = [(r.warning, r.votes, r.work_id) for r in loaded]
    assert got == [("death", 3, "written:w-1"), ("death", 0, "written:w-2")]
